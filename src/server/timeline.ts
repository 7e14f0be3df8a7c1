import type { Transaction } from 'kysely';
import type { TimelineActor, TimelineEntry } from '../contract/admin';
import type { Database, Queryable } from './db/schema';
import { newId } from './ids';

/**
 * A write in progress: the transaction, whose data it is, and the instant it happens at.
 * Every write path takes one so its timeline entries and outgoing events commit with it.
 */
export interface WriteContext {
  trx: Transaction<Database>;
  creditorId: string;
  now: Date;
  /** Ids of the outgoing events this write queued; the dispatcher is woken after commit if any. */
  queuedEventIds?: string[];
}

/** What a timeline entry says beyond its type. */
export interface TimelineInput {
  actor: TimelineActor;
  invoiceIds?: string[];
  /** One plain sentence for the creditor's back office. */
  summary?: string;
  data?: Record<string, unknown>;
  /** When it happened, if not now (a reminder the creditor sent last week). */
  at?: Date;
}

interface StoredTimelineData {
  actor: TimelineActor;
  invoiceIds?: string[];
  summary?: string;
  data?: Record<string, unknown>;
}

/** Appends to a customer's timeline inside the write's transaction. */
export async function recordTimeline(
  tx: WriteContext,
  customerId: string,
  type: string,
  input: TimelineInput,
): Promise<void> {
  const stored: StoredTimelineData = { actor: input.actor };
  if (input.invoiceIds !== undefined) stored.invoiceIds = input.invoiceIds;
  if (input.summary !== undefined) stored.summary = input.summary;
  if (input.data !== undefined) stored.data = input.data;
  await tx.trx
    .insertInto('timeline')
    .values({
      creditor_id: tx.creditorId,
      id: newId('tl'),
      customer_id: customerId,
      at: (input.at ?? tx.now).toISOString(),
      type,
      data_json: JSON.stringify(stored),
    })
    .execute();
}

/** A customer's timeline, oldest first. */
export async function readTimeline(
  db: Queryable,
  creditorId: string,
  customerId: string,
): Promise<TimelineEntry[]> {
  const rows = await db
    .selectFrom('timeline')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('customer_id', '=', customerId)
    .orderBy('at')
    .orderBy('id')
    .execute();
  return rows.map((row) => {
    const stored = JSON.parse(row.data_json) as StoredTimelineData;
    const entry: TimelineEntry = { id: row.id, at: row.at, type: row.type, actor: stored.actor };
    if (stored.invoiceIds !== undefined) entry.invoiceIds = stored.invoiceIds;
    if (stored.summary !== undefined) entry.summary = stored.summary;
    if (stored.data !== undefined) entry.data = stored.data;
    return entry;
  });
}
