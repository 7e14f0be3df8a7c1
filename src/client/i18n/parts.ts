import type { Messages, SupportedLocale } from './messages';

/**
 * The parts each catalog is split into, and the keys of {@link Messages} each holds. Every part
 * of every locale is its own module (`<locale>/<part>.ts`) and so its own chunk: an element loads
 * the common part and its own, and a page showing only the banner never downloads the copy of
 * the forms. `en.ts`, `nb.ts`, `nl.ts` and `de.ts` assemble the whole catalogs from the parts.
 */
export interface CatalogParts {
  /** What every element uses: the locale, shared words and the action labels. */
  common: 'locale' | 'common' | 'actions';
  banner: 'banner';
  /** The invoice explainer, with the next steps, charges and glossary it explains. */
  explainer: 'explainer' | 'glossary' | 'charges' | 'nextStep';
  /** Paying now; the explainer and the proposer reuse its bank-transfer words. */
  payNow: 'payNow';
  /** The instalment proposer and the promise to pay. */
  plan: 'plan';
  dispute: 'dispute';
  /** Field errors, shared by the forms (pay now, proposer, dispute). */
  validation: 'validation';
}

/** The name of one part of a catalog. */
export type CatalogPart = keyof CatalogParts;

/** The copy one part holds, in one language. */
export type PartCopy<P extends CatalogPart> = Pick<Messages, CatalogParts[P]>;

/** What an element that loads the parts `P` renders with: those and the common part. */
export type CatalogView<P extends CatalogPart = never> = PartCopy<'common' | P>;

/** A part's module, `<locale>/<part>.ts`. */
export interface PartModule<P extends CatalogPart> {
  readonly copy: PartCopy<P>;
}

/**
 * Where a part comes from in each locale: one literal `import()` per locale, so the bundler makes
 * each its own chunk and a page fetches only the language it shows.
 */
export interface CopySource<P extends CatalogPart> {
  readonly part: P;
  readonly load: { readonly [L in SupportedLocale]: () => Promise<PartModule<P>> };
}

/** The source of some part, whichever it is (what an element's list of parts holds). */
export interface AnyCopySource {
  readonly part: CatalogPart;
  readonly load: { readonly [L in SupportedLocale]: () => Promise<{ readonly copy: object }> };
}
