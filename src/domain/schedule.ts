/**
 * Instalment schedules and how they are kept. Pure: dates are calendar dates, amounts integer
 * minor units, and every schedule adds up exactly to what it pays off plus the disclosed plan fee
 * (the split is `allocate`'s largest remainder, never floating point).
 */
import { addDays, addMonths, type CalendarDate, daysBetween, toCalendarDate } from './dates';
import { allocate, compareMoney, type Money, minMoney, money, subtractMoney, sumMoney, zero } from './money';

/** How often instalments fall due: on the same day each month, or every 14 days. */
export type PlanFrequency = 'monthly' | 'biweekly';

/** One dated amount of a schedule. */
export interface ScheduledInstalment {
  readonly dueDate: CalendarDate;
  readonly amount: Money;
}

/** Days between two instalments of a biweekly plan. */
export const BIWEEKLY_DAYS = 14;

/** The most instalments any schedule has (ten years of monthly payments; the API's limit too). */
export const MAX_INSTALMENTS = 120;

/** What every schedule is built from. */
export interface ScheduleInput {
  /** What the plan pays off. */
  readonly total: Money;
  /**
   * A one-off plan fee, told to the customer up front (LAW.md Norway: the debtor must know any
   * extra cost before agreeing). It is added to the first instalment, so it is paid once and the
   * later instalments stay equal.
   */
  readonly fee?: Money;
  readonly firstDueDate: CalendarDate;
  /** Default `monthly`. */
  readonly frequency?: PlanFrequency;
}

/**
 * The due dates of `count` instalments from `firstDueDate`. Monthly dates are counted from the
 * first date each time (31 January → 28 February → 31 March), so a short month never pulls the
 * later dates earlier.
 * @throws RangeError for a count outside 1…{@link MAX_INSTALMENTS} or a malformed date
 */
export function instalmentDates(
  firstDueDate: CalendarDate,
  count: number,
  frequency: PlanFrequency = 'monthly',
): CalendarDate[] {
  assertCount(count);
  const first = toCalendarDate(firstDueDate);
  return Array.from({ length: count }, (_, index) =>
    frequency === 'biweekly' ? addDays(first, index * BIWEEKLY_DAYS) : addMonths(first, index),
  );
}

function assertCount(count: number): void {
  if (!Number.isInteger(count) || count < 1 || count > MAX_INSTALMENTS) {
    throw new RangeError(
      `A schedule needs a whole number of instalments from 1 to ${MAX_INSTALMENTS}, got ${count}`,
    );
  }
}

function assertFee(total: Money, fee: Money | undefined): Money {
  const value = fee ?? zero(total.currency);
  if (value.amount < 0) throw new RangeError(`A plan fee cannot be negative, got ${value.amount}`);
  // compareMoney throws CurrencyMismatchError for a fee in another currency.
  compareMoney(value, total);
  return value;
}

/**
 * `count` instalments from the first date: the total split as evenly as whole minor units allow
 * (the first instalments take the odd units), the fee added to the first.
 * @throws RangeError for a count outside 1…{@link MAX_INSTALMENTS}, a total below zero, or a negative fee;
 * CurrencyMismatchError for a fee in another currency
 */
export function scheduleByCount(input: ScheduleInput & { readonly count: number }): ScheduledInstalment[] {
  assertCount(input.count);
  if (input.total.amount < 0) throw new RangeError('A plan cannot pay off a negative total');
  const fee = assertFee(input.total, input.fee);
  const dates = instalmentDates(input.firstDueDate, input.count, input.frequency);
  const shares = allocate(input.total, input.count);
  return dates.map((dueDate, index) => {
    const share = shares[index] as Money;
    return { dueDate, amount: index === 0 ? money(share.amount + fee.amount, share.currency) : share };
  });
}

/**
 * How many instalments of at most `perInstalment` pay off `total`: ⌈total / perInstalment⌉, at least 1.
 * @throws RangeError unless `perInstalment` is above zero; CurrencyMismatchError
 */
export function countForAmount(total: Money, perInstalment: Money): number {
  compareMoney(total, perInstalment);
  if (perInstalment.amount <= 0) throw new RangeError('An instalment must be above zero');
  return Math.max(1, Math.ceil(Math.max(0, total.amount) / perInstalment.amount));
}

/**
 * The fewest instalments of at most `perInstalment` (before the fee), split evenly: the customer
 * names what they can manage each time, and no instalment asks for more. Even shares also spare
 * them a last instalment of a few øre.
 * @throws RangeError unless `perInstalment` is above zero and needs at most {@link MAX_INSTALMENTS}
 * instalments (check with {@link countForAmount} first); CurrencyMismatchError
 */
export function scheduleByAmount(
  input: ScheduleInput & { readonly perInstalment: Money },
): ScheduledInstalment[] {
  return scheduleByCount({ ...input, count: countForAmount(input.total, input.perInstalment) });
}

/** The sum of a schedule's instalments (zero in `currency` for an empty one). */
export function scheduleTotal(instalments: readonly ScheduledInstalment[], currency: string): Money {
  return sumMoney(
    instalments.map((instalment) => instalment.amount),
    currency,
  );
}

/**
 * The frequency a list of dates keeps: `biweekly` when no two instalments are more than 15 days
 * apart (a fortnight, give or take a weekend), else `monthly`. A single instalment is `monthly`.
 */
export function inferFrequency(dates: readonly CalendarDate[]): PlanFrequency {
  if (dates.length < 2) return 'monthly';
  for (let index = 1; index < dates.length; index++) {
    if (daysBetween(dates[index - 1] as string, dates[index] as string) > BIWEEKLY_DAYS + 1) return 'monthly';
  }
  return 'biweekly';
}

// ---------------------------------------------------------------------------------------------
// Keeping a plan

/** Where one instalment stands. */
export type InstalmentStatus = 'due' | 'paid' | 'part_paid' | 'overdue' | 'missed';

/** A payment towards the plan's invoices. */
export interface PlanPayment {
  /** The day the money arrived (`YYYY-MM-DD` or an ISO timestamp). */
  readonly date: string;
  readonly amount: Money;
}

/** What `trackPlan` needs. */
export interface TrackPlanInput {
  readonly instalments: readonly ScheduledInstalment[];
  /** Every payment received on the plan's invoices, in any order, including those before the plan. */
  readonly payments: readonly PlanPayment[];
  /**
   * What had been paid on those invoices when the plan was made: the earliest payments, up to
   * this much, were already counted in the plan's total and do not pay instalments.
   */
  readonly paidBefore?: Money;
  /** Days after a due date an unpaid instalment may still be paid before the plan lapses. */
  readonly graceDays: number;
}

/** One instalment with what was paid on it and where it stands. */
export interface TrackedInstalment extends ScheduledInstalment {
  /** Paid on this instalment so far (payments fill instalments in date order). */
  readonly paid: Money;
  readonly status: InstalmentStatus;
  /** The last day it may be paid, late, without the plan lapsing. */
  readonly graceUntil: CalendarDate;
}

/** How a plan is being kept, as of one day. */
export interface PlanStanding {
  readonly instalments: readonly TrackedInstalment[];
  /** Paid towards the plan so far. */
  readonly paid: Money;
  /** Left to pay on the plan (never below zero). */
  readonly remaining: Money;
  /**
   * `current` while it runs; `completed` once everything is paid; `lapsed` once an instalment
   * stayed unpaid past its grace period. Whichever came first stands: a late payment does not
   * revive a lapsed plan, and a plan paid off early cannot lapse.
   */
  readonly state: 'current' | 'completed' | 'lapsed';
  /** The day the plan was completed or lapsed. */
  readonly since?: CalendarDate;
  /** The first instalment not yet paid in full, while the plan runs. */
  readonly next?: TrackedInstalment;
}

interface CountedPayment {
  readonly date: CalendarDate;
  readonly amount: number;
}

/** Payments that count towards the plan, oldest first, with the `paidBefore` part taken off. */
function countedPayments(input: TrackPlanInput, currency: string, today: CalendarDate): CountedPayment[] {
  const payments = input.payments
    .map((payment) => {
      compareMoney(payment.amount, zero(currency));
      return { date: toCalendarDate(payment.date), amount: payment.amount.amount };
    })
    .filter((payment) => payment.date <= today && payment.amount > 0)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  let alreadyCounted = input.paidBefore?.amount ?? 0;
  const counted: CountedPayment[] = [];
  for (const payment of payments) {
    const skipped = Math.min(alreadyCounted, payment.amount);
    alreadyCounted -= skipped;
    if (payment.amount > skipped) counted.push({ date: payment.date, amount: payment.amount - skipped });
  }
  return counted;
}

function paidBy(payments: readonly CountedPayment[], day: CalendarDate): number {
  let total = 0;
  for (const payment of payments) if (payment.date <= day) total += payment.amount;
  return total;
}

/**
 * How a plan stands on `today`: payments fill the instalments in order, an instalment past its due
 * date is `overdue` through its grace period and `missed` after it, and the plan as a whole is
 * current, completed or lapsed. Decided from the payments' own dates, so the answer is the same
 * whenever it is asked.
 * @throws RangeError for an empty schedule, a negative grace period or a malformed date;
 * CurrencyMismatchError for a payment in another currency
 */
export function trackPlan(input: TrackPlanInput, now: string | Date): PlanStanding {
  const today = toCalendarDate(now);
  const first = input.instalments[0];
  if (!first) throw new RangeError('A plan needs at least one instalment');
  if (!Number.isInteger(input.graceDays) || input.graceDays < 0) {
    throw new RangeError(`Grace days must be a whole number (0 or more), got ${input.graceDays}`);
  }
  const currency = first.amount.currency;
  const payments = countedPayments(input, currency, today);
  const paidToday = paidBy(payments, today);
  const due = scheduleTotal(input.instalments, currency);

  let dueSoFar = 0;
  let lapsedOn: CalendarDate | undefined;
  const instalments: TrackedInstalment[] = input.instalments.map((instalment) => {
    const dueDate = toCalendarDate(instalment.dueDate);
    const before = dueSoFar;
    dueSoFar += instalment.amount.amount;
    const paid = Math.min(instalment.amount.amount, Math.max(0, paidToday - before));
    const graceUntil = addDays(dueDate, input.graceDays);
    if (paidBy(payments, graceUntil) < dueSoFar) {
      const lapseDay = addDays(graceUntil, 1);
      if (lapseDay <= today && (lapsedOn === undefined || lapseDay < lapsedOn)) lapsedOn = lapseDay;
    }
    let status: InstalmentStatus;
    if (paid >= instalment.amount.amount) status = 'paid';
    else if (today <= dueDate) status = paid > 0 ? 'part_paid' : 'due';
    else if (today <= graceUntil) status = 'overdue';
    else status = 'missed';
    return { dueDate, amount: instalment.amount, paid: money(paid, currency), status, graceUntil };
  });

  let completedOn: CalendarDate | undefined;
  let running = 0;
  for (const payment of payments) {
    running += payment.amount;
    if (running >= due.amount) {
      completedOn = payment.date;
      break;
    }
  }

  const paid = money(paidToday, currency);
  const remaining = subtractMoney(due, minMoney(paid, due));
  if (completedOn !== undefined && (lapsedOn === undefined || completedOn < lapsedOn)) {
    return { instalments, paid, remaining, state: 'completed', since: completedOn };
  }
  if (lapsedOn !== undefined) return { instalments, paid, remaining, state: 'lapsed', since: lapsedOn };
  const next = instalments.find((instalment) => instalment.status !== 'paid');
  return { instalments, paid, remaining, state: 'current', ...(next ? { next } : {}) };
}

/** What `trackPromise` needs: a promise is a plan of one instalment with no grace period. */
export interface TrackPromiseInput {
  /** The day the customer promised to pay by. */
  readonly date: CalendarDate;
  /** What the promise covers. */
  readonly amount: Money;
  readonly payments: readonly PlanPayment[];
  readonly paidBefore?: Money;
}

/** How a promise to pay stands: `kept` once paid in full by its date, `broken` the day after if not. */
export interface PromiseStanding {
  readonly state: 'active' | 'kept' | 'broken';
  readonly paid: Money;
  /** The day it was kept or broken. */
  readonly since?: CalendarDate;
}

/**
 * Whether a promise to pay by a date was kept: paid in full by that date, counting only payments
 * after the promise (see `TrackPlanInput.paidBefore`).
 * @throws RangeError unless the amount is above zero
 */
export function trackPromise(input: TrackPromiseInput, now: string | Date): PromiseStanding {
  if (input.amount.amount <= 0) throw new RangeError('A promise covers an amount above zero');
  const standing = trackPlan(
    {
      instalments: [{ dueDate: input.date, amount: input.amount }],
      payments: input.payments,
      ...(input.paidBefore ? { paidBefore: input.paidBefore } : {}),
      graceDays: 0,
    },
    now,
  );
  const state = standing.state === 'completed' ? 'kept' : standing.state === 'lapsed' ? 'broken' : 'active';
  return { state, paid: standing.paid, ...(standing.since ? { since: standing.since } : {}) };
}
