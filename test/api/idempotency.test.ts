import { beforeAll, describe, expect, it } from 'vitest';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { backends, TEST_ADMIN_KEY, type TestClient, testClient, useDatabase } from './setup';

const PATH = '/v1/admin/invoices/inv-2025-0042/payments';
const payment = (amount: number) => ({ receivedOn: '2026-11-01', amount: { amount, currency: 'NOK' } });

describe.each(backends)('Idempotency-Key on $name', (backend) => {
  const database = useDatabase(backend);
  let client: TestClient;

  beforeAll(async () => {
    client = testClient(database.current.db);
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);
  });

  async function paymentCount(): Promise<number> {
    return (await database.current.db.selectFrom('payments').selectAll().execute()).length;
  }

  it('requires the header on creating POSTs', async () => {
    const response = await client.admin('POST', PATH, payment(100));
    expect(response.status).toBe(400);
    expect((await response.json()).code).toBe('idempotency_key_required');
  });

  it('replays the first answer for the same key and body, whatever the key order and spacing', async () => {
    const before = await paymentCount();
    const first = await client.admin('POST', PATH, payment(1000), { 'Idempotency-Key': 'replay-1' });
    expect(first.status).toBe(201);
    const firstBody = await first.text();
    const reordered = JSON.stringify(
      { amount: { currency: 'NOK', amount: 1000 }, receivedOn: '2026-11-01' },
      null,
      2,
    );
    const again = await client.admin('POST', PATH, reordered, { 'Idempotency-Key': 'replay-1' });
    expect(again.status).toBe(201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(await again.text()).toBe(firstBody);
    expect(await paymentCount()).toBe(before + 1);
  });

  it('answers 409 idempotency_mismatch for the same key with another body', async () => {
    await client.admin('POST', PATH, payment(2000), { 'Idempotency-Key': 'mismatch-1' });
    const other = await client.admin('POST', PATH, payment(2001), { 'Idempotency-Key': 'mismatch-1' });
    expect(other.status).toBe(409);
    expect((await other.json()).code).toBe('idempotency_mismatch');
  });

  it('does not spend a key on a request that failed', async () => {
    const before = await paymentCount();
    const invalid = await client.admin(
      'POST',
      PATH,
      { receivedOn: 'yesterday' },
      { 'Idempotency-Key': 'retry-1' },
    );
    expect(invalid.status).toBe(400);
    const missing = await client.admin('POST', '/v1/admin/invoices/not-yet/payments', payment(10), {
      'Idempotency-Key': 'retry-2',
    });
    expect(missing.status).toBe(404);
    expect((await client.admin('POST', PATH, payment(10), { 'Idempotency-Key': 'retry-1' })).status).toBe(
      201,
    );
    await client.admin('PUT', '/v1/admin/invoices/not-yet', {
      ...INVOICE_0042,
      number: 'NY-1',
      reminders: [],
    });
    const now = await client.admin('POST', '/v1/admin/invoices/not-yet/payments', payment(10), {
      'Idempotency-Key': 'retry-2',
    });
    expect(now.status).toBe(201);
    expect(now.headers.get('idempotent-replayed')).toBeNull();
    expect(await paymentCount()).toBe(before + 2);
  });

  it('creates exactly one record for 20 concurrent duplicates', async () => {
    const before = await paymentCount();
    const responses = await Promise.all(
      Array.from({ length: 20 }, () =>
        client.app.request(PATH, {
          method: 'POST',
          headers: {
            Authorization: `Bearer ${TEST_ADMIN_KEY}`,
            'Content-Type': 'application/json',
            'Idempotency-Key': 'concurrent-1',
          },
          body: JSON.stringify(payment(3000)),
        }),
      ),
    );
    const statuses = responses.map((response) => response.status);
    // Duplicates wait for the first answer and replay it; a 409 with Retry-After is the only other answer.
    for (const status of statuses) expect([201, 409]).toContain(status);
    const bodies = new Set(
      await Promise.all(
        responses.filter((response) => response.status === 201).map((response) => response.text()),
      ),
    );
    expect(bodies.size).toBe(1);
    expect(statuses.filter((status) => status === 201).length).toBeGreaterThanOrEqual(1);
    expect(await paymentCount()).toBe(before + 1);
  });

  it('takes over a key whose first request died mid-way, and waits (then 409) while one is running', async () => {
    const { db } = database.current;
    const probe = await client.admin('POST', PATH, payment(4000), { 'Idempotency-Key': 'probe-1' });
    expect(probe.status).toBe(201);
    const { request_hash } = await db
      .selectFrom('idempotency_keys')
      .select('request_hash')
      .where('key', '=', 'probe-1')
      .executeTakeFirstOrThrow();
    const before = await paymentCount();
    const claim = (key: string, lockedAt: string) =>
      db
        .insertInto('idempotency_keys')
        .values({
          creditor_id: 'default',
          scope: 'admin',
          key,
          request_hash,
          status_code: null,
          response_body: null,
          locked_at: lockedAt,
          created_at: lockedAt,
        })
        .execute();

    // A claim older than the lease: its process died; the retry runs afresh.
    await claim('abandoned-1', new Date(Date.now() - 5 * 60 * 1000).toISOString());
    const retaken = await client.admin('POST', PATH, payment(4000), { 'Idempotency-Key': 'abandoned-1' });
    expect(retaken.status).toBe(201);
    expect(retaken.headers.get('idempotent-replayed')).toBeNull();
    expect(await paymentCount()).toBe(before + 1);

    // A fresh claim by a request still running: a duplicate waits, then gives up with 409 + Retry-After.
    await claim('running-1', new Date().toISOString());
    const impatient = testClient(db, { idempotency: { waitMs: 100, pollMs: 10 } });
    const waiting = await impatient.admin('POST', PATH, payment(4000), { 'Idempotency-Key': 'running-1' });
    expect(waiting.status).toBe(409);
    expect((await waiting.json()).code).toBe('conflict');
    expect(waiting.headers.get('retry-after')).toBe('1');
    expect(await paymentCount()).toBe(before + 1);
  });
});
