import { expect, fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { AmicableInstalmentProposer } from '../../../components/instalment-proposer/instalment-proposer';
import meta, * as stories from '../../../stories/instalment-proposer.stories';
import { norm, one } from './helpers';

/**
 * Every story renders the state it names, as Storybook would run it (the meta's args, the story's
 * render and its `play`), and passes axe. The stories' fake API answers with the domain's own
 * schedule and policy check, so a drift from the contract shows here as the error state.
 */
type StoryArgs = Record<string, unknown>;
interface StoryLike {
  args?: StoryArgs;
  render?: unknown;
  play?: unknown;
}

async function mountStory(story: StoryLike): Promise<AmicableInstalmentProposer> {
  const args = { ...(meta.args as StoryArgs), ...story.args };
  const render = (story.render ?? meta.render) as (args: StoryArgs) => TemplateResult;
  const canvas = await fixture<HTMLElement>(document.createElement('div'));
  const host = await fixture<HTMLElement>(render(args), { parentNode: canvas });
  const element = host as AmicableInstalmentProposer;
  const play = story.play as ((context: { canvasElement: HTMLElement }) => Promise<void>) | undefined;
  if (play) await play({ canvasElement: canvas });
  await element.updateComplete;
  return element;
}

const shows: Record<string, string> = {
  Default: '[part="schedule"]',
  ByAmount: '#amount',
  WithFeeAndFortnightly: '#frequency-biweekly',
  OutsidePolicy: '[part="review"]',
  ValidationErrors: '[part="error-summary"]',
  Agreed: '[part="result"]',
  AwaitingCreditor: '[part="result"].pending',
  PromiseForm: '#promiseDate',
  PromiseConfirmed: '[part="result"]',
  AlreadyPlanned: '[part="problem"]',
  Loading: '[role="status"]',
  LoadFailed: '[part="problem"] button',
};

describe('instalment proposer stories', function () {
  this.timeout(30_000);

  for (const [name, story] of Object.entries(stories).filter(([key]) => key !== 'default')) {
    it(`${name} renders what it names and passes axe`, async () => {
      const element = await mountStory(story as StoryLike);
      const selector = shows[name] ?? '[part="heading"]';
      await waitUntil(() => element.shadowRoot?.querySelector(selector) != null, `${name}: no ${selector}`, {
        timeout: 10_000,
      });
      await expect(element).to.be.accessible();
    });
  }

  it('the fee story adds the fee to the first instalment', async () => {
    const element = await mountStory(stories.WithFeeAndFortnightly as StoryLike);
    await waitUntil(() => element.shadowRoot?.querySelector('.fee-note') != null, 'no fee note');
    expect(norm(one(element, '.fee-note').textContent)).to.contain('plan fee');
  });
});
