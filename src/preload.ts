/**
 * What the script-tag loader starts before any other file of the SDK has arrived, so that a page
 * waits for one round of requests instead of a chain of them:
 *
 * - Module preloading: the moment an element's tag is seen, every chunk its code needs (and its
 *   copy, once the language is known) is requested at once with `<link rel="modulepreload">`,
 *   instead of the browser discovering the static imports one level at a time. `scripts/build.mjs`
 *   writes the {@link PreloadManifest} into `amicable.js`. A hint only: without it, or where a link
 *   fails, the dynamic imports fetch the same files themselves.
 * - Prefetched requests: the customer token from `data-token-url`, and with it what an element reads
 *   the moment it connects (the banner's `GET /v1/account`), handed to the SDK's own first request
 *   for each (see {@link prefetchRequests}); the API client reads and validates a 2xx answer
 *   without importing ky, which the banner's first paint then does not wait for.
 * - Warm-up: while those requests are out, what the browser is slow to do the first time in a page
 *   and the first paint needs (ICU's formatting data, the origin's storage; see {@link warmUp}).
 *
 * Imported by `loader.ts` alone, which has no static imports. Nothing else may import this module at
 * run time (types only): a chunk importing `amicable.js` would load it a second time under another
 * URL when the page loads `amicable.js?v=…`.
 */

/**
 * The chunk graph the build writes into `amicable.js`. Files are named by index into `files` to
 * keep the loader small.
 */
export interface PreloadManifest {
  /** Chunks, by name: `overdue-banner-<hash>` is `chunks/overdue-banner-<hash>.js` next to `amicable.js`. */
  readonly files: readonly string[];
  /** The loader's own code: the module `amicable.js` imports, and everything it imports statically. */
  readonly loader: readonly number[];
  /**
   * What the loader's code imports the first time the API client needs it (ky): every element's
   * first call goes through it, except one the loader answered early (the banner's account).
   */
  readonly client: readonly number[];
  /** Element tag → its code and its copy. */
  readonly elements: Readonly<Record<string, ElementChunks>>;
  /**
   * Language subtag → catalog, as `negotiateLocale` decides (`nn` → `nb`); any other language
   * reads the English catalog.
   */
  readonly languages: Readonly<Record<string, string>>;
}

/** What one element needs besides the loader. */
export interface ElementChunks {
  /** Its `define` chunk and every chunk that imports statically. */
  readonly code: readonly number[];
  /**
   * Catalog (`en`, `nb`, …) → the parts of its copy it loads, with their static imports (less
   * those in `code`).
   */
  readonly copy: Readonly<Record<string, readonly number[]>>;
}

/** Starts fetching chunks before they are imported. Every method is safe to call repeatedly. */
export interface Preloader {
  /** The loader's own code (the module `amicable.js` imports next). */
  loader(): void;
  /**
   * The code of `tag`, and its copy when its language is already known: the `lang` of `element`
   * or of its closest `[lang]` ancestor (the document's when there is no element), else the
   * configured locale (`data-locale`); then the client's lazily imported code (ky), unless the
   * loader answers the element's first call early.
   */
  element(tag: string, element: Element | null, configuredLocale: string | undefined): void;
  /** Whether the copy of an element waits for the customer's locale (see `customerLocale`). */
  readonly awaitingCustomerLocale: boolean;
  /** The customer's locale, from the API: the copy of elements whose language was not known. */
  customerLocale(locale: string): void;
}

/** Options of {@link createPreloader}. */
export interface PreloaderOptions {
  /**
   * Tags whose first API call the loader answers early (the banner's account read): their first
   * paint needs no ky, so it is not fetched for them.
   */
  answeredEarly?: ReadonlySet<string>;
}

/**
 * A preloader for the chunks of `manifest`, resolved against `baseUrl` (the loader's own URL, so a
 * `?v=` query on it is dropped exactly as for its imports). Links take the loader tag's
 * `crossorigin` and `nonce`, so they are fetched as its imports are and pass a nonce-based CSP.
 */
export function createPreloader(
  manifest: PreloadManifest,
  baseUrl: string,
  script: HTMLScriptElement | null,
  document: Document,
  { answeredEarly = new Set() }: PreloaderOptions = {},
): Preloader {
  const requested = new Set<number>();
  // Elements whose language waits for the customer's locale, and that locale once known.
  const awaitingLocale = new Set<ElementChunks>();
  let customerLocale: string | undefined;

  const preload = (files: readonly number[] = []) => {
    for (const index of files) {
      if (requested.has(index)) continue;
      requested.add(index);
      const link = document.createElement('link');
      link.rel = 'modulepreload';
      link.href = new URL(`chunks/${manifest.files[index]}.js`, baseUrl).href;
      link.nonce = script?.nonce ?? '';
      if (script?.crossOrigin != null) link.crossOrigin = script.crossOrigin;
      document.head.append(link);
    }
  };
  const preloadCopy = (chunks: ElementChunks, locale: string) =>
    preload(chunks.copy[manifest.languages[locale.split('-')[0]?.toLowerCase() ?? ''] ?? 'en']);

  return {
    loader: () => preload(manifest.loader),
    element(tag, element, configuredLocale) {
      const chunks = manifest.elements[tag];
      if (chunks === undefined) return;
      preload(chunks.code);
      const locale = pageLocale(element, configuredLocale, document) ?? customerLocale;
      if (locale === undefined) awaitingLocale.add(chunks);
      else preloadCopy(chunks, locale);
      // Last: the element's first paint may not need it, and the files above it does.
      if (!answeredEarly.has(tag)) preload(manifest.client);
    },
    get awaitingCustomerLocale() {
      return awaitingLocale.size > 0;
    },
    customerLocale(locale) {
      customerLocale = locale;
      for (const chunks of awaitingLocale) preloadCopy(chunks, locale);
      awaitingLocale.clear();
    },
  };
}

/**
 * Requests the loader starts before the SDK is configured, handed to the SDK's own `fetch` calls
 * that ask for exactly the same thing, once each (see `configureFromScript` in `script-tag.ts`).
 * What the SDK does with a response (checks, validation, a new token after a 401, retries, errors)
 * is unchanged: only the request was sent earlier.
 */
export interface PrefetchedRequests {
  /**
   * Path (`/account`) → the API's answer (a copy), or `undefined` where there was no token to ask
   * with or the request failed.
   */
  readonly reads: ReadonlyMap<string, Promise<Response | undefined>>;
  /** Settles once the API reads have been sent (or there was no token to send them with). */
  readonly sent: Promise<unknown>;
  /**
   * The prefetched response if `input` is a request that was prefetched and not taken yet (and
   * this very request again, made now, if the prefetch failed or was made with another token);
   * `undefined` otherwise.
   */
  take(input: RequestInfo | URL, init?: RequestInit): Promise<Response> | undefined;
  /**
   * The API client's way to the same answers (`ApiClientOptions.early`), by path (`/account`) and
   * the token it would send, once: the prefetched response if it was asked with that token, else
   * `undefined` (the client then asks itself). `undefined` at once when `path` was not prefetched
   * or its answer was taken or discarded.
   */
  early(path: string, token: string): Promise<Response | undefined> | undefined;
  /** Forget what was not taken: the answers are for the elements in the page now, not later ones. */
  discard(): void;
}

// The shape `src/client/token.ts` accepts as a token (header.payload.signature, base64url).
const jwtPattern = /^[\w-]+\.[\w-]+\.[\w-]+$/;

/**
 * Ask the portal for the customer token as the SDK's token provider does for `data-token-url`
 * (`fetchTokenFromUrl` in `src/client/token.ts`, with the default timeout, which a script tag
 * cannot change), and, with that token, the API for `paths` (`/account`) as the API client does.
 */
export function prefetchRequests(
  tokenUrl: string,
  api: string,
  paths: readonly string[],
  baseUrl: string,
): PrefetchedRequests {
  const tokenResponse = fetch(tokenUrl, {
    method: 'GET',
    credentials: 'same-origin',
    cache: 'no-store',
    headers: { Accept: 'text/plain' },
    signal: AbortSignal.timeout(10_000),
  });
  tokenResponse.catch(() => undefined);
  const token = tokenResponse
    .then((response) => (response.ok ? response.clone().text() : ''))
    .then((text) => (jwtPattern.test(text.trim()) ? text.trim() : undefined))
    .catch(() => undefined);
  type Answer = (input: RequestInfo | URL, init?: RequestInit) => Promise<Response>;
  const pending = new Map<string, Answer>();
  const reads = new Map<string, Promise<Response | undefined>>();
  const early = new Map<
    string,
    { url: string; read: Promise<{ value: string; response: Response } | undefined> }
  >();
  pending.set(tokenUrl, (input, init) => tokenResponse.catch(() => fetch(input, init)));
  for (const path of paths) {
    // Where the API client's `prefix` joining puts it.
    const url = new URL(`${api.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`, baseUrl).href;
    const read = token.then((value) =>
      value === undefined
        ? undefined
        : fetch(url, { headers: { Accept: 'application/json', Authorization: `Bearer ${value}` } }).then(
            (response) => ({ value, response }),
          ),
    );
    read.catch(() => undefined);
    reads.set(
      path,
      // Never rejects: nobody may be listening (the loader reads it only for the customer's locale).
      read.then(
        (prefetched) => prefetched?.response.clone(),
        () => undefined,
      ),
    );
    early.set(path, { url, read });
    pending.set(url, (input, init) =>
      read
        .then((prefetched) =>
          // Made with the token the SDK now sends (not one it has since replaced), else asked again.
          prefetched !== undefined &&
          input instanceof Request &&
          input.headers.get('Authorization') === `Bearer ${prefetched.value}`
            ? prefetched.response
            : fetch(input, init),
        )
        .catch(() => fetch(input, init)),
    );
  }
  return {
    reads,
    sent: paths.length > 0 ? token : Promise.resolve(),
    take(input, init) {
      // The token provider asks with the URL as configured, the API client with a `Request`.
      const key =
        typeof input === 'string'
          ? input
          : input instanceof Request && input.method === 'GET'
            ? input.url
            : '';
      const answer = pending.get(key);
      pending.delete(key);
      return answer?.(input, init);
    },
    early(path, token) {
      const entry = early.get(path);
      if (entry === undefined || !pending.delete(entry.url)) return undefined;
      return entry.read.then(
        (prefetched) => (prefetched?.value === token ? prefetched.response : undefined),
        () => undefined,
      );
    },
    discard: () => pending.clear(),
  };
}

/**
 * Make the browser do now, while the page waits on the network, what an element's first paint
 * otherwise waits for: the first `Intl` formatter of a page loads ICU's data (money, dates,
 * plurals), which in a fresh renderer takes as long as a round trip to the API, or longer; and the
 * first read of `localStorage` opens the origin's storage (the banner's snooze, when `storage`).
 * Later formatters, in any locale and currency, are then ready within a millisecond. Nothing is
 * kept: the elements make their own formatters. Safe to call anywhere; failures are ignored.
 */
export function warmUp(locale: string | undefined, { storage }: { storage: boolean }): void {
  const tag = locale ?? 'en';
  try {
    new Intl.NumberFormat(tag, { style: 'currency', currency: 'EUR' }).format(0);
    new Intl.DateTimeFormat(tag, { dateStyle: 'long', timeZone: 'UTC' }).format(0);
    new Intl.PluralRules(tag).select(1);
    if (storage) void globalThis.localStorage?.length;
  } catch {
    // An unknown locale or a storage the page may not use: the elements deal with both.
  }
}

/** The locale an element on the page speaks as far as the light DOM and the tag tell. */
export function pageLocale(
  element: Element | null,
  configuredLocale: string | undefined,
  document: Document,
): string | undefined {
  return closestLang(element ?? document.documentElement) ?? canonicalLocale(configuredLocale);
}

/** The script element whose `src` is `url` (the loader's own URL). */
export function findScriptByUrl(url: string, document: Document): HTMLScriptElement | null {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === url) {
      return script;
    }
  }
  // Served through a redirect or rewritten URL: the configured tag is still recognisable.
  return document.querySelector<HTMLScriptElement>('script[src][data-api]');
}

// The locale cascade of `components/base/locale.ts`, for the light DOM the loader sees. Repeated
// here rather than imported: this module must stay free of imports (see above).

function closestLang(element: Element): string | undefined {
  for (let holder = element.closest('[lang]'); holder !== null; ) {
    const locale = canonicalLocale(holder.getAttribute('lang'));
    if (locale !== undefined) return locale;
    holder = holder.parentElement?.closest('[lang]') ?? null;
  }
  return undefined;
}

function canonicalLocale(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value.trim() === '') return undefined;
  try {
    return Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    return undefined;
  }
}
