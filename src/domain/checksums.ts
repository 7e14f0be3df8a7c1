/** ISO 7064 MOD 97-10, shared by IBAN and RF creditor references (letters count A = 10 … Z = 35). */

/** The remainder mod 97 of the number spelt by `text` with letters replaced by 10–35. Expects `[0-9A-Z]*`. */
export function mod97(text: string): number {
  let remainder = 0;
  for (const char of text) {
    const value = Number.parseInt(char, 36);
    // Letters are two digits long, so they shift the running remainder by 100 instead of 10.
    remainder = value >= 10 ? (remainder * 100 + value) % 97 : (remainder * 10 + value) % 97;
  }
  return remainder;
}

/** Spaces removed and letters upper-cased: how people type references and IBANs. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '').toUpperCase();
}

/** `text` in groups of `size` separated by single spaces. */
export function groupsOf(text: string, size: number): string {
  return text.replace(new RegExp(`(.{${size}})(?=.)`, 'g'), '$1 ');
}
