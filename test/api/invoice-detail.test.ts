import { beforeAll, describe, expect, it } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { InvoiceDetail } from '../../src/contract/invoice';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI, TULP_SETTINGS } from './examples';
import { backends, type TestClient, testClient, useDatabase } from './setup';

/**
 * What `<amicable-invoice-explainer>` reads from `GET /v1/invoices/{id}` beyond the basics the
 * customer suite checks: the creditor's jurisdiction (to name notices in local legal terms), the
 * original document, per-line references and delivery dates, and an invoice with nothing added.
 */
describe.each(backends)('invoice detail for the explainer on $name', (backend) => {
  const database = useDatabase(backend);
  let fjordlys: TestClient;
  let tulp: TestClient;

  beforeAll(async () => {
    fjordlys = testClient(database.current.db, { creditorId: 'fjordlys' });
    expect((await fjordlys.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS)).status).toBe(200);
    expect((await fjordlys.admin('PUT', '/v1/admin/customers/cust-1001', KARI)).status).toBe(200);
    const rich = await fjordlys.admin('PUT', '/v1/admin/invoices/inv-rich', {
      ...INVOICE_0042,
      number: '2025-0050',
      lines: INVOICE_0042.lines.map((line, index) => ({ ...line, reference: `M-77${index}` })),
      references: { order: 'O-991', contract: 'K-2231', purchaseOrder: 'PO-12' },
      documentUrl: 'https://fjordlys.example/faktura/2025-0050.pdf',
      payments: [
        { receivedOn: '2026-10-25', amount: { amount: 10000, currency: 'NOK' }, method: 'bank_transfer' },
      ],
    });
    expect(rich.status).toBeLessThan(300);
    // Issued after the test clock's "now" minus a few days, due in the future: nothing added yet.
    const fresh = await fjordlys.admin('PUT', '/v1/admin/invoices/inv-fresh', {
      ...INVOICE_0042,
      number: '2025-0051',
      issueDate: '2026-10-30',
      dueDate: '2026-11-13',
      reminders: [],
    });
    expect(fresh.status).toBeLessThan(300);

    tulp = testClient(database.current.db, { creditorId: 'tulp' });
    expect((await tulp.admin('PUT', '/v1/admin/settings', TULP_SETTINGS)).status).toBe(200);
    await tulp.admin('PUT', '/v1/admin/customers/klant-1', {
      name: 'Sanne de Vries',
      locale: 'nl-NL',
      country: 'NL',
      kind: 'consumer',
    });
    const many = Array.from({ length: 40 }, (_, index) => ({
      id: `r${index + 1}`,
      description: `Bloembollen partij ${index + 1}`,
      quantity: 2,
      unitPrice: { amount: 500, currency: 'EUR' },
      amount: { amount: 1000, currency: 'EUR' },
      deliveredOn: `2026-09-${String((index % 28) + 1).padStart(2, '0')}`,
    }));
    const upsert = await tulp.admin('PUT', '/v1/admin/invoices/factuur-groot', {
      customerId: 'klant-1',
      number: '2026-0200',
      currency: 'EUR',
      issueDate: '2026-09-30',
      dueDate: '2026-10-14',
      lines: many,
    });
    expect(upsert.status).toBeLessThan(300);
  });

  async function detail(client: TestClient, customerId: string, id: string): Promise<InvoiceDetail> {
    const response = await client.customer(customerId, 'GET', `/v1/invoices/${id}`);
    expect(response.status).toBe(200);
    return InvoiceDetail.parse(await response.json());
  }

  it("names the creditor's jurisdiction on the invoice and on the account", async () => {
    expect((await detail(fjordlys, 'cust-1001', 'inv-rich')).creditor).toMatchObject({
      name: 'Fjordlys Energi AS',
      country: 'NO',
    });
    expect((await detail(tulp, 'klant-1', 'factuur-groot')).creditor.country).toBe('NL');
    const account = AccountSummary.parse(
      await (await fjordlys.customer('cust-1001', 'GET', '/v1/account')).json(),
    );
    expect(account.creditor.country).toBe('NO');
  });

  it('links the original document and keeps every reference and delivery date', async () => {
    const invoice = await detail(fjordlys, 'cust-1001', 'inv-rich');
    expect(invoice.documentUrl).toBe('https://fjordlys.example/faktura/2025-0050.pdf');
    expect(invoice.references).toEqual({ order: 'O-991', contract: 'K-2231', purchaseOrder: 'PO-12' });
    expect(invoice.lines.map((line) => [line.id, line.reference, line.deliveredOn])).toEqual([
      ['l1', 'M-770', '2026-09-30'],
      ['l2', 'M-771', undefined],
    ]);
    expect(invoice.payments).toEqual([
      { amount: { amount: 10000, currency: 'NOK' }, receivedOn: '2026-10-25', method: 'bank_transfer' },
    ]);
    expect(invoice.outstanding).toEqual({ amount: 149000 - 10000, currency: 'NOK' });
    expect(invoice.timeline.map((entry) => entry.type)).toEqual(['reminder.sent', 'payment.received']);
  });

  it('leaves the document link out when the creditor gave none', async () => {
    expect((await detail(fjordlys, 'cust-1001', 'inv-fresh')).documentUrl).toBeUndefined();
  });

  it('adds nothing to an invoice that is not yet due', async () => {
    const invoice = await detail(fjordlys, 'cust-1001', 'inv-fresh');
    expect(invoice.daysOverdue).toBeLessThan(0);
    expect(invoice.charges).toEqual([]);
    expect(invoice.timeline).toEqual([]);
    expect(invoice.payment.amount).toEqual(invoice.outstanding);
  });

  it('returns every line of a long invoice, in order, and Dutch charges with their legal basis', async () => {
    const invoice = await detail(tulp, 'klant-1', 'factuur-groot');
    expect(invoice.lines).toHaveLength(40);
    expect(invoice.lines.map((line) => line.id)).toEqual(
      Array.from({ length: 40 }, (_, index) => `r${index + 1}`),
    );
    expect(invoice.total).toEqual({ amount: 40000, currency: 'EUR' });
    for (const charge of invoice.charges) {
      expect(charge.basis).toMatch(/^nl\./);
    }
    const interest = invoice.charges.find((charge) => charge.kind === 'late_interest');
    expect(interest?.basis).toBe('nl.bw.6-119');
    expect(interest?.period?.from).toBe('2026-10-15');
  });
});
