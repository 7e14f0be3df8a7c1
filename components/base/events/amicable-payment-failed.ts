/** The `detail` of an `amicable-payment-failed` event. */
export interface AmicablePaymentFailedDetail {
  /** Our payment id, when one was started. */
  paymentId: string | undefined;
  /**
   * Why: Stripe's decline or error code (`card_declined`, `insufficient_funds`,
   * `payment_intent_authentication_failure`, …), or `payment_incomplete` when the customer left
   * 3-D Secure unfinished.
   */
  code: string;
  /** Stripe's explanation, written for the customer, in their language when Stripe has it. */
  message: string;
}

/**
 * A card or wallet payment did not go through: declined, or authentication failed. No money was
 * taken; the element explains it and offers a retry and bank transfer.
 */
export class AmicablePaymentFailedEvent extends Event {
  static readonly eventName = 'amicable-payment-failed';
  readonly detail: AmicablePaymentFailedDetail;

  constructor(detail: AmicablePaymentFailedDetail) {
    super(AmicablePaymentFailedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'amicable-payment-failed': AmicablePaymentFailedEvent;
  }
}
