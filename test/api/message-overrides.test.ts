import { describe, expect, it } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { InvoiceDetail } from '../../src/contract/invoice';
import { PlanQuote } from '../../src/contract/plan';
import { Settings } from '../../src/contract/settings';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { backends, type TestClient, testClient, useDatabase } from './setup';

const HEADING = 'banner.reminder.direct.informal.heading';

const messages = {
  nb: {
    [HEADING]: 'Hei fra {creditor}: {amount} forfalt {dueDate}',
    'actions.pay': 'Betal med en gang',
  },
  nl: { [HEADING]: 'Hallo van {creditor}' },
};

/** `CreditorInfo.messages` for one locale's overrides, as the API sends them. */
function answerOf(locale: string, texts: Record<string, string>) {
  return { locale, texts: Object.entries(texts).map(([key, text]) => ({ key, text })) };
}

async function seedKari(client: TestClient, settings: object): Promise<Response> {
  const response = await client.admin('PUT', '/v1/admin/settings', settings);
  if (response.status !== 200) return response;
  expect((await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI)).status).toBe(200);
  expect((await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042)).status).toBe(200);
  return response;
}

async function creditorOfAccount(client: TestClient, customerId = 'cust-1001') {
  const response = await client.customer(customerId, 'GET', '/v1/account');
  expect(response.status).toBe(200);
  return AccountSummary.parse(await response.json()).creditor;
}

describe.each(backends)("the creditor's own wording on $name", (backend) => {
  const database = useDatabase(backend);

  it('stores valid overrides and sends the customer those of their language with the account and the invoice', async () => {
    const client = testClient(database.current.db, { creditorId: 'wording-valid' });
    const stored = await seedKari(client, { ...FJORDLYS_SETTINGS, messages });
    expect(stored.status).toBe(200);
    expect(Settings.parse(await stored.json()).messages).toEqual(messages);

    const expected = answerOf('nb', messages.nb);
    expect((await creditorOfAccount(client)).messages).toEqual(expected);
    const invoice = await client.customer('cust-1001', 'GET', '/v1/invoices/inv-2025-0042');
    expect(invoice.status).toBe(200);
    expect(InvoiceDetail.parse(await invoice.json()).creditor.messages).toEqual(expected);
    const quote = await client.customer('cust-1001', 'GET', '/v1/plans/quote?invoiceIds=inv-2025-0042');
    expect(quote.status).toBe(200);
    expect(PlanQuote.parse(await quote.json()).creditor?.messages).toEqual(expected);

    // A Dutch customer of the same creditor gets the Dutch wording, never the Norwegian.
    await client.admin('PUT', '/v1/admin/customers/cust-nl', {
      ...KARI,
      name: 'Anna de Vries',
      locale: 'nl-NL',
    });
    expect((await creditorOfAccount(client, 'cust-nl')).messages).toEqual(answerOf('nl', messages.nl));
    // A customer whose language has no overrides gets none, and no empty field either.
    await client.admin('PUT', '/v1/admin/customers/cust-de', {
      ...KARI,
      name: 'Jonas Weber',
      locale: 'de-DE',
    });
    expect(await creditorOfAccount(client, 'cust-de')).not.toHaveProperty('messages');
  });

  it('sends no wording when the creditor has none, and follows a change of it at once', async () => {
    const client = testClient(database.current.db, { creditorId: 'wording-none' });
    expect((await seedKari(client, FJORDLYS_SETTINGS)).status).toBe(200);
    expect(await creditorOfAccount(client)).not.toHaveProperty('messages');

    client.setNow(new Date('2026-11-02T10:00:01Z'));
    const changed = { nb: { 'actions.pay': 'Betal nå' } };
    expect(
      (await client.admin('PUT', '/v1/admin/settings', { ...FJORDLYS_SETTINGS, messages: changed })).status,
    ).toBe(200);
    expect((await creditorOfAccount(client)).messages).toEqual(answerOf('nb', changed.nb));
  });

  it('refuses every kind of bad entry with a 422 naming each one, and stores nothing', async () => {
    const client = testClient(database.current.db, { creditorId: 'wording-bad' });
    expect((await seedKari(client, { ...FJORDLYS_SETTINGS, messages })).status).toBe(200);

    const bad = {
      nb: {
        'actions.pay': 'Betal nå',
        'banner.reminder.title': 'Finnes ikke',
        [HEADING]: 'Betal {amount} innen {deadline}',
        'banner.label': 'x'.repeat(2001),
        'glossary.terms.no.kid.explanation': 'Et tall',
      },
      fr: { 'actions.pay': 'Payer' },
    };
    const response = await client.admin('PUT', '/v1/admin/settings', { ...FJORDLYS_SETTINGS, messages: bad });
    expect(response.status).toBe(422);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as { code: string; errors: { path: string; message: string }[] };
    expect(problem.code).toBe('unprocessable');
    const byPath = new Map(problem.errors.map((error) => [error.path, error.message]));
    expect([...byPath.keys()].sort()).toEqual(
      [
        'messages.fr',
        'messages.nb.banner.label',
        'messages.nb.banner.reminder.title',
        `messages.nb.${HEADING}`,
        'messages.nb.glossary.terms.no.kid.explanation',
      ].sort(),
    );
    expect(byPath.get('messages.fr')).toContain('en, nb, nl, de');
    expect(byPath.get(`messages.nb.${HEADING}`)).toContain('{deadline}');
    expect(byPath.get('messages.nb.banner.label')).toContain('2000');
    expect(byPath.get('messages.nb.glossary.terms.no.kid.explanation')).toContain('cannot be overridden');

    // Nothing of the refused document was stored: the earlier wording still stands.
    expect((await creditorOfAccount(client)).messages).toEqual(answerOf('nb', messages.nb));
  });

  it('refuses a first document with bad wording without creating the creditor', async () => {
    const client = testClient(database.current.db, { creditorId: 'wording-first' });
    const response = await client.admin('PUT', '/v1/admin/settings', {
      ...FJORDLYS_SETTINGS,
      messages: { 'nb-NO': { 'actions.pay': 'Betal' } },
    });
    expect(response.status).toBe(422);
    const rows = await database.current.db
      .selectFrom('creditors')
      .select('id')
      .where('id', '=', 'wording-first')
      .execute();
    expect(rows).toEqual([]);
  });

  it('keeps the shape rules of the body: text must be text', async () => {
    const client = testClient(database.current.db, { creditorId: 'wording-shape' });
    const response = await client.admin('PUT', '/v1/admin/settings', {
      ...FJORDLYS_SETTINGS,
      messages: { nb: { 'actions.pay': 42 } },
    });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as { errors: { path: string }[] };
    expect(problem.errors.map((error) => error.path)).toEqual(['messages.nb.actions.pay']);
  });
});
