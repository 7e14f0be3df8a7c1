/**
 * What every journey needs: the demo (both creditors' APIs on fresh databases, and their portal
 * with its strict CSP and Trusted Types) started once per test file, a customer logged in through
 * the portal's own picker, and after each step an accessibility audit and a screenshot. At the
 * end of a journey the page must have had no CSP violation and no uncaught error.
 */
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Browser, Locator } from 'playwright-core';
import { expect } from 'vitest';
import { type DemoStripeSettings, type RunningDemo, startDemo } from '../../../demo/demo';
import { build } from '../../../scripts/build.mjs';
import type { Messages } from '../../../src/client/i18n/messages';
import { nb } from '../../../src/client/i18n/nb';
import { nl } from '../../../src/client/i18n/nl';
import type { Stage, Tone } from '../../../src/contract/primitives';
import type { DemoVariant, SeededCustomer } from '../../../src/server';
import {
  type AmicableErrorRecord,
  type AxeViolation,
  amicableErrors,
  auditAccessibility,
  type CapturedPage,
  cspViolations,
  launchBrowser,
  openPage,
  recordAmicableErrors,
  recordCspViolations,
  screenshot,
} from '../harness';

/** A creditor's portal in its own language, with the customers of its own country. */
export interface Market {
  /** The language tag the journeys are named by. */
  language: 'nb' | 'nl';
  variant: DemoVariant;
  country: 'NO' | 'NL';
  /** The portal page's language, which the elements format amounts and dates for. */
  locale: 'nb-NO' | 'nl-NL';
  messages: Messages;
  /** The tone the creditor chose in the seed: what the banner's words must be written in. */
  tone: Tone;
  /** The same copy in the other formality, which the banner must not use. */
  otherFormality: Tone['formality'];
  /** What the bank-transfer reference is called in this market. */
  referenceScheme: 'kid' | 'nl';
}

export const markets: readonly Market[] = [
  {
    language: 'nb',
    variant: 'fjordlys',
    country: 'NO',
    locale: 'nb-NO',
    messages: nb,
    tone: { style: 'direct', formality: 'informal' },
    otherFormality: 'formal',
    referenceScheme: 'kid',
  },
  {
    language: 'nl',
    variant: 'tulp',
    country: 'NL',
    locale: 'nl-NL',
    messages: nl,
    tone: { style: 'direct', formality: 'formal' },
    otherFormality: 'informal',
    referenceScheme: 'nl',
  },
];

/** The demo and a browser, for one test file. */
export interface Journeys {
  demo: RunningDemo;
  browser: Browser;
  close(): Promise<void>;
}

/**
 * Builds the script-tag files into a fresh directory and starts the demo on fresh databases
 * there, so no journey sees another file's customers.
 */
export async function startJourneys(options: { stripe?: DemoStripeSettings } = {}): Promise<Journeys> {
  const workDir = await mkdtemp(path.join(tmpdir(), 'amicable-journeys-'));
  let demo: RunningDemo | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await demo?.close();
    await rm(workDir, { recursive: true, force: true });
  };
  try {
    const sdkDir = path.join(workDir, 'dist');
    // The portal loads only the ES module loader and its chunks.
    await build({ outDir: sdkDir, targets: ['loader'] });
    demo = await startDemo({
      port: 0,
      dataDir: path.join(workDir, 'data'),
      sdkDir,
      ...(options.stripe ? { stripe: options.stripe } : {}),
    });
    browser = await launchBrowser();
    return { demo, browser, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/**
 * The seeded customer of `market`'s own country at `stage` (the seed says who is where; ids are
 * never guessed). Each market has one customer per stage, so a file's journeys take different stages.
 */
export function seededCustomer(demo: RunningDemo, market: Market, stage: Stage): SeededCustomer {
  const customer = demo.variants[market.variant].seed.customers.find(
    (candidate) =>
      candidate.country === market.country &&
      candidate.stage === stage &&
      // The contract's example customer shares a stage; the seed's own scenario is the one meant here.
      candidate.id !== 'cust-1001',
  );
  if (customer === undefined) {
    throw new Error(`The ${market.variant} seed has no ${market.country} customer at the ${stage} stage`);
  }
  return customer;
}

/** A logged-in customer's page, and what it recorded. */
export interface JourneyPage extends CapturedPage {
  demo: RunningDemo;
  market: Market;
  customer: SeededCustomer;
  /** The portal page of the customer's creditor. */
  portalUrl: string;
}

/**
 * Opens a fresh browser context, logs in as `customer` through the portal's picker (the button a
 * visitor would press) and waits until the explainer has loaded.
 */
export async function logIn(
  journeys: Journeys,
  market: Market,
  customer: SeededCustomer,
): Promise<JourneyPage> {
  const captured = await openPage(journeys.browser);
  await recordCspViolations(captured.page);
  await recordAmicableErrors(captured.page);
  const portalUrl = `${journeys.demo.url}${market.variant}/`;
  await captured.page.goto(portalUrl);
  const choice = captured.page.locator(`button[data-customer="${customer.id}"]`);
  expect(await choice.textContent()).toContain(customer.name);
  await choice.click();
  const journey: JourneyPage = { ...captured, demo: journeys.demo, market, customer, portalUrl };
  try {
    await explainer(journey).getByRole('heading', { level: 2 }).first().waitFor({ timeout: 20_000 });
  } catch (error) {
    // Say why: the page's console usually has it (a chunk that did not load, a failed render).
    throw new Error(
      `The invoice did not show after logging in. The page said:\n${captured.console.join('\n')}`,
      {
        cause: error,
      },
    );
  }
  return journey;
}

/** The banner's visible notice. */
export function bannerNotice(journey: JourneyPage): Locator {
  return journey.page.locator('amicable-overdue-banner [part~="notice"]');
}

/** The banner's heading. */
export function bannerHeading(journey: JourneyPage): Locator {
  return bannerNotice(journey).getByRole('heading', { level: 2 });
}

/** Waits for the banner's notice and returns its text. */
export async function bannerText(journey: JourneyPage): Promise<string> {
  await bannerNotice(journey).waitFor({ timeout: 20_000 });
  return deepText(bannerNotice(journey));
}

/** A button of the banner's notice, by its label. */
export function bannerButton(journey: JourneyPage, label: string): Locator {
  return bannerNotice(journey).getByRole('button', { name: label, exact: true });
}

/** The explainer on the portal page (not one opened in a dialog). */
export function explainer(journey: JourneyPage): Locator {
  return journey.page.locator('section.invoices > amicable-invoice-explainer');
}

/**
 * The flow dialog: `<amicable-dialog>`, whose flow element is slotted from its light DOM (so it is
 * not inside the shadow root's native `<dialog>`, which is where the dialog role is).
 */
export function flowDialog(journey: JourneyPage): Locator {
  return journey.page.locator('amicable-dialog');
}

/** Waits until a flow dialog is open, modal, and named `label`. */
export async function waitForDialog(journey: JourneyPage, label: string): Promise<Locator> {
  await journey.page.getByRole('dialog', { name: label }).waitFor();
  return flowDialog(journey);
}

/** Text with its runs of white space (including no-break spaces) made single spaces. */
export function normalise(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The fixed words of a message with parameters, for checking text whose parameters (a formatted
 * date, say) the test does not format itself: `plan.promiseStatement` → `['Jeg betaler … innen']`.
 */
export function fixedParts<P>(message: (params: P) => string, params: P): string[] {
  return message(params)
    .split('\u0000')
    .map(normalise)
    .filter((part) => part !== '');
}

/** A parameter value that `fixedParts` cuts at. */
export const cut = '\u0000';

/**
 * The text a reader gets from the elements `locator` matches, through shadow roots and slots (the
 * flattened tree), which `textContent` of a shadow host leaves out. Normalised.
 */
export async function deepText(locator: Locator): Promise<string> {
  const texts = await locator.evaluateAll((elements) => {
    const walk = (node: Node): string => {
      if (node.nodeType === Node.TEXT_NODE) return (node as Text).data;
      if (!(node instanceof Element)) return '';
      if (['style', 'script', 'template'].includes(node.localName)) return '';
      const children =
        node instanceof HTMLSlotElement
          ? node.assignedNodes({ flatten: true })
          : [...(node.shadowRoot ?? node).childNodes];
      return ` ${children.map(walk).join('')} `;
    };
    return elements.map(walk);
  });
  return normalise(texts.join(' '));
}

/** Waits until `locator`'s text (see `deepText`) contains `expected`. */
export async function waitForText(locator: Locator, expected: string, timeout = 20_000): Promise<void> {
  await expect.poll(() => deepText(locator), { timeout }).toContain(normalise(expected));
}

/**
 * A step of the journey: the whole page (shadow roots and the open dialog included) passes axe
 * with no violations, and a screenshot is saved as `test-results/e2e/journey-<name>.png`.
 */
export async function step(journey: JourneyPage, name: string): Promise<void> {
  const file = `journey-${journey.market.language}-${name}`;
  await screenshot(journey.page, file);
  const violations = await auditAccessibility(journey.page);
  expect(violations, `axe violations at ${file}: ${describeViolations(violations)}`).toEqual([]);
}

function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((violation) => `${violation.id} (${violation.help}) at ${violation.targets.join(' | ')}`)
    .join('; ');
}

/** What a finished journey must not have left behind: CSP violations and uncaught errors. */
export async function expectCleanJourney(
  journey: JourneyPage,
  options: { amicableErrors?: AmicableErrorRecord[] } = {},
): Promise<void> {
  expect(await cspViolations(journey.page)).toEqual([]);
  expect(journey.pageErrors.map((error) => error.message)).toEqual([]);
  const byElement = (a: AmicableErrorRecord, b: AmicableErrorRecord) => a.element.localeCompare(b.element);
  expect((await amicableErrors(journey.page)).sort(byElement)).toEqual(
    [...(options.amicableErrors ?? [])].sort(byElement),
  );
}

/** Reloads the portal page and waits for the explainer again. */
export async function reload(journey: JourneyPage): Promise<void> {
  await journey.page.reload();
  await explainer(journey).getByRole('heading', { level: 2 }).first().waitFor({ timeout: 20_000 });
}

/** Calls the creditor's admin API (`/v1/admin/…`) with its key, as its back office would. */
export async function adminRequest<T = unknown>(
  demo: RunningDemo,
  variant: DemoVariant,
  method: 'GET' | 'POST' | 'PUT',
  adminPath: string,
  body?: unknown,
): Promise<T> {
  const { apiUrl, adminKey } = demo.variants[variant];
  const response = await fetch(`${apiUrl}/v1/admin/${adminPath}`, {
    method,
    headers: {
      authorization: `Bearer ${adminKey}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      ...(method === 'POST' ? { 'idempotency-key': randomUUID() } : {}),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} /v1/admin/${adminPath} answered ${response.status}: ${text}`);
  }
  return (text === '' ? undefined : JSON.parse(text)) as T;
}

/** Today's calendar date (`YYYY-MM-DD`) in UTC, as the demo's API counts days. */
export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/**
 * Reads from the API as the logged-in customer: a token from the portal's own endpoint (with the
 * page's session cookie), then the API, as the elements do. For facts the test needs exactly
 * (an amount to the øre), never instead of what the page shows.
 */
export async function customerRequest<T = unknown>(journey: JourneyPage, apiPath: string): Promise<T> {
  const origin = new URL(journey.portalUrl).origin;
  const tokenAnswer = await journey.context.request.get(`${origin}/portal/amicable-token`);
  expect(tokenAnswer.status()).toBe(200);
  const token = await tokenAnswer.text();
  const { apiUrl } = journey.demo.variants[journey.market.variant];
  const response = await fetch(`${apiUrl}/v1/${apiPath}`, { headers: { authorization: `Bearer ${token}` } });
  const text = await response.text();
  if (!response.ok) throw new Error(`GET /v1/${apiPath} answered ${response.status}: ${text}`);
  return JSON.parse(text) as T;
}
