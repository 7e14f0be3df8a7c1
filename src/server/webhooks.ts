import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AmicableDb } from './db/schema';
import { errorFields, type Logger, silentLogger } from './logger';

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
  /** Events sent per pass. Default 20. */
  batchSize?: number;
  /** Per-request timeout. Default 10 s. */
  timeoutMs?: number;
  /** First retry delay; doubles each attempt, with jitter. Default 1000 ms. */
  retryBaseMs?: number;
  /** Longest delay between attempts. Default one hour. */
  retryMaxMs?: number;
  /** After this many failed attempts an event is left undelivered and logged. Default 25 (~ a day). */
  maxAttempts?: number;
  /** Wall clock for delivery bookkeeping. */
  now?: () => Date;
  random?: () => number;
}

/**
 * Delivers the outbox to `AMICABLE_WEBHOOK_URL`: at least once, in creation order per pass,
 * signed, retried with exponential backoff and full jitter. Several server processes may run
 * dispatchers on one database: an event is claimed with a compare-and-set lease first.
 */
export class WebhookDispatcher {
  readonly #options: Required<Omit<WebhookDispatcherOptions, 'creditorId'>> & {
    creditorId: string | undefined;
  };
  #timer: ReturnType<typeof setTimeout> | undefined;
  #running = false;
  #pass: Promise<unknown> | undefined;
  #wakeRequested = false;

  constructor(options: WebhookDispatcherOptions) {
    this.#options = {
      logger: silentLogger,
      fetch: globalThis.fetch.bind(globalThis),
      pollIntervalMs: 1000,
      batchSize: 20,
      timeoutMs: 10_000,
      retryBaseMs: 1000,
      retryMaxMs: 3_600_000,
      maxAttempts: 25,
      now: () => new Date(),
      random: Math.random,
      ...options,
      creditorId: options.creditorId,
    };
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
      this.#pass = this.deliverDue()
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

  /** One pass: sends every due event once. Returns how many were delivered. */
  async deliverDue(): Promise<number> {
    const { db, batchSize, maxAttempts, creditorId } = this.#options;
    const now = this.#options.now();
    let query = db
      .selectFrom('outbox')
      .select(['creditor_id', 'id', 'type', 'payload_json', 'attempts', 'next_attempt_at'])
      .where('delivered_at', 'is', null)
      .where('next_attempt_at', '<=', now.toISOString())
      .where('attempts', '<', maxAttempts)
      .orderBy('next_attempt_at')
      .orderBy('id')
      .limit(batchSize);
    if (creditorId !== undefined) query = query.where('creditor_id', '=', creditorId);
    const due = await query.execute();
    let delivered = 0;
    for (const event of due) {
      if (await this.#claim(event.creditor_id, event.id, event.next_attempt_at)) {
        if (await this.#deliver(event)) delivered += 1;
      }
    }
    return delivered;
  }

  async #claim(creditorId: string, id: string, seenNextAttemptAt: string): Promise<boolean> {
    const lease = new Date(this.#options.now().getTime() + this.#options.timeoutMs + 5000).toISOString();
    const result = await this.#options.db
      .updateTable('outbox')
      .set({ next_attempt_at: lease })
      .where('creditor_id', '=', creditorId)
      .where('id', '=', id)
      .where('next_attempt_at', '=', seenNextAttemptAt)
      .where('delivered_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  async #deliver(event: {
    creditor_id: string;
    id: string;
    type: string;
    payload_json: string;
    attempts: number;
  }): Promise<boolean> {
    const { db, url, secret, logger, timeoutMs } = this.#options;
    const attempt = event.attempts + 1;
    let failure: string | undefined;
    try {
      const response = await this.#options.fetch(url, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/json',
          'User-Agent': 'Amicable-Webhooks/1',
          [SIGNATURE_HEADER]: signWebhookPayload(event.payload_json, secret, this.#options.now()),
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
    const now = this.#options.now();
    if (failure === undefined) {
      await db
        .updateTable('outbox')
        .set({ delivered_at: now.toISOString(), attempts: attempt, last_error: null })
        .where('creditor_id', '=', event.creditor_id)
        .where('id', '=', event.id)
        .execute();
      logger.info('webhook delivered', { eventId: event.id, type: event.type, attempt });
      return true;
    }
    const delay = this.retryDelayMs(attempt);
    await db
      .updateTable('outbox')
      .set({
        attempts: attempt,
        next_attempt_at: new Date(now.getTime() + delay).toISOString(),
        last_error: failure.slice(0, 500),
      })
      .where('creditor_id', '=', event.creditor_id)
      .where('id', '=', event.id)
      .execute();
    const giveUp = attempt >= this.#options.maxAttempts;
    (giveUp ? logger.error : logger.warn)(giveUp ? 'webhook abandoned' : 'webhook failed, will retry', {
      eventId: event.id,
      type: event.type,
      attempt,
      retryInMs: giveUp ? undefined : delay,
      failure,
    });
    return false;
  }

  /** Exponential backoff with full jitter: uniformly between half and all of base·2^(attempt-1), capped. */
  retryDelayMs(attempt: number): number {
    const { retryBaseMs, retryMaxMs, random } = this.#options;
    const ceiling = Math.min(retryMaxMs, retryBaseMs * 2 ** Math.min(attempt - 1, 30));
    return Math.round(ceiling / 2 + random() * (ceiling / 2));
  }
}
