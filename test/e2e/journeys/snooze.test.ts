import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bannerButton,
  bannerNotice,
  bannerText,
  cut,
  expectCleanJourney,
  explainer,
  fixedParts,
  type Journeys,
  logIn,
  markets,
  reload,
  seededCustomer,
  startJourneys,
  step,
  waitForText,
} from './journey';

/**
 * "Remind me later": the notice steps aside, says when it comes back, keeps the keyboard user's
 * place, and stays away after a reload; the invoice itself stays on the page.
 */
let journeys: Journeys;

beforeAll(async () => {
  journeys = await startJourneys();
}, 120_000);

afterAll(async () => {
  await journeys?.close();
});

describe.each(markets)('snooze ($language, $variant)', (market) => {
  it('remind me later hides the notice, and a reload keeps it hidden', async () => {
    const { messages } = market;
    const journey = await logIn(journeys, market, seededCustomer(journeys.demo, market, 'final'));
    await bannerText(journey);
    await journey.page.evaluate(() => {
      const banner = document.querySelector('amicable-overdue-banner');
      banner?.addEventListener('amicable-dismissed', (event) => {
        (window as unknown as { __dismissed: unknown }).__dismissed = (event as CustomEvent).detail;
      });
    });

    const snooze = bannerButton(journey, messages.actions.snooze);
    await snooze.focus();
    await journey.page.keyboard.press('Enter');
    const snoozed = journey.page.locator('amicable-overdue-banner [part~="snoozed"]');
    for (const part of fixedParts(messages.banner.snoozed, { date: cut })) {
      await waitForText(snoozed, part);
    }
    expect(await bannerNotice(journey).count()).toBe(0);
    // The confirmation takes the focus of the button that is gone.
    await expect.poll(() => snoozed.evaluate((element) => element.matches(':focus'))).toBe(true);
    const dismissed = await journey.page.evaluate(
      () => (window as unknown as { __dismissed?: { until: string } }).__dismissed,
    );
    expect(Date.parse(dismissed?.until ?? '')).toBeGreaterThan(Date.now());
    await step(journey, 'snooze-1-snoozed');

    await reload(journey);
    await journey.page.waitForFunction(
      () => document.querySelector('amicable-overdue-banner')?.account !== undefined,
    );
    expect(await bannerNotice(journey).count()).toBe(0);
    expect(await snoozed.count()).toBe(0);
    await waitForText(explainer(journey), messages.explainer.actionsHeading);
    await step(journey, 'snooze-2-after-reload');
    await expectCleanJourney(journey);
    await journey.context.close();
  });
});
