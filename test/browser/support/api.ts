/**
 * The reference API as browser tests reach it: through the dev server's proxy (`/v1`) and its two
 * test routes (see web-test-runner.config.mjs). Customers and invoices are seeded through the real
 * admin API, with due dates relative to today so that each stage is reached by the server's own
 * rules, not by a canned answer.
 */
import { configure } from '../../../src/client/config';
import type { ToneStyle } from '../../../src/contract/primitives';

export type Formality = 'formal' | 'informal';

/** `YYYY-MM-DD`, `days` from today in UTC (the server counts in UTC too). */
export function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** A customer id no other test uses. */
export function uniqueId(prefix: string): string {
  return `${prefix}-${Math.random().toString(36).slice(2, 10)}`;
}

async function admin(method: 'PUT' | 'POST' | 'GET', path: string, body?: unknown): Promise<unknown> {
  const response = await fetch(`/__test/admin/${path}`, {
    method,
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  if (!response.ok) {
    throw new Error(`${method} /v1/admin/${path} answered ${response.status}: ${text}`);
  }
  return text === '' ? undefined : JSON.parse(text);
}

export interface CustomerSeed {
  id?: string;
  name?: string;
  locale?: string;
  style?: ToneStyle;
  formality?: Formality;
}

/** Create (upsert) a customer in Norway; returns its id. */
export async function seedCustomer(seed: CustomerSeed = {}): Promise<string> {
  const id = seed.id ?? uniqueId('cust');
  await admin('PUT', `customers/${id}`, {
    name: seed.name ?? 'Kari Nordmann',
    locale: seed.locale ?? 'nb-NO',
    country: 'NO',
    kind: 'consumer',
    tone: { style: seed.style ?? 'direct', formality: seed.formality ?? 'informal' },
  });
  return id;
}

export interface ReminderSeed {
  /** Days after the due date the notice went out. */
  afterDue: number;
  kind: 'reminder' | 'firm' | 'final';
}

export interface InvoiceSeed {
  customerId: string;
  id?: string;
  /** Days from today to the due date: negative for overdue. */
  dueInDays: number;
  /** In øre. */
  amount?: number;
  reminders?: ReminderSeed[];
}

/** Create (upsert) a one-line NOK invoice; returns its id. */
export async function seedInvoice(seed: InvoiceSeed): Promise<string> {
  const id = seed.id ?? uniqueId('inv');
  const amount = { amount: seed.amount ?? 144_100, currency: 'NOK' };
  await admin('PUT', `invoices/${id}`, {
    customerId: seed.customerId,
    number: id.toUpperCase(),
    currency: 'NOK',
    issueDate: daysFromToday(seed.dueInDays - 14),
    dueDate: daysFromToday(seed.dueInDays),
    lines: [{ id: 'l1', description: 'Strøm', quantity: 1, unitPrice: amount, amount }],
    reminders: (seed.reminders ?? []).map((reminder) => ({
      sentAt: daysFromToday(seed.dueInDays + reminder.afterDue),
      channel: 'email',
      kind: reminder.kind,
    })),
  });
  return id;
}

/** The creditor stops the process for a customer: the account becomes `paused` (reason `creditor`). */
export async function pauseCustomer(customerId: string): Promise<void> {
  await admin('POST', `customers/${customerId}/pause`, {});
}

/** Everything that happened with a customer, as the creditor's back office sees it. */
export async function timelineOf(
  customerId: string,
): Promise<{ type: string; data?: Record<string, unknown> }[]> {
  const timeline = (await admin('GET', `customers/${customerId}/timeline`)) as {
    entries?: { type: string; data?: Record<string, unknown> }[];
  };
  return timeline.entries ?? [];
}

export interface TokenOptions {
  /** A token that expired an hour ago. */
  expired?: boolean;
  /** A token signed with a secret the server does not know. */
  forged?: boolean;
}

/** A customer token, as the portal's backend would mint it. */
export async function tokenFor(customerId: string, options: TokenOptions = {}): Promise<string> {
  const query = new URLSearchParams({ customer: customerId });
  if (options.expired) query.set('expired', '1');
  if (options.forged) query.set('forged', '1');
  const response = await fetch(`/__test/token?${query}`);
  if (!response.ok) {
    throw new Error(`/__test/token answered ${response.status}: ${await response.text()}`);
  }
  return response.text();
}

/**
 * Configure the SDK for `customerId` against the proxied API. `getToken` counts its calls, so tests
 * can see the one refresh after a 401.
 */
export function configureFor(
  customerId: string,
  options: { tokens?: TokenOptions[]; api?: string; locale?: string; formality?: Formality } = {},
): { tokenCalls: () => number } {
  let calls = 0;
  configure({
    api: options.api ?? '/v1',
    locale: options.locale,
    formality: options.formality,
    timeoutMs: 5_000,
    getToken: () => {
      const tokenOptions = options.tokens?.[Math.min(calls, options.tokens.length - 1)] ?? {};
      calls += 1;
      return tokenFor(customerId, tokenOptions);
    },
  });
  return { tokenCalls: () => calls };
}
