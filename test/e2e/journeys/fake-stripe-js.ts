/**
 * A stand-in for Stripe.js, served to the browser at https://js.stripe.com (where
 * `@stripe/stripe-js` loads the real one, which these machines cannot reach). It does what
 * `<amicable-pay-now>` relies on: `Stripe(key)` with `elements()`, a Payment Element that mounts
 * into a light-DOM node (refusing a shadow root, as Stripe does), reports `ready`, and
 * `confirmPayment`, which asks for a card number and then tells the test's Node side, through a
 * function the page exposes, that the customer confirmed. Node moves the PaymentIntent at the
 * local Stripe API stand-in, which sends the API its signed webhook, as Stripe would.
 *
 * Written as plain browser JavaScript: it is the body of a script file, not a module of ours.
 */

/** The name of the page function the fake calls with the PaymentIntent id on confirmation. */
export const confirmBinding = '__amicableTestStripeConfirm';

/** What Node answers the fake's confirmation with. */
export interface ConfirmAnswer {
  status: string;
}

export const fakeStripeJs = `(() => {
  'use strict';
  function Stripe(publishableKey) {
    if (typeof publishableKey !== 'string' || !publishableKey.startsWith('pk_')) {
      throw new Error('IntegrationError: Invalid value for Stripe(): apiKey should be a publishable key.');
    }
    let clientSecret = '';
    let cardInput;
    return {
      elements(options) {
        clientSecret = options.clientSecret;
        return {
          create(type) {
            const handlers = new Map();
            let frame;
            const element = {
              mount(target) {
                const node = typeof target === 'string' ? document.querySelector(target) : target;
                if (node.getRootNode() instanceof ShadowRoot) {
                  throw new Error('IntegrationError: Elements cannot be mounted in a ShadowRoot.');
                }
                frame = document.createElement('div');
                frame.className = 'fake-stripe-' + type + '-element';
                const label = document.createElement('label');
                label.textContent = 'Card number';
                cardInput = document.createElement('input');
                cardInput.autocomplete = 'cc-number';
                cardInput.inputMode = 'numeric';
                label.append(cardInput);
                frame.append(label);
                node.append(frame);
                setTimeout(() => {
                  for (const handler of handlers.get('ready') ?? []) handler({ elementType: type });
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
      },
      async confirmPayment() {
        if (!cardInput || cardInput.value.replace(/\\s/g, '').length < 12) {
          return { error: { type: 'validation_error', code: 'incomplete_number', message: 'Your card number is incomplete.' } };
        }
        const id = clientSecret.split('_secret_')[0];
        const answer = await window.${confirmBinding}(id);
        return { paymentIntent: { id, status: answer.status } };
      },
    };
  }
  Stripe.version = 'endive';
  window.Stripe = Stripe;
})();
`;
