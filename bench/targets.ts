// The servers the benchmarks measure, in one child process so that the load generator and the
// browser driver in the parent never compete with them for the event loop: a Hono hello-world
// (the ceiling of what Hono on Node can do here) and the reference API on a database the parent
// prepared (BENCH_TARGET_DATABASE_URL). Prints one JSON line with their URLs when both listen,
// then runs until killed.
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { loadConfig, silentLogger, startServer } from '../src/server';

const { BENCH_TARGET_DATABASE_URL, BENCH_TARGET_TOKEN_SECRET, BENCH_TARGET_ALLOWED_ORIGINS } = process.env;
if (!BENCH_TARGET_DATABASE_URL || !BENCH_TARGET_TOKEN_SECRET) {
  throw new Error('bench/targets.ts is started by bench/run.ts, which sets BENCH_TARGET_* variables');
}

const hello = new Hono().get('/', (c) => c.text('Hello, world'));
const helloPort = await new Promise<number>((resolve) => {
  serve({ fetch: hello.fetch, port: 0, hostname: '127.0.0.1' }, (info) => resolve(info.port));
});

// Configured as a production deployment would be (`NODE_ENV=production`: read responses are
// checked against the contract on a sample, see AMICABLE_RESPONSE_CHECKS), without a rate limit.
const config = loadConfig({
  NODE_ENV: 'production',
  DATABASE_URL: BENCH_TARGET_DATABASE_URL,
  AMICABLE_TOKEN_SECRET: BENCH_TARGET_TOKEN_SECRET,
  AMICABLE_ADMIN_KEY: 'bench-admin-key-0123456789abcdef',
  AMICABLE_RATE_LIMIT: '0',
  ...(BENCH_TARGET_ALLOWED_ORIGINS ? { AMICABLE_ALLOWED_ORIGINS: BENCH_TARGET_ALLOWED_ORIGINS } : {}),
});
const api = await startServer({
  config,
  port: 0,
  hostname: '127.0.0.1',
  creditorId: 'fjordlys',
  logger: silentLogger,
});

process.stdout.write(
  `${JSON.stringify({ hello: `http://127.0.0.1:${helloPort}/`, api: `http://127.0.0.1:${api.port}` })}\n`,
);
