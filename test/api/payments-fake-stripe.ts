import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';

/**
 * A local stand-in for the part of Stripe's API the server uses (create and retrieve
 * PaymentIntents), strict where Stripe is strict: it checks the secret key, demands an
 * `Idempotency-Key` on creates and replays or refuses like Stripe, and validates amount,
 * currency and metadata. Tests move intents as a customer's browser and bank would
 * (`confirm`, `completeAction`) and build the signed events Stripe would send.
 */

type Json = Record<string, unknown>;

/** One request the fake received. */
export interface FakeStripeRequest {
  method: string;
  path: string;
  idempotencyKey: string | undefined;
  params: Json;
}

/** What the browser's confirmation leads to. */
export type ConfirmOutcome = 'succeeded' | 'declined' | 'requires_action' | 'processing';

export interface FakeStripe {
  url: string;
  secretKey: string;
  publishableKey: string;
  webhookSecret: string;
  readonly requests: FakeStripeRequest[];
  readonly intents: Map<string, Json>;
  /** The next `count` requests fail: `500` (Stripe's api_error) or `drop` (the connection is cut). */
  failNext(mode: 'drop' | 500, count?: number): void;
  /** The customer confirms in the browser; returns the intent as it then is. */
  confirm(id: string, outcome: ConfirmOutcome): Json;
  /** The customer passes (or fails) 3-D Secure. */
  completeAction(id: string, passed: boolean): Json;
  /** The event Stripe would send for the intent's current state, unsigned (its raw JSON body). */
  event(type: string, id: string): { id: string; body: string };
  /** A `Stripe-Signature` header for `body`, `ageSeconds` old, signed with `secret`. */
  sign(body: string, options?: { ageSeconds?: number; secret?: string }): string;
  /** Where {@link deliver} and the control routes send events, as Stripe would (the API's webhook URL). */
  webhookUrl: string | undefined;
  /** Sends the signed event for the intent's current state to `webhookUrl`; resolves with the answer's status. */
  deliver(id: string): Promise<number>;
  close(): Promise<void>;
}

/** The event Stripe sends for an intent in each state. */
function eventTypeFor(intent: Json): string {
  switch (intent.status) {
    case 'succeeded':
      return 'payment_intent.succeeded';
    case 'processing':
      return 'payment_intent.processing';
    case 'requires_action':
      return 'payment_intent.requires_action';
    case 'canceled':
      return 'payment_intent.canceled';
    default:
      return intent.last_payment_error ? 'payment_intent.payment_failed' : 'payment_intent.created';
  }
}

/** Parses Stripe's form encoding (`metadata[key]=value`, `a[b][c]=d`) into nested objects. */
function parseForm(text: string): Json {
  const root: Json = {};
  for (const [name, value] of new URLSearchParams(text)) {
    const keys = name.split(/\[|\]\[|\]/).filter((key) => key !== '');
    let node = root;
    keys.forEach((key, index) => {
      if (index === keys.length - 1) node[key] = value;
      else {
        node[key] ??= {};
        node = node[key] as Json;
      }
    });
  }
  return root;
}

function stripeError(response: ServerResponse, status: number, error: Json): void {
  response.writeHead(status, { 'Content-Type': 'application/json' });
  response.end(JSON.stringify({ error }));
}

function validateCreate(params: Json): string | undefined {
  const amount = Number(params.amount);
  if (!/^\d+$/.test(String(params.amount)) || !Number.isSafeInteger(amount) || amount < 1) {
    return 'amount must be a positive integer in the smallest currency unit';
  }
  if (typeof params.currency !== 'string' || !/^[a-z]{3}$/.test(params.currency)) {
    return 'currency must be a lower-case ISO code';
  }
  const metadata = params.metadata as Json | undefined;
  if (
    !metadata ||
    typeof metadata.amicable_payment_id !== 'string' ||
    typeof metadata.invoice_ids !== 'string'
  ) {
    return 'metadata must name the payment and its invoices';
  }
  if (Object.keys(metadata).length > 50) return 'metadata takes at most 50 keys';
  for (const [key, value] of Object.entries(metadata)) {
    if (key.length > 40 || String(value).length > 500) return `metadata ${key} is too long`;
  }
  return undefined;
}

/**
 * Starts the fake on a free loopback port. Besides Stripe's own routes it answers two control
 * routes, for a browser test's fake Stripe.js to tell it what the customer did (each also sends
 * the signed webhook to `webhookUrl`, as Stripe would):
 *
 *   POST /__control/confirm          {"id": "pi_…", "outcome": "succeeded"|"declined"|"requires_action"|"processing"}
 *   POST /__control/complete-action  {"id": "pi_…", "passed": true|false}
 */
export async function startFakeStripe(options: { webhookUrl?: string } = {}): Promise<FakeStripe> {
  const secretKey = `sk_test_${randomBytes(12).toString('hex')}`;
  const publishableKey = `pk_test_${randomBytes(12).toString('hex')}`;
  const webhookSecret = `whsec_${randomBytes(16).toString('hex')}`;
  const requests: FakeStripeRequest[] = [];
  const intents = new Map<string, Json>();
  const idempotent = new Map<string, { params: string; status: number; body: string }>();
  const failures: ('drop' | 500)[] = [];
  const signer = new Stripe(secretKey);

  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const url = new URL(request.url ?? '/', 'http://fake');
      const text = Buffer.concat(chunks).toString('utf8');
      const params = request.method === 'GET' ? parseForm(url.search.slice(1)) : parseForm(text);
      const idempotencyKey = request.headers['idempotency-key'] as string | undefined;
      requests.push({ method: request.method ?? '', path: url.pathname, idempotencyKey, params });

      if (request.method === 'POST' && url.pathname.startsWith('/__control/')) {
        void control(url.pathname, text).then(
          (answer) => {
            response.writeHead(200, { 'Content-Type': 'application/json' });
            response.end(JSON.stringify(answer));
          },
          (error: unknown) => {
            response.writeHead(400, { 'Content-Type': 'text/plain' });
            response.end(error instanceof Error ? error.message : String(error));
          },
        );
        return;
      }

      const failure = failures.shift();
      if (failure === 'drop') {
        request.socket.destroy();
        return;
      }
      if (failure === 500) {
        stripeError(response, 500, { type: 'api_error', message: 'An unknown error occurred' });
        return;
      }
      if (request.headers.authorization !== `Bearer ${secretKey}`) {
        stripeError(response, 401, { type: 'invalid_request_error', message: 'Invalid API Key provided' });
        return;
      }

      if (request.method === 'POST' && url.pathname === '/v1/payment_intents') {
        if (!idempotencyKey) {
          stripeError(response, 400, {
            type: 'invalid_request_error',
            message: 'This test fake wants an Idempotency-Key',
          });
          return;
        }
        const earlier = idempotent.get(idempotencyKey);
        if (earlier) {
          if (earlier.params !== text) {
            stripeError(response, 400, {
              type: 'idempotency_error',
              message:
                'Keys for idempotent requests can only be used with the same parameters they were first used with.',
            });
            return;
          }
          response.writeHead(earlier.status, {
            'Content-Type': 'application/json',
            'Idempotent-Replayed': 'true',
          });
          response.end(earlier.body);
          return;
        }
        const problem = validateCreate(params);
        if (problem) {
          stripeError(response, 400, { type: 'invalid_request_error', message: problem });
          return;
        }
        const id = `pi_${randomBytes(12).toString('hex')}`;
        const intent: Json = {
          id,
          object: 'payment_intent',
          amount: Number(params.amount),
          amount_received: 0,
          currency: params.currency,
          description: params.description ?? null,
          metadata: params.metadata,
          status: 'requires_payment_method',
          client_secret: `${id}_secret_${randomBytes(8).toString('hex')}`,
          last_payment_error: null,
          next_action: null,
          automatic_payment_methods: { enabled: true },
          livemode: false,
          created: Math.floor(Date.now() / 1000),
        };
        intents.set(id, intent);
        const body = JSON.stringify(intent);
        idempotent.set(idempotencyKey, { params: text, status: 200, body });
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(body);
        return;
      }

      const match = /^\/v1\/payment_intents\/([^/]+)$/.exec(url.pathname);
      if (request.method === 'GET' && match) {
        const intent = intents.get(decodeURIComponent(match[1]!));
        if (!intent) {
          stripeError(response, 404, {
            type: 'invalid_request_error',
            code: 'resource_missing',
            message: 'No such payment_intent',
          });
          return;
        }
        response.writeHead(200, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(intent));
        return;
      }
      stripeError(response, 404, {
        type: 'invalid_request_error',
        message: `Unrecognized request URL (${request.method}: ${url.pathname})`,
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const intentOf = (id: string): Json => {
    const intent = intents.get(id);
    if (!intent) throw new Error(`The fake Stripe has no intent ${id}`);
    return intent;
  };
  const settle = (intent: Json, outcome: ConfirmOutcome | 'failed_action') => {
    intent.next_action = null;
    intent.last_payment_error = null;
    switch (outcome) {
      case 'succeeded':
        intent.status = 'succeeded';
        intent.amount_received = intent.amount;
        break;
      case 'processing':
        intent.status = 'processing';
        break;
      case 'requires_action':
        intent.status = 'requires_action';
        intent.next_action = { type: 'use_stripe_sdk' };
        break;
      case 'declined':
        intent.status = 'requires_payment_method';
        intent.last_payment_error = {
          type: 'card_error',
          code: 'card_declined',
          decline_code: 'insufficient_funds',
          message: 'Your card has insufficient funds.',
        };
        break;
      case 'failed_action':
        intent.status = 'requires_payment_method';
        intent.last_payment_error = {
          type: 'card_error',
          code: 'payment_intent_authentication_failure',
          message: 'We are unable to authenticate your payment method.',
        };
        break;
    }
    return structuredClone(intent);
  };

  const eventFor = (type: string, id: string) => {
    const eventId = `evt_${randomBytes(12).toString('hex')}`;
    const body = JSON.stringify(
      {
        id: eventId,
        object: 'event',
        api_version: '2026-01-28.clover',
        created: Math.floor(Date.now() / 1000),
        type,
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        data: { object: structuredClone(intentOf(id)) },
      },
      null,
      2,
    );
    return { id: eventId, body };
  };
  const sign = (body: string, options: { ageSeconds?: number; secret?: string } = {}) =>
    signer.webhooks.generateTestHeaderString({
      payload: body,
      secret: options.secret ?? webhookSecret,
      timestamp: Math.floor(Date.now() / 1000) - (options.ageSeconds ?? 0),
    });
  const deliver = async (id: string): Promise<number> => {
    if (!fake.webhookUrl) return 0;
    const event = eventFor(eventTypeFor(intentOf(id)), id);
    const answer = await fetch(fake.webhookUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Stripe-Signature': sign(event.body) },
      body: event.body,
    });
    await answer.arrayBuffer();
    return answer.status;
  };
  async function control(path: string, text: string): Promise<Json> {
    const body = JSON.parse(text || '{}') as { id?: string; outcome?: ConfirmOutcome; passed?: boolean };
    if (typeof body.id !== 'string') throw new Error('Name the intent: {"id": "pi_…"}');
    let intent: Json;
    if (path === '/__control/confirm') {
      if (!['succeeded', 'declined', 'requires_action', 'processing'].includes(String(body.outcome))) {
        throw new Error('outcome must be succeeded, declined, requires_action or processing');
      }
      intent = settle(intentOf(body.id), body.outcome as ConfirmOutcome);
    } else if (path === '/__control/complete-action') {
      const current = intentOf(body.id);
      if (current.status !== 'requires_action') throw new Error(`${body.id} is not waiting for 3-D Secure`);
      intent = settle(current, body.passed === true ? 'succeeded' : 'failed_action');
    } else {
      throw new Error(`No control route ${path}`);
    }
    return { intent, webhookStatus: await deliver(body.id) };
  }

  const fake: FakeStripe = {
    webhookUrl: options.webhookUrl,
    deliver,
    url: `http://127.0.0.1:${port}`,
    secretKey,
    publishableKey,
    webhookSecret,
    requests,
    intents,
    failNext(mode, count = 1) {
      for (let index = 0; index < count; index++) failures.push(mode);
    },
    confirm(id, outcome) {
      return settle(intentOf(id), outcome);
    },
    completeAction(id, passed) {
      const intent = intentOf(id);
      if (intent.status !== 'requires_action') throw new Error(`${id} is not waiting for 3-D Secure`);
      return settle(intent, passed ? 'succeeded' : 'failed_action');
    },
    event: eventFor,
    sign,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
  return fake;
}
