import { defineConfig } from 'vitest/config';

// Vitest 5's reporter prints failures with `Map.groupBy` (Node 21+); on Node 20 it crashes instead
// of showing what failed. This file runs in Vitest's main process, so the gap is filled here.
const mapWithGroupBy = Map as MapConstructor & { groupBy?: unknown };
if (typeof mapWithGroupBy.groupBy !== 'function') {
  mapWithGroupBy.groupBy = <K, V>(items: Iterable<V>, keyOf: (item: V, index: number) => K): Map<K, V[]> => {
    const groups = new Map<K, V[]>();
    let index = 0;
    for (const item of items) {
      const key = keyOf(item, index++);
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [item]);
      else group.push(item);
    }
    return groups;
  };
}

/**
 * Vitest projects. The production builds live in `scripts/build.mjs` (several Vite builds driven
 * through the JS API); this file only configures the test runner.
 *
 * - `unit`: pure code in Node.
 * - `dom`:  code that needs a DOM but not a real browser (happy-dom).
 * - `api`:  the reference server against a real SQLite file and a real PostgreSQL; files run one
 *           after another because they share databases.
 * - `e2e`:  playwright-core driving Debian Chromium against built files and a running server.
 * - `drills`: fault drills: the real server under load from many customers, killed, cut off from
 *           its database or its webhook receiver; each drill owns its processes and databases.
 */
export default defineConfig({
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['test/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'dom',
          environment: 'happy-dom',
          include: ['test/dom/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'api',
          environment: 'node',
          include: ['test/api/**/*.test.ts'],
          fileParallelism: false,
          hookTimeout: 30_000,
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          fileParallelism: false,
          hookTimeout: 60_000,
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'drills',
          environment: 'node',
          include: ['test/drills/**/*.test.ts'],
          fileParallelism: false,
          hookTimeout: 120_000,
          testTimeout: 120_000,
        },
      },
    ],
  },
});
