import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { AppDeps, AppEnv } from './context';
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

/** Sends a contract-checked JSON response. */
export function respond<S extends Schema>(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'logger'>,
  schema: S,
  body: z.input<S>,
  status: ContentfulStatusCode = 200,
): Response {
  const checked = checkResponse(deps, schema, body, c.req.routePath);
  return c.body(JSON.stringify(checked), status, { 'Content-Type': 'application/json' });
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
