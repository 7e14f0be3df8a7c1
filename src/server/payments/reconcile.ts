import type { PaymentStatus } from '../../contract/payment';
import type { AmicableDb } from '../db/schema';
import { errorFields, type Logger, silentLogger } from '../logger';
import type { WriteContext } from '../timeline';
import { applyIntent, type SettlementSource } from './settle';
import { findCustomerPayment, openStripePayments, type StoredPayment } from './store';
import type { IntentSnapshot, StripeGateway } from './stripe';

/** What settling needs besides the payment: where, when, and whom to tell. */
export interface SettleDeps {
  db: AmicableDb;
  creditorId: string;
  /** The business clock (the same one the API runs on). */
  clock: () => Date;
  logger: Logger;
  /** Told when a settlement queued outgoing webhook events (the dispatcher's `wake`). */
  onEventsQueued?: () => void;
}

/**
 * Applies a PaymentIntent's state to our payment in its own transaction, re-reading the payment
 * inside it so a concurrent webhook is seen. Returns the payment's status afterwards.
 */
export async function settleFromIntent(
  deps: SettleDeps,
  payment: StoredPayment,
  intent: IntentSnapshot,
  source: SettlementSource,
): Promise<{ status: PaymentStatus; changed: boolean }> {
  const queuedEventIds: string[] = [];
  const result = await deps.db.transaction().execute(async (trx) => {
    const tx: WriteContext = { trx, creditorId: deps.creditorId, now: deps.clock(), queuedEventIds };
    const fresh = await findCustomerPayment(trx, deps.creditorId, payment.row.customer_id, payment.row.id);
    if (!fresh) return { status: payment.row.status as PaymentStatus, changed: false };
    return applyIntent(tx, fresh, intent, { source, logger: deps.logger });
  });
  if (queuedEventIds.length > 0) deps.onEventsQueued?.();
  return result;
}

export interface ReconcileOptions extends Partial<Omit<SettleDeps, 'db' | 'creditorId'>> {
  db: AmicableDb;
  /** Only this creditor's payments (one deployment serves one creditor). */
  creditorId: string;
  gateway: StripeGateway;
  /**
   * Leave payments younger than this to their webhook, which normally arrives within seconds.
   * Default one minute.
   */
  minAgeMs?: number;
  /**
   * Payments older than this are abandoned checkouts (a customer who closed the dialog); Stripe
   * keeps their intents open forever, so we stop asking. Default seven days.
   */
  maxAgeMs?: number;
  /** Payments looked at per run. Default 100. */
  limit?: number;
}

/** What one reconciliation run did. */
export interface ReconcileResult {
  /** Payments whose intent was retrieved. */
  checked: number;
  /** Payments whose status changed. */
  changed: number;
  succeeded: number;
  failed: number;
  /** Intents that could not be retrieved (Stripe unreachable); tried again next run. */
  errors: number;
}

export const DEFAULT_RECONCILE_MIN_AGE_MS = 60_000;
export const DEFAULT_RECONCILE_MAX_AGE_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Catches webhooks that never arrived: retrieves from Stripe every payment still in flight
 * (`requires_payment_method`, `requires_action`, `processing`) started between `maxAgeMs` and
 * `minAgeMs` ago, and applies what Stripe says exactly as a webhook would. Safe to run while
 * webhooks arrive and from several processes at once: each change is applied once.
 */
export async function reconcileStripePayments(options: ReconcileOptions): Promise<ReconcileResult> {
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger ?? silentLogger;
  const deps: SettleDeps = {
    db: options.db,
    creditorId: options.creditorId,
    clock,
    logger,
    ...(options.onEventsQueued ? { onEventsQueued: options.onEventsQueued } : {}),
  };
  const now = clock().getTime();
  const rows = await openStripePayments(options.db, options.creditorId, {
    from: new Date(now - (options.maxAgeMs ?? DEFAULT_RECONCILE_MAX_AGE_MS)).toISOString(),
    to: new Date(now - (options.minAgeMs ?? DEFAULT_RECONCILE_MIN_AGE_MS)).toISOString(),
    limit: options.limit ?? 100,
  });
  const result: ReconcileResult = { checked: 0, changed: 0, succeeded: 0, failed: 0, errors: 0 };
  for (const row of rows) {
    if (!row.provider_reference) continue;
    let intent: IntentSnapshot;
    try {
      intent = await options.gateway.retrieveIntent(row.provider_reference);
    } catch (error) {
      result.errors += 1;
      logger.warn('could not retrieve a payment intent to reconcile', {
        paymentId: row.id,
        ...errorFields(error),
      });
      continue;
    }
    result.checked += 1;
    const outcome = await settleFromIntent(deps, { row, allocations: [] }, intent, 'reconciliation');
    if (!outcome.changed) continue;
    result.changed += 1;
    if (outcome.status === 'succeeded') result.succeeded += 1;
    if (outcome.status === 'failed') result.failed += 1;
  }
  return result;
}

/** A running reconciler. */
export interface StripeReconciler {
  /** Runs once now (and waits for it); runs never overlap. */
  runNow(): Promise<ReconcileResult | undefined>;
  /** Stops the timer and waits for a run in progress. */
  stop(): Promise<void>;
}

/**
 * Runs {@link reconcileStripePayments} every `intervalMs` (default five minutes) until stopped.
 * For the server's start-up: `startStripeReconciliation({ db, creditorId, gateway, logger })`.
 */
export function startStripeReconciliation(
  options: ReconcileOptions & { intervalMs?: number },
): StripeReconciler {
  const logger = options.logger ?? silentLogger;
  let running: Promise<ReconcileResult | undefined> | undefined;
  let stopped = false;
  const runNow = () => {
    running ??= reconcileStripePayments(options)
      .catch((error: unknown) => {
        logger.error('payment reconciliation failed', errorFields(error));
        return undefined;
      })
      .finally(() => {
        running = undefined;
      });
    return running;
  };
  const timer = setInterval(
    () => {
      if (!stopped) void runNow();
    },
    options.intervalMs ?? 5 * 60_000,
  );
  timer.unref?.();
  return {
    runNow,
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
    },
  };
}
