/**
 * Memory section: the mount-and-remove cycle of `memory.ts` a thousand times (BENCH_CYCLES), the
 * heap sampled after garbage collection along the way, and the same for a term popover removed
 * in the very task it was opened.
 */
import type { Browser } from 'playwright-core';
import { type HeapSample, judgeGrowth, memoryElements, memoryTolerance, openMemoryPage } from './memory';
import type { BenchOptions } from './options';
import { fixed, type SectionResult, table } from './report';

const MB = (bytes: number) => (bytes / 1e6).toFixed(2);

function row(label: string, cycles: number, sample: HeapSample, msPerCycle: number): string[] {
  return [
    label,
    cycles.toLocaleString('en'),
    MB(sample.jsBytes),
    MB(sample.embedderBytes),
    String(sample.nodes),
    String(sample.listeners),
    Number.isFinite(msPerCycle) ? fixed(msPerCycle, 1) : '',
  ];
}

/** Run the memory section against the bundle built into `distDir`. */
export async function memorySection(
  browser: Browser,
  distDir: string,
  options: BenchOptions,
): Promise<SectionResult> {
  const warmUp = Math.max(10, Math.round(options.cycles / 10));
  const steps = 4;
  const rows: string[][] = [];
  const shortfalls: string[] = [];
  let verdictText = '';

  const main = await openMemoryPage(browser, distDir);
  try {
    rows.push(row('page loaded, nothing mounted', 0, await main.sample(), Number.NaN));
    const warm = await main.cycle(warmUp);
    const before = await main.sample();
    rows.push(row('after the warm-up', warmUp, before, warm.milliseconds / warmUp));
    let done = 0;
    let after = before;
    let rendered = warm.rendered;
    const errors = [...warm.errors];
    for (let step = 1; step <= steps; step++) {
      const cycles = Math.round((options.cycles * step) / steps) - done;
      const result = await main.cycle(cycles);
      done += cycles;
      rendered += result.rendered;
      errors.push(...result.errors);
      after = await main.sample();
      rows.push(
        row(`+ ${done.toLocaleString('en')} cycles`, warmUp + done, after, result.milliseconds / cycles),
      );
      console.error(`[bench] memory: ${done}/${options.cycles} cycles`);
    }
    const expected = (warmUp + options.cycles) * memoryElements.length;
    if (rendered !== expected || errors.length > 0) {
      shortfalls.push(
        `Memory: ${rendered} of ${expected} mounts rendered their data; ${errors.length} amicable-error events (${errors.slice(0, 3).join('; ')}).`,
      );
    }
    const verdict = judgeGrowth(before, after, options.cycles);
    const perCycle = (after.jsBytes - before.jsBytes) / options.cycles;
    verdictText = `From the warm-up to the end the JavaScript heap changed by ${fixed(perCycle)} bytes per cycle, DOM nodes by ${after.nodes - before.nodes}, listeners by ${after.listeners - before.listeners}: ${verdict.leaked ? `**a leak** (${verdict.findings.join('; ')})` : 'no growth beyond the allowance'}.`;
    if (verdict.leaked)
      shortfalls.push(`Memory: ${verdict.findings.join('; ')} over ${options.cycles} cycles.`);
  } finally {
    await main.close();
  }

  // A single-page app that changes route right after a click removes a popover whose opening
  // `toggle` event is still queued.
  const raceCycles = 100;
  const race = await openMemoryPage(browser, distDir);
  try {
    await race.cycle(10, { mounts: ['term-popover-opening'] });
    const before = await race.sample();
    const result = await race.cycle(raceCycles, { mounts: ['term-popover-opening'] });
    const after = await race.sample();
    rows.push(
      row('term popover removed while opening: after 10', 10, before, Number.NaN),
      row(`… + ${raceCycles}`, 10 + raceCycles, after, result.milliseconds / raceCycles),
    );
    const verdict = judgeGrowth(before, after, raceCycles);
    if (verdict.leaked) {
      shortfalls.push(
        `Memory: a term popover removed in the task that opened it stays alive (${verdict.findings.join('; ')} over ${raceCycles} removals), most likely because its \`toggle\` handler starts positioning (autoUpdate) after \`disconnectedCallback\` ran.`,
      );
    }
  } finally {
    await race.close();
  }

  return {
    title: 'Memory: mount and remove every element',
    markdown: [
      `One cycle mounts and removes each of ${memoryElements.map((name) => `\`${name}\``).join(', ')} in turn, in \`amicable.bundle.js\` on a page whose API (the reference app over a seeded SQLite, answers to repeated GETs replayed) is on its own origin. ` +
        'Each mount waits until the element rendered its data (the popover: opened and placed). ' +
        `${warmUp} warm-up cycles, then ${options.cycles.toLocaleString('en')}. Samples after three \`HeapProfiler.collectGarbage\` passes: \`Runtime.getHeapUsage\` (JS heap = \`usedSize\`, Blink heap = \`embedderHeapUsedSize\`, which also holds DevTools' record of each request) and \`Memory.getDOMCounters\`. ` +
        `Goal: no growth; the check (also \`test/e2e/memory.test.ts\`) allows ${memoryTolerance.jsBytesPerCycle / 1000} kB of JS heap per cycle, ${memoryTolerance.nodes} nodes and ${memoryTolerance.listeners} listeners.`,
      '',
      table(
        ['when', 'cycles', 'JS heap MB', 'Blink heap MB', 'DOM nodes', 'listeners', 'ms per cycle'],
        rows,
        ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
      '',
      verdictText,
    ].join('\n'),
    shortfalls,
  };
}
