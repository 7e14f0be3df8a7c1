/** Where a locale may come from besides the document tree, in the order they are tried. */
export interface LocaleSources {
  /** The locale the SDK was configured with (`data-locale` or `configure({ locale })`). */
  configured?: string | undefined;
  /** The customer's own locale, as the API reports it. */
  customer?: string | undefined;
}

/** The last resort when nothing names a locale. */
export const defaultLocale = 'en';

/**
 * The locale an element speaks, following the contract's cascade: the element's own `lang`,
 * else the closest `[lang]` ancestor (crossing shadow-root boundaries to the host, so an element
 * inside another component's shadow DOM still follows the page), else the configured locale,
 * else the customer's, else `en`. Values that are not valid BCP 47 tags (or `lang=""`, which
 * means "unknown") are skipped, never thrown on. Returns a canonical tag such as `nb-NO`.
 */
export function resolveLocale(element: Element, sources: LocaleSources = {}): string {
  return (
    closestLang(element) ??
    canonicalLocale(sources.configured) ??
    canonicalLocale(sources.customer) ??
    defaultLocale
  );
}

/** The canonical locale of the closest valid `lang` on `element` or its ancestors, across shadow roots. */
export function closestLang(element: Element): string | undefined {
  let current: Element | null = element;
  while (current !== null) {
    const holder: Element | null = current.closest('[lang]');
    if (holder === null) {
      current = shadowHostOf(current);
      continue;
    }
    const locale = canonicalLocale(holder.getAttribute('lang'));
    if (locale !== undefined) {
      return locale;
    }
    current = holder.parentElement ?? shadowHostOf(holder);
  }
  return undefined;
}

/** `value` as a canonical BCP 47 tag (`nb-no` → `nb-NO`), or `undefined` when it is empty or invalid. */
export function canonicalLocale(value: string | null | undefined): string | undefined {
  if (value === null || value === undefined || value.trim() === '') {
    return undefined;
  }
  try {
    return Intl.getCanonicalLocales(value.trim())[0];
  } catch {
    return undefined;
  }
}

function shadowHostOf(element: Element): Element | null {
  // Duck-typed rather than `instanceof ShadowRoot`, so this module also loads where there is no DOM.
  const root = element.getRootNode() as Partial<ShadowRoot>;
  return root.host ?? null;
}
