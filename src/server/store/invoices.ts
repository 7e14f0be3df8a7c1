import type { InvoiceUpsert, PaymentInput, ReminderInput } from '../../contract/admin';
import type { InvoiceReferences } from '../../contract/invoice';
import type {
  DisputesTable,
  InvoiceLinesTable,
  InvoicesTable,
  PaymentsTable,
  PlanInstalmentsTable,
  PlansTable,
  PromisesTable,
  Queryable,
  RemindersTable,
} from '../db/schema';
import { newId } from '../ids';
import { ProblemError } from '../problem';
import { recordTimeline, type WriteContext } from '../timeline';
import { type CustomerRows, readCustomerRows } from './customer-rows';
import { findCustomer } from './customers';

/** A payment as it bears on one invoice: the part allocated to it. */
export interface InvoicePayment {
  payment: PaymentsTable;
  /** The part of the payment allocated to this invoice, minor units. */
  amount: number;
}

/** Everything stored about one invoice that its assessment and its views need. */
export interface InvoiceBundle {
  invoice: InvoicesTable;
  lines: InvoiceLinesTable[];
  reminders: RemindersTable[];
  /** Succeeded payments only, oldest first. */
  payments: InvoicePayment[];
  disputes: (DisputesTable & { lineIds: string[] })[];
  /** The plan covering the invoice (accepted, active, pending review or lapsed), if any, with its instalments. */
  plan: (PlansTable & { instalments: PlanInstalmentsTable[] }) | undefined;
  /** The running promise covering the invoice, if any. */
  promise: PromisesTable | undefined;
}

/** An instant for the timeline from a calendar date or a timestamp. */
export function instantOf(dateOrTimestamp: string): Date {
  return new Date(dateOrTimestamp.length === 10 ? `${dateOrTimestamp}T00:00:00.000Z` : dateOrTimestamp);
}

function reminderKey(reminder: Pick<ReminderInput, 'sentAt' | 'channel' | 'kind'>): string {
  return `${reminder.sentAt}|${reminder.channel}|${reminder.kind ?? 'reminder'}`;
}

function paymentKey(payment: Pick<PaymentInput, 'id' | 'receivedOn' | 'amount'>): string {
  return payment.id ?? `${payment.receivedOn}|${payment.amount.amount}|${payment.amount.currency}`;
}

/**
 * Creates or replaces an invoice with its lines, reminders and the payments the creditor lists,
 * all in the caller's transaction: an update never leaves a mix of old and new lines. Payments
 * recorded otherwise (through the admin payment call or Stripe) stay, unless the document lists
 * one with the same `id`, which then replaces it.
 * @throws ProblemError 422 when the customer does not exist (nothing is written).
 */
export async function upsertInvoice(
  tx: WriteContext,
  invoiceId: string,
  input: InvoiceUpsert,
): Promise<{ invoice: InvoicesTable; changed: boolean }> {
  const { trx, creditorId } = tx;
  const customer = await findCustomer(trx, creditorId, input.customerId);
  if (!customer) {
    throw new ProblemError(422, 'unprocessable', {
      detail: `There is no customer ${input.customerId}: PUT /v1/admin/customers/${input.customerId} first`,
      errors: [{ path: 'customerId', message: `No customer has the id ${input.customerId}` }],
    });
  }
  const existing = await trx
    .selectFrom('invoices')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('id', '=', invoiceId)
    .executeTakeFirst();
  const document = JSON.stringify(input);
  if (existing && existing.document_json === document) return { invoice: existing, changed: false };
  const previous = existing ? (JSON.parse(existing.document_json) as InvoiceUpsert) : undefined;

  const now = tx.now.toISOString();
  const references: InvoiceReferences = input.references ?? {};
  const values = {
    customer_id: input.customerId,
    number: input.number,
    currency: input.currency,
    issue_date: input.issueDate,
    due_date: input.dueDate,
    total_amount: input.lines.reduce((sum, line) => sum + line.amount.amount, 0),
    references_json: JSON.stringify(references),
    document_json: document,
    updated_at: now,
  };
  const invoice: InvoicesTable = {
    creditor_id: creditorId,
    id: invoiceId,
    created_at: existing?.created_at ?? now,
    ...values,
  };
  await trx
    .insertInto('invoices')
    .values(invoice)
    .onConflict((conflict) => conflict.columns(['creditor_id', 'id']).doUpdateSet(values))
    .execute();

  await trx
    .deleteFrom('invoice_lines')
    .where('creditor_id', '=', creditorId)
    .where('invoice_id', '=', invoiceId)
    .execute();
  await trx
    .insertInto('invoice_lines')
    .values(
      input.lines.map((line, position) => ({
        creditor_id: creditorId,
        invoice_id: invoiceId,
        id: line.id,
        position,
        description: line.description,
        quantity: line.quantity,
        unit_price_amount: line.unitPrice.amount,
        amount: line.amount.amount,
        currency: line.amount.currency,
        delivered_on: line.deliveredOn ?? null,
        reference: line.reference ?? null,
      })),
    )
    .execute();

  await trx
    .deleteFrom('reminders')
    .where('creditor_id', '=', creditorId)
    .where('invoice_id', '=', invoiceId)
    .execute();
  const reminders = input.reminders ?? [];
  if (reminders.length > 0) {
    await trx
      .insertInto('reminders')
      .values(
        reminders.map((reminder, position) => ({
          creditor_id: creditorId,
          invoice_id: invoiceId,
          position,
          sent_at: reminder.sentAt,
          channel: reminder.channel,
          fee_amount: reminder.fee?.amount ?? null,
          fee_currency: reminder.fee?.currency ?? null,
          document_json: JSON.stringify(reminder),
        })),
      )
      .execute();
  }

  await replaceListedPayments(tx, invoiceId, input);

  await recordTimeline(tx, input.customerId, existing ? 'invoice.updated' : 'invoice.created', {
    actor: 'creditor',
    invoiceIds: [invoiceId],
    summary: existing ? `Invoice ${input.number} updated` : `Invoice ${input.number} added`,
  });
  const knownReminders = new Set((previous?.reminders ?? []).map(reminderKey));
  for (const reminder of reminders) {
    if (knownReminders.has(reminderKey(reminder))) continue;
    await recordTimeline(tx, input.customerId, 'reminder.sent', {
      actor: 'creditor',
      at: instantOf(reminder.sentAt),
      invoiceIds: [invoiceId],
      summary: `${reminder.kind ?? 'reminder'} sent by ${reminder.channel}`,
      data: {
        channel: reminder.channel,
        kind: reminder.kind ?? 'reminder',
        ...(reminder.fee ? { fee: reminder.fee } : {}),
      },
    });
  }
  const knownPayments = new Set((previous?.payments ?? []).map(paymentKey));
  for (const payment of input.payments ?? []) {
    if (knownPayments.has(paymentKey(payment))) continue;
    await recordTimeline(tx, input.customerId, 'payment.received', {
      actor: 'creditor',
      at: instantOf(payment.receivedOn),
      invoiceIds: [invoiceId],
      summary: 'Payment received',
      data: { amount: payment.amount, method: payment.method ?? 'bank_transfer' },
    });
  }
  return { invoice, changed: true };
}

/** Replaces the payments an invoice document lists (source `invoice`) with the new list. */
async function replaceListedPayments(
  tx: WriteContext,
  invoiceId: string,
  input: InvoiceUpsert,
): Promise<void> {
  const { trx, creditorId } = tx;
  const listed = input.payments ?? [];
  const allocated = await trx
    .selectFrom('payment_allocations')
    .innerJoin('payments', (join) =>
      join
        .onRef('payments.creditor_id', '=', 'payment_allocations.creditor_id')
        .onRef('payments.id', '=', 'payment_allocations.payment_id'),
    )
    .select(['payments.id', 'payments.source', 'payments.external_id'])
    .where('payment_allocations.creditor_id', '=', creditorId)
    .where('payment_allocations.invoice_id', '=', invoiceId)
    .execute();
  const listedIds = new Set(listed.flatMap((payment) => (payment.id ? [payment.id] : [])));
  const replaced = allocated
    .filter(
      (payment) =>
        payment.source === 'invoice' ||
        (payment.source === 'admin' && payment.external_id !== null && listedIds.has(payment.external_id)),
    )
    .map((payment) => payment.id);
  if (replaced.length > 0) {
    await trx
      .deleteFrom('payment_allocations')
      .where('creditor_id', '=', creditorId)
      .where('payment_id', 'in', replaced)
      .execute();
    await trx
      .deleteFrom('payments')
      .where('creditor_id', '=', creditorId)
      .where('id', 'in', replaced)
      .execute();
  }
  for (const payment of listed) {
    await insertPayment(tx, {
      customerId: input.customerId,
      invoiceId,
      source: 'invoice',
      payment,
    });
  }
}

/** Stores a payment the creditor received, allocated in full to one invoice. Returns its id. */
export async function insertPayment(
  tx: WriteContext,
  options: { customerId: string; invoiceId: string; source: 'invoice' | 'admin'; payment: PaymentInput },
): Promise<string> {
  const id = newId('pay');
  const now = tx.now.toISOString();
  await tx.trx
    .insertInto('payments')
    .values({
      creditor_id: tx.creditorId,
      id,
      customer_id: options.customerId,
      source: options.source,
      method: options.payment.method ?? 'bank_transfer',
      status: 'succeeded',
      amount: options.payment.amount.amount,
      currency: options.payment.amount.currency,
      external_id: options.payment.id ?? null,
      provider_reference: null,
      received_on: options.payment.receivedOn,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await tx.trx
    .insertInto('payment_allocations')
    .values({
      creditor_id: tx.creditorId,
      payment_id: id,
      invoice_id: options.invoiceId,
      amount: options.payment.amount.amount,
      currency: options.payment.amount.currency,
    })
    .execute();
  return id;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const group = groups.get(key(item));
    if (group) group.push(item);
    else groups.set(key(item), [item]);
  }
  return groups;
}

/**
 * A customer's invoices with everything their assessment needs, read in one statement (see
 * `readCustomerRows`). `invoiceId` narrows it to one invoice. Every part goes through an index
 * led by the customer, invoice, plan or dispute, so the cost follows the customer's invoices, not
 * the whole book.
 */
export async function loadInvoiceBundles(
  db: Queryable,
  creditorId: string,
  customerId: string,
  invoiceId?: string,
): Promise<InvoiceBundle[]> {
  return bundlesOf(
    await readCustomerRows(db, { creditorId, customerId, ...(invoiceId === undefined ? {} : { invoiceId }) }),
  );
}

/** The invoices of `rows`, each with its own lines, reminders, payments, disputes, plan and promise. */
export function bundlesOf(rows: CustomerRows): InvoiceBundle[] {
  if (rows.invoices.length === 0) return [];
  // A plan covering several of the invoices came with its instalments once per invoice.
  const instalmentsByPlan = groupBy(
    rows.instalments.filter(
      (instalment, index, all) =>
        index === 0 ||
        all[index - 1]?.plan_id !== instalment.plan_id ||
        all[index - 1]?.seq !== instalment.seq,
    ),
    (instalment) => instalment.plan_id,
  );
  const linesByInvoice = groupBy(rows.lines, (line) => line.invoice_id);
  const remindersByInvoice = groupBy(rows.reminders, (reminder) => reminder.invoice_id);
  const paymentsByInvoice = groupBy(rows.payments, (allocation) => allocation.invoice_id);
  const disputesByInvoice = groupBy(rows.disputes, (dispute) => dispute.invoice_id);
  const linesByDispute = groupBy(rows.disputeLines, (line) => line.dispute_id);
  const plansByInvoice = groupBy(rows.plans, (plan) => plan.invoice_id);
  // Only running promises count (see `CustomerRows.promises` for why this is not done in SQL).
  const promisesByInvoice = groupBy(
    rows.promises.filter((promise) => promise.status === 'active'),
    (promise) => promise.invoice_id,
  );

  return rows.invoices.map((invoice) => ({
    invoice,
    lines: linesByInvoice.get(invoice.id) ?? [],
    reminders: remindersByInvoice.get(invoice.id) ?? [],
    payments: (paymentsByInvoice.get(invoice.id) ?? []).map(
      ({ invoice_id: _, allocated_amount, ...payment }) => ({
        payment,
        amount: allocated_amount,
      }),
    ),
    disputes: (disputesByInvoice.get(invoice.id) ?? []).map((dispute) => ({
      ...dispute,
      lineIds: (linesByDispute.get(dispute.id) ?? []).map((line) => line.line_id),
    })),
    plan: planWithInstalments(plansByInvoice.get(invoice.id)?.[0], instalmentsByPlan),
    promise: promiseRow(promisesByInvoice.get(invoice.id)?.[0]),
  }));
}

function planWithInstalments(
  plan: (PlansTable & { invoice_id: string }) | undefined,
  instalmentsByPlan: Map<string, PlanInstalmentsTable[]>,
): InvoiceBundle['plan'] {
  if (!plan) return undefined;
  const { invoice_id: _, ...row } = plan;
  return { ...row, instalments: instalmentsByPlan.get(plan.id) ?? [] };
}

function promiseRow(
  promise: (PromisesTable & { invoice_id: string }) | undefined,
): PromisesTable | undefined {
  if (!promise) return undefined;
  const { invoice_id: _, ...row } = promise;
  return row;
}
