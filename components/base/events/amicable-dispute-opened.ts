import type { Dispute } from '../../../src/contract/dispute';

/** The `detail` of an `amicable-dispute-opened` event. */
export interface AmicableDisputeOpenedDetail {
  /** The dispute as the API stored it: its `reference` for the customer, `respondBy`, the disputed `amount`. */
  dispute: Dispute;
}

/**
 * The customer told the creditor what is wrong and the API accepted it: collection of the disputed
 * part is paused. The account has changed; the banner and the explainer on the same page reload on this event.
 */
export class AmicableDisputeOpenedEvent extends Event {
  static readonly eventName = 'amicable-dispute-opened';
  readonly detail: AmicableDisputeOpenedDetail;

  constructor(detail: AmicableDisputeOpenedDetail) {
    super(AmicableDisputeOpenedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'amicable-dispute-opened': AmicableDisputeOpenedEvent;
  }
}
