import type { HTTPError as KyHttpError, KyInstance, Options as KyOptions, RetryOptions } from 'ky';
import type * as z from 'zod/mini';
import { type Problem, ProblemSchema } from '../../contract/problem';
import {
  AbortError,
  AmicableError,
  HttpError,
  isAmicableError,
  isHttpError,
  NetworkError,
  SchemaError,
  type SchemaIssue,
  TimeoutError,
} from '../errors';
import { createTokenProvider, isTokenProvider, type TokenProvider, type TokenSource } from '../token';
import { createIdempotencyKey } from './idempotency';

/** The HTTP methods the API uses. */
export type ApiMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** One call to the API. */
export interface ApiRequestOptions {
  /** Default `GET`. */
  method?: ApiMethod;
  /** Path below the API base URL, e.g. `/account` or `/invoices/${encodeURIComponent(id)}`. */
  path: string;
  /** A JSON body. Mutually exclusive with `body`. */
  json?: unknown;
  /** A multipart body (dispute attachments). Mutually exclusive with `json`. */
  body?: FormData;
  /** Query parameters; `undefined` values are left out. */
  searchParams?: URLSearchParams | Record<string, string | number | boolean | undefined>;
  /** Cancels the call; it then rejects with {@link AbortError} and is not retried. */
  signal?: AbortSignal;
  /**
   * Whether the call may be repeated safely because it carries an `Idempotency-Key`. Default
   * `true` for POST (every creating POST must carry one), `false` otherwise. GET, PUT and
   * DELETE are retried anyway; a POST or PATCH is retried only when idempotent.
   */
  idempotent?: boolean;
  /**
   * The `Idempotency-Key` to send, for a caller that repeats a logical operation itself (the
   * customer presses "try again" after a timeout) and must not create it twice. By default a
   * fresh key is made per call and kept across that call's own retries.
   */
  idempotencyKey?: string;
}

/** The SDK's API client. Every method rejects only with {@link AmicableError} subclasses. */
export interface ApiClient {
  /** The API base URL, e.g. `https://collect.example.com/v1`. */
  readonly baseUrl: string;
  /** Where the client gets its bearer token. */
  readonly tokens: TokenProvider;
  /**
   * Send one request and validate the 2xx body against `schema` (`safeParse`). A 204 or an
   * empty body is validated as `undefined`, so calls that expect no content pass
   * `z.undefined()`.
   */
  request<S extends z.ZodMiniType>(schema: S, options: ApiRequestOptions): Promise<z.output<S>>;
}

/** Options for {@link createApiClient}. */
export interface ApiClientOptions {
  /** The API base URL, absolute or relative to the page (`/v1`). */
  baseUrl: string;
  /** A token provider, or a source to make one from (`getToken` or `tokenUrl`). */
  token: TokenProvider | TokenSource;
  /** How long one attempt may wait for an answer, in milliseconds. Default 10000. */
  timeoutMs?: number;
  /** The `fetch` to use; the global one by default. */
  fetch?: typeof globalThis.fetch;
  /**
   * Answers the page already has (the script-tag loader asks for what an element reads first
   * while the SDK's code is still loading): called with the path of a plain GET and the token the
   * client would send, it returns the early response for it, once, or `undefined` when there is
   * none (or it was made with another token, or failed). A 2xx answer is read and validated as
   * any other; any other status goes through the usual handling (401 refresh, retries) as the
   * call's first attempt.
   * @internal
   */
  early?: EarlyAnswers;
}

/** See {@link ApiClientOptions.early}. @internal */
export type EarlyAnswers = (path: string, token: string) => Promise<Response | undefined> | undefined;

const defaultTimeoutMs = 10_000;
const bodyExcerptLength = 200;
const issuesInMessage = 3;

/**
 * Retries happen inside ky and so keep the request's headers, including its
 * `Idempotency-Key`. Methods that are safe to repeat also retry on 408 and 500; a POST only
 * on answers that say the request never reached the application (502, 503, 504).
 */
function retryOptions(method: ApiMethod, idempotent: boolean): RetryOptions {
  const safeToRepeat = method === 'GET' || method === 'PUT' || method === 'DELETE';
  if (!safeToRepeat && !idempotent) {
    return { limit: 0 };
  }
  return {
    limit: 2,
    methods: [method.toLowerCase()],
    statusCodes: safeToRepeat ? [408, 500, 502, 503, 504] : [502, 503, 504],
    afterStatusCodes: [503],
    // A customer is waiting: never sit out a long Retry-After inside one call.
    maxRetryAfter: 5_000,
    backoffLimit: 3_000,
    jitter: true,
  };
}

type Ky = typeof import('ky');
let kyModule: Promise<Ky> | undefined;

/**
 * ky, imported the first time a call needs it rather than with the client: a page whose first
 * read was answered early (see {@link ApiClientOptions.early}) paints its first element without
 * downloading and compiling ky first. A failed import (a flaky network, a redeploy) is tried again
 * by the next call.
 */
function loadKy(): Promise<Ky> {
  kyModule ??= import('ky').catch((error: unknown) => {
    kyModule = undefined;
    throw error;
  });
  return kyModule;
}

/**
 * Create an API client on ky: bearer token on every call, one token refresh and retry on
 * 401, per-attempt timeout, retries with backoff for what is safe to repeat, an
 * `Idempotency-Key` on every creating POST (stable across the call's own retries), and every
 * 2xx body validated against the caller's schema. Errors are translated to
 * {@link AmicableError} subclasses.
 */
export function createApiClient(options: ApiClientOptions): ApiClient {
  return new KyApiClient(options);
}

class KyApiClient implements ApiClient {
  readonly baseUrl: string;
  readonly tokens: TokenProvider;
  #ky: KyInstance | undefined;
  readonly #fetch: typeof globalThis.fetch | undefined;
  readonly #early: EarlyAnswers | undefined;
  #timeoutMs: number;

  constructor(options: ApiClientOptions) {
    if (typeof options.baseUrl !== 'string' || options.baseUrl.trim() === '') {
      throw new TypeError(
        'Amicable: createApiClient() needs `baseUrl`, the API base URL (e.g. https://collect.example.com/v1).',
      );
    }
    this.baseUrl = options.baseUrl;
    this.#timeoutMs = options.timeoutMs ?? defaultTimeoutMs;
    this.#fetch = options.fetch;
    this.#early = options.early;
    this.tokens = isTokenProvider(options.token)
      ? options.token
      : createTokenProvider(options.token, { timeoutMs: this.#timeoutMs, fetch: this.#fetch });
  }

  /** This client's ky instance, made the first time ky is there. */
  #kyInstance(ky: Ky): KyInstance {
    const customFetch = this.#fetch;
    this.#ky ??= ky.default.create({
      prefix: this.baseUrl,
      timeout: this.#timeoutMs,
      throwHttpErrors: true,
      // ky calls `fetch` as a method of its options; a bare `window.fetch` would throw "Illegal invocation".
      ...(customFetch ? { fetch: (input, init) => customFetch(input, init) } : {}),
    });
    return this.#ky;
  }

  async request<S extends z.ZodMiniType>(schema: S, options: ApiRequestOptions): Promise<z.output<S>> {
    const method = (options.method ?? 'GET').toUpperCase() as ApiMethod;
    if (options.json !== undefined && options.body !== undefined) {
      throw new TypeError('Amicable: pass either `json` or `body` (FormData) to request(), not both.');
    }
    const label = `${method} ${options.path}`;
    const idempotent = options.idempotent ?? method === 'POST';
    const call: Call = {
      method,
      label,
      signal: options.signal,
      // One key per logical call: the 401 retry below and ky's own retries all reuse it.
      idempotencyKey: idempotent ? (options.idempotencyKey ?? createIdempotencyKey()) : undefined,
      retry: retryOptions(method, idempotent),
    };
    throwIfAborted(call);
    let token = await whileNotAborted(this.tokens.getToken(), call);
    try {
      const early = await this.#earlyAnswer(options, call, token);
      if (early?.ok) {
        return parseBody(schema, early, await this.#bodyOf(early, call), call);
      }
      return await this.#send(schema, options, call, token, early);
    } catch (error) {
      if (!isHttpError(error) || error.status !== 401) {
        throw error;
      }
      // The token may have expired or been revoked: one fresh token, one more try, then give up.
      this.tokens.invalidate(token);
      token = await whileNotAborted(this.tokens.getToken(), call);
      return await this.#send(schema, options, call, token);
    }
  }

  /**
   * The early answer to this call, if the page has one: only for a plain GET (no query, no body),
   * waited for as one attempt is (the timeout, the caller's signal).
   */
  async #earlyAnswer(options: ApiRequestOptions, call: Call, token: string): Promise<Response | undefined> {
    const plainGet =
      call.method === 'GET' &&
      options.searchParams === undefined &&
      options.json === undefined &&
      options.body === undefined;
    const answer = plainGet ? this.#early?.(options.path, token) : undefined;
    return answer === undefined ? undefined : await this.#withinTimeout(answer, call);
  }

  /** The body of an early answer, read as ky reads one (within the attempt's time). */
  async #bodyOf(response: Response, call: Call): Promise<string> {
    try {
      return await this.#withinTimeout(response.text(), call);
    } catch (error) {
      if (isAmicableError(error)) throw error;
      const reason = error instanceof Error ? error.message : String(error);
      throw new NetworkError(`Expected an answer to ${call.label}, but reading it failed (${reason}).`, {
        cause: error,
      });
    }
  }

  /** `promise`, or a TimeoutError after one attempt's time, or an AbortError when the caller aborts. */
  #withinTimeout<T>(promise: Promise<T>, call: Call): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () =>
          reject(
            new TimeoutError(`Expected an answer to ${call.label} within ${this.#timeoutMs} ms.`, {
              timeoutMs: this.#timeoutMs,
            }),
          ),
        this.#timeoutMs,
      );
    });
    return whileNotAborted(Promise.race([promise, timeout]), call).finally(() => clearTimeout(timer));
  }

  async #send<S extends z.ZodMiniType>(
    schema: S,
    options: ApiRequestOptions,
    call: Call,
    token: string,
    firstAnswer?: Response,
  ): Promise<z.output<S>> {
    let ky: Ky;
    let instance: KyInstance;
    try {
      ky = await whileNotAborted(loadKy(), call);
      instance = this.#kyInstance(ky);
    } catch (error) {
      if (call.signal?.aborted) throw abortError(call);
      throw new NetworkError(
        `Expected an answer to ${call.label}, but the client's code could not be loaded (${error instanceof Error ? error.message : String(error)}).`,
        { cause: error },
      );
    }
    const headers: Record<string, string> = {
      Accept: 'application/json',
      Authorization: `Bearer ${token}`,
    };
    if (call.idempotencyKey !== undefined) {
      headers['Idempotency-Key'] = call.idempotencyKey;
    }
    const kyOptions: KyOptions = {
      method: call.method,
      headers,
      retry: call.retry,
      json: options.json,
      body: options.body,
      searchParams: options.searchParams,
      signal: options.signal,
    };
    if (firstAnswer !== undefined) {
      // The early answer is this call's first attempt; ky's retries ask again.
      let answered = false;
      const customFetch = this.#fetch;
      kyOptions.fetch = (input, init) => {
        if (answered) return customFetch ? customFetch(input, init) : globalThis.fetch(input, init);
        answered = true;
        return Promise.resolve(firstAnswer);
      };
    }
    let text: string;
    let response: Response;
    try {
      const responsePromise = instance(options.path, kyOptions);
      // `.text()` bounds the body read by the same timeout; the awaited promise is then settled.
      text = await responsePromise.text();
      response = await responsePromise;
    } catch (error) {
      throw this.#translate(error, call, ky);
    }
    return parseBody(schema, response, text, call);
  }

  #translate(error: unknown, call: Call, ky: Ky): AmicableError {
    if (call.signal?.aborted) {
      return abortError(call);
    }
    if (isAmicableError(error)) {
      return error;
    }
    if (ky.isTimeoutError(error)) {
      return new TimeoutError(`Expected an answer to ${call.label} within ${this.#timeoutMs} ms.`, {
        timeoutMs: this.#timeoutMs,
        cause: error,
      });
    }
    if (ky.isHTTPError(error)) {
      return toHttpError(error, call);
    }
    if (ky.isNetworkError(error)) {
      const reason = error.cause instanceof Error ? error.cause.message : 'no connection';
      return new NetworkError(`Expected an answer to ${call.label}, but the request failed (${reason}).`, {
        cause: error,
      });
    }
    const reason = error instanceof Error ? error.message : String(error);
    return new AmicableError('unexpected', `${call.label} failed unexpectedly: ${reason}`, {
      retryable: false,
      cause: error,
    });
  }
}

/** What one logical call carries through its attempts. */
interface Call {
  method: ApiMethod;
  label: string;
  signal: AbortSignal | undefined;
  idempotencyKey: string | undefined;
  retry: RetryOptions;
}

function abortError(call: Call): AbortError {
  return new AbortError(`${call.label} was cancelled by the caller's AbortSignal.`, {
    cause: call.signal?.reason,
  });
}

function throwIfAborted(call: Call): void {
  if (call.signal?.aborted) {
    throw abortError(call);
  }
}

/** Stop waiting (not the shared token fetch itself) as soon as the caller aborts. */
function whileNotAborted<T>(promise: Promise<T>, call: Call): Promise<T> {
  const signal = call.signal;
  if (signal === undefined) {
    return promise;
  }
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(abortError(call));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

function parseBody<S extends z.ZodMiniType>(
  schema: S,
  response: Response,
  text: string,
  call: Call,
): z.output<S> {
  const url = response.url;
  const status = response.status;
  let data: unknown;
  if (status !== 204 && text !== '') {
    try {
      data = JSON.parse(text);
    } catch (error) {
      const contentType = response.headers.get('content-type') ?? 'no content type';
      throw new SchemaError(
        `Expected a JSON body in the ${status} answer to ${call.label}, got ${contentType}.`,
        {
          method: call.method,
          url,
          status,
          issues: [{ path: '', message: 'body is not JSON' }],
          cause: error,
        },
      );
    }
  }
  const result = schema.safeParse(data);
  if (result.success) {
    return result.data;
  }
  const issues = result.error.issues.map(
    (issue): SchemaIssue => ({ path: formatPath(issue.path), message: issue.message }),
  );
  const listed = issues
    .slice(0, issuesInMessage)
    .map((issue) => `${issue.path || '(body)'}: ${issue.message}`)
    .join('; ');
  const more = issues.length > issuesInMessage ? ` (and ${issues.length - issuesInMessage} more)` : '';
  throw new SchemaError(
    `Expected the ${status} answer to ${call.label} to match its schema, but ${listed}${more}.`,
    { method: call.method, url, status, issues, cause: result.error },
  );
}

/** `['invoices', 0, 'total']` → `invoices[0].total` */
function formatPath(path: readonly PropertyKey[]): string {
  let formatted = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      formatted += `[${segment}]`;
    } else {
      const name = String(segment);
      formatted += formatted === '' ? name : `.${name}`;
    }
  }
  return formatted;
}

function toHttpError(error: KyHttpError, call: Call): HttpError {
  const { status, statusText, url, headers } = error.response;
  // ky has already read the body: parsed for JSON content types, text otherwise.
  const parsed = ProblemSchema.safeParse(error.data);
  let problem: Problem;
  let bodyExcerpt: string | undefined;
  if (parsed.success) {
    problem = parsed.data;
  } else {
    const contentType = headers.get('content-type') ?? 'no content type';
    bodyExcerpt = excerpt(error.data);
    problem = {
      type: 'about:blank',
      title: statusText || `HTTP ${status}`,
      status,
      code: `http_${status}`,
      detail: `Expected a problem document (application/problem+json), got ${bodyExcerpt === undefined ? 'an empty body' : contentType}.`,
    };
  }
  const explanation = problem.detail ?? problem.title;
  return new HttpError(
    `Expected a 2xx answer to ${call.label}, got ${status} (${problem.code}): ${explanation}`,
    {
      status,
      problem,
      method: call.method,
      url,
      bodyExcerpt,
      cause: error,
    },
  );
}

function excerpt(data: unknown): string | undefined {
  if (data === undefined || data === '') {
    return undefined;
  }
  const text = typeof data === 'string' ? data : JSON.stringify(data);
  const collapsed = text.replace(/\s+/g, ' ').trim();
  return collapsed.length > bodyExcerptLength ? `${collapsed.slice(0, bodyExcerptLength)}…` : collapsed;
}
