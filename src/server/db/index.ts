import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
import {
  Kysely,
  PostgresAdapter,
  PostgresDialect,
  type PostgresPool,
  type PostgresPoolClient,
  SqliteAdapter,
  SqliteDialect,
} from 'kysely';
import pg from 'pg';
import type { AmicableDb, Database, Queryable } from './schema';
import { CachingSqliteDatabase } from './sqlite';

export { migrate, migrations } from './migrations';
export type { AmicableDb, Database, Queryable } from './schema';

/** Which engine a `DATABASE_URL` names. */
export type DatabaseKind = 'sqlite' | 'postgres';

export function databaseKind(url: string): DatabaseKind {
  if (/^postgres(ql)?:\/\//i.test(url)) return 'postgres';
  if (url.startsWith('sqlite:')) return 'sqlite';
  throw new Error(`Unsupported DATABASE_URL "${url.split(':')[0]}:…": use sqlite:PATH or postgres://…`);
}

/**
 * Which engine `db` (or a transaction on it) runs on, for the few statements written per engine.
 * Read from Kysely's adapter, which each dialect brings.
 */
export function engineOf(db: Queryable): DatabaseKind {
  const { adapter } = db.getExecutor();
  if (adapter instanceof PostgresAdapter) return 'postgres';
  if (adapter instanceof SqliteAdapter) return 'sqlite';
  throw new Error('Amicable runs on SQLite or PostgreSQL');
}

export interface OpenDatabaseOptions {
  /** PostgreSQL pool size (default 10). */
  poolSize?: number;
}

// int8 (20) and numeric (1700) arrive from pg as strings so that no precision is lost silently.
// Our money columns hold minor units far below 2^53, so numbers are exact; refuse otherwise.
const INT8_OID = 20;
const NUMERIC_OID = 1700;

function toSafeNumber(value: string): number {
  const number = Number(value);
  if (Number.isInteger(number) && !Number.isSafeInteger(number)) {
    throw new RangeError(`Database value ${value} does not fit a JavaScript number exactly`);
  }
  return number;
}

const pgTypes = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === INT8_OID || oid === NUMERIC_OID) return toSafeNumber;
    return pg.types.getTypeParser(oid, format as 'text');
  },
} as pg.CustomTypesConfig;

function openSqlite(path: string): SqliteDatabase.Database {
  if (path !== ':memory:') mkdirSync(dirname(resolve(path)), { recursive: true });
  const sqlite = new SqliteDatabase(path);
  // WAL lets readers run beside the writer; FULL fsyncs every commit so an acknowledged write
  // survives a power cut or `kill -9`; foreign keys are off by default in SQLite.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return sqlite;
}

// The data version of each SQLite database opened here (see `dataVersion`).
const dataVersions = new WeakMap<Queryable, () => string>();

/**
 * A value that changes whenever data customers read may have changed in `db`: reads may reuse
 * what they computed under an equal value. `undefined` where nothing can tell: PostgreSQL (other
 * servers write without our knowing) and transactions (their writes are not committed yet).
 */
export function dataVersion(db: Queryable): string | undefined {
  return dataVersions.get(db)?.();
}

/**
 * Opens the database a `DATABASE_URL` names: `sqlite:PATH` (embedded, created if missing,
 * `sqlite::memory:` for a throwaway) or `postgres://…`. Call {@link migrate} before use and
 * `db.destroy()` when done.
 */
export function openDatabase(url: string, options: OpenDatabaseOptions = {}): AmicableDb {
  if (databaseKind(url) === 'sqlite') {
    const path = url.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    const database = new CachingSqliteDatabase(openSqlite(path));
    const db = new Kysely<Database>({ dialect: new SqliteDialect({ database }) });
    dataVersions.set(db, () => database.dataVersion());
    return db;
  }
  const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 10, types: pgTypes });
  // An idle client losing its connection emits 'error' on the pool; unhandled, that would end the
  // process. The pool replaces the client, and the next query reports any lasting problem.
  pool.on('error', () => {});
  // A client checked out of the pool has no such listener (pg-pool removes it while lent), so a
  // connection dropped between two queries of a transaction would end the process. The query in
  // flight still fails (and answers 503); the pool discards the broken client when it is released.
  pool.on('connect', (client) => client.on('error', () => {}));
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool: namingPool(pool) }) });
}

// SQL texts that run as named prepared statements on PostgreSQL, and their names.
const preparedStatementNames = new Map<string, string>();

/**
 * Runs `sql` as a named prepared statement on PostgreSQL from now on: each connection parses and
 * plans it once, and the server may keep a generic plan, instead of doing both on every run (Kysely
 * sends every query unnamed). For the few large statements that run on every request, whose
 * planning costs more than their execution; not for texts that vary, since every name stays
 * prepared on every connection for as long as it lives. Nothing changes on SQLite, where
 * `CachingSqliteDatabase` prepares every statement once anyway.
 */
export function prepareOnPostgres(sql: string): void {
  if (!preparedStatementNames.has(sql)) {
    preparedStatementNames.set(sql, `amicable_${preparedStatementNames.size + 1}`);
  }
}

/** `pool` as Kysely's driver sees it, with the texts of {@link prepareOnPostgres} sent by name. */
function namingPool(pool: pg.Pool): PostgresPool {
  const wrappers = new WeakMap<pg.PoolClient, PostgresPoolClient>();
  return {
    async connect() {
      const client = await pool.connect();
      let wrapper = wrappers.get(client);
      if (!wrapper) {
        // Kysely keeps one connection object per client it is handed, so hand the same one back.
        wrapper = {
          query: ((text: unknown, values?: readonly unknown[]) => {
            const name = typeof text === 'string' ? preparedStatementNames.get(text) : undefined;
            if (name) return client.query({ name, text: text as string, values: [...(values ?? [])] });
            return client.query(text as string, values as unknown[]);
          }) as unknown as PostgresPoolClient['query'],
          release: () => client.release(),
        };
        wrappers.set(client, wrapper);
      }
      return wrapper;
    },
    end: () => pool.end(),
  };
}
