import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../../components/dialog/define';
import { AmicableDialog } from '../../../../components/dialog/dialog';
import { nb } from '../../../../src/client/i18n/nb';
import { animationsFinished } from '../../support/animations';
import { spyOnWarnings, type WarningSpy } from '../../support/console';

function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

async function page() {
  const wrapper = await fixture<HTMLElement>(html`<div>
    <button id="outside">Outside</button>
    <amicable-dialog label="Pay now">
      <p>Flow content</p>
      <input id="inside" aria-label="Amount" />
    </amicable-dialog>
  </div>`);
  const dialog = wrapper.querySelector('amicable-dialog')!;
  await dialog.updateComplete;
  return { wrapper, dialog, outside: wrapper.querySelector<HTMLButtonElement>('#outside')! };
}

describe('<amicable-dialog>', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
  });

  afterEach(() => {
    warnings.restore();
  });

  it('is registered, closed by default, with an English close label', async () => {
    expect(customElements.get('amicable-dialog')).to.equal(AmicableDialog);
    const dialog = await fixture<AmicableDialog>(html`<amicable-dialog></amicable-dialog>`);
    expect(dialog.open).to.equal(false);
    expect(dialog.label).to.equal('');
    expect(dialog.closeLabel).to.equal('Close');
    expect(dialog.getBoundingClientRect().height).to.equal(0);
  });

  it('takes its title and close label from attributes, in any language', async () => {
    const dialog = await fixture<AmicableDialog>(
      html`<amicable-dialog lang="nb" label=${nb.actions.pay} close-label=${nb.common.dialogClose}></amicable-dialog>`,
    );
    const root = dialog.shadowRoot!;
    expect(root.querySelector('[part~="title"]')!.textContent).to.equal(nb.actions.pay);
    expect(root.querySelector('[part~="close-button"]')!.getAttribute('aria-label')).to.equal(
      nb.common.dialogClose,
    );
    expect(root.querySelector('dialog')!.getAttribute('aria-labelledby')).to.equal('title');
  });

  it('opens modally, keeps focus inside, closes on Escape and returns focus', async () => {
    const { dialog, outside } = await page();
    outside.focus();
    await dialog.show();
    expect(dialog.open).to.equal(true);
    expect(dialog.shadowRoot!.querySelector('dialog')!.matches(':modal')).to.equal(true);
    await animationsFinished();
    await expect(dialog).to.be.accessible();

    for (let index = 0; index < 6; index += 1) {
      await sendKeys({ press: 'Tab' });
      expect(deepActive(), `Tab ${index + 1}`).to.not.equal(outside);
    }

    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Escape' });
    const event = await closed;
    expect(event.bubbles).to.equal(false);
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(outside);
  });

  it('closes from its close button, from the keyboard', async () => {
    const { dialog, outside } = await page();
    await dialog.show(outside);
    const close = dialog.shadowRoot!.querySelector<HTMLButtonElement>('[part~="close-button"]')!;
    close.focus();
    const closed = oneEvent(dialog, 'close');
    await sendKeys({ press: 'Enter' });
    await closed;
    expect(dialog.open).to.equal(false);
    expect(document.activeElement).to.equal(outside);
  });

  it('keeps its content in the light DOM, slotted', async () => {
    const { dialog } = await page();
    const input = dialog.querySelector('#inside')!;
    expect(input.getRootNode()).to.equal(document);
    expect(input.assignedSlot).to.equal(dialog.shadowRoot!.querySelector('slot'));
  });

  it('issues no Lit dev-mode warning and no console warning', async () => {
    const { dialog } = await page();
    await dialog.show();
    dialog.close();
    await dialog.updateComplete;
    expect(warnings.litWarnings()).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });
});
