/**
 * Following plans and promises up, instalment by instalment (DOMAIN.md: "instalment agreements,
 * but they must be kept and followed up"). For each running plan: the instalments paid as payments
 * arrive; an instalment past its due date gets a kind reminder (a timeline entry and a
 * `plan.instalment_overdue` webhook for the creditor's dunning system) and a grace period; once the
 * grace period runs out unpaid the plan lapses, its invoices are free again, and the stage engine
 * resumes. A promise is kept when paid by its date and broken the day after if not.
 *
 * The verdicts come from the domain (`trackPlan`, `trackPromise`) and depend only on the payments'
 * dates, so running the follow-up late, twice or concurrently records each change once: every
 * update is conditional on the status it read, and only the call whose update took effect records
 * the event. It runs after every write that can change a customer's stage (`noteStageChange`),
 * before the plan endpoints answer, and on a timer (`startPlanFollowUp`) for the days nothing else
 * happens.
 */
import type { StageChange } from '../../contract/webhooks';
import {
  accountStage,
  assessInvoice,
  formatMoney,
  type InvoiceAssessment,
  type InvoiceInput,
  type PlanStanding,
} from '../../domain';
import type { AmicableDb } from '../db/schema';
import { errorFields, type Logger, silentLogger } from '../logger';
import { enqueueEvent } from '../outbox';
import { assessmentSettings } from '../store/settings';
import { recordTimeline, type WriteContext } from '../timeline';
import { invoiceInput } from '../views';
import { type CustomerSnapshot, invoicesById, loadSnapshot, todayOf } from './snapshot';
import {
  closePromise,
  loadPlans,
  loadPromises,
  type PlanRecord,
  type PromiseRecord,
  RUNNING_PLAN_STATUSES,
  transitionPlan,
} from './store';
import { planStanding, planView, promiseStanding, promiseView } from './views';

/**
 * The plan or promise whose end is being recorded, and whether to count it in force (the stage
 * before its end) or ended (after).
 */
interface Ending {
  invoiceIds: readonly string[];
  kind: 'plan' | 'promise';
  inForce: boolean;
}

/** The account's stage, as `accountStageIn` computes it, with an ending plan or promise in force or ended. */
function stageWith(
  snapshot: CustomerSnapshot,
  ending: Ending,
): { stage: StageChange['to']; pauseReason?: StageChange['pauseReason'] } {
  const settings = assessmentSettings(snapshot.context.creditor);
  const today = todayOf(snapshot);
  const assessments: InvoiceAssessment[] = snapshot.invoices.map(({ bundle }) => {
    let input: InvoiceInput = invoiceInput(bundle, snapshot.context);
    if (ending.invoiceIds.includes(bundle.invoice.id)) {
      if (ending.kind === 'plan') input = { ...input, plan: { lapsed: !ending.inForce } };
      else input = { ...input, promise: ending.inForce ? { date: today } : null };
    }
    return assessInvoice(input, settings, snapshot.context.now);
  });
  const stage = accountStage(assessments) ?? 'upcoming';
  if (stage !== 'paused') return { stage };
  const reason = snapshot.context.pause
    ? 'creditor'
    : assessments.find((assessment) => !assessment.settled && assessment.pauseReason)?.pauseReason;
  return reason ? { stage, pauseReason: reason } : { stage };
}

/** Records the stage change an ended plan or promise causes (the stage engine resumes). */
async function noteResumedStage(
  tx: WriteContext,
  customerId: string,
  before: ReturnType<typeof stageWith>,
  after: ReturnType<typeof stageWith>,
  invoiceIds: string[],
): Promise<void> {
  if (before.stage === after.stage && before.pauseReason === after.pauseReason) return;
  const change: StageChange = { from: before.stage, to: after.stage, invoiceIds };
  if (after.pauseReason) change.pauseReason = after.pauseReason;
  await recordTimeline(tx, customerId, 'stage.changed', {
    actor: 'system',
    summary: `Stage ${before.stage} → ${after.stage}`,
    invoiceIds,
    data: { ...change },
  });
  await enqueueEvent(tx, customerId, 'stage.changed', change);
}

function formatted(snapshot: CustomerSnapshot, amount: { amount: number; currency: string }): string {
  return formatMoney(amount, snapshot.context.customer.locale);
}

/** Brings each instalment's stored paid amount and status up to date; returns the ones that newly fell overdue. */
async function updateInstalments(
  tx: WriteContext,
  record: PlanRecord,
  standing: PlanStanding,
  snapshot: CustomerSnapshot,
): Promise<number[]> {
  const overdue: number[] = [];
  for (const [seq, stored] of record.instalments.entries()) {
    const now = standing.instalments[seq];
    if (!now || (stored.status === now.status && stored.paid_amount === now.paid.amount)) continue;
    const result = await tx.trx
      .updateTable('plan_instalments')
      .set({ status: now.status, paid_amount: now.paid.amount })
      .where('creditor_id', '=', tx.creditorId)
      .where('plan_id', '=', record.row.id)
      .where('seq', '=', seq)
      .where('status', '=', stored.status)
      .where('paid_amount', '=', stored.paid_amount)
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) continue;
    const label = `Instalment ${seq + 1} of ${record.instalments.length} (${formatted(snapshot, now.amount)}, due ${now.dueDate})`;
    if (now.status === 'overdue' && (stored.status === 'due' || stored.status === 'part_paid')) {
      overdue.push(seq);
      await recordTimeline(tx, record.row.customer_id, 'plan.instalment_overdue', {
        actor: 'system',
        invoiceIds: record.invoiceIds,
        summary: `${label} is unpaid: time for a kind reminder; the plan stands if it is paid by ${now.graceUntil}`,
        data: { planId: record.row.id, instalment: seq + 1, graceUntil: now.graceUntil },
      });
    } else if (now.status === 'paid' && stored.status !== 'paid') {
      await recordTimeline(tx, record.row.customer_id, 'plan.instalment_paid', {
        actor: 'system',
        invoiceIds: record.invoiceIds,
        summary: `${label} is paid`,
        data: { planId: record.row.id, instalment: seq + 1 },
      });
    }
  }
  return overdue;
}

async function followUpPlan(tx: WriteContext, record: PlanRecord, snapshot: CustomerSnapshot): Promise<void> {
  const { row } = record;
  const standing = planStanding(record, snapshot);
  const overdue = await updateInstalments(tx, record, standing, snapshot);
  const reload = async () => {
    const [fresh] = await loadPlans(tx.trx, tx.creditorId, { planId: row.id });
    return fresh ?? record;
  };
  if (overdue.length > 0) {
    await enqueueEvent(tx, row.customer_id, 'plan.instalment_overdue', planView(await reload(), snapshot));
  }

  // The creditor withdrew or credited everything the plan covered: nothing is left to follow up.
  const covered = invoicesById(snapshot, record.invoiceIds);
  const nothingLeft = covered.length > 0 && covered.every((invoice) => invoice.assessment.settled);
  const target =
    standing.state === 'completed' || nothingLeft
      ? 'completed'
      : standing.state === 'lapsed'
        ? 'lapsed'
        : standing.paid.amount > 0
          ? 'active'
          : 'accepted';
  if (target === row.status) return;
  if (!(await transitionPlan(tx, row.id, row.status, target))) return;
  if (target === 'active') return;

  const view = planView(await reload(), snapshot);
  if (target === 'completed') {
    await recordTimeline(tx, row.customer_id, 'plan.completed', {
      actor: 'system',
      invoiceIds: record.invoiceIds,
      summary: `Plan ${row.id} is paid off`,
      data: { planId: row.id },
    });
    await enqueueEvent(tx, row.customer_id, 'plan.completed', view);
    return;
  }
  const missed = standing.instalments.findIndex((instalment) => instalment.status === 'missed');
  await recordTimeline(tx, row.customer_id, 'plan.lapsed', {
    actor: 'system',
    invoiceIds: record.invoiceIds,
    summary: `Plan ${row.id} lapsed on ${standing.since}: instalment ${missed + 1} stayed unpaid past its grace period; reminders resume`,
    data: { planId: row.id, since: standing.since, instalment: missed + 1 },
  });
  await enqueueEvent(tx, row.customer_id, 'plan.lapsed', view);
  const ending = { invoiceIds: record.invoiceIds, kind: 'plan' as const };
  await noteResumedStage(
    tx,
    row.customer_id,
    stageWith(snapshot, { ...ending, inForce: true }),
    stageWith(snapshot, { ...ending, inForce: false }),
    record.invoiceIds,
  );
}

async function followUpPromise(
  tx: WriteContext,
  record: PromiseRecord,
  snapshot: CustomerSnapshot,
): Promise<void> {
  const { row } = record;
  const standing = promiseStanding(record, snapshot);
  const covered = invoicesById(snapshot, record.invoiceIds);
  const nothingLeft = covered.length > 0 && covered.every((invoice) => invoice.assessment.settled);
  const target =
    standing.state === 'kept' || nothingLeft ? 'kept' : standing.state === 'broken' ? 'broken' : null;
  if (target === null) return;
  if (!(await closePromise(tx, row.id, target))) return;
  const view = promiseView({ ...record, row: { ...row, status: target } }, snapshot);
  await recordTimeline(tx, row.customer_id, `promise.${target}`, {
    actor: 'system',
    invoiceIds: record.invoiceIds,
    summary:
      target === 'kept'
        ? `The promise to pay ${formatted(snapshot, view.amount)} by ${row.promised_date} was kept`
        : `The promise to pay ${formatted(snapshot, view.amount)} by ${row.promised_date} was not kept; reminders resume`,
    data: { promiseId: row.id, date: row.promised_date, paid: view.paid },
  });
  await enqueueEvent(tx, row.customer_id, `promise.${target}`, view);
  if (target === 'broken') {
    const ending = { invoiceIds: record.invoiceIds, kind: 'promise' as const };
    await noteResumedStage(
      tx,
      row.customer_id,
      stageWith(snapshot, { ...ending, inForce: true }),
      stageWith(snapshot, { ...ending, inForce: false }),
      record.invoiceIds,
    );
  }
}

/**
 * Follows up a customer's running plans and promises inside the caller's transaction: stored
 * instalment statuses, overdue reminders, completions, lapses, kept and broken promises, each
 * with its timeline entry and webhook. Cheap when the customer has none (one query each).
 */
export async function followUpCustomer(tx: WriteContext, customerId: string): Promise<void> {
  const [plans, promises] = await Promise.all([
    loadPlans(tx.trx, tx.creditorId, { customerId, statuses: RUNNING_PLAN_STATUSES }),
    loadPromises(tx.trx, tx.creditorId, { customerId, statuses: ['active'] }),
  ]);
  if (plans.length === 0 && promises.length === 0) return;
  const snapshot = await loadSnapshot(tx.trx, { creditorId: tx.creditorId, customerId, now: tx.now });
  for (const plan of plans) await followUpPlan(tx, plan, snapshot);
  for (const promise of promises) await followUpPromise(tx, promise, snapshot);
}

/** What a follow-up run needs. */
export interface FollowUpOptions {
  db: AmicableDb;
  creditorId: string;
  /** The business clock (the app's `clock`). */
  clock: () => Date;
  /** Told when a run queued outgoing webhook events (the dispatcher's `wake`). */
  onEventsQueued?: () => void;
  logger?: Logger;
}

/**
 * Follows up every customer with a running plan or promise, one transaction per customer (a
 * failure for one is logged and does not stop the others). Returns how many were followed up.
 */
export async function followUpAll(options: FollowUpOptions): Promise<number> {
  const { db, creditorId } = options;
  const logger = options.logger ?? silentLogger;
  const [planCustomers, promiseCustomers] = await Promise.all([
    db
      .selectFrom('plans')
      .select('customer_id')
      .distinct()
      .where('creditor_id', '=', creditorId)
      .where('status', 'in', [...RUNNING_PLAN_STATUSES])
      .execute(),
    db
      .selectFrom('promises')
      .select('customer_id')
      .distinct()
      .where('creditor_id', '=', creditorId)
      .where('status', '=', 'active')
      .execute(),
  ]);
  const customers = [
    ...new Set([...planCustomers, ...promiseCustomers].map((row) => row.customer_id)),
  ].sort();
  let done = 0;
  for (const customerId of customers) {
    try {
      await followUpInTransaction(options, customerId);
      done += 1;
    } catch (error) {
      logger.warn('plan follow-up failed', { customerId, ...errorFields(error) });
    }
  }
  return done;
}

/** Follows up one customer in a transaction of its own (for reads and the timer). */
export async function followUpInTransaction(options: FollowUpOptions, customerId: string): Promise<void> {
  const queuedEventIds: string[] = [];
  await options.db.transaction().execute(async (trx) => {
    await followUpCustomer(
      { trx, creditorId: options.creditorId, now: options.clock(), queuedEventIds },
      customerId,
    );
  });
  if (queuedEventIds.length > 0) options.onEventsQueued?.();
}

/** A running follow-up timer. */
export interface PlanFollowUpTimer {
  /** Runs once now (also what the timer does); resolves with the number of customers followed up. */
  runNow(): Promise<number>;
  /** Stops the timer and waits for a run in progress, so the database can be closed after it. */
  stop(): Promise<void>;
}

/**
 * Follows up every running plan and promise every `intervalMs` (default hourly), so that a lapse
 * or a broken promise is recorded, and the creditor told, even on a day nothing else happens.
 * The timer does not keep the process alive. Overlapping runs are skipped.
 */
export function startPlanFollowUp(options: FollowUpOptions & { intervalMs?: number }): PlanFollowUpTimer {
  let running: Promise<number> | undefined;
  const runNow = () => {
    running ??= followUpAll(options).finally(() => {
      running = undefined;
    });
    return running;
  };
  const timer = setInterval(
    () => {
      runNow().catch((error: unknown) =>
        (options.logger ?? silentLogger).warn('plan follow-up failed', errorFields(error)),
      );
    },
    options.intervalMs ?? 60 * 60 * 1000,
  );
  timer.unref?.();
  return {
    runNow,
    async stop() {
      clearInterval(timer);
      await running?.catch(() => undefined);
    },
  };
}
