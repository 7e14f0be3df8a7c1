import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { KyselyPlugin, PluginTransformQueryArgs, PluginTransformResultArgs } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { OutgoingWebhookEvent } from '../../src/contract/webhooks';
import { loadConfig } from '../../src/server/config';
import type { AmicableDb } from '../../src/server/db';
import { ABANDONED_NEXT_ATTEMPT_AT, enqueueEvent } from '../../src/server/outbox';
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

interface ScriptedRequest {
  eventId: string;
  customerId: string;
  verified: boolean;
}

/**
 * A receiver whose answer to each request is decided by `answer` (a status, or a promise of one
 * to hold the request open). Requests are listed as they arrive, before they are answered.
 */
async function startScriptedReceiver(answer: (request: ScriptedRequest) => number | Promise<number>) {
  const received: ScriptedRequest[] = [];
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const event = JSON.parse(body) as { id: string; customerId: string };
      const entry = {
        eventId: String(request.headers['amicable-event-id']),
        customerId: event.customerId,
        verified:
          event.id === request.headers['amicable-event-id'] &&
          verifyWebhookSignature({
            payload: body,
            header: String(request.headers['amicable-signature']),
            secret: SECRET,
          }),
      };
      received.push(entry);
      response.writeHead(await answer(entry)).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    /** How many times each event id reached the receiver. */
    counts() {
      const counts = new Map<string, number>();
      for (const { eventId } of received) counts.set(eventId, (counts.get(eventId) ?? 0) + 1);
      return counts;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

/** Queues `perCustomer` events for each customer, oldest first; returns their ids in that order. */
async function enqueueMany(db: AmicableDb, creditorId: string, customers: string[], perCustomer: number) {
  const ids: string[] = [];
  for (let round = 0; round < perCustomer; round += 1) {
    for (const customerId of customers) {
      ids.push(
        await db
          .transaction()
          .execute((trx) =>
            enqueueEvent({ trx, creditorId, now: new Date() }, customerId, 'promise.made', { round }),
          ),
      );
    }
  }
  return ids;
}

/** Counts the statements run through a Kysely instance, by kind of query. */
class StatementCounter implements KyselyPlugin {
  readonly kinds: string[] = [];
  transformQuery(args: PluginTransformQueryArgs) {
    this.kinds.push(args.node.kind);
    return args.node;
  }
  async transformResult(args: PluginTransformResultArgs) {
    return args.result;
  }
}

async function outboxRows(db: AmicableDb, creditorId: string) {
  return db.selectFrom('outbox').selectAll().where('creditor_id', '=', creditorId).orderBy('id').execute();
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

  it('claims a batch of due events in one statement and records all their outcomes in one more', async () => {
    const { db } = database.current;
    const receiver = await startScriptedReceiver(() => 204);
    cleanups.push(receiver.close);
    const ids = await enqueueMany(
      db,
      'creditor-batch',
      ['cust-a', 'cust-b', 'cust-c', 'cust-d', 'cust-e'],
      6,
    );
    const counter = new StatementCounter();
    const dispatcher = new WebhookDispatcher({
      db: db.withPlugin(counter),
      url: receiver.url,
      secret: SECRET,
      creditorId: 'creditor-batch',
      batchSize: 50,
    });

    expect(await dispatcher.deliverDue()).toBe(30);
    // One claim (UPDATE … RETURNING) and one write of every outcome, whatever the batch's size.
    expect(counter.kinds).toEqual(['UpdateQueryNode', 'RawNode']);
    expect([...receiver.counts().entries()].sort()).toEqual(ids.map((id) => [id, 1]).sort());
    expect(receiver.received.every((request) => request.verified)).toBe(true);
    const rows = await outboxRows(db, 'creditor-batch');
    expect(rows.map((row) => [row.attempts, row.delivered_at !== null, row.last_error])).toEqual(
      ids.map(() => [1, true, null]),
    );

    // Nothing is due any more: an idle round is one statement and sends nothing.
    counter.kinds.length = 0;
    expect(await dispatcher.deliverDue()).toBe(0);
    expect(counter.kinds).toEqual(['UpdateQueryNode']);
    expect(receiver.received).toHaveLength(30);
  });

  it('drains a backlog in back-to-back rounds, each writing its outcomes with the next claim', async () => {
    const { db } = database.current;
    const receiver = await startScriptedReceiver(() => 200);
    cleanups.push(receiver.close);
    const ids = await enqueueMany(db, 'creditor-backlog', ['cust-1', 'cust-2', 'cust-3'], 8);
    const counter = new StatementCounter();
    // A poll a minute away: the backlog can only go out within `until` by rounds that follow at once.
    const dispatcher = new WebhookDispatcher({
      db: db.withPlugin(counter),
      url: receiver.url,
      secret: SECRET,
      creditorId: 'creditor-backlog',
      batchSize: 5,
      pollIntervalMs: 60_000,
    });
    dispatcher.start();
    cleanups.push(() => dispatcher.stop());
    await until(
      async () => (await outboxRows(db, 'creditor-backlog')).every((row) => row.delivered_at !== null),
      'the backlog',
    );
    await dispatcher.stop();

    expect([...receiver.counts().entries()].sort()).toEqual(ids.map((id) => [id, 1]).sort());
    // 24 events in batches of 5: a claim, then for each batch one write of its outcomes together
    // with the next claim (the last claim finds nothing).
    expect(counter.kinds).toEqual([
      'UpdateQueryNode',
      ...Array(5).fill(['RawNode', 'UpdateQueryNode']).flat(),
    ]);
  });

  it("records each outcome of a mixed batch and sends one customer's events in creation order", async () => {
    const { db } = database.current;
    const receiver = await startScriptedReceiver((request) =>
      request.customerId === 'cust-refused' ? 500 : 200,
    );
    cleanups.push(receiver.close);
    const good = await enqueueMany(db, 'creditor-mixed', ['cust-ok', 'cust-fine'], 4);
    const refused = await enqueueMany(db, 'creditor-mixed', ['cust-refused'], 3);
    const dispatcher = new WebhookDispatcher({
      db,
      url: receiver.url,
      secret: SECRET,
      creditorId: 'creditor-mixed',
      concurrency: 3,
      retryBaseMs: 60_000,
      random: () => 1,
    });
    const before = Date.now();
    expect(await dispatcher.deliverDue()).toBe(good.length);

    for (const customerId of ['cust-ok', 'cust-fine', 'cust-refused']) {
      const sent = receiver.received
        .filter((request) => request.customerId === customerId)
        .map((r) => r.eventId);
      expect(sent).toEqual([...sent].sort());
    }
    const rows = new Map((await outboxRows(db, 'creditor-mixed')).map((row) => [row.id, row]));
    for (const id of good) {
      expect(rows.get(id)).toMatchObject({ attempts: 1, last_error: null });
      expect(rows.get(id)?.delivered_at).not.toBeNull();
    }
    for (const id of refused) {
      expect(rows.get(id)).toMatchObject({ attempts: 1, delivered_at: null, last_error: 'HTTP 500' });
      // The backoff of a first failure: retryBaseMs with random() = 1.
      expect(Date.parse(rows.get(id)?.next_attempt_at ?? '')).toBeGreaterThanOrEqual(before + 60_000);
    }
    expect(await dispatcher.deliverDue()).toBe(0);
    expect(receiver.received).toHaveLength(good.length + refused.length);
  });

  it('lets two dispatchers on one database claim disjoint batches, so no event is sent twice', async () => {
    const { db } = database.current;
    // A little latency, so that the two dispatchers' rounds overlap.
    const receiver = await startScriptedReceiver(
      () => new Promise((resolve) => setTimeout(() => resolve(200), 5)),
    );
    cleanups.push(receiver.close);
    const customers = Array.from({ length: 12 }, (_, index) => `cust-${index}`);
    const ids = await enqueueMany(db, 'creditor-pair', customers, 10);
    const dispatcher = () =>
      new WebhookDispatcher({
        db,
        url: receiver.url,
        secret: SECRET,
        creditorId: 'creditor-pair',
        batchSize: 10,
      });
    const first = dispatcher();
    const second = dispatcher();

    // Both claim at the same moment: each gets a full batch of its own (on PostgreSQL the second
    // skips the rows the first has locked rather than waiting for them and then finding none).
    expect(await Promise.all([first.deliverDue(), second.deliverDue()])).toEqual([10, 10]);
    const drain = async (instance: WebhookDispatcher) => {
      while ((await instance.deliverDue()) > 0) {}
    };
    await Promise.all([drain(first), drain(second)]);

    const counts = receiver.counts();
    expect(ids.filter((id) => counts.get(id) !== 1)).toEqual([]);
    expect(counts.size).toBe(ids.length);
    const rows = await outboxRows(db, 'creditor-pair');
    expect(rows.filter((row) => row.delivered_at === null || row.attempts !== 1)).toEqual([]);
  });

  it.runIf(backend.name === 'postgres')(
    'claims around the rows another replica is claiming instead of waiting for them',
    async () => {
      const { db } = database.current;
      const receiver = await startScriptedReceiver(() => 200);
      cleanups.push(receiver.close);
      const ids = await enqueueMany(db, 'creditor-replicas', ['cust-1', 'cust-2'], 10);
      const dispatcher = new WebhookDispatcher({
        db,
        url: receiver.url,
        secret: SECRET,
        creditorId: 'creditor-replicas',
        batchSize: 10,
      });
      // Another replica is in the middle of claiming the oldest ten: it holds their row locks.
      await db.transaction().execute(async (trx) => {
        const held = await trx
          .selectFrom('outbox')
          .select('id')
          .where('creditor_id', '=', 'creditor-replicas')
          .orderBy('next_attempt_at')
          .orderBy('id')
          .limit(10)
          .forUpdate()
          .execute();
        let delivered: number | undefined;
        const round = dispatcher.deliverDue().then((count) => {
          delivered = count;
        });
        // Waiting for those locks would wait until this transaction ends: never, within `until`.
        await until(() => delivered !== undefined, 'a claim that does not wait for locked rows');
        await round;
        expect(delivered).toBe(10);
        const heldIds = new Set(held.map((row) => row.id));
        expect(receiver.received.filter((request) => heldIds.has(request.eventId))).toEqual([]);
      });
      expect(await dispatcher.deliverDue()).toBe(10);
      expect([...receiver.counts().entries()].sort()).toEqual(ids.map((id) => [id, 1]).sort());
    },
  );

  it("takes over an event whose claimant went silent once the lease has passed, and records only the holder's outcome", async () => {
    const { db } = database.current;
    let releaseFirst: (status: number) => void = () => {};
    const firstAnswer = new Promise<number>((resolve) => {
      releaseFirst = resolve;
    });
    // The first request hangs (its sender is as good as crashed), the second fails, the third is accepted.
    const receiver = await startScriptedReceiver(() => {
      const count = receiver.received.length;
      return count === 1 ? firstAnswer : count === 2 ? 503 : 200;
    });
    cleanups.push(async () => {
      releaseFirst(200);
      await receiver.close();
    });
    const [eventId] = await enqueueMany(db, 'creditor-lease', ['cust-1'], 1);
    const options = {
      db,
      url: receiver.url,
      secret: SECRET,
      creditorId: 'creditor-lease',
      timeoutMs: 10_000,
    };
    const inFuture = (ms: number) => () => new Date(Date.now() + ms);
    const silent = new WebhookDispatcher(options);
    const silentRound = silent.deliverDue();
    await until(() => receiver.received.length === 1, 'the first attempt');

    // Within the lease no other instance sends it.
    expect(await new WebhookDispatcher(options).deliverDue()).toBe(0);
    expect(receiver.received).toHaveLength(1);

    // After the lease (timeout plus margin) another instance takes it over; its attempt fails.
    const takeover = new WebhookDispatcher({ ...options, now: inFuture(30_000), random: () => 1 });
    expect(await takeover.deliverDue()).toBe(0);
    expect(receiver.received.map((request) => request.eventId)).toEqual([eventId, eventId]);
    const recorded = await outboxRows(db, 'creditor-lease');
    expect(recorded).toMatchObject([
      { id: eventId, attempts: 1, delivered_at: null, last_error: 'HTTP 503' },
    ]);

    // The silent instance comes back with an answer: the lease was no longer its own, so its
    // outcome is not written over the holder's (the event stays due for its retry).
    releaseFirst(200);
    expect(await silentRound).toBe(0);
    expect(await outboxRows(db, 'creditor-lease')).toEqual(recorded);

    // The retry, after its backoff, delivers it and counts the second recorded attempt.
    const retry = new WebhookDispatcher({ ...options, now: inFuture(60_000) });
    expect(await retry.deliverDue()).toBe(1);
    expect(await outboxRows(db, 'creditor-lease')).toMatchObject([
      { id: eventId, attempts: 2, last_error: null },
    ]);
    expect(receiver.received).toHaveLength(3);
  });

  it('hands events back, unsent and uncounted, when the lease would run out before their turn', async () => {
    const { db } = database.current;
    let clock = 0;
    let first = true;
    // The first request takes (on the dispatcher's clock) a whole timeout: no later one fits the lease.
    const receiver = await startScriptedReceiver(() => {
      if (first) clock += 10_000;
      first = false;
      return 200;
    });
    cleanups.push(receiver.close);
    const ids = await enqueueMany(db, 'creditor-slow', ['cust-1', 'cust-2', 'cust-3'], 1);
    clock = Date.now();
    const dispatcher = new WebhookDispatcher({
      db,
      url: receiver.url,
      secret: SECRET,
      creditorId: 'creditor-slow',
      concurrency: 1,
      timeoutMs: 10_000,
      now: () => new Date(clock),
    });

    expect(await dispatcher.deliverDue()).toBe(1);
    expect(receiver.received).toHaveLength(1);
    const rows = await outboxRows(db, 'creditor-slow');
    const handedBack = rows.filter((row) => row.delivered_at === null);
    expect(handedBack).toHaveLength(2);
    for (const row of handedBack) {
      expect(row.attempts).toBe(0);
      expect(Date.parse(row.next_attempt_at)).toBeLessThanOrEqual(clock);
    }

    // Due again at once: the next round sends them.
    expect(await dispatcher.deliverDue()).toBe(2);
    expect([...receiver.counts().entries()].sort()).toEqual(ids.map((id) => [id, 1]).sort());
  });

  it("moves an abandoned event out of every claim's range, so a due event behind many of them goes at once", async () => {
    const { db } = database.current;
    const creditorId = 'creditor-abandoned';
    const abandoned = await enqueueMany(db, creditorId, ['cust-1', 'cust-2', 'cust-3'], 40);
    const failing = new WebhookDispatcher({
      db,
      url: 'http://127.0.0.1:9/unreachable',
      secret: SECRET,
      creditorId,
      maxAttempts: 1,
      batchSize: 50,
    });
    for (let round = 0; round < 3; round += 1) expect(await failing.deliverDue()).toBe(0);
    const rows = await outboxRows(db, creditorId);
    expect(rows.map((row) => row.id).sort()).toEqual([...abandoned].sort());
    for (const row of rows) {
      expect(row).toMatchObject({
        attempts: 1,
        delivered_at: null,
        next_attempt_at: ABANDONED_NEXT_ATTEMPT_AT,
      });
      expect(row.last_error).toBeTruthy();
    }

    const receiver = await startScriptedReceiver(() => 200);
    cleanups.push(receiver.close);
    const [due] = await enqueueMany(db, creditorId, ['cust-4'], 1);
    // An instance a year ahead that would try 1000 times: were the abandoned events still in the
    // claims' range (at their last retry time), its one-event claim would take the oldest of them.
    const later = new WebhookDispatcher({
      db,
      url: receiver.url,
      secret: SECRET,
      creditorId,
      batchSize: 1,
      maxAttempts: 1000,
      now: () => new Date(Date.now() + 365 * 86_400_000),
    });
    expect(await later.deliverDue()).toBe(1);
    expect(receiver.received.map((request) => request.eventId)).toEqual([due]);
    expect(await later.deliverDue()).toBe(0);
    expect(receiver.received).toHaveLength(1);
    const after = await outboxRows(db, creditorId);
    expect(after.filter((row) => row.next_attempt_at === ABANDONED_NEXT_ATTEMPT_AT)).toHaveLength(120);
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
