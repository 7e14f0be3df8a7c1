import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../components/overdue-banner/define';
import type { AmicableActionEvent } from '../../../../components/base/events/amicable-action';
import type { AmicableDismissedEvent } from '../../../../components/base/events/amicable-dismissed';
import type { AmicableErrorEvent } from '../../../../components/base/events/amicable-error';
import { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { defaultSnoozeHours, snooze } from '../../../../components/overdue-banner/snooze';
import { resetConfiguration } from '../../../../src/client/config';
import { en } from '../../../../src/client/i18n/en';
import { nb } from '../../../../src/client/i18n/nb';
import type { InvoiceDetail } from '../../../../src/contract/invoice';
import type { Money } from '../../../../src/contract/money';
import { formatMoney } from '../../../../src/domain/money';
import { animationsFinished } from '../../support/animations';
import { configureFor, pauseCustomer, seedCustomer, seedInvoice, tokenFor } from '../../support/api';
import { spyOnWarnings, type WarningSpy } from '../../support/console';

const amount = 144_100;

async function overdueCustomer(
  options: { dueInDays?: number } = {},
): Promise<{ customerId: string; invoiceId: string }> {
  const customerId = await seedCustomer({ style: 'direct', formality: 'informal' });
  const invoiceId = await seedInvoice({ customerId, dueInDays: options.dueInDays ?? -5, amount });
  return { customerId, invoiceId };
}

/** What the notice asks for: the invoice's amount to pay (principal, fees and interest), from the API. */
async function amountToPay(customerId: string, invoiceId: string): Promise<Money> {
  const response = await fetch(`/v1/invoices/${invoiceId}`, {
    headers: { authorization: `Bearer ${await tokenFor(customerId)}` },
  });
  return ((await response.json()) as InvoiceDetail).payment.amount;
}

async function shown(element: AmicableOverdueBanner): Promise<AmicableOverdueBanner> {
  await waitUntil(() => element.matches(':state(shown)'), 'the notice did not show', { timeout: 8_000 });
  return element;
}

/** Settled without a notice: loaded (or failed) and rendered. */
async function settled(element: AmicableOverdueBanner): Promise<AmicableOverdueBanner> {
  await waitUntil(
    () =>
      !element.matches(':state(loading)') &&
      (element.account !== undefined || element.matches(':state(error)')),
    'the banner did not settle',
    { timeout: 8_000 },
  );
  await element.updateComplete;
  return element;
}

function part<T extends HTMLElement = HTMLElement>(element: AmicableOverdueBanner, name: string): T | null {
  return element.shadowRoot!.querySelector<T>(`[part~="${name}"]`);
}

function actionButton(element: AmicableOverdueBanner, action: string): HTMLButtonElement {
  return part<HTMLButtonElement>(element, `action-${action}`)!;
}

/** The element that has focus, looking through shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

describe('<amicable-overdue-banner>', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
    localStorage.clear();
  });

  afterEach(() => {
    warnings.restore();
    for (const dialog of document.querySelectorAll('amicable-dialog')) {
      dialog.remove();
    }
  });

  describe('defaults and attributes', () => {
    it('is registered by define.ts, with snooze-hours 72 and discreet off', async () => {
      expect(customElements.get('amicable-overdue-banner')).to.equal(AmicableOverdueBanner);
      const element = await fixture<AmicableOverdueBanner>(
        html`<amicable-overdue-banner></amicable-overdue-banner>`,
      );
      expect(element.snoozeHours).to.equal(defaultSnoozeHours);
      expect(element.snoozeHours).to.equal(72);
      expect(element.discreet).to.equal(false);
      expect(element.locale).to.equal('en');
    });

    it('parses snooze-hours leniently and reflects discreet', async () => {
      const element = await fixture<AmicableOverdueBanner>(
        html`<amicable-overdue-banner snooze-hours="12" discreet></amicable-overdue-banner>`,
      );
      expect(element.snoozeHours).to.equal(12);
      expect(element.discreet).to.equal(true);
      for (const value of ['', 'soon', '-4', '0', 'Infinity']) {
        element.setAttribute('snooze-hours', value);
        expect(element.snoozeHours, `snooze-hours="${value}"`).to.equal(72);
      }
      element.setAttribute('snooze-hours', '1.5');
      expect(element.snoozeHours).to.equal(1.5);
      element.discreet = false;
      await element.updateComplete;
      expect(element.hasAttribute('discreet')).to.equal(false);
    });

    it('renders nothing and takes no room while it loads or when nothing is due', async () => {
      const customerId = await seedCustomer();
      await seedInvoice({ customerId, dueInDays: 30 });
      configureFor(customerId);
      const element = await fixture<AmicableOverdueBanner>(
        html`<amicable-overdue-banner></amicable-overdue-banner>`,
      );
      expect(element.getBoundingClientRect().height, 'while loading').to.equal(0);
      await settled(element);
      expect(element.account!.invoices).to.have.length(1);
      expect(element.matches(':state(shown)')).to.equal(false);
      expect(part(element, 'notice')).to.equal(null);
      expect(element.getBoundingClientRect().height, 'nothing due').to.equal(0);
      expect(warnings.calls).to.deep.equal([]);
    });
  });

  describe('the notice', () => {
    it('announces itself politely, in the tone of its stage, without taking focus', async () => {
      const { customerId, invoiceId } = await overdueCustomer();
      configureFor(customerId);
      const before = document.activeElement;
      const element = await shown(
        await fixture<AmicableOverdueBanner>(
          html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
        ),
      );
      const base = part(element, 'base')!;
      expect(base.getAttribute('role')).to.equal('status');
      expect(base.getAttribute('aria-labelledby')).to.equal(part(element, 'heading')!.id);
      expect(element.matches(':state(stage-reminder)')).to.equal(true);
      expect(part(element, 'heading')!.textContent).to.contain(
        formatMoney(await amountToPay(customerId, invoiceId), 'en'),
      );
      expect(document.activeElement).to.equal(before);
      expect(deepActive()).to.not.equal(part(element, 'heading'));
    });

    it('offers exactly the actions the account allows, in its order, pay first in emphasis', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(
          html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
        ),
      );
      const actions = element.account!.actions;
      expect(actions).to.include.members(['view', 'pay', 'dispute']);
      const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="action"]')];
      expect(buttons.map((button) => button.textContent!.trim())).to.deep.equal(
        actions.map((action) => en.actions[action]),
      );
      expect(part(element, 'primary-action')).to.equal(actionButton(element, 'pay'));
    });

    it('passes an axe audit', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      await animationsFinished();
      await expect(element).to.be.accessible();
    });

    it('speaks Norwegian under lang="nb-NO" and passes axe there too', async () => {
      const { customerId, invoiceId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(
          html`<amicable-overdue-banner lang="nb-NO"></amicable-overdue-banner>`,
        ),
      );
      expect(element.locale).to.equal('nb-NO');
      expect(actionButton(element, 'pay').textContent!.trim()).to.equal(nb.actions.pay);
      expect(part(element, 'heading')!.textContent).to.contain(
        formatMoney(await amountToPay(customerId, invoiceId), 'nb-NO'),
      );
      await animationsFinished();
      await expect(element).to.be.accessible();
    });

    it("follows the customer's locale from the API when nothing on the page names one", async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      await waitUntil(
        () => part(element, 'snooze-button')?.textContent?.trim() === nb.actions.snooze,
        'nb copy',
        {
          timeout: 5_000,
        },
      );
      expect(element.locale).to.equal('nb-NO');
    });

    it('lets the configured formality override the API', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId, { formality: 'formal' });
      const element = await shown(
        await fixture<AmicableOverdueBanner>(
          html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
        ),
      );
      expect(part(element, 'heading')!.textContent!.trim()).to.match(/^Payment reminder:/);
    });
  });

  describe('loading', () => {
    const errors: Event[] = [];
    const onError = (event: Event) => errors.push(event);

    beforeEach(() => {
      errors.length = 0;
      document.addEventListener('amicable-error', onError);
    });

    afterEach(() => {
      document.removeEventListener('amicable-error', onError);
    });

    it('waits for configure() when it connects first (the script tag configures asynchronously)', async () => {
      const { customerId } = await overdueCustomer();
      resetConfiguration();
      const element = await fixture<AmicableOverdueBanner>(
        html`<amicable-overdue-banner></amicable-overdue-banner>`,
      );
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(element.account).to.equal(undefined);
      configureFor(customerId);
      await shown(element);
    });

    it('loads again when a framework moves it while it loads, without reporting the cancelled call', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const wrapper = await fixture<HTMLElement>(
        html`<div><amicable-overdue-banner></amicable-overdue-banner></div>`,
      );
      const element = wrapper.querySelector('amicable-overdue-banner')!;
      element.remove();
      wrapper.append(element);
      await shown(element);
      expect(errors).to.deep.equal([]);
    });

    it('cancels its request quietly when it leaves the page while loading', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await fixture<AmicableOverdueBanner>(
        html`<amicable-overdue-banner></amicable-overdue-banner>`,
      );
      element.remove();
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      expect(element.account).to.equal(undefined);
      expect(errors).to.deep.equal([]);
      expect(warnings.calls).to.deep.equal([]);
    });

    it('fetches the account again after a flow changed it', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(
          html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
        ),
      );
      expect(element.account!.stage).to.equal('reminder');
      await pauseCustomer(customerId);
      // What a flow in the banner's dialog emits once the customer has made a promise.
      element.append(document.createElement('span'));
      element.lastElementChild!.dispatchEvent(
        new Event('amicable-promise-made', { bubbles: true, composed: true }),
      );
      await waitUntil(() => element.account?.stage === 'paused', 'fetched again', { timeout: 5_000 });
      await waitUntil(() => element.matches(':state(stage-paused)'), 'paused notice', { timeout: 5_000 });
      expect(part(element, 'heading')!.textContent!.trim()).to.equal(
        en.banner.paused.creditor.direct.informal.heading({
          amount: '',
          count: 1,
          dueDate: '',
          creditor: 'Fjordlys Energi AS',
        }),
      );
    });
    it('follows a change made elsewhere on the page, and stops listening once removed', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const wrapper = await fixture<HTMLElement>(
        html`<div><amicable-overdue-banner lang="en"></amicable-overdue-banner><section></section></div>`,
      );
      const element = await shown(wrapper.querySelector<AmicableOverdueBanner>('amicable-overdue-banner')!);
      expect(element.account!.stage).to.equal('reminder');
      await pauseCustomer(customerId);
      // An explainer further down the page, say, where the customer disputed the invoice.
      wrapper
        .querySelector('section')!
        .dispatchEvent(new Event('amicable-dispute-opened', { bubbles: true, composed: true }));
      await waitUntil(() => element.account?.stage === 'paused', 'fetched again', { timeout: 5_000 });

      const refreshed: string[] = [];
      element.refresh = async () => {
        refreshed.push('refresh');
      };
      element.remove();
      document.body.dispatchEvent(new Event('amicable-paid', { bubbles: true, composed: true }));
      expect(refreshed).to.deep.equal([]);
      wrapper.prepend(element);
      document.body.dispatchEvent(new Event('amicable-paid', { bubbles: true, composed: true }));
      expect(refreshed).to.deep.equal(['refresh']);
    });
  });

  describe('discreet mode', () => {
    it('hides amounts until the customer asks, with a button that says whether they are shown', async () => {
      const { customerId, invoiceId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(
          html`<amicable-overdue-banner lang="en" discreet></amicable-overdue-banner>`,
        ),
      );
      const formatted = formatMoney(await amountToPay(customerId, invoiceId), 'en');
      expect(element.shadowRoot!.textContent).to.not.contain(formatted);
      expect(part(element, 'heading')!.textContent!.trim()).to.equal(en.banner.discreetHeading);
      const toggle = part<HTMLButtonElement>(element, 'toggle-amounts')!;
      expect(toggle.getAttribute('aria-expanded')).to.equal('false');
      expect(toggle.getAttribute('aria-controls')).to.equal(part(element, 'details')!.id);
      expect(toggle.textContent!.trim()).to.equal(en.actions.showAmounts);
      await animationsFinished();
      await expect(element).to.be.accessible();

      toggle.click();
      await element.updateComplete;
      expect(toggle.getAttribute('aria-expanded')).to.equal('true');
      expect(toggle.textContent!.trim()).to.equal(en.actions.hideAmounts);
      expect(part(element, 'body')!.textContent).to.contain(formatted);
      await animationsFinished();
      await expect(element).to.be.accessible();

      toggle.click();
      await element.updateComplete;
      expect(element.shadowRoot!.textContent).to.not.contain(formatted);
    });
  });

  describe('actions', () => {
    it('emits a bubbling, composed, cancelable amicable-action with the invoices', async () => {
      const { customerId, invoiceId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      const received = oneEvent(document, 'amicable-action') as Promise<AmicableActionEvent>;
      actionButton(element, 'view').click();
      const event = await received;
      expect(event.detail).to.deep.equal({ action: 'view', invoiceIds: [invoiceId] });
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      expect(event.cancelable).to.equal(true);
      expect(event.target).to.equal(element);
    });

    it('opens no dialog when the host cancels the action', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      element.addEventListener('amicable-action', (event) => event.preventDefault());
      actionButton(element, 'pay').click();
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(element.querySelector('amicable-dialog')).to.equal(null);
    });

    const flows = [
      { action: 'view', tag: 'amicable-invoice-explainer', attribute: 'invoice' },
      { action: 'pay', tag: 'amicable-pay-now', attribute: 'invoices' },
      { action: 'plan', tag: 'amicable-instalment-proposer', attribute: 'invoices' },
      { action: 'promise', tag: 'amicable-instalment-proposer', attribute: 'invoices', mode: 'promise' },
      { action: 'dispute', tag: 'amicable-dispute-form', attribute: 'invoice' },
    ];
    for (const flow of flows) {
      it(`opens ${flow.action} as <${flow.tag}> in a modal dialog in its light DOM`, async () => {
        const { customerId, invoiceId } = await overdueCustomer();
        configureFor(customerId);
        const element = await shown(
          await fixture<AmicableOverdueBanner>(
            html`<amicable-overdue-banner lang="en"></amicable-overdue-banner>`,
          ),
        );
        actionButton(element, flow.action).click();
        await waitUntil(() => element.querySelector('amicable-dialog')?.open, 'dialog open', {
          timeout: 5_000,
        });
        const dialog = element.querySelector('amicable-dialog')!;
        expect(dialog.parentElement, 'a light-DOM child of the banner').to.equal(element);
        expect(dialog.slot).to.equal('dialog');
        const content = dialog.querySelector(flow.tag)!;
        expect(content, 'the flow is in the light DOM').to.not.equal(null);
        expect(content.getAttribute(flow.attribute)).to.equal(invoiceId);
        expect(content.getAttribute('mode')).to.equal(flow.mode ?? null);
        expect(dialog.label).to.equal(en.actions[flow.action as keyof typeof en.actions]);
        expect(dialog.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
        await animationsFinished();
        await expect(dialog).to.be.accessible();
      });
    }

    it('returns focus to the action when Escape closes the dialog, and the dialog is gone', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      const trigger = actionButton(element, 'pay');
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await waitUntil(() => element.querySelector('amicable-dialog')?.open, 'dialog open', {
        timeout: 5_000,
      });
      const dialog = element.querySelector('amicable-dialog')!;
      expect(dialog.shadowRoot!.contains(deepActive()), 'focus moved into the dialog').to.equal(true);

      await sendKeys({ press: 'Escape' });
      await waitUntil(() => element.querySelector('amicable-dialog') === null, 'dialog removed', {
        timeout: 5_000,
      });
      expect(deepActive()).to.equal(trigger);
    });
  });

  describe('keyboard', () => {
    it('reaches every action and the snooze button with Tab, in order, and activates with Enter', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      const expected = [
        ...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part~="action"]'),
        part<HTMLButtonElement>(element, 'snooze-button')!,
      ];
      expect(expected.length).to.be.greaterThan(2);
      const reached: Element[] = [];
      for (let index = 0; index < expected.length; index += 1) {
        await sendKeys({ press: 'Tab' });
        reached.push(deepActive()!);
      }
      expect(reached).to.deep.equal(expected);

      element.addEventListener('amicable-action', (event) => event.preventDefault(), { once: true });
      expected[0]!.focus();
      const received = oneEvent(element, 'amicable-action') as Promise<AmicableActionEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await received).detail.action).to.equal(element.account!.actions[0]);
    });
  });

  describe('snooze', () => {
    it('hides the notice for snooze-hours, says when it comes back, and emits amicable-dismissed', async () => {
      const { customerId } = await overdueCustomer();
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(
          html`<amicable-overdue-banner lang="en" snooze-hours="24"></amicable-overdue-banner>`,
        ),
      );
      const received = oneEvent(element, 'amicable-dismissed') as Promise<AmicableDismissedEvent>;
      const before = Date.now();
      part<HTMLButtonElement>(element, 'snooze-button')!.click();
      const event = await received;
      const until = Date.parse(event.detail.until!);
      expect(until - before).to.be.within(24 * 3_600_000 - 1_000, 24 * 3_600_000 + 5_000);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(true);
      await element.updateComplete;
      expect(part(element, 'notice')).to.equal(null);
      expect(element.matches(':state(snoozed)')).to.equal(true);
      expect(part(element, 'snoozed')!.textContent!.trim()).to.match(/^We will remind you again on /);
      expect(deepActive(), 'focus kept on the confirmation').to.equal(part(element, 'snoozed'));
      await animationsFinished();
      await expect(element).to.be.accessible();

      // The next page view: still hidden.
      const again = await settled(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      expect(again.matches(':state(shown)')).to.equal(false);
      expect(again.getBoundingClientRect().height).to.equal(0);
    });

    it('comes back early when the stage has moved on since the snooze', async () => {
      const { customerId } = await overdueCustomer();
      snooze(customerId, 'upcoming', 72);
      configureFor(customerId);
      const element = await shown(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      expect(element.account!.stage).to.equal('reminder');

      snooze(customerId, 'reminder', 72);
      const snoozed = await settled(
        await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
      );
      expect(snoozed.matches(':state(shown)')).to.equal(false);
    });
  });

  describe('errors', () => {
    it('stays empty and emits exactly one amicable-error when the customer does not exist', async () => {
      configureFor('nobody-here');
      const errors: AmicableErrorEvent[] = [];
      const onError = (event: AmicableErrorEvent) => errors.push(event);
      document.addEventListener('amicable-error', onError);
      try {
        const element = await settled(
          await fixture<AmicableOverdueBanner>(html`<amicable-overdue-banner></amicable-overdue-banner>`),
        );
        await new Promise((resolve) => setTimeout(resolve, 200));
        expect(errors).to.have.length(1);
        expect(errors[0]!.detail.code).to.equal('not_found');
        expect(errors[0]!.target).to.equal(element);
        expect(element.getBoundingClientRect().height).to.equal(0);
        expect(element.matches(':state(error)')).to.equal(true);
        expect(warnings.calls).to.have.length(1);
      } finally {
        document.removeEventListener('amicable-error', onError);
      }
    });
  });

  it('issues no Lit dev-mode warning and no console warning through a whole visit', async () => {
    const { customerId } = await overdueCustomer();
    configureFor(customerId);
    const element = await shown(
      await fixture<AmicableOverdueBanner>(
        html`<amicable-overdue-banner discreet></amicable-overdue-banner>`,
      ),
    );
    part<HTMLButtonElement>(element, 'toggle-amounts')!.click();
    element.setAttribute('lang', 'de');
    await element.updateComplete;
    actionButton(element, 'view').click();
    await waitUntil(() => element.querySelector('amicable-dialog')?.open, 'dialog open', { timeout: 5_000 });
    element.querySelector('amicable-dialog')!.close();
    part<HTMLButtonElement>(element, 'snooze-button')!.click();
    await element.updateComplete;
    expect(warnings.litWarnings()).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });
});
