/**
 * Invoices for the explainer's tests, seeded through the real admin API (see
 * web-test-runner.config.mjs: one Norwegian creditor, Fjordlys Energi AS). Dates are relative to
 * today, so fees, interest and the next step come from the server's own rules.
 */
import { daysFromToday, seedCustomer, uniqueId } from '../support/api';

async function admin(path: string, body: unknown): Promise<void> {
  const response = await fetch(`/__test/admin/${path}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) {
    throw new Error(`PUT /v1/admin/${path} answered ${response.status}: ${await response.text()}`);
  }
}

const nok = (amount: number) => ({ amount, currency: 'NOK' });

export interface SeededInvoice {
  customerId: string;
  invoiceId: string;
  number: string;
}

/**
 * A customer with an invoice that has everything the explainer can show: three lines (one metered,
 * with a delivery date and a line reference), order, contract and PO references, a link to the
 * document, a part payment, a reminder with a fee, interest running, and the final notice
 * (inkassovarsel, with its fee) as the next step.
 */
export async function seedRichInvoice(options: { locale?: string } = {}): Promise<SeededInvoice> {
  const customerId = await seedCustomer({ locale: options.locale ?? 'nb-NO' });
  const invoiceId = uniqueId('rich');
  const number = `R-${invoiceId.slice(-6).toUpperCase()}`;
  await admin(`invoices/${invoiceId}`, {
    customerId,
    number,
    currency: 'NOK',
    issueDate: daysFromToday(-39),
    dueDate: daysFromToday(-25),
    lines: [
      {
        id: 'l1',
        description: 'Strøm, september',
        quantity: 1201.5,
        unitPrice: nok(120),
        amount: nok(144_180),
        deliveredOn: daysFromToday(-41),
        reference: 'Måler 7070',
      },
      { id: 'l2', description: 'Fastbeløp', quantity: 1, unitPrice: nok(4_900), amount: nok(4_900) },
      {
        id: 'l3',
        description: 'Montering av hurtiglader',
        quantity: 1,
        unitPrice: nok(250_000),
        amount: nok(250_000),
        deliveredOn: daysFromToday(-44),
      },
    ],
    references: { order: 'ORD-5521', contract: 'K-2231', purchaseOrder: 'PO-8812' },
    documentUrl: 'https://fjordlys.example/faktura/rich.pdf',
    payments: [{ receivedOn: daysFromToday(-5), amount: nok(50_000), method: 'bank_transfer' }],
    reminders: [{ sentAt: daysFromToday(-10), channel: 'email', fee: nok(3_750), kind: 'reminder' }],
  });
  return { customerId, invoiceId, number };
}

/** A customer with an invoice not yet due: no fees, no interest, no reminders, no payments. */
export async function seedFreshInvoice(): Promise<SeededInvoice> {
  const customerId = await seedCustomer({ locale: 'en' });
  const invoiceId = uniqueId('fresh');
  const number = `F-${invoiceId.slice(-6).toUpperCase()}`;
  await admin(`invoices/${invoiceId}`, {
    customerId,
    number,
    currency: 'NOK',
    issueDate: daysFromToday(-4),
    dueDate: daysFromToday(10),
    lines: [
      { id: 'l1', description: 'Strøm, oktober', quantity: 1, unitPrice: nok(99_000), amount: nok(99_000) },
    ],
  });
  return { customerId, invoiceId, number };
}

/** A customer with an overdue invoice of `count` lines, each with a long, unbreakable reference. */
export async function seedManyLinesInvoice(count = 60): Promise<SeededInvoice> {
  const customerId = await seedCustomer({ locale: 'en' });
  const invoiceId = uniqueId('many');
  const number = `M-${invoiceId.slice(-6).toUpperCase()}`;
  const lines = Array.from({ length: count }, (_, index) => ({
    id: `line-${index + 1}`,
    description: `Ladeøkt ${index + 1}, hurtiglader Trondheim sentrum (forsinkelsesrenteberegningsgrunnlag)`,
    quantity: 12.75 + index,
    unitPrice: nok(459),
    amount: nok(Math.round((12.75 + index) * 459)),
    deliveredOn: daysFromToday(-40 - (index % 20)),
    reference: `CHARGE-SESSION-0000${index}-TRONDHEIM-SENTRUM-LADER-NR-42`,
  }));
  await admin(`invoices/${invoiceId}`, {
    customerId,
    number,
    currency: 'NOK',
    issueDate: daysFromToday(-34),
    dueDate: daysFromToday(-20),
    lines,
    references: { contract: 'RAMMEAVTALE-LADING-BEDRIFT-2026-TRONDHEIM-0000001' },
  });
  return { customerId, invoiceId, number };
}

/** A paid invoice: nothing left, no actions. */
export async function seedPaidInvoice(): Promise<SeededInvoice> {
  const customerId = await seedCustomer({ locale: 'en' });
  const invoiceId = uniqueId('paid');
  const number = `P-${invoiceId.slice(-6).toUpperCase()}`;
  await admin(`invoices/${invoiceId}`, {
    customerId,
    number,
    currency: 'NOK',
    issueDate: daysFromToday(-30),
    dueDate: daysFromToday(-16),
    lines: [
      { id: 'l1', description: 'Strøm, august', quantity: 1, unitPrice: nok(80_000), amount: nok(80_000) },
    ],
    payments: [{ receivedOn: daysFromToday(-17), amount: nok(80_000), method: 'card' }],
  });
  return { customerId, invoiceId, number };
}
