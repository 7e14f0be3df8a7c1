import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { AppDeps, AppEnv } from './context';
import { isDeepFrozen } from './db/read-cache';
import { ProblemError } from './problem';
import type { WriteContext } from './timeline';
import { fieldErrors, type Schema } from './validate';

/**
 * Checks a response against its contract schema. A mismatch is a server bug: it is logged with the
 * field errors and the client gets a 500 `internal_error` rather than a body that breaks its parser.
 */
export function checkResponse<S extends Schema>(
  deps: Pick<AppDeps, 'logger'>,
  schema: S,
  body: unknown,
  route: string,
): z.output<S> {
  const result = schema.safeParse(body, { reportInput: false });
  if (result.success) return result.data as z.output<S>;
  deps.logger.error('response does not match its contract schema', {
    route,
    errors: fieldErrors(result.error),
  });
  throw new ProblemError(500, 'internal_error', {
    detail: 'The server produced an invalid response; this is a bug',
  });
}

// The checked JSON of bodies that can never change (views of cached reads, deeply frozen): the
// same body checks and serializes the same every time, so that is done once.
const checkedJson = new WeakMap<object, { schema: Schema; json: string }>();

/** Sends a contract-checked JSON response. */
export function respond<S extends Schema>(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'logger'>,
  schema: S,
  body: z.input<S>,
  status: ContentfulStatusCode = 200,
): Response {
  const remembered = isDeepFrozen(body) ? checkedJson.get(body as object) : undefined;
  let json: string;
  if (remembered?.schema === schema) json = remembered.json;
  else {
    json = JSON.stringify(checkResponse(deps, schema, body, c.req.routePath));
    if (isDeepFrozen(body)) checkedJson.set(body as object, { schema, json });
  }
  return c.body(json, status, { 'Content-Type': 'application/json' });
}

/**
 * Runs a write in one transaction and answers with its result: the handler's rows, its timeline
 * entries and outbox events, and (for a POST with an `Idempotency-Key`) the remembered response
 * all commit together or not at all. The result is checked against `schema` before commit, so a
 * contract bug rolls the write back instead of storing half a truth.
 */
export async function commitWrite<S extends Schema>(
  c: Context<AppEnv>,
  deps: AppDeps,
  schema: S,
  status: ContentfulStatusCode,
  work: (tx: WriteContext) => Promise<z.input<S>>,
): Promise<Response> {
  const now = deps.clock();
  const claim = c.get('idempotency');
  const queuedEventIds: string[] = [];
  const text = await deps.db.transaction().execute(async (trx) => {
    const body = await work({ trx, creditorId: deps.creditorId, now, queuedEventIds });
    const serialized = JSON.stringify(checkResponse(deps, schema, body, c.req.routePath));
    if (claim) await claim.complete(trx, status, serialized);
    return serialized;
  });
  if (queuedEventIds.length > 0) deps.onEventsQueued();
  return c.body(text, status, { 'Content-Type': 'application/json' });
}
