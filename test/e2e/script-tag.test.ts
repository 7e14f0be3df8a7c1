import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.mjs';
import {
  type CapturedPage,
  cspViolations,
  launchBrowser,
  openPage,
  recordCspViolations,
  type StaticServer,
  screenshot,
  serveStatic,
} from './harness';

/** The strict policy the contract promises the widgets work under. */
const strictCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";
/**
 * The same, naming the one Trusted Types policy the SDK creates (Lit's). `'allow-duplicates'`
 * because a portal built with Lit has its own copy of Lit, which creates a policy of that name too.
 */
const strictCspWithPolicyNames = `${strictCsp}; trusted-types lit-html 'allow-duplicates'`;

const loaderPage = (attributes: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Customer portal</title>
    <script type="module" src="/dist/amicable.js" ${attributes}></script>
  </head>
  <body>
    <main>
      <h1>Your account</h1>
      <amicable-overdue-banner></amicable-overdue-banner>
    </main>
  </body>
</html>`;

const bundlePage = `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <title>Kundeportal</title>
    <script src="/dist/amicable.bundle.js" data-api="/v1" data-token-url="/portal/amicable-token" defer></script>
  </head>
  <body>
    <main>
      <h1>Din konto</h1>
      <amicable-overdue-banner></amicable-overdue-banner>
    </main>
  </body>
</html>`;

// An SPA shell: nothing Amicable in the markup; the banner arrives after "login".
const spaPage = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Portal app</title>
    <script type="module" src="/dist/amicable.js" data-api="/v1" data-token-url="/portal/amicable-token"></script>
  </head>
  <body><div id="app"></div></body>
</html>`;

let distDir: string;
let browser: Browser;
const servers: StaticServer[] = [];

async function site(headers: Record<string, string>): Promise<string> {
  const server = await serveStatic({
    pages: {
      '/': loaderPage('data-api="/v1" data-token-url="/portal/amicable-token"'),
      '/bundle': bundlePage,
      '/spa': spaPage,
    },
    mounts: { '/dist/': distDir },
    headers,
  });
  servers.push(server);
  return server.origin;
}

/** The banner's rendered shadow DOM, once it has upgraded. */
async function bannerState(captured: CapturedPage) {
  const { page } = captured;
  await page.waitForFunction(
    () =>
      document.querySelector('amicable-overdue-banner')?.shadowRoot?.querySelector('[part="base"]') != null,
    undefined,
    { timeout: 15_000 },
  );
  return page.evaluate(() => {
    const banner = document.querySelector('amicable-overdue-banner')!;
    const root = banner.shadowRoot!;
    return {
      defined: customElements.get('amicable-overdue-banner') !== undefined,
      role: root.querySelector('[part="base"]')?.getAttribute('role'),
      heading: root.querySelector('[part="heading"]')?.textContent,
      button: root.querySelector('[part="action"]')?.textContent,
      styled: getComputedStyle(root.querySelector('[part="base"]')!).borderTopStyle,
      hasGlobal: typeof window.Amicable?.configure === 'function',
    };
  });
}

beforeAll(async () => {
  // A fresh build of just the script-tag files (about a second), so the test never runs on a stale dist/.
  distDir = await mkdtemp(path.join(tmpdir(), 'amicable-e2e-dist-'));
  await build({ outDir: distDir, targets: ['loader', 'bundle'], logLevel: 'error' });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await Promise.all(servers.map((server) => server.close()));
  if (distDir !== undefined) await rm(distDir, { recursive: true, force: true });
});

describe('the script tag', () => {
  for (const [name, csp] of [
    ['strict CSP', strictCsp],
    ['strict CSP naming the Trusted Types policy', strictCspWithPolicyNames],
  ] as const) {
    it(`amicable.js upgrades the banner under a ${name}, with zero violations`, async () => {
      const origin = await site({ 'Content-Security-Policy': csp });
      const captured = await openPage(browser);
      await recordCspViolations(captured.page);
      await captured.page.goto(`${origin}/`);
      const state = await bannerState(captured);
      await screenshot(captured.page, `script-tag-${name}`);

      expect(state).toEqual({
        defined: true,
        role: 'status',
        heading: 'You have an invoice that is past due',
        button: 'View invoice',
        styled: 'solid',
        hasGlobal: true,
      });
      expect(await cspViolations(captured.page)).toEqual([]);
      expect(captured.pageErrors).toEqual([]);
      expect(captured.console.filter((line) => /^(error|warning)/.test(line))).toEqual([]);
      expect(captured.failedRequests).toEqual([]);
      await captured.context.close();
    });
  }

  it('amicable.bundle.js, a classic script, does the same in one file', async () => {
    const origin = await site({ 'Content-Security-Policy': strictCsp });
    const captured = await openPage(browser);
    await recordCspViolations(captured.page);
    const requested: string[] = [];
    captured.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await captured.page.goto(`${origin}/bundle`);
    const state = await bannerState(captured);

    expect(state.heading).toBe('Du har en faktura som har forfalt');
    expect(state.hasGlobal).toBe(true);
    expect(
      requested.filter((pathname) => pathname.startsWith('/dist/') && !pathname.endsWith('.map')),
    ).toEqual(['/dist/amicable.bundle.js']);
    expect(await cspViolations(captured.page)).toEqual([]);
    expect(captured.pageErrors).toEqual([]);
    await captured.context.close();
  });

  it("loads an element's code only when its tag appears, also later in a single-page app", async () => {
    const origin = await site({ 'Content-Security-Policy': strictCsp });
    const captured = await openPage(browser);
    const chunks: string[] = [];
    captured.page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/dist/chunks/') && !pathname.endsWith('.map')) chunks.push(pathname);
    });
    await captured.page.goto(`${origin}/spa`);
    await captured.page.waitForFunction(() => typeof window.Amicable?.configure === 'function');
    expect(chunks.some((chunk) => chunk.includes('overdue-banner'))).toBe(false);
    expect(await captured.page.evaluate(() => customElements.get('amicable-overdue-banner'))).toBeUndefined();

    await captured.page.evaluate(() => {
      // As a framework would render it (innerHTML is off-limits under Trusted Types anyway).
      const view = document.createElement('section');
      view.append(document.createElement('amicable-overdue-banner'));
      document.getElementById('app')!.append(view);
    });
    const state = await bannerState(captured);
    expect(state.role).toBe('status');
    expect(chunks.filter((chunk) => chunk.includes('overdue-banner'))).toHaveLength(1);
    expect(captured.pageErrors).toEqual([]);
    await captured.context.close();
  });
});
