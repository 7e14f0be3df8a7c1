/**
 * The proposer's form logic, apart from the element so it can be reasoned about (and tested) on
 * its own: what the customer typed → a schedule, the policy's verdict on it, and the words for
 * every problem. The arithmetic and the rules are the domain's, the same the server applies, so
 * what the form promises is what the API answers.
 */
import { formatDate } from '../../src/client/i18n/format';
import type { CatalogView } from '../../src/client/i18n/parts';
import type { PlanQuote } from '../../src/contract/plan';
import { addDays, isValidDate } from '../../src/domain/dates';
import { formatMoney, type Money, parseAmountInput } from '../../src/domain/money';
import {
  checkPlan,
  checkPromise,
  type PlanBreach,
  REVIEW_FACTOR,
  SUGGESTED_FIRST_DUE_DAYS,
} from '../../src/domain/plan-policy';
import {
  countForAmount,
  MAX_INSTALMENTS,
  type PlanFrequency,
  type ScheduledInstalment,
  scheduleByCount,
} from '../../src/domain/schedule';

type ProposerMessages = CatalogView<'plan' | 'payNow' | 'validation'>;

/** How the customer splits the amount. */
export type SplitBy = 'count' | 'amount';

/** What the customer has entered so far. */
export interface PlanDraft {
  splitBy: SplitBy;
  count: number;
  amountText: string;
  firstDueDate: string;
  frequency: PlanFrequency;
}

/** The fields a plan problem can point at, in the order they appear in the form. */
export type PlanField = 'count' | 'amount' | 'firstDueDate' | 'frequency';
export const PLAN_FIELDS: readonly PlanField[] = ['count', 'amount', 'firstDueDate', 'frequency'];

/** The request body for `POST /v1/plans`: always by count (an amount becomes the count it needs). */
export interface PlanRequest {
  invoiceIds: string[];
  count: number;
  firstDueDate: string;
  frequency?: PlanFrequency;
}

/** The verdict on a draft, ready to render. */
export interface PlanEvaluation {
  /** The schedule, once one can be worked out. */
  schedule?: ScheduledInstalment[];
  /** Problems that stop sending, by field. */
  errors: Partial<Record<PlanField, string>>;
  /** Why the proposal would go to the creditor instead of being agreed at once (empty: agreed). */
  review: string[];
  /** What to send, when nothing stops it. */
  request?: PlanRequest;
}

/** What the words need: the catalog, the locale to format in. */
export interface Wording {
  messages: ProposerMessages;
  locale: string;
}

const fmtMoney = (value: Money, wording: Wording) => formatMoney(value, wording.locale);
const fmtDate = (date: string, wording: Wording) => formatDate(date, wording.locale);

/** The policy's fee, if it charges one. */
function feeOf(quote: PlanQuote): Money | undefined {
  return quote.policy.fee && quote.policy.fee.amount > 0 ? quote.policy.fee : undefined;
}

/** Today, as the server counts it (the quote's earliest first date is its today). */
export function todayOf(quote: PlanQuote): string {
  return quote.earliestFirstDueDate;
}

/**
 * The latest first date the form offers: beyond the policy's limit the creditor reviews, up to
 * twice as far (and 14 days more); after that no plan can start.
 */
export function latestOfferedFirstDate(quote: PlanQuote): string {
  const days = quote.policy.maxFirstDueDays;
  return addDays(todayOf(quote), Math.max(days * REVIEW_FACTOR, days + SUGGESTED_FIRST_DUE_DAYS));
}

/**
 * The counts the form offers: from 1 to the most that keeps every instalment at the minimum and
 * within twice the policy's count (the part beyond the policy needs the creditor's approval).
 */
export function countOptions(quote: PlanQuote): { count: number; needsApproval: boolean }[] {
  const byMinimum = Math.floor(quote.total.amount / quote.policy.minInstalment.amount);
  const most = Math.max(1, Math.min(MAX_INSTALMENTS, quote.policy.maxCount * REVIEW_FACTOR, byMinimum));
  return Array.from({ length: most }, (_, index) => ({
    count: index + 1,
    needsApproval: index + 1 > quote.policy.maxCount,
  }));
}

/** The draft a quote suggests: its schedule, by count, monthly. */
export function suggestedDraft(quote: PlanQuote): PlanDraft {
  return {
    splitBy: 'count',
    count: quote.suggested.count,
    amountText: '',
    firstDueDate: quote.suggested.firstDueDate,
    frequency: quote.suggested.frequency,
  };
}

/** The field a broken rule points at. */
export function fieldOf(rule: string, splitBy: SplitBy): PlanField {
  switch (rule) {
    case 'first_due_in_past':
    case 'first_due_too_late':
      return 'firstDueDate';
    case 'frequency':
      return 'frequency';
    default:
      return splitBy;
  }
}

/**
 * A rule of the policy in the customer's words, with the quote's numbers (the same words whether
 * the form found it or the API answered with it).
 */
export function ruleMessage(rule: string, quote: PlanQuote, wording: Wording): string {
  const copy = wording.messages.plan;
  const { policy } = quote;
  switch (rule) {
    case 'min_instalment':
      return copy.violations.minInstalment({ amount: fmtMoney(policy.minInstalment, wording) });
    case 'max_count':
      return copy.violations.maxCount({ count: policy.maxCount });
    case 'max_months':
      return copy.violations.maxMonths({ count: policy.maxMonths });
    case 'first_due_too_late':
      return copy.violations.firstTooLate({
        count: policy.maxFirstDueDays,
        date: fmtDate(quote.latestFirstDueDate, wording),
      });
    case 'first_due_in_past':
      return copy.violations.firstInPast;
    case 'sum_mismatch': {
      const fee = feeOf(quote);
      const total = fee
        ? { amount: quote.total.amount + fee.amount, currency: quote.total.currency }
        : quote.total;
      return copy.violations.sumMismatch({ amount: fmtMoney(total, wording) });
    }
    case 'frequency':
      return copy.moreViolations.frequency;
    case 'after_lapse':
      return copy.moreViolations.afterLapse;
    case 'currency':
      return copy.moreViolations.currency;
    case 'promise_in_past':
      return copy.promiseInPast;
    case 'promise_too_late':
      return copy.promiseTooLate({ date: fmtDate(quote.promise?.latestDate ?? todayOf(quote), wording) });
    default:
      return wording.messages.common.errorFallback;
  }
}

function breachMessage(breach: PlanBreach, quote: PlanQuote, wording: Wording): string {
  return ruleMessage(breach.rule, quote, wording);
}

/**
 * Works out the schedule for a draft and what the policy says about it. Input problems (nothing
 * entered, not an amount, not a date) and refused rules stop sending; reviewed rules do not, and
 * come back as `review` so the form can say the creditor will decide.
 */
export function evaluatePlan(
  draft: PlanDraft,
  quote: PlanQuote,
  invoiceIds: readonly string[],
  wording: Wording,
): PlanEvaluation {
  const { messages } = wording;
  const errors: Partial<Record<PlanField, string>> = {};
  const currency = quote.total.currency;
  const frequency: PlanFrequency = quote.policy.allowBiweekly ? draft.frequency : 'monthly';

  let count: number | undefined;
  if (draft.splitBy === 'count') {
    count = Number.isInteger(draft.count) && draft.count >= 1 ? Math.min(draft.count, MAX_INSTALMENTS) : 1;
  } else if (draft.amountText.trim() === '') {
    errors.amount = messages.validation.required;
  } else {
    const amount = parseAmountInput(draft.amountText, wording.locale, currency);
    if (amount === undefined || amount <= 0) {
      errors.amount = messages.validation.amountInvalid;
    } else {
      const needed = countForAmount(quote.total, { amount, currency });
      if (needed > MAX_INSTALMENTS) {
        errors.amount = messages.plan.moreViolations.countTooHigh({ count: MAX_INSTALMENTS });
      } else {
        count = needed;
      }
    }
  }

  const firstDueDate = draft.firstDueDate.trim();
  if (firstDueDate === '' || !isValidDate(firstDueDate)) {
    errors.firstDueDate = messages.validation.dateInvalid;
  }

  if (count === undefined || errors.firstDueDate !== undefined) return { errors, review: [] };

  const fee = feeOf(quote);
  const schedule = scheduleByCount({
    total: quote.total,
    ...(fee ? { fee } : {}),
    count,
    firstDueDate,
    frequency,
  });
  const verdict = checkPlan(
    { instalments: schedule, frequency },
    { total: quote.total, policy: quote.policy, today: todayOf(quote) },
  );
  const review: string[] = [];
  for (const breach of verdict.breaches) {
    if (breach.severity === 'review') {
      review.push(breachMessage(breach, quote, wording));
      continue;
    }
    const field = fieldOf(breach.rule, draft.splitBy);
    errors[field] ??= breachMessage(breach, quote, wording);
  }
  if (Object.keys(errors).length > 0) return { schedule, errors, review };
  return {
    schedule,
    errors,
    review,
    request: {
      invoiceIds: [...invoiceIds],
      count,
      firstDueDate,
      ...(quote.policy.allowBiweekly ? { frequency } : {}),
    },
  };
}

/** The verdict on a promise date: the problem with it, if any. */
export function evaluatePromise(date: string, quote: PlanQuote, wording: Wording): string | undefined {
  const promised = date.trim();
  if (promised === '' || !isValidDate(promised)) return wording.messages.validation.dateInvalid;
  const window = quote.promise;
  if (!window) return undefined;
  const breach = checkPromise(promised, { maxDays: window.maxDays }, todayOf(quote));
  return breach ? ruleMessage(breach.rule, quote, wording) : undefined;
}
