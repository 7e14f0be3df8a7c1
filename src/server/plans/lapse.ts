import { addDays, DEFAULT_GRACE_DAYS } from '../../domain';
import type { PlanInstalmentsTable, PlansTable } from '../db/schema';

/**
 * Whether a stored plan no longer pauses escalation: it lapsed, or it is in force but an instalment
 * is still unpaid after its grace period and the follow-up has not recorded the lapse yet (nothing
 * happened on the account since). The stage engine then resumes on the very day, not at the next
 * follow-up. Paid amounts are the stored ones, which every write that records a payment refreshes.
 */
export function planNoLongerPauses(
  plan: PlansTable & { instalments: readonly PlanInstalmentsTable[] },
  today: string,
  graceDays: number = DEFAULT_GRACE_DAYS,
): boolean {
  if (plan.status === 'lapsed') return true;
  if (plan.status !== 'accepted' && plan.status !== 'active') return false;
  return plan.instalments.some(
    (instalment) =>
      instalment.paid_amount < instalment.amount && addDays(instalment.due_date, graceDays) < today,
  );
}
