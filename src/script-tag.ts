/// <reference types="vite/client" />
/**
 * What the two script-tag builds share: reading the configuration from the `<script>`'s
 * `data-*` attributes, exposing `window.Amicable`, and the one table of element tag → code.
 * `loader.ts` loads an element's code when its tag appears; `bundle.ts` loads them all at once.
 * Built by Vite only (`import.meta.glob`); never imported by the npm entry.
 */
import { setElementLoader } from '../components/base/element-loader';
import { elementNames, tagNameOf } from '../components/base/elements';
import { type ConfigureOptions, configure, type Formality } from './client/config';

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
 * A misconfigured tag is reported with one warning, never thrown into the page.
 */
export function configureFromScript(script: HTMLScriptElement | null): void {
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
  try {
    configure(options);
  } catch (error) {
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
 * Load each element's code the first time its tag is in the document, now or later (a
 * single-page app rendering the portal after login), or when an element asks for another one (the
 * banner opening `<amicable-pay-now>` in its dialog). Tags inside other components' shadow roots
 * are invisible to the observer: such hosts import the element's module themselves.
 */
export function defineWhenUsed(root: Document = document): void {
  const pending = new Map(elementLoaders);
  const load = (tag: string): Promise<unknown> => {
    const loadTag = pending.get(tag);
    if (loadTag === undefined) {
      return Promise.resolve();
    }
    pending.delete(tag);
    return loadTag().catch((error: unknown) => {
      // Let the next mutation or request try again (a flaky network, a redeploy between chunks).
      pending.set(tag, loadTag);
      warnLoadFailure(tag, error);
    });
  };
  const loadPresent = () => {
    for (const tag of pending.keys()) {
      if (root.querySelector(tag) !== null) {
        void load(tag);
      }
    }
  };
  setElementLoader(load);
  const observer = new MutationObserver(loadPresent);
  observer.observe(root, { childList: true, subtree: true });
  loadPresent();
}

/** The `<script>` element whose `src` is `url` (this module's own URL). */
export function findScriptByUrl(url: string): HTMLScriptElement | null {
  for (const script of document.querySelectorAll<HTMLScriptElement>('script[src]')) {
    if (script.src === url) {
      return script;
    }
  }
  // Served through a redirect or rewritten URL: the configured tag is still recognisable.
  return document.querySelector<HTMLScriptElement>('script[src][data-api]');
}

function warnLoadFailure(tag: string, error: unknown): void {
  console.warn(`Amicable: could not load the code of <${tag}>.`, error);
}
