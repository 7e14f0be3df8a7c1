import { newId } from './ids';
import type { WriteContext } from './timeline';

/**
 * Events the creditor's systems receive at `AMICABLE_WEBHOOK_URL` (see `OutgoingWebhookEvent` in
 * the contract). The set may grow; receivers should ignore types they do not know.
 */
export type WebhookEventType =
  | 'payment.succeeded'
  | 'plan.proposed'
  | 'promise.made'
  | 'dispute.opened'
  | 'stage.changed'
  | (string & {});

/** The JSON body of every webhook request. `id` is stable across retries: dedupe on it. */
export interface WebhookEvent<T = unknown> {
  id: string;
  type: WebhookEventType;
  createdAt: string;
  /** The customer the event concerns. */
  customerId: string;
  data: T;
}

/**
 * Queues an outgoing event inside the write's transaction (the transactional outbox): it is
 * sent if and only if the write commits, at least once, by the {@link WebhookDispatcher}.
 * Returns the event id.
 */
export async function enqueueEvent(
  tx: WriteContext,
  customerId: string,
  type: WebhookEventType,
  data: unknown,
): Promise<string> {
  const id = newId('evt');
  const createdAt = tx.now.toISOString();
  const event: WebhookEvent = { id, type, createdAt, customerId, data };
  // Delivery bookkeeping runs on wall-clock time, not the business clock: retries must wait
  // real seconds even when a test or demo pins "now" to another day.
  const queuedAt = new Date().toISOString();
  await tx.trx
    .insertInto('outbox')
    .values({
      creditor_id: tx.creditorId,
      id,
      type,
      payload_json: JSON.stringify(event),
      created_at: queuedAt,
      attempts: 0,
      next_attempt_at: queuedAt,
      delivered_at: null,
      last_error: null,
    })
    .execute();
  tx.queuedEventIds?.push(id);
  return id;
}
