// `npm run bench`: API throughput and p99 latency of `GET /v1/account` and `GET /v1/invoices/{id}`
// against a Hono hello-world measured side by side in the same run (machines are noisy: compare
// the ratio, not the absolute figures). Goal: ratio ≥ 0.25 on SQLite. Set BENCH_DATABASE_URL to
// a postgres:// URL to measure PostgreSQL; BENCH_SECONDS (default 10) and BENCH_CONNECTIONS
// (default 50) tune the load.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';

interface Targets {
  hello: string;
  api: string;
  token: string;
  invoiceId: string;
  database: string;
}

const seconds = Number(process.env.BENCH_SECONDS ?? 10);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);

const child = spawn(process.execPath, ['--import', 'tsx', 'bench/targets.ts'], {
  stdio: ['ignore', 'pipe', 'inherit'],
  env: process.env,
});
const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
const targets = JSON.parse(line) as Targets;

async function measure(name: string, url: string, headers: Record<string, string> = {}) {
  const result = await autocannon({ url, connections, duration: seconds, headers });
  if (result.non2xx > 0 || result.errors > 0) {
    throw new Error(`${name}: ${result.non2xx} non-2xx answers and ${result.errors} errors`);
  }
  return { name, rps: result.requests.average, p99: result.latency.p99 };
}

try {
  const auth = { authorization: `Bearer ${targets.token}` };
  const rows = [
    await measure('Hono hello-world', targets.hello),
    await measure(`GET /v1/account (${targets.database})`, `${targets.api}/v1/account`, auth),
    await measure(
      `GET /v1/invoices/{id} (${targets.database})`,
      `${targets.api}/v1/invoices/${targets.invoiceId}`,
      auth,
    ),
  ];
  const baseline = rows[0]?.rps ?? 1;
  console.log(`\n${connections} connections, ${seconds} s each, loopback\n`);
  console.log(`${'what'.padEnd(36)}${'req/s'.padStart(10)}${'p99 ms'.padStart(10)}${'ratio'.padStart(8)}`);
  for (const row of rows) {
    console.log(
      `${row.name.padEnd(36)}${row.rps.toFixed(0).padStart(10)}${row.p99.toFixed(0).padStart(10)}${(row.rps / baseline).toFixed(2).padStart(8)}`,
    );
  }
  const account = rows[1];
  if (account && account.rps / baseline < 0.25) {
    console.log('\nGET /v1/account is below the goal of 0.25 × hello-world.');
  }
} finally {
  child.kill();
}
