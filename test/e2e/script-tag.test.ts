import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../scripts/build.mjs';
import { en } from '../../src/client/i18n/en';
import { formatDate } from '../../src/client/i18n/format';
import { nb } from '../../src/client/i18n/nb';
import { formatMoney } from '../../src/domain/money';
import { createCustomerToken } from '../../src/server/auth';
import {
  type CapturedPage,
  cspViolations,
  freePort,
  launchBrowser,
  openPage,
  type RunningProcess,
  recordCspViolations,
  type StaticServer,
  screenshot,
  serveStatic,
  startProcess,
} from './harness';

/**
 * A customer portal on one origin, the reference API on another (as `data-api` usually is), the
 * script-tag files built fresh, and the page under the strict policy the contract promises the
 * widgets work under: no inline script or style, Trusted Types required, connections only to
 * itself and the API.
 */
const tokenSecret = randomBytes(32).toString('base64url');
const adminKey = randomBytes(24).toString('hex');
const amount = 144_100;

let distDir: string;
let dataDir: string;
let browser: Browser;
let api: RunningProcess;
let apiOrigin: string;
let deadOrigin: string;
let customerId: string;
let dueDate: string;
/** Another customer of the same creditor, and a token for them, for a portal that switches. */
const otherCustomerId = 'cust-e2e-other';
const otherAmount = 52_500;
let otherToken: string;
let customerToken: string;
const servers: Record<'strict' | 'named', StaticServer> = {} as Record<'strict' | 'named', StaticServer>;

const strictCsp = () =>
  `default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self' ${apiOrigin} ${deadOrigin}; require-trusted-types-for 'script'`;
/**
 * The same, naming the one Trusted Types policy the SDK creates (Lit's). `'allow-duplicates'`
 * because a portal built with Lit has its own copy of Lit, which creates a policy of that name too.
 */
const strictCspWithPolicyNames = () => `${strictCsp()}; trusted-types lit-html 'allow-duplicates'`;

const loaderPage = (apiUrl: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Customer portal</title>
    <script type="module" src="/dist/amicable.js" data-api="${apiUrl}" data-token-url="/portal/amicable-token"></script>
  </head>
  <body>
    <main>
      <h1>Your account</h1>
      <amicable-overdue-banner></amicable-overdue-banner>
      <p id="after">Recent orders</p>
    </main>
  </body>
</html>`;

const bundlePage = (apiUrl: string) => `<!doctype html>
<html lang="nb">
  <head>
    <meta charset="utf-8">
    <title>Kundeportal</title>
    <script src="/dist/amicable.bundle.js" data-api="${apiUrl}" data-token-url="/portal/amicable-token" defer></script>
  </head>
  <body>
    <main>
      <h1>Din konto</h1>
      <amicable-overdue-banner></amicable-overdue-banner>
    </main>
  </body>
</html>`;

// An SPA shell: nothing Amicable in the markup; the banner arrives after "login".
const spaPage = (apiUrl: string) => `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <title>Portal app</title>
    <script type="module" src="/dist/amicable.js" data-api="${apiUrl}" data-token-url="/portal/amicable-token"></script>
  </head>
  <body><div id="app"></div></body>
</html>`;

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** What the API asks the customer to pay for an invoice now (principal, interest and fees). */
async function amountToPay(invoiceId: string, token: string): Promise<{ amount: number; currency: string }> {
  const response = await fetch(`${apiOrigin}/v1/invoices/${invoiceId}`, {
    headers: { authorization: `Bearer ${token}` },
  });
  expect(response.status).toBe(200);
  return ((await response.json()) as { payment: { amount: { amount: number; currency: string } } }).payment
    .amount;
}

async function admin(method: string, pathname: string, body: unknown): Promise<void> {
  const response = await fetch(`${apiOrigin}/v1/admin/${pathname}`, {
    method,
    headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${pathname}: ${response.status} ${await response.text()}`);
}

/** The banner's rendered state, once its notice shows. */
async function bannerState(captured: CapturedPage) {
  const { page } = captured;
  await page.waitForFunction(
    () =>
      document.querySelector('amicable-overdue-banner')?.shadowRoot?.querySelector('[part~="notice"]') !=
      null,
    undefined,
    { timeout: 15_000 },
  );
  return page.evaluate(() => {
    const banner = document.querySelector('amicable-overdue-banner')!;
    const root = banner.shadowRoot!;
    const text = (part: string) => root.querySelector(`[part~="${part}"]`)?.textContent?.trim();
    return {
      defined: customElements.get('amicable-overdue-banner') !== undefined,
      role: root.querySelector('[part~="base"]')?.getAttribute('role'),
      heading: text('heading'),
      body: text('body'),
      pay: text('action-pay'),
      styled: getComputedStyle(root.querySelector('[part~="notice"]')!).borderTopStyle,
      hasGlobal: typeof window.Amicable?.configure === 'function',
    };
  });
}

function expectCleanPage(captured: CapturedPage): void {
  expect(captured.pageErrors).toEqual([]);
  expect(captured.console.filter((line) => /^(error|warning)/.test(line))).toEqual([]);
  expect(captured.failedRequests).toEqual([]);
}

beforeAll(async () => {
  // A fresh build of just the script-tag files, so the test never runs on a stale dist/.
  distDir = await mkdtemp(path.join(tmpdir(), 'amicable-e2e-dist-'));
  dataDir = await mkdtemp(path.join(tmpdir(), 'amicable-e2e-db-'));
  await build({ outDir: distDir, targets: ['loader', 'bundle'], logLevel: 'error' });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await api?.stop();
  await Promise.all(Object.values(servers).map((server) => server.close()));
  if (distDir !== undefined) await rm(distDir, { recursive: true, force: true });
  if (dataDir !== undefined) await rm(dataDir, { recursive: true, force: true });
});

describe('the script tag against the reference API', () => {
  const pages: Record<'strict' | 'named', Record<string, string>> = { strict: {}, named: {} };
  const headers: Record<'strict' | 'named', Record<string, string>> = { strict: {}, named: {} };

  beforeAll(async () => {
    // The portals first: the API must know their origins for CORS.
    for (const name of ['strict', 'named'] as const) {
      servers[name] = await serveStatic({
        pages: pages[name],
        mounts: { '/dist/': distDir },
        headers: headers[name],
      });
    }
    const port = await freePort();
    apiOrigin = `http://127.0.0.1:${port}`;
    deadOrigin = `http://127.0.0.1:${await freePort()}`;
    api = await startProcess(
      path.join('node_modules', '.bin', 'tsx'),
      ['src/server/main.ts'],
      {
        PORT: String(port),
        DATABASE_URL: `sqlite:${path.join(dataDir, 'amicable.db')}`,
        AMICABLE_TOKEN_SECRET: tokenSecret,
        AMICABLE_ADMIN_KEY: adminKey,
        AMICABLE_RATE_LIMIT: '0',
        AMICABLE_ALLOWED_ORIGINS: Object.values(servers)
          .map((server) => server.origin)
          .join(','),
      },
      `${apiOrigin}/healthz`,
      { timeoutMs: 60_000 },
    );
    await admin('PUT', 'settings', {
      name: 'Fjordlys Energi AS',
      country: 'NO',
      currency: 'NOK',
      locale: 'nb-NO',
      tone: { style: 'direct', formality: 'informal' },
      bankAccount: { accountNumber: '12345678903' },
      referenceScheme: 'kid',
    });
    customerId = 'cust-e2e';
    dueDate = daysFromToday(-5);
    await admin('PUT', `customers/${customerId}`, {
      name: 'Kari Nordmann',
      locale: 'nb-NO',
      country: 'NO',
      kind: 'consumer',
      tone: { style: 'direct', formality: 'informal' },
    });
    const money = { amount, currency: 'NOK' };
    await admin('PUT', 'invoices/inv-e2e-1', {
      customerId,
      number: '2026-0042',
      currency: 'NOK',
      issueDate: daysFromToday(-19),
      dueDate,
      lines: [{ id: 'l1', description: 'Strøm', quantity: 1, unitPrice: money, amount: money }],
    });
    await admin('PUT', `customers/${otherCustomerId}`, {
      name: 'Ola Nordmann',
      locale: 'nb-NO',
      country: 'NO',
      kind: 'consumer',
      tone: { style: 'direct', formality: 'informal' },
    });
    const otherMoney = { amount: otherAmount, currency: 'NOK' };
    await admin('PUT', 'invoices/inv-e2e-other', {
      customerId: otherCustomerId,
      number: '2026-0099',
      currency: 'NOK',
      issueDate: daysFromToday(-19),
      dueDate,
      lines: [{ id: 'l1', description: 'Nettleie', quantity: 1, unitPrice: otherMoney, amount: otherMoney }],
    });
    otherToken = await createCustomerToken({
      customerId: otherCustomerId,
      secret: tokenSecret,
      expiresIn: '1h',
    });
    const token = await createCustomerToken({ customerId, secret: tokenSecret, expiresIn: '1h' });
    customerToken = token;
    for (const [name, csp] of [
      ['strict', strictCsp()],
      ['named', strictCspWithPolicyNames()],
    ] as const) {
      Object.assign(pages[name], {
        '/': loaderPage(`${apiOrigin}/v1`),
        '/unreachable': loaderPage(`${deadOrigin}/v1`),
        '/bundle': bundlePage(`${apiOrigin}/v1`),
        '/spa': spaPage(`${apiOrigin}/v1`),
        // The portal's own backend would mint this per session; here it is minted once.
        '/portal/amicable-token': token,
      });
      headers[name]['Content-Security-Policy'] = csp;
    }
  }, 120_000);

  for (const name of ['strict', 'named'] as const) {
    it(`amicable.js shows the real banner under a ${name === 'strict' ? 'strict CSP' : 'strict CSP naming the Trusted Types policy'}, with zero violations`, async () => {
      const captured = await openPage(browser);
      await recordCspViolations(captured.page);
      await captured.page.goto(`${servers[name].origin}/`);
      const state = await bannerState(captured);
      await screenshot(captured.page, `script-tag-${name}`);

      const copy = en.banner.reminder.direct.informal;
      const due = await amountToPay('inv-e2e-1', customerToken);
      const params = {
        amount: formatMoney(due, 'en'),
        charges:
          due.amount > amount
            ? formatMoney({ amount: due.amount - amount, currency: 'NOK' }, 'en')
            : undefined,
        count: 1,
        dueDate: formatDate(dueDate, 'en'),
        creditor: 'Fjordlys Energi AS',
      };
      expect(state).toEqual({
        defined: true,
        role: 'status',
        heading: copy.heading(params),
        body: copy.body(params),
        pay: en.actions.pay,
        styled: 'solid',
        hasGlobal: true,
      });

      // The customer acts: the flow opens in the banner's dialog, and still nothing is violated.
      await captured.page.evaluate(() =>
        document
          .querySelector('amicable-overdue-banner')!
          .shadowRoot!.querySelector<HTMLButtonElement>('[part~="action-pay"]')!
          .click(),
      );
      await captured.page.waitForFunction(
        () => document.querySelector('amicable-overdue-banner amicable-dialog amicable-pay-now') !== null,
      );
      expect(await cspViolations(captured.page)).toEqual([]);
      expectCleanPage(captured);
      await captured.context.close();
    });
  }

  it('asks for the token first, then for the whole banner and its copy in one round', async () => {
    const captured = await openPage(browser);
    // Requests as the browser issues them, and the moment each chunk has arrived, in one sequence.
    const events: string[] = [];
    const named = (url: string) => new URL(url).pathname;
    captured.page.on('request', (request) => events.push(`request ${named(request.url())}`));
    captured.page.on('requestfinished', (request) => events.push(`finished ${named(request.url())}`));
    await captured.page.goto(`${servers.strict.origin}/`);
    await bannerState(captured);

    const isChunk = (event: string) => /^request \/dist\/chunks\/.+\.js$/.test(event);
    const chunks = events.filter(isChunk);
    const firstArrived = events.findIndex((event) => /^finished \/dist\/chunks\//.test(event));
    // Every chunk was asked for before the first of them arrived: none was discovered in an import.
    expect(events.slice(0, firstArrived).filter(isChunk)).toEqual(chunks);
    // All of them by the loader's preload links, which it wrote before it imported anything.
    const preloaded = await captured.page.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="modulepreload"]')].map(
        (link) => `request ${new URL(link.href).pathname}`,
      ),
    );
    expect([...chunks].sort()).toEqual([...preloaded].sort());
    // The token before the code: it does not queue behind the chunks for a connection.
    const requests = events.filter(
      (event) => event.startsWith('request /dist/') || event.includes('/portal/'),
    );
    expect(requests.slice(0, 2)).toEqual(['request /dist/amicable.js', 'request /portal/amicable-token']);
    expectCleanPage(captured);
    await captured.context.close();
  });

  it("sends the account request before the banner's code runs", async () => {
    const captured = await openPage(browser);
    await captured.page.addInitScript(() => {
      const define = customElements.define.bind(customElements);
      customElements.define = (name, ...rest) => {
        if (name === 'amicable-overdue-banner') performance.mark('banner-defined');
        define(name, ...rest);
      };
    });
    await captured.page.goto(`${servers.strict.origin}/`);
    await bannerState(captured);

    const order = await captured.page.evaluate(() => ({
      account: performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname === '/v1/account')
        .map((entry) => entry.startTime),
      defined: performance.getEntriesByName('banner-defined')[0]!.startTime,
    }));
    // One account request: the loader's, which the banner took over.
    expect(order.account).toHaveLength(1);
    expect(order.account[0]).toBeLessThan(order.defined);
    expectCleanPage(captured);
    await captured.context.close();
  });

  it('shows the customer the portal configured after the script tag, never the account the loader read before', async () => {
    const captured = await openPage(browser);
    // The portal switches customer the moment the SDK exposes window.Amicable, before any element
    // has read anything: the loader has asked for the first customer's account already.
    await captured.page.addInitScript((token) => {
      let amicable: { configure: (options: object) => unknown } | undefined;
      Object.defineProperty(window, 'Amicable', {
        configurable: true,
        get: () => amicable,
        set: (value: { configure: (options: object) => unknown }) => {
          amicable = value;
          const api = document.querySelector<HTMLScriptElement>('script[data-api]')!.dataset.api!;
          value.configure({ api, getToken: () => Promise.resolve(token) });
        },
      });
    }, otherToken);
    const accountReads: Promise<string | null>[] = [];
    captured.page.on('request', (request) => {
      if (new URL(request.url()).pathname === '/v1/account' && request.method() === 'GET') {
        accountReads.push(request.headerValue('authorization'));
      }
    });
    await captured.page.goto(`${servers.strict.origin}/`);
    const state = await bannerState(captured);

    expect(state.body).toContain(formatMoney(await amountToPay('inv-e2e-other', otherToken), 'en'));
    expect(state.body).not.toContain(formatMoney(await amountToPay('inv-e2e-1', customerToken), 'en'));
    expect(await Promise.all(accountReads)).toEqual([
      `Bearer ${pages.strict['/portal/amicable-token']}`,
      `Bearer ${otherToken}`,
    ]);
    expectCleanPage(captured);
    await captured.context.close();
  });

  it('an unreachable API under the strict CSP: nothing shown, the page intact, one amicable-error', async () => {
    const captured = await openPage(browser);
    await recordCspViolations(captured.page);
    await captured.page.addInitScript(() => {
      const codes: string[] = [];
      (window as unknown as { __amicableErrors: string[] }).__amicableErrors = codes;
      document.addEventListener('amicable-error', (event) =>
        codes.push((event as Event & { detail: { code: string } }).detail.code),
      );
    });
    await captured.page.goto(`${servers.strict.origin}/unreachable`);
    await captured.page.waitForFunction(
      () => (window as unknown as { __amicableErrors: string[] }).__amicableErrors.length > 0,
      undefined,
      { timeout: 20_000 },
    );
    await captured.page.waitForTimeout(300);
    const result = await captured.page.evaluate(() => ({
      errors: (window as unknown as { __amicableErrors: string[] }).__amicableErrors,
      height: document.querySelector('amicable-overdue-banner')!.getBoundingClientRect().height,
      notice: document
        .querySelector('amicable-overdue-banner')!
        .shadowRoot!.querySelector('[part~="notice"]'),
    }));
    expect(result).toEqual({ errors: ['network_error'], height: 0, notice: null });
    expect(await cspViolations(captured.page)).toEqual([]);
    expect(captured.pageErrors).toEqual([]);
    // The one warning the contract allows, and the browser's own notes of the refused connections.
    const warnings = captured.console.filter((line) => line.startsWith('warning'));
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('network_error');
    await captured.context.close();
  });

  it('amicable.bundle.js, a classic script, does the same in one file', async () => {
    const captured = await openPage(browser);
    await recordCspViolations(captured.page);
    const requested: string[] = [];
    captured.page.on('request', (request) => requested.push(new URL(request.url()).pathname));
    await captured.page.goto(`${servers.strict.origin}/bundle`);
    const state = await bannerState(captured);

    expect(state.pay).toBe(nb.actions.pay);
    expect(state.hasGlobal).toBe(true);
    expect(
      requested.filter((pathname) => pathname.startsWith('/dist/') && !pathname.endsWith('.map')),
    ).toEqual(['/dist/amicable.bundle.js']);
    expect(await cspViolations(captured.page)).toEqual([]);
    expectCleanPage(captured);
    await captured.context.close();
  });

  it("loads an element's code only when its tag appears, also later in a single-page app", async () => {
    const captured = await openPage(browser);
    const chunks: string[] = [];
    captured.page.on('request', (request) => {
      const { pathname } = new URL(request.url());
      if (pathname.startsWith('/dist/chunks/') && !pathname.endsWith('.map')) chunks.push(pathname);
    });
    await captured.page.goto(`${servers.strict.origin}/spa`);
    await captured.page.waitForFunction(() => typeof window.Amicable?.configure === 'function');
    expect(chunks.some((chunk) => chunk.includes('overdue-banner'))).toBe(false);
    expect(chunks.some((chunk) => chunk.includes('locale-'))).toBe(false);
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
    // The banner's copy and the common part, in the page's language, and nothing else.
    expect(
      chunks
        .filter((chunk) => chunk.includes('locale-'))
        .map((chunk) => /locale-(\w+)-(\w+)-/.exec(chunk)?.slice(1).join('-'))
        .sort(),
    ).toEqual(['en-banner', 'en-common']);
    expectCleanPage(captured);
    await captured.context.close();
  });
});
