import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FakeStripe, startFakeStripe } from '../../api/payments-fake-stripe';
import { type ConfirmAnswer, confirmBinding, fakeStripeJs } from './fake-stripe-js';
import {
  bannerButton,
  bannerNotice,
  bannerText,
  expectCleanJourney,
  explainer,
  flowDialog,
  type Journeys,
  logIn,
  type Market,
  markets,
  reload,
  seededCustomer,
  startJourneys,
  step,
  waitForDialog,
  waitForText,
} from './journey';

/**
 * Paying by card. Stripe is replaced at its two edges and nowhere else: the APIs talk to a local
 * stand-in of Stripe's API (test/api/payments-fake-stripe.ts), and the browser gets a stand-in
 * Stripe.js at https://js.stripe.com, the very URL the real loader (`src/client/stripe-loader.ts`,
 * through `@stripe/stripe-js`) puts in a script element, under the portal's own CSP. The customer's
 * confirmation moves the PaymentIntent at the stand-in, which sends the API its signed webhook.
 */
let stripe: FakeStripe;
let journeys: Journeys;
/** Every confirmation the browser reported, and what the API answered the webhook with. */
const confirmations: { id: string; webhookStatus: number }[] = [];

beforeAll(async () => {
  stripe = await startFakeStripe();
  journeys = await startJourneys({
    stripe: {
      secretKey: stripe.secretKey,
      publishableKey: stripe.publishableKey,
      webhookSecret: stripe.webhookSecret,
      apiBase: stripe.url,
    },
  });
}, 120_000);

afterAll(async () => {
  await journeys?.close();
  await stripe?.close();
});

/**
 * The journey itself: the notice's "pay now", card, a card number, pay, the receipt, and after a
 * reload nothing is due.
 */
async function payByCard(market: Market): Promise<void> {
  const { messages } = market;
  // This creditor's API is where the stand-in delivers the events of this journey's payment.
  stripe.webhookUrl = journeys.demo.variants[market.variant].stripeWebhookUrl;
  const customer = seededCustomer(journeys.demo, market, 'reminder');
  const journey = await logIn(journeys, market, customer);
  const name = 'card';

  const stripeJsRequests: string[] = [];
  await journey.context.route('https://js.stripe.com/**', async (route) => {
    stripeJsRequests.push(route.request().url());
    await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: fakeStripeJs });
  });
  await journey.page.exposeFunction(confirmBinding, async (id: string): Promise<ConfirmAnswer> => {
    const answer = await fetch(`${stripe.url}/__control/confirm`, {
      method: 'POST',
      body: JSON.stringify({ id, outcome: 'succeeded' }),
    });
    const { intent, webhookStatus } = (await answer.json()) as {
      intent: { status: string };
      webhookStatus: number;
    };
    confirmations.push({ id, webhookStatus });
    return { status: intent.status };
  });

  await bannerText(journey);
  await bannerButton(journey, messages.actions.pay).click();
  const payNow = (await waitForDialog(journey, messages.actions.pay)).locator('amicable-pay-now');
  await payNow.getByRole('radio', { name: messages.payNow.card }).check();
  const cardNumber = payNow.getByLabel('Card number');
  await cardNumber.waitFor({ timeout: 20_000 });
  expect(stripeJsRequests).toHaveLength(1);
  expect(new URL(stripeJsRequests[0]!).origin).toBe('https://js.stripe.com');
  await cardNumber.fill('4242 4242 4242 4242');
  await step(journey, `${name}-1-form`);

  await payNow.locator('[part~="pay-button"]').click();
  await waitForText(payNow.locator('[part~="receipt"]'), messages.payNow.successHeading);
  // Stripe's signed event reached the creditor's API and was accepted.
  expect(confirmations).toEqual([{ id: expect.stringMatching(/^pi_/), webhookStatus: 200 }]);
  confirmations.length = 0;
  await step(journey, `${name}-2-paid`);

  await flowDialog(journey).getByRole('button', { name: messages.common.dialogClose }).click();
  await flowDialog(journey).waitFor({ state: 'detached' });
  await reload(journey);
  await waitForText(explainer(journey), messages.explainer.nothingToPay);
  await journey.page.waitForFunction(
    () => document.querySelector('amicable-overdue-banner')?.account !== undefined,
  );
  expect(await bannerNotice(journey).count()).toBe(0);
  await step(journey, `${name}-3-nothing-due`);
  await expectCleanJourney(journey);
  await journey.context.close();
}

describe.each(markets)('card payment ($language, $variant)', (market) => {
  it("pays by card through Stripe under the portal's strict CSP, and the notice is gone", async () => {
    await payByCard(market);
  });
});
