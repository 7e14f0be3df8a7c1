import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Kysely } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { AbandonedWebhooks, WebhooksRedelivered } from '../../src/contract/admin';
import { type AmicableDb, migrations } from '../../src/server/db';
import { ABANDONED_NEXT_ATTEMPT_AT, enqueueEvent } from '../../src/server/outbox';
import { verifyWebhookSignature, WebhookDispatcher } from '../../src/server/webhooks';
import { backends, TEST_ADMIN_KEY, testClient, useDatabase } from './setup';

const SECRET = 'webhook-secret-0123456789abcdef';
const REDELIVER = '/v1/admin/webhooks/redeliver';
const ABANDONED = '/v1/admin/webhooks/abandoned';

/**
 * The creditor's receiver: refuses everything (503) while down, accepts (204) once back up.
 * `accepted` lists the event ids it took, in order, with whether each was signed and whole.
 */
async function startReceiver() {
  const state = { up: false };
  const accepted: { eventId: string; verified: boolean }[] = [];
  let refused = 0;
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      const eventId = String(request.headers['amicable-event-id']);
      if (!state.up) {
        refused += 1;
        response.writeHead(503).end();
        return;
      }
      const verified =
        (JSON.parse(body) as { id: string }).id === eventId &&
        verifyWebhookSignature({
          payload: body,
          header: String(request.headers['amicable-signature']),
          secret: SECRET,
        });
      accepted.push({ eventId, verified });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    state,
    accepted,
    refused: () => refused,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}

async function until(condition: () => boolean | Promise<boolean>, what: string, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Queues one event per customer named, in order; returns their ids. */
async function enqueue(db: AmicableDb, creditorId: string, customers: string[]) {
  const ids: string[] = [];
  for (const customerId of customers) {
    ids.push(
      await db
        .transaction()
        .execute((trx) => enqueueEvent({ trx, creditorId, now: new Date() }, customerId, 'promise.made', {})),
    );
  }
  return ids;
}

/** A dispatcher for one creditor that gives up after two attempts, retrying at once. */
function dispatcherFor(db: AmicableDb, creditorId: string, url: string, pollIntervalMs = 60_000) {
  return new WebhookDispatcher({
    db,
    url,
    secret: SECRET,
    creditorId,
    maxAttempts: 2,
    retryBaseMs: 0,
    batchSize: 200,
    pollIntervalMs,
  });
}

/** Queues events and lets them fail until abandoned (two attempts each); returns their ids. */
async function abandon(db: AmicableDb, creditorId: string, url: string, customers: string[]) {
  const ids = await enqueue(db, creditorId, customers);
  const dispatcher = dispatcherFor(db, creditorId, url);
  expect(await dispatcher.deliverDue()).toBe(0);
  expect(await dispatcher.deliverDue()).toBe(0);
  return ids;
}

async function outboxRows(db: AmicableDb, creditorId: string) {
  return db.selectFrom('outbox').selectAll().where('creditor_id', '=', creditorId).orderBy('id').execute();
}

describe.each(backends)('redelivering abandoned webhooks on $name', (backend) => {
  const database = useDatabase(backend);
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0)) await cleanup();
  });

  async function receiver() {
    const started = await startReceiver();
    cleanups.push(started.close);
    return started;
  }

  it('lists abandoned events oldest first with their last error, and no delivered, retrying or other creditor’s ones', async () => {
    const { db } = database.current;
    const creditorId = 'cred-list';
    const down = await receiver();
    const abandoned = await abandon(db, creditorId, down.url, ['cust-a', 'cust-b', 'cust-a']);
    await abandon(db, 'cred-list-other', down.url, ['cust-z']);
    down.state.up = true;
    const [delivered] = await enqueue(db, creditorId, ['cust-c']);
    expect(await dispatcherFor(db, creditorId, down.url).deliverDue()).toBe(1);
    expect(down.accepted.map((entry) => entry.eventId)).toEqual([delivered]);
    await enqueue(db, creditorId, ['cust-d']); // queued, not yet tried

    const client = testClient(db, { creditorId });
    const response = await client.admin('GET', ABANDONED);
    expect(response.status).toBe(200);
    const body = AbandonedWebhooks.parse(await response.json());
    expect(body.total).toBe(3);
    expect(body.events.map((event) => event.id)).toEqual(abandoned);
    expect(body.events.map((event) => event.customerId)).toEqual(['cust-a', 'cust-b', 'cust-a']);
    for (const event of body.events) {
      expect(event).toMatchObject({ type: 'promise.made', attempts: 2, lastError: 'HTTP 503' });
      expect(Date.parse(event.createdAt)).not.toBeNaN();
    }
  });

  it('lists at most 100, the oldest, and counts them all', async () => {
    const { db } = database.current;
    const creditorId = 'cred-many';
    const ids = await enqueue(
      db,
      creditorId,
      Array.from({ length: 105 }, (_, index) => `cust-${index}`),
    );
    const failing = new WebhookDispatcher({
      db,
      url: 'http://127.0.0.1:9/unreachable',
      secret: SECRET,
      creditorId,
      maxAttempts: 1,
      batchSize: 200,
    });
    expect(await failing.deliverDue()).toBe(0);
    const body = AbandonedWebhooks.parse(
      await (await testClient(db, { creditorId }).admin('GET', ABANDONED)).json(),
    );
    expect(body.total).toBe(105);
    expect(body.events.map((event) => event.id)).toEqual(ids.slice(0, 100));
  });

  it('redelivers one event, then all, each with its own id and delivered exactly once once the receiver is back', async () => {
    const { db } = database.current;
    const creditorId = 'cred-redeliver';
    const hooks = await receiver();
    const ids = await abandon(db, creditorId, hooks.url, ['cust-a', 'cust-a', 'cust-b', 'cust-b']);
    expect(hooks.refused()).toBe(8);
    hooks.state.up = true;
    const dispatcher = dispatcherFor(db, creditorId, hooks.url);
    const client = testClient(db, { creditorId, webhooks: dispatcher });

    const one = await client.admin('POST', REDELIVER, { eventIds: [ids[1]] });
    expect(one.status).toBe(200);
    expect(WebhooksRedelivered.parse(await one.json())).toEqual({ redelivered: 1 });
    const row = (await outboxRows(db, creditorId)).find((candidate) => candidate.id === ids[1]);
    expect(row).toMatchObject({ attempts: 0, delivered_at: null });
    expect(Date.parse(row?.next_attempt_at ?? '')).toBeLessThanOrEqual(Date.now());
    const listed = AbandonedWebhooks.parse(await (await client.admin('GET', ABANDONED)).json());
    expect(listed.events.map((event) => event.id)).toEqual([ids[0], ids[2], ids[3]]);
    expect(await dispatcher.deliverDue()).toBe(1);
    expect(hooks.accepted).toEqual([{ eventId: ids[1], verified: true }]);

    // The rest, all at once: the write wakes the running dispatcher (its poll is a minute away).
    dispatcher.start();
    cleanups.push(() => dispatcher.stop());
    const all = await client.admin('POST', REDELIVER, {});
    expect(all.status).toBe(200);
    expect(WebhooksRedelivered.parse(await all.json())).toEqual({ redelivered: 3 });
    await until(() => hooks.accepted.length === 4, 'the redelivered events');
    await until(
      async () => (await outboxRows(db, creditorId)).every((candidate) => candidate.delivered_at !== null),
      'every event marked delivered',
    );
    await dispatcher.stop();
    expect(hooks.accepted.every((entry) => entry.verified)).toBe(true);
    expect(hooks.accepted.map((entry) => entry.eventId).sort()).toEqual([...ids].sort());
    expect(await dispatcher.deliverDue()).toBe(0);
    expect(hooks.accepted).toHaveLength(4);

    // Nothing is abandoned any more; an empty body means "all" too.
    const none = await client.app.request(REDELIVER, {
      method: 'POST',
      headers: { Authorization: `Bearer ${TEST_ADMIN_KEY}` },
    });
    expect(none.status).toBe(200);
    expect(await none.json()).toEqual({ redelivered: 0 });
    expect(AbandonedWebhooks.parse(await (await client.admin('GET', ABANDONED)).json())).toEqual({
      events: [],
      total: 0,
    });
  });

  it('refuses unknown, delivered, retrying and duplicate ids, too many, extra fields and a missing key, changing nothing', async () => {
    const { db } = database.current;
    const creditorId = 'cred-refuse';
    const hooks = await receiver();
    const abandoned = await abandon(db, creditorId, hooks.url, ['cust-a', 'cust-b']);
    const [elsewhere] = await abandon(db, 'cred-refuse-other', hooks.url, ['cust-z']);
    hooks.state.up = true;
    const [delivered] = await enqueue(db, creditorId, ['cust-c']);
    expect(await dispatcherFor(db, creditorId, hooks.url).deliverDue()).toBe(1);
    const [retrying] = await enqueue(db, creditorId, ['cust-d']);
    const client = testClient(db, { creditorId });
    const before = await outboxRows(db, creditorId);
    const first = abandoned[0] as string;

    const refusedIds: [string, string[], RegExp][] = [
      ['an unknown id', [first, 'evt_unknown'], /no such event/i],
      ['a delivered id', [delivered as string, first], /delivered/i],
      ['an id not abandoned yet', [retrying as string], /still being retried/i],
      ["another creditor's id", [elsewhere as string], /no such event/i],
    ];
    for (const [what, eventIds, message] of refusedIds) {
      const response = await client.admin('POST', REDELIVER, { eventIds });
      expect(response.status, what).toBe(422);
      const problem = await response.json();
      expect(problem.code, what).toBe('unprocessable');
      const bad = eventIds.findIndex((id) => id !== first);
      expect(problem.errors, what).toEqual([
        { path: `eventIds.${bad}`, message: expect.stringMatching(message) },
      ]);
      expect(problem.detail, what).toContain(eventIds[bad]);
    }

    const invalid: [string, unknown, string][] = [
      ['a repeated id', { eventIds: [first, first] }, 'eventIds'],
      ['101 ids', { eventIds: Array.from({ length: 101 }, (_, index) => `evt_${index}`) }, 'eventIds'],
      ['an empty list', { eventIds: [] }, 'eventIds'],
      ['a malformed id', { eventIds: ['evt 1/..'] }, 'eventIds.0'],
      ['an extra field', { eventIds: [first], force: true }, 'force'],
      ['not a list', { eventIds: first }, 'eventIds'],
    ];
    for (const [what, body, path] of invalid) {
      const response = await client.admin('POST', REDELIVER, body);
      expect(response.status, what).toBe(400);
      const problem = await response.json();
      expect(problem.code, what).toBe('invalid_request');
      expect(
        problem.errors.map((error: { path: string }) => error.path),
        what,
      ).toContain(path);
    }

    for (const authorization of [
      undefined,
      'Bearer not-the-admin-key-0123456789',
      `Bearer ${await client.token('cust-a')}`,
    ]) {
      const headers: Record<string, string> = { 'Content-Type': 'application/json' };
      if (authorization) headers.Authorization = authorization;
      const post = await client.app.request(REDELIVER, { method: 'POST', headers, body: '{}' });
      expect(post.status, authorization).toBeGreaterThanOrEqual(401);
      expect(post.status, authorization).toBeLessThanOrEqual(403);
      const list = await client.app.request(ABANDONED, { headers });
      expect(list.status, authorization).toBeGreaterThanOrEqual(401);
      expect(list.status, authorization).toBeLessThanOrEqual(403);
    }

    expect(await outboxRows(db, creditorId)).toEqual(before);
    // The abandoned ones were refused only for their company: on their own they go.
    const alone = await client.admin('POST', REDELIVER, { eventIds: abandoned });
    expect(await alone.json()).toEqual({ redelivered: 2 });
  });

  it('marks events abandoned before the mark existed, so claims skip them and the creditor can redeliver them', async () => {
    const { db } = database.current;
    const creditorId = 'cred-migrated';
    const long = new Date(Date.now() - 86_400_000).toISOString();
    const row = (id: string, attempts: number, deliveredAt: string | null) => ({
      creditor_id: creditorId,
      id,
      type: 'stage.changed',
      payload_json: JSON.stringify({
        id,
        type: 'stage.changed',
        createdAt: long,
        customerId: 'cust-1',
        data: {},
      }),
      created_at: long,
      attempts,
      next_attempt_at: long,
      delivered_at: deliveredAt,
      last_error: deliveredAt ? null : 'HTTP 500',
    });
    // As the dispatcher left them before: the abandoned one at its last retry time, in the claims' range.
    await db
      .insertInto('outbox')
      .values([
        row('evt_old_abandoned', 25, null),
        row('evt_old_retrying', 3, null),
        row('evt_old_delivered', 25, long),
      ])
      .execute();
    const migration = migrations['2026_11_400_outbox_abandoned_mark'];
    await migration?.up(db as unknown as Kysely<unknown>);

    const rows = new Map((await outboxRows(db, creditorId)).map((stored) => [stored.id, stored]));
    expect(rows.get('evt_old_abandoned')?.next_attempt_at).toBe(ABANDONED_NEXT_ATTEMPT_AT);
    expect(rows.get('evt_old_retrying')?.next_attempt_at).toBe(long);
    expect(rows.get('evt_old_delivered')?.next_attempt_at).toBe(long);

    const client = testClient(db, { creditorId });
    const listed = AbandonedWebhooks.parse(await (await client.admin('GET', ABANDONED)).json());
    expect(listed).toEqual({
      events: [
        {
          id: 'evt_old_abandoned',
          type: 'stage.changed',
          createdAt: long,
          customerId: 'cust-1',
          attempts: 25,
          lastError: 'HTTP 500',
        },
      ],
      total: 1,
    });
    const hooks = await receiver();
    hooks.state.up = true;
    // The shipped limit of 25 attempts, under which the retrying event still has tries left.
    const dispatcher = new WebhookDispatcher({ db, url: hooks.url, secret: SECRET, creditorId });
    expect(await dispatcher.deliverDue()).toBe(1);
    expect(hooks.accepted.map((entry) => entry.eventId)).toEqual(['evt_old_retrying']);
    expect(await (await client.admin('POST', REDELIVER, { eventIds: ['evt_old_abandoned'] })).json()).toEqual(
      {
        redelivered: 1,
      },
    );
    expect(await dispatcher.deliverDue()).toBe(1);
    expect(hooks.accepted.map((entry) => entry.eventId)).toEqual(['evt_old_retrying', 'evt_old_abandoned']);
  });
});
