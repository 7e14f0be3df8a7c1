import type { Payment } from '../../../src/contract/payment';

/** The `detail` of an `amicable-paid` event. */
export interface AmicablePaidDetail {
  /**
   * The payment: `status` is `succeeded`, or `processing` when the bank is still settling it (the
   * creditor's systems learn the outcome from Stripe's signed webhook, never from the browser).
   * Secrets (`clientSecret`) are always `null` here.
   */
  payment: Payment;
  /** The invoices it pays. */
  invoiceIds: readonly string[];
}

/** The customer paid by card or wallet. Bank transfers are not seen in the browser and send no event. */
export class AmicablePaidEvent extends Event {
  static readonly eventName = 'amicable-paid';
  readonly detail: AmicablePaidDetail;

  constructor(detail: AmicablePaidDetail) {
    super(AmicablePaidEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'amicable-paid': AmicablePaidEvent;
  }
}
