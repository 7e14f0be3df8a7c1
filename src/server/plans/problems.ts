/**
 * The 422 `policy_violation` answers: the stable `rule` for clients to branch on (and put in their
 * own words), a plain English `detail` for logs and integrators, and `errors` pointing at the
 * fields to change.
 */
import type { ProblemFieldError } from '../../contract/problem';
import { formatMoney, type Money, type PlanBreach, type PromiseBreach } from '../../domain';
import { ProblemError } from '../problem';

const money = (value: Money) => formatMoney(value, 'en');

/** One broken plan rule in plain English. */
export function planBreachMessage(breach: PlanBreach): string {
  switch (breach.rule) {
    case 'currency':
      return `Give every instalment in ${breach.params.currency}`;
    case 'sum_mismatch':
      return `The instalments add up to ${money(breach.params.actual)}; they need to add up to ${money(breach.params.expected)}${
        breach.params.fee ? `, the total plus the plan fee of ${money(breach.params.fee)}` : ''
      }`;
    case 'first_due_in_past':
      return `The first instalment can be due on ${breach.params.earliest} (today) at the earliest`;
    case 'first_due_too_late':
      return `The first instalment needs to be due within ${breach.params.days} days, by ${breach.params.latest}`;
    case 'min_instalment':
      return `Each instalment needs to be at least ${money(breach.params.min)}; fewer instalments would do it`;
    case 'max_count':
      return `A plan can have up to ${breach.params.max} instalments`;
    case 'max_months':
      return `The instalments need to fall within ${breach.params.max} months of the first`;
    case 'frequency':
      return breach.params.minDays >= 28
        ? 'Instalments fall due once a month'
        : `Instalments need to be at least ${breach.params.minDays} days apart`;
    case 'after_lapse':
      return 'An earlier plan on these invoices lapsed';
  }
}

/** Where in the request a broken rule points, for the two request shapes. */
function pathOf(breach: PlanBreach, byCount: boolean): string {
  switch (breach.rule) {
    case 'first_due_in_past':
    case 'first_due_too_late':
      return byCount ? 'firstDueDate' : 'instalments.0.dueDate';
    case 'min_instalment':
      return byCount ? 'count' : `instalments.${breach.params.index}.amount`;
    case 'frequency':
      return byCount ? 'frequency' : `instalments.${breach.params.index}.dueDate`;
    case 'currency':
      return byCount ? 'invoiceIds' : 'instalments';
    case 'sum_mismatch':
      return 'instalments';
    case 'max_count':
      return byCount ? 'count' : 'instalments';
    case 'max_months':
      return byCount ? 'count' : 'instalments';
    case 'after_lapse':
      return 'invoiceIds';
  }
}

/** The 422 for a proposal the policy refuses; `rule` names the first refused rule. */
export function planRefused(breaches: readonly PlanBreach[], byCount: boolean): ProblemError {
  const refused = breaches.filter((breach) => breach.severity === 'refuse');
  const first = refused[0] ?? breaches[0];
  const errors: ProblemFieldError[] = refused.map((breach) => ({
    path: pathOf(breach, byCount),
    message: planBreachMessage(breach),
  }));
  return new ProblemError(422, 'policy_violation', {
    detail: first ? `${planBreachMessage(first)}.` : "The proposal is outside the creditor's policy.",
    errors,
    ...(first ? { rule: first.rule } : {}),
  });
}

/** The 422 for a promise date the policy refuses. */
export function promiseRefused(breach: PromiseBreach): ProblemError {
  const message =
    breach.rule === 'promise_in_past'
      ? `The payment date can be ${breach.params.earliest} (today) at the earliest`
      : `The payment date needs to be within ${breach.params.days} days, by ${breach.params.latest}`;
  return new ProblemError(422, 'policy_violation', {
    detail: `${message}.`,
    errors: [{ path: 'date', message }],
    rule: breach.rule,
  });
}
