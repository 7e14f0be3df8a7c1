import type { Dispute, DisputeDecisionRequest, DisputeFields } from '../../contract/dispute';
import type { ProblemFieldError } from '../../contract/problem';
import { addDays, compareMoney, formatMoney, money, toCalendarDate } from '../../domain';
import type { AttachmentsTable, Queryable } from '../db/schema';
import { enqueueEvent } from '../outbox';
import { ProblemError, problems } from '../problem';
import { accountStageIn, loadAttachments, loadCustomerState, noteStageChange } from '../state';
import { recordTimeline, type WriteContext } from '../timeline';
import { type AssessedInvoice, disputeView } from '../views';
import { newDisputeReference } from './reference';

/** An attachment whose bytes are already staged in the blob store under `blobKey`. */
export interface NewAttachment {
  id: string;
  name: string;
  type: string;
  size: number;
  sha256: string;
  blobKey: string;
}

/** What {@link openDispute} needs: the validated form, and ids chosen before the bytes were staged. */
export interface OpenDisputeInput {
  disputeId: string;
  customerId: string;
  fields: DisputeFields;
  attachments: readonly NewAttachment[];
}

/** How many fresh references to try before giving up (each clash is a one-in-millions event). */
const REFERENCE_ATTEMPTS = 8;

async function assessedInvoice(
  db: Queryable,
  creditorId: string,
  customerId: string,
  invoiceId: string,
  now: Date,
): Promise<AssessedInvoice | undefined> {
  const state = await loadCustomerState(db, { creditorId, customerId, now, cardPayments: false, invoiceId });
  return state.invoices[0];
}

async function viewOf(
  db: Queryable,
  creditorId: string,
  dispute: { id: string; customer_id: string; invoice_id: string },
  now: Date,
): Promise<Dispute> {
  const invoice = await assessedInvoice(db, creditorId, dispute.customer_id, dispute.invoice_id, now);
  const stored = invoice?.bundle.disputes.find((candidate) => candidate.id === dispute.id);
  if (!invoice || !stored) throw problems.notFound(`There is no dispute ${dispute.id}`);
  const attachments = await loadAttachments(db, creditorId, [dispute.id]);
  return disputeView(stored, invoice.bundle, attachments, invoice.assessment.outstanding);
}

async function uniqueReference(tx: WriteContext): Promise<string> {
  for (let attempt = 0; attempt < REFERENCE_ATTEMPTS; attempt += 1) {
    const reference = newDisputeReference();
    const taken = await tx.trx
      .selectFrom('disputes')
      .select('id')
      .where('creditor_id', '=', tx.creditorId)
      .where('reference', '=', reference)
      .executeTakeFirst();
    if (!taken) return reference;
  }
  throw new ProblemError(503, 'internal_error', {
    detail: 'Could not find a free dispute reference; try again',
  });
}

function describe(value: { amount: number; currency: string }): string {
  return formatMoney(money(value.amount, value.currency), 'en');
}

/**
 * Whether the customer may dispute this part of the invoice, or the problem that says why not:
 * a withdrawn or settled invoice, or one wholly under dispute already, 409; lines and an amount
 * together, unknown lines, an amount in another currency or above the undisputed rest, 422;
 * lines already under an open dispute, 409.
 */
function checkScope(invoice: AssessedInvoice, fields: DisputeFields): void {
  const { bundle, assessment } = invoice;
  const number = bundle.invoice.number;
  if (invoice.withdrawn) throw problems.conflict(`Invoice ${number} was withdrawn: nothing is claimed on it`);
  if (assessment.settled) {
    throw problems.conflict(`Nothing is owed on invoice ${number} any more, so there is nothing to pause`);
  }
  const open = bundle.disputes.filter((dispute) => dispute.status === 'open');
  if (fields.lineIds && fields.amount) {
    throw problems.unprocessable('Name the lines in question or an amount, not both', [
      { path: 'amount', message: 'Leave this out when naming lines' },
    ]);
  }
  if (assessment.payable.amount <= 0) {
    const references = open.map((dispute) => dispute.reference).join(', ');
    throw problems.conflict(
      `All of invoice ${number} is already under dispute (${references}); the creditor will answer that first`,
    );
  }
  if (fields.lineIds) {
    const known = new Set(bundle.lines.map((line) => line.id));
    const unknown: ProblemFieldError[] = fields.lineIds.flatMap((id, index) =>
      known.has(id) ? [] : [{ path: `lineIds.${index}`, message: `Invoice ${number} has no line ${id}` }],
    );
    if (unknown.length > 0) throw problems.unprocessable('Some lines are not on this invoice', unknown);
    const taken = new Map<string, string>();
    for (const dispute of open) for (const id of dispute.lineIds) taken.set(id, dispute.reference);
    const clashes = fields.lineIds.flatMap((id, index) => {
      const reference = taken.get(id);
      return reference
        ? [{ path: `lineIds.${index}`, message: `Line ${id} is already under dispute ${reference}` }]
        : [];
    });
    if (clashes.length > 0) {
      throw new ProblemError(409, 'conflict', {
        detail: 'Some of these lines are already under an open dispute',
        errors: clashes,
      });
    }
  }
  if (fields.amount) {
    const currency = bundle.invoice.currency;
    if (fields.amount.currency !== currency) {
      throw problems.unprocessable(`Name the amount in the invoice's currency, ${currency}`, [
        { path: 'amount.currency', message: `Use ${currency}` },
      ]);
    }
    if (compareMoney(money(fields.amount.amount, currency), assessment.payable) > 0) {
      throw problems.unprocessable(
        `At most ${describe(assessment.payable)} of invoice ${number} can be disputed`,
        [{ path: 'amount.amount', message: `Use at most ${assessment.payable.amount} (minor units)` }],
      );
    }
  }
}

/**
 * Opens a dispute inside the write's transaction: checks it against the invoice as it stands,
 * stores it with its lines and attachments, and records `dispute.opened` on the timeline and in
 * the outbox (plus `stage.changed` when the account's stage moves). The invoice row is touched
 * first so that concurrent disputes of the same invoice run one after the other on every engine
 * (a row lock on PostgreSQL; SQLite serialises writers anyway) and the second sees the first.
 * @throws ProblemError 404 (not the customer's invoice), 409, 422, see `checkScope`.
 */
export async function openDispute(tx: WriteContext, input: OpenDisputeInput): Promise<Dispute> {
  const { trx, creditorId } = tx;
  const { customerId, fields } = input;
  const locked = await trx
    .updateTable('invoices')
    .set((eb) => ({ updated_at: eb.ref('updated_at') }))
    .where('creditor_id', '=', creditorId)
    .where('customer_id', '=', customerId)
    .where('id', '=', fields.invoiceId)
    .executeTakeFirst();
  if (Number(locked.numUpdatedRows) !== 1) throw problems.notFound(`There is no invoice ${fields.invoiceId}`);

  const before = await accountStageIn(tx, customerId);
  const state = await loadCustomerState(trx, {
    creditorId,
    customerId,
    now: tx.now,
    cardPayments: false,
    invoiceId: fields.invoiceId,
  });
  const invoice = state.invoices[0];
  if (!invoice) throw problems.notFound(`There is no invoice ${fields.invoiceId}`);
  checkScope(invoice, fields);

  const createdAt = tx.now.toISOString();
  const respondBy = addDays(toCalendarDate(tx.now), state.creditor.settings.disputeResponseDays);
  const reference = await uniqueReference(tx);
  await trx
    .insertInto('disputes')
    .values({
      creditor_id: creditorId,
      id: input.disputeId,
      reference,
      customer_id: customerId,
      invoice_id: fields.invoiceId,
      reason: fields.reason,
      amount: fields.amount?.amount ?? null,
      currency: invoice.bundle.invoice.currency,
      message: fields.message,
      status: 'open',
      respond_by: respondBy,
      outcome: null,
      resolution_message: null,
      credit_amount: null,
      created_at: createdAt,
      resolved_at: null,
    })
    .execute();
  if (fields.lineIds && fields.lineIds.length > 0) {
    await trx
      .insertInto('dispute_lines')
      .values(
        fields.lineIds.map((lineId) => ({
          creditor_id: creditorId,
          dispute_id: input.disputeId,
          line_id: lineId,
        })),
      )
      .execute();
  }
  if (input.attachments.length > 0) {
    const rows: AttachmentsTable[] = input.attachments.map((attachment) => ({
      creditor_id: creditorId,
      id: attachment.id,
      dispute_id: input.disputeId,
      filename: attachment.name,
      media_type: attachment.type,
      size_bytes: attachment.size,
      sha256: attachment.sha256,
      blob_key: attachment.blobKey,
      created_at: createdAt,
    }));
    await trx.insertInto('attachments').values(rows).execute();
  }

  const dispute = await viewOf(
    trx,
    creditorId,
    { id: input.disputeId, customer_id: customerId, invoice_id: fields.invoiceId },
    tx.now,
  );
  await recordTimeline(tx, customerId, 'dispute.opened', {
    actor: 'customer',
    invoiceIds: [fields.invoiceId],
    summary: `Dispute ${reference} opened on invoice ${invoice.bundle.invoice.number} (${fields.reason}) for ${describe(dispute.amount)}; answer due by ${respondBy}`,
    data: {
      disputeId: dispute.id,
      reference,
      reason: fields.reason,
      amount: dispute.amount,
      lineIds: dispute.lineIds,
      attachments: dispute.attachments.length,
      respondBy,
    },
  });
  await enqueueEvent(tx, customerId, 'dispute.opened', dispute);
  await noteStageChange(tx, customerId, before, [fields.invoiceId]);
  return dispute;
}

/**
 * A dispute as its customer or the creditor sees it. With `customerId` only that customer's own
 * (another customer's answers 404 like a missing one); without it any of the creditor's.
 */
export async function readDispute(
  db: Queryable,
  creditorId: string,
  disputeId: string,
  now: Date,
  customerId?: string,
): Promise<Dispute> {
  let query = db
    .selectFrom('disputes')
    .select(['id', 'customer_id', 'invoice_id'])
    .where('creditor_id', '=', creditorId)
    .where('id', '=', disputeId);
  if (customerId !== undefined) query = query.where('customer_id', '=', customerId);
  const row = await query.executeTakeFirst();
  if (!row) throw problems.notFound(`There is no dispute ${disputeId}`);
  return viewOf(db, creditorId, row, now);
}

/** One attachment's stored facts, for the creditor's download; 404 when it is not this dispute's. */
export async function findAttachment(
  db: Queryable,
  creditorId: string,
  disputeId: string,
  attachmentId: string,
): Promise<AttachmentsTable> {
  const row = await db
    .selectFrom('attachments')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('dispute_id', '=', disputeId)
    .where('id', '=', attachmentId)
    .executeTakeFirst();
  if (!row) throw problems.notFound(`Dispute ${disputeId} has no attachment ${attachmentId}`);
  return row;
}

/**
 * The creditor's answer, inside the write's transaction. `credited` names the credit, which is
 * taken off the invoice's claim from the start (a credit note, see `invoiceInput` in views.ts),
 * so no interest or fee is ever owed on it; `corrected` means the creditor corrected the invoice
 * itself (`PUT /v1/admin/invoices/{id}`) and may also name a credit; `upheld` keeps the claim as
 * it is. Either way the dispute stops counting and the stage engine takes the invoice up again as
 * the rules allow; the move is recorded as `stage.changed`.
 * @throws ProblemError 404 (no such dispute), 409 (already answered), 422 (credit in another
 * currency, or more than is owed).
 */
export async function decideDispute(
  tx: WriteContext,
  disputeId: string,
  decision: DisputeDecisionRequest,
): Promise<Dispute> {
  const { trx, creditorId } = tx;
  const row = await trx
    .selectFrom('disputes')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('id', '=', disputeId)
    .executeTakeFirst();
  if (!row) throw problems.notFound(`There is no dispute ${disputeId}`);
  if (row.status !== 'open') throw problems.conflict(`Dispute ${row.reference} has been answered already`);

  const before = await accountStageIn(tx, row.customer_id);
  const invoice = await assessedInvoice(trx, creditorId, row.customer_id, row.invoice_id, tx.now);
  if (!invoice) throw problems.notFound(`There is no dispute ${disputeId}`);
  const credit = decision.creditAmount;
  if (credit) {
    if (credit.currency !== row.currency) {
      throw problems.unprocessable(`Name the credit in the invoice's currency, ${row.currency}`, [
        { path: 'creditAmount.currency', message: `Use ${row.currency}` },
      ]);
    }
    const owed = invoice.assessment.outstanding;
    if (credit.amount > owed.amount) {
      throw problems.unprocessable(
        `At most ${describe(owed)} is still owed on this invoice, so no more can be credited`,
        [{ path: 'creditAmount.amount', message: `Use at most ${owed.amount} (minor units)` }],
      );
    }
  }

  const resolvedAt = tx.now.toISOString();
  const updated = await trx
    .updateTable('disputes')
    .set({
      status: 'resolved',
      outcome: decision.outcome,
      resolution_message: decision.message,
      credit_amount: credit?.amount ?? null,
      resolved_at: resolvedAt,
    })
    .where('creditor_id', '=', creditorId)
    .where('id', '=', disputeId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  // A concurrent decision got there first (PostgreSQL re-checks the WHERE after the row lock).
  if (Number(updated.numUpdatedRows) !== 1)
    throw problems.conflict(`Dispute ${row.reference} has been answered already`);

  await recordTimeline(tx, row.customer_id, 'dispute.resolved', {
    actor: 'creditor',
    invoiceIds: [row.invoice_id],
    summary: `Dispute ${row.reference} answered: ${decision.outcome}${credit ? `, ${describe(credit)} credited` : ''}`,
    data: {
      disputeId,
      reference: row.reference,
      outcome: decision.outcome,
      ...(credit ? { creditAmount: credit } : {}),
    },
  });
  await noteStageChange(tx, row.customer_id, before, [row.invoice_id]);
  return viewOf(trx, creditorId, row, tx.now);
}
