import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../components/overdue-banner/define';
import type { AmicableActionEvent } from '../../../../components/base/events/amicable-action';
import { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { spyOnWarnings, type WarningSpy } from '../../support/console';

function parts(element: AmicableOverdueBanner) {
  const root = element.shadowRoot!;
  return {
    base: root.querySelector<HTMLElement>('[part="base"]')!,
    heading: root.querySelector<HTMLElement>('[part="heading"]')!,
    action: root.querySelector<HTMLButtonElement>('[part="action"]')!,
  };
}

describe('<amicable-overdue-banner> (placeholder)', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  it('is registered by define.ts and upgrades', async () => {
    expect(customElements.get('amicable-overdue-banner')).to.equal(AmicableOverdueBanner);
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner></amicable-overdue-banner>`,
    );
    expect(element).to.be.instanceOf(AmicableOverdueBanner);
    expect(element.shadowRoot).to.not.equal(null);
  });

  it('renders a status region with a heading and one button, in English by default', async () => {
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner></amicable-overdue-banner>`,
    );
    const { base, heading, action } = parts(element);
    expect(base.getAttribute('role')).to.equal('status');
    expect(base.getAttribute('aria-labelledby')).to.equal(heading.id);
    expect(heading.textContent).to.equal('You have an invoice that is past due');
    expect(action.type).to.equal('button');
    expect(action.textContent).to.equal('View invoice');
    expect(element.locale).to.equal('en');
    expect(element.shadowRoot!.querySelectorAll('button')).to.have.length(1);
  });

  it('passes an axe audit', async () => {
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner></amicable-overdue-banner>`,
    );
    await expect(element).to.be.accessible();
  });

  it('is operable from the keyboard: Tab reaches the button, Enter emits amicable-action', async () => {
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner></amicable-overdue-banner>`,
    );
    await sendKeys({ press: 'Tab' });
    expect(element.shadowRoot!.activeElement).to.equal(parts(element).action);

    const received = oneEvent(document, 'amicable-action') as Promise<AmicableActionEvent>;
    await sendKeys({ press: 'Enter' });
    const event = await received;
    expect(event.detail).to.deep.equal({ action: 'view', invoiceIds: [] });
    expect(event.bubbles, 'bubbles').to.equal(true);
    expect(event.composed, 'composed').to.equal(true);
    expect(event.cancelable, 'cancelable').to.equal(true);
    expect(event.target).to.equal(element);
  });

  it('lets the host veto the action with preventDefault()', async () => {
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner></amicable-overdue-banner>`,
    );
    let prevented = false;
    element.addEventListener('amicable-action', (event) => {
      event.preventDefault();
      prevented = event.defaultPrevented;
    });
    parts(element).action.click();
    expect(prevented).to.equal(true);
  });

  it('speaks Norwegian Bokmål under lang="nb-NO", and follows lang changes', async () => {
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner lang="nb-NO"></amicable-overdue-banner>`,
    );
    expect(element.locale).to.equal('nb-NO');
    expect(parts(element).heading.textContent).to.equal('Du har en faktura som har forfalt');
    expect(parts(element).action.textContent).to.equal('Se faktura');
    await expect(element).to.be.accessible();

    element.setAttribute('lang', 'nl');
    await element.updateComplete;
    expect(parts(element).action.textContent).to.equal('Factuur bekijken');
  });

  it('follows the closest [lang] ancestor', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div lang="nb"><section><amicable-overdue-banner></amicable-overdue-banner></section></div>`,
    );
    const element = wrapper.querySelector('amicable-overdue-banner')!;
    await element.updateComplete;
    expect(parts(element).action.textContent).to.equal('Se faktura');
  });

  it('issues no Lit dev-mode warning and no console warning', async () => {
    const element = await fixture<AmicableOverdueBanner>(
      html`<amicable-overdue-banner></amicable-overdue-banner>`,
    );
    parts(element).action.click();
    element.setAttribute('lang', 'nb');
    await element.updateComplete;
    expect(warnings.litWarnings()).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });
});
