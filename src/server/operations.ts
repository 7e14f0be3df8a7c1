import type { Context, Hono, MiddlewareHandler } from 'hono';
import type * as z from 'zod/mini';
import {
  type Endpoint,
  endpoints,
  type OperationId,
  type PathParams,
  routerPath,
} from '../contract/endpoints';
import { Id } from '../contract/primitives';
import { requireAdmin, requireCustomer } from './auth';
import type { AppDeps, AppEnv } from './context';
import { idempotency } from './idempotency';
import { commitWrite, respond } from './respond';
import type { WriteContext } from './timeline';
import { parseOrThrow, readJsonBody } from './validate';

type EndpointOf<K extends OperationId> = (typeof endpoints)[K];
type OutputOf<E, Field extends string> =
  E extends Record<Field, infer S extends z.ZodMiniType> ? z.output<S> : undefined;

/** What a handler receives: the validated path parameters, body and query of its operation. */
export interface OperationInput<K extends OperationId> {
  c: Context<AppEnv>;
  params: PathParams<EndpointOf<K>['path']>;
  body: OutputOf<EndpointOf<K>, 'request'>;
  query: OutputOf<EndpointOf<K>, 'query'>;
  /** The token's customer, for customer operations (empty otherwise). */
  customerId: string;
}

/** What a handler answers: the operation's response body, before the contract check. */
export type OperationResult<K extends OperationId> = z.input<EndpointOf<K>['response']>;

export interface OperationOptions {
  /** Skip the registry's body parsing (multipart, raw webhook bodies): the handler reads `c.req` itself. */
  rawBody?: boolean;
}

// Path ids that passed the check lately: a portal asks for the same few ids over and over, and
// the check (a schema parse) is a noticeable part of a cached read. Valid is valid: the set only
// saves repeating the same answer, and starts over when full.
const validPathIds = new Set<string>();
const VALID_PATH_IDS_KEPT = 10_000;

function pathId(name: string, value: string): string {
  if (validPathIds.has(value)) return value;
  const id = parseOrThrow(Id, value, `path parameter "${name}"`) as string;
  if (validPathIds.size >= VALID_PATH_IDS_KEPT) validPathIds.clear();
  validPathIds.add(id);
  return id;
}

/**
 * Mounts the API's operations from the contract's `endpoints` registry, so that the method, path,
 * auth, validation, idempotency and response check of each come from one place.
 */
export class OperationRouter {
  readonly #app: Hono<AppEnv>;
  readonly #deps: AppDeps;
  readonly #mounted = new Set<OperationId>();

  constructor(app: Hono<AppEnv>, deps: AppDeps) {
    this.#app = app;
    this.#deps = deps;
  }

  /** Operations mounted so far (tests check every registry entry is served). */
  get mounted(): ReadonlySet<OperationId> {
    return this.#mounted;
  }

  /** A read: the handler's result is contract-checked and sent with the operation's status. */
  read<K extends OperationId>(
    id: K,
    handler: (input: OperationInput<K>) => Promise<OperationResult<K>>,
    options: OperationOptions = {},
  ): void {
    const endpoint: Endpoint = endpoints[id];
    this.#mount(endpoint, options, async (input) =>
      respond(
        input.c,
        this.#deps,
        endpoint.response,
        await handler(input as OperationInput<K>),
        endpoint.status,
      ),
    );
    this.#mounted.add(id);
  }

  /**
   * A write: the handler runs inside one transaction together with its timeline entries, outbox
   * events and (for idempotent operations) the stored response.
   */
  write<K extends OperationId>(
    id: K,
    handler: (input: OperationInput<K>, tx: WriteContext) => Promise<OperationResult<K>>,
    options: OperationOptions = {},
  ): void {
    const endpoint: Endpoint = endpoints[id];
    this.#mount(endpoint, options, async (input) =>
      commitWrite(input.c, this.#deps, endpoint.response, endpoint.status, (tx) =>
        handler(input as OperationInput<K>, tx),
      ),
    );
    this.#mounted.add(id);
  }

  /** Anything else (a raw response); the handler sends its own response. */
  custom<K extends OperationId>(
    id: K,
    handler: (input: OperationInput<K>) => Promise<Response>,
    options: OperationOptions = {},
  ): void {
    this.#mount(endpoints[id], options, (input) => handler(input as OperationInput<K>));
    this.#mounted.add(id);
  }

  #mount(
    endpoint: Endpoint,
    options: OperationOptions,
    run: (input: OperationInput<OperationId>) => Promise<Response>,
  ): void {
    const middleware: MiddlewareHandler<AppEnv>[] = [];
    if (endpoint.auth === 'customer') middleware.push(requireCustomer());
    if (endpoint.auth === 'admin') middleware.push(requireAdmin());

    // Parse and validate first, then claim the idempotency key: a malformed request never claims one.
    const parse: MiddlewareHandler<AppEnv> = async (c, next) => {
      const params = {} as Record<string, string>;
      for (const [name, value] of Object.entries(c.req.param() as Record<string, string>)) {
        params[name] = pathId(name, value);
      }
      let body: unknown;
      if (endpoint.request && !options.rawBody && endpoint.requestType !== 'multipart/form-data') {
        body = parseOrThrow(endpoint.request, await readJsonBody(c), 'request body');
      }
      let query: unknown;
      if (endpoint.query) {
        const raw = Object.fromEntries(
          Object.entries(c.req.queries()).map(([key, values]) => [
            key,
            values.length === 1 ? values[0] : values,
          ]),
        );
        query = parseOrThrow(endpoint.query, raw, 'query string');
      }
      const principal = c.get('principal');
      const customerId = principal?.kind === 'customer' ? principal.customerId : '';
      c.set('operationInput', { c, params, body, query, customerId });
      await next();
    };
    middleware.push(parse);
    if (endpoint.idempotent) middleware.push(idempotency(this.#deps, this.#deps.idempotency));

    const final: MiddlewareHandler<AppEnv> = async (c) =>
      run(c.get('operationInput') as OperationInput<OperationId>);
    const handlers = [...middleware, final] as [MiddlewareHandler<AppEnv>];
    this.#app.on(endpoint.method, routerPath(endpoint.path), ...handlers);
  }
}
