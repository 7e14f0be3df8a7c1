import type { Payment, PaymentStatus } from '../../contract/payment';
import type { PaymentsTable, Queryable } from '../db/schema';
import type { WriteContext } from '../timeline';
import type { Allocation } from './amounts';

/** A Stripe payment with the invoices it pays. */
export interface StoredPayment {
  row: PaymentsTable;
  allocations: Allocation[];
}

/** Statuses from which a payment can still move. */
export const OPEN_STATUSES: readonly PaymentStatus[] = [
  'requires_payment_method',
  'requires_action',
  'processing',
];

/** Records a new card payment and the invoices it is for, in the caller's transaction. */
export async function insertStripePayment(
  tx: WriteContext,
  input: {
    id: string;
    customerId: string;
    status: PaymentStatus;
    amount: number;
    currency: string;
    intentId: string;
    allocations: readonly Allocation[];
  },
): Promise<boolean> {
  const now = tx.now.toISOString();
  const inserted = await tx.trx
    .insertInto('payments')
    .values({
      creditor_id: tx.creditorId,
      id: input.id,
      customer_id: input.customerId,
      source: 'stripe',
      method: 'card',
      status: input.status,
      amount: input.amount,
      currency: input.currency,
      external_id: null,
      provider_reference: input.intentId,
      received_on: null,
      created_at: now,
      updated_at: now,
    })
    .onConflict((conflict) => conflict.columns(['creditor_id', 'id']).doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) !== 1) return false;
  await replaceAllocations(tx, input.id, input.currency, input.allocations);
  return true;
}

/** Replaces how a payment is split over its invoices. */
export async function replaceAllocations(
  tx: WriteContext,
  paymentId: string,
  currency: string,
  allocations: readonly Allocation[],
): Promise<void> {
  await tx.trx
    .deleteFrom('payment_allocations')
    .where('creditor_id', '=', tx.creditorId)
    .where('payment_id', '=', paymentId)
    .execute();
  if (allocations.length === 0) return;
  await tx.trx
    .insertInto('payment_allocations')
    .values(
      allocations.map((allocation) => ({
        creditor_id: tx.creditorId,
        payment_id: paymentId,
        invoice_id: allocation.invoiceId,
        amount: allocation.amount,
        currency,
      })),
    )
    .execute();
}

async function withAllocations(
  db: Queryable,
  row: PaymentsTable | undefined,
): Promise<StoredPayment | undefined> {
  if (!row) return undefined;
  const allocations = await db
    .selectFrom('payment_allocations')
    .select(['invoice_id', 'amount'])
    .where('creditor_id', '=', row.creditor_id)
    .where('payment_id', '=', row.id)
    .orderBy('invoice_id')
    .execute();
  return { row, allocations: allocations.map((a) => ({ invoiceId: a.invoice_id, amount: a.amount })) };
}

/** A customer's own Stripe payment; `undefined` for anything else (another customer's answers 404). */
export async function findCustomerPayment(
  db: Queryable,
  creditorId: string,
  customerId: string,
  paymentId: string,
): Promise<StoredPayment | undefined> {
  const row = await db
    .selectFrom('payments')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('customer_id', '=', customerId)
    .where('id', '=', paymentId)
    .where('source', '=', 'stripe')
    .executeTakeFirst();
  return withAllocations(db, row);
}

/** The payment behind a PaymentIntent. */
export async function findPaymentByIntent(
  db: Queryable,
  creditorId: string,
  intentId: string,
): Promise<StoredPayment | undefined> {
  const row = await db
    .selectFrom('payments')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('provider_reference', '=', intentId)
    .where('source', '=', 'stripe')
    .executeTakeFirst();
  return withAllocations(db, row);
}

/** Stripe payments still in flight that were started between `from` and `to` (ISO instants), oldest first. */
export async function openStripePayments(
  db: Queryable,
  creditorId: string,
  window: { from: string; to: string; limit: number },
): Promise<PaymentsTable[]> {
  return db
    .selectFrom('payments')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('source', '=', 'stripe')
    .where('status', 'in', [...OPEN_STATUSES])
    .where('created_at', '>=', window.from)
    .where('created_at', '<=', window.to)
    .orderBy('created_at')
    .limit(window.limit)
    .execute();
}

/** A payment in the contract's shape. Secrets only where the caller passes them. */
export function paymentView(
  payment: StoredPayment,
  secrets: { clientSecret: string | null; publishableKey: string | null } = {
    clientSecret: null,
    publishableKey: null,
  },
): Payment {
  return {
    id: payment.row.id,
    status: payment.row.status as PaymentStatus,
    amount: { amount: payment.row.amount, currency: payment.row.currency },
    provider: 'stripe',
    clientSecret: secrets.clientSecret,
    publishableKey: secrets.publishableKey,
    invoiceIds: payment.allocations.map((allocation) => allocation.invoiceId),
    createdAt: payment.row.created_at,
  };
}
