import { LitElement, nothing, render, type TemplateResult } from 'lit';
import { getConfiguration } from '../../src/client/config';
import { type AmicableErrorDetail, toErrorDetail } from '../../src/client/errors';
import { AmicableErrorEvent } from './events/amicable-error';
import { resolveLocale } from './locale';

/**
 * The thin base of every Amicable element: locale, `ElementInternals` custom states, and error
 * reporting. Everything else (data loading, copy) belongs in controllers.
 *
 * The contract it keeps for the host page: an element never throws into it. An exception in
 * `willUpdate`, `render`, `update`, `firstUpdated` or `updated` is caught, reported once as an
 * `amicable-error` event and one `console.warn`, and the element shows `renderFallback()`
 * (nothing, by default) and the `failed` custom state until a later update succeeds.
 *
 * @event {AmicableErrorEvent} amicable-error - Something failed; the element stays quiet. `detail`: `{ code, message, retryable }`.
 */
export abstract class AmicableElement extends LitElement {
  static override get observedAttributes(): string[] {
    // `lang` stays the native HTMLElement property; we only need to re-render when it changes.
    // biome-ignore lint/complexity/noThisInStatic: `super` must run with `this` = the subclass, so Lit finalizes the subclass's own properties; `LitElement.observedAttributes` would not.
    return [...super.observedAttributes, 'lang'];
  }

  readonly #internals: ElementInternals | undefined;
  #customerLocale: string | undefined;
  #failed = false;

  constructor() {
    super();
    this.#internals = typeof this.attachInternals === 'function' ? this.attachInternals() : undefined;
  }

  /**
   * The locale this element speaks, as a canonical BCP 47 tag: its `lang`, else the closest
   * `[lang]` ancestor (across shadow roots), else the configured locale (`data-locale`), else
   * the customer's locale from the API, else `en`. The element re-renders when its own `lang`
   * or the document's `lang` changes.
   */
  get locale(): string {
    return resolveLocale(this, { configured: getConfiguration()?.locale, customer: this.#customerLocale });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    documentLangWatcher.add(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    documentLangWatcher.delete(this);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if (name === 'lang' && old !== value) {
      this.requestUpdate();
    }
  }

  /**
   * Report an error the way every Amicable element does: one `console.warn` for the developer and
   * an `amicable-error` event (bubbling, composed) for the host page. Never throws.
   * @returns the event's detail, for elements that branch on `code` or `retryable`.
   */
  protected emitError(error: unknown): AmicableErrorDetail {
    const detail = toErrorDetail(error);
    console.warn(`Amicable <${this.localName}>: ${detail.code}: ${detail.message}`, error);
    this.dispatchEvent(new AmicableErrorEvent(detail));
    return detail;
  }

  /**
   * Turn a custom state on or off, for host CSS such as `amicable-pay-now:state(loading)`.
   * Does nothing where `ElementInternals` custom states are unsupported.
   */
  protected setState(name: string, on: boolean): void {
    const states = this.#internals?.states;
    if (states === undefined) {
      return;
    }
    try {
      toggle(states, name, on);
    } catch {
      // Chromium before 125 accepted only dashed identifiers (`:--loading`).
      try {
        toggle(states, `--${name}`, on);
      } catch {
        // No custom states at all: styling hooks are a nicety, never a reason to fail.
      }
    }
  }

  /** Whether a custom state set with `setState` is on. */
  protected hasState(name: string): boolean {
    const states = this.#internals?.states;
    return states !== undefined && (states.has(name) || states.has(`--${name}`));
  }

  /**
   * Record the customer's locale from the API: the cascade uses it when neither `lang` nor the
   * configuration names one.
   */
  protected setCustomerLocale(locale: string | undefined): void {
    if (locale !== this.#customerLocale) {
      this.#customerLocale = locale;
      this.requestUpdate();
    }
  }

  /**
   * What the element shows after an exception in its own lifecycle. Nothing by default: a
   * collection notice that cannot be shown correctly is better not shown at all.
   */
  protected renderFallback(): TemplateResult | typeof nothing {
    return nothing;
  }

  protected override performUpdate(): void {
    try {
      super.performUpdate();
      if (this.#failed) {
        this.#failed = false;
        this.setState('failed', false);
      }
    } catch (error) {
      this.#contain(error);
    }
  }

  #contain(error: unknown): void {
    // Lit has already marked the update finished (its own catch runs first), so the element
    // stays responsive to the next property change.
    this.#failed = true;
    this.setState('failed', true);
    this.emitError(error);
    try {
      render(this.renderFallback(), this.renderRoot, this.renderOptions);
    } catch {
      // The fallback failed too; already reported above, and the host page must not see it.
    }
  }
}

function toggle(states: CustomStateSet, name: string, on: boolean): void {
  if (on) {
    states.add(name);
  } else {
    states.delete(name);
  }
}

/**
 * One observer for all connected elements, so a change of `<html lang>` (a portal's language
 * switcher) re-renders them. Created on first use: nothing touches the DOM at import time.
 */
const documentLangWatcher = (() => {
  const elements = new Set<AmicableElement>();
  let observer: MutationObserver | undefined;
  return {
    add(element: AmicableElement): void {
      elements.add(element);
      if (observer === undefined && typeof MutationObserver === 'function') {
        observer = new MutationObserver(() => {
          for (const connected of elements) {
            connected.requestUpdate();
          }
        });
        observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
      }
    },
    delete(element: AmicableElement): void {
      elements.delete(element);
    },
  };
})();
