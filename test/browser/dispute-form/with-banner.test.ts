import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../components/dispute-form/define';
import '../../../components/overdue-banner/define';
import type { AmicableDisputeForm } from '../../../components/dispute-form/dispute-form';
import type { AmicableOverdueBanner } from '../../../components/overdue-banner/overdue-banner';
import { formatMoney } from '../../../src/domain/money';
import { configureFor } from '../support/api';
import { accountOf, seedTwoLineInvoice } from './seed';

const norm = (text: string | null | undefined) => (text ?? '').replace(/\s+/g, ' ').trim();
const nok = (amount: number) => norm(formatMoney({ amount, currency: 'NOK' }, 'en'));

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
    expect(noticeText(banner)).to.include(nok(149_000));

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
    await waitUntil(
      () => noticeText(banner).includes(nok(144_100)),
      'the banner never showed the undisputed rest',
      {
        timeout: 10_000,
      },
    );
    expect(noticeText(banner)).to.not.include(nok(149_000));
    const account = await accountOf(seeded.customerId);
    expect(account.stage).to.equal('reminder');
    expect(account.totals.disputed.amount).to.equal(4_900);
  });
});
