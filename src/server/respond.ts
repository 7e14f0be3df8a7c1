import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type * as z from 'zod/mini';
import type { ResponseChecks } from './config';
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

/**
 * In `sample` mode (see `Config.responseChecks`), every response of a schema is checked until this
 * many were, then one in this many: a view that breaks its contract in some state still shows up
 * in the log, at a hundredth of the cost.
 */
export const RESPONSE_CHECK_SAMPLE = 100;

// Responses sent so far per schema, for `sample` mode.
const sentPerSchema = new WeakMap<Schema, number>();
// Schemas whose check was seen dropping fields of the view (a loose document, say): in `sample`
// mode these are always checked, so that every answer carries the same fields.
const strippingSchemas = new WeakSet<Schema>();

function sampled(schema: Schema): boolean {
  const sent = (sentPerSchema.get(schema) ?? 0) + 1;
  sentPerSchema.set(schema, sent);
  return sent <= RESPONSE_CHECK_SAMPLE || sent % RESPONSE_CHECK_SAMPLE === 0;
}

/** A read's JSON, checked against its contract schema as often as `mode` says. */
function responseJson(
  deps: Pick<AppDeps, 'logger'>,
  mode: ResponseChecks,
  schema: Schema,
  body: unknown,
  route: string,
): string {
  if (mode === 'off') return JSON.stringify(body);
  if (mode === 'all' || strippingSchemas.has(schema)) {
    return JSON.stringify(checkResponse(deps, schema, body, route));
  }
  if (!sampled(schema)) return JSON.stringify(body);
  const checked = JSON.stringify(checkResponse(deps, schema, body, route));
  // A check only drops fields the contract does not know (response schemas transform nothing),
  // and key order does not change a length: a shorter answer means this schema drops some, and
  // an unchecked answer would carry them.
  if (checked.length !== JSON.stringify(body).length) strippingSchemas.add(schema);
  return checked;
}

// The JSON of bodies that can never change (views of cached reads, deeply frozen): the same body
// checks and serializes the same every time, so that is done once.
const frozenJson = new WeakMap<object, { schema: Schema; json: string }>();

/**
 * Sends a read's JSON response, checked against its contract schema as `config.responseChecks`
 * says (every one by default).
 */
export function respond<S extends Schema>(
  c: Context<AppEnv>,
  deps: Pick<AppDeps, 'logger' | 'config'>,
  schema: S,
  body: z.input<S>,
  status: ContentfulStatusCode = 200,
): Response {
  const frozen = isDeepFrozen(body);
  const remembered = frozen ? frozenJson.get(body as object) : undefined;
  let json: string;
  if (remembered?.schema === schema) json = remembered.json;
  else {
    json = responseJson(deps, deps.config.responseChecks ?? 'all', schema, body, c.req.routePath);
    if (frozen) frozenJson.set(body as object, { schema, json });
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
