import { minorUnitDigits } from '../../src/domain/money';

const decimalMarks = new Map<string, string>();

function decimalMarkOf(locale: string): string {
  let mark = decimalMarks.get(locale);
  if (mark === undefined) {
    let parts: Intl.NumberFormatPart[];
    try {
      parts = new Intl.NumberFormat(locale).formatToParts(1.5);
    } catch {
      parts = new Intl.NumberFormat('en').formatToParts(1.5);
    }
    mark = parts.find((part) => part.type === 'decimal')?.value === ',' ? ',' : '.';
    decimalMarks.set(locale, mark);
  }
  return mark;
}

/**
 * Reads an amount as a customer types it, in minor units, or `undefined` when it is not one.
 *
 * Forgiving where that is safe: spaces and apostrophes (grouping in many locales) are ignored, a
 * currency sign or code around the number is dropped, and when the locale's decimal mark is absent
 * the other mark, written once and followed by no more digits than the currency has, is read as the
 * decimal mark (`150.50` typed on a Norwegian page is 150,50 kr; `1.500` is fifteen hundred).
 * Strict where a guess could be wrong: more decimals than the currency has, a negative sign, or
 * anything but digits and marks is refused rather than rounded.
 */
export function parseAmountInput(text: string, locale: string, currency: string): number | undefined {
  const digits = minorUnitDigits(currency);
  const decimal = decimalMarkOf(locale);
  const value = text
    .normalize('NFKC')
    .trim()
    .replace(/^[^\d.,-]+|[^\d.,]+$/g, '')
    .replace(/[\s'’]/g, '');
  if (!/^[\d.,]+$/.test(value)) return undefined;

  let whole: string;
  let fraction = '';
  const decimalAt = value.lastIndexOf(decimal);
  const other = decimal === ',' ? '.' : ',';
  if (decimalAt >= 0) {
    whole = value.slice(0, decimalAt);
    fraction = value.slice(decimalAt + 1);
    if (fraction === '' || /[.,]/.test(fraction)) return undefined;
  } else {
    const otherAt = value.lastIndexOf(other);
    const tail = value.slice(otherAt + 1);
    if (otherAt >= 0 && value.indexOf(other) === otherAt && tail.length >= 1 && tail.length <= digits) {
      whole = value.slice(0, otherAt);
      fraction = tail;
    } else {
      // Only grouping is left: every group after the first has three digits.
      const groups = value.split(other);
      if (groups.slice(1).some((group) => group.length !== 3) || groups[0] === '') return undefined;
      whole = groups.join('');
    }
  }
  const wholeDigits = whole.replace(/[.,]/g, '');
  if (!/^\d+$/.test(wholeDigits) || fraction.length > digits) return undefined;
  const minor = Number(wholeDigits) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : undefined;
}
