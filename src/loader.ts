/**
 * `amicable.js`, the script-tag loader (an ES module):
 *
 * ```html
 * <script type="module" src="/sdk/amicable.js" data-api="/v1" data-token-url="/portal/amicable-token"></script>
 * ```
 *
 * Small on purpose: it configures the SDK from its `data-*` attributes, exposes
 * `window.Amicable`, and loads an element's code only when that element appears in the page.
 *
 * This file has no static imports: the browser runs it as soon as it arrives, and it asks at once
 * for the customer token (and, with it, the account the banner shows), for the loader's own code,
 * and for the whole code of every element already in the page and its copy when the language is
 * known (`<link rel="modulepreload">`, see `preload.ts`). Everything else happens in
 * `script-tag.ts`, imported below, whose imports are then already on their way; the SDK's own
 * first requests get the answers to the ones sent here. Once the API reads are out, it has the
 * browser load what formatting the first paint needs (`warmUp`), while the page waits anyway.
 */
import {
  createPreloader,
  findScriptByUrl,
  type PreloadManifest,
  pageLocale,
  prefetchRequests,
  warmUp,
} from './preload';

/** Written into the built file by `scripts/build.mjs`; absent where the loader runs unbuilt. */
declare const __AMICABLE_PRELOAD__: PreloadManifest | undefined;

/** What an element reads from the API the moment it connects, below `data-api`. */
const readsOnConnect: Readonly<Record<string, string>> = { 'amicable-overdue-banner': '/account' };
/** Elements that read `localStorage` before they first show anything (the banner's snooze). */
const readsStorageOnConnect: ReadonlySet<string> = new Set(['amicable-overdue-banner']);

const manifest = typeof __AMICABLE_PRELOAD__ === 'undefined' ? undefined : __AMICABLE_PRELOAD__;
// A module script has no `document.currentScript`; its own URL identifies the tag instead.
const script = findScriptByUrl(import.meta.url, document);
// Read like `configureFromScript` does: only a tag with `data-api` configures the SDK.
const data = script?.dataset.api === undefined ? undefined : script.dataset;
const present = Object.keys(manifest?.elements ?? {}).flatMap((tag) => {
  const element = document.querySelector(tag);
  return element === null ? [] : [{ tag, element }];
});
// Every element first asks for the customer token, and some read the API at once: ask now, not
// once their code has arrived, and before the code, so that these do not queue behind it for a
// connection.
const prefetched =
  present.length > 0 && data?.api !== undefined && data.tokenUrl !== undefined
    ? prefetchRequests(
        data.tokenUrl,
        data.api,
        [...new Set(present.flatMap(({ tag }) => readsOnConnect[tag] ?? []))],
        document.baseURI,
      )
    : undefined;
const preloader =
  manifest &&
  createPreloader(manifest, import.meta.url, script, document, {
    answeredEarly: new Set(
      prefetched === undefined ? [] : present.flatMap(({ tag }) => (tag in readsOnConnect ? [tag] : [])),
    ),
  });
preloader?.loader();
for (const { tag, element } of present) {
  preloader?.element(tag, element, data?.locale);
}
// Where the copy's language is the customer's, fetch it the moment the API has said which.
for (const read of preloader?.awaitingCustomerLocale ? (prefetched?.reads.values() ?? []) : []) {
  read
    .then((response) => response?.json())
    .then((account: { customer?: { locale?: unknown } } | undefined) => {
      const locale = account?.customer?.locale;
      if (typeof locale === 'string') preloader?.customerLocale(locale);
    })
    .catch(() => undefined);
}

// What the first paint needs from the browser and is slow the first time (see `warmUp`), done in
// a task of its own while the page waits on the network anyway: once the API reads are out (so the
// token's answer never waits behind it), or at once when there are none.
if (present.length > 0) {
  const first = present[0]?.element ?? null;
  const warm = () =>
    setTimeout(() =>
      warmUp(pageLocale(first, data?.locale, document), {
        storage: present.some(({ tag }) => readsStorageOnConnect.has(tag)),
      }),
    );
  void (prefetched?.sent ?? Promise.resolve()).then(warm, warm);
}

import('./script-tag').then(
  ({ startLoader }) => startLoader(script, preloader, prefetched),
  (error: unknown) => console.warn('Amicable: could not load the script-tag loader.', error),
);
