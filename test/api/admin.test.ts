import { describe, expect, it } from 'vitest';
import { AdminInvoice, CustomerTimeline, Metrics } from '../../src/contract/admin';
import { AdminCustomer } from '../../src/contract/customer';
import { Settings } from '../../src/contract/settings';
import type { AmicableDb } from '../../src/server/db';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI, TULP_SETTINGS } from './examples';
import { backends, testClient, useDatabase } from './setup';

async function count(
  db: AmicableDb,
  table: 'customers' | 'invoices' | 'invoice_lines' | 'reminders' | 'timeline',
) {
  return (await db.selectFrom(table).selectAll().execute()).length;
}

describe.each(backends)('creditor API on $name', (backend) => {
  const database = useDatabase(backend);

  it('accepts the exact CONTRACT examples and fills in the defaults', async () => {
    const client = testClient(database.current.db, { creditorId: 'fjordlys' });
    const settings = await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    expect(settings.status).toBe(200);
    const body = Settings.parse(await settings.json());
    expect(body).toMatchObject({
      name: 'Fjordlys Energi AS',
      referenceScheme: 'kid',
      kidAlgorithm: 'mod10',
      bankAccount: { accountNumber: '12345678903', holder: 'Fjordlys Energi AS' },
      planPolicy: { minInstalment: { amount: 20000, currency: 'NOK' }, maxCount: 6, maxMonths: 6 },
    });
    expect(body.reminderSchedule.collectionAfterDays).toBeGreaterThan(body.reminderSchedule.finalAfterDays);

    const customer = await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    expect(customer.status).toBe(200);
    expect(AdminCustomer.parse(await customer.json())).toMatchObject({
      id: 'cust-1001',
      paused: false,
      kind: 'consumer',
    });

    const invoice = await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);
    expect(invoice.status).toBe(200);
    const stored = AdminInvoice.parse(await invoice.json());
    expect(stored.total).toEqual({ amount: 149000, currency: 'NOK' });
    expect(stored.lines.map((line) => line.id)).toEqual(['l1', 'l2']);
    expect(stored.reminders).toEqual([
      { sentAt: '2026-10-20', channel: 'email', fee: { amount: 3750, currency: 'NOK' }, kind: 'reminder' },
    ]);
    expect(stored.references).toEqual({ contract: 'K-2231' });

    const tulp = testClient(database.current.db, { creditorId: 'tulp' });
    const dutch = await tulp.admin('PUT', '/v1/admin/settings', TULP_SETTINGS);
    expect(dutch.status).toBe(200);
    expect(Settings.parse(await dutch.json())).toMatchObject({
      referenceScheme: 'nl',
      tone: { style: 'direct', formality: 'formal' },
      bankAccount: { iban: 'NL91ABNA0417164300', bic: 'ABNANL2A', holder: 'Tulp & Co B.V.' },
    });
  });

  it('keeps one record when the same PUT arrives twice, and records nothing the second time', async () => {
    const { db } = database.current;
    const client = testClient(db, { creditorId: 'twice' });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);
    const before = {
      customers: await count(db, 'customers'),
      invoices: await count(db, 'invoices'),
      lines: await count(db, 'invoice_lines'),
      reminders: await count(db, 'reminders'),
      timeline: await count(db, 'timeline'),
    };
    const first = await (await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042)).json();
    expect((await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI)).status).toBe(200);
    const second = await (await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042)).json();
    expect(second).toEqual(first);
    expect({
      customers: await count(db, 'customers'),
      invoices: await count(db, 'invoices'),
      lines: await count(db, 'invoice_lines'),
      reminders: await count(db, 'reminders'),
      timeline: await count(db, 'timeline'),
    }).toEqual(before);
  });

  it('replaces an invoice’s lines and reminders as a whole on update', async () => {
    const { db } = database.current;
    const client = testClient(db, { creditorId: 'replace' });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await client.admin('PUT', '/v1/admin/invoices/inv-r', INVOICE_0042);
    const updated = {
      ...INVOICE_0042,
      lines: [{ ...INVOICE_0042.lines[0], id: 'l9', description: 'Strøm, korrigert' }],
      reminders: [],
    };
    const response = await client.admin('PUT', '/v1/admin/invoices/inv-r', updated);
    expect(response.status).toBe(200);
    const invoice = AdminInvoice.parse(await response.json());
    expect(invoice.lines.map((line) => [line.id, line.description])).toEqual([['l9', 'Strøm, korrigert']]);
    expect(invoice.reminders).toEqual([]);
    expect(invoice.total.amount).toBe(144100);
    const lines = await db
      .selectFrom('invoice_lines')
      .select('id')
      .where('creditor_id', '=', 'replace')
      .execute();
    expect(lines.map((line) => line.id)).toEqual(['l9']);
  });

  it('refuses unknown fields with a problem naming each of them', async () => {
    const client = testClient(database.current.db, { creditorId: 'unknown-fields' });
    const settings = await client.admin('PUT', '/v1/admin/settings', {
      ...FJORDLYS_SETTINGS,
      colour: 'blue',
    });
    expect(settings.status).toBe(400);
    expect(settings.headers.get('content-type')).toContain('application/problem+json');
    const problem = await settings.json();
    expect(problem.code).toBe('invalid_request');
    expect(problem.errors).toContainEqual(expect.objectContaining({ path: 'colour' }));
    expect(problem.detail).toContain('colour');

    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    const nested = await client.admin('PUT', '/v1/admin/invoices/inv-x', {
      ...INVOICE_0042,
      lines: [{ ...INVOICE_0042.lines[0], vat: 25 }],
      references: { contract: 'K-1', project: 'P-1' },
    });
    expect(nested.status).toBe(400);
    const paths = (await nested.json()).errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['lines.0.vat', 'references.project']));
  });

  it('names every invalid field in plain words', async () => {
    const client = testClient(database.current.db, { creditorId: 'invalid' });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    const response = await client.admin('PUT', '/v1/admin/customers/c-1', {
      email: 'not-an-email',
      kind: 'robot',
    });
    expect(response.status).toBe(400);
    const errors: { path: string; message: string }[] = (await response.json()).errors;
    expect(errors).toContainEqual({ path: 'name', message: 'This field is required' });
    expect(errors.find((error) => error.path === 'kind')?.message).toContain('consumer');
    expect(errors.find((error) => error.path === 'email')?.message).toContain('e-mail');
  });

  it('refuses (422) an invoice whose customer does not exist and stores nothing of it', async () => {
    const { db } = database.current;
    const client = testClient(db, { creditorId: 'orphan' });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    const timelineBefore = await count(db, 'timeline');
    const response = await client.admin('PUT', '/v1/admin/invoices/inv-orphan', {
      ...INVOICE_0042,
      customerId: 'nobody',
    });
    expect(response.status).toBe(422);
    const problem = await response.json();
    expect(problem.code).toBe('unprocessable');
    expect(problem.errors).toEqual([expect.objectContaining({ path: 'customerId' })]);
    expect(await db.selectFrom('invoices').selectAll().where('id', '=', 'inv-orphan').execute()).toEqual([]);
    expect(
      await db.selectFrom('invoice_lines').selectAll().where('invoice_id', '=', 'inv-orphan').execute(),
    ).toEqual([]);
    expect(await count(db, 'timeline')).toBe(timelineBefore);
  });

  it('asks for settings before customers', async () => {
    const client = testClient(database.current.db, { creditorId: 'no-settings' });
    const response = await client.admin('PUT', '/v1/admin/customers/c-1', KARI);
    expect(response.status).toBe(409);
    expect((await response.json()).detail).toContain('/v1/admin/settings');
  });

  it('pauses and resumes a customer, on the timeline and as stage.changed events', async () => {
    const { db } = database.current;
    const client = testClient(db, { creditorId: 'pause' });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);

    const paused = await client.admin('POST', '/v1/admin/customers/cust-1001/pause', {
      reason: 'Checking the meter',
    });
    expect(paused.status).toBe(200);
    expect(AdminCustomer.parse(await paused.json())).toMatchObject({
      paused: true,
      stage: 'paused',
      pauseNote: 'Checking the meter',
    });
    const account = await (await client.customer('cust-1001', 'GET', '/v1/account')).json();
    expect(account).toMatchObject({ stage: 'paused', pauseReason: 'creditor' });

    const resumed = await client.admin('POST', '/v1/admin/customers/cust-1001/resume');
    expect(resumed.status).toBe(200);
    expect(AdminCustomer.parse(await resumed.json())).toMatchObject({ paused: false });
    expect((await (await client.customer('cust-1001', 'GET', '/v1/account')).json()).stage).not.toBe(
      'paused',
    );

    const timeline = CustomerTimeline.parse(
      await (await client.admin('GET', '/v1/admin/customers/cust-1001/timeline')).json(),
    );
    const types = timeline.entries.map((entry) => entry.type);
    expect(types).toEqual(expect.arrayContaining(['customer.created', 'invoice.created', 'reminder.sent']));
    // upcoming → reminder when the overdue invoice arrived, → paused, → reminder again.
    expect(types.filter((type) => type === 'stage.changed')).toHaveLength(3);
    expect(types.indexOf('customer.paused')).toBeLessThan(types.indexOf('customer.resumed'));
    const instants = timeline.entries.map((entry) => Date.parse(entry.at));
    expect([...instants].sort((a, b) => a - b)).toEqual(instants);

    const events = await db
      .selectFrom('outbox')
      .selectAll()
      .where('creditor_id', '=', 'pause')
      .orderBy('id')
      .execute();
    expect(events.map((event) => event.type)).toEqual(['stage.changed', 'stage.changed', 'stage.changed']);
    expect(events.map((event) => JSON.parse(event.payload_json).data.to)).toEqual([
      'reminder',
      'paused',
      'reminder',
    ]);
    expect(JSON.parse(events[1]!.payload_json)).toMatchObject({
      type: 'stage.changed',
      customerId: 'cust-1001',
      data: { to: 'paused', pauseReason: 'creditor' },
    });

    expect((await client.admin('POST', '/v1/admin/customers/nobody/pause', {})).status).toBe(404);
    expect((await client.admin('GET', '/v1/admin/customers/nobody/timeline')).status).toBe(404);
  });

  it('records a bank transfer through the admin API, once per Idempotency-Key', async () => {
    const { db } = database.current;
    const client = testClient(db, { creditorId: 'paid' });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);
    const payment = {
      receivedOn: '2026-11-01',
      amount: { amount: 149000, currency: 'NOK' },
      method: 'bank_transfer',
    };
    const response = await client.admin('POST', '/v1/admin/invoices/inv-2025-0042/payments', payment, {
      'Idempotency-Key': 'pay-1',
    });
    expect(response.status).toBe(201);
    const invoice = AdminInvoice.parse(await response.json());
    expect(invoice).toMatchObject({ status: 'paid', outstanding: { amount: 0, currency: 'NOK' } });
    const account = await (await client.customer('cust-1001', 'GET', '/v1/account')).json();
    expect(account.invoices).toEqual([]);
    expect(account.actions).toEqual([]);

    const wrongCurrency = await client.admin(
      'POST',
      '/v1/admin/invoices/inv-2025-0042/payments',
      { ...payment, amount: { amount: 1, currency: 'EUR' } },
      { 'Idempotency-Key': 'pay-2' },
    );
    expect(wrongCurrency.status).toBe(422);
    const missing = await client.admin('POST', '/v1/admin/invoices/nope/payments', payment, {
      'Idempotency-Key': 'pay-3',
    });
    expect(missing.status).toBe(404);
  });

  it('reports the funnel from widget events and outcomes', async () => {
    const { db } = database.current;
    const client = testClient(db, { creditorId: 'metrics' });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await client.admin('PUT', '/v1/admin/customers/cust-1002', { ...KARI, name: 'Ola' });
    await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);
    const at = '2026-11-02T09:00:00Z';
    const element = 'amicable-overdue-banner';
    for (const customer of ['cust-1001', 'cust-1002']) {
      const response = await client.customer(customer, 'POST', '/v1/events', {
        events: [{ type: 'impression', element, at }],
      });
      expect(response.status).toBe(202);
    }
    await client.customer('cust-1001', 'POST', '/v1/events', {
      events: [
        { type: 'open', element, at, invoiceIds: ['inv-2025-0042'] },
        { type: 'action', element, at, action: 'pay', invoiceIds: ['inv-2025-0042'] },
      ],
    });
    const response = await client.admin('GET', '/v1/admin/metrics?from=2026-11-01&to=2026-11-30');
    expect(response.status).toBe(200);
    const metrics = Metrics.parse(await response.json());
    expect(metrics.funnel).toMatchObject({ shown: 2, opened: 1, acted: 1 });
    expect(metrics.currency).toBe('NOK');
    const outside = Metrics.parse(
      await (await client.admin('GET', '/v1/admin/metrics?to=2026-10-31')).json(),
    );
    expect(outside.funnel.shown).toBe(0);
    expect((await client.admin('GET', '/v1/admin/metrics?from=2026-12-01&to=2026-11-01')).status).toBe(400);
    expect((await client.admin('GET', '/v1/admin/metrics?colour=blue')).status).toBe(400);
  });
});
