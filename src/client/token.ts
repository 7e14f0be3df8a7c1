import { TokenError } from './errors';

/**
 * Where the customer token comes from: exactly one of
 * - `getToken`: a callback of the host portal that resolves to the token, or
 * - `tokenUrl`: a same-origin URL of the portal that answers the token as text (the portal's
 *   own session cookie authenticates that call).
 */
export type TokenSource =
  | { getToken: () => Promise<string>; tokenUrl?: undefined }
  | { tokenUrl: string; getToken?: undefined };

/**
 * Hands out the customer token, fetching it at most once at a time, and fetches a fresh one
 * after `invalidate()`.
 */
export interface TokenProvider {
  /** The current token, fetched first if there is none. Concurrent callers share one fetch. */
  getToken(): Promise<string>;
  /**
   * Forget the token so the next `getToken()` fetches a fresh one. Pass the token that was
   * refused: if it has already been replaced (another request saw the same 401 first), nothing
   * happens, so concurrent 401s cause one refresh, not one each.
   */
  invalidate(refusedToken?: string): void;
}

/** Options for {@link createTokenProvider}. */
export interface TokenProviderOptions {
  /** The `fetch` used for `tokenUrl`; the global one by default. */
  fetch?: typeof globalThis.fetch;
  /** How long `getToken()` or the `tokenUrl` may take, in milliseconds. Default 10000. */
  timeoutMs?: number;
}

// Three base64url segments; the signature may be empty only for `alg: none`, which the API refuses anyway.
const jwtPattern = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/** Whether `value` has the shape of a compact JWT (header.payload.signature, base64url). */
export function looksLikeJwt(value: string): boolean {
  return jwtPattern.test(value);
}

/** Whether `value` is a {@link TokenProvider} rather than a {@link TokenSource}. */
export function isTokenProvider(value: unknown): value is TokenProvider {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as TokenProvider).getToken === 'function' &&
    typeof (value as TokenProvider).invalidate === 'function'
  );
}

/**
 * Check that `source` names exactly one token source, and throw a `TypeError` saying what is
 * expected otherwise. Shared with `configure()` so both report the same way.
 */
export function assertTokenSource(source: { getToken?: unknown; tokenUrl?: unknown }): void {
  const hasGetToken = source.getToken !== undefined;
  const hasTokenUrl = source.tokenUrl !== undefined;
  if (hasGetToken && hasTokenUrl) {
    throw new TypeError('Amicable: pass either `getToken` or `tokenUrl`, not both.');
  }
  if (!hasGetToken && !hasTokenUrl) {
    throw new TypeError(
      'Amicable: a customer token source is required: pass `getToken: () => Promise<string>` or `tokenUrl` (data-token-url).',
    );
  }
  if (hasGetToken && typeof source.getToken !== 'function') {
    throw new TypeError(
      `Amicable: \`getToken\` must be a function returning a Promise<string>, got ${typeof source.getToken}.`,
    );
  }
  if (hasTokenUrl && (typeof source.tokenUrl !== 'string' || source.tokenUrl.trim() === '')) {
    throw new TypeError('Amicable: `tokenUrl` must be a non-empty URL string.');
  }
}

/**
 * Keeps the token in memory only (a private field: never in storage, attributes or the DOM)
 * and memoises the in-flight fetch, cleared on failure so the next call tries again.
 */
class MemoryTokenProvider implements TokenProvider {
  #load: () => Promise<string>;
  #token: string | undefined;
  #pending: Promise<string> | undefined;

  constructor(load: () => Promise<string>) {
    this.#load = load;
  }

  getToken(): Promise<string> {
    if (this.#token !== undefined) {
      return Promise.resolve(this.#token);
    }
    if (this.#pending === undefined) {
      const pending = this.#fetchToken();
      this.#pending = pending;
      pending.then(
        (token) => {
          // A newer fetch (after an invalidate()) owns the cache now.
          if (this.#pending === pending) {
            this.#token = token;
            this.#pending = undefined;
          }
        },
        () => {
          if (this.#pending === pending) {
            this.#pending = undefined;
          }
        },
      );
    }
    return this.#pending;
  }

  invalidate(refusedToken?: string): void {
    if (refusedToken !== undefined && refusedToken !== this.#token) {
      return;
    }
    this.#token = undefined;
    this.#pending = undefined;
  }

  async #fetchToken(): Promise<string> {
    return checkToken(await this.#load());
  }
}

function checkToken(value: unknown): string {
  if (typeof value !== 'string') {
    throw new TokenError(
      `Expected the customer token as a string, got ${value === null ? 'null' : typeof value}.`,
      {
        retryable: false,
      },
    );
  }
  const token = value.trim();
  if (!looksLikeJwt(token)) {
    const shape = token === '' ? 'an empty string' : `${token.length} characters that are not a JWT`;
    throw new TokenError(
      `Expected the customer token to be a JWT (header.payload.signature), got ${shape}.`,
      {
        retryable: false,
      },
    );
  }
  return token;
}

/**
 * A token provider for the given source. With `tokenUrl`, the token is fetched with
 * `credentials: 'same-origin'` (the portal's session cookie, never sent elsewhere) and
 * `cache: 'no-store'`, and the response text is trimmed.
 */
export function createTokenProvider(source: TokenSource, options: TokenProviderOptions = {}): TokenProvider {
  assertTokenSource(source);
  const timeoutMs = options.timeoutMs ?? 10_000;
  if (source.getToken !== undefined) {
    const { getToken } = source;
    return new MemoryTokenProvider(async () => {
      try {
        return await withTimeout(getToken(), timeoutMs);
      } catch (error) {
        const what =
          error === timedOut ? `it did not settle within ${timeoutMs} ms` : `it failed: ${describe(error)}`;
        throw new TokenError(`Expected getToken() to resolve to the customer token, but ${what}.`, {
          retryable: true,
          cause: error === timedOut ? undefined : error,
        });
      }
    });
  }
  const tokenUrl = source.tokenUrl;
  const customFetch = options.fetch;
  return new MemoryTokenProvider(() => fetchTokenFromUrl(tokenUrl, timeoutMs, customFetch));
}

async function fetchTokenFromUrl(
  tokenUrl: string,
  timeoutMs: number,
  customFetch: typeof globalThis.fetch | undefined,
): Promise<string> {
  const doFetch = customFetch ?? globalThis.fetch;
  let response: Response;
  try {
    response = await doFetch(tokenUrl, {
      method: 'GET',
      credentials: 'same-origin',
      cache: 'no-store',
      headers: { Accept: 'text/plain' },
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    const what = timedOut ? `no answer within ${timeoutMs} ms` : describe(error);
    throw new TokenError(`Expected the customer token from ${tokenUrl}, but the request failed: ${what}.`, {
      retryable: true,
      cause: error,
    });
  }
  if (!response.ok) {
    // The portal's session has probably ended (401/403): asking again will not help.
    throw new TokenError(
      `Expected 200 with the customer token from ${tokenUrl}, got ${response.status} ${response.statusText}.`.trim(),
      { retryable: response.status >= 500 || response.status === 429 },
    );
  }
  return response.text();
}

const timedOut = Symbol('timed out');

/** A host callback that never settles must not leave every element waiting forever. */
function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
