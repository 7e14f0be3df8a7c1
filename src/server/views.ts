/**
 * From stored rows to the contract's response shapes, with the domain's stage engine deciding
 * stage, amounts, charges and next step against the server's clock.
 */
import type { AccountSummary, PaymentOptions } from '../contract/account';
import type { AdminInvoice, Reminder, ReminderKind } from '../contract/admin';
import type { AdminCustomer } from '../contract/customer';
import type { Dispute } from '../contract/dispute';
import type {
  Charge,
  CreditorInfo,
  InvoiceDetail,
  InvoiceLine,
  InvoiceReferences,
  InvoiceStatus,
  InvoiceSummary,
  InvoiceTimelineEntry,
  NextStep,
  PaymentInstructions,
  PaymentMethod,
  ReceivedPayment,
} from '../contract/invoice';
import { overridesForLocale } from '../contract/message-keys';
import type { Plan } from '../contract/plan';
import type { CustomerAction, PauseReason, ReferenceScheme, Stage } from '../contract/primitives';
import type { PaymentPromise } from '../contract/promise';
import {
  accountStage,
  assessInvoice,
  type Charge as DomainCharge,
  daysBetween,
  epcQrPayload,
  type InvoiceAssessment,
  type InvoiceInput,
  type Money,
  money,
  type NoticeStage,
  referenceForInvoice,
  sumMoney,
  toneFor,
} from '../domain';
import { type Memo, memoizeOnFrozen } from './db/read-cache';
import type { AttachmentsTable, PausesTable } from './db/schema';
import { planNoLongerPauses } from './plans/lapse';
import type { DeclinedPlanRecord } from './store/customer-records';
import type { CustomerRecord } from './store/customers';
import { type InvoiceBundle, instantOf } from './store/invoices';
import { assessmentSettings, type CreditorSettings } from './store/settings';

/** One invoice with the engine's verdict on it. */
export interface AssessedInvoice {
  bundle: InvoiceBundle;
  assessment: InvoiceAssessment;
  status: InvoiceStatus;
  /** Whether the creditor withdrew the claim (cancelled or credited). */
  withdrawn: boolean;
}

/** What the views need besides the invoices. */
export interface ViewContext {
  creditor: CreditorSettings;
  customer: CustomerRecord;
  /** The creditor's pause in force for the customer. */
  pause: PausesTable | undefined;
  now: Date;
  /** Card payments are configured (Stripe keys present). */
  cardPayments: boolean;
  /** The customer's latest plan if the creditor declined it, where the whole account was read. */
  declinedPlan?: DeclinedPlanRecord | undefined;
}

const NOTICE_STAGE: Record<ReminderKind, NoticeStage> = {
  reminder: 'reminder',
  firm: 'firm',
  final: 'final',
  // A payment demand follows the final notice: for the engine it is the most advanced notice.
  payment_demand: 'final',
};

const CHARGE_KIND: Record<DomainCharge['kind'], Charge['kind']> = {
  'reminder-fee': 'reminder_fee',
  'notice-fee': 'collection_notice_fee',
  compensation: 'compensation',
  'collection-costs': 'collection_costs',
  interest: 'late_interest',
};

/** What the views read from an invoice's stored document (the rest is in its columns). */
interface InvoiceDocumentFacts {
  status: string | undefined;
  documentUrl: string | undefined;
}

// The facts of each stored document, parsed once per row: an invoice's document is read for its
// status while it is assessed and again by every view of it, and it is its largest column.
const invoiceFacts = new WeakMap<InvoiceBundle['invoice'], InvoiceDocumentFacts>();
const reminderKinds = new WeakMap<InvoiceBundle['reminders'][number], ReminderKind | undefined>();

function invoiceDocument(invoice: InvoiceBundle['invoice']): InvoiceDocumentFacts {
  let facts = invoiceFacts.get(invoice);
  if (!facts) {
    const document = JSON.parse(invoice.document_json) as { status?: string; documentUrl?: string };
    facts = { status: document.status, documentUrl: document.documentUrl };
    invoiceFacts.set(invoice, facts);
  }
  return facts;
}

function withdrawnStatus(bundle: InvoiceBundle): 'cancelled' | 'credited' | undefined {
  const { status } = invoiceDocument(bundle.invoice);
  return status === 'cancelled' || status === 'credited' ? status : undefined;
}

function reminderDocument(row: InvoiceBundle['reminders'][number]): { kind?: ReminderKind } {
  if (!reminderKinds.has(row))
    reminderKinds.set(row, (JSON.parse(row.document_json) as { kind?: ReminderKind }).kind);
  const kind = reminderKinds.get(row);
  return kind === undefined ? {} : { kind };
}

/** The engine's input for one invoice. */
export function invoiceInput(bundle: InvoiceBundle, context: ViewContext): InvoiceInput {
  const { invoice } = bundle;
  const currency = invoice.currency;
  const withdrawn = withdrawnStatus(bundle) !== undefined;
  // A credit granted on a dispute corrects the claim from the start, like a credit note: it comes
  // off the total (not booked as a payment on the day of the decision), so no interest or fee is
  // ever owed on the credited part.
  const credited = bundle.disputes.reduce(
    (sum, dispute) => sum + (dispute.status === 'resolved' ? (dispute.credit_amount ?? 0) : 0),
    0,
  );
  return {
    issueDate: invoice.issue_date,
    dueDate: invoice.due_date,
    // A withdrawn claim owes nothing: assess it as settled.
    total: money(withdrawn ? 0 : Math.max(0, invoice.total_amount - credited), currency),
    lines: bundle.lines.map((line) => ({ id: line.id, amount: money(line.amount, currency) })),
    payments: bundle.payments
      .filter((entry) => entry.payment.currency === currency && entry.payment.received_on !== null)
      .map((entry) => ({ date: entry.payment.received_on as string, amount: money(entry.amount, currency) })),
    reminders: bundle.reminders.map((reminder) => {
      const kind = reminderDocument(reminder).kind;
      return {
        sentAt: reminder.sent_at,
        ...(reminder.fee_amount !== null && reminder.fee_currency
          ? { fee: money(reminder.fee_amount, reminder.fee_currency) }
          : {}),
        ...(kind ? { stage: NOTICE_STAGE[kind] } : {}),
      };
    }),
    disputes: bundle.disputes.map((dispute) => ({
      status: dispute.status === 'open' ? 'open' : 'resolved',
      ...(dispute.amount !== null ? { amount: money(dispute.amount, currency) } : {}),
      ...(dispute.lineIds.length > 0 ? { lineIds: dispute.lineIds } : {}),
    })),
    plan: bundle.plan
      ? {
          lapsed: planNoLongerPauses(
            bundle.plan,
            context.now.toISOString().slice(0, 10),
            context.creditor.settings.planPolicy.graceDays,
          ),
        }
      : null,
    promise: bundle.promise ? { date: bundle.promise.promised_date } : null,
    creditorPaused: context.pause !== undefined,
    customer: { kind: context.customer.kind, country: context.customer.country },
  };
}

export function assessBundle(bundle: InvoiceBundle, context: ViewContext): AssessedInvoice {
  const assessment = assessInvoice(
    invoiceInput(bundle, context),
    assessmentSettings(context.creditor),
    context.now,
  );
  const withdrawn = withdrawnStatus(bundle);
  let status: InvoiceStatus;
  if (withdrawn) status = withdrawn;
  else if (assessment.settled) status = 'paid';
  else if (bundle.disputes.some((dispute) => dispute.status === 'open')) status = 'disputed';
  else if (bundle.payments.length > 0) status = 'part_paid';
  else status = 'open';
  return { bundle, assessment, status, withdrawn: withdrawn !== undefined };
}

/** The account's stage: the most advanced active invoice's; `upcoming` when nothing is open. */
export function stageOfAccount(assessed: readonly AssessedInvoice[]): Stage {
  return accountStage(assessed.map((invoice) => invoice.assessment)) ?? 'upcoming';
}

function signedDaysOverdue(assessment: InvoiceAssessment): number {
  return assessment.daysOverdue > 0 ? assessment.daysOverdue : -assessment.daysUntilDue;
}

function contractMoney(value: Money): { amount: number; currency: string } {
  return { amount: value.amount, currency: value.currency };
}

export function invoiceSummary(assessed: AssessedInvoice): InvoiceSummary {
  const { invoice } = assessed.bundle;
  const { assessment } = assessed;
  const summary: InvoiceSummary = {
    id: invoice.id,
    number: invoice.number,
    currency: invoice.currency,
    total: { amount: invoice.total_amount, currency: invoice.currency },
    outstanding: contractMoney(assessment.outstanding),
    // The same figure pay-now and the bank-transfer details ask for, so a notice can show it.
    amountDue: contractMoney(amountDue(assessed)),
    issueDate: invoice.issue_date,
    dueDate: invoice.due_date,
    daysOverdue: signedDaysOverdue(assessment),
    status: assessed.status,
    stage: assessment.stage,
  };
  if (assessment.disputed.amount > 0) summary.disputed = contractMoney(assessment.disputed);
  if (assessment.pauseReason) summary.pauseReason = assessment.pauseReason;
  return summary;
}

function charges(assessment: InvoiceAssessment): Charge[] {
  return assessment.charges.map((charge) => {
    const mapped: Charge = {
      kind: CHARGE_KIND[charge.kind],
      amount: contractMoney(charge.amount),
      basis: charge.basis,
      addedOn: charge.date,
    };
    if (charge.rate !== undefined) mapped.rate = charge.rate;
    if (charge.period) mapped.period = { from: charge.period.from, to: charge.period.to };
    return mapped;
  });
}

function noStep(): NextStep {
  return { kind: 'none', date: null, descriptionKey: 'nextStep.none' };
}

/** What happens next for one invoice, in the contract's terms. */
export function invoiceNextStep(assessed: AssessedInvoice): NextStep {
  const { assessment, bundle } = assessed;
  if (assessment.settled) return noStep();
  const step = assessment.nextStep;
  if (step?.kind === 'resume' && bundle.promise) {
    return {
      kind: 'promise_due',
      date: bundle.promise.promised_date,
      amount: contractMoney(assessment.payable),
      descriptionKey: 'nextStep.promise_due',
    };
  }
  if (step && step.kind !== 'resume') {
    return {
      kind: step.kind,
      date: step.date,
      ...(step.fee ? { fee: contractMoney(step.fee) } : {}),
      descriptionKey: `nextStep.${step.kind}`,
    };
  }
  if (assessment.pauseReason === 'dispute') {
    const open = bundle.disputes
      .filter((dispute) => dispute.status === 'open')
      .map((d) => d.respond_by)
      .sort();
    return { kind: 'dispute_answer', date: open[0] ?? null, descriptionKey: 'nextStep.dispute_answer' };
  }
  if (assessment.pauseReason === 'plan' && bundle.plan?.status === 'pending') {
    // Nothing is agreed yet: the next thing that happens is the creditor's answer.
    return { kind: 'plan_answer', date: bundle.plan.respond_by, descriptionKey: 'nextStep.plan_answer' };
  }
  if (assessment.pauseReason === 'plan' && bundle.plan) {
    const due = bundle.plan.instalments.find((instalment) => instalment.status !== 'paid');
    if (due) {
      return {
        kind: 'instalment_due',
        date: due.due_date,
        amount: { amount: due.amount - due.paid_amount, currency: due.currency },
        descriptionKey: 'nextStep.instalment_due',
      };
    }
  }
  return noStep();
}

/** The account's next milestone: the earliest dated step among its open invoices. */
function accountNextStep(open: readonly AssessedInvoice[]): NextStep {
  const steps = open.map(invoiceNextStep).filter((step) => step.kind !== 'none' && step.date !== null);
  steps.sort((a, b) => ((a.date ?? '') < (b.date ?? '') ? -1 : (a.date ?? '') > (b.date ?? '') ? 1 : 0));
  return steps[0] ?? noStep();
}

/**
 * The structured reference for an invoice: the creditor's domestic scheme (KID, betalingskenmerk)
 * for customers in its own country, an international RF reference for everyone else.
 */
function referenceSchemeFor(context: ViewContext): ReferenceScheme {
  const { settings } = context.creditor;
  return settings.referenceScheme === 'rf' || context.customer.country === settings.country
    ? settings.referenceScheme
    : 'rf';
}

/** What to pay by bank transfer: the payable principal plus the charges owed, never below zero. */
export function amountDue(assessed: AssessedInvoice): Money {
  const { assessment } = assessed;
  if (assessment.settled || assessment.payable.amount <= 0) return money(0, assessment.outstanding.currency);
  return sumMoney([assessment.payable, assessment.chargesTotal], assessment.outstanding.currency);
}

export function paymentInstructions(assessed: AssessedInvoice, context: ViewContext): PaymentInstructions {
  const { settings } = context.creditor;
  const { invoice } = assessed.bundle;
  const scheme = referenceSchemeFor(context);
  const reference = referenceForInvoice(
    scheme,
    { customerNumber: context.customer.id, invoiceNumber: invoice.number },
    settings.kidAlgorithm ? { kidAlgorithm: settings.kidAlgorithm } : {},
  );
  const amount = amountDue(assessed);
  const instructions: PaymentInstructions = {
    bankAccount: settings.bankAccount,
    reference: { scheme, value: reference.reference, display: reference.display },
    amount: contractMoney(amount),
  };
  const { iban, bic, holder } = settings.bankAccount;
  if (amount.currency === 'EUR' && iban && amount.amount > 0) {
    try {
      instructions.epcQr = epcQrPayload({
        iban,
        name: holder,
        amount,
        ...(bic ? { bic } : {}),
        // The structured field takes ISO 11649 only; other schemes travel as the remittance text.
        ...(scheme === 'rf' ? { reference: reference.reference } : { text: reference.reference }),
      });
    } catch {
      // An account the EPC format cannot carry: bank details and reference still stand.
    }
  }
  return instructions;
}

/** Who is owed, as the account, the invoice and the plan quote name them (with the creditor's wording). */
export function creditorInfo(context: ViewContext): CreditorInfo {
  const { settings } = context.creditor;
  const info: CreditorInfo = { name: settings.name, country: settings.country };
  if (settings.contact?.email) info.email = settings.contact.email;
  if (settings.contact?.phone) info.phone = settings.contact.phone;
  if (settings.contact?.url) info.url = settings.contact.url;
  // Only the customer's language: the rest would be bytes on every read for copy never shown.
  const messages = overridesForLocale(settings.messages, context.customer.locale ?? settings.locale);
  if (messages) info.messages = messages;
  return info;
}

function lines(bundle: InvoiceBundle): InvoiceLine[] {
  return bundle.lines.map((line) => {
    const mapped: InvoiceLine = {
      id: line.id,
      description: line.description,
      quantity: line.quantity,
      unitPrice: { amount: line.unit_price_amount, currency: line.currency },
      amount: { amount: line.amount, currency: line.currency },
    };
    if (line.delivered_on) mapped.deliveredOn = line.delivered_on;
    if (line.reference) mapped.reference = line.reference;
    return mapped;
  });
}

function receivedPayments(bundle: InvoiceBundle): ReceivedPayment[] {
  return bundle.payments
    .filter((entry) => entry.payment.received_on !== null)
    .map((entry) => {
      const payment: ReceivedPayment = {
        amount: { amount: entry.amount, currency: entry.payment.currency },
        receivedOn: entry.payment.received_on as string,
        method: entry.payment.method as PaymentMethod,
      };
      if (entry.payment.external_id) payment.id = entry.payment.external_id;
      else if (entry.payment.source === 'stripe') payment.id = entry.payment.id;
      return payment;
    });
}

function reminders(bundle: InvoiceBundle): Reminder[] {
  return bundle.reminders.map((row) => {
    const reminder: Reminder = {
      sentAt: row.sent_at,
      channel: row.channel as Reminder['channel'],
      kind: reminderDocument(row).kind ?? 'reminder',
    };
    if (row.fee_amount !== null && row.fee_currency)
      reminder.fee = { amount: row.fee_amount, currency: row.fee_currency };
    return reminder;
  });
}

const REMINDER_STAGE: Record<ReminderKind, Stage> = {
  reminder: 'reminder',
  firm: 'firm',
  final: 'final',
  payment_demand: 'collection',
};

/** What happened to the invoice so far, oldest first. */
function invoiceTimeline(assessed: AssessedInvoice): InvoiceTimelineEntry[] {
  const { bundle } = assessed;
  const entries: InvoiceTimelineEntry[] = [];
  for (const reminder of reminders(bundle)) {
    entries.push({
      at: reminder.sentAt,
      type: 'reminder.sent',
      stage: REMINDER_STAGE[reminder.kind],
      channel: reminder.channel,
      ...(reminder.fee ? { fee: reminder.fee } : {}),
    });
  }
  for (const payment of receivedPayments(bundle)) {
    entries.push({ at: payment.receivedOn, type: 'payment.received', amount: payment.amount });
  }
  for (const dispute of bundle.disputes) {
    entries.push({ at: dispute.created_at, type: 'dispute.opened', reference: dispute.reference });
    if (dispute.resolved_at)
      entries.push({ at: dispute.resolved_at, type: 'dispute.resolved', reference: dispute.reference });
  }
  if (bundle.plan) {
    entries.push({
      at: bundle.plan.created_at,
      type: bundle.plan.status === 'pending' ? 'plan.proposed' : 'plan.accepted',
    });
  }
  if (bundle.promise) {
    entries.push({ at: bundle.promise.created_at, type: 'promise.made' });
  }
  return entries.sort((a, b) => instantOf(a.at).getTime() - instantOf(b.at).getTime());
}

/** A dispute in the contract's shape. */
export function disputeView(
  dispute: InvoiceBundle['disputes'][number],
  bundle: InvoiceBundle,
  attachments: readonly AttachmentsTable[],
  outstanding: Money,
): Dispute {
  let amount: Money;
  if (dispute.amount !== null) amount = money(dispute.amount, dispute.currency);
  else if (dispute.lineIds.length > 0) {
    amount = sumMoney(
      bundle.lines
        .filter((line) => dispute.lineIds.includes(line.id))
        .map((line) => money(line.amount, line.currency)),
      dispute.currency,
    );
  } else amount = outstanding;
  const view: Dispute = {
    id: dispute.id,
    reference: dispute.reference,
    status: dispute.status === 'open' ? 'open' : 'resolved',
    invoiceId: dispute.invoice_id,
    reason: dispute.reason as Dispute['reason'],
    lineIds: dispute.lineIds,
    amount: contractMoney(amount),
    message: dispute.message,
    respondBy: dispute.respond_by,
    createdAt: dispute.created_at,
    attachments: attachments
      .filter((attachment) => attachment.dispute_id === dispute.id)
      .map((attachment) => ({
        id: attachment.id,
        name: attachment.filename,
        size: attachment.size_bytes,
        type: attachment.media_type,
      })),
  };
  if (dispute.outcome && dispute.resolved_at) {
    view.resolution = {
      outcome: dispute.outcome as NonNullable<Dispute['resolution']>['outcome'],
      message: dispute.resolution_message ?? '',
      at: dispute.resolved_at,
      ...(dispute.credit_amount !== null
        ? { creditAmount: { amount: dispute.credit_amount, currency: dispute.currency } }
        : {}),
    };
  }
  return view;
}

/** A plan in the contract's shape; `invoiceIds` are the customer's invoices it covers. */
export function planView(plan: NonNullable<InvoiceBundle['plan']>, invoiceIds: string[]): Plan {
  const view: Plan = {
    id: plan.id,
    status: plan.status as Plan['status'],
    invoiceIds,
    total: { amount: plan.total_amount, currency: plan.currency },
    frequency: plan.frequency as NonNullable<Plan['frequency']>,
    instalments: plan.instalments.map((instalment) => ({
      dueDate: instalment.due_date,
      amount: { amount: instalment.amount, currency: instalment.currency },
      ...(instalment.paid_amount > 0
        ? { paid: { amount: instalment.paid_amount, currency: instalment.currency } }
        : {}),
      status: instalment.status as Plan['instalments'][number]['status'],
    })),
    createdAt: plan.created_at,
  };
  if (plan.fee_amount > 0) view.fee = { amount: plan.fee_amount, currency: plan.currency };
  if (plan.respond_by) view.respondBy = plan.respond_by;
  if (plan.decided_at) view.decidedAt = plan.decided_at;
  if (plan.message) view.message = plan.message;
  return view;
}

function promiseView(promise: NonNullable<InvoiceBundle['promise']>, invoiceIds: string[]): PaymentPromise {
  return {
    id: promise.id,
    invoiceIds,
    date: promise.promised_date,
    amount: { amount: promise.amount, currency: promise.currency },
    status: promise.status as PaymentPromise['status'],
    createdAt: promise.created_at,
  };
}

function paymentOptions(context: ViewContext): PaymentOptions {
  return {
    card: context.cardPayments,
    bankTransfer: true,
    partial: context.creditor.settings.allowPartialPayments,
  };
}

/** What a view of a context depends on besides the invoices: everything in it but `now`. */
function contextInputs(context: ViewContext): unknown[] {
  return [context.creditor, context.customer, context.pause, context.cardPayments, context.declinedPlan];
}

/** For how many days after the day it was declined a declined plan is told of (`AccountSummary.declinedPlan`). */
export const DECLINED_PLAN_DAYS = 30;

/**
 * The account's `declinedPlan`: the customer's latest plan, declined by the creditor no more than
 * {@link DECLINED_PLAN_DAYS} calendar days ago (UTC), covering an invoice still open; with the
 * open ones as its `invoiceIds` and its instalments as proposed.
 */
function declinedPlanView(
  plan: DeclinedPlanRecord | undefined,
  open: readonly AssessedInvoice[],
  context: ViewContext,
): Plan | undefined {
  if (plan?.decided_at == null) return undefined;
  const today = context.now.toISOString().slice(0, 10);
  if (daysBetween(plan.decided_at.slice(0, 10), today) > DECLINED_PLAN_DAYS) return undefined;
  const covered = new Set(plan.invoiceIds);
  const stillOpen = open.map((invoice) => invoice.bundle.invoice.id).filter((id) => covered.has(id));
  if (stillOpen.length === 0) return undefined;
  // The date the creditor was to answer by has passed into history: the answer came.
  const { respondBy: _, ...view } = planView(plan, stillOpen);
  return view;
}

const accountSummaries = new WeakMap<readonly AssessedInvoice[], Memo<AccountSummary>>();
const invoiceDetails = new WeakMap<AssessedInvoice, Memo<InvoiceDetail>>();

/**
 * `GET /v1/account`. A state from the read cache gives the same (frozen) summary each time it is
 * asked for: the summary reads the context's date only through the assessments and as the calendar
 * day (the declined plan's days), and a cached state holds for one calendar day.
 */
export function accountSummary(
  assessed: readonly AssessedInvoice[],
  attachments: readonly AttachmentsTable[],
  context: ViewContext,
): AccountSummary {
  return memoizeOnFrozen(accountSummaries, assessed, [attachments, ...contextInputs(context)], () =>
    buildAccountSummary(assessed, attachments, context),
  );
}

function buildAccountSummary(
  assessed: readonly AssessedInvoice[],
  attachments: readonly AttachmentsTable[],
  context: ViewContext,
): AccountSummary {
  const { customer, creditor } = context;
  const open = assessed.filter((invoice) => !invoice.assessment.settled);
  const currency = open[0]?.bundle.invoice.currency ?? creditor.settings.currency;
  const inCurrency = open.filter((invoice) => invoice.bundle.invoice.currency === currency);
  const total = (pick: (invoice: AssessedInvoice) => Money) =>
    contractMoney(sumMoney(inCurrency.map(pick), currency));
  const zero = money(0, currency);

  const stage = stageOfAccount(assessed);
  let pauseReason: PauseReason | undefined;
  if (stage === 'paused') {
    pauseReason = context.pause
      ? 'creditor'
      : open.find((invoice) => invoice.assessment.pauseReason)?.assessment.pauseReason;
  }

  const planInvoices = new Map<string, { plan: NonNullable<InvoiceBundle['plan']>; ids: string[] }>();
  const promiseInvoices = new Map<
    string,
    { promise: NonNullable<InvoiceBundle['promise']>; ids: string[] }
  >();
  for (const { bundle } of open) {
    if (bundle.plan && bundle.plan.status !== 'lapsed') {
      const entry = planInvoices.get(bundle.plan.id) ?? { plan: bundle.plan, ids: [] };
      entry.ids.push(bundle.invoice.id);
      planInvoices.set(bundle.plan.id, entry);
    }
    if (bundle.promise) {
      const entry = promiseInvoices.get(bundle.promise.id) ?? { promise: bundle.promise, ids: [] };
      entry.ids.push(bundle.invoice.id);
      promiseInvoices.set(bundle.promise.id, entry);
    }
  }
  const plan = [...planInvoices.values()][0];
  const promise = [...promiseInvoices.values()][0];
  const disputes = open.flatMap((invoice) =>
    invoice.bundle.disputes
      .filter((dispute) => dispute.status === 'open')
      .map((dispute) => disputeView(dispute, invoice.bundle, attachments, invoice.assessment.outstanding)),
  );

  const payable = open.some((invoice) => invoice.assessment.payable.amount > 0);
  const overdue = open.some((invoice) => invoice.assessment.daysOverdue > 0);
  const actions: CustomerAction[] = [];
  if (open.length > 0) {
    actions.push('view');
    if (payable) actions.push('pay');
    if (payable && !plan) actions.push('plan');
    if (payable && overdue && !plan && !promise) actions.push('promise');
    actions.push('dispute');
  }

  const summary: AccountSummary = {
    customer: {
      id: customer.id,
      name: customer.name,
      locale: customer.locale,
      kind: customer.kind,
      country: customer.country,
    },
    creditor: creditorInfo(context),
    stage,
    tone: toneFor(customer.country, customer.tone ?? creditor.input.tone, customer.locale),
    currency,
    totals: {
      overdue: total((invoice) => (invoice.assessment.daysOverdue > 0 ? invoice.assessment.payable : zero)),
      open: total((invoice) => invoice.assessment.outstanding),
      disputed: total((invoice) => invoice.assessment.disputed),
    },
    invoices: open.map(invoiceSummary),
    nextStep: accountNextStep(open),
    plan: plan ? planView(plan.plan, plan.ids) : null,
    disputes,
    promise: promise ? promiseView(promise.promise, promise.ids) : null,
    actions,
    paymentOptions: paymentOptions(context),
  };
  if (pauseReason) summary.pauseReason = pauseReason;
  const declinedPlan = declinedPlanView(context.declinedPlan, open, context);
  if (declinedPlan) summary.declinedPlan = declinedPlan;
  return summary;
}

/** `GET /v1/invoices/{id}`; like {@link accountSummary}, the same frozen detail for a cached state. */
export function invoiceDetail(assessed: AssessedInvoice, context: ViewContext): InvoiceDetail {
  return memoizeOnFrozen(invoiceDetails, assessed, contextInputs(context), () =>
    buildInvoiceDetail(assessed, context),
  );
}

function buildInvoiceDetail(assessed: AssessedInvoice, context: ViewContext): InvoiceDetail {
  const { bundle, assessment } = assessed;
  const detail: InvoiceDetail = {
    ...invoiceSummary(assessed),
    creditor: creditorInfo(context),
    lines: lines(bundle),
    references: JSON.parse(bundle.invoice.references_json) as InvoiceReferences,
    charges: charges(assessment),
    payments: receivedPayments(bundle),
    timeline: invoiceTimeline(assessed),
    nextStep: invoiceNextStep(assessed),
    payment: paymentInstructions(assessed, context),
  };
  const { documentUrl } = invoiceDocument(bundle.invoice);
  if (documentUrl) detail.documentUrl = documentUrl;
  return detail;
}

/** The admin view of an invoice. */
export function adminInvoice(assessed: AssessedInvoice): AdminInvoice {
  const { bundle, assessment } = assessed;
  const { invoice } = bundle;
  const view: AdminInvoice = {
    id: invoice.id,
    customerId: invoice.customer_id,
    number: invoice.number,
    currency: invoice.currency,
    issueDate: invoice.issue_date,
    dueDate: invoice.due_date,
    lines: lines(bundle),
    references: JSON.parse(invoice.references_json) as InvoiceReferences,
    reminders: reminders(bundle),
    payments: receivedPayments(bundle),
    total: { amount: invoice.total_amount, currency: invoice.currency },
    outstanding: contractMoney(assessment.outstanding),
    status: assessed.status,
    stage: assessment.stage,
    createdAt: invoice.created_at,
    updatedAt: invoice.updated_at,
  };
  const { documentUrl } = invoiceDocument(invoice);
  if (documentUrl) view.documentUrl = documentUrl;
  return view;
}

/** The admin view of a customer. */
export function adminCustomer(
  customer: CustomerRecord,
  stage: Stage,
  pause: PausesTable | undefined,
): AdminCustomer {
  const view: AdminCustomer = {
    id: customer.id,
    name: customer.name,
    locale: customer.locale,
    country: customer.country,
    kind: customer.kind,
    stage,
    paused: pause !== undefined,
    createdAt: customer.createdAt,
    updatedAt: customer.updatedAt,
  };
  if (customer.email) view.email = customer.email;
  if (customer.phone) view.phone = customer.phone;
  if (customer.tone) view.tone = customer.tone;
  if (pause?.note) view.pauseNote = pause.note;
  return view;
}
