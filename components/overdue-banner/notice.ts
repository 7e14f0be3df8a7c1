/**
 * What the banner shows for an account, decided without the DOM: whether there is a notice at all,
 * which invoices it covers, and the facts its copy needs. Formatting happens in the element.
 */
import type { AccountSummary } from '../../src/contract/account';
import type { InvoiceSummary } from '../../src/contract/invoice';
import type { Money } from '../../src/contract/money';
import type { CustomerAction, PauseReason, Stage } from '../../src/contract/primitives';

/**
 * How many days before the due date the courtesy heads-up (`upcoming`) shows: the reference
 * server's default schedule. The account summary does not say which schedule the creditor chose,
 * so an invoice due later than this shows no notice yet.
 */
export const upcomingNoticeDays = 5;

/** The creditor's no to the customer's latest proposal, as a notice tells of it. */
export interface DeclinedNotice {
  /** The declined plan's id (part of the snooze key). */
  planId: string;
  /** The creditor's own words, as written: rendered as text, never as markup. */
  message: string | undefined;
}

/** One notice, as the banner will render it. */
export interface Notice {
  stage: Stage;
  /** Set when `stage` is `paused`. */
  pauseReason: PauseReason | undefined;
  /**
   * Paused for a plan the creditor has not answered yet: the notice says the proposal is being
   * looked at, and `nextDate` is the day the answer comes by, not an instalment's due date.
   */
  planPending: boolean;
  /**
   * Set when the creditor declined the customer's latest proposal (`declinedPlan` on the account)
   * and the account is not paused: the notice says so, in the tone of `stage`, with the creditor's
   * words and every way on, and covers the declined plan's invoices that are still open.
   */
  declined: DeclinedNotice | undefined;
  /** The invoices the notice is about, earliest due first, all in the currency of `amount`. */
  invoices: InvoiceSummary[];
  /**
   * What there is to pay now for `invoices`: the sum of their `amountDue` (the payable principal
   * plus interest and fees), so the notice shows the figure pay-now asks for the same invoices. An
   * API that does not send `amountDue` gets its principal less any part under dispute. Two notices
   * are the exception: a dispute's shows the disputed amount (nothing under dispute is payable),
   * and a plan's the plan's total (the invoices are being paid in instalments).
   */
  amount: Money;
  /** The interest and fees included in `amount`, when there are any, for the copy to name. */
  charges: Money | undefined;
  /** The earliest due date among `invoices`. */
  dueDate: string;
  nextDate: string | undefined;
  nextFee: Money | undefined;
  nextAmount: Money | undefined;
  /** What the customer may do, in the order the API offers them. */
  actions: CustomerAction[];
  /**
   * Stage and pause reason in one word (`firm`, `paused-plan`, `paused-plan-pending`, and
   * `declined-<plan id>-<stage>` for a declined plan): what a snooze is remembered for, so snoozing
   * a plan under review does not hide the notice once it is agreed, and snoozing the news of a
   * declined plan hides neither the stage's own notice later nor the next plan's news.
   */
  key: string;
}

/** The notice for `account`, or `undefined` when there is nothing to tell the customer. */
export function noticeFor(account: AccountSummary): Notice | undefined {
  const open = account.invoices.filter((invoice) => invoice.outstanding.amount > 0);
  const declinedInvoices = declinedPlanInvoices(account, open);
  const declinedPlan = declinedInvoices.length > 0 ? account.declinedPlan : undefined;
  const covered = (declinedPlan ? declinedInvoices : coveredInvoices(account, open)).sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
  const invoices = inOneCurrency(account, covered);
  const first = invoices[0];
  if (first === undefined) {
    return undefined;
  }
  const pauseReason = account.stage === 'paused' ? (account.pauseReason ?? 'creditor') : undefined;
  const planPending = pauseReason === 'plan' && account.plan?.status === 'pending';
  const key = pauseReason === undefined ? account.stage : `paused-${pauseReason}`;
  return {
    stage: account.stage,
    pauseReason,
    planPending,
    declined: declinedPlan ? { planId: declinedPlan.id, message: declinedPlan.message } : undefined,
    invoices,
    ...amountsOf(account, invoices, pauseReason, currencyOf(first)),
    dueDate: first.dueDate,
    ...(planPending ? answerStep(account) : nextStepFacts(account)),
    actions: [...account.actions],
    key: declinedPlan ? `declined-${declinedPlan.id}-${key}` : planPending ? `${key}-pending` : key,
  };
}

/**
 * The open invoices of a declined plan the notice should tell of: none while the account is paused
 * (a promise, a dispute or the creditor's pause is what holds now, and its notice says so), and
 * none of those paused on their own (disputed since).
 */
function declinedPlanInvoices(account: AccountSummary, open: InvoiceSummary[]): InvoiceSummary[] {
  const declined = account.declinedPlan;
  if (declined === undefined || declined.status !== 'rejected' || account.stage === 'paused') {
    return [];
  }
  const ids = new Set(declined.invoiceIds);
  return open.filter((invoice) => ids.has(invoice.id) && invoice.stage !== 'paused');
}

type NextStepFacts = Pick<Notice, 'nextDate' | 'nextFee' | 'nextAmount'>;

function nextStepFacts({ nextStep }: AccountSummary): NextStepFacts {
  return {
    nextDate: nextStep.kind === 'none' ? undefined : (nextStep.date ?? undefined),
    nextFee: nextStep.fee !== undefined && nextStep.fee.amount > 0 ? nextStep.fee : undefined,
    nextAmount: nextStep.amount !== undefined && nextStep.amount.amount > 0 ? nextStep.amount : undefined,
  };
}

// Under review, what comes next is the creditor's answer: the API's next step is the first
// proposed instalment, which is not agreed yet.
function answerStep({ plan }: AccountSummary): NextStepFacts {
  return { nextDate: plan?.respondBy, nextFee: undefined, nextAmount: undefined };
}

function coveredInvoices(account: AccountSummary, open: InvoiceSummary[]): InvoiceSummary[] {
  switch (account.stage) {
    case 'upcoming':
      return open.filter((invoice) => invoice.daysOverdue <= 0 && invoice.daysOverdue >= -upcomingNoticeDays);
    case 'paused': {
      const reason = account.pauseReason ?? 'creditor';
      const paused = open.filter((invoice) => invoice.pauseReason === reason);
      // A creditor's pause covers everything; an invoice list without reasons is read the same way.
      return reason === 'creditor' || paused.length === 0 ? open : paused;
    }
    default:
      return open.filter((invoice) => invoice.daysOverdue > 0 && invoice.stage !== 'paused');
  }
}

/** An invoice's currency, as its amounts carry it. */
function currencyOf(invoice: InvoiceSummary): string {
  return invoice.outstanding.currency;
}

/**
 * Amounts in different currencies cannot be added up, and pay-now and the plan flow take one
 * currency at a time, so a notice keeps to one: the account's when it covers an invoice in it,
 * else that of the invoice due first (`covered` is in due-date order). Invoices in another
 * currency get their own notice once these are settled.
 */
function inOneCurrency(account: AccountSummary, covered: InvoiceSummary[]): InvoiceSummary[] {
  const currency = covered.some((invoice) => currencyOf(invoice) === account.currency)
    ? account.currency
    : covered[0] && currencyOf(covered[0]);
  return covered.filter((invoice) => currencyOf(invoice) === currency);
}

type NoticeAmounts = Pick<Notice, 'amount' | 'charges'>;

function amountsOf(
  { plan }: AccountSummary,
  invoices: InvoiceSummary[],
  pauseReason: PauseReason | undefined,
  currency: string,
): NoticeAmounts {
  if (pauseReason === 'plan' && plan !== null && plan.total.currency === currency) {
    // The notice says these invoices are being paid in instalments: the sum is the plan's, which
    // leaves out the late interest waived while the plan is kept.
    return { amount: plan.total, charges: undefined };
  }
  if (pauseReason === 'dispute') {
    // An invoice without a `disputed` part is read as disputed in full, as the pause says.
    const amount = invoices.reduce(
      (sum, invoice) => sum + (invoice.disputed?.amount ?? invoice.outstanding.amount),
      0,
    );
    return { amount: { amount, currency }, charges: undefined };
  }
  let amount = 0;
  let charges = 0;
  for (const invoice of invoices) {
    // The part under dispute is paused and not payable; `amountDue` already leaves it out.
    const principal = Math.max(0, invoice.outstanding.amount - (invoice.disputed?.amount ?? 0));
    const due = invoice.amountDue;
    if (due === undefined || due.currency !== currency) {
      amount += principal;
    } else {
      amount += due.amount;
      charges += Math.max(0, due.amount - principal);
    }
  }
  return {
    amount: { amount, currency },
    charges: charges > 0 ? { amount: charges, currency } : undefined,
  };
}
