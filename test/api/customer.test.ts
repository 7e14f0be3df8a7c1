import { beforeAll, describe, expect, it } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { InvoiceDetail } from '../../src/contract/invoice';
import { isValidBetalingskenmerk, isValidKid } from '../../src/domain';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI, TULP_SETTINGS } from './examples';
import { backends, type TestClient, testClient, useDatabase } from './setup';

describe.each(backends)('customer API on $name', (backend) => {
  const database = useDatabase(backend);
  let fjordlys: TestClient;
  let tulp: TestClient;

  beforeAll(async () => {
    fjordlys = testClient(database.current.db, { creditorId: 'fjordlys' });
    await fjordlys.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await fjordlys.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await fjordlys.admin('PUT', '/v1/admin/customers/cust-1002', { ...KARI, name: 'Ola Nordmann' });
    await fjordlys.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);
    await fjordlys.admin('PUT', '/v1/admin/invoices/inv-ola', {
      ...INVOICE_0042,
      customerId: 'cust-1002',
      number: '2025-0043',
      reminders: [],
    });

    tulp = testClient(database.current.db, { creditorId: 'tulp' });
    await tulp.admin('PUT', '/v1/admin/settings', TULP_SETTINGS);
    await tulp.admin('PUT', '/v1/admin/customers/klant-1', {
      name: 'Sanne de Vries',
      locale: 'nl-NL',
      country: 'NL',
      kind: 'consumer',
    });
    await tulp.admin('PUT', '/v1/admin/invoices/factuur-1', {
      customerId: 'klant-1',
      number: '2026-0101',
      currency: 'EUR',
      issueDate: '2026-10-01',
      dueDate: '2026-10-15',
      lines: [
        {
          id: 'l1',
          description: 'Tulpenbollen',
          quantity: 8,
          unitPrice: { amount: 1250, currency: 'EUR' },
          amount: { amount: 10000, currency: 'EUR' },
        },
      ],
    });
  });

  it('summarises the account: stage, tone, totals, next step and actions, in the contract shape', async () => {
    const response = await fjordlys.customer('cust-1001', 'GET', '/v1/account');
    expect(response.status).toBe(200);
    const account = AccountSummary.parse(await response.json());
    expect(account.customer).toEqual({
      id: 'cust-1001',
      name: 'Kari Nordmann',
      locale: 'nb-NO',
      kind: 'consumer',
      country: 'NO',
    });
    expect(account.tone).toEqual({ style: 'direct', formality: 'informal' });
    expect(account.stage).toBe('reminder');
    expect(account.totals.open).toEqual({ amount: 149000, currency: 'NOK' });
    expect(account.totals.overdue).toEqual({ amount: 149000, currency: 'NOK' });
    expect(account.invoices.map((invoice) => invoice.id)).toEqual(['inv-2025-0042']);
    expect(account.invoices[0]).toMatchObject({ daysOverdue: 29, status: 'open', stage: 'reminder' });
    expect(account.nextStep.kind).toBe('firm');
    expect(account.nextStep.date).toMatch(/^2026-11-\d\d$/);
    expect(account.actions).toEqual(['view', 'pay', 'plan', 'promise', 'dispute']);
    expect(account.paymentOptions).toEqual({ card: false, bankTransfer: true, partial: false });
  });

  it('explains an invoice: lines, references, charges with their legal basis, timeline and how to pay', async () => {
    const response = await fjordlys.customer('cust-1001', 'GET', '/v1/invoices/inv-2025-0042');
    expect(response.status).toBe(200);
    const invoice = InvoiceDetail.parse(await response.json());
    expect(invoice.lines.map((line) => line.description)).toEqual(['Strøm, september', 'Fastbeløp']);
    expect(invoice.lines[0]?.deliveredOn).toBe('2026-09-30');
    expect(invoice.references).toEqual({ contract: 'K-2231' });
    const fee = invoice.charges.find((charge) => charge.kind === 'reminder_fee');
    expect(fee).toMatchObject({
      amount: { amount: 3750, currency: 'NOK' },
      basis: 'no.inkassoloven.purregebyr',
    });
    const interest = invoice.charges.find((charge) => charge.kind === 'late_interest');
    expect(interest?.rate).toBeGreaterThan(0);
    expect(interest?.period?.from).toBe('2026-10-05');
    expect(invoice.timeline).toEqual([
      {
        at: '2026-10-20',
        type: 'reminder.sent',
        stage: 'reminder',
        channel: 'email',
        fee: { amount: 3750, currency: 'NOK' },
      },
    ]);
    expect(invoice.payment.reference.scheme).toBe('kid');
    expect(isValidKid(invoice.payment.reference.value)).toBe(true);
    expect(invoice.payment.bankAccount).toEqual({
      accountNumber: '12345678903',
      holder: 'Fjordlys Energi AS',
    });
    const charged = invoice.charges.reduce((sum, charge) => sum + charge.amount.amount, 0);
    expect(invoice.payment.amount).toEqual({ amount: 149000 + charged, currency: 'NOK' });
    expect(invoice.payment.epcQr).toBeUndefined();
  });

  it('gives Dutch customers a betalingskenmerk and an EPC QR payload', async () => {
    const response = await tulp.customer('klant-1', 'GET', '/v1/invoices/factuur-1');
    expect(response.status).toBe(200);
    const invoice = InvoiceDetail.parse(await response.json());
    expect(invoice.payment.reference.scheme).toBe('nl');
    expect(isValidBetalingskenmerk(invoice.payment.reference.value)).toBe(true);
    const lines = invoice.payment.epcQr?.split('\n') ?? [];
    expect(lines.slice(0, 7)).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'ABNANL2A',
      'Tulp & Co B.V.',
      'NL91ABNA0417164300',
    ]);
    expect(lines[7]).toBe(`EUR${(invoice.payment.amount.amount / 100).toFixed(2)}`);
    expect(lines).toContain(invoice.payment.reference.value);
    const account = AccountSummary.parse(await (await tulp.customer('klant-1', 'GET', '/v1/account')).json());
    expect(account.tone).toEqual({ style: 'direct', formality: 'formal' });
  });

  it('answers 404 for another customer’s invoice, an unknown one, and another creditor’s', async () => {
    for (const [client, customer, path] of [
      [fjordlys, 'cust-1002', '/v1/invoices/inv-2025-0042'],
      [fjordlys, 'cust-1001', '/v1/invoices/inv-ola'],
      [fjordlys, 'cust-1001', '/v1/invoices/does-not-exist'],
      [tulp, 'klant-1', '/v1/invoices/inv-2025-0042'],
      [fjordlys, 'klant-1', '/v1/invoices/factuur-1'],
    ] as const) {
      const response = await client.customer(customer, 'GET', path);
      expect(response.status, `${customer} ${path}`).toBe(404);
      const problem = await response.json();
      expect(problem.code).toBe('not_found');
      expect(JSON.stringify(problem)).not.toContain('cust-1002');
    }
    const own = AccountSummary.parse(
      await (await fjordlys.customer('cust-1002', 'GET', '/v1/account')).json(),
    );
    expect(own.invoices.map((invoice) => invoice.id)).toEqual(['inv-ola']);
    expect((await fjordlys.customer('nobody', 'GET', '/v1/account')).status).toBe(404);
  });

  it('records widget events in batches of at most 100, keeping only the customer’s own invoice ids', async () => {
    const event = { type: 'impression', element: 'amicable-overdue-banner', at: '2026-11-02T09:00:00Z' };
    const accepted = await fjordlys.customer('cust-1001', 'POST', '/v1/events', {
      events: [
        { ...event, invoiceIds: ['inv-2025-0042', 'inv-ola'] },
        event,
        { type: 'action', element: 'amicable-overdue-banner', at: '2026-11-02T09:00:05Z', action: 'plan' },
      ],
    });
    expect(accepted.status).toBe(202);
    expect(await accepted.json()).toEqual({ accepted: 3 });
    const stored = await database.current.db
      .selectFrom('analytics_events')
      .select(['invoice_ids_json'])
      .where('customer_id', '=', 'cust-1001')
      .execute();
    expect(stored.map((row) => JSON.parse(row.invoice_ids_json))).toContainEqual(['inv-2025-0042']);
    const timeline = await (await fjordlys.admin('GET', '/v1/admin/customers/cust-1001/timeline')).json();
    const shown = timeline.entries.filter((entry: { type: string }) => entry.type === 'notice.shown');
    expect(shown).toHaveLength(1);

    const tooMany = await fjordlys.customer('cust-1001', 'POST', '/v1/events', {
      events: Array(101).fill(event),
    });
    expect(tooMany.status).toBe(400);
    expect((await tooMany.json()).errors[0].path).toBe('events');
    const bad = await fjordlys.customer('cust-1001', 'POST', '/v1/events', {
      events: [{ ...event, email: 'kari@example.no' }],
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).errors).toContainEqual(expect.objectContaining({ path: 'events.0.email' }));
  });
});
