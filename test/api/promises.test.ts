import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../src/contract/problem';
import { PaymentPromise } from '../../src/contract/promise';
import { OutgoingWebhookEvent } from '../../src/contract/webhooks';
import { followUpAll } from '../../src/server/plans/follow-up';
import { CreditorScenario, nok } from './creditor-scenario';
import { backends, type TestClient, testClient, useDatabase } from './setup';

describe.each(backends)('promises to pay on $name', (backend) => {
  const database = useDatabase(backend);
  const creditorId = 'promises';
  let client: TestClient;
  const scenario = new CreditorScenario(
    database,
    creditorId,
    () => testClient(database.current.db, { creditorId }),
    2000,
  );
  const seedCustomer = () => scenario.seedCustomer();
  const account = (customerId: string, on?: TestClient) => scenario.account(customerId, on);
  const timeline = (customerId: string) => scenario.timeline(customerId);
  const outbox = (customerId: string) => scenario.outbox(customerId);

  function promise(customerId: string, body: unknown, key: string = randomUUID(), on: TestClient = client) {
    return on.customer(customerId, 'POST', '/v1/promises', body, { 'Idempotency-Key': key });
  }

  async function promiseRows(customerId: string) {
    return database.current.db
      .selectFrom('promises')
      .selectAll()
      .where('creditor_id', '=', creditorId)
      .where('customer_id', '=', customerId)
      .execute();
  }

  const followUpOn = (now: string) =>
    followUpAll({ db: database.current.db, creditorId, clock: () => new Date(now) });

  beforeAll(async () => {
    await scenario.open();
    client = scenario.client;
  });

  it('takes a promise within the policy: reminders wait until the date', async () => {
    const { customerId, invoiceId } = await seedCustomer();
    const response = await promise(customerId, { invoiceIds: [invoiceId], date: '2026-11-16' });
    expect(response.status).toBe(201);
    const made = PaymentPromise.parse(await response.json());
    expect(made).toMatchObject({
      invoiceIds: [invoiceId],
      date: '2026-11-16',
      status: 'active',
      paid: nok(0),
    });
    // Everything owed: the invoice, the reminder fee and the interest so far.
    expect(made.amount.amount).toBeGreaterThan(152_750);
    expect(made.payment?.reference.scheme).toBe('kid');

    const summary = await account(customerId);
    expect(summary.stage).toBe('paused');
    expect(summary.pauseReason).toBe('promise');
    expect(summary.promise?.id).toBe(made.id);
    expect(summary.nextStep).toMatchObject({ kind: 'promise_due', date: '2026-11-16' });

    expect((await timeline(customerId)).find((entry) => entry.type === 'promise.made')?.actor).toBe(
      'customer',
    );
    const events = await outbox(customerId);
    expect(events.find((event) => event.type === 'promise.made')?.data).toMatchObject({ id: made.id });
    for (const event of events) expect(OutgoingWebhookEvent.safeParse(event).success, event.type).toBe(true);
  });

  it.each([
    { rule: 'promise_too_late', date: '2026-11-17' },
    { rule: 'promise_in_past', date: '2026-11-01' },
  ])('refuses a date outside the policy with 422 $rule, writing nothing', async ({ rule, date }) => {
    const { customerId, invoiceId } = await seedCustomer();
    const response = await promise(customerId, { invoiceIds: [invoiceId], date });
    expect(response.status).toBe(422);
    const problem = ProblemSchema.parse(await response.json());
    expect(problem).toMatchObject({ code: 'policy_violation', rule });
    expect(problem.errors?.[0]?.path).toBe('date');
    expect(await promiseRows(customerId)).toHaveLength(0);
    expect((await account(customerId)).stage).toBe('reminder');
  });

  it('keeps one running promise per invoice, also for concurrent requests with different keys', async () => {
    const { customerId, invoiceId } = await seedCustomer();
    const token = await client.token(customerId);
    const responses = await Promise.all(
      Array.from({ length: 6 }, (_, index) =>
        client.app.request('/v1/promises', {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': `promise-${index}`,
          },
          body: JSON.stringify({ invoiceIds: [invoiceId], date: `2026-11-1${index}` }),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 409)).toHaveLength(5);
    expect(await promiseRows(customerId)).toHaveLength(1);
  });

  it('refuses a promise on invoices a plan covers', async () => {
    const { customerId, invoiceId } = await seedCustomer();
    const plan = await client.customer(
      customerId,
      'POST',
      '/v1/plans',
      { invoiceIds: [invoiceId], count: 3, firstDueDate: '2026-12-01' },
      { 'Idempotency-Key': randomUUID() },
    );
    expect(plan.status).toBe(201);
    const response = await promise(customerId, { invoiceIds: [invoiceId], date: '2026-11-10' });
    expect(response.status).toBe(409);
  });

  it('is kept when paid in full by the date', async () => {
    const { customerId, invoiceId } = await seedCustomer();
    const made = PaymentPromise.parse(
      await (await promise(customerId, { invoiceIds: [invoiceId], date: '2026-11-16' })).json(),
    );
    const paid = await client.admin(
      'POST',
      `/v1/admin/invoices/${invoiceId}/payments`,
      { amount: made.amount, receivedOn: '2026-11-02' },
      { 'Idempotency-Key': randomUUID() },
    );
    expect(paid.status).toBe(201);
    const [row] = await promiseRows(customerId);
    expect(row?.status).toBe('kept');
    expect((await timeline(customerId)).map((entry) => entry.type)).toContain('promise.kept');
    expect((await outbox(customerId)).map((event) => event.type)).toContain('promise.kept');
  });

  it('is broken the day after the date if unpaid: the stage engine resumes and the creditor is told', async () => {
    const { customerId, invoiceId } = await seedCustomer();
    const made = await promise(customerId, { invoiceIds: [invoiceId], date: '2026-11-10' });
    expect(made.status).toBe(201);

    const onTheDay = testClient(database.current.db, { creditorId });
    onTheDay.setNow(new Date('2026-11-10T20:00:00Z'));
    expect((await account(customerId, onTheDay)).stage).toBe('paused');

    const dayAfter = testClient(database.current.db, { creditorId });
    dayAfter.setNow(new Date('2026-11-11T08:00:00Z'));
    // Reminders resume the very day, before anything is recorded.
    expect((await account(customerId, dayAfter)).stage).not.toBe('paused');

    await followUpOn('2026-11-11T08:00:00Z');
    await followUpOn('2026-11-11T09:00:00Z');
    const [row] = await promiseRows(customerId);
    expect(row?.status).toBe('broken');
    const entries = await timeline(customerId);
    expect(entries.filter((entry) => entry.type === 'promise.broken')).toHaveLength(1);
    const change = entries.filter((entry) => entry.type === 'stage.changed').at(-1)?.data;
    expect(change?.from).toBe('paused');
    expect(change?.to).toBe((await account(customerId, dayAfter)).stage);
    expect(change?.pauseReason).toBeUndefined();
    const events = await outbox(customerId);
    expect(events.filter((event) => event.type === 'promise.broken')).toHaveLength(1);
    for (const event of events) expect(OutgoingWebhookEvent.safeParse(event).success, event.type).toBe(true);

    const after = await account(customerId, dayAfter);
    expect(after.promise).toBeNull();
    expect(after.actions).toContain('promise');
  });
});
