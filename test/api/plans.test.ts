import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { Plan, PlanQuote } from '../../src/contract/plan';
import { ProblemSchema } from '../../src/contract/problem';
import { OutgoingWebhookEvent } from '../../src/contract/webhooks';
import { isValidKid } from '../../src/domain';
import { followUpAll } from '../../src/server/plans/follow-up';
import { CreditorScenario, nok } from './creditor-scenario';
import { FJORDLYS_SETTINGS, INVOICE_0042 } from './examples';
import { backends, TEST_ADMIN_KEY, TEST_NOW, type TestClient, testClient, useDatabase } from './setup';

describe.each(backends)('instalment plans on $name', (backend) => {
  const database = useDatabase(backend);
  const creditorId = 'plans';
  let client: TestClient;
  const scenario = new CreditorScenario(database, creditorId, () =>
    testClient(database.current.db, { creditorId }),
  );
  const seedCustomer = (on?: TestClient, invoice?: Partial<typeof INVOICE_0042>) =>
    scenario.seedCustomer(on, invoice);
  const account = (customerId: string, on?: TestClient) => scenario.account(customerId, on);
  const timeline = (customerId: string) => scenario.timeline(customerId);
  const outbox = (customerId: string) => scenario.outbox(customerId);

  function propose(customerId: string, body: unknown, key: string = randomUUID(), on: TestClient = client) {
    return on.customer(customerId, 'POST', '/v1/plans', body, { 'Idempotency-Key': key });
  }

  async function proposeOk(customerId: string, body: unknown, on: TestClient = client): Promise<Plan> {
    const response = await propose(customerId, body, randomUUID(), on);
    expect(response.status, await response.clone().text()).toBe(201);
    return Plan.parse(await response.json());
  }

  async function pay(invoiceId: string, amount: number, receivedOn: string, on: TestClient = client) {
    const response = await on.admin(
      'POST',
      `/v1/admin/invoices/${invoiceId}/payments`,
      { amount: nok(amount), receivedOn },
      { 'Idempotency-Key': randomUUID() },
    );
    expect(response.status, await response.clone().text()).toBe(201);
  }

  async function getPlan(customerId: string, planId: string, on: TestClient = client): Promise<Plan> {
    const response = await on.customer(customerId, 'GET', `/v1/plans/${planId}`);
    expect(response.status, await response.clone().text()).toBe(200);
    return Plan.parse(await response.json());
  }

  async function planRows(customerId: string) {
    return database.current.db
      .selectFrom('plans')
      .selectAll()
      .where('creditor_id', '=', creditorId)
      .where('customer_id', '=', customerId)
      .execute();
  }

  function clientAt(now: string): TestClient {
    const moved = testClient(database.current.db, { creditorId });
    moved.setNow(new Date(now));
    return moved;
  }

  beforeAll(async () => {
    await scenario.open();
    client = scenario.client;
  });

  describe('the quote', () => {
    it('states the policy, what a plan pays off (interest waived) and a schedule that fits', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const response = await client.customer(customerId, 'GET', `/v1/plans/quote?invoiceIds=${invoiceId}`);
      expect(response.status).toBe(200);
      const quote = PlanQuote.parse(await response.json());
      expect(quote.invoiceIds).toEqual([invoiceId]);
      // 1,490 kr and the 37.50 kr reminder fee; the interest so far is left out.
      expect(quote.total).toEqual(nok(152_750));
      expect(quote.waivedInterest?.amount).toBeGreaterThan(0);
      expect(quote.policy).toMatchObject({
        minInstalment: nok(20_000),
        maxCount: 6,
        maxMonths: 6,
        maxFirstDueDays: 30,
        allowBiweekly: false,
        graceDays: 14,
        reviewDays: 5,
      });
      expect(quote.earliestFirstDueDate).toBe('2026-11-02');
      expect(quote.latestFirstDueDate).toBe('2026-12-02');
      expect(quote.suggested).toMatchObject({ count: 6, frequency: 'monthly', firstDueDate: '2026-11-16' });
      expect(quote.suggested.instalments.reduce((sum, i) => sum + i.amount.amount, 0)).toBe(152_750);
      // A promise covers everything owed, interest included.
      expect(quote.promise).toMatchObject({
        earliestDate: '2026-11-02',
        latestDate: '2026-11-16',
        maxDays: 14,
      });
      expect(quote.promise?.amount.amount).toBe(152_750 + (quote.waivedInterest?.amount ?? 0));
    });

    it("answers 404 for another customer's invoice and 409 for one that has nothing to pay", async () => {
      const { invoiceId } = await seedCustomer();
      const other = await seedCustomer();
      const foreign = await client.customer(
        other.customerId,
        'GET',
        `/v1/plans/quote?invoiceIds=${invoiceId}`,
      );
      expect(foreign.status).toBe(404);
      await pay(other.invoiceId, 149_000, '2026-11-01');
      const paid = await client.customer(
        other.customerId,
        'GET',
        `/v1/plans/quote?invoiceIds=${other.invoiceId}`,
      );
      expect(paid.status).toBe(409);
      expect(ProblemSchema.parse(await paid.json()).code).toBe('nothing_payable');
    });
  });

  describe('accepted at once within the policy', () => {
    it('agrees the CONTRACT example: 3 instalments of 509.17, 509.17 and 509.16 kr from 1 December', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const response = await propose(customerId, {
        invoiceIds: [invoiceId],
        count: 3,
        firstDueDate: '2026-12-01',
      });
      expect(response.status).toBe(201);
      const plan = Plan.parse(await response.json());
      expect(plan).toMatchObject({
        status: 'accepted',
        invoiceIds: [invoiceId],
        total: nok(152_750),
        frequency: 'monthly',
        instalments: [
          { dueDate: '2026-12-01', amount: nok(50_917), status: 'due' },
          { dueDate: '2027-01-01', amount: nok(50_917), status: 'due' },
          { dueDate: '2027-02-01', amount: nok(50_916), status: 'due' },
        ],
        paid: nok(0),
        remaining: nok(152_750),
      });
      expect(plan.respondBy).toBeUndefined();
      expect(isValidKid(plan.payment?.reference.value ?? '')).toBe(true);
      expect(plan.payment?.bankAccount.accountNumber).toBe('12345678903');

      // Reminders pause while the plan is kept, and the next step is the first instalment.
      const summary = await account(customerId);
      expect(summary.stage).toBe('paused');
      expect(summary.pauseReason).toBe('plan');
      expect(summary.plan?.id).toBe(plan.id);
      expect(summary.nextStep).toMatchObject({
        kind: 'instalment_due',
        date: '2026-12-01',
        amount: nok(50_917),
      });
      expect(summary.actions).not.toContain('plan');

      const types = (await timeline(customerId)).map((entry) => entry.type);
      expect(types).toEqual(expect.arrayContaining(['plan.proposed', 'plan.accepted', 'stage.changed']));
      const events = await outbox(customerId);
      for (const event of events)
        expect(OutgoingWebhookEvent.safeParse(event).success, event.type).toBe(true);
      const proposed = events.find((event) => event.type === 'plan.proposed');
      expect(proposed?.data).toMatchObject({ id: plan.id, status: 'accepted' });
      expect(events.filter((event) => event.type === 'stage.changed').at(-1)?.data).toMatchObject({
        from: 'reminder',
        to: 'paused',
        pauseReason: 'plan',
      });
    });

    it('agrees explicit instalments that add up, and reads their frequency from the dates', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const plan = await proposeOk(customerId, {
        invoiceIds: [invoiceId],
        instalments: [
          { dueDate: '2026-11-20', amount: nok(52_750) },
          { dueDate: '2026-12-20', amount: nok(50_000) },
          { dueDate: '2027-01-20', amount: nok(50_000) },
        ],
      });
      expect(plan.status).toBe('accepted');
      expect(plan.frequency).toBe('monthly');
      expect(plan.instalments.map((instalment) => instalment.amount.amount)).toEqual([
        52_750, 50_000, 50_000,
      ]);
    });

    it('replays the same answer for the same Idempotency-Key and body', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const body = { invoiceIds: [invoiceId], count: 2, firstDueDate: '2026-11-30' };
      const first = await propose(customerId, body, 'same-key');
      const again = await propose(customerId, body, 'same-key');
      expect(first.status).toBe(201);
      expect(again.status).toBe(201);
      expect(await again.text()).toBe(await first.text());
      expect(await planRows(customerId)).toHaveLength(1);
    });
  });

  describe('pending: outside the policy, the creditor decides', () => {
    it('sends a plan a little longer than the policy to the creditor, who accepts it', async () => {
      const { customerId, invoiceId } = await seedCustomer(client, {
        lines: [
          {
            id: 'l1',
            description: 'Strøm, vinter',
            quantity: 1,
            unitPrice: nok(400_000),
            amount: nok(400_000),
          },
        ],
      });
      const plan = await proposeOk(customerId, {
        invoiceIds: [invoiceId],
        count: 8,
        firstDueDate: '2026-12-01',
      });
      expect(plan.status).toBe('pending');
      expect(plan.respondBy).toBe('2026-11-07');
      expect(plan.reviewReasons).toEqual(['max_count', 'max_months']);
      expect(plan.instalments.every((instalment) => instalment.status === 'due')).toBe(true);
      // Reminders wait while the creditor looks at it, and what comes next is the answer, not an instalment.
      const waiting = await account(customerId);
      expect(waiting.pauseReason).toBe('plan');
      expect(waiting.nextStep).toMatchObject({ kind: 'plan_answer', date: '2026-11-07' });
      expect((await outbox(customerId)).find((event) => event.type === 'plan.proposed')?.data).toMatchObject({
        status: 'pending',
      });

      const decided = await client.admin('POST', `/v1/admin/plans/${plan.id}/decision`, {
        decision: 'accept',
        message: 'Det går fint.',
      });
      expect(decided.status).toBe(200);
      const accepted = Plan.parse(await decided.json());
      expect(accepted).toMatchObject({ id: plan.id, status: 'accepted', message: 'Det går fint.' });
      expect(accepted.decidedAt).toBe(TEST_NOW.toISOString());
      expect(accepted.respondBy).toBeUndefined();
      expect((await getPlan(customerId, plan.id)).status).toBe('accepted');
      expect((await account(customerId)).nextStep).toMatchObject({
        kind: 'instalment_due',
        date: '2026-12-01',
      });

      const entries = await timeline(customerId);
      expect(entries.find((entry) => entry.type === 'plan.accepted')?.actor).toBe('creditor');
      expect((await outbox(customerId)).map((event) => event.type)).toContain('plan.accepted');

      const twice = await client.admin('POST', `/v1/admin/plans/${plan.id}/decision`, { decision: 'reject' });
      expect(twice.status).toBe(409);
    });

    it('sends a first payment somewhat later than allowed to review; a rejection frees the invoice', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const plan = await proposeOk(customerId, {
        invoiceIds: [invoiceId],
        count: 2,
        firstDueDate: '2026-12-20',
      });
      expect(plan.status).toBe('pending');
      expect(plan.reviewReasons).toEqual(['first_due_too_late']);
      expect((await account(customerId)).stage).toBe('paused');

      const decided = await client.admin('POST', `/v1/admin/plans/${plan.id}/decision`, {
        decision: 'reject',
      });
      expect(decided.status).toBe(200);
      expect(Plan.parse(await decided.json()).status).toBe('rejected');
      // The stage engine resumes, and a plan within the policy can be agreed instead.
      const summary = await account(customerId);
      expect(summary.stage).toBe('reminder');
      expect(summary.actions).toContain('plan');
      const stageChanges = (await timeline(customerId)).filter((entry) => entry.type === 'stage.changed');
      expect(stageChanges.at(-1)?.data).toMatchObject({ from: 'paused', to: 'reminder' });
      expect((await outbox(customerId)).map((event) => event.type)).toContain('plan.rejected');
      expect(
        (await proposeOk(customerId, { invoiceIds: [invoiceId], count: 2, firstDueDate: '2026-12-01' }))
          .status,
      ).toBe('accepted');
    });

    it('answers 404 for a decision on a plan that does not exist', async () => {
      const response = await client.admin('POST', '/v1/admin/plans/plan_nope/decision', {
        decision: 'accept',
      });
      expect(response.status).toBe(404);
    });
  });

  describe('refused: 422 policy_violation naming the rule, nothing written', () => {
    const big = {
      lines: [
        { id: 'l1', description: 'Anlegg', quantity: 1, unitPrice: nok(10_000_000), amount: nok(10_000_000) },
      ],
    };
    const cases: {
      rule: string;
      path: string;
      body: (invoiceId: string) => unknown;
      invoice?: typeof big;
    }[] = [
      {
        rule: 'min_instalment',
        path: 'count',
        body: (invoiceId) => ({ invoiceIds: [invoiceId], count: 8, firstDueDate: '2026-12-01' }),
      },
      {
        rule: 'first_due_in_past',
        path: 'firstDueDate',
        body: (invoiceId) => ({ invoiceIds: [invoiceId], count: 3, firstDueDate: '2026-11-01' }),
      },
      {
        rule: 'first_due_too_late',
        path: 'firstDueDate',
        body: (invoiceId) => ({ invoiceIds: [invoiceId], count: 3, firstDueDate: '2027-01-05' }),
      },
      {
        rule: 'max_count',
        path: 'count',
        body: (invoiceId) => ({ invoiceIds: [invoiceId], count: 13, firstDueDate: '2026-12-01' }),
        invoice: big,
      },
      {
        rule: 'frequency',
        path: 'frequency',
        body: (invoiceId) => ({
          invoiceIds: [invoiceId],
          count: 3,
          firstDueDate: '2026-12-01',
          frequency: 'biweekly',
        }),
      },
      {
        rule: 'sum_mismatch',
        path: 'instalments',
        body: (invoiceId) => ({
          invoiceIds: [invoiceId],
          instalments: [
            { dueDate: '2026-12-01', amount: nok(70_000) },
            { dueDate: '2027-01-01', amount: nok(70_000) },
          ],
        }),
      },
      {
        rule: 'currency',
        path: 'instalments',
        body: (invoiceId) => ({
          invoiceIds: [invoiceId],
          instalments: [{ dueDate: '2026-12-01', amount: { amount: 152_750, currency: 'EUR' } }],
        }),
      },
    ];

    it.each(cases)('$rule', async ({ rule, path, body, invoice }) => {
      const { customerId, invoiceId } = await seedCustomer(client, invoice ?? {});
      const response = await propose(customerId, body(invoiceId));
      expect(response.status).toBe(422);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      const problem = ProblemSchema.parse(await response.json());
      expect(problem.code).toBe('policy_violation');
      expect(problem.rule).toBe(rule);
      expect(problem.errors?.map((error) => error.path)).toContain(path);
      expect(problem.detail).toBeTruthy();
      expect(await planRows(customerId)).toHaveLength(0);
      expect((await account(customerId)).stage).toBe('reminder');
      expect((await timeline(customerId)).some((entry) => entry.type.startsWith('plan.'))).toBe(false);
    });

    it('refuses a plan on invoices in different currencies (422) and on a foreign invoice (404)', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const euros = `inv-eur-${customerId}`;
      await client.admin('PUT', `/v1/admin/invoices/${euros}`, {
        ...INVOICE_0042,
        number: 'EUR-1',
        customerId,
        currency: 'EUR',
        lines: [
          {
            id: 'l1',
            description: 'Service',
            quantity: 1,
            unitPrice: { amount: 10_000, currency: 'EUR' },
            amount: { amount: 10_000, currency: 'EUR' },
          },
        ],
        reminders: [],
      });
      const mixed = await propose(customerId, {
        invoiceIds: [invoiceId, euros],
        count: 2,
        firstDueDate: '2026-12-01',
      });
      expect(mixed.status).toBe(422);
      const other = await seedCustomer();
      const foreign = await propose(other.customerId, {
        invoiceIds: [invoiceId],
        count: 2,
        firstDueDate: '2026-12-01',
      });
      expect(foreign.status).toBe(404);
    });
  });

  describe('one open plan per invoice', () => {
    it('refuses a second plan for the same invoice with 409', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      await proposeOk(customerId, { invoiceIds: [invoiceId], count: 3, firstDueDate: '2026-12-01' });
      const second = await propose(customerId, {
        invoiceIds: [invoiceId],
        count: 2,
        firstDueDate: '2026-12-01',
      });
      expect(second.status).toBe(409);
      const quote = await client.customer(customerId, 'GET', `/v1/plans/quote?invoiceIds=${invoiceId}`);
      expect(quote.status).toBe(409);
    });

    it('makes one plan from concurrent duplicates with the same Idempotency-Key', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const token = await client.token(customerId);
      const body = JSON.stringify({ invoiceIds: [invoiceId], count: 3, firstDueDate: '2026-12-01' });
      const responses = await Promise.all(
        Array.from({ length: 8 }, () =>
          client.app.request('/v1/plans', {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'Idempotency-Key': 'double-click',
            },
            body,
          }),
        ),
      );
      const statuses = responses.map((response) => response.status);
      for (const status of statuses) expect([201, 409]).toContain(status);
      const created = responses.filter((response) => response.status === 201);
      expect(created.length).toBeGreaterThanOrEqual(1);
      expect(new Set(await Promise.all(created.map((response) => response.text()))).size).toBe(1);
      expect(await planRows(customerId)).toHaveLength(1);
    });

    it('makes one plan from concurrent proposals with different keys: the rest answer 409', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const token = await client.token(customerId);
      const responses = await Promise.all(
        Array.from({ length: 8 }, (_, index) =>
          client.app.request('/v1/plans', {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${token}`,
              'Content-Type': 'application/json',
              'Idempotency-Key': `tab-${index}`,
            },
            body: JSON.stringify({
              invoiceIds: [invoiceId],
              count: 2 + (index % 4),
              firstDueDate: '2026-12-01',
            }),
          }),
        ),
      );
      const statuses = responses.map((response) => response.status).sort();
      expect(statuses.filter((status) => status === 201)).toHaveLength(1);
      expect(statuses.filter((status) => status === 409)).toHaveLength(7);
      expect(await planRows(customerId)).toHaveLength(1);
      const open = await database.current.db
        .selectFrom('plan_invoices')
        .select('plan_id')
        .where('creditor_id', '=', creditorId)
        .where('invoice_id', '=', invoiceId)
        .where('is_open', '=', 1)
        .execute();
      expect(open).toHaveLength(1);
    });
  });

  describe('following the plan up', () => {
    it("shows each instalment's status as payments arrive, and completes when all is paid", async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const plan = await proposeOk(customerId, {
        invoiceIds: [invoiceId],
        count: 3,
        firstDueDate: '2026-12-01',
      });
      await pay(invoiceId, 50_917, '2026-11-02');
      let current = await getPlan(customerId, plan.id);
      expect(current.status).toBe('active');
      expect(current.instalments.map((instalment) => instalment.status)).toEqual(['paid', 'due', 'due']);
      expect(current.paid).toEqual(nok(50_917));

      await pay(invoiceId, 20_000, '2026-11-02');
      current = await getPlan(customerId, plan.id);
      expect(current.instalments.map((instalment) => instalment.status)).toEqual([
        'paid',
        'part_paid',
        'due',
      ]);
      expect(current.instalments[1]?.paid).toEqual(nok(20_000));
      expect((await account(customerId)).nextStep).toMatchObject({
        kind: 'instalment_due',
        amount: nok(30_917),
      });

      await pay(invoiceId, 81_833, '2026-11-02');
      current = await getPlan(customerId, plan.id);
      expect(current.status).toBe('completed');
      expect(current.remaining).toEqual(nok(0));
      const types = (await timeline(customerId)).map((entry) => entry.type);
      expect(types.filter((type) => type === 'plan.instalment_paid')).toHaveLength(3);
      expect(types).toContain('plan.completed');
      expect((await outbox(customerId)).map((event) => event.type)).toContain('plan.completed');
      expect((await account(customerId)).invoices).toEqual([]);
    });

    it('gives a missed instalment a grace period and a kind reminder, then lapses and resumes the stage', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const plan = await proposeOk(customerId, {
        invoiceIds: [invoiceId],
        count: 3,
        firstDueDate: '2026-12-01',
      });

      // The day after the first due date: overdue, with the last day to pay, and one kind reminder.
      const dayAfter = clientAt('2026-12-02T09:00:00Z');
      const overdue = await getPlan(customerId, plan.id, dayAfter);
      expect(overdue.status).toBe('accepted');
      expect(overdue.instalments[0]).toMatchObject({ status: 'overdue', graceUntil: '2026-12-15' });
      await getPlan(customerId, plan.id, dayAfter);
      const reminders = (await timeline(customerId)).filter(
        (entry) => entry.type === 'plan.instalment_overdue',
      );
      expect(reminders).toHaveLength(1);
      expect(reminders[0]?.data).toMatchObject({ instalment: 1, graceUntil: '2026-12-15' });
      const overdueEvents = (await outbox(customerId)).filter(
        (event) => event.type === 'plan.instalment_overdue',
      );
      expect(overdueEvents).toHaveLength(1);
      expect((await account(customerId, dayAfter)).stage).toBe('paused');

      // After the grace period the stage engine resumes at once, even before anything is recorded.
      const afterGrace = clientAt('2026-12-16T09:00:00Z');
      const resumed = await account(customerId, afterGrace);
      expect(resumed.stage).not.toBe('paused');
      expect(resumed.pauseReason).toBeUndefined();

      // The follow-up records the lapse once, with the stage change, however often it runs.
      expect(
        await followUpAll({
          db: database.current.db,
          creditorId,
          clock: () => new Date('2026-12-16T09:00:00Z'),
        }),
      ).toBeGreaterThanOrEqual(1);
      await followUpAll({
        db: database.current.db,
        creditorId,
        clock: () => new Date('2026-12-16T10:00:00Z'),
      });
      const lapsed = await getPlan(customerId, plan.id, afterGrace);
      expect(lapsed.status).toBe('lapsed');
      expect(lapsed.instalments.map((instalment) => instalment.status)).toEqual(['missed', 'due', 'due']);
      const entries = await timeline(customerId);
      expect(entries.filter((entry) => entry.type === 'plan.lapsed')).toHaveLength(1);
      const change = entries.filter((entry) => entry.type === 'stage.changed').at(-1);
      expect(change?.data).toMatchObject({ from: 'paused', to: resumed.stage });
      const events = await outbox(customerId);
      expect(events.filter((event) => event.type === 'plan.lapsed')).toHaveLength(1);
      for (const event of events)
        expect(OutgoingWebhookEvent.safeParse(event).success, event.type).toBe(true);

      // The invoice is free again; a new plan after a lapse goes to the creditor.
      const after = await account(customerId, afterGrace);
      expect(after.plan).toBeNull();
      expect(after.actions).toContain('plan');
      const next = await proposeOk(
        customerId,
        { invoiceIds: [invoiceId], count: 2, firstDueDate: '2026-12-20' },
        afterGrace,
      );
      expect(next.status).toBe('pending');
      expect(next.reviewReasons).toEqual(['after_lapse']);
    });

    it('keeps the plan when the late instalment is paid within the grace period', async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const plan = await proposeOk(customerId, {
        invoiceIds: [invoiceId],
        count: 3,
        firstDueDate: '2026-12-01',
      });
      const late = clientAt('2026-12-10T09:00:00Z');
      await pay(invoiceId, 50_917, '2026-12-10', late);
      const later = clientAt('2026-12-20T09:00:00Z');
      const current = await getPlan(customerId, plan.id, later);
      expect(current.status).toBe('active');
      expect(current.instalments.map((instalment) => instalment.status)).toEqual(['paid', 'due', 'due']);
      expect((await account(customerId, later)).stage).toBe('paused');
    });

    it("answers 404 for another customer's plan", async () => {
      const { customerId, invoiceId } = await seedCustomer();
      const plan = await proposeOk(customerId, {
        invoiceIds: [invoiceId],
        count: 2,
        firstDueDate: '2026-12-01',
      });
      const other = await seedCustomer();
      const response = await client.customer(other.customerId, 'GET', `/v1/plans/${plan.id}`);
      expect(response.status).toBe(404);
      expect(response.headers.get('authorization')).toBeNull();
      expect(TEST_ADMIN_KEY).toBeTruthy();
    });
  });

  describe('a creditor with a plan fee and fortnightly instalments', () => {
    let feeClient: TestClient;

    beforeAll(async () => {
      feeClient = testClient(database.current.db, { creditorId: 'plans-fee' });
      const settings = {
        ...FJORDLYS_SETTINGS,
        planPolicy: { ...FJORDLYS_SETTINGS.planPolicy, fee: nok(5_000), allowBiweekly: true },
      };
      expect((await feeClient.admin('PUT', '/v1/admin/settings', settings)).status).toBe(200);
    });

    it('adds the disclosed fee to the first instalment and allows every two weeks', async () => {
      const { customerId, invoiceId } = await seedCustomer(feeClient);
      const quote = PlanQuote.parse(
        await (await feeClient.customer(customerId, 'GET', `/v1/plans/quote?invoiceIds=${invoiceId}`)).json(),
      );
      expect(quote.policy.fee).toEqual(nok(5_000));
      expect(quote.suggested.instalments.reduce((sum, i) => sum + i.amount.amount, 0)).toBe(157_750);

      const plan = await proposeOk(
        customerId,
        { invoiceIds: [invoiceId], count: 4, firstDueDate: '2026-11-16', frequency: 'biweekly' },
        feeClient,
      );
      expect(plan.status).toBe('accepted');
      expect(plan.frequency).toBe('biweekly');
      expect(plan.fee).toEqual(nok(5_000));
      expect(plan.instalments.map((instalment) => [instalment.dueDate, instalment.amount.amount])).toEqual([
        ['2026-11-16', 38_188 + 5_000],
        ['2026-11-30', 38_188],
        ['2026-12-14', 38_187],
        ['2026-12-28', 38_187],
      ]);
    });

    it('refuses explicit instalments that leave the fee out', async () => {
      const { customerId, invoiceId } = await seedCustomer(feeClient);
      const response = await propose(
        customerId,
        {
          invoiceIds: [invoiceId],
          instalments: [
            { dueDate: '2026-12-01', amount: nok(76_375) },
            { dueDate: '2027-01-01', amount: nok(76_375) },
          ],
        },
        randomUUID(),
        feeClient,
      );
      expect(response.status).toBe(422);
      const problem = ProblemSchema.parse(await response.json());
      expect(problem.rule).toBe('sum_mismatch');
      expect(problem.detail).toContain('plan fee');
    });
  });
});
