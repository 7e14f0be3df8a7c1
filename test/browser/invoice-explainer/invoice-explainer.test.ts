import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AmicableActionEvent } from '../../../components/base/events/amicable-action';
import type { AmicableErrorEvent } from '../../../components/base/events/amicable-error';
import { AmicableInvoiceExplainer } from '../../../components/invoice-explainer/invoice-explainer';
import { AmicableTermPopover } from '../../../components/term-popover/term-popover';
import { formatDate } from '../../../src/client/i18n/format';
import { formatMoney } from '../../../src/domain/money';
import { configureFor } from '../support/api';
import { spyOnWarnings, type WarningSpy } from '../support/console';
import { all, deepActiveElement, mountExplainer, norm, one, popover, shown, textOf } from './helpers';
import {
  type SeededInvoice,
  seedFreshInvoice,
  seedManyLinesInvoice,
  seedPaidInvoice,
  seedRichInvoice,
} from './seed';

const day = (iso: string, locale: string) => norm(formatDate(iso, locale));
const nok = (amount: number) => norm(formatMoney({ amount, currency: 'NOK' }, 'en'));

describe('<amicable-invoice-explainer>', function () {
  // Axe audits and lazily loaded chunks are slow on a busy two-core machine.
  this.timeout(30_000);

  let warnings: WarningSpy;
  let rich: SeededInvoice;

  before(async () => {
    rich = await seedRichInvoice();
  });

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  describe('defaults', () => {
    it('is registered by define.ts, with the term popover it uses', () => {
      expect(customElements.get('amicable-invoice-explainer')).to.equal(AmicableInvoiceExplainer);
      expect(customElements.get('amicable-term-popover')).to.equal(AmicableTermPopover);
    });

    it('renders nothing and calls nothing without an invoice id', async () => {
      configureFor(rich.customerId);
      const element = await fixture<AmicableInvoiceExplainer>(
        html`<amicable-invoice-explainer></amicable-invoice-explainer>`,
      );
      await element.updateComplete;
      expect(element.invoice).to.equal('');
      expect(element.invoiceDetail).to.equal(undefined);
      expect(element.shadowRoot!.querySelector('.base, .loading, .error')).to.equal(null);
      expect(element.locale).to.equal('en');
      expect(warnings.calls).to.deep.equal([]);
    });

    it('loads the invoice named by the `invoice` attribute (trimmed), and follows a change of it', async () => {
      const other = await seedFreshInvoice();
      configureFor(rich.customerId);
      const element = await fixture<AmicableInvoiceExplainer>(
        html`<amicable-invoice-explainer invoice="  ${rich.invoiceId} "></amicable-invoice-explainer>`,
      );
      expect(element.invoice).to.equal(rich.invoiceId);
      await shown(element);
      expect(element.invoiceDetail?.id).to.equal(rich.invoiceId);
      expect(textOf(one(element, '[part="heading"]'))).to.equal(`Invoice ${rich.number}`);

      // The other customer's invoice: another configuration, then the attribute changes.
      configureFor(other.customerId);
      element.setAttribute('invoice', other.invoiceId);
      await waitUntil(() => element.invoiceDetail?.id === other.invoiceId, 'the new invoice never loaded', {
        timeout: 5_000,
      });
      await element.updateComplete;
      expect(textOf(one(element, '[part="heading"]'))).to.equal(`Invoice ${other.number}`);
    });
  });

  describe('a rich invoice', () => {
    let element: AmicableInvoiceExplainer;

    beforeEach(async () => {
      element = await mountExplainer(rich.customerId, rich.invoiceId);
    });

    it('states number, dates, how overdue it is, the total and the amount to pay', async () => {
      const invoice = element.invoiceDetail!;
      expect(textOf(one(element, '[part="heading"]'))).to.equal(`Invoice ${rich.number}`);
      expect(textOf(one(element, '.creditor'))).to.equal('From Fjordlys Energi AS');
      expect(textOf(one(element, '[part="status"]'))).to.equal(`${invoice.daysOverdue} days overdue`);
      expect(invoice.daysOverdue).to.equal(25);
      const facts = textOf(one(element, '[part="facts"]'));
      expect(facts).to.include(`Invoice number ${rich.number}`);
      expect(facts).to.include(`Issued ${day(invoice.issueDate, 'en')}`);
      expect(facts).to.include(`Due ${day(invoice.dueDate, 'en')}`);
      expect(facts).to.include(`Total ${nok(399_080)}`);
      // The amount to pay is what the server computed: principal left plus the fees and interest.
      const charged = invoice.charges.reduce((sum, charge) => sum + charge.amount.amount, 0);
      expect(invoice.payment.amount.amount).to.equal(399_080 - 50_000 + charged);
      expect(textOf(one(element, '[part="amount-to-pay"]'))).to.equal(
        `Amount to pay ${nok(invoice.payment.amount.amount)}`,
      );
    });

    it('lists each line with what was delivered when, its reference, and the invoice references', () => {
      const lines = all(element, '[part="line"]');
      expect(lines.map((line) => line.dataset.lineId)).to.deep.equal(['l1', 'l2', 'l3']);
      const metered = textOf(lines[0]!);
      expect(metered).to.include('Strøm, september');
      expect(metered).to.include(`Quantity: 1,201.5 × Unit price: ${nok(120)}`);
      expect(metered).to.include(`Delivered on ${day(element.invoiceDetail!.lines[0]!.deliveredOn!, 'en')}`);
      expect(metered).to.include('Reference Måler 7070');
      expect(metered).to.include(nok(144_180));
      // A line of one unit at its own price needs no "1 × …".
      expect(textOf(lines[1]!)).to.not.include('×');
      expect(textOf(lines[1]!)).to.not.include('Delivered');
      expect(textOf(one(element, '[part="references"]'))).to.equal(
        'Order ORD-5521 Contract K-2231 Purchase order (PO) PO-8812',
      );
    });

    it('explains every charge: amount, rate and period, the legal term and why it was added', () => {
      const charges = all(element, '[part="charge"]');
      expect(charges.map((charge) => charge.dataset.basis)).to.deep.equal([
        'no.inkassoloven.purregebyr',
        'no.forsinkelsesrenteloven',
      ]);
      const [fee, interest] = charges.map(textOf);
      expect(fee).to.include('Reminder fee (purregebyr)');
      expect(fee).to.include(nok(3_750));
      expect(fee).to.include(
        'Norwegian law allows it for a written reminder sent at least 14 days after the due date',
      );
      const interestCharge = element.invoiceDetail!.charges[1]!;
      expect(interest).to.include('Late payment interest (forsinkelsesrente)');
      expect(interest).to.include('12% a year');
      expect(interest).to.include(
        `from ${day(interestCharge.period!.from, 'en')} to ${day(interestCharge.period!.to, 'en')}`,
      );
      expect(interest).to.include(`Late payment interest of ${nok(interestCharge.amount.amount)}.`);
      expect(interest).to.include('The rate is set by Norwegian law twice a year.');
      // The legal names are glossary popovers.
      expect(popover(element, 'no.purregebyr').term).to.equal('Reminder fee (purregebyr)');
      expect(popover(element, 'no.forsinkelsesrente').explanation).to.match(/Interest on an unpaid amount/);
    });

    it('shows the payments received and the reminders sent so far', () => {
      const payments = textOf(one(element, '[part~="payments"]'));
      expect(payments).to.include(`Payment of ${nok(50_000)} received on`);
      expect(payments).to.include('Bank transfer');
      const reminders = all(element, '[part~="reminders"] li');
      expect(reminders).to.have.length(1);
      expect(textOf(reminders[0]!)).to.match(
        new RegExp(`^Reminder sent on .+ by email, fee ${nok(3_750).replace(/[.$]/g, '\\$&')}$`),
      );
    });

    it('says what happens next, on which date, and what it would cost', () => {
      const step = element.invoiceDetail!.nextStep;
      expect(step.kind).to.equal('firm');
      const section = one(element, '[part~="next-step"]');
      const date = day(step.date!, 'en');
      expect(textOf(section)).to.include(`Second reminder ${date} + ${nok(3_750)}`);
      expect(textOf(section)).to.include(
        `If payment has not arrived by ${date}, a second reminder will be sent with a fee of ${nok(3_750)}.`,
      );
      expect(section.querySelector('amicable-term-popover[data-term="no.purregebyr"]')).to.not.equal(null);
    });

    it('links the original document in a new tab, saying so to screen readers', () => {
      const link = one<HTMLAnchorElement>(element, '[part="document-link"]');
      expect(link.href).to.equal('https://fjordlys.example/faktura/rich.pdf');
      expect(link.target).to.equal('_blank');
      expect(link.rel).to.equal('noopener noreferrer');
      expect(textOf(link)).to.equal('Original invoice (PDF) (opens in a new tab)');
    });

    it('gives the bank details with the KID explained', () => {
      const bank = textOf(one(element, '[part~="bank-transfer"]'));
      expect(bank).to.include('12345678903');
      expect(bank).to.include(element.invoiceDetail!.payment.reference.display);
      expect(popover(element, 'no.kid').term).to.equal('KID number');
    });

    it('offers pay, plan, promise and dispute, pay first, plus a dispute per line', () => {
      expect(all(element, '[part~="action"]').map((button) => button.dataset.action)).to.deep.equal([
        'pay',
        'plan',
        'promise',
        'dispute',
      ]);
      expect(one(element, '[part~="primary-action"]').dataset.action).to.equal('pay');
      const perLine = all<HTMLButtonElement>(element, '[part="line-problem"]');
      expect(perLine).to.have.length(3);
      expect(perLine[2]!.textContent?.trim()).to.equal('Something wrong with this line?');
      // Each names its line through aria-describedby, so three identical buttons stay distinguishable.
      const described = element.shadowRoot!.getElementById(perLine[2]!.getAttribute('aria-describedby')!);
      expect(described?.textContent).to.equal('Montering av hurtiglader');
    });

    it('passes an axe audit', async () => {
      await expect(element).to.be.accessible();
    });

    it('issues no Lit dev-mode warning and no console warning', () => {
      expect(warnings.litWarnings()).to.deep.equal([]);
      expect(warnings.calls).to.deep.equal([]);
    });
  });

  describe('actions', () => {
    let element: AmicableInvoiceExplainer;

    beforeEach(async () => {
      element = await mountExplainer(rich.customerId, rich.invoiceId);
    });

    afterEach(() => {
      for (const dialog of element.querySelectorAll('amicable-dialog')) {
        dialog.close();
      }
    });

    for (const action of ['pay', 'plan', 'promise', 'dispute'] as const) {
      it(`${action} emits a cancelable, bubbling, composed amicable-action for this invoice`, async () => {
        element.addEventListener('amicable-action', (event) => event.preventDefault(), { once: true });
        const received = oneEvent(document, 'amicable-action') as Promise<AmicableActionEvent>;
        one(element, `[data-action="${action}"]`).click();
        const event = await received;
        expect(event.detail).to.deep.equal({ action, invoiceIds: [rich.invoiceId] });
        expect(event.bubbles).to.equal(true);
        expect(event.composed).to.equal(true);
        expect(event.cancelable).to.equal(true);
        expect(event.target).to.equal(element);
        // Cancelled: the host handles it, so no dialog opens.
        await element.updateComplete;
        expect(element.querySelector('amicable-dialog')).to.equal(null);
      });
    }

    it('a line\'s "something wrong?" emits a dispute with that line', async () => {
      element.addEventListener('amicable-action', (event) => event.preventDefault(), { once: true });
      const received = oneEvent(element, 'amicable-action') as Promise<AmicableActionEvent>;
      const line = all(element, '[part="line"]').find((item) => item.dataset.lineId === 'l3')!;
      line.querySelector<HTMLButtonElement>('[part="line-problem"]')!.click();
      expect((await received).detail).to.deep.equal({
        action: 'dispute',
        invoiceIds: [rich.invoiceId],
        lineIds: ['l3'],
      });
    });

    it('unless cancelled, opens the dispute form for that line in a dialog in light DOM, and focus returns on close', async () => {
      const line = all(element, '[part="line"]').find((item) => item.dataset.lineId === 'l1')!;
      const trigger = line.querySelector<HTMLButtonElement>('[part="line-problem"]')!;
      trigger.focus();
      trigger.click();
      await waitUntil(() => element.querySelector('amicable-dialog')?.open === true, 'no dialog opened', {
        timeout: 5_000,
      });
      const dialog = element.querySelector('amicable-dialog')!;
      expect(dialog.slot).to.equal('dialog');
      expect(dialog.label).to.equal('Tell us what is wrong');
      const form = dialog.querySelector('amicable-dispute-form')!;
      expect(form.getAttribute('invoice')).to.equal(rich.invoiceId);
      expect(form.getAttribute('lines')).to.equal('l1');
      dialog.close();
      await waitUntil(() => element.querySelector('amicable-dialog') === null, 'the dialog stayed', {
        timeout: 5_000,
      });
      expect(deepActiveElement()).to.equal(trigger);
    });

    it('opens pay-now and the promise mode of the proposer for their actions', async () => {
      one(element, '[data-action="pay"]').click();
      await waitUntil(() => element.querySelector('amicable-dialog')?.open === true, 'no dialog opened', {
        timeout: 5_000,
      });
      expect(element.querySelector('amicable-dialog amicable-pay-now')?.getAttribute('invoices')).to.equal(
        rich.invoiceId,
      );
      element.querySelector('amicable-dialog')!.close();
      await waitUntil(() => element.querySelector('amicable-dialog') === null, 'the dialog stayed', {
        timeout: 5_000,
      });

      one(element, '[data-action="promise"]').click();
      await waitUntil(() => element.querySelector('amicable-dialog')?.open === true, 'no dialog opened', {
        timeout: 5_000,
      });
      const proposer = element.querySelector('amicable-dialog amicable-instalment-proposer')!;
      expect(proposer.getAttribute('invoices')).to.equal(rich.invoiceId);
      expect(proposer.getAttribute('mode')).to.equal('promise');
    });

    it('fetches the invoice again when a flow reports success', async () => {
      const before = element.invoiceDetail;
      element.dispatchEvent(new Event('amicable-paid', { bubbles: true, composed: true }));
      await waitUntil(
        () => element.invoiceDetail !== undefined && element.invoiceDetail !== before,
        'no refetch',
      );
      expect(element.invoiceDetail?.id).to.equal(rich.invoiceId);
    });

    it('is operable from the keyboard: Tab reaches every action, term and link; Enter acts', async () => {
      const reached = new Set<Element>();
      for (let press = 0; press < 40; press += 1) {
        await sendKeys({ press: 'Tab' });
        const active = deepActiveElement();
        if (active !== null) reached.add(active);
      }
      const expected = [
        one(element, '[part="document-link"]'),
        ...all(element, '[part="line-problem"]'),
        ...all(element, '[part~="action"]'),
        ...all<AmicableTermPopover>(element, 'amicable-term-popover').map(
          (term) => term.shadowRoot!.querySelector('[part="trigger"]')!,
        ),
      ];
      const missed = expected
        .filter((target) => !reached.has(target))
        .map((target) => target.outerHTML.slice(0, 80));
      expect(missed).to.deep.equal([]);

      one(element, '[data-action="plan"]').focus();
      element.addEventListener('amicable-action', (event) => event.preventDefault(), { once: true });
      const received = oneEvent(element, 'amicable-action') as Promise<AmicableActionEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await received).detail.action).to.equal('plan');
    });
  });

  describe('an invoice with no charges', () => {
    let element: AmicableInvoiceExplainer;
    let fresh: SeededInvoice;

    before(async () => {
      fresh = await seedFreshInvoice();
    });

    beforeEach(async () => {
      element = await mountExplainer(fresh.customerId, fresh.invoiceId);
    });

    it('says nothing was added, no payments and no reminders, and when it is due', () => {
      expect(all(element, '[part="charge"]')).to.have.length(0);
      expect(textOf(one(element, '[part~="charges"]'))).to.equal(
        'Fees and interest No fees or interest have been added.',
      );
      expect(textOf(one(element, '[part~="payments"]'))).to.equal(
        'Payments received No payments received yet.',
      );
      expect(textOf(one(element, '[part~="reminders"]'))).to.equal(
        'Reminders sent No reminders have been sent.',
      );
      expect(textOf(one(element, '[part="status"]'))).to.equal('Due in 10 days');
      expect(element.shadowRoot!.querySelector('[part="references"]')).to.equal(null);
      expect(element.shadowRoot!.querySelector('[part="document-link"]')).to.equal(null);
    });

    it('states the first reminder to come, and offers no promise before the due date', () => {
      const step = element.invoiceDetail!.nextStep;
      expect(step.kind).to.equal('reminder');
      expect(textOf(one(element, '[part~="next-step"]'))).to.include(day(step.date!, 'en'));
      expect(all(element, '[part~="action"]').map((button) => button.dataset.action)).to.deep.equal([
        'pay',
        'plan',
        'dispute',
      ]);
    });

    it('passes an axe audit', async () => {
      await expect(element).to.be.accessible();
    });
  });

  describe('a paid invoice', () => {
    it('says it is paid and offers nothing to do', async () => {
      const paid = await seedPaidInvoice();
      const element = await mountExplainer(paid.customerId, paid.invoiceId);
      expect(textOf(one(element, '[part="status"]'))).to.equal('Paid in full. Nothing is left to pay.');
      expect(
        element.shadowRoot!.querySelector(
          '[part~="actions"], [part="line-problem"], [part~="bank-transfer"]',
        ),
      ).to.equal(null);
      expect(element.matches(':state(settled)')).to.equal(true);
      await expect(element).to.be.accessible();
    });
  });

  describe('an invoice with many lines', () => {
    it('lists every line in order', async () => {
      const many = await seedManyLinesInvoice(60);
      const element = await mountExplainer(many.customerId, many.invoiceId);
      const lines = all(element, '[part="line"]');
      expect(lines).to.have.length(60);
      expect(lines.map((line) => line.dataset.lineId)).to.deep.equal(
        Array.from({ length: 60 }, (_, index) => `line-${index + 1}`),
      );
      expect(all(element, '[part="line-problem"]')).to.have.length(60);
      await expect(element).to.be.accessible();
    });
  });

  describe('when the API fails', () => {
    it('shows a calm message with a retry, emits one amicable-error and warns once', async () => {
      configureFor(rich.customerId);
      const errors: AmicableErrorEvent[] = [];
      const listener = (event: AmicableErrorEvent) => errors.push(event);
      document.addEventListener('amicable-error', listener);
      try {
        const element = await fixture<AmicableInvoiceExplainer>(
          html`<amicable-invoice-explainer invoice="no-such-invoice"></amicable-invoice-explainer>`,
        );
        await waitUntil(
          () => element.shadowRoot!.querySelector('[part="error"]') !== null,
          'no error shown',
          { timeout: 10_000 },
        );
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.code).to.equal('not_found');
        expect(warnings.calls).to.have.length(1);
        expect(element.matches(':state(error)')).to.equal(true);
        expect(textOf(one(element, '[part="error"]'))).to.include('Please try again in a moment.');
        await expect(element).to.be.accessible();

        // Retry after the creditor adds the invoice: now it loads.
        const seeded = await seedFreshInvoice();
        configureFor(seeded.customerId);
        element.invoice = seeded.invoiceId;
        await shown(element);
        expect(element.matches(':state(error)')).to.equal(false);
      } finally {
        document.removeEventListener('amicable-error', listener);
      }
    });

    it('the retry button loads again', async () => {
      configureFor(rich.customerId, { tokens: [{ forged: true }] });
      const element = await fixture<AmicableInvoiceExplainer>(
        html`<amicable-invoice-explainer invoice=${rich.invoiceId}></amicable-invoice-explainer>`,
      );
      await waitUntil(
        () => element.shadowRoot!.querySelector('[part="retry-button"]') !== null,
        'no retry offered',
      );
      configureFor(rich.customerId);
      // A new configuration is a new client: the element follows it on its next load.
      one(element, '[part="retry-button"]').click();
      await waitUntil(() => element.shadowRoot!.querySelector('.base') !== null, 'the retry did not load', {
        timeout: 5_000,
      });
    });
  });
});
