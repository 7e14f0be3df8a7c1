import { createHash } from 'node:crypto';
import { endpoints } from '../../contract/endpoints';
import type { Payment } from '../../contract/payment';
import type { AppDeps } from '../context';
import { errorFields } from '../logger';
import type { OperationRouter } from '../operations';
import { planPayment } from '../payments/amounts';
import { settleFromIntent } from '../payments/reconcile';
import { applyIntent } from '../payments/settle';
import {
  findCustomerPayment,
  findPaymentByIntent,
  insertStripePayment,
  OPEN_STATUSES,
  paymentView,
} from '../payments/store';
import {
  createStripeGateway,
  type IntentSnapshot,
  paymentStatusOf,
  providerProblem,
  type StripeClientConfig,
  type StripeGateway,
  snapshotFromEvent,
  stripeIdempotencyKey,
} from '../payments/stripe';
import { ProblemError, problems } from '../problem';
import { commitWrite } from '../respond';
import { loadCustomerState } from '../state';
import { recordTimeline } from '../timeline';

/** The PaymentIntent events that move a payment; everything else is acknowledged and ignored. */
const INTENT_EVENTS = new Set([
  'payment_intent.succeeded',
  'payment_intent.payment_failed',
  'payment_intent.processing',
  'payment_intent.requires_action',
  'payment_intent.canceled',
  'payment_intent.partially_funded',
  'payment_intent.amount_capturable_updated',
]);

/** Stripe metadata values hold at most 500 characters: long lists continue in `key_2`, `key_3`, … */
function metadataList(key: string, values: readonly string[]): Record<string, string> {
  const entries: Record<string, string> = {};
  let chunk = '';
  let index = 1;
  const flush = () => {
    entries[index === 1 ? key : `${key}_${index}`] = chunk;
    index += 1;
    chunk = '';
  };
  for (const value of values) {
    if (chunk !== '' && chunk.length + 1 + value.length > 500) flush();
    chunk = chunk === '' ? value : `${chunk},${value}`;
  }
  if (chunk !== '') flush();
  return entries;
}

/**
 * Card payments are not set up on this deployment. 409, not 503: it is how this server is
 * configured, not an outage, so nobody should retry (the client does not retry a 409, and the
 * `amicable-error` it leads to says `retryable: false`). Stripe being unreachable is the 503.
 */
function notConfigured(detail: string): ProblemError {
  return new ProblemError(409, 'payment_provider_unavailable', { detail });
}

/**
 * `POST /v1/payments`, `GET /v1/payments/{id}` and `POST /v1/webhooks/stripe`.
 *
 * `payment_provider_unavailable` comes with two statuses, deliberately:
 * - 409 when this deployment has no Stripe keys (or no webhook secret, for Stripe's events):
 *   permanent until the operator sets them; the account's `paymentOptions.card` already says
 *   `false`, and bank transfer details are always in `GET /v1/invoices/{id}` → `payment`;
 * - 503 with `Retry-After` when Stripe cannot be reached or fails: temporary, worth a retry.
 */
export function registerPaymentRoutes(router: OperationRouter, deps: AppDeps): void {
  const config = deps.config.stripe as StripeClientConfig | undefined;
  let gateway: StripeGateway | undefined;
  const stripe = (): StripeGateway | undefined => {
    if (!config) return undefined;
    gateway ??= createStripeGateway(config);
    return gateway;
  };
  const settleDeps = {
    db: deps.db,
    creditorId: deps.creditorId,
    clock: deps.clock,
    logger: deps.logger,
    onEventsQueued: deps.onEventsQueued,
  };

  router.custom('createPayment', async ({ c, body, customerId }) => {
    const provider = stripe();
    if (!provider) {
      throw notConfigured(
        'Card payments are not set up here. Pay by bank transfer: the details are in GET /v1/invoices/{id} under `payment`',
      );
    }
    const claim = c.get('idempotency');
    if (!claim) throw new ProblemError(400, 'idempotency_key_required');

    // Read and decide outside any transaction: the call to Stripe below must not hold the database.
    const state = await loadCustomerState(deps.db, {
      creditorId: deps.creditorId,
      customerId,
      now: deps.clock(),
      cardPayments: true,
    });
    const plan = planPayment({
      assessed: state.invoices,
      invoiceIds: body.invoiceIds,
      requested: body.amount,
      allowPartial: state.creditor.settings.allowPartialPayments,
    });
    const invoiceIds = plan.allocations.map((allocation) => allocation.invoiceId);
    const numbers = plan.invoices.map((invoice) => invoice.bundle.invoice.number);
    // Derived from the customer's key, so a retry of the same request creates the same intent.
    const paymentId = `pay_${createHash('sha256')
      .update(`${deps.creditorId}\u001f${customerId}\u001f${claim.key}`)
      .digest('hex')
      .slice(0, 32)}`;

    let intent: IntentSnapshot;
    try {
      intent = await provider.createIntent({
        amount: plan.amount.amount,
        currency: plan.amount.currency,
        description:
          `${state.creditor.settings.name}: ${numbers.length === 1 ? 'invoice' : 'invoices'} ${numbers.join(', ')}`.slice(
            0,
            1000,
          ),
        metadata: {
          amicable_payment_id: paymentId,
          amicable_creditor_id: deps.creditorId,
          amicable_customer_id: customerId,
          ...metadataList('invoice_ids', invoiceIds),
          ...metadataList('invoice_numbers', numbers),
        },
        idempotencyKey: stripeIdempotencyKey(deps.creditorId, customerId, claim.key),
      });
    } catch (error) {
      const problem = providerProblem(error);
      deps.logger.warn('stripe refused or failed to create a payment intent', {
        status: problem.status,
        ...errorFields(error),
      });
      throw problem;
    }

    return commitWrite(c, deps, endpoints.createPayment.response, 201, async (tx) => {
      const status = paymentStatusOf(intent);
      const inserted = await insertStripePayment(tx, {
        id: paymentId,
        customerId,
        status,
        amount: plan.amount.amount,
        currency: plan.amount.currency,
        intentId: intent.id,
        allocations: plan.allocations,
      });
      if (inserted) {
        await recordTimeline(tx, customerId, 'payment.started', {
          actor: 'customer',
          invoiceIds,
          summary: `Card payment started for ${numbers.join(', ')}`,
          data: {
            paymentId,
            amount: plan.amount,
            due: plan.due,
            partial: plan.amount.amount < plan.due.amount,
          },
        });
      }
      const stored = await findCustomerPayment(tx.trx, tx.creditorId, customerId, paymentId);
      if (!stored) throw new Error(`payment ${paymentId} vanished inside its own transaction`);
      return paymentView(stored, {
        clientSecret: intent.clientSecret,
        publishableKey: provider.publishableKey,
      });
    });
  });

  router.read('getPayment', async ({ customerId, params }) => {
    const stored = await findCustomerPayment(deps.db, deps.creditorId, customerId, params.id);
    if (!stored) throw problems.notFound(`There is no payment ${params.id}`);
    const provider = stripe();
    if (!provider || !stored.row.provider_reference || !OPEN_STATUSES.includes(stored.row.status as never)) {
      return paymentView(stored);
    }
    // Still in flight: ask Stripe (authenticated with our secret key, so as good as its signed
    // event) and apply what it says, so the customer's browser does not wait for a webhook.
    let intent: IntentSnapshot;
    try {
      intent = await provider.retrieveIntent(stored.row.provider_reference);
    } catch (error) {
      deps.logger.warn('could not refresh a payment from stripe', {
        paymentId: stored.row.id,
        ...errorFields(error),
      });
      return paymentView(stored);
    }
    const outcome = await settleFromIntent(settleDeps, stored, intent, 'status_check');
    const fresh = (await findCustomerPayment(deps.db, deps.creditorId, customerId, params.id)) ?? stored;
    const open = OPEN_STATUSES.includes(outcome.status);
    const view: Payment = paymentView(fresh, {
      clientSecret: open ? intent.clientSecret : null,
      publishableKey: open ? provider.publishableKey : null,
    });
    return view;
  });

  router.custom(
    'receiveStripeWebhook',
    async ({ c }) => {
      const provider = stripe();
      if (!provider?.webhookSecret) {
        throw notConfigured('Stripe events are not accepted here: STRIPE_WEBHOOK_SECRET is not set');
      }
      const signature = c.req.header('Stripe-Signature');
      if (!signature) throw problems.invalid('A Stripe-Signature header is required');
      // The signature covers the exact bytes Stripe sent: read them before anything parses them.
      const rawBody = await c.req.text();
      let event: ReturnType<StripeGateway['verifyEvent']>;
      try {
        event = provider.verifyEvent(rawBody, signature);
      } catch (error) {
        deps.logger.warn('refused a stripe event with a bad signature', errorFields(error));
        throw problems.invalid(
          'The Stripe-Signature does not match this body and our webhook secret, or it is too old',
        );
      }

      const object = event.data.object as unknown as Record<string, unknown>;
      const intent = INTENT_EVENTS.has(event.type) ? snapshotFromEvent(object) : undefined;
      return commitWrite(c, deps, endpoints.receiveStripeWebhook.response, 200, async (tx) => {
        const payment = intent ? await findPaymentByIntent(tx.trx, tx.creditorId, intent.id) : undefined;
        const recorded = await tx.trx
          .insertInto('stripe_events')
          .values({
            creditor_id: tx.creditorId,
            id: event.id,
            type: event.type,
            payment_id: payment?.row.id ?? null,
            received_at: new Date().toISOString(),
          })
          .onConflict((conflict) => conflict.columns(['creditor_id', 'id']).doNothing())
          .executeTakeFirst();
        // A replay (Stripe retries, or the same event sent again) was applied the first time.
        if (Number(recorded.numInsertedOrUpdatedRows ?? 0n) !== 1) return { received: true as const };
        if (!intent || !payment) return { received: true as const };
        if (intent.metadata.amicable_payment_id && intent.metadata.amicable_payment_id !== payment.row.id) {
          deps.logger.error('stripe intent names another payment than the one that holds it', {
            intentId: intent.id,
            paymentId: payment.row.id,
          });
          return { received: true as const };
        }
        await applyIntent(tx, payment, intent, { source: 'webhook', logger: deps.logger });
        return { received: true as const };
      });
    },
    { rawBody: true },
  );
}
