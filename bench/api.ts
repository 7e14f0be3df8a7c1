/**
 * API sections: throughput and latency of the two reads every page with the banner makes, against
 * a Hono hello-world served by the same child process in the same run (the ratio is the figure;
 * absolute numbers depend on the machine), and the same reads as the database grows.
 */
import autocannon from 'autocannon';
import {
  type BenchDatabase,
  createBenchDatabase,
  type Engine,
  invoiceCount,
  measuredCustomerId,
  measuredInvoiceId,
  postgresReachable,
  topUpInvoices,
  twinsOfMeasuredCustomer,
} from './database';
import type { BenchOptions } from './options';
import { fixed, type SectionResult, table } from './report';
import { startTargets, type Targets } from './servers';

/** The goal of issue #11 for both reads on SQLite: at least a quarter of hello-world's throughput. */
export const ratioGoal = 0.25;
/** Scaling counts as flat when the largest database keeps this share of the smallest one's throughput. */
export const flatTolerance = 0.8;

interface Load {
  rps: number;
  p50: number;
  p99: number;
  requests: number;
}

/** Requests that each go to the next of several customers: `[path, token]` pairs taken in turn. */
type Rotation = Array<{ path: string; token: string }>;

async function load(
  url: string,
  seconds: number,
  connections: number,
  token?: string,
  rotation?: Rotation,
): Promise<Load> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  // One counter for all connections: consecutive requests, whichever connection sends them, ask
  // for different customers.
  let next = 0;
  const requests: autocannon.Request[] | undefined = rotation && [
    {
      setupRequest: (request) => {
        const target = rotation[next++ % rotation.length] as Rotation[number];
        return { ...request, path: target.path, headers: { authorization: `Bearer ${target.token}` } };
      },
    },
  ];
  const result = await autocannon({
    url,
    connections,
    duration: seconds,
    headers,
    ...(requests ? { requests } : {}),
  });
  if (result.non2xx > 0 || result.errors > 0 || result.timeouts > 0) {
    throw new Error(
      `${url}: ${result.non2xx} non-2xx answers, ${result.errors} errors, ${result.timeouts} timeouts`,
    );
  }
  // With no answer inside the window autocannon reports latencies of 0: say "none" instead.
  const answered = result.requests.total > 0;
  return {
    rps: result.requests.average,
    p50: answered ? result.latency.p50 : Number.NaN,
    p99: answered ? result.latency.p99 : Number.NaN,
    requests: result.requests.total,
  };
}

/** A short run first so that the figure is of JIT-compiled code with warm caches and pools. */
async function measure(
  url: string,
  options: BenchOptions,
  seconds: number,
  token?: string,
  rotation?: Rotation,
): Promise<Load> {
  await load(url, 1, options.connections, token, rotation);
  return load(url, seconds, options.connections, token, rotation);
}

/** How many customers the "every request another customer" figures go through in turn. */
const rotatingCustomers = 1_000;

interface EngineFigures {
  engine: Engine;
  hello?: Load;
  /** Hello-world again after the reads: the baseline is the mean of both, to cancel drift. */
  helloAgain?: Load;
  account?: Load;
  invoice?: Load;
  scaling: Array<{ invoices: number; insertSeconds: number; account: Load; invoice: Load }>;
  /** The same reads, each request for the next of many customers. */
  rotating?: { invoices: number; account: Load; invoice: Load };
  skipped?: string;
}

async function runEngine(engine: Engine, options: BenchOptions, wants: Set<string>): Promise<EngineFigures> {
  const figures: EngineFigures = { engine, scaling: [] };
  if (engine === 'postgres' && !(await postgresReachable(options.postgresUrl))) {
    figures.skipped = `PostgreSQL is not reachable at ${redact(options.postgresUrl)} (BENCH_POSTGRES_URL)`;
    return figures;
  }
  log(`api: ${engine}: preparing a fresh database`);
  const database: BenchDatabase = await createBenchDatabase(engine, options.postgresUrl);
  let targets: Targets | undefined;
  try {
    targets = await startTargets(database.url);
    const token = await targets.token(measuredCustomerId);
    const accountUrl = `${targets.api}/v1/account`;
    const invoiceUrl = `${targets.api}/v1/invoices/${measuredInvoiceId}`;
    if (wants.has('api')) {
      log(`api: ${engine}: hello-world, GET /v1/account, GET /v1/invoices/{id}, ${options.seconds} s each`);
      figures.hello = await measure(targets.hello, options, options.seconds);
      figures.account = await measure(accountUrl, options, options.seconds, token);
      figures.invoice = await measure(invoiceUrl, options, options.seconds, token);
    }
    if (wants.has('scaling')) {
      const seconds = Math.max(2, options.seconds / 2);
      for (const size of options.sizes) {
        const started = performance.now();
        const invoices = await topUpInvoices(database, size);
        const insertSeconds = (performance.now() - started) / 1000;
        log(`scaling: ${engine}: ${invoices} invoices (${insertSeconds.toFixed(1)} s to insert)`);
        const account = await measure(accountUrl, options, seconds, token);
        const invoice = await measure(invoiceUrl, options, seconds, token);
        figures.scaling.push({ invoices, insertSeconds, account, invoice });
      }
    }
    if (wants.has('api')) {
      const others = await twinsOfMeasuredCustomer(database, rotatingCustomers);
      log(`api: ${engine}: the same reads for ${others.length} copies of the customer in turn`);
      const accounts: Rotation = [];
      const details: Rotation = [];
      for (const other of others) {
        const otherToken = await targets.token(other.customerId);
        accounts.push({ path: '/v1/account', token: otherToken });
        details.push({ path: `/v1/invoices/${other.invoiceId}`, token: otherToken });
      }
      figures.rotating = {
        invoices: await invoiceCount(database),
        // The URL names the server; each request's path comes from the rotation.
        account: await measure(`${targets.api}/`, options, options.seconds, undefined, accounts),
        invoice: await measure(`${targets.api}/`, options, options.seconds, undefined, details),
      };
      figures.helloAgain = await measure(targets.hello, options, options.seconds);
    }
  } finally {
    await targets?.stop();
    await database.destroy();
  }
  return figures;
}

function redact(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = '***';
  return parsed.toString();
}

function log(message: string): void {
  console.error(`[bench] ${message}`);
}

/** Run the API and scaling sections (whichever `wants` names) on every engine the options list. */
export async function apiSections(options: BenchOptions, wants: Set<string>): Promise<SectionResult[]> {
  const all: EngineFigures[] = [];
  for (const engine of options.engines) all.push(await runEngine(engine, options, wants));
  const results: SectionResult[] = [];
  const skipped = all.filter((figures) => figures.skipped).map((figures) => `${figures.skipped}: skipped.`);

  if (wants.has('api')) {
    const rows: string[][] = [];
    const shortfalls = [...skipped];
    for (const figures of all) {
      const { hello, helloAgain, account, invoice, engine } = figures;
      if (!hello || !account || !invoice) continue;
      const baseline = helloAgain ? (hello.rps + helloAgain.rps) / 2 : hello.rps;
      const row = (name: string, load: Load) => [
        engine,
        name,
        fixed(load.rps),
        fixed(load.p50),
        fixed(load.p99),
        fixed(load.rps / baseline, 3),
      ];
      rows.push(row('Hono hello-world (first)', hello), row('GET /v1/account', account));
      rows.push(row('GET /v1/invoices/{id}', invoice));
      const rotating = figures.rotating;
      if (rotating) {
        const many = `${rotatingCustomers.toLocaleString('en')} customers in turn (${rotating.invoices.toLocaleString('en')} invoices)`;
        rows.push(row(`GET /v1/account, ${many}`, rotating.account));
        rows.push(row(`GET /v1/invoices/{id}, ${many}`, rotating.invoice));
      }
      if (helloAgain) rows.push(row('Hono hello-world (last)', helloAgain));
      const checked: Array<[string, Load]> = [
        ['GET /v1/account', account],
        ['GET /v1/invoices/{id}', invoice],
      ];
      if (rotating) {
        checked.push(['GET /v1/account for customers in turn', rotating.account]);
        checked.push(['GET /v1/invoices/{id} for customers in turn', rotating.invoice]);
      }
      for (const [name, load] of checked) {
        const ratio = load.rps / baseline;
        if (engine === 'sqlite' && ratio < ratioGoal) {
          shortfalls.push(
            `${name} on SQLite serves ${fixed(ratio, 3)} × hello-world's requests per second; the goal is ≥ ${ratioGoal}.`,
          );
        }
      }
    }
    results.push({
      title: 'API throughput',
      markdown: [
        `${options.connections} connections, ${options.seconds} s per figure after a 1 s warm-up, loopback. ` +
          'The API runs as in production (`NODE_ENV=production`: read responses are checked against the contract on a sample, see `AMICABLE_RESPONSE_CHECKS`), without a rate limit. ' +
          'The first rows ask for the same customer (`cust-1001`, one overdue invoice, the demo seed) every time, as one customer reloading a page would; a server-side cache answers most of them. ' +
          `The "customers in turn" rows ask for the next of ${rotatingCustomers.toLocaleString('en')} copies of that customer (same invoice, lines and reminders under other ids) on every request: the same work per request, but no per-customer cache smaller than that can answer them, as when many customers each load a page once. They run after the scaling table, on the database it filled (the invoice count is in the row). ` +
          'Ratio = requests per second ÷ the mean of the two hello-world figures, measured first and last in the same child process and run. ' +
          `Goal: ratio ≥ ${ratioGoal} on SQLite.`,
        '',
        table(['database', 'request', 'req/s', 'p50 ms', 'p99 ms', 'ratio'], rows, [
          'l',
          'l',
          'r',
          'r',
          'r',
          'r',
        ]),
      ].join('\n'),
      shortfalls,
    });
  }

  if (wants.has('scaling')) {
    const rows: string[][] = [];
    const shortfalls = [...skipped];
    for (const figures of all) {
      const first = figures.scaling[0];
      for (const step of figures.scaling) {
        rows.push([
          figures.engine,
          step.invoices.toLocaleString('en'),
          fixed(step.insertSeconds, 1),
          fixed(step.account.rps),
          fixed(step.account.p99),
          fixed(step.invoice.rps),
          fixed(step.invoice.p99),
        ]);
      }
      const last = figures.scaling.at(-1);
      if (first && last && last !== first) {
        for (const read of ['account', 'invoice'] as const) {
          const kept = last[read].rps / first[read].rps;
          if (kept < flatTolerance) {
            shortfalls.push(
              `${read === 'account' ? 'GET /v1/account' : 'GET /v1/invoices/{id}'} on ${figures.engine} keeps ${fixed(kept * 100)} % of its throughput from ${first.invoices.toLocaleString('en')} to ${last.invoices.toLocaleString('en')} invoices; flat means ≥ ${flatTolerance * 100} %.`,
            );
          }
        }
      }
    }
    results.push({
      title: 'Scaling with the number of invoices',
      markdown: [
        `The same two reads for the same customer while other customers' invoices fill the database (copies of the demo's invoices with their lines and reminders, ten per made-up customer, inserted 1,000 rows per statement). ` +
          `${options.connections} connections, ${Math.max(2, options.seconds / 2)} s per figure after a 1 s warm-up. Goal: flat (here: the largest database keeps ≥ ${flatTolerance * 100} % of the smallest one's throughput).`,
        '',
        table(
          [
            'database',
            'invoices',
            'insert s',
            'account req/s',
            'account p99 ms',
            'invoice req/s',
            'invoice p99 ms',
          ],
          rows,
          ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
        ),
      ].join('\n'),
      shortfalls,
    });
  }
  return results;
}
