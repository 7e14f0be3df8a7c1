// `npm run bench`: the figures of BENCHMARKS.md, printed as markdown on stdout (progress goes to
// stderr). Machines are noisy: every goal is a ratio or a trend measured side by side in one run.
//
//   BENCH_ONLY=size,api,scaling,browser,memory   sections to run (default: all, in this order)
//   BENCH_SECONDS=8          seconds of load per API figure (scaling figures get half)
//   BENCH_CONNECTIONS=50     load generator connections
//   BENCH_ENGINES=sqlite,postgres, BENCH_POSTGRES_URL=postgres://…   (PostgreSQL is skipped when unreachable)
//   BENCH_SIZES=100,1000,10000,100000   invoices in the database for the scaling table
//   BENCH_RUNS=25            page loads per variant in the browser section
//   BENCH_CYCLES=1000        mount-and-remove cycles in the memory section
//   BENCH_WRITE=1            also write the figures into BENCHMARKS.md between its markers
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { build, projectRoot } from '../scripts/build.mjs';
import { launchBrowser } from '../test/e2e/harness';
import { apiSections } from './api';
import { browserSection } from './browser';
import { destroyOpenDatabases } from './database';
import { describeMachine } from './machine';
import { memorySection } from './memory-section';
import { readOptions } from './options';
import { type SectionResult, writeBetweenMarkers } from './report';
import { sizeSection } from './size';

// An interrupted run still drops its PostgreSQL databases and deletes its SQLite files (the
// servers' child processes are killed on exit by servers.ts).
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    console.error(`[bench] ${signal}: cleaning up`);
    void destroyOpenDatabases().finally(() => process.exit(130));
  });
}

const options = readOptions();
const wants = new Set<string>(options.sections);
const started = performance.now();
const machine = await describeMachine();
const sections: SectionResult[] = [];
let failed = false;

/** Run one section; a failure is reported in its place and the others still run. */
async function section(title: string, run: () => Promise<SectionResult | SectionResult[]>): Promise<void> {
  try {
    const result = await run();
    sections.push(...(Array.isArray(result) ? result : [result]));
  } catch (error) {
    failed = true;
    const message = error instanceof Error ? (error.stack ?? error.message) : String(error);
    console.error(`[bench] ${title} failed:\n${message}`);
    sections.push({
      title,
      markdown: `Not measured: the section failed (${error instanceof Error ? error.message : String(error)}).`,
      shortfalls: [`${title}: the section failed, see its error.`],
    });
  }
}

let distDir: string | undefined;
let browser: Browser | undefined;
try {
  if (wants.has('size') || wants.has('browser') || wants.has('memory')) {
    distDir = await mkdtemp(path.join(tmpdir(), 'amicable-bench-dist-'));
    console.error('[bench] building the script-tag files');
    await build({ outDir: distDir, targets: ['loader', 'bundle'], logLevel: 'error' });
  }
  const built = distDir;
  if (built !== undefined && wants.has('size')) await section('Size', () => sizeSection(built));
  if (wants.has('api') || wants.has('scaling')) {
    await section('API', () => apiSections(options, wants));
  }
  if (built !== undefined && (wants.has('browser') || wants.has('memory'))) {
    browser = await launchBrowser();
    const opened = browser;
    if (wants.has('browser')) await section('Browser', () => browserSection(opened, built, options));
    if (wants.has('memory')) await section('Memory', () => memorySection(opened, built, options));
  }
} finally {
  await browser?.close();
  if (distDir !== undefined) await rm(distDir, { recursive: true, force: true });
}

const minutes = (performance.now() - started) / 60_000;
const settings = [
  `BENCH_ONLY=${options.sections.join(',')}`,
  `BENCH_SECONDS=${options.seconds}`,
  `BENCH_CONNECTIONS=${options.connections}`,
  `BENCH_RUNS=${options.runs}`,
  `BENCH_CYCLES=${options.cycles}`,
].join(' ');
const shortfalls = sections.flatMap((result) => result.shortfalls);
const report = [
  `_Taken ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC with \`${settings} npm run bench\`, in ${minutes.toFixed(1)} minutes._`,
  '',
  machine,
  '',
  ...sections.flatMap((result) => [`### ${result.title}`, '', result.markdown, '']),
  '### What falls short',
  '',
  ...(shortfalls.length === 0
    ? ['Nothing: every goal measured in this run was met.']
    : shortfalls.map((line) => `- ${line}`)),
  '',
].join('\n');

process.stdout.write(report);
if (options.write) {
  const file = path.join(projectRoot, 'BENCHMARKS.md');
  await writeBetweenMarkers(file, report);
  console.error(`[bench] wrote the figures into ${file}`);
}
process.exitCode = failed ? 1 : 0;
