/** What the customer chose to do about one or more invoices. */
export type AmicableAction = 'view' | 'pay' | 'plan' | 'promise' | 'dispute';

/** The `detail` of an `amicable-action` event. */
export interface AmicableActionDetail {
  /** The flow the customer asked for. */
  action: AmicableAction;
  /** The invoices it concerns (may be empty when the element acts on "all overdue"). */
  invoiceIds: readonly string[];
  /**
   * The invoice lines it concerns, when the customer acted on particular lines (the explainer's
   * "something wrong with this line?"): the dispute form pre-selects them.
   */
  lineIds?: readonly string[];
}

/**
 * The customer chose an action. Cancelable: call `preventDefault()` to handle it in the host
 * portal (say, navigate to the portal's own invoice page); otherwise the element opens that
 * flow itself.
 */
export class AmicableActionEvent extends Event {
  static readonly eventName = 'amicable-action';
  readonly detail: AmicableActionDetail;

  constructor(detail: AmicableActionDetail) {
    super(AmicableActionEvent.eventName, { bubbles: true, composed: true, cancelable: true });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'amicable-action': AmicableActionEvent;
  }
}
