import { type ApiClient, createApiClient, type EarlyAnswers } from './api/client';
import { assertTokenSource, createTokenProvider, type TokenSource } from './token';

/** How formally the copy addresses the customer, when the host wants to override the API's tone. */
export type Formality = 'formal' | 'informal';

/** What `configure()` (or the script tag's `data-*` attributes) accepts. */
export interface ConfigureOptions {
  /** The API base URL, e.g. `https://collect.example.com/v1`, or a same-origin path such as `/v1`. */
  api: string;
  /** Resolves to the customer token. Exactly one of `getToken` and `tokenUrl`. */
  getToken?: () => Promise<string>;
  /** A same-origin URL of the portal that answers the customer token as text. */
  tokenUrl?: string;
  /** BCP 47 locale for the copy when no `lang` is set on or around an element, e.g. `nb-NO`. */
  locale?: string;
  /** Overrides the formality the API chooses. */
  formality?: Formality;
  /** How long one API attempt may wait for an answer, in milliseconds. Default 10000. */
  timeoutMs?: number;
  /** The `fetch` to use; the global one by default. */
  fetch?: typeof globalThis.fetch;
}

/** The active configuration, as elements see it. */
export interface Configuration {
  readonly api: string;
  /** Canonical BCP 47 tag (`nb-NO`), or `undefined` to let the page and the API decide. */
  readonly locale: string | undefined;
  readonly formality: Formality | undefined;
  readonly timeoutMs: number;
  /** The client every element uses for this configuration. */
  readonly client: ApiClient;
}

// ky refuses larger timeouts (setTimeout's limit).
const maxTimeoutMs = 2_147_483_647;
const formalities: readonly string[] = ['formal', 'informal'] satisfies Formality[];

let current: Configuration | undefined;
let waiters: Array<(configuration: Configuration) => void> = [];

/**
 * Configure the SDK: which API to call, where the customer token comes from, and the
 * defaults for locale and formality. May be called again (say, after the portal's login
 * changes); elements pick up the new client on their next request. Returns the API client.
 *
 * @throws TypeError when the options make no sense: no `api`, both or neither of
 *   `getToken` and `tokenUrl`, an invalid locale, formality or timeout.
 */
export function configure(options: ConfigureOptions): ApiClient {
  return configureWith(options, {});
}

/**
 * `configure()` for the script-tag loader, which also hands the client the answers it asked for
 * early (see `ApiClientOptions.early`). Not on `window.Amicable`.
 * @internal
 */
export function configureWith(options: ConfigureOptions, { early }: { early?: EarlyAnswers }): ApiClient {
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('Amicable: configure() expects an options object such as { api, tokenUrl }.');
  }
  const api = checkApi(options.api);
  assertTokenSource(options);
  const locale = checkLocale(options.locale);
  const formality = checkFormality(options.formality);
  const timeoutMs = checkTimeout(options.timeoutMs);
  const source = (
    options.getToken !== undefined ? { getToken: options.getToken } : { tokenUrl: options.tokenUrl }
  ) as TokenSource;
  const token = createTokenProvider(source, { timeoutMs, fetch: options.fetch });
  const client = createApiClient({ baseUrl: api, token, timeoutMs, fetch: options.fetch, early });
  const configuration: Configuration = Object.freeze({ api, locale, formality, timeoutMs, client });
  current = configuration;
  const waiting = waiters;
  waiters = [];
  for (const resolve of waiting) {
    resolve(configuration);
  }
  return client;
}

/** The active configuration, or `undefined` before `configure()` ran. */
export function getConfiguration(): Configuration | undefined {
  return current;
}

/**
 * Resolves with the active configuration as soon as there is one. The script-tag loader
 * configures asynchronously, so an element that connects first waits here instead of failing.
 */
export function whenConfigured(): Promise<Configuration> {
  if (current !== undefined) {
    return Promise.resolve(current);
  }
  return new Promise((resolve) => {
    waiters.push(resolve);
  });
}

/**
 * Forget the configuration (pending `whenConfigured()` calls keep waiting). For tests only.
 * @internal
 */
export function resetConfiguration(): void {
  current = undefined;
}

function checkApi(api: unknown): string {
  if (typeof api !== 'string' || api.trim() === '') {
    throw new TypeError(
      'Amicable: configure() needs `api` (data-api), the API base URL such as https://collect.example.com/v1.',
    );
  }
  const trimmed = api.trim();
  if (trimmed.startsWith('/')) {
    return trimmed;
  }
  let protocol: string;
  try {
    protocol = new URL(trimmed).protocol;
  } catch {
    protocol = '';
  }
  if (protocol !== 'https:' && protocol !== 'http:') {
    throw new TypeError(
      `Amicable: \`api\` must be an http(s) URL such as https://collect.example.com/v1 or a path such as /v1, got "${trimmed}".`,
    );
  }
  return trimmed;
}

function checkLocale(locale: unknown): string | undefined {
  if (locale === undefined || locale === '') {
    return undefined;
  }
  if (typeof locale === 'string') {
    try {
      const [canonical] = Intl.getCanonicalLocales(locale);
      if (canonical !== undefined) {
        return canonical;
      }
    } catch {
      // reported below
    }
  }
  throw new TypeError(
    `Amicable: \`locale\` must be a BCP 47 language tag such as nb-NO or en, got ${JSON.stringify(locale)}.`,
  );
}

function checkFormality(formality: unknown): Formality | undefined {
  if (formality === undefined) {
    return undefined;
  }
  if (typeof formality === 'string' && formalities.includes(formality)) {
    return formality as Formality;
  }
  throw new TypeError(
    `Amicable: \`formality\` must be "formal" or "informal", got ${JSON.stringify(formality)}.`,
  );
}

function checkTimeout(timeoutMs: unknown): number {
  if (timeoutMs === undefined) {
    return 10_000;
  }
  if (
    typeof timeoutMs === 'number' &&
    Number.isInteger(timeoutMs) &&
    timeoutMs > 0 &&
    timeoutMs <= maxTimeoutMs
  ) {
    return timeoutMs;
  }
  throw new TypeError(
    `Amicable: \`timeoutMs\` must be a whole number of milliseconds between 1 and ${maxTimeoutMs}, got ${String(timeoutMs)}.`,
  );
}
