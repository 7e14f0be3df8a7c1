import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import { resetCreditorWording } from '../../../components/base/creditor-wording';
import type { AmicableOverdueBanner } from '../../../components/overdue-banner/overdue-banner';
import { nl } from '../../../src/client/i18n/nl';
import meta, * as stories from '../../../stories/overdue-banner-overrides.stories';

/**
 * The creditor-wording stories show what they are named for. They fake the API at the client
 * boundary, so this file runs in a page of its own.
 */
async function renderStory(story: { args?: Record<string, unknown> }): Promise<AmicableOverdueBanner> {
  const args = { ...meta.args, ...story.args } as Parameters<NonNullable<typeof meta.render>>[0];
  const template = meta.render!(args, {} as never) as TemplateResult;
  const element = await fixture<AmicableOverdueBanner>(template);
  await waitUntil(() => element.matches(':state(shown)'), 'the story showed no notice', { timeout: 8_000 });
  return element;
}

const heading = (element: AmicableOverdueBanner) =>
  element.shadowRoot?.querySelector('[part~="heading"]')?.textContent?.replace(/\s+/g, ' ').trim();

describe("overdue banner stories in the creditor's words", function () {
  this.timeout(20_000);
  afterEach(() => {
    resetCreditorWording();
  });

  it("OwnHeading shows the creditor's heading with the creditor filled in, and passes axe", async () => {
    const element = await renderStory(stories.OwnHeading);
    expect(heading(element)).to.match(/^Hei fra Fjordlys Energi AS! .+ forfalt .+$/);
    expect(heading(element)).not.to.contain('{');
    await expect(element).to.be.accessible();
  });

  it('MarkupShowsAsText shows the angle brackets', async () => {
    const element = await renderStory(stories.MarkupShowsAsText);
    expect(heading(element)).to.match(/^<b>Fjordlys Energi AS<\/b>: /);
    expect(element.shadowRoot?.querySelector('[part~="heading"] b')).to.equal(null);
  });

  it('OtherLanguage keeps the built-in Dutch copy', async () => {
    const element = await renderStory(stories.OtherLanguage);
    expect(heading(element)).not.to.contain('Hei fra');
    const labels = [...(element.shadowRoot?.querySelectorAll('[part~="action"]') ?? [])].map((button) =>
      button.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(labels).to.include(nl.actions.pay);
  });
});
