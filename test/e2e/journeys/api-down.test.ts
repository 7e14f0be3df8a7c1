import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { en } from '../../../src/client/i18n/en';
import { amicableErrors } from '../harness';
import {
  bannerNotice,
  bannerText,
  expectCleanJourney,
  explainer,
  flowDialog,
  type Journeys,
  logIn,
  markets,
  seededCustomer,
  startJourneys,
  step,
  waitForDialog,
  waitForText,
} from './journey';

/**
 * The creditor's API stops answering in the middle of a visit. The portal is the customer's page,
 * not ours: its own content and navigation must go on working, and each element must say calmly
 * that it could not load (once, with one `amicable-error` for the host), throw nothing at the
 * page, and recover when the API is back. The API is cut off where the browser meets it (every
 * `/v1/` request refused), while the script-tag files stay reachable as from a CDN.
 */
let journeys: Journeys;

beforeAll(async () => {
  journeys = await startJourneys();
}, 120_000);

afterAll(async () => {
  await journeys?.close();
});

describe.each(markets)('the API stops mid-journey ($language, $variant)', (market) => {
  it('leaves the portal usable and every element calm', async () => {
    const { messages } = market;
    const journey = await logIn(journeys, market, seededCustomer(journeys.demo, market, 'collection'));
    await bannerText(journey);
    await step(journey, 'api-down-1-before');

    const api = `${journeys.demo.variants[market.variant].apiUrl}/v1/**`;
    await journey.context.route(api, (route) => route.abort('connectionrefused'));

    // The customer goes on to pay; the flow cannot load its data and says so, calmly.
    await explainer(journey).getByRole('button', { name: messages.actions.pay, exact: true }).click();
    const payNow = (await waitForDialog(journey, messages.actions.pay)).locator('amicable-pay-now');
    await waitForText(payNow.locator('[role="alert"]'), messages.common.errorFallback);
    expect(await payNow.getByRole('button', { name: messages.common.retry }).isVisible()).toBe(true);
    await step(journey, 'api-down-2-pay-failed');
    expect(await amicableErrors(journey.page)).toEqual([
      { element: 'amicable-pay-now', code: 'network_error', retryable: true },
    ]);
    await journey.page.keyboard.press('Escape');
    await flowDialog(journey).waitFor({ state: 'detached' });

    // The portal's own navigation still works: the customer switches the language to English.
    await journey.page
      .getByRole('navigation', { name: 'Language' })
      .getByRole('link', { name: 'English' })
      .click();
    await journey.page.waitForURL(/\?lang=en-GB$/);
    await journey.page.getByRole('heading', { level: 1 }).waitFor();
    const failed = explainer(journey).locator('[part~="error"]');
    await waitForText(failed, en.common.errorFallback);
    await expect
      .poll(() => amicableErrors(journey.page), { timeout: 20_000 })
      .toEqual(
        expect.arrayContaining([
          { element: 'amicable-invoice-explainer', code: 'network_error', retryable: true },
          { element: 'amicable-overdue-banner', code: 'network_error', retryable: true },
        ]),
      );
    // The banner stays out of the way: nothing rather than a broken notice.
    expect(await bannerNotice(journey).count()).toBe(0);
    await step(journey, 'api-down-3-elements-calm');

    // The API is back; "try again" brings the invoice.
    await journey.context.unroute(api);
    await failed.getByRole('button', { name: en.common.retry }).click();
    await explainer(journey).getByRole('heading', { level: 2 }).first().waitFor();
    await waitForText(explainer(journey), en.explainer.actionsHeading);
    await step(journey, 'api-down-4-recovered');

    // One event per element that failed, no more; nothing uncaught, no CSP violation.
    await expectCleanJourney(journey, {
      amicableErrors: [
        { element: 'amicable-overdue-banner', code: 'network_error', retryable: true },
        { element: 'amicable-invoice-explainer', code: 'network_error', retryable: true },
      ],
    });
    await journey.context.close();
  });
});
