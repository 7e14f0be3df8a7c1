import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BannerParams } from '../../../src/client/i18n/messages';
import type { InvoiceDetail } from '../../../src/contract/invoice';
import { formatMoney } from '../../../src/domain/money';
import { referenceForInvoice } from '../../../src/domain/references';
import {
  adminRequest,
  bannerButton,
  bannerHeading,
  bannerNotice,
  bannerText,
  customerRequest,
  expectCleanJourney,
  explainer,
  flowDialog,
  type Journeys,
  logIn,
  markets,
  normalise,
  reload,
  seededCustomer,
  startJourneys,
  step,
  todayIso,
  waitForDialog,
  waitForText,
} from './journey';

/**
 * A customer with one overdue invoice, in Norway (KID) and in the Netherlands (betalingskenmerk):
 * reads the notice, looks at the invoice, pays by bank transfer with the structured reference,
 * and once the creditor has seen the money on its statement the notice is gone.
 */
let journeys: Journeys;

beforeAll(async () => {
  journeys = await startJourneys();
}, 120_000);

afterAll(async () => {
  await journeys?.close();
});

// Way-out sentences take no parameters; these placeholders are never shown.
const noParams: BannerParams = { amount: '', count: 1, dueDate: '', creditor: '' };

describe.each(markets)('bank transfer ($language, $variant)', (market) => {
  it('log in → notice in the right tone → the invoice → the reference → paid → no notice', async () => {
    const { messages, tone } = market;
    const customer = seededCustomer(journeys.demo, market, 'reminder');
    const journey = await logIn(journeys, market, customer);

    // The notice speaks in the creditor's tone, and only in it.
    const text = await bannerText(journey);
    const copy = messages.banner.reminder[tone.style];
    expect(text).toContain(normalise(copy[tone.formality].wayOut(noParams)));
    expect(text).not.toContain(normalise(copy[market.otherFormality].wayOut(noParams)));
    for (const action of ['view', 'pay', 'plan', 'promise', 'dispute'] as const) {
      expect(await bannerButton(journey, messages.actions[action]).isVisible()).toBe(true);
    }
    await step(journey, 'bank-1-notice');

    // "View the invoice" opens the explainer in a dialog.
    await bannerButton(journey, messages.actions.view).click();
    const dialog = await waitForDialog(journey, messages.actions.view);
    const heading = dialog.locator('amicable-invoice-explainer').getByRole('heading', { level: 2 }).first();
    await heading.waitFor();
    const invoiceNumber = normalise((await heading.textContent()) ?? '')
      .replace(normalise(messages.explainer.heading({ number: '' })), '')
      .trim();
    expect(invoiceNumber).toMatch(/^\d{4}-\d{4}$/);
    const reference = referenceForInvoice(market.referenceScheme, {
      customerNumber: customer.id,
      invoiceNumber,
    });
    await waitForText(
      dialog.locator('amicable-invoice-explainer [part~="bank-transfer"]'),
      reference.display,
    );
    await step(journey, 'bank-2-explainer');
    await journey.page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });

    // "Pay now": without Stripe the demo honestly offers bank transfer only, with the reference,
    // for the amount the notice named: the principal with the interest owed, to the cent.
    const invoiceId = customer.invoiceIds[0]!;
    const invoice = await customerRequest<InvoiceDetail>(journey, `invoices/${invoiceId}`);
    const toPay = formatMoney(invoice.payment.amount, market.locale);
    expect(invoice.payment.amount.amount).toBeGreaterThan(invoice.outstanding.amount);
    await waitForText(bannerHeading(journey), toPay);
    await bannerButton(journey, messages.actions.pay).click();
    const payNow = (await waitForDialog(journey, messages.actions.pay)).locator('amicable-pay-now');
    await waitForText(payNow, messages.payNow.bankTransferOnly);
    await waitForText(payNow.locator('[part~="total"], [part~="amount"]'), toPay);
    await waitForText(payNow.locator('[part~="reference"]'), reference.display);
    await waitForText(payNow, messages.payNow.referenceSchemes[market.referenceScheme]);
    expect(await payNow.getByRole('radio', { name: messages.payNow.card }).count()).toBe(0);
    await step(journey, 'bank-3-pay-by-transfer');
    await flowDialog(journey).getByRole('button', { name: messages.common.dialogClose }).click();
    await flowDialog(journey).waitFor({ state: 'detached' });

    // The money arrives; the creditor records it from its bank statement.
    expect(invoice.payment.reference.value).toBe(reference.reference);
    await adminRequest(journeys.demo, market.variant, 'POST', `invoices/${invoiceId}/payments`, {
      receivedOn: todayIso(),
      amount: invoice.payment.amount,
      method: 'bank_transfer',
    });

    await reload(journey);
    await waitForText(explainer(journey), messages.explainer.nothingToPay);
    await journey.page.waitForFunction(
      () => document.querySelector('amicable-overdue-banner')?.account !== undefined,
    );
    expect(await bannerNotice(journey).count()).toBe(0);
    await step(journey, 'bank-4-paid');

    await expectCleanJourney(journey);
    await journey.context.close();
  });
});
