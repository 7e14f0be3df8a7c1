/**
 * Memory: mount and remove every element many times in Chromium and compare the heap after
 * garbage collection. Shared by the benchmark's memory section and `test/e2e/memory.test.ts`.
 *
 * The page loads `amicable.bundle.js` (every element defined) and talks to the reference API on
 * its own origin. The API is the real app over a seeded in-memory SQLite, with GET answers kept
 * after the first one: the elements still go through the browser's network stack, ky, the
 * contract's validation and rendering on every mount, but a thousand cycles do not wait on a
 * server whose speed is measured elsewhere (the API section).
 */
import type { Browser, CDPSession, Page } from 'playwright-core';
import {
  createApp,
  createCustomerToken,
  loadConfig,
  migrate,
  openDatabase,
  seedDemo,
  silentLogger,
} from '../src/server';
import { newContext } from './context';
import { serveSite, type WebServer } from './servers';

/** Every element the memory check mounts, in the order of each cycle. */
export const memoryElements = [
  'overdue-banner',
  'invoice-explainer',
  'term-popover',
  'pay-now',
  'instalment-proposer',
  'dispute-form',
] as const;

/** One of {@link memoryElements}. */
export type MemoryElement = (typeof memoryElements)[number];

/**
 * What one step of a cycle mounts: an element as above, or `term-popover-opening`: a term popover
 * removed in the same task in which it was opened, before the browser's `toggle` event arrived (a
 * single-page app changing route right after a click).
 */
export type Mount = MemoryElement | 'term-popover-opening';

/**
 * How much may grow between two samples before the check calls it a leak. DOM nodes and
 * listeners are counted exactly, so their allowance is small and absolute: a removed element that
 * stays reachable keeps its whole shadow tree (the smallest, a term popover, holds 38 nodes and
 * 8 listeners). The JavaScript heap after garbage collection still drifts upward for a while as
 * V8 keeps optimised code and type feedback for the paths it has seen: about 2.5 kB per cycle of
 * all six elements after a 10-cycle warm-up here (a heap snapshot diff shows mostly code objects).
 * 8 kB per cycle allows for that three times over; a leak that keeps data rather than elements,
 * more than about 1.5 kB per mount, shows up there.
 */
export const memoryTolerance = { jsBytesPerCycle: 8_000, nodes: 50, listeners: 10 } as const;

/** Whether the heap grew beyond {@link memoryTolerance} from `before` to `after`, `cycles` cycles later. */
export function judgeGrowth(
  before: HeapSample,
  after: HeapSample,
  cycles: number,
): { leaked: boolean; findings: string[] } {
  const findings: string[] = [];
  const bytesPerCycle = (after.jsBytes - before.jsBytes) / cycles;
  if (bytesPerCycle > memoryTolerance.jsBytesPerCycle) {
    findings.push(
      `the JavaScript heap grew ${Math.round(bytesPerCycle)} bytes per cycle (allowed ${memoryTolerance.jsBytesPerCycle})`,
    );
  }
  if (after.nodes - before.nodes > memoryTolerance.nodes) {
    findings.push(`${after.nodes - before.nodes} more DOM nodes (allowed ${memoryTolerance.nodes})`);
  }
  if (after.listeners - before.listeners > memoryTolerance.listeners) {
    findings.push(
      `${after.listeners - before.listeners} more event listeners (allowed ${memoryTolerance.listeners})`,
    );
  }
  return { leaked: findings.length > 0, findings };
}

const customerId = 'cust-1001';
const invoiceId = 'inv-2025-0042';

/** What the heap and the DOM hold after garbage collection. */
export interface HeapSample {
  /** V8's JavaScript heap in use (`Runtime.getHeapUsage` `usedSize`), bytes. */
  jsBytes: number;
  /**
   * Blink's heap in use (`embedderHeapUsedSize`), bytes. Informative only: it also holds DevTools'
   * record of every network request (playwright-core keeps the Network domain enabled), about
   * 1.7 kB per cycle here, which a customer's page does not have.
   */
  embedderBytes: number;
  /** Live DOM nodes. */
  nodes: number;
  /** Event listeners registered from JavaScript. */
  listeners: number;
}

/** What a batch of cycles did. */
export interface CycleResult {
  cycles: number;
  /** Mounts that reached their rendered state (loaded data, shown); `cycles × elements` when all did. */
  rendered: number;
  /** `amicable-error` events during the batch (an element failing would leak less, not more). */
  errors: string[];
  milliseconds: number;
}

/** A page ready for mount cycles. */
export interface MemoryPage {
  page: Page;
  /**
   * Mount and remove every element `cycles` times, each waiting until it rendered its data (or,
   * for the term popover, until its panel is open and placed). `mounts` replaces the list of what
   * one cycle mounts. `leak` names elements whose removed instances are kept in an array on
   * `window`: a deliberate leak, to show that the check notices one.
   */
  cycle(
    cycles: number,
    options?: { mounts?: readonly Mount[]; leak?: readonly MemoryElement[] },
  ): Promise<CycleResult>;
  /** Collect garbage (several passes) and sample the heap and DOM counters. */
  sample(): Promise<HeapSample>;
  close(): Promise<void>;
}

const memoryPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Memory</title>
    <script src="/dist/amicable.bundle.js"></script>
  </head>
  <body><main id="stage"></main></body>
</html>`;

/** An API on the page's origin: the real app, GET answers replayed after the first. */
async function replayingApi(): Promise<{
  answer: (request: Request) => Promise<Response>;
  token: string;
  close(): Promise<void>;
}> {
  const secret = 'memory-bench-token-secret-0123456789abcdef';
  const db = openDatabase('sqlite::memory:');
  await migrate(db);
  await seedDemo(db, 'fjordlys');
  const config = loadConfig({
    DATABASE_URL: 'sqlite::memory:',
    AMICABLE_TOKEN_SECRET: secret,
    AMICABLE_ADMIN_KEY: 'memory-bench-admin-key-0123456789',
    AMICABLE_RATE_LIMIT: '0',
  });
  const app = createApp({ config, db, creditorId: 'fjordlys', logger: silentLogger, sdkDir: false });
  const kept = new Map<string, { status: number; headers: [string, string][]; body: ArrayBuffer }>();
  return {
    token: await createCustomerToken({ customerId, secret, expiresIn: '1h' }),
    async answer(request) {
      const key = request.method === 'GET' ? request.url : undefined;
      const hit = key === undefined ? undefined : kept.get(key);
      if (hit) return new Response(hit.body, { status: hit.status, headers: hit.headers });
      const response = await app.fetch(request);
      const body = await response.arrayBuffer();
      const headers = [...response.headers.entries()];
      if (key !== undefined && response.ok) kept.set(key, { status: response.status, headers, body });
      return new Response(body, { status: response.status, headers });
    },
    close: () => db.destroy(),
  };
}

/** Open the memory page in a fresh context of `browser`, the bundle served from `distDir`. */
export async function openMemoryPage(browser: Browser, distDir: string): Promise<MemoryPage> {
  const api = await replayingApi();
  let site: WebServer | undefined;
  try {
    site = await serveSite({ pages: { '/': memoryPage }, mounts: { '/dist/': distDir }, api: api.answer });
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(`${site.origin}/`);
    await page.evaluate(
      ({ token }) => {
        const amicable = (window as { Amicable?: { configure(options: unknown): unknown } }).Amicable;
        if (!amicable) throw new Error('amicable.bundle.js did not load');
        amicable.configure({ api: '/v1', getToken: () => Promise.resolve(token), locale: 'en' });
      },
      { token: api.token },
    );
    await page.evaluate(
      (tags) => Promise.all(tags.map((tag) => customElements.whenDefined(tag))),
      memoryElements.map((name) => `amicable-${name}`),
    );
    const cdp: CDPSession = await context.newCDPSession(page);
    const openedSite = site;
    return {
      page,
      cycle: (cycles, options = {}) =>
        page.evaluate(runCycles, {
          cycles,
          leak: [...(options.leak ?? [])],
          names: [...(options.mounts ?? memoryElements)],
          invoiceId,
        }),
      async sample() {
        for (let pass = 0; pass < 3; pass++) await cdp.send('HeapProfiler.collectGarbage');
        const heap = (await cdp.send('Runtime.getHeapUsage')) as {
          usedSize: number;
          embedderHeapUsedSize?: number;
        };
        const counters = await cdp.send('Memory.getDOMCounters');
        return {
          jsBytes: heap.usedSize,
          embedderBytes: heap.embedderHeapUsedSize ?? 0,
          nodes: counters.nodes,
          listeners: counters.jsEventListeners,
        };
      },
      async close() {
        await context.close();
        await openedSite.close();
        await api.close();
      },
    };
  } catch (error) {
    await site?.close();
    await api.close();
    throw error;
  }
}

/** Runs inside the page: the mount/remove loop. Self-contained (serialised by playwright). */
async function runCycles({
  cycles,
  leak,
  names,
  invoiceId,
}: {
  cycles: number;
  leak: string[];
  names: string[];
  invoiceId: string;
}): Promise<CycleResult> {
  type LitLike = HTMLElement & { updateComplete?: Promise<unknown>; open?: boolean };
  const stage = document.getElementById('stage') as HTMLElement;
  const global = window as unknown as { __leaked?: HTMLElement[] };
  const kept = global.__leaked ?? [];
  global.__leaked = kept;
  const errors: string[] = [];
  const onError = (event: Event) => {
    const detail = (event as CustomEvent<{ code?: string; message?: string }>).detail;
    errors.push(`${(event.target as Element).localName}: ${detail?.code}: ${detail?.message}`);
  };
  stage.addEventListener('amicable-error', onError);
  const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
  const state = (element: Element, name: string) => {
    try {
      return element.matches(`:state(${name})`);
    } catch {
      return false;
    }
  };
  // Rendered = its data arrived and is on screen; what that looks like differs per element.
  const rendered = (name: string, element: LitLike): boolean => {
    const root = element.shadowRoot;
    if (!root || root.childElementCount === 0) return false;
    switch (name) {
      case 'overdue-banner':
      case 'invoice-explainer':
        return state(element, 'shown');
      case 'term-popover':
        return panelPlaced(root);
      case 'term-popover-opening':
        return element.open === true;
      default:
        return !state(element, 'loading') && !state(element, 'error');
    }
  };
  // Open, and placed by its positioning code: the state a customer reading it sees.
  const panelPlaced = (root: ShadowRoot): boolean => {
    const panel = root.querySelector<HTMLElement>('[part~="panel"]');
    return panel?.matches(':popover-open') === true && panel.style.left !== '';
  };
  const create = (name: string): LitLike => {
    const tag = name === 'term-popover-opening' ? 'term-popover' : name;
    const element = document.createElement(`amicable-${tag}`) as LitLike;
    if (name === 'invoice-explainer' || name === 'dispute-form') element.setAttribute('invoice', invoiceId);
    if (name === 'pay-now' || name === 'instalment-proposer') element.setAttribute('invoices', invoiceId);
    if (tag === 'term-popover') {
      element.setAttribute('term', 'Reminder fee');
      element.setAttribute('explanation', 'A fee the law allows after a written reminder.');
    }
    return element;
  };

  const started = performance.now();
  let renderedCount = 0;
  let failures = 0;
  cycling: for (let cycle = 0; cycle < cycles; cycle++) {
    for (const name of names) {
      const element = create(name);
      stage.append(element);
      // The popover is opened so that its positioning (autoUpdate listeners) runs and must be undone.
      if (name === 'term-popover' || name === 'term-popover-opening') {
        await element.updateComplete;
        element.open = true;
      }
      const deadline = performance.now() + 5_000;
      let done = false;
      while (performance.now() < deadline) {
        await element.updateComplete;
        if (rendered(name, element)) {
          done = true;
          break;
        }
        await nextTask();
      }
      if (done) renderedCount++;
      element.remove();
      if (leak.includes(name)) kept.push(element);
      // Elements that do not render make the figures meaningless: stop early and say so.
      if (!done && ++failures >= 3) break cycling;
    }
  }
  stage.removeEventListener('amicable-error', onError);
  // Let abort handlers and pending microtasks of the last removals run before anyone samples.
  await nextTask();
  return { cycles, rendered: renderedCount, errors, milliseconds: performance.now() - started };
}
