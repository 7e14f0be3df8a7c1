import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../components/overdue-banner/define';
import '../../../../components/pay-now/define';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { disputeFormData } from '../../../../src/contract/dispute';
import type { InvoiceDetail } from '../../../../src/contract/invoice';
import type { Money } from '../../../../src/contract/money';
import { formatMoney } from '../../../../src/domain/money';
import { configureFor, daysFromToday, seedCustomer, seedInvoice, tokenFor } from '../../support/api';

/**
 * The notice asks for exactly what pay-now asks for the same invoices: the principal still
 * payable plus the interest and fees owed, never the bare principal, and never the part under
 * dispute. Both figures come from the real API; the test reads the API's own figure for each
 * invoice to know what both must show.
 */
const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const shown = (money: Money) => norm(formatMoney(money, 'en'));

async function asCustomer(customerId: string, path: string, init: RequestInit = {}): Promise<Response> {
  const headers = new Headers(init.headers);
  headers.set('authorization', `Bearer ${await tokenFor(customerId)}`);
  return fetch(`/v1/${path}`, { ...init, headers });
}

/** What the invoice asks for by bank transfer, as the customer's API tells it. */
async function amountToPay(customerId: string, invoiceId: string): Promise<Money> {
  const response = await asCustomer(customerId, `invoices/${encodeURIComponent(invoiceId)}`);
  expect(response.ok, `GET /v1/invoices/${invoiceId}`).to.equal(true);
  return ((await response.json()) as InvoiceDetail).payment.amount;
}

const total = (amounts: Money[]): Money => ({
  amount: amounts.reduce((sum, money) => sum + money.amount, 0),
  currency: amounts[0]!.currency,
});

async function mountBanner(): Promise<AmicableOverdueBanner> {
  const element = await fixture<AmicableOverdueBanner>(
    html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
  );
  await waitUntil(() => element.matches(':state(shown)'), 'the notice did not show', { timeout: 8_000 });
  return element;
}

const partText = (element: AmicableOverdueBanner, name: string) =>
  norm(element.shadowRoot!.querySelector(`[part~="${name}"]`)?.textContent);

/** Opens pay-now from the notice and returns its text once it has loaded the invoices. */
async function payNowText(element: AmicableOverdueBanner, expected: string): Promise<string> {
  element.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action-pay"]')!.click();
  await waitUntil(() => element.querySelector('amicable-dialog')?.open, 'dialog open', { timeout: 5_000 });
  const payNow = element.querySelector('amicable-dialog amicable-pay-now')!;
  const text = () => norm(payNow.shadowRoot?.querySelector('[part~="amount"], [part~="total"]')?.textContent);
  await waitUntil(() => text() !== '', 'pay-now never showed its amount', { timeout: 8_000 });
  // Reported whole on failure, so a wrong figure is seen, not just "not found".
  expect(text()).to.contain(expected);
  return text();
}

describe('<amicable-overdue-banner> amount', () => {
  afterEach(() => {
    for (const dialog of document.querySelectorAll('amicable-dialog')) dialog.remove();
    localStorage.clear();
  });

  it('is what pay-now asks for the same invoices, interest and fees included', async () => {
    const customerId = await seedCustomer({ style: 'direct', formality: 'informal' });
    const older = await seedInvoice({
      customerId,
      dueInDays: -20,
      amount: 144_100,
      reminders: [{ afterDue: 3, kind: 'reminder' }],
    });
    const newer = await seedInvoice({ customerId, dueInDays: -4, amount: 20_000 });
    await seedInvoice({ customerId, dueInDays: 9, amount: 50_000 }); // not due yet: not on the notice
    configureFor(customerId);
    const element = await mountBanner();

    const due = total([await amountToPay(customerId, older), await amountToPay(customerId, newer)]);
    // Interest runs from the due date: the principal alone would be the wrong figure.
    expect(due.amount).to.be.greaterThan(144_100 + 20_000);
    expect(partText(element, 'heading')).to.contain(shown(due));
    expect(partText(element, 'body')).to.contain(shown(due));
    expect(partText(element, 'body')).not.to.contain(shown({ amount: 164_100, currency: 'NOK' }));
    // …and says how much of it is interest and fees.
    expect(partText(element, 'body')).to.contain(
      shown({ amount: due.amount - 164_100, currency: due.currency }),
    );
    await payNowText(element, shown(due));
  });

  it('leaves out the part under dispute, as pay-now does', async () => {
    const customerId = await seedCustomer({ style: 'direct', formality: 'informal' });
    const invoiceId = await seedInvoice({ customerId, dueInDays: -10, amount: 149_000 });
    const response = await asCustomer(customerId, 'disputes', {
      method: 'POST',
      headers: { 'idempotency-key': crypto.randomUUID() },
      body: disputeFormData({
        invoiceId,
        reason: 'wrong_amount',
        amount: { amount: 4_900, currency: 'NOK' },
        message: 'The fixed fee was cancelled.',
      }),
    });
    expect(response.status).to.equal(201);
    configureFor(customerId);
    const element = await mountBanner();
    expect(element.account!.stage, 'a part disputed keeps the stage for the rest').to.equal('reminder');

    const due = await amountToPay(customerId, invoiceId);
    expect(due.amount).to.be.greaterThan(149_000 - 4_900);
    expect(due.amount).to.be.lessThan(149_000);
    expect(partText(element, 'heading')).to.contain(shown(due));
    await payNowText(element, shown(due));
  });

  it('is the principal before the due date, when nothing is charged', async () => {
    const customerId = await seedCustomer({ style: 'direct', formality: 'informal' });
    const invoiceId = await seedInvoice({ customerId, dueInDays: 2, amount: 31_500 });
    configureFor(customerId);
    const element = await mountBanner();
    expect(element.account!.stage).to.equal('upcoming');
    expect(element.account!.invoices[0]!.dueDate).to.equal(daysFromToday(2));
    const due = await amountToPay(customerId, invoiceId);
    expect(due).to.deep.equal({ amount: 31_500, currency: 'NOK' });
    expect(partText(element, 'body')).to.contain(shown(due));
    await payNowText(element, shown(due));
  });
});
