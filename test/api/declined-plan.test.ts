import { randomUUID } from 'node:crypto';
import { beforeAll, describe, expect, it } from 'vitest';
import type { AccountSummary } from '../../src/contract/account';
import { Plan } from '../../src/contract/plan';
import { CreditorScenario, nok } from './creditor-scenario';
import { INVOICE_0042 } from './examples';
import { backends, TEST_NOW, type TestClient, testClient, useDatabase } from './setup';

/**
 * `declinedPlan` on the account: the customer hears that the creditor said no to their proposal,
 * with the creditor's words, for as long as that is still the news (see `AccountSummary.declinedPlan`).
 * Proposals go to review by asking for a first payment later than the policy's 30 days; TEST_NOW
 * is 2026-11-02, the invoice (1,490 kr) fell due on 2026-10-04.
 */
describe.each(backends)('the declined plan on the account, on $name', (backend) => {
  const database = useDatabase(backend);
  const creditorId = 'declined';
  const scenario = new CreditorScenario(
    database,
    creditorId,
    () => testClient(database.current.db, { creditorId }),
    7000,
  );
  let client: TestClient;

  const account = (customerId: string, on?: TestClient) => scenario.account(customerId, on);

  async function propose(customerId: string, body: unknown, on: TestClient = client): Promise<Plan> {
    const response = await on.customer(customerId, 'POST', '/v1/plans', body, {
      'Idempotency-Key': randomUUID(),
    });
    expect(response.status, await response.clone().text()).toBe(201);
    return Plan.parse(await response.json());
  }

  /** A proposal beyond the policy's first-payment limit: the creditor reviews it. */
  async function proposeForReview(customerId: string, invoiceIds: string[], on: TestClient = client) {
    const plan = await propose(customerId, { invoiceIds, count: 2, firstDueDate: '2026-12-20' }, on);
    expect(plan.status).toBe('pending');
    return plan;
  }

  async function decide(planId: string, decision: 'accept' | 'reject', message?: string, on = client) {
    const response = await on.admin('POST', `/v1/admin/plans/${planId}/decision`, {
      decision,
      ...(message === undefined ? {} : { message }),
    });
    expect(response.status, await response.clone().text()).toBe(200);
    return Plan.parse(await response.json());
  }

  function clientAt(now: string): TestClient {
    const moved = testClient(database.current.db, { creditorId });
    moved.setNow(new Date(now));
    return moved;
  }

  async function secondInvoice(customerId: string, invoiceId: string, on: TestClient = client) {
    const response = await on.admin('PUT', `/v1/admin/invoices/${invoiceId}`, {
      ...INVOICE_0042,
      customerId,
      number: `D-${invoiceId}`,
      reminders: [],
    });
    expect(response.status, await response.clone().text()).toBe(200);
  }

  beforeAll(async () => {
    await scenario.open();
    client = scenario.client;
  });

  it("tells of the declined proposal with the creditor's words and the plan as proposed", async () => {
    const { customerId, invoiceId } = await scenario.seedCustomer();
    const before = await account(customerId);
    expect(before.declinedPlan).toBeUndefined();

    const proposed = await proposeForReview(customerId, [invoiceId]);
    expect((await account(customerId)).declinedPlan, 'not while the creditor decides').toBeUndefined();

    const words = 'Vi kan dessverre ikke vente til 20. desember.\nRing oss gjerne på 22 00 00 00.';
    await decide(proposed.id, 'reject', words);
    const summary = await account(customerId);
    expect(summary.declinedPlan).toMatchObject({
      id: proposed.id,
      status: 'rejected',
      invoiceIds: [invoiceId],
      message: words,
      decidedAt: TEST_NOW.toISOString(),
      total: proposed.total,
    });
    expect(summary.declinedPlan?.instalments.map((instalment) => instalment.dueDate)).toEqual(
      proposed.instalments.map((instalment) => instalment.dueDate),
    );
    // The answer came: no date to wait for any more.
    expect(summary.declinedPlan?.respondBy).toBeUndefined();
    // Nothing is in force: the stage runs again and another plan can be proposed.
    expect(summary.plan).toBeNull();
    expect(summary.stage).toBe('reminder');
    expect(summary.actions).toEqual(expect.arrayContaining(['pay', 'plan', 'promise']));
  });

  it('sends no message when the creditor wrote none', async () => {
    const { customerId, invoiceId } = await scenario.seedCustomer();
    const proposed = await proposeForReview(customerId, [invoiceId]);
    await decide(proposed.id, 'reject');
    const declined = (await account(customerId)).declinedPlan;
    expect(declined?.id).toBe(proposed.id);
    expect(declined).not.toHaveProperty('message');
  });

  it('is gone once a newer plan is proposed, whatever becomes of that one', async () => {
    const { customerId, invoiceId } = await scenario.seedCustomer();
    const first = await proposeForReview(customerId, [invoiceId]);
    await decide(first.id, 'reject', 'Nei takk.');
    expect((await account(customerId)).declinedPlan?.id).toBe(first.id);

    // A second proposal for review: the first refusal is old news.
    const second = await proposeForReview(customerId, [invoiceId]);
    expect((await account(customerId)).declinedPlan).toBeUndefined();

    // Declined in turn: now that one is the news, never the first again.
    await decide(second.id, 'reject', 'Heller ikke denne gangen.');
    const afterSecond = (await account(customerId)).declinedPlan;
    expect(afterSecond).toMatchObject({ id: second.id, message: 'Heller ikke denne gangen.' });

    // A plan within the policy is agreed at once: the refusals are behind the customer.
    const agreed = await propose(customerId, {
      invoiceIds: [invoiceId],
      count: 2,
      firstDueDate: '2026-12-01',
    });
    expect(agreed.status).toBe('accepted');
    const summary = await account(customerId);
    expect(summary.plan?.id).toBe(agreed.id);
    expect(summary.declinedPlan).toBeUndefined();
  });

  it('is told of until the 30th day after the day it was declined, and not after', async () => {
    const { customerId, invoiceId } = await scenario.seedCustomer();
    const proposed = await proposeForReview(customerId, [invoiceId]);
    // Declined late in the evening (UTC): the days count from that calendar day.
    const evening = clientAt('2026-11-02T23:30:00Z');
    await decide(proposed.id, 'reject', 'Beklager.', evening);

    expect((await account(customerId, clientAt('2026-11-03T08:00:00Z'))).declinedPlan?.id).toBe(proposed.id);
    expect((await account(customerId, clientAt('2026-12-02T23:59:00Z'))).declinedPlan?.id).toBe(proposed.id);
    expect((await account(customerId, clientAt('2026-12-03T00:01:00Z'))).declinedPlan).toBeUndefined();
    // The stage's own notice goes on meanwhile.
    expect((await account(customerId, clientAt('2026-12-03T00:01:00Z'))).stage).not.toBe('upcoming');
  });

  it('names only the invoices still open, and is gone once they are all paid', async () => {
    const { customerId, invoiceId } = await scenario.seedCustomer();
    const otherId = `${invoiceId}-b`;
    await secondInvoice(customerId, otherId);
    const proposed = await proposeForReview(customerId, [invoiceId, otherId]);
    expect(proposed.invoiceIds.sort()).toEqual([invoiceId, otherId].sort());
    await decide(proposed.id, 'reject', 'Vi trenger en kortere plan.');
    expect((await account(customerId)).declinedPlan?.invoiceIds.sort()).toEqual([invoiceId, otherId].sort());

    const pay = async (id: string, amount: number) => {
      const response = await client.admin(
        'POST',
        `/v1/admin/invoices/${id}/payments`,
        { amount: nok(amount), receivedOn: '2026-11-02' },
        { 'Idempotency-Key': randomUUID() },
      );
      expect(response.status, await response.clone().text()).toBe(201);
    };
    // Everything owed on the second invoice, interest included (no fee was added to it).
    const owed = (await account(customerId)).invoices.find((invoice) => invoice.id === otherId)?.amountDue;
    await pay(otherId, owed!.amount);
    const one = await account(customerId);
    expect(one.invoices.map((invoice) => invoice.id)).toEqual([invoiceId]);
    expect(one.declinedPlan?.invoiceIds).toEqual([invoiceId]);

    const rest = one.invoices[0]!.amountDue!;
    await pay(invoiceId, rest.amount);
    const none = await account(customerId);
    expect(none.invoices).toEqual([]);
    expect(none.declinedPlan).toBeUndefined();
  });

  it("never shows one customer another customer's declined plan", async () => {
    const declined = await scenario.seedCustomer();
    const neighbour = await scenario.seedCustomer();
    const withPlan = await scenario.seedCustomer();
    const proposed = await proposeForReview(declined.customerId, [declined.invoiceId]);
    await decide(proposed.id, 'reject', 'Bare for Kari.');
    // A neighbour with a plan of their own, proposed after the refusal (so latest of all).
    await propose(withPlan.customerId, {
      invoiceIds: [withPlan.invoiceId],
      count: 2,
      firstDueDate: '2026-12-01',
    });

    expect((await account(declined.customerId)).declinedPlan?.id).toBe(proposed.id);
    const seenByOthers: AccountSummary[] = [
      await account(neighbour.customerId),
      await account(withPlan.customerId),
    ];
    for (const summary of seenByOthers) {
      expect(summary.declinedPlan).toBeUndefined();
      expect(JSON.stringify(summary)).not.toContain(proposed.id);
      expect(JSON.stringify(summary)).not.toContain('Bare for Kari.');
    }
    // Nor through the plan itself.
    const response = await client.customer(neighbour.customerId, 'GET', `/v1/plans/${proposed.id}`);
    expect(response.status).toBe(404);
  });

  it('leaves the invoice detail as it was', async () => {
    const { customerId, invoiceId } = await scenario.seedCustomer();
    const proposed = await proposeForReview(customerId, [invoiceId]);
    await decide(proposed.id, 'reject', 'Nei.');
    const response = await client.customer(customerId, 'GET', `/v1/invoices/${invoiceId}`);
    expect(response.status).toBe(200);
    const detail = (await response.json()) as Record<string, unknown>;
    expect(detail).not.toHaveProperty('declinedPlan');
    expect(detail.stage).toBe('reminder');
  });
});
