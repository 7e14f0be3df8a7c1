/**
 * The stage engine: where an invoice stands, what it owes on top, and what happens next.
 * Pure: the caller passes `now`. Every fee, rate and deadline comes from the law tables
 * (`./law`); LAW.md rows are cited where a rule is applied.
 */
import { addDays, daysBetween, maxDate, minDate, toCalendarDate } from './dates';
import {
  type Country,
  type CustomerKind,
  collectionCostsFor,
  compensationFor,
  countryLaw,
  interestPeriods,
  type LegalBasis,
  lawFor,
} from './law';
import { compareMoney, type Money, minMoney, money, percentOf, subtractMoney, sumMoney, zero } from './money';

/** Where an invoice stands in the collection process. */
export type Stage = 'upcoming' | 'reminder' | 'firm' | 'final' | 'collection' | 'paused';

/** Why escalation is paused. */
export type PauseReason = 'dispute' | 'plan' | 'promise' | 'creditor';

/** The stage a notice was written for: `final` is the legally required last notice (inkassovarsel, 14-dagenbrief). */
export type NoticeStage = 'reminder' | 'firm' | 'final';

type OverdueStage = 'reminder' | 'firm' | 'final' | 'collection';

/** A notice already sent about the invoice (by the creditor's dunning system, or shown in the portal). */
export interface SentReminder {
  /** `YYYY-MM-DD` or an ISO timestamp. */
  readonly sentAt: string;
  /** The fee the notice stated; charged only as far as the law allows. */
  readonly fee?: Money;
  /**
   * The stage the notice was written for. Left out, the first notice counts as a `reminder` and
   * later ones as `firm`: a notice counts as `final` only when marked so, because the final
   * notice must carry the legal wording (title, consequence, exact amounts).
   */
  readonly stage?: NoticeStage;
}

/** A payment received. */
export interface ReceivedPayment {
  readonly date: string;
  readonly amount: Money;
}

/** A dispute: the whole invoice unless `amount` or `lineIds` narrow it. */
export interface DisputeInput {
  readonly status: 'open' | 'resolved';
  readonly amount?: Money;
  readonly lineIds?: readonly string[];
}

/** What the engine needs to know about an invoice. */
export interface InvoiceInput {
  readonly issueDate: string;
  readonly dueDate: string;
  readonly total: Money;
  /** Line amounts, to value disputes that name lines. */
  readonly lines?: readonly { readonly id: string; readonly amount: Money }[];
  readonly payments?: readonly ReceivedPayment[];
  readonly reminders?: readonly SentReminder[];
  readonly disputes?: readonly DisputeInput[];
  /** An instalment plan covering the invoice; a lapsed plan no longer pauses anything. */
  readonly plan?: { readonly lapsed: boolean } | null;
  /** A promise to pay by `date`: escalation waits until that day has passed. */
  readonly promise?: { readonly date: string } | null;
  /** The creditor stopped the process for this customer. */
  readonly creditorPaused?: boolean;
  readonly customer: { readonly kind: CustomerKind; readonly country: Country };
}

/** When each stage starts, in days after the due date, and how long each notice gives to pay. */
export interface ReminderSchedule {
  /** Days before the due date from which the courtesy heads-up shows. */
  readonly upcomingDays: number;
  readonly reminder: number;
  readonly firm: number;
  /** The legally required last notice. */
  readonly final: number;
  readonly collection: number;
  /** Days each notice gives to pay before the next stage may follow. */
  readonly daysToPay: number;
}

/** The creditor's settings the engine reads. */
export interface AssessmentSettings {
  /** Whose law applies: the creditor's jurisdiction. */
  readonly country: Country;
  readonly schedule?: Partial<ReminderSchedule>;
  /** The customer agreed to reminder fees when the debt arose (Sweden allows a fee only then). */
  readonly reminderFeesAgreed?: boolean;
  /** The creditor charges the reminder fees the law allows on notices still to come (default true). */
  readonly chargeReminderFees?: boolean;
}

/** What a charge is for. */
export type ChargeKind = 'reminder-fee' | 'notice-fee' | 'compensation' | 'collection-costs' | 'interest';

/** An amount owed on top of the invoice, with its legal basis. */
export interface Charge {
  readonly kind: ChargeKind;
  readonly amount: Money;
  /** Legal basis key, e.g. `no.inkassoloven.purregebyr`, `nl.wik.bik`, `de.bgb.288`. */
  readonly basis: LegalBasis;
  /** When it arose (for interest: the last day counted). */
  readonly date: string;
  /** Annual interest rate in percent. */
  readonly rate?: number;
  /** The days interest ran, both inclusive. */
  readonly period?: { readonly from: string; readonly to: string };
  /** The law table marks the value *check*. */
  readonly check?: boolean;
}

/** What happens next, and the fee that would come with it. */
export interface NextStep {
  /** The stage the invoice moves to, or `resume` when a promise runs out. */
  readonly kind: 'reminder' | 'firm' | 'final' | 'collection' | 'resume';
  readonly date: string;
  readonly fee?: Money;
}

/** The engine's verdict on one invoice. */
export interface InvoiceAssessment {
  readonly stage: Stage;
  readonly pauseReason?: PauseReason;
  /** The stage the invoice would be in without the pause (equal to `stage` when not paused). */
  readonly unpausedStage: Exclude<Stage, 'paused'>;
  /** Nothing is left to pay. */
  readonly settled: boolean;
  /** A notice (the heads-up before the due date, or a reminder) belongs in front of the customer now. */
  readonly notify: boolean;
  /** Days past the due date (0 until then). */
  readonly daysOverdue: number;
  /** Days until the due date (0 from then on). */
  readonly daysUntilDue: number;
  /** Principal left: total minus payments (never below zero). */
  readonly outstanding: Money;
  /** The part of `outstanding` under open dispute. */
  readonly disputed: Money;
  /** `outstanding − disputed`: what escalation acts on. */
  readonly payable: Money;
  readonly nextStep: NextStep | null;
  readonly charges: readonly Charge[];
  /** The sum of `charges`. */
  readonly chargesTotal: Money;
}

const STAGE_RANK: Readonly<Record<Exclude<Stage, 'paused'>, number>> = {
  upcoming: 0,
  reminder: 1,
  firm: 2,
  final: 3,
  collection: 4,
};

const NEXT_STAGE: Readonly<Record<NoticeStage, OverdueStage>> = {
  reminder: 'firm',
  firm: 'final',
  final: 'collection',
};

/**
 * The schedule when the creditor sets none: a short, fixed run (DOMAIN.md "be kind and strict
 * at once"). Each notice gives 14 days (LAW.md Norway: a fee-bearing reminder gives ≥ 14 days;
 * Denmark: ≥ 10 days apart), so the next stage follows the previous deadline. Collection
 * defaults to the final notice plus the country's minimum (`finalNoticeGap`).
 */
const DEFAULT_SCHEDULE = { upcomingDays: 5, reminder: 1, firm: 15, final: 29, daysToPay: 14 } as const;

function laterStage<S extends Exclude<Stage, 'paused'>>(a: S, b: S): S {
  return STAGE_RANK[a] >= STAGE_RANK[b] ? a : b;
}

function earlierStage<S extends Exclude<Stage, 'paused'>>(a: S, b: S): S {
  return STAGE_RANK[a] <= STAGE_RANK[b] ? a : b;
}

/**
 * Days at least between the final notice and collection: what the notice gives to pay, and
 * never less than the law's minimum (LAW.md: 14 days in Norway, 14 from the day after receipt
 * in the Netherlands, 30 under the UK Pre-Action Protocol).
 */
export function finalNoticeGap(country: Country, kind: CustomerKind, daysToPay: number): number {
  return Math.max(daysToPay, countryLaw(country)[kind].finalNotice.minDays);
}

/**
 * The creditor's schedule completed with the country-aware defaults.
 * @throws RangeError unless every value is a whole number of days, `daysToPay` ≥ 1, and
 * reminder ≤ firm ≤ final ≤ collection.
 */
export function resolveSchedule(
  country: Country,
  kind: CustomerKind,
  overrides: Partial<ReminderSchedule> = {},
): ReminderSchedule {
  const base = { ...DEFAULT_SCHEDULE, ...overrides };
  const collection = overrides.collection ?? base.final + finalNoticeGap(country, kind, base.daysToPay);
  const schedule: ReminderSchedule = { ...base, collection };
  for (const [key, value] of Object.entries(schedule)) {
    if (!Number.isInteger(value) || value < 0) {
      throw new RangeError(`Schedule ${key} must be a whole number of days (0 or more), got ${value}`);
    }
  }
  if (schedule.daysToPay < 1) throw new RangeError('Schedule daysToPay must be at least 1 day');
  if (
    !(
      schedule.reminder <= schedule.firm &&
      schedule.firm <= schedule.final &&
      schedule.final <= schedule.collection
    )
  ) {
    throw new RangeError('Schedule days must not decrease: reminder ≤ firm ≤ final ≤ collection');
  }
  return schedule;
}

/** Everything the helpers below share about one assessment. */
interface Context {
  readonly country: Country;
  readonly kind: CustomerKind;
  readonly today: string;
  readonly dueDate: string;
  readonly total: Money;
  readonly payments: readonly ReceivedPayment[];
  readonly notices: readonly Notice[];
  readonly schedule: ReminderSchedule;
  readonly finalGap: number;
  readonly settings: AssessmentSettings;
}

interface Notice {
  readonly sentAt: string;
  readonly stage: NoticeStage;
  readonly fee?: Money;
}

/** Notices sent after the due date and by today, oldest first, each with its stage. */
function classifyNotices(reminders: readonly SentReminder[], dueDate: string, today: string): Notice[] {
  const sent = reminders
    .map((reminder) => ({ ...reminder, sentAt: toCalendarDate(reminder.sentAt) }))
    .filter((reminder) => reminder.sentAt > dueDate && reminder.sentAt <= today)
    .sort((a, b) => (a.sentAt < b.sentAt ? -1 : a.sentAt > b.sentAt ? 1 : 0));
  return sent.map((reminder, index) => ({
    sentAt: reminder.sentAt,
    stage: reminder.stage ?? (index === 0 ? 'reminder' : 'firm'),
    ...(reminder.fee ? { fee: reminder.fee } : {}),
  }));
}

/** The first notice that reached the most advanced stage sent so far. */
function mostAdvancedNotice(notices: readonly Notice[]): Notice | undefined {
  let best: Notice | undefined;
  for (const notice of notices) if (!best || STAGE_RANK[notice.stage] > STAGE_RANK[best.stage]) best = notice;
  return best;
}

/** Days a notice of `stage` gives before the next stage may follow. */
function waitAfter(stage: NoticeStage, context: Context): number {
  return stage === 'final' ? context.finalGap : context.schedule.daysToPay;
}

/** The stage the calendar alone would reach. */
function scheduledStage(daysOverdue: number, schedule: ReminderSchedule): OverdueStage {
  if (daysOverdue >= schedule.collection) return 'collection';
  if (daysOverdue >= schedule.final) return 'final';
  if (daysOverdue >= schedule.firm) return 'firm';
  return 'reminder';
}

/**
 * The stage of an overdue invoice: the calendar's stage, but never more than one step past the
 * most advanced notice actually sent, and that step only once the notice's deadline passed. So
 * firmer words reach only a customer who ignored a gentler notice (DOMAIN.md), and `collection`
 * needs a sent `final` notice at least `finalGap` days old (LAW.md: ≥ 14 days in NO and NL).
 */
function overdueStage(daysOverdue: number, context: Context): OverdueStage {
  const scheduled = scheduledStage(daysOverdue, context.schedule);
  const latest = mostAdvancedNotice(context.notices);
  if (!latest) return 'reminder';
  const deadlinePassed = daysBetween(latest.sentAt, context.today) >= waitAfter(latest.stage, context);
  const earned = deadlinePassed ? NEXT_STAGE[latest.stage] : latest.stage;
  return laterStage<OverdueStage>(latest.stage, earlierStage(scheduled, earned));
}

// ---------------------------------------------------------------------------------------------
// Amounts

function paidBy(context: Pick<Context, 'payments' | 'total'>, day: string): Money {
  const paid = context.payments.filter((payment) => toCalendarDate(payment.date) <= day).map((p) => p.amount);
  return sumMoney(paid, context.total.currency);
}

/** Principal unpaid at the end of `day` (never below zero). */
function balanceAfter(context: Pick<Context, 'payments' | 'total'>, day: string): Money {
  const left = subtractMoney(context.total, paidBy(context, day));
  return left.amount > 0 ? left : zero(context.total.currency);
}

function disputedPart(input: InvoiceInput, outstanding: Money): Money {
  const open = (input.disputes ?? []).filter((dispute) => dispute.status === 'open');
  const parts = open.map((dispute) => {
    if (dispute.amount) return dispute.amount;
    const lines = (input.lines ?? []).filter((line) => dispute.lineIds?.includes(line.id));
    // Lines we cannot value leave the whole invoice disputed: better to wait than to press on.
    return lines.length > 0
      ? sumMoney(
          lines.map((line) => line.amount),
          outstanding.currency,
        )
      : outstanding;
  });
  return minMoney(sumMoney(parts, outstanding.currency), outstanding);
}

function pauseReasonFor(
  input: InvoiceInput,
  amounts: { outstanding: Money; disputed: Money },
  overdue: boolean,
  today: string,
): PauseReason | undefined {
  if (amounts.outstanding.amount === 0) return undefined;
  if (input.creditorPaused) return 'creditor';
  // A partial dispute keeps the stage for the undisputed rest (LAW.md: a dispute pauses the disputed part).
  if (compareMoney(amounts.disputed, amounts.outstanding) >= 0) return 'dispute';
  if (input.plan && !input.plan.lapsed) return 'plan';
  if (overdue && input.promise && toCalendarDate(input.promise.date) >= today) return 'promise';
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Fees on notices

interface FeeHistory {
  readonly notices: number;
  readonly fees: number;
  readonly lastFeeAt?: string;
}

/**
 * The most the law allows on a notice of `stage` sent on `sentAt`, after `history`; `null` when
 * no fee is allowed. LAW.md Norway: only ≥ 14 days after the due date, two at most, the second
 * after the first deadline; Netherlands: reminders to consumers are free; Germany: not the first;
 * Sweden: only if agreed; Denmark: three at most, 10 days apart.
 */
function allowedNoticeFee(
  stage: NoticeStage,
  sentAt: string,
  history: FeeHistory,
  context: Context,
): { amount: Money; basis: LegalBasis; check: boolean } | null {
  const rule = lawFor(context.country, context.kind, sentAt).reminderFee;
  if (!rule || rule.amount.currency !== context.total.currency) return null;
  if (rule.requiresAgreement && !context.settings.reminderFeesAgreed) return null;
  if (rule.firstFree && history.notices === 0) return null;
  if (daysBetween(context.dueDate, sentAt) < rule.minDaysAfterDue) return null;
  if (rule.maxCount !== null && history.fees >= rule.maxCount) return null;
  if (history.lastFeeAt && daysBetween(history.lastFeeAt, sentAt) < rule.minDaysBetween) return null;
  const basis = stage === 'final' && rule.finalNoticeBasis ? rule.finalNoticeBasis : rule.basis;
  return { amount: rule.amount, basis, check: rule.check };
}

/** Fees the sent notices stated, each capped by the law (a fee the law does not allow is dropped). */
function noticeFeeCharges(context: Context): { charges: Charge[]; history: FeeHistory } {
  const charges: Charge[] = [];
  let history: FeeHistory = { notices: 0, fees: 0 };
  for (const notice of context.notices) {
    const allowed = allowedNoticeFee(notice.stage, notice.sentAt, history, context);
    const stated = notice.fee;
    if (allowed && stated && stated.amount > 0 && stated.currency === allowed.amount.currency) {
      charges.push({
        kind: notice.stage === 'final' ? 'notice-fee' : 'reminder-fee',
        amount: minMoney(stated, allowed.amount),
        basis: allowed.basis,
        date: notice.sentAt,
        ...(allowed.check ? { check: true } : {}),
      });
      history = { ...history, fees: history.fees + 1, lastFeeAt: notice.sentAt };
    }
    history = { ...history, notices: history.notices + 1 };
  }
  return { charges, history };
}

// ---------------------------------------------------------------------------------------------
// Compensation, collection costs, interest

/** The first day of default (LAW.md Germany § 286: by a reminder, or 30 days after the due date). */
function defaultStartsOn(context: Context): string {
  const dayAfterDue = addDays(context.dueDate, 1);
  if (countryLaw(context.country)[context.kind].defaultStarts === 'after-due-date') return dayAfterDue;
  const firstNotice = context.notices[0];
  const thirtyDaysOn = addDays(context.dueDate, 31);
  return firstNotice ? minDate(addDays(firstNotice.sentAt, 1), thirtyDaysOn) : thirtyDaysOn;
}

/** The business debtor's fixed compensation on default: €40, 460 kr, £40/£70/£100 (LAW.md). */
function compensationCharge(context: Context, defaultFrom: string): Charge | null {
  if (context.today < defaultFrom) return null;
  if (balanceAfter(context, addDays(defaultFrom, -1)).amount === 0) return null;
  const rules = lawFor(context.country, context.kind, defaultFrom);
  const amount = compensationFor(rules, context.total);
  if (!amount || !rules.compensation || amount.currency !== context.total.currency) return null;
  return {
    kind: 'compensation',
    amount,
    basis: rules.compensation.basis,
    date: defaultFrom,
    ...(rules.compensation.check ? { check: true } : {}),
  };
}

/**
 * Collection costs once the final notice expired unpaid (LAW.md Netherlands: BIK only after the
 * 14-dagenbrief's term), on the principal still open and undisputed at expiry.
 */
function collectionCostCharge(context: Context, disputed: Money): Charge | null {
  const finalNotice = context.notices.find((notice) => notice.stage === 'final');
  if (!finalNotice) return null;
  const expiry = addDays(finalNotice.sentAt, context.finalGap);
  if (context.today < expiry) return null;
  const rules = lawFor(context.country, context.kind, expiry);
  const open = subtractMoney(balanceAfter(context, addDays(expiry, -1)), disputed);
  if (open.amount <= 0 || !rules.collectionCosts) return null;
  const amount = collectionCostsFor(rules, open);
  if (!amount) return null;
  return {
    kind: 'collection-costs',
    amount,
    basis: rules.collectionCosts.basis,
    date: expiry,
    ...(rules.collectionCosts.check ? { check: true } : {}),
  };
}

/**
 * Σ over the days `from`..`to` of the principal that accrues interest that day, in minor-unit
 * days. A payment stops interest on its amount from its own date on; the part under open
 * dispute accrues nothing while the dispute is open.
 */
function balanceDays(context: Context, from: string, to: string, disputed: Money): number {
  const changes = [...new Set(context.payments.map((p) => toCalendarDate(p.date)))]
    .filter((day) => day > from && day <= to)
    .sort();
  let total = 0;
  let cursor = from;
  for (const next of [...changes, addDays(to, 1)]) {
    const accruing = Math.max(0, balanceAfter(context, cursor).amount - disputed.amount);
    total += accruing * daysBetween(cursor, next);
    cursor = next;
  }
  return total;
}

/**
 * Late interest from the first day of default to today, one charge per rate period (LAW.md: the
 * rates change every 1 January and 1 July), simple interest actual/365, rounded once per period.
 */
function interestCharges(context: Context, defaultFrom: string, disputed: Money): Charge[] {
  const periods = interestPeriods(context.country, context.kind, defaultFrom, context.today);
  const charges: Charge[] = [];
  for (const period of periods) {
    const principalDays = money(
      balanceDays(context, period.from, period.to, disputed),
      context.total.currency,
    );
    // principal-days × rate / 365 is exactly one day's interest on each day's balance, summed.
    const amount = percentOf(principalDays, period.annualPercent, 1);
    if (amount.amount <= 0) continue;
    charges.push({
      kind: 'interest',
      amount,
      basis: period.basis,
      date: period.to,
      rate: period.annualPercent,
      period: { from: period.from, to: period.to },
      ...(period.check ? { check: true } : {}),
    });
  }
  return charges;
}

// ---------------------------------------------------------------------------------------------
// Next step

/** When `next` can follow `current` at the earliest: its scheduled day, and the current notice's deadline. */
function escalationDate(current: NoticeStage, next: OverdueStage, context: Context): string {
  const scheduled = addDays(context.dueDate, context.schedule[next]);
  const notice = context.notices.find((n) => n.stage === current);
  // Not sent yet: it would go out today, and its deadline runs from there.
  const deadline = addDays(notice?.sentAt ?? context.today, waitAfter(current, context));
  return maxDate(scheduled, deadline);
}

/** The fee that would come with stepping into `next` on `date`, if any. */
function feeForStep(
  next: OverdueStage,
  date: string,
  context: Context,
  history: FeeHistory,
  payable: Money,
): Money | undefined {
  if (next === 'collection') {
    const rules = lawFor(context.country, context.kind, date);
    const costs = collectionCostsFor(rules, payable);
    if (costs) return costs;
    const demand = rules.collectionDemandFee?.amount;
    // Norway's betalingsoppfordring is the creditor's own demand; an agency charges its own fees.
    return demand && context.country !== 'NO' && demand.currency === payable.currency ? demand : undefined;
  }
  if (context.settings.chargeReminderFees === false) return undefined;
  return allowedNoticeFee(next, date, history, context)?.amount;
}

function nextStepFor(
  stage: Stage,
  pauseReason: PauseReason | undefined,
  input: InvoiceInput,
  context: Context,
  history: FeeHistory,
  payable: Money,
): NextStep | null {
  if (pauseReason === 'promise' && input.promise) {
    return { kind: 'resume', date: addDays(toCalendarDate(input.promise.date), 1) };
  }
  if (pauseReason || stage === 'paused' || stage === 'collection') return null;
  const [current, next]: [NoticeStage | null, OverdueStage] =
    stage === 'upcoming' ? [null, 'reminder'] : [stage, NEXT_STAGE[stage]];
  const date = current
    ? escalationDate(current, next, context)
    : addDays(context.dueDate, Math.max(1, context.schedule.reminder));
  const fee = feeForStep(next, date, context, history, payable);
  return { kind: next, date, ...(fee && fee.amount > 0 ? { fee } : {}) };
}

// ---------------------------------------------------------------------------------------------

/**
 * Assess one invoice on `now` (`YYYY-MM-DD`, or a Date read in UTC) under the creditor's
 * country's law for the customer's kind.
 * @throws RangeError on a malformed date or schedule, CurrencyMismatchError when payments,
 * disputes or lines are in another currency than the invoice.
 */
export function assessInvoice(
  input: InvoiceInput,
  settings: AssessmentSettings,
  now: string | Date,
): InvoiceAssessment {
  const today = toCalendarDate(now);
  const dueDate = toCalendarDate(input.dueDate);
  const kind = input.customer.kind;
  const schedule = resolveSchedule(settings.country, kind, settings.schedule);
  const context: Context = {
    country: settings.country,
    kind,
    today,
    dueDate,
    total: input.total,
    payments: input.payments ?? [],
    notices: classifyNotices(input.reminders ?? [], dueDate, today),
    schedule,
    finalGap: finalNoticeGap(settings.country, kind, schedule.daysToPay),
    settings,
  };

  const outstanding = balanceAfter(context, today);
  const disputed = disputedPart(input, outstanding);
  const payable = subtractMoney(outstanding, disputed);
  const settled = outstanding.amount === 0;

  const daysPastDue = daysBetween(dueDate, today);
  const overdue = daysPastDue > 0;
  const unpausedStage = overdue ? overdueStage(daysPastDue, context) : 'upcoming';
  const pauseReason = pauseReasonFor(input, { outstanding, disputed }, overdue, today);
  const stage: Stage = pauseReason ? 'paused' : unpausedStage;

  const { charges: feeCharges, history } = noticeFeeCharges(context);
  const defaultFrom = defaultStartsOn(context);
  const wholeDisputed = pauseReason === 'dispute';
  const charges = [
    ...feeCharges,
    ...(wholeDisputed
      ? []
      : [compensationCharge(context, defaultFrom), collectionCostCharge(context, disputed)]),
    ...interestCharges(context, defaultFrom, disputed),
  ].filter((charge): charge is Charge => charge !== null);

  const notify = !settled && !pauseReason && (overdue || -daysPastDue <= schedule.upcomingDays);
  return {
    stage,
    ...(pauseReason ? { pauseReason } : {}),
    unpausedStage,
    settled,
    notify,
    daysOverdue: Math.max(0, daysPastDue),
    daysUntilDue: Math.max(0, -daysPastDue),
    outstanding,
    disputed,
    payable,
    nextStep: settled ? null : nextStepFor(stage, pauseReason, input, context, history, payable),
    charges,
    chargesTotal: sumMoney(
      charges.map((charge) => charge.amount),
      input.total.currency,
    ),
  };
}

/**
 * The stage of a customer's account: the most advanced stage among open invoices that are not
 * paused; `paused` when every open invoice is paused; `null` when nothing is open.
 */
export function accountStage(assessments: readonly InvoiceAssessment[]): Stage | null {
  const open = assessments.filter((assessment) => !assessment.settled);
  const active = open.filter((assessment) => assessment.stage !== 'paused');
  if (active.length === 0) return open.length > 0 ? 'paused' : null;
  return active.map((assessment) => assessment.unpausedStage).reduce((a, b) => laterStage(a, b));
}
