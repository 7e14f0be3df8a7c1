import { randomInt } from 'node:crypto';

/**
 * Letters and digits a customer can read out on the phone and type back without doubt: no 0/O,
 * 1/I/L, U/V (which Crockford's alphabet also avoids), so `D-7K3M-Q2` cannot be misread.
 */
export const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTWXYZ';

const REFERENCE_PATTERN = new RegExp(`^D-[${REFERENCE_ALPHABET}]{4}-[${REFERENCE_ALPHABET}]{2}$`);

/**
 * A fresh dispute reference such as `D-7K3M-Q2`: six characters from {@link REFERENCE_ALPHABET}
 * (29⁶ ≈ 600 million), drawn with `crypto.randomInt` so none is more likely than another. The
 * caller makes it unique (the database has a unique index per creditor).
 */
export function newDisputeReference(random: (max: number) => number = randomInt): string {
  let characters = '';
  for (let index = 0; index < 6; index += 1)
    characters += REFERENCE_ALPHABET[random(REFERENCE_ALPHABET.length)];
  return `D-${characters.slice(0, 4)}-${characters.slice(4)}`;
}

/** Whether `value` has the shape of a dispute reference. */
export function isDisputeReference(value: string): boolean {
  return REFERENCE_PATTERN.test(value);
}
