import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import '../../../components/term-popover/define';
import type { AmicableInvoiceExplainer } from '../../../components/invoice-explainer/invoice-explainer';
import { AmicableTermPopover } from '../../../components/term-popover/term-popover';
import { spyOnWarnings, type WarningSpy } from '../support/console';
import {
  centreOf,
  deepActiveElement,
  frames,
  insideViewport,
  mountExplainer,
  panelShowing,
  popover,
  popoverParts,
} from './helpers';
import { type SeededInvoice, seedRichInvoice } from './seed';

const explanation = 'A small fee Norwegian law allows on a written reminder. The amount is capped by law.';

async function standalone(style = ''): Promise<AmicableTermPopover> {
  const wrapper = await fixture<HTMLElement>(html`
    <div style=${style}>
      <p>
        The fee is a
        <amicable-term-popover
          term="Reminder fee (purregebyr)"
          explanation=${explanation}
          label="What does “Reminder fee (purregebyr)” mean?"
          close-label="Close"
        ></amicable-term-popover>
        of 37.50 kr.
      </p>
    </div>
  `);
  const element = wrapper.querySelector('amicable-term-popover')!;
  await element.updateComplete;
  return element;
}

/** Opened, positioned and settled. */
async function opened(element: AmicableTermPopover): Promise<void> {
  await waitUntil(() => element.open && panelShowing(popoverParts(element).panel), 'the panel did not open', {
    timeout: 3_000,
  });
  await frames();
}

async function closed(element: AmicableTermPopover): Promise<void> {
  await waitUntil(
    () => !element.open && !panelShowing(popoverParts(element).panel),
    'the panel did not close',
  );
}

describe('<amicable-term-popover>', function () {
  // Axe audits and lazily loaded chunks are slow on a busy two-core machine.
  this.timeout(30_000);

  let warnings: WarningSpy;

  beforeEach(async () => {
    warnings = spyOnWarnings();
    await setViewport({ width: 800, height: 600 });
  });

  afterEach(async () => {
    warnings.restore();
    // Leave the pointer where it cannot hover anything the next test looks at.
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  describe('defaults and attributes', () => {
    it('is a closed disclosure: a real button with aria-expanded and aria-controls, the panel hidden', async () => {
      const element = await standalone();
      expect(element).to.be.instanceOf(AmicableTermPopover);
      const { trigger, panel, close } = popoverParts(element);
      expect(element.open).to.equal(false);
      expect(element.hasAttribute('open')).to.equal(false);
      expect(trigger.localName).to.equal('button');
      expect(trigger.type).to.equal('button');
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(trigger.getAttribute('aria-controls')).to.equal(panel.id);
      expect(trigger.getAttribute('aria-label')).to.equal('What does “Reminder fee (purregebyr)” mean?');
      expect(trigger.textContent?.trim()).to.equal('Reminder fee (purregebyr)');
      // A labelled region, not a tooltip: it holds a button.
      expect(panel.getAttribute('role')).to.equal('region');
      expect(
        element.shadowRoot!.getElementById(panel.getAttribute('aria-labelledby')!)?.textContent,
      ).to.equal('Reminder fee (purregebyr)');
      expect(panel.getAttribute('popover')).to.equal('auto');
      expect(panelShowing(panel)).to.equal(false);
      expect(close.getAttribute('aria-label')).to.equal('Close');
      expect(element.placement).to.equal('bottom-start');
      await expect(element).to.be.accessible();
    });

    it('parses placement leniently and names the button by the term when no label is given', async () => {
      const element = await fixture<AmicableTermPopover>(
        html`<amicable-term-popover term="KID" explanation="A payment reference." placement="sideways"></amicable-term-popover>`,
      );
      expect(element.placement).to.equal('bottom-start');
      element.setAttribute('placement', 'top-end');
      expect(element.placement).to.equal('top-end');
      expect(popoverParts(element).trigger.hasAttribute('aria-label')).to.equal(false);
      await expect(element).to.be.accessible();
    });

    it('opens and closes from code (show, hide, toggle, the open property), reflecting `open`', async () => {
      const element = await standalone();
      element.show();
      await opened(element);
      expect(element.hasAttribute('open')).to.equal(true);
      expect(popoverParts(element).trigger.getAttribute('aria-expanded')).to.equal('true');
      element.toggle();
      await closed(element);
      element.open = true;
      await opened(element);
      element.hide();
      await closed(element);
      expect(popoverParts(element).trigger.getAttribute('aria-expanded')).to.equal('false');
    });
  });

  describe('keyboard', () => {
    it('Enter opens with focus kept on the term; Escape closes', async () => {
      const element = await standalone();
      const { trigger, panel } = popoverParts(element);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(trigger);
      await sendKeys({ press: 'Enter' });
      await opened(element);
      expect(trigger.getAttribute('aria-expanded')).to.equal('true');
      expect(deepActiveElement()).to.equal(trigger);
      expect(insideViewport(panel.getBoundingClientRect())).to.equal(true);
      await expect(element).to.be.accessible();

      await sendKeys({ press: 'Escape' });
      await closed(element);
      expect(trigger.getAttribute('aria-expanded')).to.equal('false');
      expect(deepActiveElement()).to.equal(trigger);
    });

    it('Space toggles; Tab moves into the panel; Escape there closes and returns focus to the term', async () => {
      const element = await standalone();
      const { trigger, close } = popoverParts(element);
      trigger.focus();
      await sendKeys({ press: 'Space' });
      await opened(element);
      await sendKeys({ press: 'Tab' });
      expect(deepActiveElement()).to.equal(close);
      await sendKeys({ press: 'Escape' });
      await closed(element);
      expect(deepActiveElement()).to.equal(trigger);

      await sendKeys({ press: 'Space' });
      await opened(element);
      await sendKeys({ press: 'Space' });
      await closed(element);
    });

    it('the close button closes and gives focus back to the term', async () => {
      const element = await standalone();
      const { trigger, close } = popoverParts(element);
      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await opened(element);
      close.focus();
      await sendKeys({ press: 'Enter' });
      await closed(element);
      expect(deepActiveElement()).to.equal(trigger);
    });
  });

  describe('pointer', () => {
    it('a click opens, a click on the term again closes, a click outside closes', async () => {
      const element = await standalone();
      const { trigger } = popoverParts(element);
      await sendMouse({ type: 'click', position: centreOf(trigger) });
      await opened(element);
      await sendMouse({ type: 'click', position: centreOf(trigger) });
      await closed(element);

      await sendMouse({ type: 'click', position: centreOf(trigger) });
      await opened(element);
      await sendMouse({ type: 'click', position: [790, 590] });
      await closed(element);
    });

    it('a click inside the panel keeps it open; its close button closes it', async () => {
      const element = await standalone();
      const { trigger, panel, close } = popoverParts(element);
      await sendMouse({ type: 'click', position: centreOf(trigger) });
      await opened(element);
      const explanationText = panel.querySelector('[part="explanation"]')!;
      await sendMouse({ type: 'click', position: centreOf(explanationText) });
      await frames();
      expect(element.open).to.equal(true);
      await sendMouse({ type: 'click', position: centreOf(close) });
      await closed(element);
    });

    it('only one explanation shows at a time', async () => {
      const wrapper = await fixture<HTMLElement>(html`<p>
        <amicable-term-popover term="KID" explanation="A payment reference."></amicable-term-popover>
        and
        <amicable-term-popover term="Inkassovarsel" explanation="The last notice."></amicable-term-popover>
      </p>`);
      const [first, second] = [...wrapper.querySelectorAll('amicable-term-popover')] as AmicableTermPopover[];
      await sendMouse({ type: 'click', position: centreOf(popoverParts(first!).trigger) });
      await opened(first!);
      await sendMouse({ type: 'click', position: centreOf(popoverParts(second!).trigger) });
      await opened(second!);
      await closed(first!);
    });
  });

  describe('positioning with @floating-ui/dom', () => {
    it('sits just below the term by default', async () => {
      const element = await standalone();
      const { trigger, panel } = popoverParts(element);
      element.show();
      await opened(element);
      const term = trigger.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      expect(box.top).to.be.within(term.bottom, term.bottom + 12);
      expect(Math.abs(box.left - term.left)).to.be.below(2);
      expect(getComputedStyle(panel).position).to.equal('fixed');
    });

    it('flips above a term at the bottom of the viewport', async () => {
      const element = await standalone('position: fixed; bottom: 0; left: 16px; margin: 0');
      const { trigger, panel } = popoverParts(element);
      element.show();
      await opened(element);
      const term = trigger.getBoundingClientRect();
      const box = panel.getBoundingClientRect();
      expect(box.bottom).to.be.at.most(term.top + 1);
      expect(insideViewport(box)).to.equal(true);
    });

    it('shifts to stay on screen at 320 px, even from a term at the right edge of a narrow, clipping column', async () => {
      await setViewport({ width: 320, height: 640 });
      const element = await standalone(
        'position: fixed; top: 40px; right: 0; width: 120px; overflow: hidden; text-align: end; margin: 0',
      );
      const { trigger, panel } = popoverParts(element);
      await sendMouse({ type: 'click', position: centreOf(trigger) });
      await opened(element);
      const box = panel.getBoundingClientRect();
      expect(insideViewport(box)).to.equal(true);
      expect(box.right).to.be.at.most(320 - 8 + 0.5);
      expect(box.width).to.be.above(120);
      // In the top layer, not clipped by the column: the panel's middle is what a tap there hits.
      const hit = element.shadowRoot!.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      expect(hit === panel || panel.contains(hit)).to.equal(true);
    });

    it('follows its term when the page scrolls', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div style="height: 3000px; padding-top: 200px">
        <amicable-term-popover term="KID" explanation="A payment reference."></amicable-term-popover>
      </div>`);
      const element = wrapper.querySelector('amicable-term-popover')!;
      const { trigger, panel } = popoverParts(element);
      element.show();
      await opened(element);
      const gapBefore = panel.getBoundingClientRect().top - trigger.getBoundingClientRect().bottom;
      window.scrollBy(0, 120);
      await frames();
      await frames();
      const gapAfter = panel.getBoundingClientRect().top - trigger.getBoundingClientRect().bottom;
      expect(Math.abs(gapAfter - gapBefore)).to.be.below(1);
      window.scrollTo(0, 0);
    });
  });

  describe('inside the explainer', () => {
    let rich: SeededInvoice;
    let explainer: AmicableInvoiceExplainer;

    before(async () => {
      rich = await seedRichInvoice();
    });

    it('explains Norwegian terms in Norwegian: keyboard and pointer, announced, axe clean', async () => {
      explainer = await mountExplainer(rich.customerId, rich.invoiceId, { lang: 'nb-NO' });
      const term = popover(explainer, 'no.forsinkelsesrente');
      const { trigger, panel } = popoverParts(term);
      expect(trigger.getAttribute('aria-label')).to.equal('Hva betyr «Forsinkelsesrente»?');
      expect(popoverParts(term).close.getAttribute('aria-label')).to.equal('Lukk');

      trigger.focus();
      await sendKeys({ press: 'Enter' });
      await opened(term);
      expect(panel.querySelector('[part="explanation"]')!.textContent).to.match(/^Rente på et ubetalt beløp/);
      expect(insideViewport(panel.getBoundingClientRect())).to.equal(true);
      await expect(explainer).to.be.accessible();
      await sendKeys({ press: 'Escape' });
      await closed(term);
      expect(deepActiveElement()).to.equal(trigger);

      const kid = popover(explainer, 'no.kid');
      await sendMouse({ type: 'click', position: centreOf(popoverParts(kid).trigger) });
      await opened(kid);
      await sendMouse({ type: 'click', position: [5, 5] });
      await closed(kid);
      expect(warnings.litWarnings()).to.deep.equal([]);
      expect(warnings.calls).to.deep.equal([]);
    });

    it('stays on screen in a 320 px layout', async () => {
      await setViewport({ width: 320, height: 640 });
      explainer = await mountExplainer(rich.customerId, rich.invoiceId);
      for (const key of ['no.purregebyr', 'no.forsinkelsesrente', 'no.kid']) {
        const term = popover(explainer, key);
        await sendMouse({ type: 'click', position: centreOf(popoverParts(term).trigger) });
        await opened(term);
        expect(insideViewport(popoverParts(term).panel.getBoundingClientRect()), key).to.equal(true);
        term.hide();
        await closed(term);
      }
    });
  });

  it('issues no Lit dev-mode warning', async () => {
    const element = await standalone();
    element.show();
    await opened(element);
    element.hide();
    await closed(element);
    expect(warnings.litWarnings()).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });
});
