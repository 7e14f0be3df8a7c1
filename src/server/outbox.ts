import type { Queryable } from './db/schema';
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

/**
 * The `next_attempt_at` of an event that ran out of attempts. Claims read the `outbox_pending`
 * index (`delivered_at, next_attempt_at`) from its oldest due row; an abandoned event left at its
 * last, old retry time would sit at the front of that range and be read past by every claim
 * forever. At this far-future time it lies beyond any claim's range, and it doubles as the mark
 * of an abandoned event: the admin API lists and redelivers exactly the undelivered rows carrying
 * it. An ISO timestamp like the others, so that it compares as text on both engines.
 */
export const ABANDONED_NEXT_ATTEMPT_AT = '9999-12-31T23:59:59.999Z';

/** Most abandoned events one listing returns, oldest first. */
export const ABANDONED_LIST_LIMIT = 100;

/** An abandoned event as the creditor's back office sees it. */
export interface AbandonedEvent {
  id: string;
  type: string;
  createdAt: string;
  customerId?: string;
  attempts: number;
  lastError: string | null;
}

/** The event as its receiver saw it; the row's own fields where the payload cannot be read. */
function describeAbandoned(row: {
  id: string;
  type: string;
  payload_json: string;
  created_at: string;
  attempts: number;
  last_error: string | null;
}): AbandonedEvent {
  let payload: Partial<WebhookEvent> = {};
  try {
    payload = JSON.parse(row.payload_json) as Partial<WebhookEvent>;
  } catch {
    // Written by enqueueEvent, so readable; should it not be, the row still says enough.
  }
  return {
    id: row.id,
    type: row.type,
    createdAt: typeof payload.createdAt === 'string' ? payload.createdAt : row.created_at,
    ...(typeof payload.customerId === 'string' ? { customerId: payload.customerId } : {}),
    attempts: row.attempts,
    lastError: row.last_error,
  };
}

/** The creditor's abandoned events, oldest first (at most {@link ABANDONED_LIST_LIMIT}), and how many there are. */
export async function listAbandonedEvents(
  db: Queryable,
  creditorId: string,
): Promise<{ events: AbandonedEvent[]; total: number }> {
  const rows = await db
    .selectFrom('outbox')
    .select(['id', 'type', 'payload_json', 'created_at', 'attempts', 'last_error'])
    // Counted before the limit, in the same statement: the total and the page are one snapshot.
    .select((eb) => eb.fn.countAll<number | string | bigint>().over().as('total'))
    .where('delivered_at', 'is', null)
    .where('next_attempt_at', '=', ABANDONED_NEXT_ATTEMPT_AT)
    .where('creditor_id', '=', creditorId)
    .orderBy('created_at')
    .orderBy('id')
    .limit(ABANDONED_LIST_LIMIT)
    .execute();
  return { events: rows.map(describeAbandoned), total: Number(rows[0]?.total ?? 0) };
}

/** Why an event named for redelivery cannot be redelivered. */
export interface RedeliveryRefusal {
  /** The position of the id in the request. */
  index: number;
  eventId: string;
  reason: 'unknown' | 'delivered' | 'pending';
}

/** Thrown by {@link redeliverEvents} when any named event is not abandoned; nothing was changed. */
export class RedeliveryRefused extends Error {
  readonly refusals: RedeliveryRefusal[];
  constructor(refusals: RedeliveryRefusal[]) {
    super(`Cannot redeliver ${refusals.map((refusal) => refusal.eventId).join(', ')}`);
    this.name = 'RedeliveryRefused';
    this.refusals = refusals;
  }
}

/**
 * Gives abandoned events a fresh round of attempts: attempts back to 0, due now (wall clock, as
 * enqueueEvent), id unchanged so receivers still deduplicate on it. `eventIds` names them (each
 * must be abandoned); without it every abandoned event of the creditor goes. Run it inside the
 * request's transaction: when any named event is refused it throws {@link RedeliveryRefused} and
 * the transaction rolls back, so a redelivery is whole or nothing. Returns the ids redelivered.
 */
export async function redeliverEvents(tx: WriteContext, eventIds?: readonly string[]): Promise<string[]> {
  const dueNow = new Date().toISOString();
  // One conditional statement: only rows still abandoned change, so an event a concurrent call
  // already redelivered (and a dispatcher may have claimed since) keeps its lease.
  const updated = await tx.trx
    .updateTable('outbox')
    .set({ attempts: 0, next_attempt_at: dueNow })
    .where('creditor_id', '=', tx.creditorId)
    .where('delivered_at', 'is', null)
    .where('next_attempt_at', '=', ABANDONED_NEXT_ATTEMPT_AT)
    .$if(eventIds !== undefined, (update) => update.where('id', 'in', eventIds as string[]))
    .returning('id')
    .execute();
  const redelivered = updated.map((row) => row.id);
  if (eventIds !== undefined && redelivered.length !== eventIds.length) {
    const done = new Set(redelivered);
    const missing = eventIds.filter((id) => !done.has(id));
    const found = await tx.trx
      .selectFrom('outbox')
      .select(['id', 'delivered_at'])
      .where('creditor_id', '=', tx.creditorId)
      .where('id', 'in', missing)
      .execute();
    const states = new Map(found.map((row) => [row.id, row.delivered_at === null ? 'pending' : 'delivered']));
    const refusals = eventIds.flatMap((eventId, index): RedeliveryRefusal[] =>
      done.has(eventId)
        ? []
        : [{ index, eventId, reason: (states.get(eventId) ?? 'unknown') as RedeliveryRefusal['reason'] }],
    );
    throw new RedeliveryRefused(refusals);
  }
  tx.queuedEventIds?.push(...redelivered);
  return redelivered;
}
