/**
 * The EPC QR code payload (EPC069-12 "Quick Response Code: guidelines to enable data capture
 * for the initiation of a SEPA credit transfer", version 002; GiroCode), and IBAN checks.
 * LAW.md, "References and QR codes". Only the payload text is built here; rendering the QR
 * symbol (error correction level M) is the caller's job.
 */
import { compact, groupsOf, mod97 } from './checksums';
import type { Money } from './money';
import { isValidRf } from './references';

/** Thrown when a transfer cannot be expressed as an EPC QR payload; `field` names the culprit. */
export class EpcQrError extends Error {
  override name = 'EpcQrError';
  constructor(
    readonly field: 'amount' | 'name' | 'iban' | 'bic' | 'reference' | 'text' | 'purpose' | 'payload',
    message: string,
  ) {
    super(message);
  }
}

/** Whether `iban` (spaces and lower case allowed) has an IBAN's shape and its ISO 7064 mod 97 check holds. */
export function isValidIban(iban: string): boolean {
  const value = compact(iban);
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  return mod97(`${value.slice(4)}${value.slice(0, 4)}`) === 1;
}

/** An IBAN in groups of four, as printed: `NL91 ABNA 0417 1643 00`. */
export function formatIban(iban: string): string {
  return groupsOf(compact(iban), 4);
}

/** A SEPA credit transfer to encode. */
export interface EpcQrInput {
  /** The beneficiary bank's BIC (optional in version 002 within the EEA). */
  readonly bic?: string;
  /** The beneficiary's name, at most 70 characters after transliteration. */
  readonly name: string;
  /** The beneficiary's IBAN. */
  readonly iban: string;
  /** The amount: EUR only, 0.01 to 999,999,999.99. */
  readonly amount: Money;
  /** A structured ISO 11649 RF creditor reference. Never together with `text`. */
  readonly reference?: string;
  /** Free remittance text, at most 140 characters. Never together with `reference`. */
  readonly text?: string;
  /** An ISO 20022 purpose code of four letters, e.g. `GDDS`. */
  readonly purpose?: string;
}

const MAX_PAYLOAD_BYTES = 331;
const MIN_CENTS = 1;
const MAX_CENTS = 99_999_999_999;

/** Letters that Unicode decomposition does not reduce to a base letter plus marks. */
const LETTERS_WITHOUT_DECOMPOSITION: Record<string, string> = {
  ø: 'o',
  Ø: 'O',
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ß: 'ss',
  ẞ: 'SS',
  đ: 'd',
  Đ: 'D',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ł: 'l',
  Ł: 'L',
  ı: 'i',
};

/**
 * `text` with diacritics removed (Ærøskøbing → AEroskobing, Straße → Strasse, Åse → Ase) and
 * runs of white space and control characters folded to one space: many banks' apps reject or garble accented letters
 * in EPC payloads even though version 002 declares UTF-8.
 */
export function transliterate(text: string): string {
  return (
    text
      .normalize('NFD')
      .replace(/\p{M}+/gu, '')
      .replace(/[øØæÆœŒßẞđĐðÐþÞłŁı]/g, (letter) => LETTERS_WITHOUT_DECOMPOSITION[letter] ?? letter)
      // Control characters would break the line structure or confuse a bank's parser.
      .replace(/[\s\p{Cc}]+/gu, ' ')
      .trim()
  );
}

function amountLine(amount: Money): string {
  if (amount.currency !== 'EUR') {
    throw new EpcQrError('amount', `EPC QR codes carry euro transfers only, got ${amount.currency}`);
  }
  if (!Number.isSafeInteger(amount.amount) || amount.amount < MIN_CENTS || amount.amount > MAX_CENTS) {
    throw new EpcQrError(
      'amount',
      'The amount of an EPC QR code must be between EUR 0.01 and EUR 999999999.99',
    );
  }
  const cents = String(amount.amount).padStart(3, '0');
  return `EUR${cents.slice(0, -2)}.${cents.slice(-2)}`;
}

function checkedLength(field: 'name' | 'text', value: string, max: number): string {
  if (value.length > max) {
    throw new EpcQrError(
      field,
      `The ${field} of an EPC QR code may have at most ${max} characters, got ${value.length}`,
    );
  }
  return value;
}

/**
 * The EPC QR payload, lines joined with LF: `BCD`, `002`, `1` (UTF-8), `SCT`, BIC, name, IBAN,
 * `EUR12.34`, purpose, RF reference, text; empty trailing lines are left out.
 * @throws EpcQrError on a non-euro or out-of-range amount, a bad IBAN, BIC, RF reference or
 * purpose, a name or text too long, both a reference and a text, or more than 331 bytes.
 */
export function epcQrPayload(input: EpcQrInput): string {
  const bic = compact(input.bic ?? '');
  if (bic && !/^[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?$/.test(bic)) {
    throw new EpcQrError(
      'bic',
      `Expected a BIC of 8 or 11 characters such as ABNANL2A, got ${JSON.stringify(input.bic)}`,
    );
  }
  const name = checkedLength('name', transliterate(input.name), 70);
  if (!name) throw new EpcQrError('name', 'An EPC QR code needs the beneficiary name');
  if (!isValidIban(input.iban)) {
    throw new EpcQrError(
      'iban',
      `Expected a valid IBAN such as NL91ABNA0417164300, got ${JSON.stringify(input.iban)}`,
    );
  }
  const purpose = compact(input.purpose ?? '');
  if (purpose && !/^[A-Z0-9]{4}$/.test(purpose)) {
    throw new EpcQrError(
      'purpose',
      `Expected a four-character ISO 20022 purpose code, got ${JSON.stringify(input.purpose)}`,
    );
  }
  const reference = compact(input.reference ?? '');
  const text = checkedLength('text', transliterate(input.text ?? ''), 140);
  if (reference && text) {
    throw new EpcQrError(
      'reference',
      'An EPC QR code carries either a structured reference or a text, never both',
    );
  }
  if (reference && !isValidRf(reference)) {
    throw new EpcQrError(
      'reference',
      `Expected an ISO 11649 RF creditor reference, got ${JSON.stringify(input.reference)}`,
    );
  }

  const lines = [
    'BCD',
    '002',
    '1',
    'SCT',
    bic,
    name,
    compact(input.iban),
    amountLine(input.amount),
    purpose,
    reference,
    text,
  ];
  while (lines.at(-1) === '') lines.pop();
  const payload = lines.join('\n');
  const bytes = new TextEncoder().encode(payload).length;
  if (bytes > MAX_PAYLOAD_BYTES) {
    throw new EpcQrError(
      'payload',
      `An EPC QR payload may have at most ${MAX_PAYLOAD_BYTES} bytes, got ${bytes}`,
    );
  }
  return payload;
}
