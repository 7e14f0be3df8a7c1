/**
 * The README's pictures: `npx tsx scripts/screenshots.ts` (or `npm run screenshots`).
 *
 * Starts the demo of `npm start` in-process on fresh seeded databases in a temporary directory,
 * with the script-tag files built into that directory too, logs in through the portal's own
 * picker as seeded customers (exactly as a newcomer would), and saves one PNG per element in
 * `docs/screenshots/`. The pictures are taken at 720 CSS pixels and a device scale factor of 1 to
 * keep the files small, with reduced motion so no transition is caught half-way.
 *
 * The portal shows the banner and the explainers; pay-now, the instalment proposer and the
 * dispute form are opened from the banner's buttons, in the dialog the banner opens for them.
 */
import { mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { type RunningDemo, startDemo } from '../demo/demo';
import type { SeededCustomer } from '../src/server';
import { launchBrowser, projectRoot } from '../test/e2e/harness';
import { build } from './build.mjs';

/** Where the README finds the pictures. */
const outputDir = path.join(projectRoot, 'docs', 'screenshots');
const viewport = { width: 720, height: 1600 };
/** Generous: two cores shared with others make the first load of each chunk slow. */
const waitMs = 30_000;

type Variant = 'fjordlys' | 'tulp';

interface Session {
  page: Page;
  close(): Promise<void>;
}

/** One picture: who logs in, what is shown, and what the file is called. */
interface Shot {
  file: string;
  variant: Variant;
  pick: (customer: SeededCustomer) => boolean;
  colorScheme?: 'light' | 'dark';
  /** Makes the element to photograph visible and returns it, ready. */
  show: (page: Page, customer: SeededCustomer) => Promise<Locator>;
}

const shots: Shot[] = [
  {
    file: 'banner-nb-reminder.png',
    variant: 'fjordlys',
    pick: (c) => c.id === 'cust-1001',
    show: (page) => banner(page),
  },
  {
    file: 'banner-nl-final.png',
    variant: 'tulp',
    pick: (c) => c.country === 'NL' && c.kind === 'consumer' && c.stage === 'final',
    show: (page) => banner(page),
  },
  {
    file: 'banner-nb-reminder-dark.png',
    variant: 'fjordlys',
    pick: (c) => c.id === 'cust-1001',
    colorScheme: 'dark',
    show: async (page) => {
      // The portal's stylesheet is light only and sets a light-mode accent, which would also win in
      // dark mode: drop it (the brand class) to show the elements' own dark defaults on a dark page.
      // CSSOM changes are allowed under the portal's CSP, which refuses inline style.
      await page.evaluate(() => {
        document.body.className = '';
        document.body.style.background = '#121212';
      });
      return banner(page);
    },
  },
  {
    file: 'explainer-nb.png',
    variant: 'fjordlys',
    pick: (c) => c.id === 'cust-1001',
    show: async (page, customer) => {
      const explainer = page.locator(`amicable-invoice-explainer[invoice="${customer.invoiceIds[0]}"]`);
      await explainer.locator('[part~="actions"]').waitFor({ timeout: waitMs });
      return explainer;
    },
  },
  {
    file: 'pay-now-nl-bank-transfer.png',
    variant: 'tulp',
    pick: (c) => c.country === 'NL' && c.kind === 'consumer' && c.stage === 'reminder',
    show: (page) => openFromBanner(page, 'pay', '[part~="qr"] svg'),
  },
  {
    file: 'instalment-proposer-nb.png',
    variant: 'fjordlys',
    pick: (c) => c.id === 'cust-1001',
    show: (page) => openFromBanner(page, 'plan', '[part~="schedule"]'),
  },
  {
    file: 'dispute-form-nl.png',
    variant: 'tulp',
    pick: (c) => c.country === 'NL' && c.kind === 'consumer' && c.stage === 'reminder',
    show: (page) => openFromBanner(page, 'dispute', '[part~="submit"]'),
  },
];

function banner(page: Page): Promise<Locator> {
  const element = page.locator('amicable-overdue-banner');
  return element
    .locator('[part~="actions"]')
    .waitFor({ timeout: waitMs })
    .then(() => element);
}

/**
 * Press one of the banner's actions, as the customer would, and return the dialog it opens once
 * `ready` (a selector inside the flow) is there. The dialog is at most the viewport's height, so
 * the viewport is tall enough for the longest flow to show whole.
 */
async function openFromBanner(page: Page, action: string, ready: string): Promise<Locator> {
  await banner(page);
  await page.locator('amicable-overdue-banner').locator(`[part~="action-${action}"]`).click();
  const host = page.locator('amicable-dialog');
  // The flow is slotted light DOM of <amicable-dialog>, not a descendant of its shadow <dialog>.
  await host.locator(ready).first().waitFor({ timeout: waitMs });
  return host.locator('[part~="dialog"]');
}

/**
 * Photograph `element`. A modal dialog sits centred in the viewport, often at a fractional
 * position, where Playwright's own element screenshot would take in a row of the page behind; so
 * elements shown in the viewport are clipped to the whole pixels inside their box.
 */
async function capture(page: Page, element: Locator, file: string): Promise<void> {
  const box = await element.boundingBox();
  const fitsInView = box !== null && box.y >= 0 && box.y + box.height <= viewport.height;
  if (box === null || !fitsInView) {
    await element.screenshot({ path: file, animations: 'disabled', caret: 'hide' });
    return;
  }
  const x = Math.ceil(box.x);
  const y = Math.ceil(box.y);
  const clip = { x, y, width: Math.floor(box.x + box.width) - x, height: Math.floor(box.y + box.height) - y };
  await page.screenshot({ path: file, clip, animations: 'disabled', caret: 'hide' });
}

async function logIn(
  browser: Browser,
  demo: RunningDemo,
  variant: Variant,
  customer: SeededCustomer,
  colorScheme: 'light' | 'dark',
): Promise<Session> {
  const context = await browser.newContext({
    viewport,
    deviceScaleFactor: 1,
    colorScheme,
    reducedMotion: 'reduce',
    // The customer's browser speaks the portal's language (date fields follow it).
    locale: variant === 'fjordlys' ? 'nb-NO' : 'nl-NL',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
  });
  page.on('console', (message) => {
    // Chromium's own "Failed to load resource" line names no URL; the response listener does.
    const generic = message.text().startsWith('Failed to load resource');
    if ((message.type() === 'error' || message.type() === 'warning') && !generic) {
      problems.push(`${message.type()}: ${message.text()}`);
    }
  });
  await page.goto(`${demo.url}${variant}/`);
  await page.click(`button[data-customer="${customer.id}"]`);
  await page.waitForURL(`${demo.url}${variant}/`);
  return {
    page,
    async close() {
      await context.close();
      if (problems.length > 0) {
        console.warn(`  the page reported:\n    ${problems.join('\n    ')}`);
      }
    },
  };
}

async function main(): Promise<void> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'amicable-screenshots-'));
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  try {
    const sdkDir = path.join(workDir, 'dist');
    console.log('Building the script-tag files…');
    await build({ outDir: sdkDir, targets: ['loader', 'bundle'] });
    demo = await startDemo({ port: 0, dataDir: path.join(workDir, 'data'), sdkDir });
    browser = await launchBrowser();
    await mkdir(outputDir, { recursive: true });

    let totalBytes = 0;
    for (const shot of shots) {
      const customer = demo.variants[shot.variant].seed.customers.find(shot.pick);
      if (customer === undefined) {
        throw new Error(`The ${shot.variant} seed has no customer for ${shot.file}.`);
      }
      const session = await logIn(browser, demo, shot.variant, customer, shot.colorScheme ?? 'light');
      try {
        const element = await shot.show(session.page, customer);
        const file = path.join(outputDir, shot.file);
        await capture(session.page, element, file);
        const { size } = await stat(file);
        totalBytes += size;
        console.log(
          `  ${path.relative(projectRoot, file)}  ${(size / 1024).toFixed(1)} kB  (${customer.name})`,
        );
      } finally {
        await session.close();
      }
    }
    console.log(`${shots.length} screenshots, ${(totalBytes / 1024).toFixed(1)} kB in all.`);
  } finally {
    await browser?.close();
    await demo?.close();
    await rm(workDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
