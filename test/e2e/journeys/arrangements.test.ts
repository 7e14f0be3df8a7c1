import type { Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDate } from '../../../src/client/i18n/format';
import type { AccountSummary } from '../../../src/contract/account';
import {
  adminRequest,
  bannerButton,
  bannerHeading,
  bannerNotice,
  bannerText,
  customerRequest,
  cut,
  deepText,
  expectCleanJourney,
  fixedParts,
  flowDialog,
  type JourneyPage,
  type Journeys,
  logIn,
  markets,
  normalise,
  reload,
  seededCustomer,
  startJourneys,
  step,
  waitForDialog,
  waitForText,
} from './journey';

/**
 * Customers who cannot pay everything now, in Norway and the Netherlands: an instalment plan the
 * creditor's policy agrees to at once; one that asks for more (the first instalment later than the
 * policy allows, within twice its limit), which the creditor approves through its admin API; and
 * a promise to pay everything on a date. Each leaves the notice saying reminders are paused; a
 * plan under review says so, with the day the answer comes, until the creditor agrees.
 */
let journeys: Journeys;

beforeAll(async () => {
  journeys = await startJourneys();
}, 120_000);

afterAll(async () => {
  await journeys?.close();
});

/** The plan as the account summary (what the banner loaded) has it. */
async function planStatus(journey: JourneyPage): Promise<string | undefined> {
  const account = await customerRequest<AccountSummary>(journey, 'account');
  return account.plan?.status;
}

/** What the banner's notice says happens next. */
function bannerNextStep(journey: JourneyPage): Locator {
  return bannerNotice(journey).locator('[part~="next-step"]');
}

/** Closes the flow dialog with its close button and waits until it is gone. */
async function closeDialog(journey: JourneyPage): Promise<void> {
  await flowDialog(journey).getByRole('button', { name: journey.market.messages.common.dialogClose }).click();
  await flowDialog(journey).waitFor({ state: 'detached' });
}

describe.each(markets)('arrangements ($language, $variant)', (market) => {
  const { messages, tone } = market;
  const planNotice = messages.banner.paused.plan[tone.style][tone.formality];
  const pendingNotice = messages.banner.planPending[tone.style][tone.formality];
  const promiseNotice = messages.banner.paused.promise[tone.style][tone.formality];

  it('a plan within the policy is agreed at once, and the notice says the plan runs', async () => {
    const journey = await logIn(journeys, market, seededCustomer(journeys.demo, market, 'reminder'));
    await bannerText(journey);
    await bannerButton(journey, messages.actions.plan).click();
    const proposer = (await waitForDialog(journey, messages.actions.plan)).locator(
      'amicable-instalment-proposer',
    );
    // The form starts from the policy's own suggestion: sending it as it is stays within the policy.
    await proposer.getByRole('button', { name: messages.plan.submit }).waitFor();
    expect(await proposer.locator('[part~="review"]').count()).toBe(0);
    await step(journey, 'plan-1-proposal');
    await proposer.getByRole('button', { name: messages.plan.submit }).click();
    await waitForText(proposer.locator('#result-heading'), messages.plan.acceptedHeading);
    await step(journey, 'plan-2-agreed');
    expect(await planStatus(journey)).toBe('accepted');

    await closeDialog(journey);
    // The banner fetched the account again when the plan was made.
    await waitForText(bannerHeading(journey), planNotice.heading({} as never));
    await reload(journey);
    await waitForText(bannerHeading(journey), planNotice.heading({} as never));
    await step(journey, 'plan-3-notice');
    await expectCleanJourney(journey);
    await journey.context.close();
  });

  it('a plan beyond the policy waits for the creditor, who approves it through the admin API', async () => {
    const journey = await logIn(journeys, market, seededCustomer(journeys.demo, market, 'firm'));
    await bannerText(journey);
    await bannerButton(journey, messages.actions.plan).click();
    const proposer = (await waitForDialog(journey, messages.actions.plan)).locator(
      'amicable-instalment-proposer',
    );
    const firstDate = proposer.getByLabel(messages.plan.firstDate, { exact: true });
    await firstDate.waitFor();
    // The latest first date the form offers is beyond the policy (within twice it): a review.
    const latest = await firstDate.getAttribute('max');
    expect(latest).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    await firstDate.fill(latest!);
    await firstDate.press('Tab');
    const { creditor } = await customerRequest<AccountSummary>(journey, 'account');
    await waitForText(
      proposer.locator('[part~="review"]'),
      messages.plan.outsidePolicy({ creditor: creditor.name }),
    );
    await step(journey, 'plan-pending-1-proposal');
    await proposer.getByRole('button', { name: messages.plan.submit }).click();
    await waitForText(proposer.locator('#result-heading'), messages.plan.pendingHeading);
    await step(journey, 'plan-pending-2-sent');
    const { plan } = await customerRequest<AccountSummary>(journey, 'account');
    expect(plan?.status).toBe('pending');
    await closeDialog(journey);

    // The banner fetched the account again when the plan was proposed: it says the proposal is
    // being looked at and names the day the answer comes, never that the plan runs.
    const answerBy = pendingNotice.nextStep({
      nextDate: formatDate(plan!.respondBy!, market.locale),
    } as never);
    await waitForText(bannerHeading(journey), pendingNotice.heading({} as never));
    await waitForText(bannerNextStep(journey), answerBy);
    await reload(journey);
    await waitForText(bannerHeading(journey), pendingNotice.heading({} as never));
    await waitForText(bannerNextStep(journey), answerBy);
    expect(await deepText(bannerHeading(journey))).not.toContain(normalise(planNotice.heading({} as never)));
    await step(journey, 'plan-pending-3-notice');

    // The creditor's back office approves it, and the customer sees the difference.
    await adminRequest(journeys.demo, market.variant, 'POST', `plans/${plan!.id}/decision`, {
      decision: 'accept',
      message: 'Approved in the end-to-end journey',
    });

    await reload(journey);
    await waitForText(bannerHeading(journey), planNotice.heading({} as never));
    expect(await deepText(bannerNextStep(journey))).not.toContain(normalise(answerBy));
    await step(journey, 'plan-pending-4-approved');
    await expectCleanJourney(journey);
    await journey.context.close();
  });

  it('a promise to pay on a date pauses the reminders until then', async () => {
    const journey = await logIn(journeys, market, seededCustomer(journeys.demo, market, 'final'));
    await bannerText(journey);
    await bannerButton(journey, messages.actions.promise).click();
    const proposer = (await waitForDialog(journey, messages.actions.promise)).locator(
      'amicable-instalment-proposer',
    );
    const date = proposer.getByLabel(messages.plan.promiseDate, { exact: true });
    await date.waitFor();
    const [earliest, latest] = [await date.getAttribute('min'), await date.getAttribute('max')];
    expect(earliest! < latest!).toBe(true);
    // A week after the earliest date, or the latest the creditor allows if that is sooner.
    const inAWeek = new Date(`${earliest}T00:00:00Z`);
    inAWeek.setUTCDate(inAWeek.getUTCDate() + 7);
    const promised = [inAWeek.toISOString().slice(0, 10), latest!].sort()[0]!;
    await date.fill(promised);
    await date.press('Tab');
    for (const part of fixedParts(messages.plan.promiseStatement, { date: cut })) {
      await waitForText(proposer.locator('.statement'), part);
    }
    await step(journey, 'promise-1-date');
    await proposer.getByRole('button', { name: messages.plan.submitPromise }).click();
    await waitForText(proposer.locator('#result-heading'), messages.plan.promiseConfirmedHeading);
    await step(journey, 'promise-2-confirmed');
    const account = await customerRequest<AccountSummary>(journey, 'account');
    expect(account.promise?.date).toBe(promised);

    await closeDialog(journey);
    await waitForText(bannerHeading(journey), promiseNotice.heading({} as never));
    await reload(journey);
    await waitForText(bannerHeading(journey), promiseNotice.heading({} as never));
    await step(journey, 'promise-3-notice');
    await expectCleanJourney(journey);
    await journey.context.close();
  });
});
