import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { negotiateLocale } from '../../src/client/i18n/format';
import type { Messages, SupportedLocale } from '../../src/client/i18n/messages';

/** What the controller needs from its element: an update cycle and a resolved locale. */
export interface LocalizedHost extends ReactiveControllerHost {
  /** The element's locale after the cascade (`lang`, `[lang]` ancestor, configuration, customer, `en`). */
  readonly locale: string;
}

// One literal `import()` per catalog, so the bundler makes each its own chunk and a page loads only
// the language it shows. English is loaded the same way: it is the fallback, not a passenger.
const catalogImports: Record<SupportedLocale, () => Promise<Messages>> = {
  en: () => import('../../src/client/i18n/en').then((module) => module.en),
  nb: () => import('../../src/client/i18n/nb').then((module) => module.nb),
  nl: () => import('../../src/client/i18n/nl').then((module) => module.nl),
  de: () => import('../../src/client/i18n/de').then((module) => module.de),
};

const loaded = new Map<SupportedLocale, Messages>();
const loading = new Map<SupportedLocale, Promise<Messages>>();

/**
 * The catalog for `locale`, loaded once and shared by every element. If its chunk cannot be fetched
 * (a redeploy between chunks, a flaky network) English is used instead and a later call tries again;
 * only when English fails too does the promise reject.
 */
export function loadCatalog(locale: SupportedLocale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready !== undefined) {
    return Promise.resolve(ready);
  }
  let pending = loading.get(locale);
  if (pending === undefined) {
    pending = catalogImports[locale]().then(
      (messages) => {
        loaded.set(locale, messages);
        loading.delete(locale);
        return messages;
      },
      (error: unknown) => {
        loading.delete(locale);
        if (locale === 'en') {
          throw error;
        }
        return loadCatalog('en');
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/** Options of a {@link LocalizeController}. */
export interface LocalizeOptions {
  /** Called when no catalog could be loaded, not even English. */
  onError: (error: unknown) => void;
  /**
   * Whether the element knows its locale yet. An element whose locale may come from the API (the
   * customer's own) says no until the API has answered, so no catalog is fetched in vain.
   */
  localeKnown?: () => boolean;
}

/**
 * Gives an element the message catalog for its locale. Before each update it negotiates the
 * catalog (`nb-NO`, `nn` → `nb`; anything unknown → `en`) and, when that catalog is not loaded yet,
 * loads it and asks for another update. Until the first catalog arrives `messages` is `undefined`
 * and the element renders nothing; on a change of language it keeps the previous catalog until the
 * new one is there, so the copy never blinks.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: LocalizedHost;
  readonly #options: LocalizeOptions;
  #requested: SupportedLocale | undefined;
  #messages: Messages | undefined;
  /** The locale whose load `messages` is the result of (English stands in when a catalog fails). */
  #messagesFor: SupportedLocale | undefined;

  constructor(host: LocalizedHost, options: LocalizeOptions) {
    this.#host = host;
    this.#options = options;
    host.addController(this);
  }

  /** The catalog to render with, or `undefined` while the first one loads. */
  get messages(): Messages | undefined {
    return this.#messages;
  }

  /** Whether `messages` is the catalog of the element's current locale (not the previous one's). */
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
    const ready = loaded.get(wanted);
    if (ready !== undefined) {
      this.#messages = ready;
      this.#messagesFor = wanted;
      return;
    }
    loadCatalog(wanted).then(
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
