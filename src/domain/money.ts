/**
 * Money as integers in minor units, as everywhere in Amicable. Amounts never pass through
 * floating point arithmetic: splitting uses integer (BigInt) largest-remainder, interest uses
 * exact decimal rates, and formatting hands Intl a decimal string.
 */

/** An amount of money: `amount` in integer minor units (øre, cent, pence) of the ISO 4217 `currency`. */
export interface Money {
  readonly amount: number;
  readonly currency: string;
}

/** Thrown when two amounts in different currencies meet in one calculation. */
export class CurrencyMismatchError extends Error {
  override name = 'CurrencyMismatchError';
  constructor(
    readonly expected: string,
    readonly actual: string,
  ) {
    super(`Cannot combine ${actual} with ${expected}: amounts must share one currency`);
  }
}

const CURRENCY_CODE = /^[A-Z]{3}$/;
const minorDigitsCache = new Map<string, number>();

/**
 * How many minor-unit digits a currency has (JPY 0, NOK 2, KWD 3), as Intl knows it.
 * @throws RangeError for a code that is not an ISO 4217 currency Intl recognises.
 */
export function minorUnitDigits(currency: string): number {
  const cached = minorDigitsCache.get(currency);
  if (cached !== undefined) return cached;
  if (!CURRENCY_CODE.test(currency)) {
    throw new RangeError(`Expected an ISO 4217 currency code such as EUR, got ${JSON.stringify(currency)}`);
  }
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
    .maximumFractionDigits;
  minorDigitsCache.set(currency, digits ?? 2);
  return digits ?? 2;
}

/**
 * Build a checked `Money`.
 * @throws TypeError when `amount` is not a safe integer, RangeError for a malformed currency code.
 */
export function money(amount: number, currency: string): Money {
  if (!Number.isSafeInteger(amount)) {
    throw new TypeError(`Money amounts are integers in minor units, got ${amount}`);
  }
  if (!CURRENCY_CODE.test(currency)) {
    throw new RangeError(`Expected an ISO 4217 currency code such as EUR, got ${JSON.stringify(currency)}`);
  }
  // -0 would print as "-0,00"
  return { amount: amount === 0 ? 0 : amount, currency };
}

/** Zero in `currency`. */
export function zero(currency: string): Money {
  return money(0, currency);
}

function sameCurrency(a: Money, b: Money): void {
  if (a.currency !== b.currency) throw new CurrencyMismatchError(a.currency, b.currency);
}

/** `a + b`. @throws CurrencyMismatchError */
export function addMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount + b.amount, a.currency);
}

/** `a − b`. @throws CurrencyMismatchError */
export function subtractMoney(a: Money, b: Money): Money {
  sameCurrency(a, b);
  return money(a.amount - b.amount, a.currency);
}

/** The sum of `items`; `currency` names the result's currency, which an empty list cannot. @throws CurrencyMismatchError */
export function sumMoney(items: readonly Money[], currency: string): Money {
  let total = zero(currency);
  for (const item of items) total = addMoney(total, item);
  return total;
}

/** −1, 0 or 1 as `a` is less than, equal to or greater than `b`. @throws CurrencyMismatchError */
export function compareMoney(a: Money, b: Money): -1 | 0 | 1 {
  sameCurrency(a, b);
  return a.amount < b.amount ? -1 : a.amount > b.amount ? 1 : 0;
}

/** The smaller of two amounts. @throws CurrencyMismatchError */
export function minMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) <= 0 ? a : b;
}

/** The larger of two amounts. @throws CurrencyMismatchError */
export function maxMoney(a: Money, b: Money): Money {
  return compareMoney(a, b) >= 0 ? a : b;
}

/** Options `formatMoney` passes on to `Intl.NumberFormat` (style and currency are fixed). */
export type FormatMoneyOptions = Pick<
  Intl.NumberFormatOptions,
  'currencyDisplay' | 'signDisplay' | 'useGrouping' | 'minimumFractionDigits' | 'maximumFractionDigits'
>;

const formatterCache = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, currency: string, options: FormatMoneyOptions): Intl.NumberFormat {
  const optionKey = Object.entries(options)
    .filter(([, value]) => value !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([key, value]) => `${key}=${String(value)}`)
    .join('&');
  const key = `${locale}|${currency}|${optionKey}`;
  let formatter = formatterCache.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { ...options, style: 'currency', currency });
    formatterCache.set(key, formatter);
  }
  return formatter;
}

/** The exact decimal string of an amount in minor units: 123456 with 2 digits → "1234.56". */
function toDecimalString(amount: number, digits: number): string {
  const negative = amount < 0;
  const units = Math.abs(amount)
    .toString()
    .padStart(digits + 1, '0');
  const whole = digits === 0 ? units : units.slice(0, -digits);
  const fraction = digits === 0 ? '' : `.${units.slice(-digits)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

/**
 * Format for display, e.g. `formatMoney(money(123450, 'NOK'), 'nb-NO')` → `1 234,50 kr`.
 * Formatters are cached per locale, currency and options.
 */
export function formatMoney(value: Money, locale: string, options: FormatMoneyOptions = {}): string {
  const decimal = toDecimalString(value.amount, minorUnitDigits(value.currency));
  return formatterFor(locale, value.currency, options).format(decimal as `${number}`);
}

/** A non-negative finite number as an exact fraction `numerator / 2^exponent` (every double is one). */
function dyadic(weight: number): { numerator: bigint; exponent: number } {
  let scaled = weight;
  let exponent = 0;
  while (!Number.isInteger(scaled)) {
    scaled *= 2; // exact: only the binary exponent changes
    exponent += 1;
  }
  return { numerator: BigInt(scaled), exponent };
}

/**
 * Split `total` into parts that add up to exactly `total`: `parts` is a count of equal parts or a
 * list of non-negative weights. Largest remainder method in exact integer arithmetic: every part
 * gets the floor of its share, and the units left over go one each to the parts with the largest
 * remainders, ties to the earlier part (so with equal weights the first parts get the extra unit).
 * A negative total splits like its absolute value, negated.
 * @throws RangeError for no parts, a negative or non-finite weight, or weights that are all zero.
 */
export function allocate(total: Money, parts: number | readonly number[]): Money[] {
  const weights = typeof parts === 'number' ? equalWeights(parts) : parts;
  if (weights.length === 0) throw new RangeError('Allocate needs at least one part');
  for (const weight of weights) {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new RangeError(`Allocation weights must be finite and non-negative, got ${weight}`);
    }
  }
  const fractions = weights.map(dyadic);
  const maxExponent = Math.max(...fractions.map((f) => f.exponent));
  const integerWeights = fractions.map((f) => f.numerator << BigInt(maxExponent - f.exponent));
  const weightSum = integerWeights.reduce((a, b) => a + b, 0n);
  if (weightSum === 0n) throw new RangeError('Allocation weights must not all be zero');

  const sign = total.amount < 0 ? -1n : 1n;
  const absolute = BigInt(total.amount) * sign;
  const shares = integerWeights.map((weight) => ({
    floor: (absolute * weight) / weightSum,
    remainder: (absolute * weight) % weightSum,
  }));
  let leftover = absolute - shares.reduce((sum, share) => sum + share.floor, 0n);
  const byRemainder = shares
    .map((share, index) => ({ index, remainder: share.remainder }))
    .sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  const result = shares.map((share) => share.floor);
  for (const { index } of byRemainder) {
    if (leftover === 0n) break;
    result[index] = (result[index] ?? 0n) + 1n;
    leftover -= 1n;
  }
  return result.map((amount) => money(Number(amount * sign), total.currency));
}

function equalWeights(count: number): number[] {
  if (!Number.isInteger(count) || count < 1) {
    throw new RangeError(`Allocate into a whole number of parts (1 or more), got ${count}`);
  }
  return Array.from({ length: count }, () => 1);
}

/** A finite number as an exact decimal fraction, from its shortest round-trip string ("10.15" → 1015/100). */
function decimalFraction(value: number): { numerator: bigint; denominator: bigint } {
  const match = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]\d+))?$/.exec(String(value));
  if (!match) throw new RangeError(`Expected a finite number, got ${value}`);
  const [, sign = '', whole = '0', fraction = '', exponentText = '0'] = match;
  const exponent = Number(exponentText) - fraction.length;
  let numerator = BigInt(`${sign}${whole}${fraction}`);
  let denominator = 1n;
  if (exponent >= 0) numerator *= 10n ** BigInt(exponent);
  else denominator = 10n ** BigInt(-exponent);
  return { numerator, denominator };
}

/** `numerator / denominator` rounded half away from zero (half up on the magnitude). */
function divideRoundingHalfUp(numerator: bigint, denominator: bigint): bigint {
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const rounded = (2n * n + d) / (2n * d);
  return negative ? -rounded : rounded;
}

/** Days in the year for simple interest: actual/365, the convention of the Nordic and Dutch statutory rates. */
export const DAYS_PER_YEAR = 365;

/**
 * `ratePercent` % of `value`; with `days`, simple interest for that many days at an annual
 * rate (actual/365): `value × rate/100 × days/365`. The rate is read as the decimal it prints
 * as (10.15 is exactly 10.15, not the nearest double), the product is computed exactly, and the
 * result is rounded once to the minor unit, half up (away from zero), so 0.5 øre becomes 1 øre.
 */
export function percentOf(value: Money, ratePercent: number, days?: number): Money {
  if (!Number.isFinite(ratePercent)) throw new RangeError(`Expected a finite rate, got ${ratePercent}`);
  if (days !== undefined && (!Number.isInteger(days) || days < 0)) {
    throw new RangeError(`Interest days must be a whole number of days (0 or more), got ${days}`);
  }
  const rate = decimalFraction(ratePercent);
  let numerator = BigInt(value.amount) * rate.numerator;
  let denominator = rate.denominator * 100n;
  if (days !== undefined) {
    numerator *= BigInt(days);
    denominator *= BigInt(DAYS_PER_YEAR);
  }
  return money(Number(divideRoundingHalfUp(numerator, denominator)), value.currency);
}

const decimalMarks = new Map<string, string>();

/** The decimal mark `locale` writes (`,` for nb-NO and nl-NL, `.` for en): one of the two. */
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
 * Reads an amount as a customer types it (`1 500`, `1500,50`, `kr 1.500`), in minor units of
 * `currency`, or `undefined` when it is not one.
 *
 * Forgiving where that is safe: spaces and apostrophes (grouping in many locales) are ignored, a
 * currency sign or code around the number is dropped, and when the locale's decimal mark is absent
 * the other mark, written once and followed by no more digits than the currency has, is read as the
 * decimal mark (`150.50` typed on a Norwegian page is 150,50 kr; `1.500` is fifteen hundred).
 * Strict where a guess could be wrong: more decimals than the currency has, a negative sign,
 * grouping that is not in threes, or anything but digits and marks is refused rather than rounded.
 */
export function parseAmountInput(text: string, locale: string, currency: string): number | undefined {
  // A negative amount is never meant here; refuse it rather than drop the sign.
  if (/[-−]/.test(text)) return undefined;
  const digits = minorUnitDigits(currency);
  const decimal = decimalMarkOf(locale);
  const other = decimal === ',' ? '.' : ',';
  const value = text
    .normalize('NFKC')
    .trim()
    .replace(/^[^\d.,]+|[^\d.,]+$/g, '')
    .replace(/[\s'’]/g, '');
  if (!/^\d[\d.,]*$/.test(value)) return undefined;

  let whole = value;
  let fraction = '';
  const decimalAt = value.lastIndexOf(decimal);
  const otherAt = value.lastIndexOf(other);
  if (decimalAt >= 0) {
    whole = value.slice(0, decimalAt);
    fraction = value.slice(decimalAt + 1);
    if (fraction === '') return undefined;
  } else if (
    otherAt >= 0 &&
    value.indexOf(other) === otherAt &&
    otherAt < value.length - 1 &&
    value.length - otherAt - 1 <= digits
  ) {
    whole = value.slice(0, otherAt);
    fraction = value.slice(otherAt + 1);
  }
  // Whatever marks are left group thousands: every group after the first has three digits.
  const groups = whole.split(/[.,]/);
  if (groups.slice(1).some((group) => group.length !== 3)) return undefined;
  whole = groups.join('');
  if (!/^\d+$/.test(whole) || !/^\d*$/.test(fraction) || fraction.length > digits) return undefined;
  const minor = Number(whole) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  return Number.isSafeInteger(minor) ? minor : undefined;
}
