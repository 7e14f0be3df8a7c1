import type { SupportedLocale } from './messages';

/**
 * How a calendar date is written: the four `Intl` date styles, plus `dayMonth` ("4 October")
 * for sentences where the year is obvious.
 */
export type DateStyle = 'short' | 'medium' | 'long' | 'full' | 'dayMonth';

const DAY_MS = 86_400_000;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

// Intl formatters are expensive to build and cheap to reuse: one per locale and options.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();

function cached<T>(cache: Map<string, T>, key: string, create: () => T, fallback: () => T): T {
  let value = cache.get(key);
  if (value === undefined) {
    try {
      value = create();
    } catch {
      // A malformed locale tag from a host page must never throw inside an element's render.
      value = fallback();
    }
    cache.set(key, value);
  }
  return value;
}

function dateFormat(locale: string, style: DateStyle): Intl.DateTimeFormat {
  // Calendar dates are parsed as UTC noon and formatted in UTC, so no time zone can move them
  // to the day before or after.
  const options: Intl.DateTimeFormatOptions =
    style === 'dayMonth'
      ? { day: 'numeric', month: 'long', timeZone: 'UTC' }
      : { dateStyle: style, timeZone: 'UTC' };
  return cached(
    dateFormats,
    `${locale}|${style}`,
    () => new Intl.DateTimeFormat(locale, options),
    () => new Intl.DateTimeFormat('en', options),
  );
}

/**
 * The instant of a calendar date `YYYY-MM-DD` at 12:00 UTC, or `undefined` when the string is
 * not a real date (2026-02-30, 2026-13-01, anything else).
 */
export function parseCalendarDate(isoDate: string): Date | undefined {
  const match = CALENDAR_DATE.exec(isoDate);
  if (match === null) {
    return undefined;
  }
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const date = new Date(Date.UTC(year, month - 1, day, 12));
  const roundTrips =
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return roundTrips ? date : undefined;
}

/**
 * A calendar date `YYYY-MM-DD` written for `locale` ("4. oktober 2026", "4 October 2026").
 * Never shifts a day, whatever the browser's time zone. A value that is not a calendar date is
 * returned unchanged rather than thrown on, so a bad API value shows as itself.
 */
export function formatDate(isoDate: string, locale: string, style: DateStyle = 'long'): string {
  const date = parseCalendarDate(isoDate);
  return date === undefined ? isoDate : dateFormat(locale, style).format(date);
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`); negative when `to` is earlier; `undefined` for bad input. */
export function daysFrom(from: string, to: string): number | undefined {
  const start = parseCalendarDate(from);
  const end = parseCalendarDate(to);
  if (start === undefined || end === undefined) {
    return undefined;
  }
  return Math.round((end.getTime() - start.getTime()) / DAY_MS);
}

function isNorwegian(locale: string): boolean {
  return /^(nb|no|nn)(-|$)/i.test(locale);
}

/**
 * A number of days from today in words: "today", "tomorrow", "in 3 days", "3 days ago"
 * (and "i dag", "om 3 dager", "vandaag", "in 3 Tagen").
 */
export function formatRelativeDays(days: number, locale: string): string {
  const whole = Math.trunc(days);
  // CLDR writes Norwegian day spans as "døgn" (24-hour periods); customers say "dager".
  if (isNorwegian(locale) && Math.abs(whole) > 2) {
    return whole > 0
      ? `om ${formatNumber(whole, locale)} dager`
      : `for ${formatNumber(-whole, locale)} dager siden`;
  }
  const format = cached(
    relativeFormats,
    locale,
    () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }),
    () => new Intl.RelativeTimeFormat('en', { numeric: 'auto' }),
  );
  return format.format(whole, 'day');
}

/**
 * When `isoDate` is, seen from `today` (both `YYYY-MM-DD`; the caller supplies today so that
 * nothing here reads a clock). Falls back to the formatted date when either is not a date.
 */
export function formatRelativeDate(isoDate: string, today: string, locale: string): string {
  const days = daysFrom(today, isoDate);
  return days === undefined ? formatDate(isoDate, locale) : formatRelativeDays(days, locale);
}

/** A count or other plain number written for `locale` ("1 000", "1,000", "1.000"). */
export function formatNumber(value: number, locale: string): string {
  return cached(
    numberFormats,
    `${locale}|number`,
    () => new Intl.NumberFormat(locale),
    () => new Intl.NumberFormat('en'),
  ).format(value);
}

/** A percentage from 0–100 written for `locale` ("42 %", "42%"). */
export function formatPercent(percent: number, locale: string): string {
  return cached(
    numberFormats,
    `${locale}|percent`,
    () => new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }),
    () => new Intl.NumberFormat('en', { style: 'percent', maximumFractionDigits: 2 }),
  ).format(percent / 100);
}

/** A file size in megabytes written for `locale` ("10 MB"), for upload limits and errors. */
export function formatFileSize(bytes: number, locale: string): string {
  return cached(
    numberFormats,
    `${locale}|megabyte`,
    () => new Intl.NumberFormat(locale, { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
    () => new Intl.NumberFormat('en', { style: 'unit', unit: 'megabyte', maximumFractionDigits: 1 }),
  ).format(bytes / (1024 * 1024));
}

// Primary language subtags we have copy for. Nynorsk and the macrolanguage `no` read bokmål
// comfortably; every English, Dutch and German variant reads the shared catalog.
// A Map, not an object literal, so that a tag such as `constructor` finds nothing.
const CATALOG_BY_LANGUAGE: ReadonlyMap<string, SupportedLocale> = new Map([
  ['en', 'en'],
  ['nb', 'nb'],
  ['no', 'nb'],
  ['nn', 'nb'],
  ['nl', 'nl'],
  ['de', 'de'],
]);

/**
 * The catalog to use for a list of BCP 47 tags in order of preference (`nb-NO`, `no`, `nn` →
 * `nb`; `nl-BE` → `nl`; `de-AT` → `de`; `en-GB` → `en`). The first tag we have copy for wins;
 * empty, missing and malformed entries are skipped; English when nothing matches.
 */
export function negotiateLocale(candidates: readonly (string | null | undefined)[]): SupportedLocale {
  for (const candidate of candidates) {
    if (typeof candidate !== 'string') {
      continue;
    }
    const language = candidate.trim().replace(/_/g, '-').split('-')[0]?.toLowerCase() ?? '';
    const match = CATALOG_BY_LANGUAGE.get(language);
    if (match !== undefined) {
      return match;
    }
  }
  return 'en';
}
