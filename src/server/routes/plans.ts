/**
 * Instalment plans and promises to pay: the customer proposes, the policy decides at once.
 *
 * - `GET /v1/plans/quote`: the policy for the invoices, what a plan pays off (interest waived),
 *   a suggested schedule, and the window for a promise.
 * - `POST /v1/plans`: `accepted` at once within the policy; `pending` (the creditor reviews and
 *   answers by `respondBy`) when it asks a little more: up to twice the instalments, months or days
 *   to the first payment, or a new plan after one lapsed; 422 `policy_violation` with the `rule`
 *   when no such plan can be agreed (see `checkPlan` in the domain and `PlanRule` in the contract).
 *   An invoice has one open plan at a time, enforced by a unique index: concurrent proposals make
 *   one plan, the others answer 409.
 * - `GET /v1/plans/{id}`: the plan and each instalment as it stands today.
 * - `POST /v1/admin/plans/{id}/decision`: the creditor accepts or rejects a pending plan.
 * - `POST /v1/promises`: a promise to pay everything by a date within `promisePolicy.maxDays`;
 *   reminders wait until then and resume the day after if it is not kept.
 *
 * Every change is on the customer's timeline and queues a webhook (`plan.proposed`,
 * `plan.accepted`, `plan.rejected`, `promise.made`, and from the follow-up `plan.instalment_overdue`,
 * `plan.lapsed`, `plan.completed`, `promise.kept`, `promise.broken`), with `stage.changed` when
 * the account's stage moves.
 */
import type { CreatePlanRequest } from '../../contract/plan';
import {
  addDays,
  checkPlan,
  checkPromise,
  firstDueWindow,
  inferFrequency,
  type Money,
  money,
  type PlanFrequency,
  promiseWindow,
  reviewDaysOf,
  type ScheduledInstalment,
  scheduleByCount,
  suggestPlan,
} from '../../domain';
import type { AppDeps } from '../context';
import type { OperationRouter } from '../operations';
import { enqueueEvent } from '../outbox';
import { activePromiseOn, lapsedBefore, openPlanOn, planExistsProblem, resolveBasis } from '../plans/basis';
import { type FollowUpOptions, followUpCustomer, followUpInTransaction } from '../plans/follow-up';
import { planRefused, promiseRefused } from '../plans/problems';
import { loadSnapshot, planPolicyOf, promisePolicyOf, todayOf } from '../plans/snapshot';
import { insertPlan, insertPromise, loadPlans, transitionPlan } from '../plans/store';
import { planView, promiseView } from '../plans/views';
import { problems } from '../problem';
import { accountStageIn, noteStageChange } from '../state';
import { recordTimeline } from '../timeline';
import { creditorInfo } from '../views';

/** The instalments a request proposes, and the frequency it asked for (count requests only). */
function proposedSchedule(
  body: CreatePlanRequest,
  total: Money,
  fee: Money | undefined,
): { instalments: ScheduledInstalment[]; frequency: PlanFrequency; asked?: PlanFrequency } {
  if ('count' in body) {
    const frequency = body.frequency ?? 'monthly';
    return {
      instalments: scheduleByCount({
        total,
        ...(fee ? { fee } : {}),
        count: body.count,
        firstDueDate: body.firstDueDate,
        frequency,
      }),
      frequency,
      asked: frequency,
    };
  }
  const instalments = body.instalments.map((instalment) => ({
    dueDate: instalment.dueDate,
    amount: money(instalment.amount.amount, instalment.amount.currency),
  }));
  return { instalments, frequency: inferFrequency(instalments.map((instalment) => instalment.dueDate)) };
}

/** Registers the plan and promise operations. */
export function registerPlanRoutes(router: OperationRouter, deps: AppDeps): void {
  const followUpOptions: FollowUpOptions = {
    db: deps.db,
    creditorId: deps.creditorId,
    clock: deps.clock,
    onEventsQueued: deps.onEventsQueued,
    logger: deps.logger,
  };
  const snapshotOf = (customerId: string) =>
    loadSnapshot(deps.db, { creditorId: deps.creditorId, customerId, now: deps.clock() });

  router.read('getPlanQuote', async ({ customerId, query }) => {
    // A plan that lapsed since the last write frees its invoices for a new proposal.
    await followUpInTransaction(followUpOptions, customerId);
    const snapshot = await snapshotOf(customerId);
    const basis = resolveBasis(snapshot, query.invoiceIds);
    const open = openPlanOn(basis);
    if (open) throw planExistsProblem(open);
    const policy = planPolicyOf(snapshot);
    const today = todayOf(snapshot);
    const window = firstDueWindow(policy, today);
    const suggested = suggestPlan(basis.total, policy, today);
    const promise = promiseWindow(promisePolicyOf(snapshot), today);
    return {
      invoiceIds: basis.invoices.map((invoice) => invoice.bundle.invoice.id),
      total: basis.total,
      policy,
      earliestFirstDueDate: window.earliest,
      latestFirstDueDate: window.latest,
      suggested: {
        count: suggested.count,
        frequency: suggested.frequency,
        firstDueDate: suggested.firstDueDate,
        instalments: suggested.instalments.map((instalment) => ({ ...instalment })),
      },
      ...(basis.waivedInterest.amount > 0 ? { waivedInterest: basis.waivedInterest } : {}),
      // Who the customer deals with, named as the account and the invoice name them.
      creditor: creditorInfo(snapshot.context),
      promise: {
        amount: basis.amountDue,
        earliestDate: promise.earliest,
        latestDate: promise.latest,
        maxDays: promisePolicyOf(snapshot).maxDays,
      },
    };
  });

  router.write('createPlan', async ({ customerId, body }, tx) => {
    await followUpCustomer(tx, customerId);
    const before = await accountStageIn(tx, customerId);
    const snapshot = await loadSnapshot(tx.trx, { creditorId: tx.creditorId, customerId, now: tx.now });
    const basis = resolveBasis(snapshot, body.invoiceIds);
    const open = openPlanOn(basis);
    if (open) throw planExistsProblem(open);
    const policy = planPolicyOf(snapshot);
    const today = todayOf(snapshot);
    const fee =
      policy.fee && policy.fee.amount > 0 ? money(policy.fee.amount, policy.fee.currency) : undefined;
    const proposal = proposedSchedule(body, basis.total, fee);
    const verdict = checkPlan(
      { instalments: proposal.instalments, ...(proposal.asked ? { frequency: proposal.asked } : {}) },
      { total: basis.total, policy, today, lapsedBefore: lapsedBefore(basis) },
    );
    if (verdict.decision === 'refuse') throw planRefused(verdict.breaches, 'count' in body);

    const status = verdict.decision === 'accept' ? 'accepted' : 'pending';
    const invoiceIds = basis.invoices.map((invoice) => invoice.bundle.invoice.id);
    const record = await insertPlan(tx, {
      customerId,
      invoiceIds,
      status,
      frequency: proposal.frequency,
      total: basis.total.amount,
      fee: fee?.amount ?? 0,
      currency: basis.currency,
      respondBy: status === 'pending' ? addDays(today, reviewDaysOf(policy)) : null,
      reviewReasons: verdict.breaches.map((breach) => breach.rule),
      paidBefore: basis.paidBefore.amount,
      instalments: proposal.instalments,
    });
    const view = planView(record, snapshot);
    const count = proposal.instalments.length;
    await recordTimeline(tx, customerId, 'plan.proposed', {
      actor: 'customer',
      invoiceIds,
      summary: `Proposed a plan of ${count} instalment${count === 1 ? '' : 's'}`,
      data: { planId: record.row.id, status, instalments: count },
    });
    if (status === 'accepted') {
      await recordTimeline(tx, customerId, 'plan.accepted', {
        actor: 'system',
        invoiceIds,
        summary: "Agreed at once: within the creditor's policy",
        data: { planId: record.row.id },
      });
    } else {
      await recordTimeline(tx, customerId, 'plan.review_requested', {
        actor: 'system',
        invoiceIds,
        summary: `Outside the policy (${verdict.breaches.map((breach) => breach.rule).join(', ')}): the creditor answers by ${view.respondBy}`,
        data: { planId: record.row.id, rules: verdict.breaches.map((breach) => breach.rule) },
      });
    }
    await enqueueEvent(tx, customerId, 'plan.proposed', view);
    await noteStageChange(tx, customerId, before, invoiceIds);
    return view;
  });

  router.read('getPlan', async ({ customerId, params }) => {
    await followUpInTransaction(followUpOptions, customerId);
    const [record] = await loadPlans(deps.db, deps.creditorId, { planId: params.id, customerId });
    // Another customer's plan is simply not found.
    if (!record) throw problems.notFound(`There is no plan ${params.id}`);
    return planView(record, await snapshotOf(customerId));
  });

  router.write('decidePlan', async ({ params, body }, tx) => {
    const [record] = await loadPlans(tx.trx, tx.creditorId, { planId: params.id });
    if (!record) throw problems.notFound(`There is no plan ${params.id}`);
    const { row } = record;
    if (row.status !== 'pending') {
      throw problems.conflict(`Plan ${row.id} is ${row.status}: only a pending plan can be decided`);
    }
    const customerId = row.customer_id;
    const before = await accountStageIn(tx, customerId);
    const to = body.decision === 'accept' ? 'accepted' : 'rejected';
    const decided = await transitionPlan(tx, row.id, 'pending', to, {
      decided_at: tx.now.toISOString(),
      message: body.message ?? null,
    });
    if (!decided) throw problems.conflict(`Plan ${row.id} was decided a moment ago`);
    const [fresh] = await loadPlans(tx.trx, tx.creditorId, { planId: row.id });
    const snapshot = await loadSnapshot(tx.trx, { creditorId: tx.creditorId, customerId, now: tx.now });
    const view = planView(fresh ?? record, snapshot);
    await recordTimeline(tx, customerId, `plan.${to}`, {
      actor: 'creditor',
      invoiceIds: record.invoiceIds,
      summary:
        to === 'accepted'
          ? 'The creditor accepted the proposed plan'
          : 'The creditor declined the proposed plan',
      data: { planId: row.id, ...(body.message ? { message: body.message } : {}) },
    });
    await enqueueEvent(tx, customerId, `plan.${to}`, view);
    await noteStageChange(tx, customerId, before, record.invoiceIds);
    return view;
  });

  router.write('createPromise', async ({ customerId, body }, tx) => {
    await followUpCustomer(tx, customerId);
    const before = await accountStageIn(tx, customerId);
    const snapshot = await loadSnapshot(tx.trx, { creditorId: tx.creditorId, customerId, now: tx.now });
    const basis = resolveBasis(snapshot, body.invoiceIds);
    const open = openPlanOn(basis);
    if (open) throw planExistsProblem(open);
    const promised = activePromiseOn(basis);
    if (promised) {
      throw problems.conflict(
        `Invoice ${promised.invoiceNumber} already has a promise to pay (${promised.id}); one at a time`,
      );
    }
    const breach = checkPromise(body.date, promisePolicyOf(snapshot), todayOf(snapshot));
    if (breach) throw promiseRefused(breach);
    const invoiceIds = basis.invoices.map((invoice) => invoice.bundle.invoice.id);
    const record = await insertPromise(tx, {
      customerId,
      invoiceIds,
      date: body.date,
      amount: basis.amountDue.amount,
      currency: basis.currency,
      paidBefore: basis.paidBefore.amount,
    });
    const view = promiseView(record, snapshot);
    await recordTimeline(tx, customerId, 'promise.made', {
      actor: 'customer',
      invoiceIds,
      summary: `Promised to pay by ${body.date}`,
      data: { promiseId: record.row.id, date: body.date, amount: view.amount },
    });
    await enqueueEvent(tx, customerId, 'promise.made', view);
    await noteStageChange(tx, customerId, before, invoiceIds);
    return view;
  });
}
