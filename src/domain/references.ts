/**
 * Structured payment references (LAW.md, "References and QR codes", and the KID and
 * betalingskenmerk rows): Norwegian KID (MOD10 / MOD11), the Dutch betalingskenmerk and the
 * ISO 11649 RF creditor reference. Generators throw on bad input; validators never throw.
 */
import { compact, groupsOf, mod97 } from './checksums';

/** Structured reference scheme: Norwegian KID, ISO 11649 RF, Dutch betalingskenmerk. */
export type ReferenceScheme = 'kid' | 'rf' | 'nl';

/** The KID check digit algorithm of the creditor's bank agreement. */
export type KidAlgorithm = 'mod10' | 'mod11';

const DIGITS = /^\d+$/;

function requireDigits(base: string, min: number, max: number, what: string): void {
  if (!DIGITS.test(base) || base.length < min || base.length > max) {
    throw new RangeError(`${what} needs a base of ${min}–${max} digits, got ${JSON.stringify(base)}`);
  }
}

function digitsFromRight(text: string): number[] {
  return [...text].reverse().map(Number);
}

// ---------------------------------------------------------------------------------------------
// KID (LAW.md, Norway: "2–25 digits, last digit a check digit: MOD10 (Luhn) or MOD11")

/** `base` (1–24 digits) with its MOD10 (Luhn) check digit appended: `kidMod10('1234')` → `'12344'`. */
export function kidMod10(base: string): string {
  requireDigits(base, 1, 24, 'A KID');
  // The check digit will sit rightmost, so doubling starts at the base's last digit.
  const sum = digitsFromRight(base).reduce((total, digit, index) => {
    if (index % 2 === 1) return total + digit;
    const doubled = digit * 2;
    return total + (doubled > 9 ? doubled - 9 : doubled);
  }, 0);
  return `${base}${(10 - (sum % 10)) % 10}`;
}

/**
 * `base` (1–24 digits) with its MOD11 check digit appended (weights 2..7 from the right;
 * 11 → 0, 10 → `-`): `kidMod11('1234')` → `'12343'`.
 */
export function kidMod11(base: string): string {
  requireDigits(base, 1, 24, 'A KID');
  const sum = digitsFromRight(base).reduce((total, digit, index) => total + digit * (2 + (index % 6)), 0);
  const check = 11 - (sum % 11);
  return `${base}${check === 11 ? '0' : check === 10 ? '-' : String(check)}`;
}

/** Whether `kid` is a 2–25 character KID whose check digit fits `algorithm` (either, when left out). */
export function isValidKid(kid: string, algorithm?: KidAlgorithm): boolean {
  if (!/^\d{1,24}[\d-]$/.test(kid)) return false;
  const base = kid.slice(0, -1);
  const fitsMod10 = kidMod10(base) === kid;
  const fitsMod11 = kidMod11(base) === kid;
  if (algorithm === 'mod10') return fitsMod10;
  if (algorithm === 'mod11') return fitsMod11;
  return fitsMod10 || fitsMod11;
}

// ---------------------------------------------------------------------------------------------
// Betalingskenmerk (LAW.md, Netherlands; Betaalvereniging "specificaties betalingskenmerk")

const NL_WEIGHTS = [2, 4, 8, 5, 10, 9, 7, 3, 6, 1];

function nlCheckDigit(digits: string): string {
  const sum = digitsFromRight(digits).reduce(
    (total, digit, index) => total + digit * (NL_WEIGHTS[index % NL_WEIGHTS.length] ?? 0),
    0,
  );
  const check = 11 - (sum % 11);
  return check === 11 ? '0' : check === 10 ? '1' : String(check);
}

/**
 * A Dutch betalingskenmerk with its check digit. A 15-digit base gives the 16-digit form
 * (check digit + 15 digits); a 7–12 digit base gives the 9–14 digit form (check digit, length
 * code = number of base digits mod 10, base), the length code counting in the check digit.
 */
export function betalingskenmerk(base: string): string {
  if (DIGITS.test(base) && base.length === 15) return `${nlCheckDigit(base)}${base}`;
  requireDigits(base, 7, 12, 'A betalingskenmerk of 9–14 digits');
  const coded = `${base.length % 10}${base}`;
  return `${nlCheckDigit(coded)}${coded}`;
}

/** Whether `reference` (spaces allowed) is a valid betalingskenmerk: 7 digits (no check), 9–14 or 16 digits. */
export function isValidBetalingskenmerk(reference: string): boolean {
  const digits = compact(reference);
  if (!DIGITS.test(digits)) return false;
  if (digits.length === 7) return true;
  if (digits.length === 16) return nlCheckDigit(digits.slice(1)) === digits[0];
  if (digits.length < 9 || digits.length > 14) return false;
  const lengthCode = Number(digits[1]);
  return lengthCode === (digits.length - 2) % 10 && nlCheckDigit(digits.slice(1)) === digits[0];
}

/** A betalingskenmerk in groups of four counted from the right, as Dutch banks print it: `5000 0567 8901 2345`. */
export function formatBetalingskenmerk(reference: string): string {
  const digits = compact(reference);
  const head = digits.length % 4;
  const rest = groupsOf(digits.slice(head), 4);
  return head === 0 ? rest : `${digits.slice(0, head)} ${rest}`;
}

// ---------------------------------------------------------------------------------------------
// RF creditor reference (LAW.md: ISO 11649)

/**
 * The RF creditor reference for `base` (1–21 letters and digits; spaces ignored, letters
 * upper-cased): append `RF00`, check = 98 − (n mod 97). `rfReference('539007547034')` → `'RF18539007547034'`.
 */
export function rfReference(base: string): string {
  const payload = compact(base);
  if (!/^[0-9A-Z]{1,21}$/.test(payload)) {
    throw new RangeError(`An RF reference needs 1–21 letters or digits, got ${JSON.stringify(base)}`);
  }
  const check = 98 - mod97(`${payload}RF00`);
  return `RF${String(check).padStart(2, '0')}${payload}`;
}

/** Whether `reference` (spaces and lower case allowed) is a valid ISO 11649 RF creditor reference. */
export function isValidRf(reference: string): boolean {
  const value = compact(reference);
  if (!/^RF\d{2}[0-9A-Z]{1,21}$/.test(value)) return false;
  return mod97(`${value.slice(4)}${value.slice(0, 4)}`) === 1;
}

/** An RF reference in groups of four, as printed: `RF18 5390 0754 7034`. */
export function formatRf(reference: string): string {
  return groupsOf(compact(reference), 4);
}

// ---------------------------------------------------------------------------------------------
// A reference for an invoice

/** What identifies an invoice for its structured reference. */
export interface InvoiceReferenceInput {
  /** The creditor's customer number, e.g. `10042` or `cust-1001`. */
  readonly customerNumber: string;
  /** The invoice number, e.g. `2025-0042`. */
  readonly invoiceNumber: string;
}

/** A structured payment reference: `reference` for machines and banks, `display` for people. */
export interface PaymentReference {
  readonly scheme: ReferenceScheme;
  readonly reference: string;
  readonly display: string;
}

/** Options of `referenceForInvoice`. */
export interface ReferenceOptions {
  /** KID check digit algorithm (default `mod10`, what most Norwegian banks agree on). */
  readonly kidAlgorithm?: KidAlgorithm;
}

/**
 * Digits available for the customer and invoice parts per scheme: KID base ≤ 24, the Dutch
 * 16-digit form 15, RF 21. Fixed widths keep `12|345` and `123|45` apart.
 */
const BASE_LAYOUT: Record<ReferenceScheme, { customer: number; invoice: number }> = {
  kid: { customer: 8, invoice: 10 },
  nl: { customer: 6, invoice: 9 },
  rf: { customer: 9, invoice: 12 },
};

const SEPARATORS = /[\s\-/._:]/g;

/** 64-bit FNV-1a over the UTF-16 code units: a small, stable, dependency-free digest. */
function fnv1a64(text: string): bigint {
  let hash = 0xcbf29ce484222325n;
  for (let i = 0; i < text.length; i++) {
    hash ^= BigInt(text.charCodeAt(i));
    hash = (hash * 0x100000001b3n) & 0xffffffffffffffffn;
  }
  return hash;
}

/**
 * The digits-only base of an invoice's reference. Numeric customer and invoice numbers
 * (separators such as `-` ignored) that fit the scheme's widths are kept readable, zero-padded:
 * customer `10042`, invoice `2025-0042` → `00010042` + `0020250042` for a KID. Anything else
 * (letters, too long) becomes a stable decimal digest of both numbers, so the same invoice
 * always gets the same reference.
 */
export function invoiceReferenceBase(scheme: ReferenceScheme, invoice: InvoiceReferenceInput): string {
  const layout = BASE_LAYOUT[scheme];
  const customer = invoice.customerNumber.replace(SEPARATORS, '');
  const number = invoice.invoiceNumber.replace(SEPARATORS, '');
  if (
    DIGITS.test(customer) &&
    DIGITS.test(number) &&
    customer.length <= layout.customer &&
    number.length <= layout.invoice
  ) {
    return `${customer.padStart(layout.customer, '0')}${number.padStart(layout.invoice, '0')}`;
  }
  const width = layout.customer + layout.invoice;
  const digest = fnv1a64(`${invoice.customerNumber}\u001f${invoice.invoiceNumber}`) % 10n ** BigInt(width);
  return digest.toString().padStart(width, '0');
}

/**
 * The structured reference of an invoice in `scheme`: a KID (MOD10 unless `kidAlgorithm` says
 * `mod11`), the 16-digit betalingskenmerk, or an RF creditor reference. Deterministic: the same
 * invoice always gets the same reference.
 */
export function referenceForInvoice(
  scheme: ReferenceScheme,
  invoice: InvoiceReferenceInput,
  options: ReferenceOptions = {},
): PaymentReference {
  const base = invoiceReferenceBase(scheme, invoice);
  switch (scheme) {
    case 'kid': {
      const reference = options.kidAlgorithm === 'mod11' ? kidMod11(base) : kidMod10(base);
      return { scheme, reference, display: reference };
    }
    case 'nl': {
      const reference = betalingskenmerk(base);
      return { scheme, reference, display: formatBetalingskenmerk(reference) };
    }
    case 'rf': {
      const reference = rfReference(base);
      return { scheme, reference, display: formatRf(reference) };
    }
  }
}
