// Small string helpers shared by the catalogs.

/** `text(value)` when `value` is a non-empty string, else `''`: for optional clauses such as a fee. */
export function when(value: string | undefined, text: (value: string) => string): string {
  return value === undefined || value === '' ? '' : text(value);
}

/** The first letter in capitals, for a phrase that starts a sentence. */
export function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** The first letter in lower case unless the text starts with an abbreviation ("IBAN", "KID"). */
export function lowerFirst(text: string): string {
  return /^\p{Lu}{2}/u.test(text) ? text : text.charAt(0).toLowerCase() + text.slice(1);
}

/** The words for one count: `zero` is used for exactly 0 when given, else the language's plural rule picks. */
export interface PluralForms {
  one: string;
  other: string;
  zero?: string;
}

const pluralRulesByLocale = new Map<string, Intl.PluralRules>();

function pluralRules(locale: string): Intl.PluralRules {
  let rules = pluralRulesByLocale.get(locale);
  if (rules === undefined) {
    try {
      rules = new Intl.PluralRules(locale);
    } catch {
      // A malformed tag must not break the page: English rules are a safe guess for one/other.
      rules = new Intl.PluralRules('en');
    }
    pluralRulesByLocale.set(locale, rules);
  }
  return rules;
}

/**
 * Picks the form of a word for `count` through `Intl.PluralRules` (cached per locale).
 * Our four languages only distinguish `one` and `other`; every other category maps to `other`.
 */
export function plural(locale: string, count: number, forms: PluralForms): string {
  if (count === 0 && forms.zero !== undefined) {
    return forms.zero;
  }
  return pluralRules(locale).select(count) === 'one' ? forms.one : forms.other;
}
