import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { InvoiceDetail } from '../../src/contract/invoice';
import { type AmicableDb, dataVersion, migrate, openDatabase } from '../../src/server/db';
import { deepFreeze, isDeepFrozen, memoizeOnFrozen, VersionedCache } from '../../src/server/db/read-cache';
import { CachingSqliteDatabase, mayChangeReadData } from '../../src/server/db/sqlite';
import { loadCustomerState } from '../../src/server/state';
import { accountSummary, invoiceDetail } from '../../src/server/views';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { backends, TEST_NOW, type TestClient, testClient, useDatabase } from './setup';

describe('the SQLite statement cache', () => {
  let directory: string;
  beforeAll(() => {
    directory = mkdtempSync(join(tmpdir(), 'amicable-statements-'));
  });
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('prepares each SQL text once and forgets the least recently used beyond its size', () => {
    const database = new CachingSqliteDatabase(new SqliteDatabase(':memory:'), 2);
    const first = database.prepare('select 1 as n');
    expect(database.prepare('select 1 as n')).toBe(first);
    expect(first.all([])).toEqual([{ n: 1 }]);
    const second = database.prepare('select 2 as n');
    database.prepare('select 1 as n'); // used again: now the second is the oldest
    database.prepare('select 3 as n');
    expect(database.cachedStatements).toBe(2);
    expect(database.prepare('select 1 as n')).toBe(first);
    expect(database.prepare('select 2 as n')).not.toBe(second);
    database.close();
  });

  it('keeps the statements of each database apart', async () => {
    const one = openDatabase(`sqlite:${join(directory, 'one.db')}`);
    const two = openDatabase(`sqlite:${join(directory, 'two.db')}`);
    try {
      for (const [db, name] of [
        [one, 'One AS'],
        [two, 'Two AS'],
      ] as const) {
        await migrate(db);
        await db
          .insertInto('creditors')
          .values({
            id: 'same-id',
            name,
            country: 'NO',
            currency: 'NOK',
            locale: 'nb-NO',
            settings_json: '{}',
            created_at: TEST_NOW.toISOString(),
            updated_at: TEST_NOW.toISOString(),
          })
          .execute();
      }
      const nameIn = async (db: AmicableDb) =>
        (await db.selectFrom('creditors').select('name').where('id', '=', 'same-id').executeTakeFirst())
          ?.name;
      // The same SQL text, alternately: each answer comes from its own file.
      for (let round = 0; round < 3; round += 1) {
        expect(await nameIn(one)).toBe('One AS');
        expect(await nameIn(two)).toBe('Two AS');
      }
      await one.destroy();
      expect(await nameIn(two)).toBe('Two AS');
    } finally {
      await two.destroy();
    }
  });

  it('sees schema changes made after a statement was prepared', async () => {
    const db = openDatabase(`sqlite:${join(directory, 'schema.db')}`);
    try {
      await db.schema.createTable('notes').addColumn('id', 'text').execute();
      await db
        .insertInto('notes' as never)
        .values({ id: 'a' } as never)
        .execute();
      const all = () =>
        db
          .selectFrom('notes' as never)
          .selectAll()
          .execute();
      expect(await all()).toEqual([{ id: 'a' }]);
      await db.schema.alterTable('notes').addColumn('body', 'text').execute();
      expect(await all()).toEqual([{ id: 'a', body: null }]);
    } finally {
      await db.destroy();
    }
  });
});

describe('which statements change the data a customer reads', () => {
  it.each([
    ['select * from "invoices" where "id" = ?', false],
    ['  SELECT 1', false],
    ['begin', false],
    ['commit', false],
    ['rollback', false],
    ['savepoint "sp1"', false],
    ['insert into "analytics_events" ("id") values (?)', false],
    ['insert into "timeline" ("id") values (?)', false],
    ['update "outbox" set "attempts" = ?', false],
    ['delete from "idempotency_keys" where "created_at" < ?', false],
    ['insert into "stripe_events" ("id") values (?)', false],
    ['insert into "invoices" ("id") values (?) on conflict do update set "x" = ?', true],
    ['update "payments" set "status" = ?', true],
    ['delete from "invoice_lines" where "invoice_id" = ?', true],
    ['insert or replace into "customers" ("id") values (?)', true],
    ['with "x" as (select 1) insert into "analytics_events" select * from "x"', true],
    ['create index "i" on "plans" ("id")', true],
    ['pragma foreign_keys = on', true],
  ])('%s → %s', (sql, changes) => {
    expect(mayChangeReadData(sql)).toBe(changes);
  });
});

describe('the versioned read cache', () => {
  it('serves a key only under the version it was stored with, and forgets older versions', () => {
    const cache = new VersionedCache<string>(2);
    cache.set('v1', 'a', 'A1');
    expect(cache.get('v1', 'a')).toBe('A1');
    expect(cache.get('v2', 'a')).toBeUndefined();
    cache.set('v2', 'b', 'B2');
    expect(cache.get('v1', 'a')).toBeUndefined();
    expect(cache.size).toBe(1);
    cache.set('v2', 'c', 'C2');
    cache.get('v2', 'b');
    cache.set('v2', 'd', 'D2');
    expect([cache.get('v2', 'b'), cache.get('v2', 'c'), cache.get('v2', 'd')]).toEqual([
      'B2',
      undefined,
      'D2',
    ]);
  });

  it('freezes deeply and memoizes only over frozen inputs', () => {
    const frozen = deepFreeze({ list: [{ n: 1 }], at: new Date(0) });
    expect(isDeepFrozen(frozen) && isDeepFrozen(frozen.list) && isDeepFrozen(frozen.list[0])).toBe(true);
    expect(() => {
      (frozen.list[0] as { n: number }).n = 2;
    }).toThrow(TypeError);
    expect(isDeepFrozen(Object.freeze({ inner: {} }))).toBe(false);
    // An object holding no objects is deeply frozen as soon as it is frozen, whoever froze it.
    expect(isDeepFrozen(Object.freeze({ n: 1, s: 'x' }))).toBe(true);
    expect(isDeepFrozen({ n: 1 })).toBe(false);
    // A shallowly frozen object met inside a result is frozen all the way down too.
    const shallow = Object.freeze({ inner: { n: 1 } });
    const holder = deepFreeze({ shallow });
    expect(isDeepFrozen(holder) && isDeepFrozen(shallow) && Object.isFrozen(shallow.inner)).toBe(true);

    const memos = new WeakMap<object, { inputs: readonly unknown[]; value: { n: number } }>();
    let computed = 0;
    const compute = () => ({ n: ++computed });
    const a = memoizeOnFrozen(memos, frozen, [true], compute);
    expect(memoizeOnFrozen(memos, frozen, [true], compute)).toBe(a);
    expect(isDeepFrozen(a)).toBe(true);
    expect(memoizeOnFrozen(memos, frozen, [false], compute).n).toBe(2);
    const mutable = { list: [] };
    expect(memoizeOnFrozen(memos, frozen, [mutable], compute).n).toBe(3);
    expect(memoizeOnFrozen(memos, frozen, [mutable], compute).n).toBe(4);
    expect(memoizeOnFrozen(memos, { list: [] }, [true], compute).n).toBe(5);
  });
});

describe.each(backends)('cached customer reads on $name', (backend) => {
  const database = useDatabase(backend);
  let client: TestClient;

  beforeAll(async () => {
    client = testClient(database.current.db, { creditorId: 'cached' });
    expect((await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS)).status).toBe(200);
    expect((await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI)).status).toBe(200);
    expect((await client.admin('PUT', '/v1/admin/invoices/inv-42', INVOICE_0042)).status).toBe(200);
  });

  async function account(): Promise<AccountSummary> {
    const response = await client.customer('cust-1001', 'GET', '/v1/account');
    expect(response.status).toBe(200);
    return AccountSummary.parse(await response.json());
  }

  async function invoice(): Promise<InvoiceDetail> {
    const response = await client.customer('cust-1001', 'GET', '/v1/invoices/inv-42');
    expect(response.status).toBe(200);
    return InvoiceDetail.parse(await response.json());
  }

  /** The same views computed inside a transaction, where nothing is ever cached. */
  async function uncached(now: Date): Promise<{ account: AccountSummary; invoice: InvoiceDetail }> {
    return database.current.db.transaction().execute(async (trx) => {
      const options = { creditorId: 'cached', customerId: 'cust-1001', now, cardPayments: false };
      const state = await loadCustomerState(trx, options);
      const one = await loadCustomerState(trx, { ...options, invoiceId: 'inv-42' });
      return {
        account: AccountSummary.parse(
          JSON.parse(JSON.stringify(accountSummary(state.invoices, [], state.context))),
        ),
        invoice: InvoiceDetail.parse(
          JSON.parse(JSON.stringify(invoiceDetail(one.invoices[0] as never, one.context))),
        ),
      };
    });
  }

  it('caches on SQLite only, and never inside a transaction', async () => {
    const { db } = database.current;
    if (backend.name === 'sqlite') expect(dataVersion(db)).toEqual(expect.any(String));
    else expect(dataVersion(db)).toBeUndefined();
    await db.transaction().execute(async (trx) => {
      expect(dataVersion(trx)).toBeUndefined();
    });
  });

  it('answers repeated reads the same as an uncached computation', async () => {
    const first = await account();
    expect(await account()).toEqual(first);
    const detail = await invoice();
    expect(await invoice()).toEqual(detail);
    expect(await uncached(TEST_NOW)).toEqual({ account: first, invoice: detail });
  });

  it('hands out frozen state when it caches, so no caller can change the next answer', async () => {
    const { db } = database.current;
    const options = { creditorId: 'cached', customerId: 'cust-1001', now: TEST_NOW, cardPayments: false };
    const one = await loadCustomerState(db, options);
    const later = new Date(TEST_NOW.getTime() + 60_000);
    const two = await loadCustomerState(db, { ...options, now: later });
    expect(two.context.now).toBe(later);
    if (backend.name === 'sqlite') {
      expect(two.invoices).toBe(one.invoices);
      expect(() => (one.invoices as unknown[]).push(undefined)).toThrow(TypeError);
    } else {
      expect(two.invoices).not.toBe(one.invoices);
    }
  });

  it('sees a write through the API at once', async () => {
    const before = await account();
    const paid = await client.admin(
      'POST',
      '/v1/admin/invoices/inv-42/payments',
      { amount: { amount: 50000, currency: 'NOK' }, receivedOn: '2026-10-30' },
      { 'Idempotency-Key': randomUUID() },
    );
    expect(paid.status).toBe(201);
    const after = await account();
    expect(after.totals.open.amount).toBe(before.totals.open.amount - 50000);
    expect((await invoice()).payments.map((payment) => payment.amount.amount)).toContain(50000);
  });

  it('sees a write made through another connection to the same database', async () => {
    const before = await invoice();
    const other = openDatabase(database.current.url);
    try {
      await other
        .updateTable('invoice_lines')
        .set({ description: 'Strøm, september (corrected)' })
        .where('creditor_id', '=', 'cached')
        .where('invoice_id', '=', 'inv-42')
        .where('id', '=', 'l1')
        .execute();
    } finally {
      await other.destroy();
    }
    const after = await invoice();
    expect(before.lines[0]?.description).toBe('Strøm, september');
    expect(after.lines[0]?.description).toBe('Strøm, september (corrected)');
  });

  it('does not let analytics writes stop reads from being reused, yet stays correct', async () => {
    const before = await account();
    const version = dataVersion(database.current.db);
    const recorded = await client.customer('cust-1001', 'POST', '/v1/events', {
      events: [{ type: 'impression', element: 'amicable-overdue-banner', at: TEST_NOW.toISOString() }],
    });
    expect(recorded.status).toBe(202);
    expect(dataVersion(database.current.db)).toBe(version);
    expect(await account()).toEqual(before);
  });

  it('moves on with the calendar: the next day is assessed again', async () => {
    const today = await account();
    const tomorrow = new Date(TEST_NOW.getTime() + 24 * 60 * 60 * 1000);
    client.setNow(tomorrow);
    try {
      const next = await account();
      expect(next.invoices[0]?.daysOverdue).toBe((today.invoices[0]?.daysOverdue ?? 0) + 1);
      expect(next).toEqual((await uncached(tomorrow)).account);
    } finally {
      client.setNow(TEST_NOW);
    }
    expect(await account()).toEqual(today);
  });
});
