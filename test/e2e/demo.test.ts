import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { decodeJwt } from 'jose';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningDemo, startDemo } from '../../demo/demo';
import { build } from '../../scripts/build.mjs';
import { nb } from '../../src/client/i18n/nb';
import { nl } from '../../src/client/i18n/nl';
import {
  type CapturedPage,
  cspViolations,
  launchBrowser,
  openPage,
  recordCspViolations,
  screenshot,
} from './harness';

/**
 * What `npm start` runs, started in-process: both creditors' APIs on fresh seeded databases and
 * their portal, which sends a strict Content-Security-Policy with Trusted Types on every page.
 * A customer logs in through the portal's own picker, exactly as a newcomer would.
 */
let workDir: string;
let demo: RunningDemo;
let browser: Browser;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'amicable-demo-e2e-'));
  const sdkDir = path.join(workDir, 'dist');
  await build({ outDir: sdkDir, targets: ['loader', 'bundle'] });
  demo = await startDemo({ port: 0, dataDir: path.join(workDir, 'data'), sdkDir });
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await demo?.close();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

async function logInAs(variant: 'fjordlys' | 'tulp', customerId: string): Promise<CapturedPage> {
  const captured = await openPage(browser);
  await recordCspViolations(captured.page);
  await captured.page.goto(`${demo.url}${variant}/`);
  await captured.page.click(`button[data-customer="${customerId}"]`);
  await captured.page.waitForFunction(
    () =>
      document.querySelector('amicable-overdue-banner')?.shadowRoot?.querySelector('[part~="notice"]') !=
      null,
    undefined,
    { timeout: 20_000 },
  );
  return captured;
}

function bannerText(captured: CapturedPage): Promise<string> {
  return captured.page.evaluate(
    () => document.querySelector('amicable-overdue-banner')?.shadowRoot?.textContent ?? '',
  );
}

describe('the demo portal (npm start)', () => {
  it('shows a Norwegian customer the banner and the explainer, under its strict CSP', async () => {
    const customer = demo.variants.fjordlys.seed.customers.find((c) => c.stage === 'reminder');
    expect(customer, 'the seed has a Norwegian customer at the reminder stage').toBeDefined();
    const captured = await logInAs('fjordlys', customer!.id);
    const text = await bannerText(captured);
    expect(text).toContain(nb.actions.pay);
    expect(text).toContain(nb.actions.dispute);
    await captured.page.waitForFunction(
      () =>
        (document.querySelector('amicable-invoice-explainer')?.shadowRoot?.textContent ?? '').includes(
          'Fjordlys Energi AS',
        ),
      undefined,
      { timeout: 20_000 },
    );
    await screenshot(captured.page, 'demo-fjordlys-reminder');
    expect(await cspViolations(captured.page)).toEqual([]);
    expect(captured.pageErrors).toEqual([]);
    await captured.context.close();
  });

  it("gives a Dutch consumer at the last notice the 14-dagenbrief in the creditor's formal tone", async () => {
    const customer = demo.variants.tulp.seed.customers.find(
      (c) => c.country === 'NL' && c.kind === 'consumer' && c.stage === 'final',
    );
    expect(customer, 'the seed has a Dutch consumer at the final stage').toBeDefined();
    const captured = await logInAs('tulp', customer!.id);
    const text = await bannerText(captured);
    expect(text).toContain('14-dagenbrief');
    expect(text).toContain(nl.actions.plan);
    expect(text).not.toMatch(/\bje\b/);
    await screenshot(captured.page, 'demo-tulp-final');
    expect(await cspViolations(captured.page)).toEqual([]);
    expect(captured.pageErrors).toEqual([]);
    await captured.context.close();
  });

  it('mints a token only for the logged-in customer', async () => {
    const anonymous = await fetch(`${demo.url}portal/amicable-token`);
    expect(anonymous.status).toBe(401);

    const customer = demo.variants.fjordlys.seed.customers[0]!;
    const login = await fetch(`${demo.url}fjordlys/login`, {
      method: 'POST',
      body: new URLSearchParams({ customer: customer.id }),
      redirect: 'manual',
    });
    expect(login.status).toBe(303);
    const cookie = login.headers.get('set-cookie')?.split(';')[0];
    expect(cookie).toBeTruthy();
    const answer = await fetch(`${demo.url}portal/amicable-token`, { headers: { cookie: cookie! } });
    expect(answer.status).toBe(200);
    expect(answer.headers.get('cache-control')).toBe('no-store');
    const claims = decodeJwt(await answer.text());
    expect(claims.sub).toBe(customer.id);
    expect(claims.aud).toBe('amicable');
    expect((claims.exp ?? 0) - Math.floor(Date.now() / 1000)).toBeLessThanOrEqual(3600);

    const forged = await fetch(`${demo.url}portal/amicable-token`, {
      headers: { cookie: `${cookie!.split('=')[0]}=fjordlys:someone-else.forged` },
    });
    expect(forged.status).toBe(401);
  });
});
