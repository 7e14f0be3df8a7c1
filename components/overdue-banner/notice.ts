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
  /** The invoices the notice is about, earliest due first. */
  invoices: InvoiceSummary[];
  /** The amount the notice is about (overdue, disputed, or left to pay on a plan or promise). */
  amount: Money;
  /** The earliest due date among `invoices`. */
  dueDate: string;
  nextDate: string | undefined;
  nextFee: Money | undefined;
  nextAmount: Money | undefined;
  /** What the customer may do, in the order the API offers them. */
  actions: CustomerAction[];
  /**
   * Stage and pause reason in one word (`firm`, `paused-plan`, `paused-plan-pending`): what a snooze
   * is remembered for, so snoozing a plan under review does not hide the notice once it is agreed.
   */
  key: string;
}

/** The notice for `account`, or `undefined` when there is nothing to tell the customer. */
export function noticeFor(account: AccountSummary): Notice | undefined {
  const open = account.invoices.filter((invoice) => invoice.outstanding.amount > 0);
  const invoices = coveredInvoices(account, open).sort((a, b) =>
    a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0,
  );
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
    invoices,
    amount: amountOf(account, invoices, pauseReason),
    dueDate: first.dueDate,
    ...(planPending ? answerStep(account) : nextStepFacts(account)),
    actions: [...account.actions],
    key: planPending ? `${key}-pending` : key,
  };
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

function amountOf(
  account: AccountSummary,
  invoices: InvoiceSummary[],
  pauseReason: PauseReason | undefined,
): Money {
  if (pauseReason === 'dispute' && account.totals.disputed.amount > 0) {
    return account.totals.disputed;
  }
  const currency = account.currency;
  let amount = 0;
  for (const invoice of invoices) {
    // Amounts in another currency cannot be added up; the API's totals leave them out too.
    if (invoice.outstanding.currency === currency) {
      const disputed = pauseReason === undefined ? (invoice.disputed?.amount ?? 0) : 0;
      amount += invoice.outstanding.amount - disputed;
    }
  }
  return { amount, currency };
}
