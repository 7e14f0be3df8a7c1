import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { negotiateLocale } from '../../src/client/i18n/format';
import type { SupportedLocale } from '../../src/client/i18n/messages';
import type { AnyCopySource as AnySource, CatalogView } from '../../src/client/i18n/parts';
import { commonCopy } from '../../src/client/i18n/sources/common';
import { onCreditorWordingChange, wordedView } from './creditor-wording';

// Elements hand the creditor's wording from their answers to every element on the page.
export { adoptCreditorWording } from './creditor-wording';

/** What the controller needs from its element: an update cycle and a resolved locale. */
export interface LocalizedHost extends ReactiveControllerHost {
  /** The element's locale after the cascade (`lang`, `[lang]` ancestor, configuration, customer, `en`). */
  readonly locale: string;
}

// Catalogs come in parts (see `src/client/i18n/parts.ts`), one chunk per part and locale, so a page
// loads only the language it shows and only the copy of the elements on it. English is loaded the
// same way: it is the fallback, not a passenger.

/** Parts loaded so far and the loads in flight, by `<locale>:<part>`. */
const loadedParts = new Map<string, object>();
const loadingParts = new Map<string, Promise<object>>();
/** Views handed out, by `<locale>:<parts>`: elements that render the same parts share one object. */
const views = new Map<string, object>();

function withCommon(sources: readonly AnySource[]): readonly AnySource[] {
  return sources.some((source) => source.part === 'common') ? sources : [commonCopy, ...sources];
}

function viewKey(locale: SupportedLocale, sources: readonly AnySource[]): string {
  return `${locale}:${sources
    .map((source) => source.part)
    .sort()
    .join('+')}`;
}

function loadPart(locale: SupportedLocale, source: AnySource): Promise<object> {
  const key = `${locale}:${source.part}`;
  const ready = loadedParts.get(key);
  if (ready !== undefined) {
    return Promise.resolve(ready);
  }
  let pending = loadingParts.get(key);
  if (pending === undefined) {
    pending = source.load[locale]().then(
      (module) => {
        loadedParts.set(key, module.copy);
        loadingParts.delete(key);
        return module.copy;
      },
      (error: unknown) => {
        // Let a later call try again.
        loadingParts.delete(key);
        throw error;
      },
    );
    loadingParts.set(key, pending);
  }
  return pending;
}

/**
 * The common part of the catalog for `locale` plus the parts `sources` name, loaded once (the parts
 * in parallel) and shared by every element. If a part's chunk cannot be fetched (a redeploy between
 * chunks, a flaky network) the same parts in English are used instead, so the copy never mixes
 * languages, and a later call tries again; only when English fails too does the promise reject.
 */
export function loadCopy<S extends AnySource = never>(
  locale: SupportedLocale,
  sources: readonly S[] = [],
): Promise<CatalogView<S['part']>> {
  return loadView(locale, withCommon(sources)) as Promise<CatalogView<S['part']>>;
}

function loadView(locale: SupportedLocale, sources: readonly AnySource[]): Promise<object> {
  const key = viewKey(locale, sources);
  const ready = views.get(key);
  if (ready !== undefined) {
    return Promise.resolve(ready);
  }
  return Promise.all(sources.map((source) => loadPart(locale, source))).then(
    (copies) => {
      let view = views.get(key);
      if (view === undefined) {
        view = Object.assign({}, ...copies) as object;
        views.set(key, view);
      }
      return view;
    },
    (error: unknown) => {
      if (locale === 'en') {
        throw error;
      }
      return loadView('en', sources);
    },
  );
}

/** Options of a {@link LocalizeController}. */
export interface LocalizeOptions<S extends AnySource> {
  /**
   * The parts of the catalog the element renders besides the common one, e.g. `[bannerCopy]` (see
   * `src/client/i18n/sources/`). Only these are fetched, and only they are typed on `messages`.
   */
  copy?: readonly S[];
  /** Called when no catalog could be loaded, not even English. */
  onError: (error: unknown) => void;
  /**
   * Whether the element knows its locale yet. An element whose locale may come from the API (the
   * customer's own) says no until the API has answered, so no catalog is fetched in vain.
   */
  localeKnown?: () => boolean;
}

/**
 * Gives an element the copy for its locale: the common part of the catalog and the parts it asks
 * for. Before each update it negotiates the catalog (`nb-NO`, `nn` → `nb`; anything unknown → `en`)
 * and, when those parts are not loaded yet, loads them and asks for another update. Until the first
 * copy arrives `messages` is `undefined` and the element renders nothing; on a change of language
 * it keeps the previous copy until the new one is there, so the words never blink.
 */
export class LocalizeController<S extends AnySource = never> implements ReactiveController {
  readonly #host: LocalizedHost;
  readonly #options: LocalizeOptions<S>;
  readonly #sources: readonly AnySource[];
  #requested: SupportedLocale | undefined;
  #messages: CatalogView<S['part']> | undefined;
  /** The locale whose load `messages` is the result of (English stands in when a part fails). */
  #messagesFor: SupportedLocale | undefined;
  #stopWordingWatch: (() => void) | undefined;

  constructor(host: LocalizedHost, options: LocalizeOptions<S>) {
    this.#host = host;
    this.#options = options;
    this.#sources = withCommon(options.copy ?? []);
    host.addController(this);
  }

  /**
   * The copy to render with, or `undefined` while the first one loads: the catalog's, with the
   * creditor's own wording for its language in place of the messages it rewords (see
   * `adoptCreditorWording`).
   */
  get messages(): CatalogView<S['part']> | undefined {
    return this.#messages === undefined ? undefined : wordedView(this.#messages);
  }

  hostConnected(): void {
    // The creditor's wording can arrive with any element's answer: re-render with it.
    this.#stopWordingWatch ??= onCreditorWordingChange(() => this.#host.requestUpdate());
  }

  hostDisconnected(): void {
    this.#stopWordingWatch?.();
    this.#stopWordingWatch = undefined;
  }

  /** Whether `messages` is the copy of the element's current locale (not the previous one's). */
  get isCurrent(): boolean {
    return this.#messages !== undefined && this.#messagesFor === this.#requested;
  }

  /**
   * The locale to format dates and money with: the element's own (`nb-NO`), so regional
   * conventions survive even where the copy is shared by a whole language.
   */
  get formatLocale(): string {
    return this.#host.locale;
  }

  hostUpdate(): void {
    if (this.#options.localeKnown?.() === false) {
      return;
    }
    const wanted = negotiateLocale([this.#host.locale]);
    if (wanted === this.#requested) {
      return;
    }
    this.#requested = wanted;
    const ready = views.get(viewKey(wanted, this.#sources));
    if (ready !== undefined) {
      this.#messages = ready as CatalogView<S['part']>;
      this.#messagesFor = wanted;
      return;
    }
    (loadView(wanted, this.#sources) as Promise<CatalogView<S['part']>>).then(
      (messages) => {
        if (this.#requested === wanted) {
          this.#messages = messages;
          this.#messagesFor = wanted;
          this.#host.requestUpdate();
        }
      },
      (error: unknown) => {
        // Let the next update try again.
        if (this.#requested === wanted) {
          this.#requested = undefined;
        }
        this.#options.onError(error);
      },
    );
  }
}
