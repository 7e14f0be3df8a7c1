import type { PaymentStatus } from '../../contract/payment';
import { formatMoney, money } from '../../domain';
import type { Logger } from '../logger';
import { enqueueEvent } from '../outbox';
import { accountStageIn, loadCustomerState, noteStageChange } from '../state';
import { recordTimeline, type WriteContext } from '../timeline';
import { allocate } from './amounts';
import { paymentView, replaceAllocations, type StoredPayment } from './store';
import { type IntentSnapshot, paymentStatusOf } from './stripe';

/** Who told us about the PaymentIntent's state. */
export type SettlementSource = 'webhook' | 'reconciliation' | 'status_check';

/**
 * Whether a payment may move from `current` to `next`. A succeeded payment never moves again
 * (events arrive out of order: a late `payment_failed` for an earlier attempt must not undo it);
 * everything else follows Stripe, since a declined intent can still succeed on a retry.
 */
export function canMove(current: string, next: PaymentStatus): boolean {
  return current !== next && current !== 'succeeded';
}

/**
 * Applies a PaymentIntent's state to our payment, in the caller's transaction. On success the
 * money counts against the invoices from today, the timeline says so, the creditor's systems get
 * `payment.succeeded`, and a stage change is noted; on failure the timeline says why.
 * @returns the status the payment now has, and whether anything changed.
 */
export async function applyIntent(
  tx: WriteContext,
  payment: StoredPayment,
  intent: IntentSnapshot,
  context: { source: SettlementSource; logger: Logger },
): Promise<{ status: PaymentStatus; changed: boolean }> {
  const { row } = payment;
  const next = paymentStatusOf(intent);
  if (!canMove(row.status, next)) return { status: row.status as PaymentStatus, changed: false };

  if (intent.currency.toUpperCase() !== row.currency) {
    // Never count money in a currency the invoices are not in; someone must look at this one.
    context.logger.error('stripe intent currency differs from the payment', {
      paymentId: row.id,
      intentId: intent.id,
    });
    return { status: row.status as PaymentStatus, changed: false };
  }

  const now = tx.now.toISOString();
  const customerId = row.customer_id;
  const invoiceIds = payment.allocations.map((allocation) => allocation.invoiceId);

  // Every update is conditional on the status we read: when a webhook and the reconciler race,
  // the second finds the row moved (PostgreSQL re-checks the condition after the first commits)
  // and records nothing twice.
  const moveTo = async (values: { status: PaymentStatus; amount?: number; received_on?: string }) => {
    const result = await tx.trx
      .updateTable('payments')
      .set({ ...values, updated_at: now })
      .where('creditor_id', '=', tx.creditorId)
      .where('id', '=', row.id)
      .where('status', '=', row.status)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  };

  if (next !== 'succeeded') {
    if (!(await moveTo({ status: next }))) return { status: row.status as PaymentStatus, changed: false };
    if (next === 'failed') {
      await recordTimeline(tx, customerId, 'payment.failed', {
        actor: 'provider',
        invoiceIds,
        summary: 'Card payment did not go through',
        data: { paymentId: row.id, reason: intent.failureCode ?? intent.status, via: context.source },
      });
    }
    return { status: next, changed: true };
  }

  const before = await accountStageIn(tx, customerId);
  // Count what Stripe collected. It equals what we asked for unless someone changed the intent
  // in Stripe's dashboard; then the split follows the money actually received.
  const received = intent.amountReceived > 0 ? intent.amountReceived : intent.amount;
  if (!(await moveTo({ status: 'succeeded', amount: received, received_on: now.slice(0, 10) }))) {
    return { status: row.status as PaymentStatus, changed: false };
  }
  let allocations = payment.allocations;
  if (received !== row.amount) {
    context.logger.warn('stripe collected another amount than the payment asked for', {
      paymentId: row.id,
      asked: row.amount,
      received,
    });
    allocations = allocate(received, payment.allocations);
    await replaceAllocations(tx, row.id, row.currency, allocations);
  }

  const settled: StoredPayment = {
    row: { ...row, status: 'succeeded', amount: received, received_on: now.slice(0, 10), updated_at: now },
    allocations: allocations.map((allocation) => ({ ...allocation })),
  };
  const state = await loadCustomerState(tx.trx, {
    creditorId: tx.creditorId,
    customerId,
    now: tx.now,
    cardPayments: true,
  });
  const invoices = state.invoices
    .filter((invoice) => invoiceIds.includes(invoice.bundle.invoice.id))
    .map((invoice) => ({
      id: invoice.bundle.invoice.id,
      number: invoice.bundle.invoice.number,
      status: invoice.status,
    }));
  const amount = money(received, row.currency);
  await recordTimeline(tx, customerId, 'payment.received', {
    actor: 'provider',
    invoiceIds,
    summary: `Card payment of ${formatMoney(amount, 'en')} received (${invoices
      .map((invoice) => `${invoice.number}: ${invoice.status === 'paid' ? 'paid' : 'part paid'}`)
      .join(', ')})`,
    data: {
      paymentId: row.id,
      amount: { amount: received, currency: row.currency },
      method: 'card',
      provider: 'stripe',
      via: context.source,
      invoices,
    },
  });
  await enqueueEvent(tx, customerId, 'payment.succeeded', paymentView(settled));
  await noteStageChange(tx, customerId, before, invoiceIds);
  return { status: 'succeeded', changed: true };
}
