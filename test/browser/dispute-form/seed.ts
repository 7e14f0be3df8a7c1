/**
 * Invoices for the dispute form's tests, seeded through the real admin API (see
 * web-test-runner.config.mjs: one Norwegian creditor, Fjordlys Energi AS). Dates are relative to
 * today, so the stage and what stays payable come from the server's own rules.
 */
import { daysFromToday, seedCustomer, tokenFor, uniqueId } from '../support/api';

const nok = (amount: number) => ({ amount, currency: 'NOK' });

export interface SeededInvoice {
  customerId: string;
  invoiceId: string;
}

/** The CONTRACT example invoice, ten days overdue with a reminder sent: 1 441,00 kr power and a 49,00 kr fixed fee. */
export async function seedTwoLineInvoice(options: { locale?: string } = {}): Promise<SeededInvoice> {
  const customerId = await seedCustomer({ locale: options.locale ?? 'en' });
  const invoiceId = uniqueId('disp');
  const response = await fetch(`/__test/admin/invoices/${invoiceId}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      customerId,
      number: invoiceId.toUpperCase(),
      currency: 'NOK',
      issueDate: daysFromToday(-24),
      dueDate: daysFromToday(-10),
      lines: [
        {
          id: 'l1',
          description: 'Strøm, september',
          quantity: 1,
          unitPrice: nok(144_100),
          amount: nok(144_100),
        },
        { id: 'l2', description: 'Fastbeløp', quantity: 1, unitPrice: nok(4_900), amount: nok(4_900) },
      ],
      reminders: [{ sentAt: daysFromToday(-2), channel: 'email', kind: 'reminder' }],
    }),
  });
  if (!response.ok)
    throw new Error(`Seeding ${invoiceId} answered ${response.status}: ${await response.text()}`);
  return { customerId, invoiceId };
}

/** `GET /v1/account` as the customer sees it. */
export async function accountOf(customerId: string): Promise<{
  stage: string;
  totals: Record<'overdue' | 'open' | 'disputed', { amount: number; currency: string }>;
  invoices: { id: string; stage: string; disputed?: { amount: number } }[];
  disputes: { id: string; reference: string }[];
}> {
  const response = await fetch('/v1/account', {
    headers: { authorization: `Bearer ${await tokenFor(customerId)}` },
  });
  if (!response.ok) throw new Error(`GET /v1/account answered ${response.status}`);
  return response.json();
}
