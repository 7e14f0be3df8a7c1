/** The `detail` of an `amicable-dismissed` event. */
export interface AmicableDismissedDetail {
  /** ISO 8601 timestamp until which the notice stays hidden, when the customer snoozed it. */
  until?: string;
}

/** The customer dismissed or snoozed the notice. */
export class AmicableDismissedEvent extends Event {
  static readonly eventName = 'amicable-dismissed';
  readonly detail: AmicableDismissedDetail;

  constructor(detail: AmicableDismissedDetail = {}) {
    super(AmicableDismissedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'amicable-dismissed': AmicableDismissedEvent;
  }
}
