/**
 * Browser section: how long after the script tag the overdue banner is painted, with the SDK
 * (`amicable.js` loading the banner's chunk) and with a hand-written minimal banner (plain
 * `fetch` + `innerHTML`) on the same page shape, the same portal token endpoint and the same API.
 * Each run loads both in a fresh browser context (cold: empty HTTP cache, new connections), then
 * loads them again in that context (warm: script files from the HTTP cache, their compiled code
 * still in the renderer's memory). That second view is the one in which Chrome writes each script's
 * code cache, on the main thread (for the SDK about 20 ms in traces on this machine); a third view
 * (returning) reads it instead, as on every later visit of a customer who comes back.
 *
 * Inside the page an inline script marks `script-tag` just before the tag. A MutationObserver sees
 * the notice arrive (on the banner's shadow root for the SDK, on the container for the hand-written
 * one) and marks `banner-dom`; a task queued from the next animation frame runs after that frame
 * was painted and marks `banner-painted`. The figure is `banner-painted − script-tag`.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { newContext } from './context';
import { createBenchDatabase, measuredCustomerId } from './database';
import type { BenchOptions } from './options';
import { fixed, median, percentile, type SectionResult, table } from './report';
import { serveSite, startTargets } from './servers';

/** The goal of issue #11: the SDK's banner within 1.5 × the hand-written one's time. */
export const browserGoal = 1.5;

type Variant = 'sdk' | 'hand';

/**
 * What the page logs once the banner is painted. The harness waits for this message rather than
 * polling the page (`waitForFunction`): Playwright's first evaluation in a page compiles and runs its
 * injected script on the page's main thread (30–110 ms on a busy machine, measured in traces), and
 * it landed inside the measured window, delaying whichever banner was busy then.
 */
const paintedSignal = 'amicable-bench:painted';

// Runs before the banner's script tag: marks the start and watches for the notice.
const observerScript = (variant: Variant) => `<script>
  performance.mark('script-tag');
  (() => {
    const painted = () => {
      performance.mark('banner-dom');
      requestAnimationFrame(() =>
        setTimeout(() => {
          performance.mark('banner-painted');
          console.debug('${paintedSignal}');
        }, 0),
      );
    };
    const watch = (root, selector) => {
      if (root.querySelector(selector)) return painted();
      const observer = new MutationObserver(() => {
        if (root.querySelector(selector)) {
          observer.disconnect();
          painted();
        }
      });
      observer.observe(root, { childList: true, subtree: true, characterData: true });
    };
    ${
      variant === 'sdk'
        ? `customElements.whenDefined('amicable-overdue-banner').then(() => {
      watch(document.querySelector('amicable-overdue-banner').shadowRoot, '[part~="notice"]');
    });`
        : `document.addEventListener('DOMContentLoaded', () => watch(document.getElementById('hand-banner'), '.notice'));`
    }
  })();
</script>`;

const page = (variant: Variant, api: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Customer portal</title>
    ${observerScript(variant)}
    ${
      variant === 'sdk'
        ? `<script type="module" src="/dist/amicable.js" data-api="${api}" data-token-url="/portal/amicable-token" data-locale="en"></script>`
        : `<script type="module" src="/hand/banner.js" data-api="${api}" data-token-url="/portal/amicable-token"></script>`
    }
  </head>
  <body>
    <main>
      <h1>Your account</h1>
      ${variant === 'sdk' ? '<amicable-overdue-banner></amicable-overdue-banner>' : '<div id="hand-banner"></div>'}
      <p>Recent orders</p>
    </main>
  </body>
</html>`;

/**
 * What a web team would write by hand: the token from the portal, the account from the API, one
 * notice in English with the amount and the due date. No validation, no locales, no tone, no
 * actions beyond a link: the floor the SDK is compared with.
 */
const handWrittenBanner = `const script = document.querySelector('script[src$="/hand/banner.js"]');
const api = script.dataset.api;
const escape = (text) => String(text).replace(/[&<>"']/g, (c) => '&#' + c.charCodeAt(0) + ';');
const token = await (await fetch(script.dataset.tokenUrl, { cache: 'no-store' })).text();
const response = await fetch(api + '/account', { headers: { authorization: 'Bearer ' + token.trim() } });
if (response.ok) {
  const account = await response.json();
  const overdue = account.totals.overdue;
  if (overdue.amount > 0) {
    const amount = new Intl.NumberFormat('en', { style: 'currency', currency: overdue.currency }).format(overdue.amount / 100);
    const first = account.invoices.filter((invoice) => invoice.daysOverdue > 0)[0];
    const due = new Intl.DateTimeFormat('en', { dateStyle: 'long' }).format(new Date(first.dueDate));
    document.getElementById('hand-banner').innerHTML =
      '<div class="notice" role="status" style="border:1px solid #c60;padding:1rem;border-radius:4px">' +
      '<h2 style="margin:0">Payment overdue</h2>' +
      '<p>' + escape(amount) + ' was due on ' + escape(due) + '.</p>' +
      '<a href="#pay">Pay now</a></div>';
  }
}
`;

interface Load {
  /** banner-painted − script-tag, ms. */
  painted: number;
  /** banner-dom − script-tag, ms. */
  dom: number;
  apiRequests: number;
  apiFromCache: number;
  scripts: number;
  scriptsFromCache: number;
}

/** Load `url` in `page` and read the marks, counting what came from the HTTP cache. */
async function loadOnce(
  context: BrowserContext,
  target: Page,
  url: string,
  apiOrigin: string,
): Promise<Load> {
  const cdp = await context.newCDPSession(target);
  await cdp.send('Network.enable');
  const counts = { apiRequests: 0, apiFromCache: 0, scripts: 0, scriptsFromCache: 0 };
  // Memory-cache hits announce themselves before their response event; disk-cache hits in it.
  const servedFromCache = new Set<string>();
  cdp.on('Network.requestServedFromCache', (event) => servedFromCache.add(event.requestId));
  cdp.on('Network.responseReceived', (event) => {
    if (event.type === 'Preflight') return;
    const fromCache =
      servedFromCache.has(event.requestId) ||
      event.response.fromDiskCache === true ||
      event.response.status === 304;
    if (event.response.url.startsWith(apiOrigin)) {
      counts.apiRequests++;
      if (fromCache) counts.apiFromCache++;
    } else if (event.type === 'Script') {
      counts.scripts++;
      if (fromCache) counts.scriptsFromCache++;
    }
  });
  const painted = target.waitForEvent('console', {
    predicate: (message) => message.text() === paintedSignal,
    timeout: 30_000,
  });
  await Promise.all([painted, target.goto(url)]);
  const marks = await target.evaluate(() => {
    const at = (name: string) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN;
    return { start: at('script-tag'), dom: at('banner-dom'), painted: at('banner-painted') };
  });
  await cdp.detach();
  return {
    painted: marks.painted - marks.start,
    dom: marks.dom - marks.start,
    ...counts,
  };
}

/** Run the browser section against the script-tag files built into `distDir`. */
export async function browserSection(
  browser: Browser,
  distDir: string,
  options: BenchOptions,
): Promise<SectionResult> {
  const handDir = await mkdtemp(path.join(tmpdir(), 'amicable-bench-hand-'));
  await writeFile(path.join(handDir, 'banner.js'), handWrittenBanner);
  const database = await createBenchDatabase('sqlite', options.postgresUrl);
  const texts: Record<string, string> = {};
  const pages: Record<string, string> = {};
  const site = await serveSite({ pages, texts, mounts: { '/dist/': distDir, '/hand/': handDir } });
  const targets = await startTargets(database.url, { allowedOrigins: [site.origin] });
  const phases = ['cold', 'warm', 'returning'] as const;
  const loads: Record<Variant, Record<(typeof phases)[number], Load[]>> = {
    sdk: { cold: [], warm: [], returning: [] },
    hand: { cold: [], warm: [], returning: [] },
  };
  try {
    texts['/portal/amicable-token'] = await targets.token(measuredCustomerId);
    pages['/sdk'] = page('sdk', `${targets.api}/v1`);
    pages['/hand'] = page('hand', `${targets.api}/v1`);
    // One unmeasured load of each warms the API's code paths and the server's JIT.
    for (const variant of ['sdk', 'hand'] as const) {
      const context = await newContext(browser);
      await loadOnce(context, await context.newPage(), `${site.origin}/${variant}`, targets.api);
      await context.close();
    }
    for (let run = 0; run < options.runs; run++) {
      // Alternate which goes first, so neither always meets the quieter moment.
      const order: Variant[] = run % 2 === 0 ? ['sdk', 'hand'] : ['hand', 'sdk'];
      for (const variant of order) {
        const context = await newContext(browser);
        try {
          const target = await context.newPage();
          const url = `${site.origin}/${variant}`;
          for (const phase of phases) {
            loads[variant][phase].push(await loadOnce(context, target, url, targets.api));
          }
        } finally {
          await context.close();
        }
      }
      if ((run + 1) % 5 === 0) console.error(`[bench] browser: ${run + 1}/${options.runs} runs`);
    }
  } finally {
    await targets.stop();
    await site.close();
    await database.destroy();
    await rm(handDir, { recursive: true, force: true });
  }

  const rows: string[][] = [];
  const shortfalls: string[] = [];
  for (const phase of phases) {
    const sdk = loads.sdk[phase];
    const hand = loads.hand[phase];
    const ratio = median(sdk.map((load) => load.painted)) / median(hand.map((load) => load.painted));
    for (const [name, list] of [
      ['SDK (`amicable.js` + banner chunk)', sdk],
      ['hand-written (`fetch` + `innerHTML`)', hand],
    ] as const) {
      const painted = list.map((load) => load.painted);
      const sum = (key: keyof Load) => list.reduce((total, load) => total + load[key], 0);
      rows.push([
        phase,
        name,
        fixed(median(list.map((load) => load.dom)), 1),
        fixed(median(painted), 1),
        fixed(percentile(painted, 90), 1),
        `${sum('scriptsFromCache')}/${sum('scripts')}`,
        `${sum('apiFromCache')}/${sum('apiRequests')}`,
        list === sdk ? fixed(ratio, 2) : '1.00',
      ]);
    }
    if (ratio > browserGoal) {
      shortfalls.push(
        `Banner painted (${phase}): the SDK takes ${fixed(ratio, 2)} × the hand-written banner's time; the goal is ≤ ${browserGoal}.`,
      );
    }
  }
  return {
    title: 'Browser: script tag to banner painted',
    markdown: [
      `Debian Chromium, headless; ${options.runs} runs, each a fresh context loading the SDK page and the hand-written page (alternating which goes first), then loading each again in the same context, twice: warm (the scripts from the HTTP cache; Chrome writes their code cache during this view) and returning (the code cache read, as on every later visit). ` +
        'Times from a mark just before the script tag to the notice in the DOM and to the first frame painted with it (a task queued from the next animation frame); medians and 90th percentiles. ' +
        'The API is the reference server on SQLite in another process and origin (CORS), as on a portal; the token comes from the page\u2019s origin. ' +
        '"from cache" counts responses served by the HTTP cache over all runs: the script files are cacheable (max-age), the API\u2019s answers are as the API sends them. ' +
        `Goal: SDK ≤ ${browserGoal} × hand-written.`,
      '',
      table(
        [
          'load',
          'banner',
          'DOM ms (median)',
          'painted ms (median)',
          'painted ms (p90)',
          'scripts from cache',
          'API from cache',
          'ratio',
        ],
        rows,
        ['l', 'l', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    ].join('\n'),
    shortfalls,
  };
}
