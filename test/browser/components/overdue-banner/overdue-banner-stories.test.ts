import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { en } from '../../../../src/client/i18n/en';
import { formatDate } from '../../../../src/client/i18n/format';
import meta, * as stories from '../../../../stories/overdue-banner.stories';
import { animationsFinished } from '../../support/animations';

/**
 * The plan stories render what they are named for: their fixtures pass the contract's checks in
 * the element (or the banner would stay empty), and a plan under review reads differently from an
 * agreed one. The stories fake the API at the client boundary, so this file runs in a page of its own.
 */
type StoryArgs = Record<string, unknown>;
interface StoryLike {
  args?: StoryArgs;
}

async function renderStory(story: StoryLike): Promise<AmicableOverdueBanner> {
  const args = { ...meta.args, ...story.args, lang: 'en' } as Parameters<NonNullable<typeof meta.render>>[0];
  const template = meta.render!(args, {} as never) as TemplateResult;
  const element = await fixture<AmicableOverdueBanner>(template);
  await waitUntil(() => element.matches(':state(shown)'), 'the story showed no notice', { timeout: 8_000 });
  return element;
}

const heading = (element: AmicableOverdueBanner) =>
  element.shadowRoot!.querySelector('[part~="heading"]')?.textContent?.trim();

describe('overdue banner plan stories', () => {
  it('PausedByPlanUnderReview says the proposal is being looked at, with the answer date, and passes axe', async () => {
    const element = await renderStory(stories.PausedByPlanUnderReview);
    expect(element.account!.plan?.status).to.equal('pending');
    expect(heading(element)).to.equal(en.banner.planPending.direct.informal.heading({} as never));
    const respondBy = element.account!.plan!.respondBy!;
    expect(element.shadowRoot!.querySelector('[part~="next-step"]')!.textContent!.trim()).to.equal(
      en.banner.planPending.direct.informal.nextStep({ nextDate: formatDate(respondBy, 'en') } as never),
    );
    await animationsFinished();
    await expect(element).to.be.accessible();
  });

  it("DeclinedPlan tells of the creditor's no with its words as text, how to reach it, and passes axe", async () => {
    const element = await renderStory(stories.DeclinedPlan);
    const declined = element.account!.declinedPlan!;
    expect(declined.status).to.equal('rejected');
    expect(element.matches(':state(declined)')).to.equal(true);
    expect(heading(element)).to.equal(en.banner.declined.direct.informal.heading({} as never));
    const quote = element.shadowRoot!.querySelector('[part~="creditor-message"] blockquote')!;
    expect(quote.textContent).to.equal(declined.message);
    expect(quote.children.length).to.equal(0);
    const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('[part~="contact"] a')];
    expect(links.map((link) => link.getAttribute('href'))).to.deep.equal([
      'mailto:kundeservice@fjordlys.example',
      'tel:+4722334455',
      'https://fjordlys.example/help',
    ]);
    expect(links.map((link) => link.textContent)).to.deep.equal([
      'kundeservice@fjordlys.example',
      '+47 22 33 44 55',
      'fjordlys.example/help',
    ]);
    await animationsFinished();
    await expect(element).to.be.accessible();
  });

  it('DeclinedPlanAtFinalNotice keeps the final notice its heading and tells of the no beneath it', async () => {
    const element = await renderStory(stories.DeclinedPlanAtFinalNotice);
    expect(heading(element)).to.equal(en.banner.final.direct.informal.heading({} as never));
    expect(element.shadowRoot!.querySelector('[part~="body"]')!.textContent).to.contain(
      "we couldn't agree to the plan",
    );
  });

  it('PausedByPlan still says the plan is on track', async () => {
    const element = await renderStory(stories.PausedByPlan);
    expect(element.account!.plan).to.equal(null);
    expect(heading(element)).to.equal(en.banner.paused.plan.direct.informal.heading({} as never));
  });
});
