/** Plans and promises in the database: reading them whole, writing them, and the one-open-per-invoice claim. */
import type { PlanFrequency, ScheduledInstalment } from '../../domain';
import type { PlanInstalmentsTable, PlansTable, PromisesTable, Queryable } from '../db/schema';
import { newId } from '../ids';
import { ProblemError } from '../problem';
import type { WriteContext } from '../timeline';

/** A plan with the invoices it covers and its instalments. */
export interface PlanRecord {
  row: PlansTable;
  invoiceIds: string[];
  instalments: PlanInstalmentsTable[];
}

/** A promise with the invoices it covers. */
export interface PromiseRecord {
  row: PromisesTable;
  invoiceIds: string[];
}

/** Plan statuses that hold their invoices: no other plan may be made for them meanwhile. */
export const OPEN_PLAN_STATUSES = ['pending', 'accepted', 'active'] as const;
/** Plan statuses whose instalments are followed up. */
export const RUNNING_PLAN_STATUSES = ['accepted', 'active'] as const;

/** Plans by id or by customer (and status), whole. */
export async function loadPlans(
  db: Queryable,
  creditorId: string,
  filter: { planId?: string; customerId?: string; statuses?: readonly string[] },
): Promise<PlanRecord[]> {
  let query = db.selectFrom('plans').selectAll().where('creditor_id', '=', creditorId);
  if (filter.planId !== undefined) query = query.where('id', '=', filter.planId);
  if (filter.customerId !== undefined) query = query.where('customer_id', '=', filter.customerId);
  if (filter.statuses !== undefined) query = query.where('status', 'in', [...filter.statuses]);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  if (rows.length === 0) return [];
  const ids = rows.map((row) => row.id);
  const [invoices, instalments] = await Promise.all([
    db
      .selectFrom('plan_invoices')
      .innerJoin('invoices', (join) =>
        join
          .onRef('invoices.creditor_id', '=', 'plan_invoices.creditor_id')
          .onRef('invoices.id', '=', 'plan_invoices.invoice_id'),
      )
      .select(['plan_invoices.plan_id', 'plan_invoices.invoice_id'])
      .where('plan_invoices.creditor_id', '=', creditorId)
      .where('plan_invoices.plan_id', 'in', ids)
      // The order the plan pays them in: the oldest due date first.
      .orderBy('invoices.due_date')
      .orderBy('invoices.id')
      .execute(),
    db
      .selectFrom('plan_instalments')
      .selectAll()
      .where('creditor_id', '=', creditorId)
      .where('plan_id', 'in', ids)
      .orderBy('seq')
      .execute(),
  ]);
  return rows.map((row) => ({
    row,
    invoiceIds: invoices.filter((entry) => entry.plan_id === row.id).map((entry) => entry.invoice_id),
    instalments: instalments.filter((instalment) => instalment.plan_id === row.id),
  }));
}

/** Promises by id or by customer (and status), whole. */
export async function loadPromises(
  db: Queryable,
  creditorId: string,
  filter: { promiseId?: string; customerId?: string; statuses?: readonly string[] },
): Promise<PromiseRecord[]> {
  let query = db.selectFrom('promises').selectAll().where('creditor_id', '=', creditorId);
  if (filter.promiseId !== undefined) query = query.where('id', '=', filter.promiseId);
  if (filter.customerId !== undefined) query = query.where('customer_id', '=', filter.customerId);
  if (filter.statuses !== undefined) query = query.where('status', 'in', [...filter.statuses]);
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  if (rows.length === 0) return [];
  const invoices = await db
    .selectFrom('promise_invoices')
    .select(['promise_id', 'invoice_id'])
    .where('creditor_id', '=', creditorId)
    .where(
      'promise_id',
      'in',
      rows.map((row) => row.id),
    )
    .orderBy('invoice_id')
    .execute();
  return rows.map((row) => ({
    row,
    invoiceIds: invoices.filter((entry) => entry.promise_id === row.id).map((entry) => entry.invoice_id),
  }));
}

/**
 * Whether a database error is a unique-constraint violation (PostgreSQL 23505, SQLite's
 * `SQLITE_CONSTRAINT_UNIQUE` or `…_PRIMARYKEY`).
 */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** What a new plan is made of. */
export interface NewPlan {
  customerId: string;
  invoiceIds: readonly string[];
  status: 'accepted' | 'pending';
  frequency: PlanFrequency;
  total: number;
  fee: number;
  currency: string;
  respondBy: string | null;
  reviewReasons: readonly string[];
  paidBefore: number;
  instalments: readonly ScheduledInstalment[];
}

/**
 * Stores a plan, claiming its invoices: the database's partial unique index lets one open plan
 * hold an invoice, so of two proposals racing on two connections exactly one commits and the
 * other answers 409 (on PostgreSQL the second insert waits for the first transaction and then
 * fails; SQLite serialises the writes and the second sees the first's claim).
 */
export async function insertPlan(tx: WriteContext, plan: NewPlan): Promise<PlanRecord> {
  const id = newId('plan');
  const row: PlansTable = {
    creditor_id: tx.creditorId,
    id,
    customer_id: plan.customerId,
    status: plan.status,
    frequency: plan.frequency,
    total_amount: plan.total,
    fee_amount: plan.fee,
    currency: plan.currency,
    respond_by: plan.respondBy,
    message: null,
    created_at: tx.now.toISOString(),
    decided_at: null,
    paid_before: plan.paidBefore,
    review_json: plan.reviewReasons.length > 0 ? JSON.stringify(plan.reviewReasons) : null,
  };
  await tx.trx.insertInto('plans').values(row).execute();
  try {
    await tx.trx
      .insertInto('plan_invoices')
      .values(
        plan.invoiceIds.map((invoiceId) => ({
          creditor_id: tx.creditorId,
          plan_id: id,
          invoice_id: invoiceId,
          is_open: 1,
        })),
      )
      .execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ProblemError(409, 'conflict', {
      detail:
        'These invoices already have a plan (proposed at the same moment); an invoice has one plan at a time',
      cause: error,
    });
  }
  const instalments: PlanInstalmentsTable[] = plan.instalments.map((instalment, seq) => ({
    creditor_id: tx.creditorId,
    plan_id: id,
    seq,
    due_date: instalment.dueDate,
    amount: instalment.amount.amount,
    currency: instalment.amount.currency,
    status: 'due',
    paid_amount: 0,
  }));
  await tx.trx.insertInto('plan_instalments').values(instalments).execute();
  return { row, invoiceIds: [...plan.invoiceIds], instalments };
}

/** What a new promise is made of. */
export interface NewPromise {
  customerId: string;
  invoiceIds: readonly string[];
  date: string;
  amount: number;
  currency: string;
  paidBefore: number;
}

/** Stores a running promise, claiming its invoices the same way as {@link insertPlan}. */
export async function insertPromise(tx: WriteContext, promise: NewPromise): Promise<PromiseRecord> {
  const row: PromisesTable = {
    creditor_id: tx.creditorId,
    id: newId('prom'),
    customer_id: promise.customerId,
    promised_date: promise.date,
    amount: promise.amount,
    currency: promise.currency,
    status: 'active',
    created_at: tx.now.toISOString(),
    paid_before: promise.paidBefore,
  };
  await tx.trx.insertInto('promises').values(row).execute();
  try {
    await tx.trx
      .insertInto('promise_invoices')
      .values(
        promise.invoiceIds.map((invoiceId) => ({
          creditor_id: tx.creditorId,
          promise_id: row.id,
          invoice_id: invoiceId,
          is_open: 1,
        })),
      )
      .execute();
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    throw new ProblemError(409, 'conflict', {
      detail: 'These invoices already have a promise to pay (made at the same moment)',
      cause: error,
    });
  }
  return { row, invoiceIds: [...promise.invoiceIds] };
}

/**
 * Moves a plan from one status to another, only if it still has the status the caller saw, and
 * releases its invoices when it closes. Returns whether this call made the change: of two
 * concurrent follow-ups only one records the event.
 */
export async function transitionPlan(
  tx: WriteContext,
  planId: string,
  from: string,
  to: string,
  fields: { decided_at?: string; message?: string | null } = {},
): Promise<boolean> {
  const result = await tx.trx
    .updateTable('plans')
    .set({ status: to, ...fields })
    .where('creditor_id', '=', tx.creditorId)
    .where('id', '=', planId)
    .where('status', '=', from)
    .executeTakeFirst();
  const changed = Number(result.numUpdatedRows) === 1;
  if (changed && !(OPEN_PLAN_STATUSES as readonly string[]).includes(to)) {
    await tx.trx
      .updateTable('plan_invoices')
      .set({ is_open: null })
      .where('creditor_id', '=', tx.creditorId)
      .where('plan_id', '=', planId)
      .execute();
  }
  return changed;
}

/** Closes a running promise as `kept` or `broken`; returns whether this call made the change. */
export async function closePromise(
  tx: WriteContext,
  promiseId: string,
  to: 'kept' | 'broken',
): Promise<boolean> {
  const result = await tx.trx
    .updateTable('promises')
    .set({ status: to })
    .where('creditor_id', '=', tx.creditorId)
    .where('id', '=', promiseId)
    .where('status', '=', 'active')
    .executeTakeFirst();
  const changed = Number(result.numUpdatedRows) === 1;
  if (changed) {
    await tx.trx
      .updateTable('promise_invoices')
      .set({ is_open: null })
      .where('creditor_id', '=', tx.creditorId)
      .where('promise_id', '=', promiseId)
      .execute();
  }
  return changed;
}
