/**
 * How the copy speaks to a customer. LAW.md, "Tone: what the evidence says": Dutch, German,
 * Danish, Norwegian (and Nordic) readers expect amount, date and consequence stated plainly;
 * UK readers explicit but softened, which our direct copy already is; markets we do not know
 * get the relationship-first, face-saving indirect style.
 */
import type { Country } from './law';

/** Direct: amount, date and consequence first. Indirect: relationship first, face-saving. */
export type ToneStyle = 'direct' | 'indirect';

/** Formal (`De`, `u`, `Sie`) or informal (`du`, `je`) address. */
export type Formality = 'formal' | 'informal';

/** How the copy speaks to the customer. */
export interface Tone {
  readonly style: ToneStyle;
  readonly formality: Formality;
}

const DIRECT_MARKETS: ReadonlySet<Country> = new Set<Country>(['NO', 'NL', 'DE', 'DK', 'SE', 'GB']);

/**
 * Languages whose readers expect informal address in commercial letters: Norwegian *du*,
 * Swedish and Danish *du*, English has one "you". German *Sie* and Dutch *u* are the safe
 * defaults (LAW.md), and so is formal address anywhere we do not know better.
 */
const INFORMAL_LANGUAGES: ReadonlySet<string> = new Set(['nb', 'nn', 'no', 'sv', 'da', 'en']);

const LANGUAGE_OF_COUNTRY: Readonly<Record<Country, string | undefined>> = {
  NO: 'nb',
  NL: 'nl',
  DE: 'de',
  GB: 'en',
  SE: 'sv',
  DK: 'da',
  other: undefined,
};

/**
 * The tone for a customer in `customerCountry`: the creditor's `tone` settings win; otherwise
 * direct for NO NL DE DK SE GB and indirect elsewhere, and formality by `locale`'s language
 * (or the country's language): informal for nb/nn/sv/da/en, formal otherwise.
 */
export function toneFor(customerCountry: Country, tone: Partial<Tone> = {}, locale?: string): Tone {
  const style = tone.style ?? (DIRECT_MARKETS.has(customerCountry) ? 'direct' : 'indirect');
  const language = locale?.split(/[-_]/)[0]?.toLowerCase() || LANGUAGE_OF_COUNTRY[customerCountry];
  const formality = tone.formality ?? (language && INFORMAL_LANGUAGES.has(language) ? 'informal' : 'formal');
  return { style, formality };
}
