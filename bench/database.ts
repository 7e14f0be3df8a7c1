/**
 * The databases the API benchmarks run on: a fresh SQLite file, or a fresh PostgreSQL database
 * created on `BENCH_POSTGRES_URL` and dropped afterwards; migrated and seeded with the Fjordlys
 * demo (whose customer `cust-1001` and invoice `inv-2025-0042` are the ones measured), and topped
 * up with other customers' invoices for the scaling table.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { type AmicableDb, migrate, openDatabase, seedDemo } from '../src/server';

/** The customer and invoice every API figure is about. */
export const measuredCustomerId = 'cust-1001';
export const measuredInvoiceId = 'inv-2025-0042';
export const benchCreditorId = 'fjordlys';

/** The engines the API sections run on. */
export type Engine = 'sqlite' | 'postgres';

/** A migrated, seeded database of the benchmark's own. */
export interface BenchDatabase {
  engine: Engine;
  /** The `DATABASE_URL` a server process opens it with. */
  url: string;
  db: AmicableDb;
  /** Close the connection and delete the file or drop the database. */
  destroy(): Promise<void>;
}

/** Databases created and not yet destroyed, so that an interrupted run can still drop them. */
const openDatabases = new Set<BenchDatabase>();

/** Destroy every benchmark database still open (for a run that is interrupted). */
export async function destroyOpenDatabases(): Promise<void> {
  await Promise.allSettled([...openDatabases].map((database) => database.destroy()));
}

/** Whether a PostgreSQL server answers on `url` within a few seconds. */
export async function postgresReachable(url: string): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3_000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

async function adminQuery(url: string, statement: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** Open a fresh database on `engine` (for PostgreSQL, a new database on the server `postgresUrl` names). */
export async function createBenchDatabase(engine: Engine, postgresUrl: string): Promise<BenchDatabase> {
  let url: string;
  let dropStorage: () => Promise<void>;
  if (engine === 'sqlite') {
    const directory = mkdtempSync(join(tmpdir(), 'amicable-bench-'));
    url = `sqlite:${join(directory, 'bench.db')}`;
    dropStorage = async () => rmSync(directory, { recursive: true, force: true });
  } else {
    // Only [a-z0-9_] goes into the name: it is interpolated into DDL, which takes no parameters.
    const name = `amicable_bench_${randomBytes(6).toString('hex')}`;
    await adminQuery(postgresUrl, `CREATE DATABASE ${name}`);
    const parsed = new URL(postgresUrl);
    parsed.pathname = `/${name}`;
    url = parsed.toString();
    dropStorage = () => adminQuery(postgresUrl, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  }
  const db = openDatabase(url);
  try {
    await migrate(db);
    const seed = await seedDemo(db, benchCreditorId);
    const measured = seed.customers.find((customer) => customer.id === measuredCustomerId);
    if (!measured?.invoiceIds.includes(measuredInvoiceId)) {
      throw new Error(`The demo seed no longer holds ${measuredCustomerId} with ${measuredInvoiceId}`);
    }
  } catch (error) {
    await db.destroy();
    await dropStorage();
    throw error;
  }
  const database: BenchDatabase = {
    engine,
    url,
    db,
    async destroy() {
      if (!openDatabases.delete(database)) return;
      await db.destroy();
      await dropStorage();
    },
  };
  openDatabases.add(database);
  return database;
}

/** Rows as they come from the database: column → value. */
type Row = Record<string, unknown>;
// Cloning rows copies whatever columns a table has today (other engineers add some), so the
// query builder is used untyped here.
type UntypedDb = Kysely<Record<string, Row>>;

/** How many invoices each made-up customer gets. */
const invoicesPerCustomer = 10;
/**
 * Rows per INSERT: 1,000 rows of up to a dozen columns stays far below SQLite's 32,766 and
 * PostgreSQL's 65,535 bound parameters.
 */
const rowsPerInsert = 1_000;

async function insertInBatches(db: UntypedDb, table: string, rows: Row[]): Promise<void> {
  for (let start = 0; start < rows.length; start += rowsPerInsert) {
    await db
      .insertInto(table)
      .values(rows.slice(start, start + rowsPerInsert))
      .execute();
  }
}

/** Invoices of the benchmark's creditor in `database`. */
export function invoiceCount(database: BenchDatabase): Promise<number> {
  return countInvoices(database.db as unknown as UntypedDb);
}

async function countInvoices(db: UntypedDb): Promise<number> {
  const row = await db
    .selectFrom('invoices')
    .select((eb) => eb.fn.countAll().as('count'))
    .where('creditor_id', '=', benchCreditorId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/**
 * Add other customers' invoices until the creditor holds `total` invoices: copies of the demo's
 * invoices (with their lines and reminders) under made-up customers, ten invoices each, inserted
 * a thousand rows per statement. The measured customer's data is never touched. Returns the
 * number of invoices now in the database.
 */
export async function topUpInvoices(database: BenchDatabase, total: number): Promise<number> {
  const db = database.db as unknown as UntypedDb;
  const existing = await countInvoices(db);
  if (existing >= total) return existing;

  const templates = await db
    .selectFrom('invoices')
    .selectAll()
    .where('creditor_id', '=', benchCreditorId)
    .where('customer_id', '!=', measuredCustomerId)
    .where('id', 'not like', 'bench-%')
    .orderBy('id')
    .execute();
  if (templates.length === 0) throw new Error('The demo seed has no invoices to copy');
  const templateIds = templates.map((invoice) => invoice.id as string);
  const linesOf = groupBy(
    await db.selectFrom('invoice_lines').selectAll().where('creditor_id', '=', benchCreditorId).execute(),
    'invoice_id',
  );
  const remindersOf = groupBy(
    await db.selectFrom('reminders').selectAll().where('creditor_id', '=', benchCreditorId).execute(),
    'invoice_id',
  );
  const customersById = new Map(
    (await db.selectFrom('customers').selectAll().where('creditor_id', '=', benchCreditorId).execute()).map(
      (customer) => [customer.id as string, customer],
    ),
  );

  // Inserted in chunks of whole customers, each chunk in one transaction: quick on SQLite (one
  // fsync per chunk instead of per statement) and bounded in memory for 100,000 invoices.
  const chunkInvoices = 10_000;
  for (let first = existing; first < total; first += chunkInvoices) {
    const last = Math.min(total, first + chunkInvoices);
    const customers: Row[] = [];
    const invoices: Row[] = [];
    const lines: Row[] = [];
    const reminders: Row[] = [];
    for (let serial = first; serial < last; serial++) {
      const template = templates[serial % templates.length] as Row;
      const templateId = templateIds[serial % templateIds.length] as string;
      const customerId = `bench-cust-${Math.floor(serial / invoicesPerCustomer)}`;
      const invoiceId = `bench-inv-${serial}`;
      if (!customersById.has(customerId)) {
        const customer = customersById.get(template.customer_id as string) as Row;
        const copy = { ...customer, id: customerId, name: `Bench customer ${customerId}` };
        customers.push(copy);
        customersById.set(customerId, copy);
      }
      invoices.push({ ...template, id: invoiceId, customer_id: customerId, number: `B-${serial}` });
      for (const line of linesOf.get(templateId) ?? []) lines.push({ ...line, invoice_id: invoiceId });
      for (const reminder of remindersOf.get(templateId) ?? []) {
        reminders.push({ ...reminder, invoice_id: invoiceId });
      }
    }
    await db.transaction().execute(async (trx) => {
      await insertInBatches(trx, 'customers', customers);
      await insertInBatches(trx, 'invoices', invoices);
      await insertInBatches(trx, 'invoice_lines', lines);
      await insertInBatches(trx, 'reminders', reminders);
    });
  }
  if (database.engine === 'postgres') {
    // Fresh statistics, as autovacuum would gather them shortly on a live server.
    await adminQuery(database.url, 'ANALYZE');
  }
  return countInvoices(db);
}

/**
 * `count` copies of the measured customer under other ids (`bench-twin-N`, each with a copy of
 * the measured invoice, its lines and reminders), for requests that go to a different customer
 * every time: the same work per request as the measured customer's, but no per-customer cache can
 * answer them. Returns the ids.
 */
export async function twinsOfMeasuredCustomer(
  database: BenchDatabase,
  count: number,
): Promise<Array<{ customerId: string; invoiceId: string }>> {
  const db = database.db as unknown as UntypedDb;
  const customer = await db
    .selectFrom('customers')
    .selectAll()
    .where('creditor_id', '=', benchCreditorId)
    .where('id', '=', measuredCustomerId)
    .executeTakeFirstOrThrow();
  const invoice = await db
    .selectFrom('invoices')
    .selectAll()
    .where('creditor_id', '=', benchCreditorId)
    .where('id', '=', measuredInvoiceId)
    .executeTakeFirstOrThrow();
  const lines = await db
    .selectFrom('invoice_lines')
    .selectAll()
    .where('creditor_id', '=', benchCreditorId)
    .where('invoice_id', '=', measuredInvoiceId)
    .execute();
  const reminders = await db
    .selectFrom('reminders')
    .selectAll()
    .where('creditor_id', '=', benchCreditorId)
    .where('invoice_id', '=', measuredInvoiceId)
    .execute();
  const existing = new Set(
    (
      await db
        .selectFrom('customers')
        .select('id')
        .where('creditor_id', '=', benchCreditorId)
        .where('id', 'like', 'bench-twin-%')
        .execute()
    ).map((row) => row.id as string),
  );
  const twins = Array.from({ length: count }, (_, index) => ({
    customerId: `bench-twin-${index}`,
    invoiceId: `bench-twin-inv-${index}`,
  }));
  const missing = twins.filter((twin) => !existing.has(twin.customerId));
  await db.transaction().execute(async (trx) => {
    await insertInBatches(
      trx,
      'customers',
      missing.map((twin) => ({ ...customer, id: twin.customerId })),
    );
    await insertInBatches(
      trx,
      'invoices',
      missing.map((twin) => ({ ...invoice, id: twin.invoiceId, customer_id: twin.customerId })),
    );
    await insertInBatches(
      trx,
      'invoice_lines',
      missing.flatMap((twin) => lines.map((line) => ({ ...line, invoice_id: twin.invoiceId }))),
    );
    await insertInBatches(
      trx,
      'reminders',
      missing.flatMap((twin) => reminders.map((reminder) => ({ ...reminder, invoice_id: twin.invoiceId }))),
    );
  });
  if (database.engine === 'postgres' && missing.length > 0) {
    // Fresh statistics, as autovacuum would gather them shortly on a live server (and as after
    // `topUpInvoices`): plans made for the seed's few rows must not be measured on a thousand more.
    await adminQuery(database.url, 'ANALYZE');
  }
  return twins;
}

function groupBy(rows: Row[], key: string): Map<string, Row[]> {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const value = row[key] as string;
    const group = groups.get(value);
    if (group) group.push(row);
    else groups.set(value, [row]);
  }
  return groups;
}
