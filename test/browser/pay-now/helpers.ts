import { fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import '../../../components/pay-now/define';
import type { AmicablePayNow } from '../../../components/pay-now/pay-now';
import { whenConfigured } from '../../../src/client/config';
import { InvoiceDetail } from '../../../src/contract/invoice';
import { Payment } from '../../../src/contract/payment';
import { daysFromToday, seedCustomer, seedInvoice, uniqueId } from '../support/api';

/** Text with runs of white space (and the non-breaking spaces `Intl` writes) folded to one space. */
export function norm(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

export function one<T extends Element = HTMLElement>(element: AmicablePayNow, selector: string): T {
  const found = element.shadowRoot!.querySelector<T>(selector);
  if (found === null) throw new Error(`Nothing matches ${selector} in <amicable-pay-now>`);
  return found;
}

export function all<T extends Element = HTMLElement>(element: AmicablePayNow, selector: string): T[] {
  return [...element.shadowRoot!.querySelectorAll<T>(selector)];
}

export function maybe<T extends Element = HTMLElement>(element: AmicablePayNow, selector: string): T | null {
  return element.shadowRoot!.querySelector<T>(selector);
}

/** A Norwegian customer with one overdue NOK invoice (a reminder sent, so a fee is due too). */
export async function seedOverdueNok(amount = 144_100): Promise<{ customerId: string; invoiceId: string }> {
  const customerId = await seedCustomer({ locale: 'en' });
  const invoiceId = await seedInvoice({
    customerId,
    dueInDays: -30,
    amount,
    reminders: [{ afterDue: 14, kind: 'reminder' }],
  });
  return { customerId, invoiceId };
}

async function admin(method: 'PUT' | 'POST', path: string, body: unknown): Promise<void> {
  const response = await fetch(`/__test/admin/${path}`, {
    method,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
}

/** A Dutch customer with one overdue euro invoice: paid by SEPA transfer with an RF reference and an EPC QR code. */
export async function seedOverdueEur(): Promise<{ customerId: string; invoiceId: string; number: string }> {
  const customerId = uniqueId('klant');
  await admin('PUT', `customers/${customerId}`, {
    name: 'Sanne de Vries',
    locale: 'nl-NL',
    country: 'NL',
    kind: 'consumer',
  });
  const invoiceId = uniqueId('factuur');
  const number = invoiceId.toUpperCase();
  const amount = { amount: 12_550, currency: 'EUR' };
  await admin('PUT', `invoices/${invoiceId}`, {
    customerId,
    number,
    currency: 'EUR',
    issueDate: daysFromToday(-40),
    dueDate: daysFromToday(-10),
    lines: [{ id: 'l1', description: 'Tulpenbollen', quantity: 1, unitPrice: amount, amount }],
  });
  return { customerId, invoiceId, number };
}

/** The invoice as the API describes it to the customer (the test's independent source of truth). */
export async function invoiceFromApi(invoiceId: string): Promise<InvoiceDetail> {
  const { client } = await whenConfigured();
  return client.request(InvoiceDetail, { path: `/invoices/${encodeURIComponent(invoiceId)}` });
}

/** A payment as the API reports it. */
export async function paymentFromApi(paymentId: string): Promise<Payment> {
  const { client } = await whenConfigured();
  return client.request(Payment, { path: `/payments/${encodeURIComponent(paymentId)}` });
}

/** Mounts `<amicable-pay-now>` and waits until it has loaded (form, notice or error). */
export async function mountPayNow(
  options: { invoices?: string; lang?: string | null } = {},
): Promise<AmicablePayNow> {
  const lang = options.lang === null ? undefined : (options.lang ?? 'en');
  const element = await fixture<AmicablePayNow>(
    html`<amicable-pay-now invoices=${options.invoices ?? ''} lang=${ifDefined(lang)}></amicable-pay-now>`,
  );
  await waitUntil(
    () => element.shadowRoot?.querySelector('[part="heading"], [role="alert"]') != null,
    '<amicable-pay-now> never finished loading',
    { timeout: 8_000 },
  );
  await element.updateComplete;
  return element;
}

/** Clicks a radio (method or amount) by its value and waits for the update. */
export async function choose(element: AmicablePayNow, name: string, value: string): Promise<void> {
  one<HTMLInputElement>(element, `input[name="${name}"][value="${value}"]`).click();
  await element.updateComplete;
}

/** Waits until the card form is mounted and the Pay button shows. */
export async function cardReady(element: AmicablePayNow): Promise<HTMLButtonElement> {
  await waitUntil(() => maybe(element, '[part="pay-button"]') !== null, 'the card form never became ready', {
    timeout: 8_000,
  });
  return one<HTMLButtonElement>(element, '[part="pay-button"]');
}
