/**
 * A fake Stripe.js for `<amicable-pay-now>`, injected with `setStripeFactory` at exactly the
 * boundary where the real one is loaded from js.stripe.com (which these machines cannot reach).
 * It behaves like Stripe.js where the element depends on it: `mount` refuses a node inside a
 * shadow root, the Payment Element reports `ready`, and `confirmPayment` answers success, a
 * decline, or a 3-D Secure challenge the test completes. What the customer does is also told to
 * the server's fake Stripe API (`/__test/stripe/…`), which then sends the API its signed webhook,
 * so browser, API and "Stripe" agree as they would in production.
 */
import type {
  ConfirmResultLike,
  ElementsLike,
  PaymentElementLike,
  StripeFactory,
  StripeLike,
} from '../../../src/client/stripe-loader';

export type FakeOutcome = 'succeeded' | 'declined' | 'requires_action' | 'processing' | 'validation_error';

export interface FakeStripeJs {
  factory: StripeFactory;
  /** Publishable keys Stripe.js was loaded with. */
  readonly loads: string[];
  /** What each `elements()` call received. */
  readonly elementsCalls: { clientSecret: string; appearance?: Record<string, unknown>; locale?: string }[];
  /** Nodes the Payment Element was mounted into. */
  readonly mounts: HTMLElement[];
  /** Every `confirmPayment` call's options. */
  readonly confirms: { redirect: string; returnUrl: string | undefined }[];
  /** What the next `confirmPayment` leads to. */
  nextOutcome: FakeOutcome;
  /** The 3-D Secure challenge on screen, once `confirmPayment` shows one. */
  challenge(): Promise<HTMLElement>;
}

/** The PaymentIntent id inside a client secret (`pi_123_secret_abc` → `pi_123`). */
export function intentIdOf(clientSecret: string): string {
  return clientSecret.split('_secret_')[0] ?? clientSecret;
}

async function tellStripe(
  route: 'confirm' | 'complete-action',
  body: Record<string, unknown>,
): Promise<void> {
  const response = await fetch(`/__test/stripe/${route}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok)
    throw new Error(`/__test/stripe/${route} answered ${response.status}: ${await response.text()}`);
}

export function createFakeStripe(): FakeStripeJs {
  const loads: string[] = [];
  const elementsCalls: FakeStripeJs['elementsCalls'] = [];
  const mounts: HTMLElement[] = [];
  const confirms: FakeStripeJs['confirms'] = [];
  let challengeShown: (element: HTMLElement) => void = () => {};
  let challengePromise = new Promise<HTMLElement>((resolve) => {
    challengeShown = resolve;
  });

  const fake: FakeStripeJs = {
    loads,
    elementsCalls,
    mounts,
    confirms,
    nextOutcome: 'succeeded',
    challenge: () => challengePromise,
    factory: async (publishableKey) => {
      loads.push(publishableKey);
      let clientSecret = '';
      const stripe: StripeLike = {
        elements(options) {
          elementsCalls.push(options);
          clientSecret = options.clientSecret;
          const elements: ElementsLike = {
            create() {
              const handlers = new Map<string, ((event: unknown) => void)[]>();
              let frame: HTMLElement | undefined;
              const element: PaymentElementLike = {
                mount(target) {
                  if (target.getRootNode() instanceof ShadowRoot) {
                    // What Stripe.js says, too.
                    throw new Error('IntegrationError: Elements cannot be mounted in a ShadowRoot.');
                  }
                  mounts.push(target);
                  frame = document.createElement('div');
                  frame.className = 'fake-stripe-payment-element';
                  const label = document.createElement('label');
                  label.textContent = 'Card number ';
                  const input = document.createElement('input');
                  input.autocomplete = 'cc-number';
                  input.inputMode = 'numeric';
                  label.append(input);
                  frame.append(label);
                  target.append(frame);
                  setTimeout(() => {
                    for (const handler of handlers.get('ready') ?? []) handler({ elementType: 'payment' });
                  }, 0);
                },
                on(event, handler) {
                  handlers.set(event, [...(handlers.get(event) ?? []), handler]);
                  return element;
                },
                destroy() {
                  frame?.remove();
                },
              };
              return element;
            },
          };
          return elements;
        },
        async confirmPayment(options): Promise<ConfirmResultLike> {
          confirms.push({ redirect: options.redirect, returnUrl: options.confirmParams?.return_url });
          const id = intentIdOf(clientSecret);
          const outcome = fake.nextOutcome;
          if (outcome === 'validation_error') {
            return {
              error: {
                type: 'validation_error',
                code: 'incomplete_number',
                message: 'Your card number is incomplete.',
              },
            };
          }
          await tellStripe('confirm', { id, outcome });
          if (outcome === 'declined') {
            return {
              error: {
                type: 'card_error',
                code: 'card_declined',
                decline_code: 'insufficient_funds',
                message: 'Your card has insufficient funds.',
              },
            };
          }
          if (outcome !== 'requires_action') return { paymentIntent: { id, status: outcome } };
          // Stripe.js shows the bank's challenge in a modal of its own, outside our element.
          const dialog = document.createElement('div');
          dialog.setAttribute('role', 'dialog');
          dialog.setAttribute('aria-label', '3-D Secure test challenge');
          const pass = document.createElement('button');
          pass.textContent = 'Complete authentication';
          const fail = document.createElement('button');
          fail.textContent = 'Fail authentication';
          dialog.append(pass, fail);
          document.body.append(dialog);
          const passed = await new Promise<boolean>((resolve) => {
            pass.addEventListener('click', () => resolve(true));
            fail.addEventListener('click', () => resolve(false));
            challengeShown(dialog);
          });
          dialog.remove();
          challengePromise = new Promise((resolve) => {
            challengeShown = resolve;
          });
          await tellStripe('complete-action', { id, passed });
          return passed
            ? { paymentIntent: { id, status: 'succeeded' } }
            : {
                error: {
                  type: 'invalid_request_error',
                  code: 'payment_intent_authentication_failure',
                  message: 'We are unable to authenticate your payment method.',
                },
              };
        },
      };
      return stripe;
    },
  };
  return fake;
}
