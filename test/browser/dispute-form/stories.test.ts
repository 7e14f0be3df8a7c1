import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AmicableDisputeForm } from '../../../components/dispute-form/dispute-form';
import meta, * as stories from '../../../stories/dispute-form.stories';

/**
 * Every story shows the state it is named for (its fixtures pass the contract's checks in the
 * element, or it would show the load error instead) and passes axe. The stories fake the API at the
 * network boundary, XMLHttpRequest included, so this file runs in a page of its own.
 */
type StoryArgs = Record<string, unknown>;
interface StoryLike {
  args?: StoryArgs;
  render?: (args: StoryArgs, context: unknown) => TemplateResult;
  play?: (context: { canvasElement: HTMLElement }) => Promise<void>;
}

const shadow = (element: AmicableDisputeForm, selector: string) =>
  element.shadowRoot?.querySelector(selector) ?? null;

/** What each story must end up showing. */
const expectations: Record<string, (element: AmicableDisputeForm) => boolean> = {
  Default: (element) => shadow(element, 'form') !== null,
  FromAnInvoiceLine: (element) => (shadow(element, '#line-1') as HTMLInputElement | null)?.checked === true,
  AnAmount: (element) => shadow(element, '#amount') !== null,
  WithAttachments: (element) =>
    element.shadowRoot!.querySelectorAll('[part="file"]').length === 2 &&
    shadow(element, '.notices li') !== null,
  ValidationErrors: (element) => shadow(element, '[part="error-summary"]') !== null,
  Sending: (element) =>
    [...element.shadowRoot!.querySelectorAll<HTMLProgressElement>('[part="progress"]')].some(
      (bar) => bar.value > 0,
    ),
  Sent: (element) => shadow(element, '[part="confirmation"]') !== null,
  FileRefusedByServer: (element) => shadow(element, '[part="file"] .field-error') !== null,
  SendFailed: (element) => shadow(element, '[part="problem"]') !== null,
  Loading: (element) => shadow(element, '[role="status"]') !== null && shadow(element, 'form') === null,
  LoadFailed: (element) => shadow(element, '[part="problem"] button') !== null,
  English: (element) => shadow(element, 'form') !== null,
  Norwegian: (element) => shadow(element, '[part="heading"]')?.textContent === 'Si fra om noe er feil',
  Dutch: (element) => shadow(element, '[part="heading"]')?.textContent === 'Laat weten wat er niet klopt',
  German: (element) => shadow(element, '[part="heading"]')?.textContent === 'Mitteilen, was nicht stimmt',
  NorwegianSent: (element) => /Referanse: D-/.test(shadow(element, '[part="reference"]')?.textContent ?? ''),
  Themed: (element) => shadow(element, 'form') !== null,
  Dark: (element) => shadow(element, 'form') !== null,
};

const realXhr = window.XMLHttpRequest;

describe('dispute form stories', function () {
  this.timeout(30_000);

  after(() => {
    window.XMLHttpRequest = realXhr;
  });

  it('has an expectation for every story', () => {
    const names = Object.keys(stories).filter((name) => name !== 'default');
    expect(names.sort()).to.deep.equal(Object.keys(expectations).sort());
  });

  for (const [name, shows] of Object.entries(expectations)) {
    it(`${name} shows its state and passes axe`, async () => {
      const story = (stories as unknown as Record<string, StoryLike>)[name]!;
      const args = { ...(meta.args as StoryArgs), ...story.args };
      const render = (story.render ?? meta.render) as (args: StoryArgs, context: unknown) => TemplateResult;
      const canvas = await fixture<HTMLDivElement>(render(args, {}), {
        parentNode: document.createElement('div'),
      });
      const container = canvas.parentElement as HTMLElement;
      await story.play?.({ canvasElement: container });
      const element = container.querySelector<AmicableDisputeForm>('amicable-dispute-form')!;
      await waitUntil(() => shows(element), `${name} never showed its state`, { timeout: 15_000 });
      await element.updateComplete;
      await expect(element).to.be.accessible();
    });
  }
});
