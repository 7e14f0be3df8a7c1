import { expect } from '@open-wc/testing';
import { sendMouse, setViewport } from '@web/test-runner-commands';
import type { AmicableInvoiceExplainer } from '../../../components/invoice-explainer/invoice-explainer';
import { all, centreOf, frames, insideViewport, mountExplainer, one, popover, popoverParts } from './helpers';
import { type SeededInvoice, seedManyLinesInvoice, seedRichInvoice } from './seed';

/**
 * WCAG 1.4.10 (reflow) and 1.4.4 (resize text): at 320 CSS pixels, at 200 % page zoom and at
 * 200 % text size, nothing scrolls sideways and nothing pokes out of the element.
 */
function overflow(element: AmicableInvoiceExplainer): string[] {
  const problems: string[] = [];
  const root = document.documentElement;
  if (root.scrollWidth > root.clientWidth) {
    problems.push(`page scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
  }
  const base = one(element, '.base');
  if (base.scrollWidth > base.clientWidth) {
    problems.push(`explainer scrolls sideways: ${base.scrollWidth} > ${base.clientWidth}`);
  }
  const edge = base.getBoundingClientRect().right + 0.5;
  for (const node of all(element, '.base *')) {
    const rect = node.getBoundingClientRect();
    if (rect.width > 0 && rect.right > edge && !node.classList.contains('visually-hidden')) {
      problems.push(`<${node.localName} class="${node.className}"> ends at ${rect.right} > ${edge}`);
    }
  }
  return problems;
}

const conditions: {
  name: string;
  width: number;
  apply(element: AmicableInvoiceExplainer): void;
  reset(): void;
}[] = [
  {
    name: '320 px wide',
    width: 320,
    apply: () => {},
    reset: () => {},
  },
  {
    // A 640 px window zoomed to 200 % lays out 320 CSS pixels, with everything twice the size.
    name: '200 % zoom',
    width: 640,
    apply: () => {
      document.documentElement.style.setProperty('zoom', '2');
    },
    reset: () => {
      document.documentElement.style.removeProperty('zoom');
    },
  },
  {
    // The reader's text size doubled (browser text zoom changes `medium`, the element's default).
    name: '200 % text at 320 px',
    width: 320,
    apply: (element) => {
      element.style.setProperty('--amicable-font-size', '32px');
    },
    reset: () => {},
  },
];

describe('<amicable-invoice-explainer> layout', function () {
  // Axe audits and lazily loaded chunks are slow on a busy two-core machine.
  this.timeout(30_000);

  let rich: SeededInvoice;
  let many: SeededInvoice;

  before(async () => {
    [rich, many] = await Promise.all([seedRichInvoice(), seedManyLinesInvoice(40)]);
  });

  afterEach(async () => {
    for (const condition of conditions) condition.reset();
    await setViewport({ width: 800, height: 600 });
  });

  for (const condition of conditions) {
    describe(condition.name, () => {
      beforeEach(async () => {
        await setViewport({ width: condition.width, height: 640 });
      });

      it('a rich invoice holds: no horizontal scrolling, nothing sticks out', async () => {
        const element = await mountExplainer(rich.customerId, rich.invoiceId, { lang: 'nb-NO' });
        condition.apply(element);
        await frames();
        expect(overflow(element)).to.deep.equal([]);
      });

      it('an invoice with many long lines and unbreakable references holds', async () => {
        const element = await mountExplainer(many.customerId, many.invoiceId, { lang: 'de' });
        condition.apply(element);
        await frames();
        expect(overflow(element)).to.deep.equal([]);
        // The buttons stay big enough to hit (WCAG 2.5.8: 24 × 24 CSS px).
        for (const button of all(element, 'button')) {
          const rect = button.getBoundingClientRect();
          expect(rect.height, button.textContent ?? '').to.be.at.least(24);
        }
      });

      it('a glossary popover opens fully on screen', async () => {
        const element = await mountExplainer(rich.customerId, rich.invoiceId, { lang: 'nl' });
        condition.apply(element);
        await frames();
        const term = popover(element, 'no.forsinkelsesrente');
        await sendMouse({ type: 'click', position: centreOf(popoverParts(term).trigger) });
        await frames();
        await frames();
        expect(term.open).to.equal(true);
        expect(insideViewport(popoverParts(term).panel.getBoundingClientRect())).to.equal(true);
        expect(document.documentElement.scrollWidth).to.be.at.most(document.documentElement.clientWidth);
        term.hide();
      });
    });
  }
});
