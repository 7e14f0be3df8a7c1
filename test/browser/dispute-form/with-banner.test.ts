import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/dispute-form/define';
import '../../../components/overdue-banner/define';
import type { AmicableDisputeForm } from '../../../components/dispute-form/dispute-form';
import type { AmicableOverdueBanner } from '../../../components/overdue-banner/overdue-banner';
import type { InvoiceDetail } from '../../../src/contract/invoice';
import { formatMoney } from '../../../src/domain/money';
import { configureFor, tokenFor } from '../support/api';
import { accountOf, seedTwoLineInvoice } from './seed';

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const nok = (amount: number) => norm(formatMoney({ amount, currency: 'NOK' }, 'en'));

/** What the invoice asks for now (the undisputed principal, fees and interest), from the API. */
async function amountToPay(customerId: string, invoiceId: string): Promise<number> {
  const response = await fetch(`/v1/invoices/${invoiceId}`, {
    headers: { authorization: `Bearer ${await tokenFor(customerId)}` },
  });
  return ((await response.json()) as InvoiceDetail).payment.amount.amount;
}

/** The banner's visible text, its own shadow root only (not the dialog it opens). */
const noticeText = (banner: AmicableOverdueBanner) =>
  norm(banner.shadowRoot?.querySelector('[part="notice"]')?.textContent);

describe('<amicable-dispute-form> opened from <amicable-overdue-banner>', () => {
  it('disputes one line from the banner; the banner then asks only for the undisputed rest', async () => {
    const seeded = await seedTwoLineInvoice();
    configureFor(seeded.customerId);
    const banner = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
    );
    await waitUntil(
      () => banner.shadowRoot?.querySelector('[part="notice"]') !== null,
      'the banner never showed',
      {
        timeout: 10_000,
      },
    );
    const before = await amountToPay(seeded.customerId, seeded.invoiceId);
    expect(before, 'the principal and the interest owed').to.be.greaterThan(149_000);
    expect(noticeText(banner)).to.include(nok(before));

    banner.shadowRoot!.querySelector<HTMLButtonElement>('[part~="action-dispute"]')!.click();
    await waitUntil(
      () => banner.querySelector('amicable-dispute-form')?.shadowRoot?.querySelector('form'),
      'no form',
      {
        timeout: 10_000,
      },
    );
    const form = banner.querySelector<AmicableDisputeForm>('amicable-dispute-form')!;
    expect(form.invoice).to.equal(seeded.invoiceId);
    const root = form.shadowRoot!;
    root.querySelector<HTMLInputElement>('#reason-wrong_amount')!.click();
    root.querySelector<HTMLInputElement>('#scope-lines')!.click();
    await form.updateComplete;
    root.querySelector<HTMLInputElement>('#line-1')!.click();
    const message = root.querySelector<HTMLTextAreaElement>('#message')!;
    message.value = 'The fixed fee was cancelled.';
    message.dispatchEvent(new InputEvent('input', { bubbles: true }));
    await form.updateComplete;
    root.querySelector<HTMLButtonElement>('[part="submit"]')!.click();

    // The form's event reaches the banner, which loads the account again.
    let rest = before;
    await waitUntil(
      async () => {
        rest = await amountToPay(seeded.customerId, seeded.invoiceId);
        return rest < before && noticeText(banner).includes(nok(rest));
      },
      'the banner never showed the undisputed rest',
      { timeout: 10_000, interval: 200 },
    );
    expect(rest, 'the 1 441,00 kr left and its interest').to.be.greaterThan(144_100);
    expect(rest).to.be.at.most(before - 4_900);
    expect(noticeText(banner)).to.not.include(nok(before));
    const account = await accountOf(seeded.customerId);
    expect(account.stage).to.equal('reminder');
    expect(account.totals.disputed.amount).to.equal(4_900);
  });
});
