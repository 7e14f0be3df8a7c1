/** Plans and promises in the contract's shape, with each instalment's standing as of the snapshot. */
import type { Instalment, Plan, TransferDetails } from '../../contract/plan';
import type { PaymentPromise } from '../../contract/promise';
import {
  graceDaysOf,
  money,
  type PlanStanding,
  type PromiseStanding,
  trackPlan,
  trackPromise,
} from '../../domain';
import { paymentInstructions } from '../views';
import { type CustomerSnapshot, invoicesById, paymentsOn, planPolicyOf } from './snapshot';
import { type PlanRecord, type PromiseRecord, RUNNING_PLAN_STATUSES } from './store';

/** How to pay by bank transfer: the creditor's account and the reference of the first invoice covered. */
export function transferDetails(
  snapshot: CustomerSnapshot,
  invoiceIds: readonly string[],
): TransferDetails | undefined {
  const first = invoicesById(snapshot, invoiceIds)[0];
  if (!first) return undefined;
  const instructions = paymentInstructions(first, snapshot.context);
  return { bankAccount: instructions.bankAccount, reference: instructions.reference };
}

/** How a running (or ended) plan stands, from the payments on its invoices. */
export function planStanding(record: PlanRecord, snapshot: CustomerSnapshot): PlanStanding {
  const currency = record.row.currency;
  return trackPlan(
    {
      instalments: record.instalments.map((instalment) => ({
        dueDate: instalment.due_date,
        amount: money(instalment.amount, instalment.currency),
      })),
      payments: paymentsOn(invoicesById(snapshot, record.invoiceIds)),
      paidBefore: money(record.row.paid_before, currency),
      graceDays: graceDaysOf(planPolicyOf(snapshot)),
    },
    snapshot.context.now,
  );
}

/** How a promise stands, from the payments on its invoices. */
export function promiseStanding(record: PromiseRecord, snapshot: CustomerSnapshot): PromiseStanding {
  return trackPromise(
    {
      date: record.row.promised_date,
      amount: money(record.row.amount, record.row.currency),
      payments: paymentsOn(invoicesById(snapshot, record.invoiceIds)),
      paidBefore: money(record.row.paid_before, record.row.currency),
    },
    snapshot.context.now,
  );
}

function storedInstalments(record: PlanRecord): Instalment[] {
  return record.instalments.map((instalment) => ({
    dueDate: instalment.due_date,
    amount: { amount: instalment.amount, currency: instalment.currency },
    ...(instalment.paid_amount > 0
      ? { paid: { amount: instalment.paid_amount, currency: instalment.currency } }
      : {}),
    status: instalment.status as Instalment['status'],
  }));
}

/**
 * `GET /v1/plans/{id}` and the webhooks' `data`. A plan in force shows each instalment as it stands
 * today (paid, part paid, due, overdue with the last day to pay, missed); a proposal awaiting the
 * creditor, or a refused one, shows its instalments as proposed.
 */
export function planView(record: PlanRecord, snapshot: CustomerSnapshot): Plan {
  const { row } = record;
  const tracked = !['pending', 'rejected'].includes(row.status);
  const standing = tracked ? planStanding(record, snapshot) : undefined;
  const instalments: Instalment[] = standing
    ? standing.instalments.map((instalment) => ({
        dueDate: instalment.dueDate,
        amount: { amount: instalment.amount.amount, currency: instalment.amount.currency },
        ...(instalment.paid.amount > 0
          ? { paid: { amount: instalment.paid.amount, currency: instalment.paid.currency } }
          : {}),
        status: instalment.status,
        ...(instalment.status === 'overdue' || instalment.status === 'missed'
          ? { graceUntil: instalment.graceUntil }
          : {}),
      }))
    : storedInstalments(record);
  const view: Plan = {
    id: row.id,
    status: row.status as Plan['status'],
    invoiceIds: record.invoiceIds,
    total: { amount: row.total_amount, currency: row.currency },
    frequency: row.frequency as NonNullable<Plan['frequency']>,
    instalments,
    createdAt: row.created_at,
  };
  if (row.fee_amount > 0) view.fee = { amount: row.fee_amount, currency: row.currency };
  if (row.respond_by && row.status === 'pending') view.respondBy = row.respond_by;
  if (row.decided_at) view.decidedAt = row.decided_at;
  if (row.message) view.message = row.message;
  if (row.review_json && row.status === 'pending')
    view.reviewReasons = JSON.parse(row.review_json) as string[];
  if (standing) {
    view.paid = { amount: standing.paid.amount, currency: standing.paid.currency };
    view.remaining = { amount: standing.remaining.amount, currency: standing.remaining.currency };
  }
  if ((RUNNING_PLAN_STATUSES as readonly string[]).includes(row.status) || row.status === 'pending') {
    const payment = transferDetails(snapshot, record.invoiceIds);
    if (payment) view.payment = payment;
  }
  return view;
}

/** `POST /v1/promises` and the webhooks' `data`. */
export function promiseView(record: PromiseRecord, snapshot: CustomerSnapshot): PaymentPromise {
  const { row } = record;
  const standing = promiseStanding(record, snapshot);
  const view: PaymentPromise = {
    id: row.id,
    invoiceIds: record.invoiceIds,
    date: row.promised_date,
    amount: { amount: row.amount, currency: row.currency },
    status: row.status as PaymentPromise['status'],
    createdAt: row.created_at,
    paid: { amount: standing.paid.amount, currency: standing.paid.currency },
  };
  if (row.status === 'active') {
    const payment = transferDetails(snapshot, record.invoiceIds);
    if (payment) view.payment = payment;
  }
  return view;
}
