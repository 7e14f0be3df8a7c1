import type { Plan } from '../../../src/contract/plan';

/** The `detail` of an `amicable-plan-proposed` event. */
export interface AmicablePlanProposedDetail {
  /**
   * The plan as the API stored it. `status` says what happened: `accepted` (within the creditor's
   * policy, agreed at once) or `pending` (the creditor answers by `respondBy`).
   */
  plan: Plan;
}

/**
 * The customer proposed an instalment plan and the API took it: agreed at once, or waiting for the
 * creditor. Either way reminders pause. The account has changed; the banner and the explainer on
 * the same page reload on this event.
 */
export class AmicablePlanProposedEvent extends Event {
  static readonly eventName = 'amicable-plan-proposed';
  readonly detail: AmicablePlanProposedDetail;

  constructor(detail: AmicablePlanProposedDetail) {
    super(AmicablePlanProposedEvent.eventName, { bubbles: true, composed: true, cancelable: false });
    this.detail = detail;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'amicable-plan-proposed': AmicablePlanProposedEvent;
  }
}
