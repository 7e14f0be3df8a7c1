import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  judgeGrowth,
  type MemoryPage,
  memoryElements,
  memoryTolerance,
  openMemoryPage,
} from '../../bench/memory';
import { build } from '../../scripts/build.mjs';
import { launchBrowser } from './harness';

/**
 * A portal that shows and hides the elements as the customer moves around must not hold on to
 * them. Every element (banner, explainer, term popover opened, pay-now, instalment proposer,
 * dispute form) is mounted, left to load and render its data from the reference API, and removed;
 * the heap after garbage collection (V8 and Blink, through the DevTools protocol), the live DOM
 * nodes and the event listeners after a warm-up must be where they are ten times as many cycles
 * later, within `memoryTolerance` (see bench/memory.ts for why those numbers). The second test
 * keeps one removed element per cycle alive on purpose and requires the same check to call that
 * a leak, so a check that cannot fail would fail there. `npm run bench` runs the same code for
 * 1,000 cycles and reports the figures.
 */
const warmUpCycles = 10;
const measuredCycles = 10 * warmUpCycles;

let distDir: string;
let browser: Browser;
let memoryPage: MemoryPage;

beforeAll(async () => {
  distDir = await mkdtemp(path.join(tmpdir(), 'amicable-e2e-memory-'));
  await build({ outDir: distDir, targets: ['bundle'], logLevel: 'error' });
  browser = await launchBrowser();
  memoryPage = await openMemoryPage(browser, distDir);
}, 120_000);

afterAll(async () => {
  await memoryPage?.close();
  await browser?.close();
  if (distDir !== undefined) await rm(distDir, { recursive: true, force: true });
});

describe('mounting and removing every element', () => {
  it(`${measuredCycles} cycles after a warm-up of ${warmUpCycles} leave the heap, the DOM and the listeners where they were`, async () => {
    const warmUp = await memoryPage.cycle(warmUpCycles);
    expect(warmUp.errors).toEqual([]);
    // Every mount loaded and rendered its data: an element that stayed empty would leak nothing.
    expect(warmUp.rendered).toBe(warmUpCycles * memoryElements.length);
    const before = await memoryPage.sample();

    const measured = await memoryPage.cycle(measuredCycles);
    expect(measured.errors).toEqual([]);
    expect(measured.rendered).toBe(measuredCycles * memoryElements.length);
    const after = await memoryPage.sample();

    expect(judgeGrowth(before, after, measuredCycles).findings).toEqual([]);
  }, 120_000);

  it('the same check reports a leak when one removed element per cycle is kept alive', async () => {
    const before = await memoryPage.sample();
    const leaking = await memoryPage.cycle(warmUpCycles, { leak: ['term-popover'] });
    expect(leaking.rendered).toBe(warmUpCycles * memoryElements.length);
    const after = await memoryPage.sample();

    const verdict = judgeGrowth(before, after, warmUpCycles);
    expect(verdict.leaked).toBe(true);
    // The kept popovers show up as nodes beyond the allowance, not as noise near it.
    expect(after.nodes - before.nodes).toBeGreaterThan(5 * memoryTolerance.nodes);
  }, 60_000);

  it('a term popover removed in the very task that opened it (a route change on click) is let go', async () => {
    await memoryPage.cycle(warmUpCycles, { mounts: ['term-popover-opening'] });
    const before = await memoryPage.sample();
    const measured = await memoryPage.cycle(measuredCycles, { mounts: ['term-popover-opening'] });
    expect(measured.errors).toEqual([]);
    const after = await memoryPage.sample();
    expect(judgeGrowth(before, after, measuredCycles).findings).toEqual([]);
  }, 60_000);
});
