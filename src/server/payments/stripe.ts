import { createHash } from 'node:crypto';
import Stripe from 'stripe';
import { minimumCardAmount, type PaymentStatus } from '../../contract/payment';
import type { StripeConfig } from '../config';
import { ProblemError } from '../problem';

/**
 * The Stripe keys plus where Stripe's API is. `apiBase` is for tests and local stand-ins only
 * (`http://127.0.0.1:12111`); left out, the client talks to api.stripe.com.
 */
export interface StripeClientConfig extends StripeConfig {
  apiBase?: string;
}

/** What we read from a PaymentIntent, whether it came from the API or inside a signed event. */
export interface IntentSnapshot {
  id: string;
  status: string;
  amount: number;
  /** What Stripe actually collected; 0 until it succeeded. */
  amountReceived: number;
  /** Lower case, as Stripe writes it (`nok`). */
  currency: string;
  clientSecret: string | null;
  metadata: Record<string, string>;
  /** Why the last attempt failed (`card_declined`, `insufficient_funds`, …), if it did. */
  failureCode: string | undefined;
}

/** What we ask Stripe to create. */
export interface CreateIntentInput {
  amount: number;
  /** ISO 4217, any case. */
  currency: string;
  description: string;
  metadata: Record<string, string>;
  idempotencyKey: string;
}

/**
 * The part of Stripe the server uses: create and read PaymentIntents, verify signed events.
 * One small seam, so the routes and the reconciler never touch the SDK's wide surface.
 */
export interface StripeGateway {
  readonly publishableKey: string;
  readonly webhookSecret: string | undefined;
  createIntent(input: CreateIntentInput): Promise<IntentSnapshot>;
  retrieveIntent(id: string): Promise<IntentSnapshot>;
  /**
   * Verifies `Stripe-Signature` over the raw body and parses the event.
   * @throws Error when the signature is missing, wrong or older than `toleranceSeconds`.
   */
  verifyEvent(rawBody: string, signature: string, toleranceSeconds?: number): Stripe.Event;
}

/** How long a customer waits for Stripe before we say it is unavailable. */
export const STRIPE_TIMEOUT_MS = 10_000;
/** Stripe's default tolerance for signed events: older ones are refused as replays. */
export const WEBHOOK_TOLERANCE_SECONDS = 300;

/** The smallest amount Stripe accepts in `currency`, minor units. */
export const minimumCharge = minimumCardAmount;

function snapshotOf(intent: Stripe.PaymentIntent): IntentSnapshot {
  const metadata: Record<string, string> = {};
  for (const [key, value] of Object.entries(intent.metadata ?? {})) {
    if (typeof value === 'string') metadata[key] = value;
  }
  const error = intent.last_payment_error;
  return {
    id: intent.id,
    status: intent.status,
    amount: intent.amount,
    amountReceived: intent.amount_received ?? 0,
    currency: intent.currency,
    clientSecret: intent.client_secret ?? null,
    metadata,
    failureCode: error ? (error.decline_code ?? error.code ?? error.type) : undefined,
  };
}

/** A PaymentIntent inside an event's `data.object`, read defensively (events are untyped JSON). */
export function snapshotFromEvent(object: Record<string, unknown>): IntentSnapshot | undefined {
  if (object.object !== 'payment_intent' || typeof object.id !== 'string') return undefined;
  return snapshotOf(object as unknown as Stripe.PaymentIntent);
}

/**
 * Our status for a PaymentIntent's. A failed attempt returns the intent to
 * `requires_payment_method` with `last_payment_error` set: for the customer that is a failure
 * (they may retry with the same intent, which can still succeed later).
 */
export function paymentStatusOf(intent: Pick<IntentSnapshot, 'status' | 'failureCode'>): PaymentStatus {
  switch (intent.status) {
    case 'succeeded':
      return 'succeeded';
    case 'processing':
    case 'requires_capture':
    case 'requires_confirmation':
      return 'processing';
    case 'requires_action':
      return 'requires_action';
    case 'canceled':
      return 'failed';
    default:
      return intent.failureCode ? 'failed' : 'requires_payment_method';
  }
}

/**
 * The key we give Stripe for a customer's `Idempotency-Key`: the same request retried reaches
 * the same PaymentIntent, and neither the customer id nor their key leaves our server as is.
 */
export function stripeIdempotencyKey(creditorId: string, customerId: string, key: string): string {
  const digest = createHash('sha256').update(`${creditorId}\u001f${customerId}\u001f${key}`).digest('hex');
  return `amicable-${digest}`;
}

/** Turns an SDK error into the problem the customer's browser gets. */
export function providerProblem(error: unknown): ProblemError {
  if (error instanceof Stripe.errors.StripeIdempotencyError) {
    return new ProblemError(409, 'idempotency_mismatch', {
      detail: 'This payment was started with other details; start a new payment with a new Idempotency-Key',
      cause: error,
    });
  }
  if (
    error instanceof Stripe.errors.StripeInvalidRequestError ||
    error instanceof Stripe.errors.StripeCardError
  ) {
    return new ProblemError(422, 'unprocessable', {
      detail: `The payment provider refused this payment: ${error.message}`,
      cause: error,
    });
  }
  // Connection failures, timeouts, Stripe's own 5xx, rate limits and a wrong key: the customer
  // cannot fix any of it, and bank transfer still works.
  return new ProblemError(503, 'payment_provider_unavailable', {
    detail: 'Card payment is not available just now; try again shortly or pay by bank transfer',
    headers: { 'Retry-After': '5' },
    cause: error,
  });
}

/** The gateway over the official `stripe` SDK. */
export function createStripeGateway(config: StripeClientConfig): StripeGateway {
  const options: Stripe.StripeConfig = {
    timeout: STRIPE_TIMEOUT_MS,
    // With an idempotency key on every create, one retry after a dropped connection is safe.
    maxNetworkRetries: 1,
    telemetry: false,
    appInfo: { name: 'amicable' },
  };
  if (config.apiBase) {
    const base = new URL(config.apiBase);
    options.host = base.hostname;
    options.port = base.port || (base.protocol === 'http:' ? 80 : 443);
    options.protocol = base.protocol === 'http:' ? 'http' : 'https';
  }
  const stripe = new Stripe(config.secretKey, options);
  return {
    publishableKey: config.publishableKey,
    webhookSecret: config.webhookSecret,
    async createIntent(input) {
      const intent = await stripe.paymentIntents.create(
        {
          amount: input.amount,
          currency: input.currency.toLowerCase(),
          description: input.description,
          metadata: input.metadata,
          automatic_payment_methods: { enabled: true },
        },
        { idempotencyKey: input.idempotencyKey },
      );
      return snapshotOf(intent);
    },
    async retrieveIntent(id) {
      return snapshotOf(await stripe.paymentIntents.retrieve(id));
    },
    verifyEvent(rawBody, signature, toleranceSeconds = WEBHOOK_TOLERANCE_SECONDS) {
      if (!config.webhookSecret) throw new Error('STRIPE_WEBHOOK_SECRET is not set');
      return stripe.webhooks.constructEvent(rawBody, signature, config.webhookSecret, toleranceSeconds);
    },
  };
}
