import { createHash } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import type { Transaction } from 'kysely';
import type { AppDeps, AppEnv } from './context';
import type { Database } from './db/schema';
import { errorFields } from './logger';
import { ProblemError, problems } from './problem';

export const IDEMPOTENCY_HEADER = 'Idempotency-Key';
/** Set on a response that repeats the stored answer to an earlier request with the same key. */
export const REPLAYED_HEADER = 'Idempotent-Replayed';

/** Keys are remembered this long; after that the same key starts a new request. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;
/** A claim not completed within this time is treated as abandoned (its process died) and may be retaken. */
export const IDEMPOTENCY_LEASE_MS = 60_000;

export interface IdempotencyOptions {
  /** How long a concurrent duplicate waits for the first request's answer before a 409. Default 10 s. */
  waitMs?: number;
  /** Poll interval while waiting. Default 25 ms. */
  pollMs?: number;
}

/**
 * The current request's hold on its idempotency key. The write helper stores the response through
 * `complete` inside the same transaction as the handler's writes.
 */
export interface IdempotencyClaim {
  readonly key: string;
  completed: boolean;
  complete(trx: Transaction<Database>, status: number, body: string): Promise<void>;
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}

/**
 * What makes two requests "the same": method, path and body. JSON bodies are compared by content
 * (key order and whitespace do not matter); multipart bodies by their fields and file contents
 * (the boundary differs on every retry); anything else byte for byte.
 */
async function requestFingerprint(c: Context): Promise<string> {
  const hash = createHash('sha256');
  const url = new URL(c.req.url);
  hash.update(`${c.req.method} ${url.pathname}\n`);
  const contentType = c.req.header('Content-Type')?.toLowerCase() ?? '';
  if (contentType.startsWith('multipart/form-data')) {
    try {
      const form = await c.req.formData();
      for (const [name, value] of form.entries()) {
        if (typeof value === 'string') {
          hash.update(`${name}=${value}\n`);
        } else {
          const bytes = new Uint8Array(await value.arrayBuffer());
          hash.update(`${name}=file:${value.name}:${value.type}:`);
          hash.update(bytes);
          hash.update('\n');
        }
      }
      return hash.digest('hex');
    } catch {
      // Not parseable, and the body is spent (Hono keeps the failed parse, so reading it as text
      // would throw too). The handler answers 400 and releases the key, so one marker will do.
      hash.update('unparseable multipart body');
      return hash.digest('hex');
    }
  }
  const text = await c.req.text();
  try {
    hash.update(stableStringify(JSON.parse(text)));
  } catch {
    hash.update(text);
  }
  return hash.digest('hex');
}

function scopeOf(c: Context<AppEnv>): string {
  const principal = c.get('principal');
  if (principal?.kind === 'customer') return `customer:${principal.customerId}`;
  if (principal?.kind === 'admin') return 'admin';
  return 'anonymous';
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * `Idempotency-Key` for creating POSTs. The first request with a key claims it by inserting a
 * row (unique on creditor, caller and key) in its own short transaction, before doing any work.
 * Then:
 * - same key, same request, finished → the stored response is replayed (`Idempotent-Replayed: true`);
 * - same key, another request → 409 `idempotency_mismatch`;
 * - same key while the first is still running → the duplicate waits (polling) for the first
 *   answer and replays it; if that takes longer than `waitMs` it gets 409 `conflict` with
 *   `Retry-After: 1`;
 * - the first request fails (any problem or crash) → the claim is released, so a retry runs afresh.
 * Only successful answers are stored, and they are stored in the handler's own transaction
 * (see `commitWrite`), so a write and its remembered answer commit together or not at all.
 */
export function idempotency(deps: AppDeps, options: IdempotencyOptions = {}): MiddlewareHandler<AppEnv> {
  const waitMs = options.waitMs ?? 10_000;
  const pollMs = options.pollMs ?? 25;
  return async (c, next) => {
    const key = c.req.header(IDEMPOTENCY_HEADER)?.trim();
    if (!key) {
      throw new ProblemError(400, 'idempotency_key_required', {
        detail:
          'Send an Idempotency-Key header (a fresh random value, e.g. a UUID, per new action) with this POST',
      });
    }
    if (key.length > 255 || !/^[\x21-\x7e]+$/.test(key)) {
      throw problems.invalid('The Idempotency-Key must be 1–255 visible ASCII characters, e.g. a UUID');
    }
    const { db, creditorId } = deps;
    const scope = scopeOf(c);
    const requestHash = await requestFingerprint(c);
    const where = { creditorId, scope, key };
    const deadline = Date.now() + waitMs;

    for (;;) {
      const lockedAt = new Date().toISOString();
      const inserted = await db
        .insertInto('idempotency_keys')
        .values({
          creditor_id: creditorId,
          scope,
          key,
          request_hash: requestHash,
          status_code: null,
          response_body: null,
          locked_at: lockedAt,
          created_at: lockedAt,
        })
        .onConflict((conflict) => conflict.columns(['creditor_id', 'scope', 'key']).doNothing())
        .executeTakeFirst();
      if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) === 1) {
        return runClaimed(c, next, deps, where, lockedAt);
      }

      const existing = await db
        .selectFrom('idempotency_keys')
        .selectAll()
        .where('creditor_id', '=', creditorId)
        .where('scope', '=', scope)
        .where('key', '=', key)
        .executeTakeFirst();
      if (!existing) continue; // released between our insert and select: try to claim again

      if (Date.now() - Date.parse(existing.created_at) > IDEMPOTENCY_RETENTION_MS) {
        await db
          .deleteFrom('idempotency_keys')
          .where('creditor_id', '=', creditorId)
          .where('scope', '=', scope)
          .where('key', '=', key)
          .where('created_at', '=', existing.created_at)
          .execute();
        continue;
      }
      if (existing.request_hash !== requestHash) {
        throw new ProblemError(409, 'idempotency_mismatch', {
          detail:
            'This Idempotency-Key was already used for a different request; use a new key for a new action',
        });
      }
      if (existing.status_code !== null && existing.response_body !== null) {
        return c.body(existing.response_body, existing.status_code as 200, {
          'Content-Type': 'application/json',
          [REPLAYED_HEADER]: 'true',
        });
      }
      if (Date.now() - Date.parse(existing.locked_at) > IDEMPOTENCY_LEASE_MS) {
        const retaken = new Date().toISOString();
        const result = await db
          .updateTable('idempotency_keys')
          .set({ locked_at: retaken })
          .where('creditor_id', '=', creditorId)
          .where('scope', '=', scope)
          .where('key', '=', key)
          .where('locked_at', '=', existing.locked_at)
          .where('status_code', 'is', null)
          .executeTakeFirst();
        if (Number(result.numUpdatedRows) === 1) return runClaimed(c, next, deps, where, retaken);
        continue;
      }
      if (Date.now() >= deadline) {
        throw problems.conflict(
          'A request with this Idempotency-Key is still being processed; retry shortly',
          {
            'Retry-After': '1',
          },
        );
      }
      await sleep(pollMs);
    }
  };
}

async function runClaimed(
  c: Context<AppEnv>,
  next: () => Promise<void>,
  deps: AppDeps,
  where: { creditorId: string; scope: string; key: string },
  lockedAt: string,
): Promise<void> {
  const claim: IdempotencyClaim = {
    key: where.key,
    completed: false,
    async complete(trx, status, body) {
      const result = await trx
        .updateTable('idempotency_keys')
        .set({ status_code: status, response_body: body })
        .where('creditor_id', '=', where.creditorId)
        .where('scope', '=', where.scope)
        .where('key', '=', where.key)
        .where('locked_at', '=', lockedAt)
        .where('status_code', 'is', null)
        .executeTakeFirst();
      // Our lease was taken over by a retry after we stalled: roll our write back, theirs wins.
      if (Number(result.numUpdatedRows) !== 1) {
        throw problems.conflict('This request took too long and was superseded by a retry with the same key');
      }
      claim.completed = true;
    },
  };
  c.set('idempotency', claim);
  try {
    await next();
  } finally {
    // Also after `complete` when the request failed later (a COMMIT that broke off): the delete
    // only takes a claim that is still unanswered, so a committed answer stays.
    if (!claim.completed || c.error !== undefined) await releaseClaim(deps, where, lockedAt);
  }
}

/**
 * Gives up a claim whose request failed, so that a retry runs afresh. When the database cannot
 * be reached (the very outage that failed the request), keeps trying in the background until it
 * can or the lease has run out anyway: otherwise every retry would answer 409 for a minute.
 */
async function releaseClaim(
  deps: AppDeps,
  where: { creditorId: string; scope: string; key: string },
  lockedAt: string,
  attempt = 1,
): Promise<void> {
  try {
    await deps.db
      .deleteFrom('idempotency_keys')
      .where('creditor_id', '=', where.creditorId)
      .where('scope', '=', where.scope)
      .where('key', '=', where.key)
      .where('locked_at', '=', lockedAt)
      .where('status_code', 'is', null)
      .execute();
  } catch (error) {
    if (Date.now() - Date.parse(lockedAt) > IDEMPOTENCY_LEASE_MS) {
      deps.logger.error('could not release idempotency key', errorFields(error));
      return;
    }
    if (attempt === 1)
      deps.logger.warn('could not release idempotency key yet; retrying', errorFields(error));
    const retry = setTimeout(
      () => void releaseClaim(deps, where, lockedAt, attempt + 1),
      Math.min(250 * attempt, 2000),
    );
    retry.unref?.();
  }
}

/**
 * Releases every unanswered claim made before `startedAt`. Only for SQLite, whose file one process
 * serves (DESIGN.md): when that process starts, such claims were left by a predecessor that died
 * mid-request (SIGKILL, a crash, a power cut), so their writes never committed, and without this a
 * retry of one would wait out the lease ({@link IDEMPOTENCY_LEASE_MS}) answering 409. Not for
 * PostgreSQL, where another replica may still be working on its claim: there the lease decides.
 */
export async function releaseAbandonedClaims(deps: Pick<AppDeps, 'db'>, startedAt: Date): Promise<number> {
  const result = await deps.db
    .deleteFrom('idempotency_keys')
    .where('status_code', 'is', null)
    .where('locked_at', '<', startedAt.toISOString())
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Deletes keys older than the retention period; run now and then (the server does at start). */
export async function purgeExpiredIdempotencyKeys(
  deps: Pick<AppDeps, 'db'>,
  now = new Date(),
): Promise<number> {
  const cutoff = new Date(now.getTime() - IDEMPOTENCY_RETENTION_MS).toISOString();
  const result = await deps.db
    .deleteFrom('idempotency_keys')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
