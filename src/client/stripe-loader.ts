/**
 * Loads Stripe.js for `<amicable-pay-now>`, and only when the customer chooses card or wallet.
 *
 * Stripe.js comes from js.stripe.com, which ad blockers and strict networks block: `loadStripe`
 * then rejects after a DNS failure, or never settles when packets are silently dropped. So every
 * load races our own timeout, and a failed or timed-out load is forgotten so that the next
 * attempt starts afresh. Nothing here runs at import time (safe to import on a server).
 */
import { AmicableError } from './errors';

/** What `<amicable-pay-now>` needs from a Payment Element. */
export interface PaymentElementLike {
  mount(target: HTMLElement): void;
  on(event: 'ready' | 'loaderror' | 'change', handler: (event: unknown) => void): unknown;
  destroy(): void;
}

/** What `<amicable-pay-now>` needs from an Elements group. */
export interface ElementsLike {
  create(type: 'payment', options?: Record<string, unknown>): PaymentElementLike;
}

/** A Stripe error as `confirmPayment` reports it. */
export interface StripeErrorLike {
  type: string;
  code?: string;
  decline_code?: string;
  message?: string;
}

/** What `confirmPayment` resolves with. */
export interface ConfirmResultLike {
  error?: StripeErrorLike;
  paymentIntent?: { id: string; status: string };
}

/**
 * The part of Stripe.js that `<amicable-pay-now>` uses. The real `Stripe` object has all of it;
 * tests pass a fake with just this through {@link setStripeFactory}.
 */
export interface StripeLike {
  elements(options: {
    clientSecret: string;
    appearance?: Record<string, unknown>;
    locale?: string;
  }): ElementsLike;
  confirmPayment(options: {
    elements: ElementsLike;
    confirmParams?: { return_url?: string };
    redirect: 'if_required';
  }): Promise<ConfirmResultLike>;
}

/** Makes a Stripe object for a publishable key; `null` where Stripe.js cannot run. */
export type StripeFactory = (publishableKey: string) => Promise<StripeLike | null>;

/** How long we wait for Stripe.js before saying card payment is unavailable. */
export const STRIPE_LOAD_TIMEOUT_MS = 4_000;

/** Stripe.js could not be loaded (blocked, offline, too slow). Bank transfer still works. */
export class StripeUnavailableError extends AmicableError {
  override name = 'StripeUnavailableError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super('payment_provider_unavailable', message, { retryable: true, cause: options.cause });
  }
}

/**
 * Where Stripe.js lives: the release train @stripe/stripe-js expects (its `STRIPE_JS_URL`; a unit
 * test reads the installed package so the two cannot drift apart on an upgrade).
 */
export const STRIPE_JS_URL = 'https://js.stripe.com/endive/stripe.js';

/**
 * The Trusted Types policy that may create exactly one script URL, {@link STRIPE_JS_URL}. A portal
 * that requires Trusted Types lists it: `trusted-types lit-html amicable-stripe`.
 */
export const STRIPE_TRUSTED_TYPES_POLICY = 'amicable-stripe';

interface TrustedTypesLike {
  createPolicy(
    name: string,
    rules: { createScriptURL(url: string): string },
  ): { createScriptURL(url: string): unknown };
}

let trustedStripeUrl: unknown;

/**
 * Under `require-trusted-types-for 'script'` the browser refuses the plain string @stripe/stripe-js
 * assigns to `script.src` (stripe-js issue #403). So where Trusted Types exist and no Stripe.js
 * script is on the page yet, we add it ourselves through a policy that allows that one URL; the
 * loader then finds it and waits for it instead of injecting its own.
 */
function addStripeScriptThroughTrustedTypes(): void {
  const trustedTypes = (globalThis as { trustedTypes?: TrustedTypesLike }).trustedTypes;
  if (trustedTypes === undefined || typeof document === 'undefined') return;
  if (document.querySelector('script[src^="https://js.stripe.com/"]') !== null) return;
  try {
    trustedStripeUrl ??= trustedTypes
      .createPolicy(STRIPE_TRUSTED_TYPES_POLICY, {
        createScriptURL: (url) => {
          if (url !== STRIPE_JS_URL) throw new TypeError(`Not Stripe.js: ${url}`);
          return url;
        },
      })
      .createScriptURL(STRIPE_JS_URL);
  } catch {
    // The page's `trusted-types` directive does not list our policy. If it does not require
    // Trusted Types either, stripe-js's own plain injection still works; if it does, the load
    // fails and pay-now offers bank transfer.
    return;
  }
  const script = document.createElement('script');
  (script as unknown as { src: unknown }).src = trustedStripeUrl;
  (document.head ?? document.body).append(script);
}

const loadFromStripe: StripeFactory = async (publishableKey) => {
  // The `pure` entry injects nothing until called; the import itself is split into its own chunk.
  const { loadStripe } = await import('@stripe/stripe-js/pure');
  addStripeScriptThroughTrustedTypes();
  return (await loadStripe(publishableKey)) as unknown as StripeLike | null;
};

let factory: StripeFactory = loadFromStripe;
let pending: { key: string; promise: Promise<StripeLike> } | undefined;

/**
 * Replace how Stripe objects are made: tests inject a fake Stripe here, at exactly the boundary
 * where the real one would be loaded from js.stripe.com. `undefined` restores the real loader.
 * Forgets any Stripe object already loaded.
 * @internal
 */
export function setStripeFactory(replacement: StripeFactory | undefined): void {
  factory = replacement ?? loadFromStripe;
  pending = undefined;
}

/** Forget the loaded Stripe object (tests). @internal */
export function resetStripeLoader(): void {
  pending = undefined;
}

/**
 * The Stripe object for `publishableKey`, loaded once and shared. Rejects with
 * {@link StripeUnavailableError} when Stripe.js fails to load or takes longer than `timeoutMs`
 * (default {@link STRIPE_LOAD_TIMEOUT_MS}); the failure is not remembered, so calling again retries.
 */
export function loadStripeClient(
  publishableKey: string,
  options: { timeoutMs?: number } = {},
): Promise<StripeLike> {
  if (pending?.key === publishableKey) return pending.promise;
  const timeoutMs = options.timeoutMs ?? STRIPE_LOAD_TIMEOUT_MS;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () =>
        reject(
          new StripeUnavailableError(
            `Stripe.js did not load within ${timeoutMs} ms (js.stripe.com blocked or unreachable)`,
          ),
        ),
      timeoutMs,
    );
  });
  const load = Promise.resolve()
    .then(() => factory(publishableKey))
    .then(
      (stripe) => {
        if (stripe === null) {
          throw new StripeUnavailableError('Stripe.js is not available in this environment');
        }
        return stripe;
      },
      (error: unknown) => {
        throw new StripeUnavailableError(
          `Stripe.js failed to load: ${error instanceof Error ? error.message : String(error)}`,
          { cause: error },
        );
      },
    );
  const entry = {
    key: publishableKey,
    promise: Promise.race([load, timeout]).then(
      (stripe) => {
        clearTimeout(timer);
        return stripe;
      },
      (error: unknown) => {
        clearTimeout(timer);
        // Forget the failure, so that "try again" really tries again.
        if (pending === entry) pending = undefined;
        throw error;
      },
    ),
  };
  pending = entry;
  return entry.promise;
}
