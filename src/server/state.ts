import type { StageChange } from '../contract/webhooks';
import { deepFreeze, ReadCache } from './db/read-cache';
import type { AttachmentsTable, Queryable } from './db/schema';
import { enqueueEvent } from './outbox';
import { followUpCustomer } from './plans/follow-up';
import { loadCustomerRecords } from './store/customer-records';
import type { CustomerRecord } from './store/customers';
import type { CreditorSettings } from './store/settings';
import { recordTimeline, type WriteContext } from './timeline';
import { type AssessedInvoice, assessBundle, stageOfAccount, type ViewContext } from './views';

/** A customer with their invoices assessed as of `now`. */
export interface CustomerState {
  creditor: CreditorSettings;
  customer: CustomerRecord;
  context: ViewContext;
  invoices: AssessedInvoice[];
  /** The attachments of the invoices' disputes; read for the whole account only (empty for one invoice). */
  attachments: AttachmentsTable[];
}

export interface LoadStateOptions {
  creditorId: string;
  customerId: string;
  now: Date;
  cardPayments: boolean;
  /** Only this invoice (still assessed in its customer's context). */
  invoiceId?: string;
}

/**
 * Loads and assesses a customer's invoices. 404 when the customer does not exist (the caller
 * decides whether that is the token's own customer or a creditor's typo); 409 without settings.
 */
export async function loadCustomerState(db: Queryable, options: LoadStateOptions): Promise<CustomerState> {
  // The state depends on the stored rows and on the calendar day only (the engine reads dates,
  // never the time of day), so a state computed earlier today under the same data version stands.
  const today = options.now.toISOString().slice(0, 10);
  const key = [
    options.creditorId,
    options.customerId,
    options.invoiceId ?? '',
    today,
    options.cardPayments,
  ].join('\u0000');
  const state = await stateCache.read(db, key, () => computeCustomerState(db, options));
  // Hand out this request's instant, not the one the cached state was first computed at.
  return state.context.now === options.now
    ? state
    : { ...state, context: { ...state.context, now: options.now } };
}

const stateCache = new ReadCache<CustomerState>();
const attachmentsCache = new ReadCache<AttachmentsTable[]>();
// Frozen, like every cached read, so that views of it can be reused too.
const NO_ATTACHMENTS: AttachmentsTable[] = deepFreeze([]);

async function computeCustomerState(db: Queryable, options: LoadStateOptions): Promise<CustomerState> {
  const { now } = options;
  const records = await loadCustomerRecords(db, { ...options, today: now.toISOString().slice(0, 10) });
  const { creditor, customer, pause, declinedPlan } = records;
  const context: ViewContext = {
    creditor,
    customer,
    pause,
    now,
    cardPayments: options.cardPayments,
    declinedPlan,
  };
  return {
    creditor,
    customer,
    context,
    invoices: records.bundles.map((bundle) => assessBundle(bundle, context)),
    attachments: records.attachments.length === 0 ? NO_ATTACHMENTS : records.attachments,
  };
}

/** The attachments of the given disputes. */
export async function loadAttachments(
  db: Queryable,
  creditorId: string,
  disputeIds: readonly string[],
): Promise<AttachmentsTable[]> {
  if (disputeIds.length === 0) return NO_ATTACHMENTS;
  return attachmentsCache.read(db, [creditorId, ...disputeIds].join('\u0000'), () =>
    db
      .selectFrom('attachments')
      .selectAll()
      .where('creditor_id', '=', creditorId)
      .where('dispute_id', 'in', [...disputeIds])
      .orderBy('created_at')
      .execute(),
  );
}

/** The account's stage and pause reason right now, inside a write. */
export async function accountStageIn(
  tx: WriteContext,
  customerId: string,
): Promise<{ stage: StageChange['to']; pauseReason?: StageChange['pauseReason'] }> {
  const state = await loadCustomerState(tx.trx, {
    creditorId: tx.creditorId,
    customerId,
    now: tx.now,
    cardPayments: false,
  });
  const stage = stageOfAccount(state.invoices);
  if (stage !== 'paused') return { stage };
  const reason = state.context.pause
    ? 'creditor'
    : state.invoices.find((invoice) => invoice.assessment.pauseReason)?.assessment.pauseReason;
  return reason ? { stage, pauseReason: reason } : { stage };
}

/**
 * Compares the account's stage before and after a write and, when it moved, records it on the
 * timeline and queues a `stage.changed` webhook, in the same transaction.
 */
export async function noteStageChange(
  tx: WriteContext,
  customerId: string,
  before: Awaited<ReturnType<typeof accountStageIn>>,
  invoiceIds?: string[],
): Promise<void> {
  // A payment may pay an instalment or keep a promise, and time may have ended either: record that
  // first, so the stage compared below is the one that now holds.
  await followUpCustomer(tx, customerId);
  const after = await accountStageIn(tx, customerId);
  if (after.stage === before.stage && after.pauseReason === before.pauseReason) return;
  const change: StageChange = { from: before.stage, to: after.stage };
  if (after.pauseReason) change.pauseReason = after.pauseReason;
  if (invoiceIds && invoiceIds.length > 0) change.invoiceIds = invoiceIds;
  await recordTimeline(tx, customerId, 'stage.changed', {
    actor: 'system',
    summary: `Stage ${before.stage} → ${after.stage}`,
    ...(invoiceIds ? { invoiceIds } : {}),
    data: { ...change },
  });
  await enqueueEvent(tx, customerId, 'stage.changed', change);
}
