/**
 * Calendar dates as `YYYY-MM-DD` strings. Arithmetic goes through UTC midnights so that no
 * time zone or daylight-saving change can shift a date; no clock is read here.
 */

/** A calendar date `YYYY-MM-DD`. */
export type CalendarDate = string;

const DAY_MS = 86_400_000;
const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: string): [year: number, month: number, day: number] | null {
  const match = SHAPE.exec(date);
  if (!match) return null;
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** Whether `date` is a real calendar date `YYYY-MM-DD` (no 2026-02-30). */
export function isValidDate(date: string): boolean {
  const p = parts(date);
  if (!p) return false;
  const [year, month, day] = p;
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Days since 1970-01-01 of a valid date. @throws RangeError for anything else */
function toDayNumber(date: string): number {
  const p = parts(date);
  if (!p || !isValidDate(date))
    throw new RangeError(`Expected a calendar date YYYY-MM-DD, got ${JSON.stringify(date)}`);
  const [year, month, day] = p;
  return Date.UTC(year, month - 1, day) / DAY_MS;
}

function fromDayNumber(dayNumber: number): CalendarDate {
  return new Date(dayNumber * DAY_MS).toISOString().slice(0, 10);
}

/**
 * The calendar date of a `Date` (its UTC date), a `YYYY-MM-DD` string, or an ISO timestamp
 * (whose written date is kept: `2026-10-20T23:30:00-05:00` is the 20th where it was written).
 * @throws RangeError when no valid date can be read
 */
export function toCalendarDate(value: string | Date): CalendarDate {
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) throw new RangeError('Expected a valid Date, got an invalid one');
    return value.toISOString().slice(0, 10);
  }
  const date = value.slice(0, 10);
  if (!isValidDate(date) || (value.length > 10 && value[10] !== 'T' && value[10] !== ' ')) {
    throw new RangeError(
      `Expected a calendar date YYYY-MM-DD or an ISO timestamp, got ${JSON.stringify(value)}`,
    );
  }
  return date;
}

/** `date` moved by `days` (negative goes back). */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isInteger(days)) throw new RangeError(`Add a whole number of days, got ${days}`);
  return fromDayNumber(toDayNumber(date) + days);
}

/** `date` moved by whole `months`, clamped to the month's last day: 2026-01-31 + 1 month → 2026-02-28. */
export function addMonths(date: CalendarDate, months: number): CalendarDate {
  if (!Number.isInteger(months)) throw new RangeError(`Add a whole number of months, got ${months}`);
  toDayNumber(date);
  const [year, month, day] = parts(date) as [number, number, number];
  const monthIndex = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(monthIndex / 12);
  const targetMonth = (monthIndex % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return fromDayNumber(Date.UTC(targetYear, targetMonth - 1, targetDay) / DAY_MS);
}

/** Whole days from `from` to `to`: positive when `to` is later (2026-10-04 → 2026-10-20 is 16). */
export function daysBetween(from: CalendarDate, to: CalendarDate): number {
  return toDayNumber(to) - toDayNumber(from);
}

/** −1, 0 or 1 as `a` is before, the same as or after `b`. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  const difference = daysBetween(b, a);
  return difference < 0 ? -1 : difference > 0 ? 1 : 0;
}

/** The later of two dates. */
export function maxDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) >= 0 ? a : b;
}

/** The earlier of two dates. */
export function minDate(a: CalendarDate, b: CalendarDate): CalendarDate {
  return compareDates(a, b) <= 0 ? a : b;
}
