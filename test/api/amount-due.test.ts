import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { type DisputeFields, disputeFormData } from '../../src/contract/dispute';
import { InvoiceDetail, type InvoiceSummary } from '../../src/contract/invoice';
import type { Money } from '../../src/contract/money';
import { Payment } from '../../src/contract/payment';
import { ProblemSchema } from '../../src/contract/problem';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { type FakeStripe, startFakeStripe } from './payments-fake-stripe';
import { backends, type TestClient, testClient, testConfig, useDatabase } from './setup';

/**
 * The account summary's `amountDue` is the amount the banner shows: it must be, to the øre, what
 * pay-now asks for the same invoice (the bank-transfer amount of the invoice detail, which the
 * element adds up) and what a card payment charges (`POST /v1/payments`), with and without fees
 * and interest, and with part of the invoice under dispute.
 */
describe.each(backends)('the invoice summary’s amountDue on $name', (backend) => {
  const database = useDatabase(backend);
  let fake: FakeStripe;
  let client: TestClient;
  let blobDir: string;

  beforeAll(async () => {
    fake = await startFakeStripe();
    blobDir = mkdtempSync(join(tmpdir(), 'amicable-amount-due-'));
    client = testClient(database.current.db, {
      creditorId: 'fjordlys',
      config: testConfig({
        blobDir,
        stripe: {
          secretKey: fake.secretKey,
          publishableKey: fake.publishableKey,
          webhookSecret: fake.webhookSecret,
          apiBase: fake.url,
        },
      }),
    });
    expect((await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS)).status).toBe(200);
  });

  afterAll(async () => {
    await fake?.close();
    if (blobDir) rmSync(blobDir, { recursive: true, force: true });
  });

  /** A customer of their own with one invoice: the CONTRACT example, changed by `changes`. */
  async function customerWith(customerId: string, changes: Record<string, unknown> = {}): Promise<string> {
    const invoiceId = `inv-${customerId}`;
    expect((await client.admin('PUT', `/v1/admin/customers/${customerId}`, KARI)).status).toBe(200);
    const response = await client.admin('PUT', `/v1/admin/invoices/${invoiceId}`, {
      ...INVOICE_0042,
      customerId,
      number: `2025-${customerId}`,
      ...changes,
    });
    expect(response.status).toBe(200);
    return invoiceId;
  }

  async function summaryOf(customerId: string, invoiceId: string): Promise<InvoiceSummary> {
    const response = await client.customer(customerId, 'GET', '/v1/account');
    expect(response.status).toBe(200);
    const account = AccountSummary.parse(await response.json());
    const summary = account.invoices.find((invoice) => invoice.id === invoiceId);
    expect(summary, `the account lists ${invoiceId}`).toBeDefined();
    return summary!;
  }

  async function detailOf(customerId: string, invoiceId: string): Promise<InvoiceDetail> {
    const response = await client.customer(customerId, 'GET', `/v1/invoices/${invoiceId}`);
    expect(response.status).toBe(200);
    return InvoiceDetail.parse(await response.json());
  }

  /** What a card payment for the invoice would charge: the server computes it, never the browser. */
  async function cardQuote(customerId: string, invoiceId: string): Promise<Response> {
    return client.customer(
      customerId,
      'POST',
      '/v1/payments',
      { invoiceIds: [invoiceId] },
      { 'Idempotency-Key': crypto.randomUUID() },
    );
  }

  async function dispute(customerId: string, fields: DisputeFields): Promise<void> {
    const response = await client.app.request('/v1/disputes', {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${await client.token(customerId)}`,
        'Idempotency-Key': crypto.randomUUID(),
      },
      body: disputeFormData(fields),
    });
    expect(response.status, await response.clone().text()).toBe(201);
  }

  const sum = (values: readonly Money[]) => values.reduce((total, value) => total + value.amount, 0);

  /** The summary, the bank-transfer details and a card payment all ask for the same amount. */
  async function expectOneFigure(customerId: string, invoiceId: string): Promise<InvoiceSummary> {
    const summary = await summaryOf(customerId, invoiceId);
    const detail = await detailOf(customerId, invoiceId);
    expect(summary.amountDue).toBeDefined();
    expect(summary.amountDue).toEqual(detail.payment.amount);
    expect(detail.amountDue).toEqual(detail.payment.amount);
    const card = await cardQuote(customerId, invoiceId);
    expect(card.status).toBe(201);
    expect(Payment.parse(await card.json()).amount).toEqual(summary.amountDue);
    // What it is made of: the payable principal and each charge the explainer lists.
    const payable = summary.outstanding.amount - (summary.disputed?.amount ?? 0);
    expect(summary.amountDue!.amount).toBe(payable + sum(detail.charges.map((charge) => charge.amount)));
    return summary;
  }

  it('is the principal alone before the due date, when nothing is charged', async () => {
    const invoiceId = await customerWith('early', {
      issueDate: '2026-10-27',
      dueDate: '2026-11-10',
      reminders: [],
    });
    const summary = await expectOneFigure('early', invoiceId);
    expect(summary.daysOverdue).toBeLessThan(0);
    expect(summary.amountDue).toEqual(summary.outstanding);
    expect(summary.amountDue).toEqual({ amount: 149_000, currency: 'NOK' });
  });

  it('includes the reminder fee and the late interest once overdue', async () => {
    const invoiceId = await customerWith('charged');
    const summary = await expectOneFigure('charged', invoiceId);
    const detail = await detailOf('charged', invoiceId);
    expect(detail.charges.map((charge) => charge.kind).sort()).toEqual(['late_interest', 'reminder_fee']);
    // 1 490 kr, the 37,50 kr fee, and some interest: more than the principal and the fee alone.
    expect(summary.amountDue!.amount).toBeGreaterThan(149_000 + 3_750);
  });

  it('leaves out the part under dispute, which is paused and not payable', async () => {
    const invoiceId = await customerWith('partly');
    const before = await summaryOf('partly', invoiceId);
    await dispute('partly', {
      invoiceId,
      reason: 'wrong_amount',
      lineIds: ['l2'],
      message: 'The fixed fee was cancelled in September.',
    });
    const summary = await expectOneFigure('partly', invoiceId);
    expect(summary.disputed).toEqual({ amount: 4_900, currency: 'NOK' });
    expect(summary.stage).toBe('reminder');
    // Less than before by the disputed line (and the interest it no longer accrues), still with charges.
    expect(summary.amountDue!.amount).toBeLessThanOrEqual(before.amountDue!.amount - 4_900);
    expect(summary.amountDue!.amount).toBeGreaterThan(149_000 - 4_900);
  });

  it('is zero when the whole invoice is disputed, and a card payment finds nothing to charge', async () => {
    const invoiceId = await customerWith('wholly');
    await dispute('wholly', { invoiceId, reason: 'not_received', message: 'Nothing was delivered.' });
    const summary = await summaryOf('wholly', invoiceId);
    expect(summary.stage).toBe('paused');
    expect(summary.amountDue).toEqual({ amount: 0, currency: 'NOK' });
    expect((await detailOf('wholly', invoiceId)).payment.amount).toEqual(summary.amountDue);
    const card = await cardQuote('wholly', invoiceId);
    expect(card.status).toBe(409);
    expect(ProblemSchema.parse(await card.json()).code).toBe('nothing_payable');
  });

  it('is listed in the OpenAPI document, optional for APIs written before it', async () => {
    const response = await client.app.request('/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as {
      components: { schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }> };
    };
    for (const name of ['InvoiceSummary', 'InvoiceDetail']) {
      const schema = document.components.schemas[name]!;
      expect(schema.properties?.amountDue, name).toEqual({
        $ref: expect.stringMatching(/^#\/components\/schemas\/\w*Money$/),
      });
      expect(schema.required, name).not.toContain('amountDue');
    }
  });
});
