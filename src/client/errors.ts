import type { Problem } from '../contract/problem';

/**
 * What an element puts in the `detail` of its `amicable-error` event: a stable `code` to branch
 * on, an English `message` for logs, and whether trying the same thing again may succeed.
 */
export interface AmicableErrorDetail {
  code: string;
  message: string;
  retryable: boolean;
}

/** Options every Amicable error takes besides its message. */
export interface AmicableErrorOptions {
  /** Whether repeating the same call later may succeed. */
  retryable: boolean;
  /** The underlying error or reason, kept for debugging. */
  cause?: unknown;
}

/**
 * A brand that survives two copies of the SDK in one page (the script-tag build next to an npm
 * build), where `instanceof` would fail. The value is the error's `name`.
 */
const brand = Symbol.for('amicable.error');

/**
 * The base of every error the SDK throws. `code` is stable and machine-readable; `message` says
 * what was expected and what happened instead.
 *
 * Codes: `network_error`, `timeout`, `aborted`, `invalid_response`, `token_unavailable`,
 * `unexpected`, or for HTTP errors the problem document's own `code` (`not_found`,
 * `unauthorized`, …; `http_<status>` when the server sent no problem document).
 */
export class AmicableError extends Error {
  override name = 'AmicableError';
  /** Stable machine-readable code; branch on this, never on `message`. */
  readonly code: string;
  /** Whether repeating the same call later may succeed. */
  readonly retryable: boolean;

  constructor(code: string, message: string, options: AmicableErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.retryable = options.retryable;
  }

  get [brand](): string {
    return this.name;
  }

  /** The `detail` of an `amicable-error` event. */
  toDetail(): AmicableErrorDetail {
    return { code: this.code, message: this.message, retryable: this.retryable };
  }
}

/** The request never got an answer: offline, DNS failure, connection refused or reset, CORS. */
export class NetworkError extends AmicableError {
  override name = 'NetworkError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super('network_error', message, { retryable: true, cause: options.cause });
  }
}

/** No answer arrived within the configured `timeoutMs`. */
export class TimeoutError extends AmicableError {
  override name = 'TimeoutError';
  /** The per-attempt timeout that ran out, in milliseconds. */
  readonly timeoutMs: number;

  constructor(message: string, options: { timeoutMs: number; cause?: unknown }) {
    super('timeout', message, { retryable: true, cause: options.cause });
    this.timeoutMs = options.timeoutMs;
  }
}

/**
 * The caller's `AbortSignal` fired (for example the element was removed from the page).
 * Named like the DOM's `AbortError` so code that checks `error.name === 'AbortError'` (as
 * `@lit/task` users do) treats it the same way.
 */
export class AbortError extends AmicableError {
  override name = 'AbortError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super('aborted', message, { retryable: false, cause: options.cause });
  }
}

/** Statuses where the same request may well succeed a little later. */
const retryableStatuses = new Set([408, 425, 429, 500, 502, 503, 504]);

/**
 * The API answered with a non-2xx status. `problem` is the server's RFC 9457 problem document,
 * or one synthesized with code `http_<status>` when the body was something else (an HTML page
 * from a proxy, an empty body); `bodyExcerpt` then keeps the start of that body for debugging.
 */
export class HttpError extends AmicableError {
  override name = 'HttpError';
  readonly status: number;
  readonly problem: Problem;
  /** The request's method, upper case. */
  readonly method: string;
  /** The request's URL. */
  readonly url: string;
  /** The first characters of a body that was not a problem document; `undefined` otherwise. */
  readonly bodyExcerpt: string | undefined;

  constructor(
    message: string,
    options: {
      status: number;
      problem: Problem;
      method: string;
      url: string;
      bodyExcerpt?: string;
      cause?: unknown;
    },
  ) {
    super(options.problem.code, message, {
      retryable: retryableStatuses.has(options.status),
      cause: options.cause,
    });
    this.status = options.status;
    this.problem = options.problem;
    this.method = options.method;
    this.url = options.url;
    this.bodyExcerpt = options.bodyExcerpt;
  }
}

/** One schema violation in a response body: where (`invoices[0].total.amount`) and what. */
export interface SchemaIssue {
  path: string;
  message: string;
}

/**
 * A 2xx response whose body is not what the contract promises (wrong shape, or not JSON at
 * all). Not retryable: the same server will send the same body again.
 */
export class SchemaError extends AmicableError {
  override name = 'SchemaError';
  readonly method: string;
  readonly url: string;
  readonly status: number;
  readonly issues: readonly SchemaIssue[];

  constructor(
    message: string,
    options: { method: string; url: string; status: number; issues: readonly SchemaIssue[]; cause?: unknown },
  ) {
    super('invalid_response', message, { retryable: false, cause: options.cause });
    this.method = options.method;
    this.url = options.url;
    this.status = options.status;
    this.issues = options.issues;
  }
}

/** The customer token could not be obtained from `getToken()` or the `tokenUrl`. */
export class TokenError extends AmicableError {
  override name = 'TokenError';

  constructor(message: string, options: AmicableErrorOptions) {
    super('token_unavailable', message, options);
  }
}

function hasBrand(error: unknown, name?: string): boolean {
  if (typeof error !== 'object' || error === null) {
    return false;
  }
  const value = (error as Record<symbol, unknown>)[brand];
  return typeof value === 'string' && (name === undefined || value === name);
}

/** Whether `error` is any error thrown by the SDK (also across two copies of the SDK). */
export function isAmicableError(error: unknown): error is AmicableError {
  return error instanceof AmicableError || hasBrand(error);
}

export function isNetworkError(error: unknown): error is NetworkError {
  return error instanceof NetworkError || hasBrand(error, 'NetworkError');
}

export function isTimeoutError(error: unknown): error is TimeoutError {
  return error instanceof TimeoutError || hasBrand(error, 'TimeoutError');
}

export function isAbortError(error: unknown): error is AbortError {
  return error instanceof AbortError || hasBrand(error, 'AbortError');
}

export function isHttpError(error: unknown): error is HttpError {
  return error instanceof HttpError || hasBrand(error, 'HttpError');
}

export function isSchemaError(error: unknown): error is SchemaError {
  return error instanceof SchemaError || hasBrand(error, 'SchemaError');
}

export function isTokenError(error: unknown): error is TokenError {
  return error instanceof TokenError || hasBrand(error, 'TokenError');
}

/**
 * The `amicable-error` detail for anything caught, so an element never has to guess:
 * SDK errors keep their code; anything else becomes `unexpected` (not retryable).
 */
export function toErrorDetail(error: unknown): AmicableErrorDetail {
  if (isAmicableError(error)) {
    return { code: error.code, message: error.message, retryable: error.retryable };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'unexpected', message, retryable: false };
}
