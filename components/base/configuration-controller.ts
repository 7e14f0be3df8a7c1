import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { type Configuration, getConfiguration, whenConfigured } from '../../src/client/config';

/**
 * Follows the SDK configuration for an element: an element may connect before the page calls
 * `configure()` (the script tag configures asynchronously), so it waits for it and re-renders
 * the host when it arrives.
 */
export class ConfigurationController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #onConnected: (() => void) | undefined;
  #awaited: Configuration | undefined;

  /**
   * @param onConnected runs on every connection after the configuration is looked up: where an
   *   element restarts work that a removal aborted (a framework moving it).
   */
  constructor(host: ReactiveControllerHost, onConnected?: () => void) {
    this.#host = host;
    this.#onConnected = onConnected;
    host.addController(this);
  }

  /**
   * The configuration in force now, or `undefined` until `configure()` has run. Read afresh each
   * time, so a portal that configures again (another login) is followed.
   */
  get configuration(): Configuration | undefined {
    return getConfiguration() ?? this.#awaited;
  }

  hostConnected(): void {
    const configured = getConfiguration();
    if (configured !== undefined) {
      this.#awaited = configured;
    } else {
      void whenConfigured().then((configuration) => {
        this.#awaited = configuration;
        this.#host.requestUpdate();
      });
    }
    this.#onConnected?.();
  }
}
