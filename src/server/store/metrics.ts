import type { Metrics, MetricsQuery } from '../../contract/admin';
import { addDays } from '../../domain';
import type { Queryable } from '../db/schema';

function instantBounds(query: MetricsQuery): { from?: string; before?: string } {
  return {
    ...(query.from ? { from: `${query.from}T00:00:00.000Z` } : {}),
    ...(query.to ? { before: `${addDays(query.to, 1)}T00:00:00.000Z` } : {}),
  };
}

/**
 * The funnel (distinct customers at each step within the range) and the amounts recovered in the
 * creditor's currency. A payment counts once: toward `plan` when a plan covered its invoice
 * before it arrived, else toward `promise` likewise, else toward `paid` when it came through pay-now.
 */
export async function computeMetrics(
  db: Queryable,
  creditorId: string,
  currency: string,
  query: MetricsQuery,
): Promise<Metrics> {
  const bounds = instantBounds(query);
  let events = db
    .selectFrom('analytics_events')
    .select(['type', 'customer_id'])
    .distinct()
    .where('creditor_id', '=', creditorId)
    .where('type', 'in', ['impression', 'open', 'action']);
  if (bounds.from) events = events.where('at', '>=', bounds.from);
  if (bounds.before) events = events.where('at', '<', bounds.before);

  const created = <T extends 'plans' | 'promises' | 'disputes'>(table: T) => {
    let select = db
      .selectFrom(table as 'plans')
      .select(['customer_id', 'status', 'created_at'])
      .where('creditor_id', '=', creditorId);
    if (bounds.from) select = select.where('created_at', '>=', bounds.from);
    if (bounds.before) select = select.where('created_at', '<', bounds.before);
    return select.execute();
  };

  let payments = db
    .selectFrom('payment_allocations')
    .innerJoin('payments', (join) =>
      join
        .onRef('payments.creditor_id', '=', 'payment_allocations.creditor_id')
        .onRef('payments.id', '=', 'payment_allocations.payment_id'),
    )
    .select([
      'payments.customer_id',
      'payments.source',
      'payments.received_on',
      'payment_allocations.invoice_id',
      'payment_allocations.amount',
    ])
    .where('payments.creditor_id', '=', creditorId)
    .where('payments.status', '=', 'succeeded')
    .where('payment_allocations.currency', '=', currency);
  if (query.from) payments = payments.where('payments.received_on', '>=', query.from);
  if (query.to) payments = payments.where('payments.received_on', '<=', query.to);

  const [eventRows, plans, promises, disputes, paymentRows, planCover, promiseCover] = await Promise.all([
    events.execute(),
    created('plans'),
    created('promises'),
    created('disputes'),
    payments.execute(),
    db
      .selectFrom('plan_invoices')
      .innerJoin('plans', (join) =>
        join
          .onRef('plans.creditor_id', '=', 'plan_invoices.creditor_id')
          .onRef('plans.id', '=', 'plan_invoices.plan_id'),
      )
      .select(['plan_invoices.invoice_id', 'plans.created_at'])
      .where('plans.creditor_id', '=', creditorId)
      .where('plans.status', 'in', ['accepted', 'active', 'completed', 'lapsed'])
      .execute(),
    db
      .selectFrom('promise_invoices')
      .innerJoin('promises', (join) =>
        join
          .onRef('promises.creditor_id', '=', 'promise_invoices.creditor_id')
          .onRef('promises.id', '=', 'promise_invoices.promise_id'),
      )
      .select(['promise_invoices.invoice_id', 'promises.created_at'])
      .where('promises.creditor_id', '=', creditorId)
      .execute(),
  ]);

  const customersWith = (type: string) =>
    new Set(eventRows.filter((row) => row.type === type).map((row) => row.customer_id)).size;
  const distinct = (rows: readonly { customer_id: string }[]) =>
    new Set(rows.map((row) => row.customer_id)).size;
  const coveredBefore = (
    cover: readonly { invoice_id: string; created_at: string }[],
    invoiceId: string,
    day: string | null,
  ) =>
    day !== null &&
    cover.some((entry) => entry.invoice_id === invoiceId && entry.created_at.slice(0, 10) <= day);

  let paid = 0;
  let plan = 0;
  let promise = 0;
  const payingCustomers = new Set<string>();
  for (const payment of paymentRows) {
    if (coveredBefore(planCover, payment.invoice_id, payment.received_on)) plan += payment.amount;
    else if (coveredBefore(promiseCover, payment.invoice_id, payment.received_on)) promise += payment.amount;
    else if (payment.source === 'stripe') paid += payment.amount;
    if (payment.source === 'stripe') payingCustomers.add(payment.customer_id);
  }
  const moneyOf = (amount: number) => ({ amount, currency });
  return {
    from: query.from ?? null,
    to: query.to ?? null,
    currency,
    funnel: {
      shown: customersWith('impression'),
      opened: customersWith('open'),
      acted: customersWith('action'),
      paid: payingCustomers.size,
      planned: distinct(
        plans.filter((row) => ['accepted', 'active', 'completed', 'lapsed'].includes(row.status)),
      ),
      promised: distinct(promises),
      disputed: distinct(disputes),
    },
    recovered: {
      paid: moneyOf(paid),
      plan: moneyOf(plan),
      promise: moneyOf(promise),
      total: moneyOf(paid + plan + promise),
    },
  };
}
