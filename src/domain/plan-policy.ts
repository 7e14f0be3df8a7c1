/**
 * The creditor's instalment policy, and the verdict on a proposal: agreed at once within the
 * policy, sent to the creditor for review when it asks a little more (a few more instalments or
 * months, a later start), refused when no plan like it can be agreed (instalments below the
 * minimum, dates in the past, amounts that do not add up). Every broken rule comes back with a
 * stable id and the numbers the customer needs to fix it; the words are the client's catalog's.
 */
import { addDays, addMonths, type CalendarDate, daysBetween, toCalendarDate } from './dates';
import { addMoney, compareMoney, type Money } from './money';
import {
  BIWEEKLY_DAYS,
  type PlanFrequency,
  type ScheduledInstalment,
  scheduleByCount,
  scheduleTotal,
} from './schedule';

/** The creditor's instalment policy (the contract's `PlanPolicy`). */
export interface PlanPolicy {
  /** No instalment below this (a one-instalment plan, which pays everything, is exempt). */
  readonly minInstalment: Money;
  readonly maxCount: number;
  /** Instalments fall within this many months from the first. */
  readonly maxMonths: number;
  /** The first instalment may fall due at most this many days from today. */
  readonly maxFirstDueDays: number;
  /** A one-off plan fee, told up front and added to the first instalment. */
  readonly fee?: Money;
  readonly allowBiweekly: boolean;
  /** Days an unpaid instalment may be paid late before the plan lapses (default {@link DEFAULT_GRACE_DAYS}). */
  readonly graceDays?: number;
  /** Days the creditor takes to answer a proposal outside the policy (default {@link DEFAULT_REVIEW_DAYS}). */
  readonly reviewDays?: number;
}

/** How far ahead a customer may promise to pay (the contract's `PromisePolicy`). */
export interface PromisePolicy {
  readonly maxDays: number;
}

/**
 * Days an instalment may be paid late before the plan lapses: the 14 days a reminder gives to pay
 * in Norway (LAW.md), so a missed instalment gets the same chance as a missed invoice.
 */
export const DEFAULT_GRACE_DAYS = 14;

/** Days the creditor takes to answer a proposal outside its policy. */
export const DEFAULT_REVIEW_DAYS = 5;

/**
 * How far past a limit a proposal may go and still be reviewed rather than refused: up to twice
 * the instalments or months, and a first payment up to twice as far away (at least 14 days more).
 * Beyond that the creditor would not agree, and saying so at once is kinder than making the
 * customer wait for a no.
 */
export const REVIEW_FACTOR = 2;

/** A rule a proposal can break. Stable: clients map each to their own words. */
export type PlanRule =
  | 'currency'
  | 'sum_mismatch'
  | 'first_due_in_past'
  | 'first_due_too_late'
  | 'min_instalment'
  | 'max_count'
  | 'max_months'
  | 'frequency'
  | 'after_lapse';

/** A rule a promise to pay can break. */
export type PromiseRule = 'promise_in_past' | 'promise_too_late';

/** What breaking a rule does to the proposal: `review` sends it to the creditor, `refuse` stops it. */
export type BreachSeverity = 'review' | 'refuse';

/** A broken rule with the numbers that explain it. */
export type PlanBreach = { readonly severity: BreachSeverity } & (
  | { readonly rule: 'currency'; readonly params: { readonly currency: string } }
  | {
      readonly rule: 'sum_mismatch';
      readonly params: { readonly expected: Money; readonly actual: Money; readonly fee?: Money };
    }
  | { readonly rule: 'first_due_in_past'; readonly params: { readonly earliest: CalendarDate } }
  | {
      readonly rule: 'first_due_too_late';
      readonly params: { readonly latest: CalendarDate; readonly days: number };
    }
  | { readonly rule: 'min_instalment'; readonly params: { readonly min: Money; readonly index: number } }
  | { readonly rule: 'max_count'; readonly params: { readonly max: number } }
  | { readonly rule: 'max_months'; readonly params: { readonly max: number } }
  | { readonly rule: 'frequency'; readonly params: { readonly minDays: number; readonly index: number } }
  | { readonly rule: 'after_lapse'; readonly params: Readonly<Record<string, never>> }
);

/** The verdict on a proposal. */
export interface PlanVerdict {
  /** `accept`: agreed at once; `review`: the creditor decides; `refuse`: cannot be agreed as it is. */
  readonly decision: 'accept' | 'review' | 'refuse';
  /** Every rule broken, refusals first. */
  readonly breaches: readonly PlanBreach[];
}

/** A proposed schedule. */
export interface PlanProposal {
  readonly instalments: readonly ScheduledInstalment[];
  /** The frequency asked for (count proposals); explicit dates are checked by their spacing. */
  readonly frequency?: PlanFrequency;
}

/** What a proposal is checked against. */
export interface PlanCheckContext {
  /** What the plan pays off (before the fee). */
  readonly total: Money;
  readonly policy: PlanPolicy;
  /** The day of the proposal. */
  readonly today: string | Date;
  /** A plan on these invoices lapsed before: the creditor wants to see the next one. */
  readonly lapsedBefore?: boolean;
}

/** The grace period in force. */
export function graceDaysOf(policy: Pick<PlanPolicy, 'graceDays'>): number {
  return policy.graceDays ?? DEFAULT_GRACE_DAYS;
}

/** The review time in force. */
export function reviewDaysOf(policy: Pick<PlanPolicy, 'reviewDays'>): number {
  return policy.reviewDays ?? DEFAULT_REVIEW_DAYS;
}

/** What the plan costs the customer in all: the total plus the fee. */
export function planAmount(total: Money, policy: Pick<PlanPolicy, 'fee'>): Money {
  return policy.fee ? addMoney(total, policy.fee) : total;
}

/** The dates the first instalment may fall on: from today to `maxFirstDueDays` ahead. */
export function firstDueWindow(
  policy: Pick<PlanPolicy, 'maxFirstDueDays'>,
  now: string | Date,
): { earliest: CalendarDate; latest: CalendarDate } {
  const today = toCalendarDate(now);
  return { earliest: today, latest: addDays(today, policy.maxFirstDueDays) };
}

/** The first day the last instalment may no longer fall on, for a plan of `months` months. */
function monthsLimit(firstDueDate: CalendarDate, months: number): CalendarDate {
  return addMonths(firstDueDate, months);
}

/**
 * The most instalments a plan of `total` may have within the policy: no more than `maxCount`,
 * none below the minimum, all within `maxMonths` of `firstDueDate`. At least 1: paying it all at
 * once is always possible.
 */
export function maxCountWithinPolicy(
  total: Money,
  policy: PlanPolicy,
  firstDueDate: CalendarDate,
  frequency: PlanFrequency = 'monthly',
): number {
  compareMoney(total, policy.minInstalment);
  const byMinimum = Math.floor(total.amount / policy.minInstalment.amount);
  const limit = monthsLimit(toCalendarDate(firstDueDate), policy.maxMonths);
  const byMonths =
    frequency === 'biweekly'
      ? Math.floor((daysBetween(firstDueDate, limit) - 1) / BIWEEKLY_DAYS) + 1
      : policy.maxMonths;
  return Math.max(1, Math.min(policy.maxCount, byMinimum, byMonths));
}

/** The schedule a quote suggests: the gentlest one within the policy, starting in two weeks at most. */
export interface SuggestedPlan {
  readonly count: number;
  readonly frequency: PlanFrequency;
  readonly firstDueDate: CalendarDate;
  readonly instalments: readonly ScheduledInstalment[];
}

/** Days from today the suggested first instalment falls, unless the policy asks for sooner. */
export const SUGGESTED_FIRST_DUE_DAYS = 14;

/**
 * A schedule within the policy for `total`: monthly, the first instalment in two weeks (or the
 * policy's latest date, if sooner), as many instalments as the policy allows, so each is as small
 * as it can be: the customer who cannot pay right now needs room most.
 */
export function suggestPlan(total: Money, policy: PlanPolicy, now: string | Date): SuggestedPlan {
  const today = toCalendarDate(now);
  const firstDueDate = addDays(today, Math.min(SUGGESTED_FIRST_DUE_DAYS, policy.maxFirstDueDays));
  const count = maxCountWithinPolicy(total, policy, firstDueDate, 'monthly');
  const instalments = scheduleByCount({
    total,
    ...(policy.fee ? { fee: policy.fee } : {}),
    count,
    firstDueDate,
    frequency: 'monthly',
  });
  return { count, frequency: 'monthly', firstDueDate, instalments };
}

/**
 * Checks a proposed schedule against the policy. Rules and what breaking them does:
 *
 * | rule | refused | reviewed by the creditor |
 * | --- | --- | --- |
 * | `currency` | an instalment in another currency | |
 * | `sum_mismatch` | instalments not adding up to the total plus the fee | |
 * | `first_due_in_past` | the first instalment before today | |
 * | `min_instalment` | an instalment below the minimum (unless there is only one) | |
 * | `frequency` | biweekly where the policy allows only monthly; instalments closer together than that | |
 * | `first_due_too_late` | further away than twice the limit (and 14 days more) | up to that |
 * | `max_count` | more than twice the limit | up to twice |
 * | `max_months` | longer than twice the limit | up to twice |
 * | `after_lapse` | | a plan on these invoices lapsed before |
 *
 * @throws RangeError for an empty schedule or a malformed date
 */
export function checkPlan(proposal: PlanProposal, context: PlanCheckContext): PlanVerdict {
  const { policy, total } = context;
  const today = toCalendarDate(context.today);
  const instalments = proposal.instalments;
  const first = instalments[0];
  if (!first) throw new RangeError('A proposal needs at least one instalment');
  const breaches: PlanBreach[] = [];

  const foreign = instalments.find((instalment) => instalment.amount.currency !== total.currency);
  if (foreign) {
    // Nothing else can be compared across currencies.
    return {
      decision: 'refuse',
      breaches: [{ rule: 'currency', severity: 'refuse', params: { currency: total.currency } }],
    };
  }

  const expected = planAmount(total, policy);
  const actual = scheduleTotal(instalments, total.currency);
  if (compareMoney(actual, expected) !== 0) {
    breaches.push({
      rule: 'sum_mismatch',
      severity: 'refuse',
      params: { expected, actual, ...(policy.fee ? { fee: policy.fee } : {}) },
    });
  }

  const dates = instalments.map((instalment) => toCalendarDate(instalment.dueDate));
  const firstDue = dates[0] as CalendarDate;
  const window = firstDueWindow(policy, today);
  if (firstDue < window.earliest) {
    breaches.push({ rule: 'first_due_in_past', severity: 'refuse', params: { earliest: window.earliest } });
  } else if (firstDue > window.latest) {
    const ceiling = addDays(
      today,
      Math.max(policy.maxFirstDueDays * REVIEW_FACTOR, policy.maxFirstDueDays + SUGGESTED_FIRST_DUE_DAYS),
    );
    breaches.push({
      rule: 'first_due_too_late',
      severity: firstDue <= ceiling ? 'review' : 'refuse',
      params: { latest: window.latest, days: policy.maxFirstDueDays },
    });
  }

  if (instalments.length > 1) {
    const smallIndex = instalments.findIndex(
      (instalment) => compareMoney(instalment.amount, policy.minInstalment) < 0,
    );
    if (smallIndex >= 0) {
      breaches.push({
        rule: 'min_instalment',
        severity: 'refuse',
        params: { min: policy.minInstalment, index: smallIndex },
      });
    }
  }

  const minDays = policy.allowBiweekly ? BIWEEKLY_DAYS : 28;
  if (proposal.frequency === 'biweekly' && !policy.allowBiweekly) {
    breaches.push({ rule: 'frequency', severity: 'refuse', params: { minDays, index: 1 } });
  } else {
    const closeIndex = dates.findIndex(
      (date, index) => index > 0 && daysBetween(dates[index - 1] as CalendarDate, date) < minDays,
    );
    if (closeIndex > 0) {
      breaches.push({ rule: 'frequency', severity: 'refuse', params: { minDays, index: closeIndex } });
    }
  }

  if (instalments.length > policy.maxCount) {
    breaches.push({
      rule: 'max_count',
      severity: instalments.length <= policy.maxCount * REVIEW_FACTOR ? 'review' : 'refuse',
      params: { max: policy.maxCount },
    });
  }

  const lastDue = dates[dates.length - 1] as CalendarDate;
  if (lastDue >= monthsLimit(firstDue, policy.maxMonths)) {
    breaches.push({
      rule: 'max_months',
      severity: lastDue < monthsLimit(firstDue, policy.maxMonths * REVIEW_FACTOR) ? 'review' : 'refuse',
      params: { max: policy.maxMonths },
    });
  }

  if (context.lapsedBefore) breaches.push({ rule: 'after_lapse', severity: 'review', params: {} });

  const refused = breaches.filter((breach) => breach.severity === 'refuse');
  const reviewed = breaches.filter((breach) => breach.severity === 'review');
  return {
    decision: refused.length > 0 ? 'refuse' : reviewed.length > 0 ? 'review' : 'accept',
    breaches: [...refused, ...reviewed],
  };
}

/** A broken promise rule with its numbers. */
export type PromiseBreach =
  | { readonly rule: 'promise_in_past'; readonly params: { readonly earliest: CalendarDate } }
  | {
      readonly rule: 'promise_too_late';
      readonly params: { readonly latest: CalendarDate; readonly days: number };
    };

/** The dates a customer may promise to pay by: today up to `maxDays` ahead. */
export function promiseWindow(
  policy: PromisePolicy,
  now: string | Date,
): { earliest: CalendarDate; latest: CalendarDate } {
  const today = toCalendarDate(now);
  return { earliest: today, latest: addDays(today, policy.maxDays) };
}

/**
 * Checks a promise to pay by `date`: from today up to `maxDays` ahead. A promise has no review
 * step (it is the customer's own word, not an agreement), so a date outside is simply refused.
 * @returns the broken rule, or `null` when the date is fine
 * @throws RangeError for a malformed date
 */
export function checkPromise(
  date: CalendarDate,
  policy: PromisePolicy,
  now: string | Date,
): PromiseBreach | null {
  const window = promiseWindow(policy, now);
  const promised = toCalendarDate(date);
  if (promised < window.earliest) return { rule: 'promise_in_past', params: { earliest: window.earliest } };
  if (promised > window.latest) {
    return { rule: 'promise_too_late', params: { latest: window.latest, days: policy.maxDays } };
  }
  return null;
}
