import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AmicableErrorEvent } from '../../../components/base/events/amicable-error';
import type { AmicablePaidEvent } from '../../../components/base/events/amicable-paid';
import type { AmicablePaymentFailedEvent } from '../../../components/base/events/amicable-payment-failed';
import { AmicablePayNow } from '../../../components/pay-now/pay-now';
import { encodeEpcQr, qrPath } from '../../../components/pay-now/qr';
import { setStripeFactory } from '../../../src/client/stripe-loader';
import { formatRf, isValidKid, isValidRf } from '../../../src/domain';
import { formatMoney } from '../../../src/domain/money';
import { animationsFinished } from '../support/animations';
import { configureFor, seedCustomer, seedInvoice } from '../support/api';
import { spyOnWarnings, type WarningSpy } from '../support/console';
import { createFakeStripe, type FakeStripeJs, intentIdOf } from './fake-stripe';
import {
  all,
  cardReady,
  choose,
  invoiceFromApi,
  maybe,
  mountPayNow,
  norm,
  one,
  paymentFromApi,
  seedOverdueEur,
  seedOverdueNok,
} from './helpers';

const nok = (amount: number, locale = 'en') => norm(formatMoney({ amount, currency: 'NOK' }, locale));

describe('<amicable-pay-now>', () => {
  let warnings: WarningSpy;
  let stripe: FakeStripeJs;

  beforeEach(() => {
    warnings = spyOnWarnings();
    stripe = createFakeStripe();
    setStripeFactory(stripe.factory);
  });

  afterEach(() => {
    expect(warnings.litWarnings(), 'Lit dev-mode warnings').to.deep.equal([]);
    warnings.restore();
    setStripeFactory(undefined);
  });

  describe('defaults and attributes', () => {
    it('is registered by define.ts and pays every overdue invoice when `invoices` is empty', async () => {
      expect(customElements.get('amicable-pay-now')).to.equal(AmicablePayNow);
      const { customerId, invoiceId } = await seedOverdueNok(100_000);
      const second = await seedInvoice({ customerId, dueInDays: -5, amount: 20_000 });
      await seedInvoice({ customerId, dueInDays: 10, amount: 99_900 }); // not due yet: not included
      configureFor(customerId);
      const element = await mountPayNow({ lang: null });
      expect(element.invoices).to.deep.equal([]);
      expect(element.locale).to.equal('en');
      expect(norm(one(element, '[part="heading"]').textContent)).to.equal('Pay now');

      const due =
        (await invoiceFromApi(invoiceId)).payment.amount.amount +
        (await invoiceFromApi(second)).payment.amount.amount;
      await choose(element, 'amount', 'full');
      expect(norm(one(element, 'label.choice').textContent)).to.equal(`Full amount (${nok(due)})`);

      await choose(element, 'method', 'bank');
      const transfers = all(element, '[part="transfer"]');
      expect(transfers).to.have.length(2);
      expect(transfers.map((transfer) => norm(transfer.querySelector('h3')?.textContent))).to.deep.equal([
        `Invoice ${invoiceId.toUpperCase()}`,
        `Invoice ${second.toUpperCase()}`,
      ]);
    });

    it('pays only the invoices named in `invoices`, and follows a change of the attribute', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      const other = await seedInvoice({ customerId, dueInDays: -3, amount: 5_000 });
      configureFor(customerId);
      const element = await mountPayNow({ invoices: ` ${invoiceId} ` });
      const due = (await invoiceFromApi(invoiceId)).payment.amount;
      await choose(element, 'method', 'bank');
      expect(all(element, '[part="transfer"]')).to.have.length(1);
      expect(norm(one(element, `#value-${invoiceId}-amount`).textContent)).to.equal(nok(due.amount));

      element.invoices = other;
      await element.updateComplete;
      await waitUntil(() => maybe(element, 'input[name="method"]') !== null, 'never reloaded');
      await choose(element, 'method', 'bank');
      expect(maybe(element, `#value-${other}-amount`)).to.not.equal(null);
      expect(maybe(element, `#value-${invoiceId}-amount`)).to.equal(null);
    });

    it('says there is nothing to pay when every named invoice is settled', async () => {
      const customerId = await seedCustomer({ locale: 'en' });
      const invoiceId = await seedInvoice({ customerId, dueInDays: -10, amount: 10_000 });
      const pay = await fetch(`/__test/admin/invoices/${invoiceId}/payments`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'idempotency-key': `k-${invoiceId}` },
        body: JSON.stringify({
          amount: { amount: 10_000, currency: 'NOK' },
          receivedOn: new Date().toISOString().slice(0, 10),
        }),
      });
      expect(pay.ok, await pay.clone().text()).to.equal(true);
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      expect(norm(one(element, '[part="notice"]').textContent)).to.equal(
        'There is nothing to pay right now.',
      );
      expect(maybe(element, 'input[name="method"]')).to.equal(null);
    });

    it('shows a neutral message with a retry and emits amicable-error when the API cannot be reached', async () => {
      const port = await (await fetch('/__test/closed-port')).text();
      const { customerId } = await seedOverdueNok();
      configureFor(customerId, { api: `http://127.0.0.1:${port}/v1` });
      const errored = new Promise<AmicableErrorEvent>((resolve) =>
        document.addEventListener('amicable-error', resolve as EventListener, { once: true }),
      );
      const element = await mountPayNow();
      const event = await errored;
      expect(event.detail.code).to.equal('network_error');
      expect(norm(one(element, '[role="alert"]').textContent)).to.contain('could not load');
      expect(norm(one(element, 'button').textContent)).to.equal('Try again');
    });
  });

  describe('bank transfer', () => {
    it('shows account, amount and the KID, each with a copy button that announces "Copied"', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'bank');
      const instructions = (await invoiceFromApi(invoiceId)).payment;
      expect(instructions.reference.scheme).to.equal('kid');
      expect(isValidKid(instructions.reference.value)).to.equal(true);

      expect(norm(one(element, `#value-${invoiceId}-account`).textContent)).to.equal('1234 56 78903');
      expect(norm(one(element, `#value-${invoiceId}-amount`).textContent)).to.equal(
        nok(instructions.amount.amount),
      );
      expect(norm(one(element, '[part~="reference"]').textContent)).to.equal(instructions.reference.display);
      const labels = all(element, 'dt').map((dt) => norm(dt.textContent));
      expect(labels).to.include.members(['Account holder', 'Account number', 'Amount', 'KID number']);

      const written: string[] = [];
      const original = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: async (text: string) => void written.push(text) },
      });
      try {
        const copyKid = one<HTMLButtonElement>(element, `button[data-copy="${invoiceId}-reference"]`);
        expect(norm(copyKid.textContent)).to.equal('Copy KID number');
        copyKid.click();
        await waitUntil(
          () => norm(one(element, '[role="status"][aria-live="polite"]').textContent) === 'Copied',
        );
        expect(written).to.deep.equal([instructions.reference.value]);
        expect(norm(copyKid.textContent)).to.equal('Copied');

        one<HTMLButtonElement>(element, `button[data-copy="${invoiceId}-amount"]`).click();
        await waitUntil(() => written.length === 2);
        const plain = (instructions.amount.amount / 100).toFixed(2);
        expect(written[1]).to.equal(plain);
        one<HTMLButtonElement>(element, `button[data-copy="${invoiceId}-account"]`).click();
        await waitUntil(() => written.length === 3);
        expect(written[2]).to.equal('12345678903');
      } finally {
        delete (navigator as { clipboard?: unknown }).clipboard;
        if (original) Object.defineProperty(Navigator.prototype, 'clipboard', original);
      }
    });

    it('falls back to execCommand when the Clipboard API refuses, and says so when that fails too', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'bank');
      const live = one(element, '[role="status"][aria-live="polite"]');
      Object.defineProperty(navigator, 'clipboard', {
        configurable: true,
        value: { writeText: () => Promise.reject(new DOMException('Denied', 'NotAllowedError')) },
      });
      const execCommand = document.execCommand;
      const commands: string[] = [];
      let answer = true;
      document.execCommand = (command: string) => {
        commands.push(command);
        return answer;
      };
      try {
        one<HTMLButtonElement>(element, `button[data-copy="${invoiceId}-reference"]`).click();
        await waitUntil(() => norm(live.textContent) === 'Copied', 'the fallback copy was not announced');
        expect(commands).to.deep.equal(['copy']);
        expect(element.shadowRoot!.querySelector('textarea')).to.equal(null);

        answer = false;
        one<HTMLButtonElement>(element, `button[data-copy="${invoiceId}-account"]`).click();
        await waitUntil(() => norm(live.textContent).startsWith('Copying did not work'));
      } finally {
        document.execCommand = execCommand;
        delete (navigator as { clipboard?: unknown }).clipboard;
      }
    });

    it('gives a euro invoice an RF reference and an EPC QR code (level M) drawn from the API payload', async () => {
      const { customerId, invoiceId } = await seedOverdueEur();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'bank');
      const instructions = (await invoiceFromApi(invoiceId)).payment;
      expect(instructions.reference.scheme).to.equal('rf');
      expect(isValidRf(instructions.reference.value)).to.equal(true);
      expect(norm(one(element, '[part~="reference"]').textContent)).to.equal(
        formatRf(instructions.reference.value),
      );
      expect(norm(one(element, `#value-${invoiceId}-iban`).textContent)).to.equal('NO93 8601 1117 947');

      const payload = instructions.epcQr!;
      const lines = payload.split('\n');
      expect(lines.slice(0, 4)).to.deep.equal(['BCD', '002', '1', 'SCT']);
      expect(lines[6]).to.equal('NO9386011117947');
      expect(lines[7]).to.equal(`EUR${(instructions.amount.amount / 100).toFixed(2)}`);
      expect(lines[9]).to.equal(instructions.reference.value);
      expect(new TextEncoder().encode(payload).length).to.be.at.most(331);

      await waitUntil(() => maybe(element, '[part="qr"] svg') !== null, 'the QR code never showed');
      const svg = one<SVGSVGElement>(element, '[part="qr"] svg');
      expect(svg.getAttribute('data-payload')).to.equal(payload);
      expect(svg.getAttribute('aria-label')).to.equal('QR code with the transfer details');
      const symbol = await encodeEpcQr(payload);
      expect(svg.querySelector('path')!.getAttribute('d')).to.equal(qrPath(symbol.modules));
      expect(svg.getAttribute('viewBox')).to.equal(`0 0 ${symbol.size} ${symbol.size}`);
    });

    it('is accessible (axe), QR code and copy buttons included', async () => {
      const { customerId, invoiceId } = await seedOverdueEur();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'bank');
      await waitUntil(() => maybe(element, '[part="qr"] svg') !== null);
      await animationsFinished();
      await expect(element).to.be.accessible();
    });
  });

  describe('card or wallet through the Payment Element', () => {
    it('loads Stripe.js only when card is chosen, mounts in light DOM, themes it, and pays', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      expect(stripe.loads, 'Stripe.js before the customer chose card').to.deep.equal([]);
      const due = (await invoiceFromApi(invoiceId)).payment.amount;

      await choose(element, 'method', 'card');
      const pay = await cardReady(element);
      expect(stripe.loads).to.have.length(1);
      expect(stripe.loads[0]).to.match(/^pk_test_/);
      const mount = stripe.mounts[0]!;
      expect(mount.parentElement, 'mounted in the light DOM of the element').to.equal(element);
      expect(mount.slot).to.equal('payment-element');
      expect(mount.getRootNode()).to.equal(document);
      const call = stripe.elementsCalls[0]!;
      expect(call.clientSecret).to.match(/^pi_[0-9a-f]+_secret_/);
      expect(call.locale).to.equal('en');
      expect((call.appearance as { variables: Record<string, string> }).variables).to.include({
        colorPrimary: '#0b57d0',
        colorBackground: '#ffffff',
        borderRadius: '8px',
      });
      expect(norm(pay.textContent)).to.equal(`Pay ${nok(due.amount)}`);

      const paid = oneEvent(element, 'amicable-paid') as Promise<AmicablePaidEvent>;
      pay.click();
      const event = await paid;
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.invoiceIds).to.deep.equal([invoiceId]);
      expect(event.detail.payment).to.include({ status: 'succeeded', clientSecret: null });
      expect(event.detail.payment.amount).to.deep.equal(due);
      expect(stripe.confirms).to.deep.equal([{ redirect: 'if_required', returnUrl: location.href }]);
      await element.updateComplete;
      expect(norm(one(element, '[part="receipt"] h3').textContent)).to.equal(
        'Thank you, your payment has been received',
      );
      expect(element.shadowRoot!.activeElement).to.equal(one(element, '[part="receipt"] h3'));
      expect(norm(one(element, '.receipt-reference').textContent)).to.equal(
        `Receipt number ${event.detail.payment.id}`,
      );
      expect(element.querySelector('[slot="payment-element"]'), 'the mount node is cleaned up').to.equal(
        null,
      );

      // Stripe's webhook reached the API: the invoice is paid there, not just in the browser.
      await waitUntil(
        async () => (await invoiceFromApi(invoiceId)).status === 'paid',
        'the API never saw the payment',
      );
      expect((await paymentFromApi(event.detail.payment.id)).status).to.equal('succeeded');
      await expect(element).to.be.accessible();
    });

    it('explains a decline kindly, emits amicable-payment-failed, and lets the customer try again', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'card');
      stripe.nextOutcome = 'declined';
      const failed = oneEvent(element, 'amicable-payment-failed') as Promise<AmicablePaymentFailedEvent>;
      (await cardReady(element)).click();
      const event = await failed;
      expect(event.detail.code).to.equal('insufficient_funds');
      expect(event.detail.message).to.equal('Your card has insufficient funds.');
      await element.updateComplete;
      const declined = one(element, '[part="declined"]');
      expect(declined.getAttribute('role')).to.equal('alert');
      expect(norm(declined.textContent)).to.contain('The payment did not go through');
      expect(norm(declined.textContent)).to.contain('No money has been taken.');
      expect(norm(declined.textContent)).to.contain('Your card has insufficient funds.');
      await expect(element).to.be.accessible();

      const retry = one<HTMLButtonElement>(element, '[part="pay-button"]');
      expect(norm(retry.textContent)).to.equal('Try again');
      stripe.nextOutcome = 'succeeded';
      const paid = oneEvent(element, 'amicable-paid') as Promise<AmicablePaidEvent>;
      retry.click();
      const success = await paid;
      expect(success.detail.payment.id).to.equal(event.detail.paymentId);
      expect(stripe.loads, 'one Stripe.js, one PaymentIntent for both attempts').to.have.length(1);
      expect(new Set(stripe.elementsCalls.map((call) => intentIdOf(call.clientSecret))).size).to.equal(1);
    });

    it('offers bank transfer after a decline', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'card');
      stripe.nextOutcome = 'declined';
      (await cardReady(element)).click();
      await waitUntil(() => maybe(element, '[part="declined"]') !== null);
      const instead = all<HTMLButtonElement>(element, '.actions button').find(
        (button) => norm(button.textContent) === 'Pay by bank transfer instead',
      )!;
      instead.click();
      await element.updateComplete;
      expect(maybe(element, '[part="bank-transfer"]')).to.not.equal(null);
      expect(one<HTMLInputElement>(element, 'input[value="bank"]').checked).to.equal(true);
    });

    it('leaves incomplete card fields to Stripe: no decline, the form stays', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'card');
      stripe.nextOutcome = 'validation_error';
      let failures = 0;
      element.addEventListener('amicable-payment-failed', () => failures++);
      const pay = await cardReady(element);
      pay.click();
      await waitUntil(() => stripe.confirms.length === 1 && pay.getAttribute('aria-disabled') === 'false');
      expect(failures).to.equal(0);
      expect(maybe(element, '[part="declined"]')).to.equal(null);
    });

    it('waits through 3-D Secure (redirect only if required) and then pays', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'card');
      stripe.nextOutcome = 'requires_action';
      const pay = await cardReady(element);
      const paid = oneEvent(element, 'amicable-paid') as Promise<AmicablePaidEvent>;
      pay.click();
      const challenge = await stripe.challenge();
      await element.updateComplete;
      expect(norm(pay.textContent)).to.equal('Processing the payment…');
      expect(pay.getAttribute('aria-disabled')).to.equal('true');
      pay.click(); // a second press while waiting does nothing
      expect(stripe.confirms).to.have.length(1);
      challenge.querySelector('button')!.click();
      const event = await paid;
      expect(event.detail.payment.status).to.equal('succeeded');
      await waitUntil(async () => (await invoiceFromApi(invoiceId)).status === 'paid');
    });

    it('reports a failed 3-D Secure as a decline', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'method', 'card');
      stripe.nextOutcome = 'requires_action';
      const failed = oneEvent(element, 'amicable-payment-failed') as Promise<AmicablePaymentFailedEvent>;
      (await cardReady(element)).click();
      (await stripe.challenge()).querySelectorAll('button')[1]!.click();
      expect((await failed).detail.code).to.equal('payment_intent_authentication_failure');
      expect((await invoiceFromApi(invoiceId)).status).to.equal('open');
    });

    it('says plainly within a few seconds when Stripe.js cannot load, and shows the bank transfer', async () => {
      setStripeFactory(() => new Promise(() => {})); // packets silently dropped: never settles
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      const errored = oneEvent(element, 'amicable-error') as Promise<AmicableErrorEvent>;
      const started = performance.now();
      await choose(element, 'method', 'card');
      expect(norm(one(element, '[part="card"] [role="status"]').textContent)).to.equal(
        'Loading the card form…',
      );
      const event = await errored;
      expect(performance.now() - started).to.be.below(8_000);
      expect(event.detail).to.include({ code: 'payment_provider_unavailable', retryable: true });
      await element.updateComplete;
      expect(norm(one(element, '[part="notice"][role="alert"]').textContent)).to.contain(
        'Card payment cannot be loaded just now.',
      );
      expect(maybe(element, '[part="bank-transfer"]')).to.not.equal(null);
      expect(maybe(element, 'input[name="method"]')).to.equal(null);
      expect(element.querySelector('[slot="payment-element"]')).to.equal(null);
      await expect(element).to.be.accessible();

      // "Try again" tries again: this time Stripe.js loads.
      setStripeFactory(stripe.factory);
      one<HTMLButtonElement>(element, '[part="notice"] button').click();
      await cardReady(element);
    });

    it('refuses to mount inside a shadow root and offers the bank transfer instead', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const element = document.createElement('amicable-pay-now');
      element.invoices = invoiceId;
      element.lang = 'en';
      const errored = oneEvent(element, 'amicable-error') as Promise<AmicableErrorEvent>;
      root.append(element);
      await waitUntil(() => element.shadowRoot?.querySelector('input[name="method"]') != null);
      await choose(element, 'method', 'card');
      expect((await errored).detail.message).to.contain('shadow root');
      await element.updateComplete;
      expect(maybe(element, '[part="bank-transfer"]')).to.not.equal(null);
      expect(stripe.loads).to.deep.equal([]);
    });
  });

  describe('part payments', () => {
    it('validates the part as typed and charges exactly that part', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      const due = (await invoiceFromApi(invoiceId)).payment.amount.amount;
      await choose(element, 'amount', 'part');
      const input = one<HTMLInputElement>(element, '#part-amount');
      expect(element.shadowRoot!.activeElement).to.equal(input);
      expect(norm(one(element, '#part-hint').textContent)).to.equal(`Between ${nok(300)} and ${nok(due)}.`);

      const type = async (text: string) => {
        input.value = text;
        input.dispatchEvent(new Event('input'));
        await element.updateComplete;
        return norm(maybe(element, '#part-error')?.textContent);
      };
      expect(await type('abc')).to.equal('Please enter an amount, such as 150 or 150.50.');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(input.getAttribute('aria-describedby')).to.equal('part-hint part-error');
      expect(await type('1')).to.equal(`Please enter at least ${nok(300)}.`);
      expect(await type(String(due))).to.equal(`Please enter no more than ${nok(due)}.`);
      expect(await type('500,50')).to.equal('');
      input.dispatchEvent(new Event('change'));

      await choose(element, 'method', 'card');
      const pay = await cardReady(element);
      expect(norm(pay.textContent)).to.equal(`Pay ${nok(50_050)}`);
      const paid = oneEvent(element, 'amicable-paid') as Promise<AmicablePaidEvent>;
      pay.click();
      expect((await paid).detail.payment.amount).to.deep.equal({ amount: 50_050, currency: 'NOK' });
      await waitUntil(async () => (await invoiceFromApi(invoiceId)).status === 'part_paid');
    });

    it('puts the part in the bank transfer and its QR code too', async () => {
      const { customerId, invoiceId } = await seedOverdueEur();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await choose(element, 'amount', 'part');
      const input = one<HTMLInputElement>(element, '#part-amount');
      input.value = '20.00';
      input.dispatchEvent(new Event('input'));
      input.dispatchEvent(new Event('change'));
      await choose(element, 'method', 'bank');
      expect(norm(one(element, `#value-${invoiceId}-amount`).textContent)).to.equal(
        norm(formatMoney({ amount: 2_000, currency: 'EUR' }, 'en')),
      );
      await waitUntil(() => maybe(element, '[part="qr"] svg') !== null);
      const payload = one(element, '[part="qr"] svg').getAttribute('data-payload')!;
      expect(payload.split('\n')[7]).to.equal('EUR20.00');
      expect(payload.split('\n')[9]).to.equal((await invoiceFromApi(invoiceId)).payment.reference.value);
    });
  });

  describe('keyboard', () => {
    it('reaches every control in order and pays with the keyboard alone', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId });
      await sendKeys({ press: 'Tab' }); // the amount radios (full is checked)
      expect((element.shadowRoot!.activeElement as HTMLInputElement).value).to.equal('full');
      await sendKeys({ press: 'Tab' }); // the method radios (none checked: the first)
      expect((element.shadowRoot!.activeElement as HTMLInputElement).name).to.equal('method');
      await sendKeys({ press: 'ArrowDown' }); // arrows select within the group: bank transfer
      await element.updateComplete;
      expect(maybe(element, '[part="bank-transfer"]')).to.not.equal(null);
      await sendKeys({ press: 'ArrowUp' }); // back to card
      const pay = await cardReady(element);
      // Tab through the mounted (fake) card form to the Pay button.
      for (let index = 0; index < 4 && element.shadowRoot!.activeElement !== pay; index++) {
        await sendKeys({ press: 'Tab' });
      }
      expect(element.shadowRoot!.activeElement).to.equal(pay);
      const paid = oneEvent(element, 'amicable-paid');
      await sendKeys({ press: 'Enter' });
      await paid;
    });
  });

  describe('locales', () => {
    it('speaks Norwegian (bokmål) with Norwegian amounts', async () => {
      const { customerId, invoiceId } = await seedOverdueNok();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId, lang: 'nb-NO' });
      await waitUntil(() => norm(maybe(element, '[part="heading"]')?.textContent) === 'Betal nå');
      expect(norm(one(element, '[part="methods"] legend').textContent)).to.equal('Velg betalingsmåte');
      await choose(element, 'method', 'bank');
      const due = (await invoiceFromApi(invoiceId)).payment.amount.amount;
      expect(norm(one(element, `#value-${invoiceId}-amount`).textContent)).to.equal(nok(due, 'nb-NO'));
      expect(norm(one(element, `button[data-copy="${invoiceId}-reference"]`).textContent)).to.equal(
        'Kopier KID',
      );
      await choose(element, 'method', 'card');
      await cardReady(element);
      expect(stripe.elementsCalls[0]!.locale).to.equal('nb');
    });

    it('speaks Dutch', async () => {
      const { customerId, invoiceId } = await seedOverdueEur();
      configureFor(customerId);
      const element = await mountPayNow({ invoices: invoiceId, lang: 'nl-NL' });
      await waitUntil(() => norm(maybe(element, '[part="heading"]')?.textContent) === 'Nu betalen');
      await choose(element, 'method', 'bank');
      expect(all(element, 'dt').map((dt) => norm(dt.textContent))).to.include('RF-referentie');
      expect(norm(one(element, `button[data-copy="${invoiceId}-reference"]`).textContent)).to.equal(
        'RF-referentie kopiëren',
      );
      await waitUntil(() => maybe(element, '[part="qr"] figcaption') !== null);
      expect(norm(one(element, '[part="qr"] figcaption').textContent)).to.contain('Scannen en betalen');
    });
  });
});
