import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AmicableInvoiceExplainer } from '../../../components/invoice-explainer/invoice-explainer';
import meta, * as stories from '../../../stories/invoice-explainer.stories';
import { all, popover, textOf } from './helpers';

/**
 * The stories render what they promise: each fixture passes the contract's validation in the
 * element (a fixture that drifted from `InvoiceDetail` would show the error state instead), and
 * the Dutch, German and British invoices show their own legal terms, which the browser tests'
 * Norwegian server cannot produce. Each story is also audited by axe.
 */
type StoryArgs = Record<string, unknown>;
interface StoryLike {
  args?: StoryArgs;
  render?: (args: StoryArgs) => TemplateResult;
}
type Decorator = (story: () => TemplateResult) => TemplateResult;

/** A story as Storybook would render it: the meta's args and decorators around the story's render. */
function renderStory(story: StoryLike): TemplateResult {
  const args = { ...(meta.args as StoryArgs), ...story.args };
  const render = (story.render ?? meta.render) as unknown as (args: StoryArgs) => TemplateResult;
  const decorators = (meta.decorators ?? []) as unknown as Decorator[];
  let inner = () => render(args);
  for (const decorator of decorators) {
    const wrapped = inner;
    inner = () => decorator(wrapped);
  }
  return inner();
}

async function mountStory(story: unknown): Promise<AmicableInvoiceExplainer> {
  const host = await fixture<HTMLElement>(renderStory(story as StoryLike));
  const element = (
    host.localName === 'amicable-invoice-explainer' ? host : host.querySelector('amicable-invoice-explainer')
  ) as AmicableInvoiceExplainer;
  await waitUntil(
    () => element.shadowRoot?.querySelector('.base, .error, .loading') !== null,
    'the story rendered nothing',
    { timeout: 10_000 },
  );
  return element;
}

const invoiceStories = Object.entries(stories).filter(
  ([name]) => name !== 'default' && name !== 'Loading' && name !== 'LoadFailed',
);

describe('invoice explainer stories', function () {
  this.timeout(30_000);

  for (const [name, story] of invoiceStories) {
    it(`${name} renders its invoice and passes axe`, async () => {
      const element = await mountStory(story);
      await waitUntil(() => element.shadowRoot!.querySelector('.base') !== null, `${name} did not load`, {
        timeout: 10_000,
      });
      await expect(element).to.be.accessible();
    });
  }

  it('the Dutch invoice explains wettelijke rente and the incassokosten that would follow', async () => {
    const element = await mountStory(stories.RichDutch);
    await waitUntil(() => element.invoiceDetail !== undefined, 'not loaded', { timeout: 10_000 });
    await element.updateComplete;
    expect(popover(element, 'nl.wettelijke-rente').term).to.equal('Wettelijke rente');
    expect(popover(element, 'nl.incassokosten').term).to.equal('Incassokosten');
    expect(popover(element, 'nl.14-dagenbrief').term).to.equal('14-dagenbrief');
    expect(popover(element, 'nl.betalingskenmerk').term).to.equal('Betalingskenmerk');
  });

  it('the German invoice explains Mahngebühr, Verzugszinsen and Mahnung', async () => {
    const element = await mountStory(stories.RichGerman);
    await waitUntil(() => element.invoiceDetail !== undefined, 'not loaded', { timeout: 10_000 });
    await element.updateComplete;
    expect(popover(element, 'de.mahngebuehr').term).to.equal('Mahngebühr');
    expect(popover(element, 'de.verzugszinsen').term).to.equal('Verzugszinsen');
    expect(popover(element, 'de.mahnung').term).to.equal('Mahnung');
    expect(popover(element, 'rf-reference').term).to.equal('RF-Referenz');
  });

  it('the British invoice explains late payment compensation', async () => {
    const element = await mountStory(stories.RichEnglish);
    await waitUntil(() => element.invoiceDetail !== undefined, 'not loaded', { timeout: 10_000 });
    await element.updateComplete;
    expect(popover(element, 'gb.late-payment-compensation').term).to.equal('Late payment compensation');
    expect(all(element, '[part="charge"]').map((charge) => charge.dataset.basis)).to.deep.equal([
      'gb.late-payment-act.fixed-sum',
      'gb.late-payment-act',
    ]);
  });

  it('the disputed invoice shows the part on hold and the answer to wait for', async () => {
    const element = await mountStory(stories.Disputed);
    await waitUntil(() => element.invoiceDetail !== undefined, 'not loaded', { timeout: 10_000 });
    await element.updateComplete;
    expect(textOf(element.shadowRoot!.querySelector('[part="amount-to-pay"]')!)).to.include('omtvistet');
    expect(popover(element, 'dispute').term).to.equal('Innsigelse');
    expect(all(element, '[part~="action"]').map((button) => button.dataset.action)).to.deep.equal([
      'pay',
      'plan',
      'promise',
      'dispute',
    ]);
  });

  it('Loading shows a status, LoadFailed a retry, and both pass axe', async () => {
    const loading = await mountStory(stories.Loading);
    expect(loading.shadowRoot!.querySelector('[part="loading"]')?.getAttribute('role')).to.equal('status');
    await expect(loading).to.be.accessible();
    const failed = await mountStory(stories.LoadFailed);
    await waitUntil(() => failed.shadowRoot!.querySelector('[part="retry-button"]') !== null, 'no retry', {
      timeout: 10_000,
    });
    await expect(failed).to.be.accessible();
  });
});
