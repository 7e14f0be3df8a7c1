/**
 * Helpers for the proposer's tests: customers and invoices seeded through the real admin API (one
 * Norwegian creditor with the default plan policy: at least 200 kr an instalment, up to 6
 * instalments within 6 months, the first within 30 days), and ways to reach into the element.
 */
import { fixture, type html, waitUntil } from '@open-wc/testing';
import '../../../components/instalment-proposer/define';
import type { AmicableInstalmentProposer } from '../../../components/instalment-proposer/instalment-proposer';
import { configureFor, daysFromToday, seedCustomer, seedInvoice, tokenFor } from '../support/api';

/** A customer with one invoice of 1 441,00 kr, 20 days overdue. */
export async function seedOverdue(options: { locale?: string; amount?: number } = {}): Promise<{
  customerId: string;
  invoiceId: string;
}> {
  const customerId = await seedCustomer({ locale: options.locale ?? 'en' });
  const invoiceId = await seedInvoice({ customerId, dueInDays: -20, amount: options.amount ?? 144_100 });
  return { customerId, invoiceId };
}

/** Mounts a proposer for the customer and waits until it shows its form, a result or a problem. */
export async function mount(
  customerId: string,
  template: ReturnType<typeof html>,
): Promise<AmicableInstalmentProposer> {
  configureFor(customerId);
  const wrapper = await fixture<HTMLElement>(template);
  const element =
    wrapper.localName === 'amicable-instalment-proposer'
      ? (wrapper as AmicableInstalmentProposer)
      : (wrapper.querySelector('amicable-instalment-proposer') as AmicableInstalmentProposer);
  await waitUntil(
    () => element.shadowRoot?.querySelector('form, [part="problem"], [part="result"]') !== null,
    'the proposer never showed its form',
    { timeout: 10_000 },
  );
  await element.updateComplete;
  return element;
}

export function one<E extends Element = HTMLElement>(element: Element, selector: string): E {
  const found = element.shadowRoot?.querySelector<E>(selector);
  if (!found) throw new Error(`${selector} not found in <${element.localName}>`);
  return found;
}

export function all<E extends Element = HTMLElement>(element: Element, selector: string): E[] {
  return [...(element.shadowRoot?.querySelectorAll<E>(selector) ?? [])];
}

/** The focused element, through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/** `text` with every run of white space (no-break spaces included) as one plain space, trimmed. */
export const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();

/** The schedule's rows as [due date, amount] texts. */
export function scheduleRows(element: Element): string[][] {
  return all(element, '[part="schedule"] tbody tr').map((row) =>
    [...row.querySelectorAll('td')].slice(0, 2).map((cell) => {
      const copy = cell.cloneNode(true) as HTMLElement;
      for (const note of copy.querySelectorAll('.fee-note')) note.remove();
      return norm(copy.textContent);
    }),
  );
}

/** Sets a field's value as typing would, then leaves it (`change`). */
export async function setField(
  element: AmicableInstalmentProposer,
  selector: string,
  value: string,
): Promise<void> {
  const field = one<HTMLInputElement | HTMLSelectElement>(element, selector);
  field.value = value;
  field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  field.dispatchEvent(new Event('change', { bubbles: true }));
  await element.updateComplete;
}

/** Proposes a plan straight through the API, as another tab of the same customer would. */
export async function proposeDirectly(customerId: string, invoiceId: string): Promise<Response> {
  return fetch('/v1/plans', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor(customerId)}`,
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
    },
    body: JSON.stringify({ invoiceIds: [invoiceId], count: 2, firstDueDate: daysFromToday(7) }),
  });
}

/**
 * The creditor as web-test-runner.config.mjs seeds it. One test changes the plan policy for a
 * moment (a policy changing while the customer fills in the form) and puts this back.
 */
export const seededCreditor = {
  name: 'Fjordlys Energi AS',
  country: 'NO',
  currency: 'NOK',
  locale: 'nb-NO',
  tone: { style: 'direct', formality: 'informal' },
  bankAccount: { accountNumber: '12345678903', iban: 'NO9386011117947', bic: 'DNBANOKK' },
  referenceScheme: 'kid',
  allowPartialPayments: true,
};

export async function putSettings(settings: unknown): Promise<void> {
  const response = await fetch('/__test/admin/settings', {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(settings),
  });
  if (!response.ok) throw new Error(`PUT settings answered ${response.status}: ${await response.text()}`);
}
