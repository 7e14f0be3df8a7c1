import type SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';

/** How many distinct SQL texts stay prepared per SQLite database (least recently used go first). */
export const DEFAULT_STATEMENT_CACHE_SIZE = 500;

/**
 * Tables whose rows no customer read depends on: writing them (every page view records analytics
 * events and timeline entries) leaves the data version alone. Any other write changes it.
 */
const WRITE_ONLY_TABLES: ReadonlySet<string> = new Set([
  'analytics_events',
  'timeline',
  'outbox',
  'idempotency_keys',
  'stripe_events',
]);

const WRITE_TARGET =
  /^\s*(?:insert\s+(?:or\s+\w+\s+)?into|replace\s+into|update(?:\s+or\s+\w+)?|delete\s+from)\s+"?(\w+)"?/i;
const READ_OR_TRANSACTION_CONTROL = /^\s*(?:select|begin|commit|end|rollback|savepoint|release)\b/i;

/**
 * Whether running `sql` may change what a read of customer data returns. Errs on the side of yes:
 * only plain selects, transaction control and writes to {@link WRITE_ONLY_TABLES} say no.
 * (Transaction control cannot: a rolled-back write already counted when it ran.)
 */
export function mayChangeReadData(sql: string): boolean {
  if (READ_OR_TRANSACTION_CONTROL.test(sql)) return false;
  const target = WRITE_TARGET.exec(sql)?.[1];
  return target === undefined || !WRITE_ONLY_TABLES.has(target.toLowerCase());
}

interface CachedStatement {
  statement: SqliteStatement;
  changesData: boolean;
}

/**
 * A better-sqlite3 database as Kysely's `SqliteDialect` sees it, with two additions:
 *
 * - Each distinct SQL text is prepared once. Kysely asks for a fresh statement on every query,
 *   and preparing (parsing, planning) costs several times more than running a small indexed
 *   query. Reuse is safe because Kysely's SQLite driver runs one query at a time on its single
 *   connection, and SQLite re-prepares a statement by itself when the schema changed under it.
 *   The statements belong to this database and end with it.
 * - {@link dataVersion} tells whether data may have changed since an earlier call: Kysely runs
 *   every query of this connection through {@link prepare}, which counts the writes; SQLite's
 *   `PRAGMA data_version` covers commits from other connections and processes.
 */
export class CachingSqliteDatabase implements KyselySqliteDatabase {
  readonly #database: SqliteDatabase.Database;
  readonly #limit: number;
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  readonly #statements = new Map<string, CachedStatement>();
  readonly #otherConnections: SqliteDatabase.Statement<[], number>;
  #ownWrites = 0;
  #lastOwnWrites = -1;
  #lastOtherConnections = -1;
  #lastVersion = '';

  constructor(database: SqliteDatabase.Database, limit = DEFAULT_STATEMENT_CACHE_SIZE) {
    if (!Number.isInteger(limit) || limit < 1) throw new RangeError(`Invalid statement cache size: ${limit}`);
    this.#database = database;
    this.#limit = limit;
    this.#otherConnections = database.prepare<[], number>('PRAGMA data_version').pluck();
  }

  /** How many statements are prepared and kept right now. */
  get cachedStatements(): number {
    return this.#statements.size;
  }

  /**
   * A value that differs from every earlier one once data a customer read depends on may have
   * changed, whether through this connection or any other. Equal values: nothing changed between.
   */
  dataVersion(): string {
    const ownWrites = this.#ownWrites;
    const otherConnections = this.#otherConnections.get() ?? 0;
    // Asked on every cached read: hand out the same string while nothing changed.
    if (ownWrites !== this.#lastOwnWrites || otherConnections !== this.#lastOtherConnections) {
      this.#lastOwnWrites = ownWrites;
      this.#lastOtherConnections = otherConnections;
      this.#lastVersion = `${ownWrites}:${otherConnections}`;
    }
    return this.#lastVersion;
  }

  prepare(sql: string): SqliteStatement {
    let cached = this.#statements.get(sql);
    if (cached) {
      this.#statements.delete(sql);
    } else {
      cached = { statement: this.#database.prepare(sql), changesData: mayChangeReadData(sql) };
      if (this.#statements.size >= this.#limit) {
        const oldest = this.#statements.keys().next().value;
        if (oldest !== undefined) this.#statements.delete(oldest);
      }
    }
    this.#statements.set(sql, cached);
    // Kysely prepares right before it runs, once per query: count the write here. Counting one that
    // then fails only costs a needless recomputation.
    if (cached.changesData) this.#ownWrites += 1;
    return cached.statement;
  }

  close(): void {
    this.#statements.clear();
    this.#database.close();
  }
}
