import { createHmac, timingSafeEqual } from 'node:crypto';
import { sql } from 'kysely';
import { type DatabaseKind, engineOf } from './db';
import type { AmicableDb, OutboxTable, Queryable } from './db/schema';
import { errorFields, type Logger, silentLogger } from './logger';
import { ABANDONED_NEXT_ATTEMPT_AT, type WebhookEvent } from './outbox';

/** The header carrying `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.rawBody">`. */
export const SIGNATURE_HEADER = 'Amicable-Signature';
/** The header carrying the event id, stable across retries: receivers dedupe on it. */
export const EVENT_ID_HEADER = 'Amicable-Event-Id';
export const EVENT_TYPE_HEADER = 'Amicable-Event-Type';

function hmacHex(secret: string, timestamp: number, payload: string): string {
  return createHmac('sha256', secret).update(`${timestamp}.${payload}`).digest('hex');
}

/** The `Amicable-Signature` value for a raw body, as the dispatcher sends it. */
export function signWebhookPayload(payload: string, secret: string, now: Date = new Date()): string {
  const timestamp = Math.floor(now.getTime() / 1000);
  return `t=${timestamp},v1=${hmacHex(secret, timestamp, payload)}`;
}

export interface VerifyWebhookSignatureOptions {
  /** The request body exactly as received (bytes as UTF-8 text), before any JSON parsing. */
  payload: string;
  /** The `Amicable-Signature` header. */
  header: string | null | undefined;
  /** `AMICABLE_WEBHOOK_SECRET`. */
  secret: string;
  /** Refuse signatures older (or newer) than this, against replays. Default 300 s. */
  toleranceSeconds?: number;
  now?: Date;
}

/**
 * For integrators: checks that a webhook request came from this server and is recent.
 * Accepts any of several `v1=` signatures (secret rotation). Constant-time comparison.
 *
 * @example
 * if (!verifyWebhookSignature({ payload: rawBody, header: req.headers['amicable-signature'], secret })) {
 *   return res.status(400).end();
 * }
 */
export function verifyWebhookSignature(options: VerifyWebhookSignatureOptions): boolean {
  const { payload, header, secret } = options;
  if (!header || !secret) return false;
  let timestamp: number | undefined;
  const signatures: string[] = [];
  for (const part of header.split(',')) {
    const [key, value] = part.split('=', 2).map((piece) => piece.trim());
    if (key === 't' && value && /^\d+$/.test(value)) timestamp = Number(value);
    if (key === 'v1' && value && /^[0-9a-f]{64}$/i.test(value)) signatures.push(value.toLowerCase());
  }
  if (timestamp === undefined || signatures.length === 0) return false;
  const nowSeconds = Math.floor((options.now ?? new Date()).getTime() / 1000);
  if (Math.abs(nowSeconds - timestamp) > (options.toleranceSeconds ?? 300)) return false;
  const expected = Buffer.from(hmacHex(secret, timestamp, payload), 'hex');
  return signatures.some((signature) => timingSafeEqual(Buffer.from(signature, 'hex'), expected));
}

export interface WebhookDispatcherOptions {
  db: AmicableDb;
  url: string;
  secret: string;
  /** Deliver only this creditor's events (default: all in the outbox). */
  creditorId?: string;
  logger?: Logger;
  fetch?: typeof fetch;
  /** How often to look for due events when nothing wakes the dispatcher. Default 1000 ms. */
  pollIntervalMs?: number;
  /** Most events claimed per round; one statement claims them all. Default 50. */
  batchSize?: number;
  /** Most requests in flight at once. Default 8. */
  concurrency?: number;
  /** Per-request timeout. Default 10 s. */
  timeoutMs?: number;
  /** First retry delay; doubles each attempt, with jitter. Default 1000 ms. */
  retryBaseMs?: number;
  /** Longest delay between attempts. Default one hour. */
  retryMaxMs?: number;
  /**
   * After this many failed attempts an event is abandoned: logged, and left undelivered out of the
   * claims' way until the creditor redelivers it (`POST /v1/admin/webhooks/redeliver`). Default 25 (~ a day).
   */
  maxAttempts?: number;
  /** Wall clock for delivery bookkeeping. */
  now?: () => Date;
  random?: () => number;
}

/**
 * How much longer than one request's timeout a claim lasts: room to write the outcome, and for
 * the clocks of several instances to differ a little. After the lease another instance may take
 * the event over, so a crashed instance's events wait at most this long beyond the timeout.
 */
const LEASE_MARGIN_MS = 5000;
/** A request is started only if, timeout included, it ends at least this long before the lease. */
const LEASE_SAFETY_MS = 1000;

/** An event as the claim returns it. */
type ClaimedEvent = Omit<OutboxTable, 'next_attempt_at' | 'delivered_at'>;

/** The row an event's delivery leaves behind; a whole batch is written back in one statement. */
interface Outcome {
  creditor_id: string;
  id: string;
  attempts: number;
  delivered_at: string | null;
  next_attempt_at: string;
  last_error: string | null;
}

/** Events claimed together under one lease. */
interface Batch {
  events: ClaimedEvent[];
  /** The lease's end, as written into the claimed rows' `next_attempt_at`: the claim's token. */
  lease: string;
  leaseEndMs: number;
}

/** The customer an event concerns: their events go out one after another, in creation order. */
function customerOf(event: ClaimedEvent): string {
  try {
    const { customerId } = JSON.parse(event.payload_json) as Partial<WebhookEvent>;
    if (typeof customerId === 'string') return `customer:${customerId}`;
  } catch {
    // Unreadable payloads are sent as they are, each on its own.
  }
  return `event:${event.id}`;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Runs `work` over `items` with at most `limit` at a time. */
async function forEachLimited<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>) {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T;
      next += 1;
      await work(item);
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, limit), items.length) }, worker));
}

/**
 * Delivers the outbox to `AMICABLE_WEBHOOK_URL`: at least once, signed, retried with exponential
 * backoff and full jitter. Each round claims a batch of due events in one statement with a lease
 * (on PostgreSQL skipping rows another instance is claiming), sends them with bounded concurrency
 * (one customer's events one after another, oldest first; no order across customers), and writes
 * every outcome back in one statement that only lands while the lease is still this round's. So
 * several server processes may run dispatchers on one database: within a lease an event is sent
 * by one of them only, and a crashed instance's events are taken over once its lease has passed.
 */
export class WebhookDispatcher {
  readonly #options: Required<Omit<WebhookDispatcherOptions, 'creditorId'>> & {
    creditorId: string | undefined;
  };
  readonly #engine: DatabaseKind;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  #pass: Promise<unknown> | undefined;
  #wakeRequested = false;

  constructor(options: WebhookDispatcherOptions) {
    this.#options = {
      logger: silentLogger,
      fetch: globalThis.fetch.bind(globalThis),
      pollIntervalMs: 1000,
      batchSize: 50,
      concurrency: 8,
      timeoutMs: 10_000,
      retryBaseMs: 1000,
      retryMaxMs: 3_600_000,
      maxAttempts: 25,
      now: () => new Date(),
      random: Math.random,
      ...options,
      creditorId: options.creditorId,
    };
    this.#engine = engineOf(options.db);
  }

  /** Starts polling. */
  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#schedule(0);
  }

  /** Stops polling and waits for a pass in progress. */
  async stop(): Promise<void> {
    this.#running = false;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    await this.#pass;
  }

  /** Looks for due events now rather than at the next poll (called after a write queues events). */
  wake(): void {
    if (!this.#running) return;
    if (this.#pass) {
      this.#wakeRequested = true;
      return;
    }
    this.#schedule(0);
  }

  #schedule(delayMs: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#pass = this.#drain()
        .catch((error) => this.#options.logger.error('webhook pass failed', errorFields(error)))
        .finally(() => {
          this.#pass = undefined;
          if (!this.#running) return;
          const again = this.#wakeRequested;
          this.#wakeRequested = false;
          this.#schedule(again ? 0 : this.#options.pollIntervalMs);
        });
    }, delayMs);
    this.#timer.unref?.();
  }

  /**
   * One round: claims up to `batchSize` due events (one statement), sends each once and records
   * the outcomes (one more). Returns how many were delivered.
   */
  async deliverDue(): Promise<number> {
    const { db } = this.#options;
    const batch = await this.#claim(db);
    if (batch.events.length === 0) return 0;
    const outcomes = await this.#send(batch);
    return this.#report(batch, outcomes, await this.#record(db, batch, outcomes));
  }

  /**
   * What the timer runs: rounds back to back while anything is due. Each round's outcomes are
   * written in the same transaction that claims the next batch, so that a round waits for the
   * database once (on SQLite the one connection is shared with every request).
   */
  async #drain(): Promise<void> {
    const { db } = this.#options;
    let batch: Batch | undefined = await this.#claim(db);
    while (batch && batch.events.length > 0) {
      const current: Batch = batch;
      const outcomes = await this.#send(current);
      const claimNext = this.#running;
      const round = await db.transaction().execute(async (trx) => {
        const recorded = await this.#record(trx, current, outcomes);
        return { recorded, next: claimNext ? await this.#claim(trx) : undefined };
      });
      this.#report(current, outcomes, round.recorded);
      batch = round.next;
    }
  }

  /** Sends a batch, at most `concurrency` at a time, each customer's events in creation order. */
  async #send(batch: Batch): Promise<Outcome[]> {
    // Oldest first within each customer (ids order events of one millisecond); the claim's
    // RETURNING has no order of its own.
    const events = [...batch.events].sort(
      (a, b) => compareText(a.created_at, b.created_at) || compareText(a.id, b.id),
    );
    const queues = new Map<string, ClaimedEvent[]>();
    for (const event of events) {
      const key = customerOf(event);
      const queue = queues.get(key);
      if (queue) queue.push(event);
      else queues.set(key, [event]);
    }
    const outcomes: Outcome[] = [];
    await forEachLimited([...queues.values()], this.#options.concurrency, async (queue) => {
      for (const event of queue) outcomes.push(await this.#sendOne(event, batch.leaseEndMs));
    });
    return outcomes;
  }

  /**
   * Claims a batch in one statement: moves the due events' next attempt to the lease's end, so no
   * other claim sees them as due until then, and returns them.
   */
  async #claim(db: Queryable): Promise<Batch> {
    const { batchSize, maxAttempts, creditorId, timeoutMs } = this.#options;
    const onPostgres = this.#engine === 'postgres';
    const claimedAt = this.#options.now();
    const now = claimedAt.toISOString();
    const leaseEndMs = claimedAt.getTime() + timeoutMs + LEASE_MARGIN_MS;
    const lease = new Date(leaseEndMs).toISOString();
    const events = await db
      // Materialised, so that the batch is chosen (and on PostgreSQL locked) once: as a plain
      // subquery PostgreSQL may run it again for each row it updates, claiming far more than the
      // limit.
      .with(
        (cte) => cte('due').materialized(),
        (query) =>
          query
            .selectFrom('outbox')
            .select(['creditor_id', 'id'])
            .where('delivered_at', 'is', null)
            .where('next_attempt_at', '<=', now)
            // Abandoned events lie beyond `now` (ABANDONED_NEXT_ATTEMPT_AT); this only guards
            // against one abandoned otherwise (a lower maxAttempts, a version before the mark).
            .where('attempts', '<', maxAttempts)
            .$if(creditorId !== undefined, (select) => select.where('creditor_id', '=', creditorId as string))
            // next_attempt_at alone, so that the outbox_pending index yields rows already in order.
            .orderBy('next_attempt_at')
            .limit(batchSize)
            // Several replicas claim at once: skip, rather than wait for, rows another is claiming.
            .$if(onPostgres, (select) => select.forUpdate().skipLocked()),
      )
      .updateTable('outbox')
      .set({ next_attempt_at: lease })
      .where((eb) =>
        eb(
          eb.refTuple('creditor_id', 'id'),
          'in',
          eb.selectFrom('due').select(['due.creditor_id', 'due.id']).$asTuple('creditor_id', 'id'),
        ),
      )
      // On PostgreSQL, checked again on the row itself: a concurrent claim may have committed
      // since the batch was chosen, and its lease must win. (SQLite runs one write at a time;
      // there the check would only steer the update away from the primary key.)
      .$if(onPostgres, (update) =>
        update.where('delivered_at', 'is', null).where('next_attempt_at', '<=', now),
      )
      .returning(['creditor_id', 'id', 'type', 'payload_json', 'created_at', 'attempts', 'last_error'])
      .execute();
    return { events, lease, leaseEndMs };
  }

  async #sendOne(event: ClaimedEvent, leaseEndMs: number): Promise<Outcome> {
    const { url, secret, timeoutMs } = this.#options;
    const started = this.#options.now();
    if (started.getTime() + timeoutMs > leaseEndMs - LEASE_SAFETY_MS) {
      // Sending now could outlast the lease and overlap another instance's attempt: hand it back.
      return {
        creditor_id: event.creditor_id,
        id: event.id,
        attempts: event.attempts,
        delivered_at: null,
        next_attempt_at: started.toISOString(),
        last_error: event.last_error,
      };
    }
    const attempt = event.attempts + 1;
    let failure: string | undefined;
    try {
      const response = await this.#options.fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Amicable-Webhooks/1',
          [SIGNATURE_HEADER]: signWebhookPayload(event.payload_json, secret, started),
          [EVENT_ID_HEADER]: event.id,
          [EVENT_TYPE_HEADER]: event.type,
        },
        body: event.payload_json,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'manual',
      });
      await response.body?.cancel();
      if (!response.ok) failure = `HTTP ${response.status}`;
    } catch (error) {
      failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    }
    const finished = this.#options.now();
    if (failure === undefined) {
      return {
        creditor_id: event.creditor_id,
        id: event.id,
        attempts: attempt,
        delivered_at: finished.toISOString(),
        next_attempt_at: new Date(leaseEndMs).toISOString(),
        last_error: null,
      };
    }
    return {
      creditor_id: event.creditor_id,
      id: event.id,
      attempts: attempt,
      delivered_at: null,
      // The last attempt moves the event out of the range every claim reads (see the constant);
      // it waits there for the creditor to redeliver it.
      next_attempt_at:
        attempt >= this.#options.maxAttempts
          ? ABANDONED_NEXT_ATTEMPT_AT
          : new Date(finished.getTime() + this.retryDelayMs(attempt)).toISOString(),
      last_error: failure.slice(0, 500),
    };
  }

  /**
   * Writes every outcome of a batch in one statement, each only where the row still carries the
   * batch's lease (so an event another instance took over after the lease is recorded by that
   * instance alone). Returns the ids written.
   */
  async #record(db: Queryable, batch: Batch, outcomes: readonly Outcome[]): Promise<Set<string>> {
    const rows = JSON.stringify(outcomes);
    const outcomeTable =
      this.#engine === 'postgres'
        ? sql`jsonb_to_recordset(${rows}::jsonb) as "o"(
            "creditor_id" text, "id" text, "attempts" integer,
            "delivered_at" text, "next_attempt_at" text, "last_error" text
          )`
        : sql`(
            select
              json_extract("value", '$.creditor_id') as "creditor_id",
              json_extract("value", '$.id') as "id",
              json_extract("value", '$.attempts') as "attempts",
              json_extract("value", '$.delivered_at') as "delivered_at",
              json_extract("value", '$.next_attempt_at') as "next_attempt_at",
              json_extract("value", '$.last_error') as "last_error"
            from json_each(${rows})
          ) as "o"`;
    const result = await sql<{ id: string }>`
      update "outbox"
      set "attempts" = "o"."attempts", "delivered_at" = "o"."delivered_at",
          "next_attempt_at" = "o"."next_attempt_at", "last_error" = "o"."last_error"
      from ${outcomeTable}
      where "outbox"."creditor_id" = "o"."creditor_id" and "outbox"."id" = "o"."id"
        and "outbox"."next_attempt_at" = ${batch.lease} and "outbox"."delivered_at" is null
      returning "outbox"."id"`.execute(db);
    return new Set(result.rows.map((row) => row.id));
  }

  /** Logs what became of each event of a batch; returns how many were delivered. */
  #report(batch: Batch, outcomes: readonly Outcome[], recorded: Set<string>): number {
    const { logger, maxAttempts } = this.#options;
    const claimed = new Map(batch.events.map((event) => [event.id, event]));
    let delivered = 0;
    let handedBack = 0;
    for (const outcome of outcomes) {
      const event = claimed.get(outcome.id);
      const fields = { eventId: outcome.id, type: event?.type, attempt: outcome.attempts };
      if (outcome.attempts === event?.attempts) {
        handedBack += 1;
      } else if (!recorded.has(outcome.id)) {
        // Another instance took the event over after this batch's lease: its outcome counts.
        logger.warn('webhook outcome not recorded: the lease had passed to another instance', fields);
      } else if (outcome.delivered_at !== null) {
        delivered += 1;
        logger.info('webhook delivered', fields);
      } else {
        const giveUp = outcome.attempts >= maxAttempts;
        (giveUp ? logger.error : logger.warn)(giveUp ? 'webhook abandoned' : 'webhook failed, will retry', {
          ...fields,
          retryAt: giveUp ? undefined : outcome.next_attempt_at,
          failure: outcome.last_error,
        });
      }
    }
    if (handedBack > 0) {
      logger.info('webhooks handed back unsent: the lease would have run out first', { handedBack });
    }
    return delivered;
  }

  /** Exponential backoff with full jitter: uniformly between half and all of base·2^(attempt-1), capped. */
  retryDelayMs(attempt: number): number {
    const { retryBaseMs, retryMaxMs, random } = this.#options;
    const ceiling = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(attempt - 1, 30));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
  }
}
