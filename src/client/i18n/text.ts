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
