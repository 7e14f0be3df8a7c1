/// <reference types="vite/client" />
/**
 * What the two script-tag builds share: reading the configuration from the `<script>`'s
 * `data-*` attributes, exposing `window.Amicable`, and the one table of element tag → code.
 * `loader.ts` loads an element's code when its tag appears; `bundle.ts` loads them all at once.
 * Built by Vite only (`import.meta.glob`); never imported by the npm entry.
 */
import { setElementLoader } from '../components/base/element-loader';
import { elementNames, tagNameOf } from '../components/base/elements';
import {
  type ConfigureOptions,
  configure,
  configureWith,
  type Formality,
  getConfiguration,
} from './client/config';
import type { PrefetchedRequests, Preloader } from './preload';

/** What a script-tag page finds on `window.Amicable`. */
export interface AmicableGlobal {
  /** Configure (or re-configure) the SDK from code, e.g. with a `getToken` callback. */
  configure: typeof configure;
}

declare global {
  interface Window {
    Amicable?: AmicableGlobal;
  }
}

// Only the shipped elements (the list of `elements.ts`; a glob must be a literal): helpers such as
// the dialog or a term popover are imported by the elements that use them, and every file a glob
// matches becomes a chunk the loader references.
const defineModules = import.meta.glob(
  '../components/{overdue-banner,invoice-explainer,pay-now,instalment-proposer,dispute-form}/define.ts',
);

/**
 * Element tag → the import of its `define` module, for every listed element whose code exists.
 * With code splitting (the loader) each import is its own chunk; without (the bundle) they are
 * inlined.
 */
export const elementLoaders: ReadonlyMap<string, () => Promise<unknown>> = new Map(
  elementNames.flatMap((name) => {
    const load = defineModules[`../components/${name}/define.ts`];
    return load === undefined ? [] : [[tagNameOf(name), load] as const];
  }),
);

/** Expose `window.Amicable`, keeping one that another copy of the SDK put there first. */
export function exposeGlobal(): void {
  window.Amicable ??= { configure };
}

/**
 * Configure from `data-api`, `data-token-url`, `data-locale` and `data-formality` when the script
 * tag carries `data-api`; otherwise the page is expected to call `Amicable.configure()` itself.
 * A misconfigured tag is reported with one warning, never thrown into the page. `prefetched` are
 * the requests for this configuration the loader has started already: the SDK's first request for
 * each gets its response.
 */
export function configureFromScript(script: HTMLScriptElement | null, prefetched?: PrefetchedRequests): void {
  const data = script?.dataset;
  if (data?.api === undefined) {
    return;
  }
  const options: ConfigureOptions = { api: data.api };
  if (data.tokenUrl !== undefined) {
    options.tokenUrl = data.tokenUrl;
  }
  if (data.locale !== undefined) {
    options.locale = data.locale;
  }
  if (data.formality !== undefined) {
    options.formality = data.formality as Formality;
  }
  if (prefetched !== undefined) {
    options.fetch = (input, init) => prefetched.take(input, init) ?? globalThis.fetch(input, init);
  }
  try {
    configureWith(options, { early: prefetched?.early });
  } catch (error) {
    prefetched?.discard();
    console.warn(`Amicable: the script tag's data-* attributes are not usable: ${(error as Error).message}`);
  }
}

/** Load every element's code now (the classic-script bundle). */
export function defineAll(): void {
  const loads = new Map<string, Promise<unknown>>();
  for (const [tag, load] of elementLoaders) {
    loads.set(
      tag,
      load().catch((error: unknown) => warnLoadFailure(tag, error)),
    );
  }
  setElementLoader((tag) => loads.get(tag) ?? Promise.resolve());
}

/**
 * What `amicable.js` does once this module has arrived: configure from the tag, expose
 * `window.Amicable`, and load elements as they appear. `preloader` fetches the chunks of an element
 * (and its copy) before they are imported; `prefetched` are the requests the loader started.
 */
export function startLoader(
  script: HTMLScriptElement | null,
  preloader?: Preloader,
  prefetched?: PrefetchedRequests,
): void {
  configureFromScript(script, prefetched);
  exposeGlobal();
  defineWhenUsed(document, preloader, prefetched);
}

/**
 * Load each element's code the first time its tag is in the document, now or later (a
 * single-page app rendering the portal after login), or when an element asks for another one (the
 * banner opening `<amicable-pay-now>` in its dialog). Tags inside other components' shadow roots
 * are invisible to the observer: such hosts import the element's module themselves.
 */
export function defineWhenUsed(
  root: Document = document,
  preloader?: Preloader,
  prefetched?: PrefetchedRequests,
): void {
  const pending = new Map(elementLoaders);
  // Evaluating an element's code holds the main thread for tens of milliseconds: the loader's API
  // reads go out first (they wait on the token, which every element waits on before it shows
  // anything), or they would wait behind it. Its chunks are meanwhile fetched (preloaded).
  const readsSent = prefetched?.sent ?? Promise.resolve();
  const load = (tag: string, element: Element | null = null): Promise<unknown> => {
    const loadTag = pending.get(tag);
    if (loadTag === undefined) {
      return Promise.resolve();
    }
    pending.delete(tag);
    preloader?.element(tag, element ?? root.querySelector(tag), getConfiguration()?.locale);
    return readsSent.then(loadTag).then(
      () => {
        // What the loader prefetched is for the elements in the page now: one that has left before
        // its code arrived must not leave an answer for a later one.
        if (root.querySelector(tag) === null) prefetched?.discard();
      },
      (error: unknown) => {
        // Let the next mutation or request try again (a flaky network, a redeploy between chunks),
        // and read afresh then.
        prefetched?.discard();
        pending.set(tag, loadTag);
        warnLoadFailure(tag, error);
      },
    );
  };
  const loadPresent = () => {
    for (const tag of pending.keys()) {
      const element = root.querySelector(tag);
      if (element !== null) {
        void load(tag, element);
      }
    }
  };
  setElementLoader((tag) => load(tag));
  const observer = new MutationObserver(loadPresent);
  observer.observe(root, { childList: true, subtree: true });
  loadPresent();
}

function warnLoadFailure(tag: string, error: unknown): void {
  console.warn(`Amicable: could not load the code of <${tag}>.`, error);
}
