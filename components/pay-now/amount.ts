import { minorUnitDigits } from '../../src/domain/money';

const decimalSeparators = new Map<string, string>();

/** The decimal separator of `locale` (`,` for nb-NO and nl-NL, `.` for en). */
function decimalSeparatorOf(locale: string): string {
  let separator = decimalSeparators.get(locale);
  if (separator === undefined) {
    try {
      separator =
        new Intl.NumberFormat(locale).formatToParts(1.5).find((part) => part.type === 'decimal')?.value ??
        '.';
    } catch {
      separator = '.';
    }
    decimalSeparators.set(locale, separator);
  }
  return separator;
}

/**
 * An amount as a customer types it, in minor units; `undefined` when it is not an amount.
 * Lenient the way people are: `150`, `150,50`, `150.50`, `1 500,50`, `1.500,50`, `1,500.50`,
 * `kr 150` all work. A lone `.` or `,` followed by exactly three digits is a thousands
 * separator unless it is the locale's decimal separator (`1.500` is 1500 in Norway, 1.5 in the UK).
 */
export function parseAmount(text: string, currency: string, locale: string): number | undefined {
  const digits = minorUnitDigits(currency);
  // Currency symbols and codes, spaces of every kind and apostrophes (Swiss grouping) go.
  let value = text.replace(/[\s\u00a0\u202f'’]/g, '').replace(/^[^\d.,-]+|[^\d.,]+$/g, '');
  if (value === '' || !/^\d[\d.,]*$/.test(value) || /[.,]{2}/.test(value)) return undefined;
  const lastDot = value.lastIndexOf('.');
  const lastComma = value.lastIndexOf(',');
  let decimal: string | undefined;
  if (lastDot >= 0 && lastComma >= 0) decimal = lastDot > lastComma ? '.' : ',';
  else if (lastDot >= 0 || lastComma >= 0) {
    const mark = lastDot >= 0 ? '.' : ',';
    const occurrences = value.split(mark).length - 1;
    const after = value.length - value.lastIndexOf(mark) - 1;
    const grouping = occurrences > 1 || (after === 3 && mark !== decimalSeparatorOf(locale));
    decimal = grouping ? undefined : mark;
  }
  const parts = decimal === undefined ? [value] : value.split(decimal);
  if (parts.length > 2) return undefined;
  const [whole = '', fraction = ''] = parts;
  // Grouped thousands must look like it: 1.500 or 1,500,000, never 1.5.0.
  if (!/^\d+$/.test(whole) && !/^\d{1,3}([.,]\d{3})+$/.test(whole)) return undefined;
  const wholeDigits = whole.replace(/[.,]/g, '');
  if (fraction.length > digits || !/^\d*$/.test(fraction)) return undefined;
  value = `${wholeDigits}${fraction.padEnd(digits, '0')}`;
  const amount = Number(value);
  return Number.isSafeInteger(amount) ? amount : undefined;
}

/**
 * Minor units as a plain decimal for pasting into a bank's form: no currency, no grouping, the
 * locale's decimal separator (`1527,50` in Norway, `1527.50` in the UK).
 */
export function plainAmount(amount: number, currency: string, locale: string): string {
  const digits = minorUnitDigits(currency);
  const text = String(Math.abs(amount)).padStart(digits + 1, '0');
  const whole = digits === 0 ? text : text.slice(0, -digits);
  return digits === 0 ? whole : `${whole}${decimalSeparatorOf(locale)}${text.slice(-digits)}`;
}
