import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { InvoiceDetail } from '../../src/contract/invoice';
import { Payment } from '../../src/contract/payment';
import { ProblemSchema } from '../../src/contract/problem';
import { OutgoingWebhookEvent } from '../../src/contract/webhooks';
import type { AmicableDb } from '../../src/server/db';
import { silentLogger } from '../../src/server/logger';
import { reconcileStripePayments } from '../../src/server/payments/reconcile';
import { createStripeGateway, type StripeClientConfig } from '../../src/server/payments/stripe';
import { startServer } from '../../src/server/server';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { type FakeStripe, startFakeStripe } from './payments-fake-stripe';
import { backends, TEST_NOW, type TestClient, testClient, testConfig, useDatabase } from './setup';

const CREDITOR = 'fjordlys';
const PARTIAL_CREDITOR = 'fjordlys-part';

function stripeConfig(fake: FakeStripe): StripeClientConfig {
  return {
    secretKey: fake.secretKey,
    publishableKey: fake.publishableKey,
    webhookSecret: fake.webhookSecret,
    apiBase: fake.url,
  };
}

let keyCounter = 0;
const freshKey = () => `test-key-${Date.now()}-${++keyCounter}`;

async function problemOf(response: Response) {
  expect(response.headers.get('Content-Type')).toContain('application/problem+json');
  return ProblemSchema.parse(await response.json());
}

async function outboxEvents(db: AmicableDb, creditorId: string, type: string) {
  const rows = await db
    .selectFrom('outbox')
    .select('payload_json')
    .where('creditor_id', '=', creditorId)
    .where('type', '=', type)
    .execute();
  return rows.map((row) => OutgoingWebhookEvent.parse(JSON.parse(row.payload_json)));
}

async function timeline(client: TestClient, customerId: string) {
  const response = await client.admin('GET', `/v1/admin/customers/${customerId}/timeline`);
  expect(response.status).toBe(200);
  return ((await response.json()) as { entries: { type: string; data?: Record<string, unknown> }[] }).entries;
}

async function seedCustomer(client: TestClient, customerId: string, invoiceId: string, number: string) {
  await client.admin('PUT', `/v1/admin/customers/${customerId}`, KARI);
  const response = await client.admin('PUT', `/v1/admin/invoices/${invoiceId}`, {
    ...INVOICE_0042,
    customerId,
    number,
  });
  expect(response.status).toBe(200);
}

describe.each(backends)('payments on $name', (backend) => {
  const database = useDatabase(backend);
  let fake: FakeStripe;
  let stripe: TestClient;
  let partial: TestClient;
  let bankOnly: TestClient;

  beforeAll(async () => {
    fake = await startFakeStripe();
    const config = testConfig({ stripe: stripeConfig(fake) });
    stripe = testClient(database.current.db, { creditorId: CREDITOR, config });
    await stripe.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    partial = testClient(database.current.db, { creditorId: PARTIAL_CREDITOR, config });
    await partial.admin('PUT', '/v1/admin/settings', { ...FJORDLYS_SETTINGS, allowPartialPayments: true });
    bankOnly = testClient(database.current.db, { creditorId: 'bank-only' });
    await bankOnly.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await seedCustomer(bankOnly, 'cust-1001', 'inv-2025-0042', '2025-0042');
  });

  afterAll(async () => {
    await fake?.close();
  });

  /** What the invoice says is due by bank transfer: a card payment must charge the same. */
  async function dueOn(client: TestClient, customerId: string, invoiceId: string) {
    const response = await client.customer(customerId, 'GET', `/v1/invoices/${invoiceId}`);
    expect(response.status).toBe(200);
    return InvoiceDetail.parse(await response.json());
  }

  async function startPayment(
    client: TestClient,
    customerId: string,
    body: unknown,
    key = freshKey(),
  ): Promise<{ response: Response; payment?: Payment }> {
    const response = await client.customer(customerId, 'POST', '/v1/payments', body, {
      'Idempotency-Key': key,
    });
    if (response.status !== 201) return { response };
    return { response, payment: Payment.parse(await response.json()) };
  }

  async function deliver(client: TestClient, body: string, signature: string) {
    return client.app.request('/v1/webhooks/stripe', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': signature },
      body,
    });
  }

  function intentOf(payment: Payment): string {
    const request = fake.requests.find(
      (candidate) =>
        candidate.path === '/v1/payment_intents' &&
        (candidate.params.metadata as Record<string, string>).amicable_payment_id === payment.id,
    );
    const id = [...fake.intents.values()].find(
      (intent) => (intent.metadata as Record<string, string>).amicable_payment_id === payment.id,
    )?.id;
    expect(request, 'Stripe was asked to create the intent').toBeDefined();
    return String(id);
  }

  describe('without Stripe keys', () => {
    it('answers POST /v1/payments with 409 payment_provider_unavailable and still gives bank details', async () => {
      const { response } = await startPayment(bankOnly, 'cust-1001', { invoiceIds: ['inv-2025-0042'] });
      // 409, not 503: a setting of this deployment, not an outage, so nothing retries it.
      expect(response.status).toBe(409);
      expect(response.headers.get('Retry-After')).toBeNull();
      const problem = await problemOf(response);
      expect(problem.code).toBe('payment_provider_unavailable');
      expect(problem.detail).toMatch(/bank transfer/);

      const account = AccountSummary.parse(
        await (await bankOnly.customer('cust-1001', 'GET', '/v1/account')).json(),
      );
      expect(account.paymentOptions.card).toBe(false);
      const invoice = await dueOn(bankOnly, 'cust-1001', 'inv-2025-0042');
      expect(invoice.payment.reference.scheme).toBe('kid');
      expect(invoice.payment.bankAccount.accountNumber).toBe('12345678903');
    });

    it('refuses Stripe events: nothing can be verified without the webhook secret', async () => {
      const response = await bankOnly.app.request('/v1/webhooks/stripe', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Stripe-Signature': 't=1,v1=00' },
        body: '{}',
      });
      expect(response.status).toBe(409);
      expect((await problemOf(response)).code).toBe('payment_provider_unavailable');
    });
  });

  describe('starting a card payment', () => {
    beforeAll(async () => {
      await seedCustomer(stripe, 'cust-1001', 'inv-2025-0042', '2025-0042');
      await seedCustomer(stripe, 'cust-2002', 'inv-other', '2025-0099');
    });

    it('creates a PaymentIntent for what is due, with our idempotency key and invoice metadata', async () => {
      const due = (await dueOn(stripe, 'cust-1001', 'inv-2025-0042')).payment.amount;
      expect(due.amount).toBeGreaterThan(149000); // the principal plus the reminder fee
      const before = fake.requests.length;
      const key = freshKey();
      const { response, payment } = await startPayment(
        stripe,
        'cust-1001',
        { invoiceIds: ['inv-2025-0042'] },
        key,
      );
      expect(response.status).toBe(201);
      expect(payment).toMatchObject({
        status: 'requires_payment_method',
        amount: due,
        provider: 'stripe',
        publishableKey: fake.publishableKey,
        invoiceIds: ['inv-2025-0042'],
      });
      expect(payment!.clientSecret).toMatch(/^pi_[0-9a-f]+_secret_/);

      const created = fake.requests.slice(before).filter((request) => request.method === 'POST');
      expect(created).toHaveLength(1);
      expect(created[0]!.params).toMatchObject({
        amount: String(due.amount),
        currency: 'nok',
        automatic_payment_methods: { enabled: 'true' },
        metadata: {
          amicable_payment_id: payment!.id,
          amicable_customer_id: 'cust-1001',
          amicable_creditor_id: CREDITOR,
          invoice_ids: 'inv-2025-0042',
          invoice_numbers: '2025-0042',
        },
      });
      // Stripe gets a key derived from the customer's, never the customer's own.
      expect(created[0]!.idempotencyKey).toMatch(/^amicable-[0-9a-f]{64}$/);
      expect(created[0]!.idempotencyKey).not.toContain(key);

      const read = await stripe.customer('cust-1001', 'GET', `/v1/payments/${payment!.id}`);
      expect(read.status).toBe(200);
      expect(Payment.parse(await read.json())).toMatchObject({
        id: payment!.id,
        status: 'requires_payment_method',
      });
    });

    it('replays the same request and refuses the same key for another one', async () => {
      const key = freshKey();
      const first = await startPayment(stripe, 'cust-1001', { invoiceIds: ['inv-2025-0042'] }, key);
      const posts = fake.requests.filter((request) => request.method === 'POST').length;
      const again = await startPayment(stripe, 'cust-1001', { invoiceIds: ['inv-2025-0042'] }, key);
      expect(again.response.headers.get('Idempotent-Replayed')).toBe('true');
      expect(again.payment).toEqual(first.payment);
      expect(fake.requests.filter((request) => request.method === 'POST')).toHaveLength(posts);

      const other = await startPayment(
        stripe,
        'cust-1001',
        { invoiceIds: ['inv-2025-0042'], amount: { amount: 100000, currency: 'NOK' } },
        key,
      );
      expect(other.response.status).toBe(409);
      expect((await problemOf(other.response)).code).toBe('idempotency_mismatch');
    });

    it('answers 503 while Stripe is down, and a retry with the same key reaches one intent', async () => {
      const key = freshKey();
      fake.failNext(500, 2); // the SDK retries once by itself
      const failed = await startPayment(stripe, 'cust-1001', { invoiceIds: ['inv-2025-0042'] }, key);
      expect(failed.response.status).toBe(503);
      expect((await problemOf(failed.response)).code).toBe('payment_provider_unavailable');
      expect(failed.response.headers.get('Retry-After')).toBe('5');

      fake.failNext('drop');
      const retried = await startPayment(stripe, 'cust-1001', { invoiceIds: ['inv-2025-0042'] }, key);
      expect(retried.response.status).toBe(201);
      const keys = fake.requests.filter((request) => request.method === 'POST').slice(-4);
      expect(new Set(keys.map((request) => request.idempotencyKey)).size).toBe(1);
      const intents = [...fake.intents.values()].filter(
        (intent) => (intent.metadata as Record<string, string>).amicable_payment_id === retried.payment!.id,
      );
      expect(intents).toHaveLength(1);
    });

    it('never charges more than is due, and refuses part payments the creditor does not offer', async () => {
      const due = (await dueOn(stripe, 'cust-1001', 'inv-2025-0042')).payment.amount;
      const capped = await startPayment(stripe, 'cust-1001', {
        invoiceIds: ['inv-2025-0042'],
        amount: { amount: due.amount * 10, currency: 'NOK' },
      });
      expect(capped.response.status).toBe(201);
      expect(capped.payment!.amount).toEqual(due);

      const part = await startPayment(stripe, 'cust-1001', {
        invoiceIds: ['inv-2025-0042'],
        amount: { amount: 50000, currency: 'NOK' },
      });
      expect(part.response.status).toBe(422);
      const problem = await problemOf(part.response);
      expect(problem.code).toBe('policy_violation');
      expect(problem.rule).toBe('partial_payments');
    });

    it("answers 404 for another customer's invoice and payment, and refuses malformed bodies", async () => {
      const foreign = await startPayment(stripe, 'cust-1001', { invoiceIds: ['inv-other'] });
      expect(foreign.response.status).toBe(404);
      const own = await startPayment(stripe, 'cust-2002', { invoiceIds: ['inv-other'] });
      expect(own.response.status).toBe(201);
      const peek = await stripe.customer('cust-1001', 'GET', `/v1/payments/${own.payment!.id}`);
      expect(peek.status).toBe(404);

      const unknownField = await startPayment(stripe, 'cust-1001', {
        invoiceIds: ['inv-2025-0042'],
        total: 1,
      });
      expect(unknownField.response.status).toBe(400);
      const noKey = await stripe.customer('cust-1001', 'POST', '/v1/payments', {
        invoiceIds: ['inv-2025-0042'],
      });
      expect(noKey.status).toBe(400);
      expect((await problemOf(noKey)).code).toBe('idempotency_key_required');
    });
  });

  describe('part payments where the creditor allows them', () => {
    beforeAll(async () => {
      await seedCustomer(partial, 'cust-p1', 'inv-p1', '2025-0101');
    });

    it('validates the part: currency, Stripe minimum, and caps at what is due', async () => {
      const wrongCurrency = await startPayment(partial, 'cust-p1', {
        invoiceIds: ['inv-p1'],
        amount: { amount: 50000, currency: 'EUR' },
      });
      expect(wrongCurrency.response.status).toBe(422);
      const tiny = await startPayment(partial, 'cust-p1', {
        invoiceIds: ['inv-p1'],
        amount: { amount: 100, currency: 'NOK' },
      });
      expect(tiny.response.status).toBe(422);
      expect((await problemOf(tiny.response)).errors?.[0]?.path).toBe('amount.amount');
    });

    it('charges the part, and a settled part leaves the invoice part paid', async () => {
      const due = (await dueOn(partial, 'cust-p1', 'inv-p1')).payment.amount;
      const { payment } = await startPayment(partial, 'cust-p1', {
        invoiceIds: ['inv-p1'],
        amount: { amount: 50000, currency: 'NOK' },
      });
      expect(payment!.amount).toEqual({ amount: 50000, currency: 'NOK' });
      const intentId = intentOf(payment!);
      expect(fake.intents.get(intentId)!.amount).toBe(50000);

      fake.confirm(intentId, 'succeeded');
      const event = fake.event('payment_intent.succeeded', intentId);
      expect((await deliver(partial, event.body, fake.sign(event.body))).status).toBe(200);

      const invoice = await dueOn(partial, 'cust-p1', 'inv-p1');
      expect(invoice.status).toBe('part_paid');
      expect(invoice.outstanding.amount).toBe(invoice.total.amount - 50000);
      // Less principal also means less interest, so the rest due is at most the old due less the part.
      expect(invoice.payment.amount.amount).toBeLessThanOrEqual(due.amount - 50000);
      expect(invoice.payment.amount.amount).toBeGreaterThan(0);
      expect(invoice.payments).toEqual([
        {
          id: payment!.id,
          amount: { amount: 50000, currency: 'NOK' },
          receivedOn: '2026-11-02',
          method: 'card',
        },
      ]);
    });
  });

  describe("Stripe's signed events", () => {
    beforeAll(async () => {
      await seedCustomer(stripe, 'cust-w1', 'inv-w1', '2025-0201');
      await seedCustomer(stripe, 'cust-w2', 'inv-w2', '2025-0202');
      await seedCustomer(stripe, 'cust-w3', 'inv-w3', '2025-0203');
    });

    it('marks the invoice paid on a valid event, updates stage and timeline, and tells the creditor once', async () => {
      const account = AccountSummary.parse(
        await (await stripe.customer('cust-w1', 'GET', '/v1/account')).json(),
      );
      expect(account.stage).toBe('reminder');
      const { payment } = await startPayment(stripe, 'cust-w1', { invoiceIds: ['inv-w1'] });
      const intentId = intentOf(payment!);
      fake.confirm(intentId, 'succeeded');
      const event = fake.event('payment_intent.succeeded', intentId);

      const response = await deliver(stripe, event.body, fake.sign(event.body));
      expect(response.status).toBe(200);
      expect(await response.json()).toEqual({ received: true });

      const invoice = await dueOn(stripe, 'cust-w1', 'inv-w1');
      expect(invoice.status).toBe('paid');
      expect(invoice.outstanding.amount).toBe(0);
      const after = AccountSummary.parse(
        await (await stripe.customer('cust-w1', 'GET', '/v1/account')).json(),
      );
      expect(after.stage).toBe('upcoming');
      expect(after.invoices).toEqual([]);

      const entries = await timeline(stripe, 'cust-w1');
      const types = entries.map((entry) => entry.type);
      expect(types).toContain('payment.started');
      expect(types.filter((type) => type === 'payment.received')).toHaveLength(1);
      expect(types).toContain('stage.changed');
      const received = entries.find((entry) => entry.type === 'payment.received')!;
      expect(received.data).toMatchObject({
        paymentId: payment!.id,
        via: 'webhook',
        invoices: [{ id: 'inv-w1', status: 'paid' }],
      });

      const sent = (await outboxEvents(database.current.db, CREDITOR, 'payment.succeeded')).filter(
        (candidate) => candidate.customerId === 'cust-w1',
      );
      expect(sent).toHaveLength(1);
      expect(sent[0]!.data).toMatchObject({
        id: payment!.id,
        status: 'succeeded',
        amount: payment!.amount,
        clientSecret: null,
      });

      // The same event again (Stripe retries until it sees a 2xx): acknowledged, applied once.
      expect((await deliver(stripe, event.body, fake.sign(event.body))).status).toBe(200);
      expect(
        (await timeline(stripe, 'cust-w1')).filter((entry) => entry.type === 'payment.received'),
      ).toHaveLength(1);
      expect(
        (await outboxEvents(database.current.db, CREDITOR, 'payment.succeeded')).filter(
          (candidate) => candidate.customerId === 'cust-w1',
        ),
      ).toHaveLength(1);

      const read = Payment.parse(
        await (await stripe.customer('cust-w1', 'GET', `/v1/payments/${payment!.id}`)).json(),
      );
      expect(read.status).toBe('succeeded');
      expect(read.clientSecret).toBeNull();
    });

    it('refuses tampered, stale, foreign-secret and unsigned events and changes nothing', async () => {
      const { payment } = await startPayment(stripe, 'cust-w2', { invoiceIds: ['inv-w2'] });
      const intentId = intentOf(payment!);
      fake.confirm(intentId, 'succeeded');
      const event = fake.event('payment_intent.succeeded', intentId);
      const signature = fake.sign(event.body);

      const tampered = event.body.replace(/"amount": \d+/, '"amount": 1');
      expect(tampered).not.toBe(event.body);
      const attempts = [
        await deliver(stripe, tampered, signature),
        await deliver(stripe, event.body, fake.sign(event.body, { ageSeconds: 600 })),
        await deliver(stripe, event.body, fake.sign(event.body, { secret: 'whsec_someone_else' })),
        await deliver(stripe, event.body, 't=1,v1=deadbeef'),
      ];
      for (const response of attempts) {
        expect(response.status).toBe(400);
        expect((await problemOf(response)).code).toBe('invalid_request');
      }
      const missing = await stripe.app.request('/v1/webhooks/stripe', { method: 'POST', body: event.body });
      expect(missing.status).toBe(400);

      expect((await dueOn(stripe, 'cust-w2', 'inv-w2')).status).toBe('open');
      const stored = await database.current.db
        .selectFrom('stripe_events')
        .select('id')
        .where('id', '=', event.id)
        .execute();
      expect(stored).toEqual([]);

      // The genuine event still works afterwards.
      expect((await deliver(stripe, event.body, signature)).status).toBe(200);
      expect((await dueOn(stripe, 'cust-w2', 'inv-w2')).status).toBe('paid');
    });

    it('records a decline, lets a retry succeed, and ignores a late failure after success', async () => {
      const { payment } = await startPayment(stripe, 'cust-w3', { invoiceIds: ['inv-w3'] });
      const intentId = intentOf(payment!);
      fake.confirm(intentId, 'declined');
      const declined = fake.event('payment_intent.payment_failed', intentId);
      expect((await deliver(stripe, declined.body, fake.sign(declined.body))).status).toBe(200);
      const failed = Payment.parse(
        await (await stripe.customer('cust-w3', 'GET', `/v1/payments/${payment!.id}`)).json(),
      );
      expect(failed.status).toBe('failed');
      const failure = (await timeline(stripe, 'cust-w3')).find((entry) => entry.type === 'payment.failed');
      expect(failure?.data).toMatchObject({ paymentId: payment!.id, reason: 'insufficient_funds' });
      expect((await dueOn(stripe, 'cust-w3', 'inv-w3')).status).toBe('open');

      fake.confirm(intentId, 'requires_action');
      const action = fake.event('payment_intent.requires_action', intentId);
      expect((await deliver(stripe, action.body, fake.sign(action.body))).status).toBe(200);
      fake.completeAction(intentId, true);
      const succeeded = fake.event('payment_intent.succeeded', intentId);
      expect((await deliver(stripe, succeeded.body, fake.sign(succeeded.body))).status).toBe(200);
      expect((await dueOn(stripe, 'cust-w3', 'inv-w3')).status).toBe('paid');

      // A failure event that Stripe delivers late must not undo the payment.
      const late = declined.body.replace(declined.id, `${declined.id}_late`);
      expect((await deliver(stripe, late, fake.sign(late))).status).toBe(200);
      const read = Payment.parse(
        await (await stripe.customer('cust-w3', 'GET', `/v1/payments/${payment!.id}`)).json(),
      );
      expect(read.status).toBe('succeeded');
    });

    it('acknowledges events it does not act on', async () => {
      const body = JSON.stringify({
        id: 'evt_other_1',
        object: 'event',
        type: 'customer.created',
        data: { object: { id: 'cus_1', object: 'customer' } },
      });
      expect((await deliver(stripe, body, fake.sign(body))).status).toBe(200);
    });
  });

  describe('3-D Secure and the status read', () => {
    beforeAll(async () => {
      await seedCustomer(stripe, 'cust-s1', 'inv-s1', '2025-0301');
    });

    it('refreshes an open payment from Stripe when the browser asks, without waiting for a webhook', async () => {
      const { payment } = await startPayment(stripe, 'cust-s1', { invoiceIds: ['inv-s1'] });
      const intentId = intentOf(payment!);
      fake.confirm(intentId, 'requires_action');
      const waiting = Payment.parse(
        await (await stripe.customer('cust-s1', 'GET', `/v1/payments/${payment!.id}`)).json(),
      );
      expect(waiting.status).toBe('requires_action');
      expect(waiting.clientSecret).toBe(payment!.clientSecret);

      fake.completeAction(intentId, true);
      const done = Payment.parse(
        await (await stripe.customer('cust-s1', 'GET', `/v1/payments/${payment!.id}`)).json(),
      );
      expect(done.status).toBe('succeeded');
      expect(done.clientSecret).toBeNull();
      expect((await dueOn(stripe, 'cust-s1', 'inv-s1')).status).toBe('paid');
      const entries = await timeline(stripe, 'cust-s1');
      expect(entries.find((entry) => entry.type === 'payment.received')?.data).toMatchObject({
        via: 'status_check',
      });

      // The webhook that arrives afterwards finds nothing left to do.
      const event = fake.event('payment_intent.succeeded', intentId);
      expect((await deliver(stripe, event.body, fake.sign(event.body))).status).toBe(200);
      expect(
        (await timeline(stripe, 'cust-s1')).filter((entry) => entry.type === 'payment.received'),
      ).toHaveLength(1);
    });
  });

  describe('over HTTP, with the fake delivering webhooks as Stripe does', () => {
    it('pays an invoice end to end: start, confirm at Stripe, signed webhook over the wire', async () => {
      const client = testClient(database.current.db, { creditorId: CREDITOR });
      await seedCustomer(stripe, 'cust-h1', 'inv-h1', '2025-0501');
      const server = await startServer({
        config: testConfig({ stripe: stripeConfig(fake) }),
        db: database.current.db,
        creditorId: CREDITOR,
        clock: () => TEST_NOW,
        hostname: '127.0.0.1',
        port: 0,
        sdkDir: false,
        logger: silentLogger,
      });
      fake.webhookUrl = `${server.url}/v1/webhooks/stripe`;
      try {
        const token = await client.token('cust-h1');
        const started = await fetch(`${server.url}/v1/payments`, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${token}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': freshKey(),
          },
          body: JSON.stringify({ invoiceIds: ['inv-h1'] }),
        });
        expect(started.status).toBe(201);
        const payment = Payment.parse(await started.json());
        const confirmed = await fetch(`${fake.url}/__control/confirm`, {
          method: 'POST',
          body: JSON.stringify({ id: intentOf(payment), outcome: 'succeeded' }),
        });
        expect(confirmed.status).toBe(200);
        expect(((await confirmed.json()) as { webhookStatus: number }).webhookStatus).toBe(200);
        expect((await dueOn(stripe, 'cust-h1', 'inv-h1')).status).toBe('paid');
      } finally {
        fake.webhookUrl = undefined;
        await server.close();
      }
    });
  });

  describe('reconciliation', () => {
    beforeAll(async () => {
      await seedCustomer(stripe, 'cust-r1', 'inv-r1', '2025-0401');
      await seedCustomer(stripe, 'cust-r2', 'inv-r2', '2025-0402');
    });

    it('settles payments whose webhook never arrived, once, and leaves young ones to their webhook', async () => {
      const paid = (await startPayment(stripe, 'cust-r1', { invoiceIds: ['inv-r1'] })).payment!;
      const declined = (await startPayment(stripe, 'cust-r2', { invoiceIds: ['inv-r2'] })).payment!;
      fake.confirm(intentOf(paid), 'succeeded');
      fake.confirm(intentOf(declined), 'declined');
      const gateway = createStripeGateway(stripeConfig(fake));
      const options = { db: database.current.db, creditorId: CREDITOR, gateway };

      const tooSoon = await reconcileStripePayments({ ...options, clock: () => TEST_NOW });
      expect(tooSoon.checked).toBe(0);
      expect((await dueOn(stripe, 'cust-r1', 'inv-r1')).status).toBe('open');

      const later = () => new Date(TEST_NOW.getTime() + 5 * 60_000);
      const first = await reconcileStripePayments({ ...options, clock: later });
      expect(first.succeeded).toBeGreaterThanOrEqual(1);
      expect(first.failed).toBeGreaterThanOrEqual(1);
      expect(first.errors).toBe(0);
      expect((await dueOn(stripe, 'cust-r1', 'inv-r1')).status).toBe('paid');
      const failedRead = Payment.parse(
        await (await stripe.customer('cust-r2', 'GET', `/v1/payments/${declined.id}`)).json(),
      );
      expect(failedRead.status).toBe('failed');
      const queued = (await outboxEvents(database.current.db, CREDITOR, 'payment.succeeded')).filter(
        (event) => event.customerId === 'cust-r1',
      );
      expect(queued).toHaveLength(1);

      const second = await reconcileStripePayments({ ...options, clock: later });
      expect(second.succeeded).toBe(0);
      expect(
        (await outboxEvents(database.current.db, CREDITOR, 'payment.succeeded')).filter(
          (event) => event.customerId === 'cust-r1',
        ),
      ).toHaveLength(1);
    });

    it('counts Stripe being unreachable as an error to retry, changing nothing', async () => {
      await seedCustomer(stripe, 'cust-r3', 'inv-r3', '2025-0403');
      const payment = (await startPayment(stripe, 'cust-r3', { invoiceIds: ['inv-r3'] })).payment!;
      fake.confirm(intentOf(payment), 'succeeded');
      const gateway = createStripeGateway({ ...stripeConfig(fake), apiBase: 'http://127.0.0.1:9' });
      const result = await reconcileStripePayments({
        db: database.current.db,
        creditorId: CREDITOR,
        gateway,
        clock: () => new Date(TEST_NOW.getTime() + 5 * 60_000),
        limit: 2,
      });
      expect(result.errors).toBeGreaterThanOrEqual(1);
      expect(result.changed).toBe(0);
      expect((await dueOn(stripe, 'cust-r3', 'inv-r3')).status).toBe('open');
    });
  });
});
