// The servers `npm run bench` measures, in one child process so that the load generator in the
// parent never competes with them for the event loop: a Hono hello-world (the ceiling of what
// Hono on Node can do here) and the reference API on a seeded database. Prints one JSON line
// with their URLs when both listen, then runs until killed.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import {
  createCustomerToken,
  loadConfig,
  openDatabase,
  seedDemo,
  silentLogger,
  startServer,
} from '../src/server';

const hello = new Hono().get('/', (c) => c.text('Hello, world'));
const helloPort = await new Promise<number>((resolve) => {
  serve({ fetch: hello.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
});

const tokenSecret = 'bench-secret-that-is-long-enough-for-hs256-0123456789';
const databaseUrl =
  process.env.BENCH_DATABASE_URL ??
  `sqlite:${join(mkdtempSync(join(tmpdir(), 'amicable-bench-')), 'bench.db')}`;
const config = loadConfig({
  DATABASE_URL: databaseUrl,
  AMICABLE_TOKEN_SECRET: tokenSecret,
  AMICABLE_ADMIN_KEY: 'bench-admin-key-0123456789abcdef',
  AMICABLE_RATE_LIMIT: '0',
});
const db = openDatabase(config.databaseUrl);
const api = await startServer({
  config,
  db,
  port: 0,
  hostname: '127.0.0.1',
  creditorId: 'fjordlys',
  logger: silentLogger,
});
const seed = await seedDemo(db, 'fjordlys');
const customer = seed.customers.find((c) => c.id === 'cust-1001') ?? seed.customers[0];
if (!customer) throw new Error('the demo seed has no customers');
const token = await createCustomerToken({ customerId: customer.id, secret: tokenSecret, expiresIn: '1h' });

process.stdout.write(
  `${JSON.stringify({
    hello: `http://127.0.0.1:${helloPort}/`,
    api: `http://127.0.0.1:${api.port}`,
    token,
    invoiceId: customer.invoiceIds[0],
    database: databaseUrl.split(':')[0],
  })}\n`,
);
