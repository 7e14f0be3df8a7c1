import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  PROBLEM_CONTENT_TYPE,
  type Problem,
  type ProblemCode,
  type ProblemFieldError,
} from '../contract/problem';

const TITLES: Record<ProblemCode, string> = {
  invalid_request: 'The request is not valid',
  unauthorized: 'Authentication is required',
  forbidden: 'Not allowed',
  not_found: 'Not found',
  method_not_allowed: 'Method not allowed',
  conflict: 'Conflict',
  idempotency_mismatch: 'Idempotency key reused with another request',
  idempotency_key_required: 'An Idempotency-Key header is required',
  unprocessable: 'The request cannot be processed',
  policy_violation: "Outside the creditor's policy",
  nothing_payable: 'Nothing to pay',
  rate_limited: 'Too many requests',
  payload_too_large: 'The request body is too large',
  unsupported_media_type: 'Unsupported media type',
  payment_provider_unavailable: 'The payment provider is unavailable',
  internal_error: 'Something went wrong on our side',
  service_unavailable: 'The service is unavailable for a moment',
};

/** The `type` URI of a problem document: stable per code. */
export function problemType(code: string): string {
  return `urn:amicable:problem:${code}`;
}

export interface ProblemInit {
  detail?: string;
  errors?: ProblemFieldError[];
  rule?: string;
  /** Extra response headers (`Retry-After`, `Allow`, `WWW-Authenticate`). */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * Throw this anywhere in a request and the error handler answers with an RFC 9457 problem
 * document. Anything else thrown becomes a 500 `internal_error` whose details go to the log only.
 */
export class ProblemError extends Error {
  readonly status: ContentfulStatusCode;
  readonly code: ProblemCode;
  readonly detail: string | undefined;
  readonly errors: ProblemFieldError[] | undefined;
  readonly rule: string | undefined;
  readonly headers: Record<string, string>;

  constructor(status: ContentfulStatusCode, code: ProblemCode, init: ProblemInit = {}) {
    super(init.detail ?? TITLES[code], init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'ProblemError';
    this.status = status;
    this.code = code;
    this.detail = init.detail;
    this.errors = init.errors;
    this.rule = init.rule;
    this.headers = init.headers ?? {};
  }

  toProblem(requestId?: string, instance?: string): Problem {
    const problem: Problem = {
      type: problemType(this.code),
      title: TITLES[this.code],
      status: this.status,
      code: this.code,
    };
    if (this.detail !== undefined) problem.detail = this.detail;
    if (instance !== undefined) problem.instance = instance;
    if (requestId !== undefined) problem.requestId = requestId;
    if (this.errors !== undefined) problem.errors = this.errors;
    if (this.rule !== undefined) problem.rule = this.rule;
    return problem;
  }
}

/** Shorthands for the problems routes raise most. */
export const problems = {
  invalid(detail: string, errors?: ProblemFieldError[]) {
    return new ProblemError(400, 'invalid_request', { detail, ...(errors ? { errors } : {}) });
  },
  notFound(detail = 'Nothing exists at this address, or it belongs to someone else.') {
    return new ProblemError(404, 'not_found', { detail });
  },
  unauthorized(detail: string) {
    return new ProblemError(401, 'unauthorized', { detail, headers: { 'WWW-Authenticate': 'Bearer' } });
  },
  unprocessable(detail: string, errors?: ProblemFieldError[]) {
    return new ProblemError(422, 'unprocessable', { detail, ...(errors ? { errors } : {}) });
  },
  conflict(detail: string, headers?: Record<string, string>) {
    return new ProblemError(409, 'conflict', { detail, ...(headers ? { headers } : {}) });
  },
};

/** How long a client should wait before retrying while the database is out of reach, in seconds. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 2;

/** Socket errors: the database server refused, dropped or never answered the connection. */
const UNREACHABLE_SOCKET_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ECONNABORTED',
  'EPIPE',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);

/**
 * PostgreSQL SQLSTATEs that mean "not now" rather than "wrong": connection exceptions (class 08),
 * the server shutting down, crashed or still starting (57P01–57P03), too many connections (53300).
 */
const POSTGRES_UNAVAILABLE_STATES = /^(08[0-9A-Z]{3}|57P0[1-3]|53300)$/;

/** What `pg` says, without a SQLSTATE, when the connection under a query or a client is gone. */
const POSTGRES_CONNECTION_MESSAGES =
  /^(Connection terminated|Client has encountered a connection error|Client was closed|timeout exceeded when trying to connect|Cannot use a pool after calling end)/;

function isUnavailableError(error: object): boolean {
  const { code, message } = error as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (UNREACHABLE_SOCKET_CODES.has(code) || POSTGRES_UNAVAILABLE_STATES.test(code)) return true;
    // SQLite: another writer held the file past the busy timeout.
    if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return true;
  }
  return typeof message === 'string' && POSTGRES_CONNECTION_MESSAGES.test(message);
}

/**
 * Whether `error` (or what caused it) says the database is out of reach for the moment: refused
 * or dropped connections, a PostgreSQL server shutting down or starting, SQLite busy. Such a
 * request was not carried out (its transaction did not commit) and is worth repeating shortly.
 */
export function isDatabaseUnavailable(error: unknown): boolean {
  const pending: unknown[] = [error];
  const seen = new Set<unknown>();
  while (pending.length > 0) {
    const current = pending.pop();
    if (current === null || typeof current !== 'object' || seen.has(current)) continue;
    seen.add(current);
    if (isUnavailableError(current)) return true;
    pending.push((current as { cause?: unknown }).cause);
    if (current instanceof AggregateError) pending.push(...current.errors);
  }
  return false;
}

/** The 503 for a request that could not reach the database: clean, and worth a retry. */
export function databaseUnavailable(cause: unknown): ProblemError {
  return new ProblemError(503, 'service_unavailable', {
    detail: `The service cannot reach its database just now. Try again in ${UNAVAILABLE_RETRY_AFTER_SECONDS} seconds, with the same Idempotency-Key for a POST`,
    headers: { 'Retry-After': String(UNAVAILABLE_RETRY_AFTER_SECONDS) },
    cause,
  });
}

/** Sends a problem document with the right content type and headers. */
export function sendProblem(c: Context, error: ProblemError): Response {
  const requestId = c.get('requestId' as never) as string | undefined;
  const body = JSON.stringify(error.toProblem(requestId, new URL(c.req.url).pathname));
  return c.body(body, error.status, {
    'Content-Type': PROBLEM_CONTENT_TYPE,
    'Cache-Control': 'no-store',
    ...error.headers,
  });
}
