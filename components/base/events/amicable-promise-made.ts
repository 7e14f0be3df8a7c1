import type { PaymentPromise } from '../../../src/contract/promise';

/** The `detail` of an `amicable-promise-made` event. */
export interface AmicablePromiseMadeDetail {
  /** The promise as the API stored it: the `date` to pay by and the `amount` it covers. */
  promise: PaymentPromise;
}

/**
 * The customer promised to pay everything by a date within the creditor's policy; reminders wait
 * until then. The account has changed; the banner and the explainer on the same page reload on this event.
 */
export class AmicablePromiseMadeEvent extends Event {
  static readonly eventName = 'amicable-promise-made';
  readonly detail: AmicablePromiseMadeDetail;

  constructor(detail: AmicablePromiseMadeDetail) {
    super(AmicablePromiseMadeEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'amicable-promise-made': AmicablePromiseMadeEvent;
  }
}
