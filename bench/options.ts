/**
 * What `npm run bench` reads from the environment. Every figure is a ratio or a trend measured
 * side by side in one run, so these tune how long and how often, not what is compared.
 */

/** The sections of the report, in the order they run. */
export const sectionNames = ['size', 'api', 'scaling', 'browser', 'memory'] as const;
export type SectionName = (typeof sectionNames)[number];

export interface BenchOptions {
  /** `BENCH_ONLY=api,browser`: the sections to run (default: all). */
  sections: SectionName[];
  /** `BENCH_SECONDS` (default 8): seconds of load per API figure; scaling figures get half. */
  seconds: number;
  /** `BENCH_CONNECTIONS` (default 50): concurrent connections of the load generator. */
  connections: number;
  /** `BENCH_POSTGRES_URL`: the PostgreSQL server to create a database on; skipped when unreachable. */
  postgresUrl: string;
  /** `BENCH_ENGINES=sqlite,postgres` (default both). */
  engines: Array<'sqlite' | 'postgres'>;
  /** `BENCH_SIZES` (default 100,1000,10000,100000): invoices in the database for the scaling table. */
  sizes: number[];
  /** `BENCH_RUNS` (default 25): page loads per variant in the browser section. */
  runs: number;
  /** `BENCH_CYCLES` (default 1000): mount-and-remove cycles per element in the memory section. */
  cycles: number;
  /** `BENCH_WRITE=1`: also write the figures into BENCHMARKS.md between its markers. */
  write: boolean;
}

function positive(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got "${raw}"`);
  }
  return value;
}

function list<T extends string>(name: string, known: readonly T[]): T[] {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === '') return [...known];
  const wanted = raw.split(',').map((item) => item.trim());
  const unknown = wanted.filter((item) => !(known as readonly string[]).includes(item));
  if (unknown.length > 0) {
    throw new Error(`${name}: unknown ${unknown.join(', ')} (known: ${known.join(', ')})`);
  }
  return known.filter((item) => wanted.includes(item));
}

export function readOptions(): BenchOptions {
  const sizes = (process.env.BENCH_SIZES ?? '100,1000,10000,100000').split(',').map((item) => {
    const value = Number(item.trim());
    if (!Number.isInteger(value) || value <= 0) throw new Error(`BENCH_SIZES: "${item}" is not a count`);
    return value;
  });
  return {
    sections: list('BENCH_ONLY', sectionNames),
    seconds: positive('BENCH_SECONDS', 8),
    connections: Math.round(positive('BENCH_CONNECTIONS', 50)),
    postgresUrl:
      process.env.BENCH_POSTGRES_URL ||
      process.env.AMICABLE_TEST_POSTGRES_URL ||
      'postgres://amicable:amicable@127.0.0.1:5432/postgres',
    engines: list('BENCH_ENGINES', ['sqlite', 'postgres'] as const),
    sizes: sizes.sort((a, b) => a - b),
    runs: Math.round(positive('BENCH_RUNS', 25)),
    cycles: Math.round(positive('BENCH_CYCLES', 1000)),
    write: process.env.BENCH_WRITE === '1',
  };
}
