import type { AmicableErrorDetail } from '../../../src/client/errors';

/**
 * Something went wrong that the element could not hide: an API call failed, the configuration
 * is missing, or the element itself hit a bug. The element stays quiet (or shows a neutral
 * fallback) and never throws into the host page; listen here to log or react.
 */
export class AmicableErrorEvent extends Event {
  static readonly eventName = 'amicable-error';
  /** `code` is stable (branch on it), `message` is English for logs, `retryable` says whether trying again may help. */
  readonly detail: AmicableErrorDetail;

  constructor(detail: AmicableErrorDetail) {
    super(AmicableErrorEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'amicable-error': AmicableErrorEvent;
  }
}
