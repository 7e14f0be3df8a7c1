import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { OutgoingWebhookEvent } from '../../src/contract/webhooks';
import { loadConfig } from '../../src/server/config';
import { enqueueEvent } from '../../src/server/outbox';
import { startServer } from '../../src/server/server';
import { signWebhookPayload, verifyWebhookSignature, WebhookDispatcher } from '../../src/server/webhooks';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { backends, TEST_ADMIN_KEY, TEST_TOKEN_SECRET, testClient, useDatabase } from './setup';

const SECRET = 'webhook-secret-0123456789abcdef';

interface Received {
  headers: IncomingMessage['headers'];
  body: string;
  verified: boolean;
}

/** A creditor's receiver: fails the first `failures` requests with 500, then accepts. */
async function startReceiver(failures: number) {
  const received: Received[] = [];
  let remainingFailures = failures;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const header = request.headers['amicable-signature'];
      received.push({
        headers: request.headers,
        body,
        verified: verifyWebhookSignature({ payload: body, header: String(header), secret: SECRET }),
      });
      if (remainingFailures > 0) {
        remainingFailures -= 1;
        response.writeHead(500).end('not today');
      } else {
        response.writeHead(204).end();
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('webhook signatures', () => {
  it('verifies what it signs and refuses tampering, other secrets and stale timestamps', () => {
    const payload = '{"id":"evt_1","type":"promise.made"}';
    const now = new Date('2026-11-02T10:00:00Z');
    const header = signWebhookPayload(payload, SECRET, now);
    expect(header).toMatch(/^t=\d+,v1=[0-9a-f]{64}$/);
    expect(verifyWebhookSignature({ payload, header, secret: SECRET, now })).toBe(true);
    expect(verifyWebhookSignature({ payload: `${payload} `, header, secret: SECRET, now })).toBe(false);
    expect(verifyWebhookSignature({ payload, header, secret: `${SECRET}x`, now })).toBe(false);
    const later = new Date(now.getTime() + 301_000);
    expect(verifyWebhookSignature({ payload, header, secret: SECRET, now: later })).toBe(false);
    expect(verifyWebhookSignature({ payload, header: 'garbage', secret: SECRET, now })).toBe(false);
    expect(verifyWebhookSignature({ payload, header: undefined, secret: SECRET, now })).toBe(false);
  });
});

describe.each(backends)('webhook delivery on $name', (backend) => {
  const database = useDatabase(backend);
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  it('delivers an outbox event signed, retries after failures with the same event id, and marks it delivered', async () => {
    const { db } = database.current;
    const receiver = await startReceiver(2);
    cleanups.push(receiver.close);
    const eventId = await db.transaction().execute((trx) =>
      enqueueEvent({ trx, creditorId: 'creditor-webhooks', now: new Date() }, 'cust-1', 'promise.made', {
        id: 'prm-1',
        date: '2026-12-01',
      }),
    );

    const dispatcher = new WebhookDispatcher({
      db,
      url: receiver.url,
      secret: SECRET,
      creditorId: 'creditor-webhooks',
      pollIntervalMs: 20,
      retryBaseMs: 20,
      retryMaxMs: 100,
    });
    dispatcher.start();
    cleanups.push(() => dispatcher.stop());
    await until(async () => {
      const row = await db
        .selectFrom('outbox')
        .select('delivered_at')
        .where('id', '=', eventId)
        .executeTakeFirst();
      return Boolean(row?.delivered_at);
    }, 'delivery');

    expect(receiver.received).toHaveLength(3);
    for (const request of receiver.received) {
      expect(request.verified).toBe(true);
      expect(request.headers['amicable-event-id']).toBe(eventId);
      expect(request.headers['content-type']).toBe('application/json');
      const event = JSON.parse(request.body);
      expect(event).toMatchObject({ id: eventId, type: 'promise.made', customerId: 'cust-1' });
      expect(event.data).toEqual({ id: 'prm-1', date: '2026-12-01' });
    }
    const row = await db.selectFrom('outbox').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(row.attempts).toBe(3);
    expect(row.last_error).toBeNull();

    // Delivered events are not sent again.
    expect(await dispatcher.deliverDue()).toBe(0);
    expect(receiver.received).toHaveLength(3);
  });

  it('keeps an event queued while the receiver is unreachable, with growing delays', async () => {
    const { db } = database.current;
    const eventId = await db.transaction().execute((trx) =>
      enqueueEvent({ trx, creditorId: 'creditor-down', now: new Date() }, 'cust-2', 'stage.changed', {
        from: 'reminder',
        to: 'paused',
      }),
    );
    const dispatcher = new WebhookDispatcher({
      db,
      url: 'http://127.0.0.1:9/unreachable',
      secret: SECRET,
      creditorId: 'creditor-down',
      retryBaseMs: 1000,
      random: () => 1,
    });
    expect(await dispatcher.deliverDue()).toBe(0);
    const row = await db.selectFrom('outbox').selectAll().where('id', '=', eventId).executeTakeFirstOrThrow();
    expect(row.delivered_at).toBeNull();
    expect(row.attempts).toBe(1);
    expect(row.last_error).toBeTruthy();
    expect(Date.parse(row.next_attempt_at)).toBeGreaterThan(Date.now());
    // Not due again until the backoff passes.
    expect(await dispatcher.deliverDue()).toBe(0);
    const again = await db
      .selectFrom('outbox')
      .select('attempts')
      .where('id', '=', eventId)
      .executeTakeFirstOrThrow();
    expect(again.attempts).toBe(1);
    expect(dispatcher.retryDelayMs(1)).toBe(1000);
    expect(dispatcher.retryDelayMs(4)).toBe(8000);
    expect(dispatcher.retryDelayMs(40)).toBe(3_600_000);
  });

  it('sends stage.changed when the creditor pauses a customer, woken by the write', async () => {
    const { db } = database.current;
    const receiver = await startReceiver(0);
    cleanups.push(receiver.close);
    // A long poll interval: delivery within the wait below comes from the write waking the dispatcher.
    const dispatcher = new WebhookDispatcher({
      db,
      url: receiver.url,
      secret: SECRET,
      creditorId: 'webhook-e2e',
      pollIntervalMs: 60_000,
    });
    const client = testClient(db, { creditorId: 'webhook-e2e', webhooks: dispatcher });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);
    dispatcher.start();
    cleanups.push(() => dispatcher.stop());
    await until(() => receiver.received.length === 1, 'the stage.changed of the new invoice');

    expect((await client.admin('POST', '/v1/admin/customers/cust-1001/pause', {})).status).toBe(200);
    await until(() => receiver.received.length === 2, 'the stage.changed of the pause');
    const events = receiver.received.map((request) => JSON.parse(request.body));
    expect(receiver.received.every((request) => request.verified)).toBe(true);
    expect(events.map((event) => [event.type, event.data.from, event.data.to])).toEqual([
      ['stage.changed', 'upcoming', 'reminder'],
      ['stage.changed', 'reminder', 'paused'],
    ]);
    expect(events[1]).toMatchObject({ customerId: 'cust-1001', data: { pauseReason: 'creditor' } });
    for (const event of events) expect(OutgoingWebhookEvent.safeParse(event).success).toBe(true);
  });

  it('leaves delivery to an instance that runs the background jobs (AMICABLE_BACKGROUND_JOBS=off)', async () => {
    const { db } = database.current;
    const receiver = await startReceiver(0);
    cleanups.push(receiver.close);
    const configFor = (jobs: 'on' | 'off') =>
      loadConfig({
        DATABASE_URL: 'sqlite::memory:',
        AMICABLE_TOKEN_SECRET: TEST_TOKEN_SECRET,
        AMICABLE_ADMIN_KEY: TEST_ADMIN_KEY,
        AMICABLE_WEBHOOK_URL: receiver.url,
        AMICABLE_WEBHOOK_SECRET: SECRET,
        AMICABLE_BACKGROUND_JOBS: jobs,
      });
    const start = (jobs: 'on' | 'off') =>
      startServer({ config: configFor(jobs), db, port: 0, hostname: '127.0.0.1', creditorId: 'jobs-split' });
    const answering = await start('off');
    cleanups.push(() => answering.close());
    const admin = (method: string, path: string, body: unknown) =>
      fetch(`${answering.url}${path}`, {
        method,
        headers: { Authorization: `Bearer ${TEST_ADMIN_KEY}`, 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });
    expect((await admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS)).status).toBe(200);
    expect((await admin('PUT', '/v1/admin/customers/cust-1001', KARI)).status).toBe(200);
    expect((await admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042)).status).toBe(200);
    const queued = () =>
      db
        .selectFrom('outbox')
        .select(['id', 'delivered_at'])
        .where('creditor_id', '=', 'jobs-split')
        .execute();
    await until(async () => (await queued()).length === 1, 'the stage.changed of the new invoice, queued');
    // The answering instance never sends it: give a dispatcher time it would have had.
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect(receiver.received).toHaveLength(0);

    const working = await start('on');
    cleanups.push(() => working.close());
    await until(() => receiver.received.length === 1, 'delivery by the instance that runs the jobs');
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
      type: 'stage.changed',
      customerId: 'cust-1001',
    });
    await until(async () => (await queued()).every((row) => row.delivered_at !== null), 'marked delivered');
  });
});
