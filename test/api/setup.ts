import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll } from 'vitest';
import { type CreateAppOptions, createApp } from '../../src/server/app';
import { createCustomerToken } from '../../src/server/auth';
import type { Config } from '../../src/server/config';
import { type AmicableDb, migrate, openDatabase } from '../../src/server/db';

/**
 * Every API suite runs twice: on a real SQLite file in a temp directory and on a real PostgreSQL
 * database created for the test file (`AMICABLE_TEST_POSTGRES_URL`, dropped afterwards). Without
 * that variable the PostgreSQL run is skipped with a warning, unless `AMICABLE_REQUIRE_POSTGRES=1`.
 */
export type BackendName = 'sqlite' | 'postgres';

export interface TestDatabase {
  db: AmicableDb;
  url: string;
  destroy(): Promise<void>;
}

export interface Backend {
  name: BackendName;
  /** A fresh, migrated, empty database. */
  create(): Promise<TestDatabase>;
}

const postgresUrl = process.env.AMICABLE_TEST_POSTGRES_URL;

const sqlite: Backend = {
  name: 'sqlite',
  async create() {
    const directory = mkdtempSync(join(tmpdir(), 'amicable-api-'));
    const url = `sqlite:${join(directory, 'test.db')}`;
    const db = openDatabase(url);
    await migrate(db);
    return {
      db,
      url,
      async destroy() {
        await db.destroy();
        rmSync(directory, { recursive: true, force: true });
      },
    };
  },
};

function databaseUrl(base: string, name: string): string {
  const url = new URL(base);
  url.pathname = `/${name}`;
  return url.toString();
}

const postgres: Backend = {
  name: 'postgres',
  async create() {
    if (!postgresUrl) throw new Error('AMICABLE_TEST_POSTGRES_URL is not set');
    const name = `amicable_test_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: postgresUrl });
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE ${name}`);
    } finally {
      await admin.end();
    }
    const url = databaseUrl(postgresUrl, name);
    const db = openDatabase(url, { poolSize: 25 });
    await migrate(db);
    return {
      db,
      url,
      async destroy() {
        await db.destroy();
        const cleanup = new pg.Client({ connectionString: postgresUrl });
        await cleanup.connect();
        try {
          await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        } finally {
          await cleanup.end();
        }
      },
    };
  },
};

function chooseBackends(): Backend[] {
  if (postgresUrl) return [sqlite, postgres];
  if (process.env.AMICABLE_REQUIRE_POSTGRES === '1') {
    throw new Error(
      'AMICABLE_REQUIRE_POSTGRES=1 but AMICABLE_TEST_POSTGRES_URL is not set: point it at a PostgreSQL server, e.g. postgres://amicable:amicable@127.0.0.1:5432/postgres',
    );
  }
  console.warn(
    '[api tests] AMICABLE_TEST_POSTGRES_URL is not set: running on SQLite only (set it to also run on PostgreSQL)',
  );
  return [sqlite];
}

/** The backends to run each suite on: use with `describe.each(backends)`. */
export const backends: Backend[] = chooseBackends();

/** Opens a fresh database for the enclosing `describe` and drops it afterwards. */
export function useDatabase(backend: Backend): { readonly current: TestDatabase } {
  const holder: { current?: TestDatabase } = {};
  beforeAll(async () => {
    holder.current = await backend.create();
  }, 60_000);
  afterAll(async () => {
    await holder.current?.destroy();
  }, 60_000);
  return {
    get current(): TestDatabase {
      if (!holder.current) throw new Error('The test database is not open yet (use it inside a test)');
      return holder.current;
    },
  };
}

export const TEST_TOKEN_SECRET = 'test-token-secret-0123456789abcdef-0123456789';
export const TEST_ADMIN_KEY = 'test-admin-key-0123456789abcdef';

export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    port: 0,
    databaseUrl: 'sqlite::memory:',
    tokenSecret: TEST_TOKEN_SECRET,
    adminKey: TEST_ADMIN_KEY,
    allowedOrigins: ['https://portal.example.com'],
    stripe: undefined,
    rateLimitPerMinute: 0,
    webhook: undefined,
    ...overrides,
  };
}

/** A fixed "now" for tests: after the CONTRACT example invoice's reminder. */
export const TEST_NOW = new Date('2026-11-02T10:00:00Z');

export interface TestClient {
  app: ReturnType<typeof createApp>;
  /** Sends a request as the creditor's back office. */
  admin(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  /** Sends a request with a fresh token for `customerId`. */
  customer(
    customerId: string,
    method: string,
    path: string,
    body?: unknown,
    headers?: Record<string, string>,
  ): Promise<Response>;
  token(customerId: string): Promise<string>;
  /** Moves the app's clock. */
  setNow(now: Date): void;
}

/** An app over the given database with a pinned clock, plus request helpers. */
export function testClient(db: AmicableDb, options: Partial<CreateAppOptions> = {}): TestClient {
  let now = TEST_NOW;
  const clock = () => now;
  const app = createApp({ config: testConfig(), db, clock, sdkDir: false, ...options });
  const send = async (method: string, path: string, authorization: string, body?: unknown, headers = {}) =>
    app.request(path, {
      method,
      headers: {
        Authorization: authorization,
        ...(body === undefined ? {} : { 'Content-Type': 'application/json' }),
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
  const token = (customerId: string) => createCustomerToken({ customerId, secret: TEST_TOKEN_SECRET });
  return {
    app,
    admin: (method, path, body, headers) => send(method, path, `Bearer ${TEST_ADMIN_KEY}`, body, headers),
    customer: async (customerId, method, path, body, headers) =>
      send(method, path, `Bearer ${await token(customerId)}`, body, headers),
    token,
    setNow(next) {
      now = next;
    },
  };
}
