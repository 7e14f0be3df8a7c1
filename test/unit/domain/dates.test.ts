import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  compareDates,
  daysBetween,
  isValidDate,
  maxDate,
  minDate,
  toCalendarDate,
} from '../../../src/domain/dates';

/** Any date from 1900 to 2199 as YYYY-MM-DD. */
const anyDate = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10));

describe('isValidDate', () => {
  it('accepts real dates only', () => {
    expect(isValidDate('2026-10-04')).toBe(true);
    expect(isValidDate('2024-02-29')).toBe(true);
    expect(isValidDate('2026-02-29')).toBe(false);
    expect(isValidDate('2026-04-31')).toBe(false);
    expect(isValidDate('2026-13-01')).toBe(false);
    expect(isValidDate('2026-00-10')).toBe(false);
    expect(isValidDate('2026-1-01')).toBe(false);
    expect(isValidDate('2026-10-04T00:00:00Z')).toBe(false);
    expect(isValidDate('')).toBe(false);
  });
});

describe('toCalendarDate', () => {
  it('reads dates, timestamps (their written date) and Date objects (UTC)', () => {
    expect(toCalendarDate('2026-10-20')).toBe('2026-10-20');
    expect(toCalendarDate('2026-10-20T23:30:00-05:00')).toBe('2026-10-20');
    expect(toCalendarDate('2026-10-20T09:30:00Z')).toBe('2026-10-20');
    expect(toCalendarDate(new Date('2026-10-20T23:59:59Z'))).toBe('2026-10-20');
  });

  it('refuses what is not a date', () => {
    expect(() => toCalendarDate('2026-02-30')).toThrow(RangeError);
    expect(() => toCalendarDate('2026-10-20x')).toThrow(RangeError);
    expect(() => toCalendarDate('20.10.2026')).toThrow(RangeError);
    expect(() => toCalendarDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});

describe('addDays', () => {
  it('crosses months, years and leap days', () => {
    expect(addDays('2026-10-04', 14)).toBe('2026-10-18');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-03-28', 2)).toBe('2026-03-30'); // across the European clock change
  });

  it('refuses fractional days and invalid dates', () => {
    expect(() => addDays('2026-10-04', 0.5)).toThrow(RangeError);
    expect(() => addDays('2026-02-30', 1)).toThrow(RangeError);
  });

  it('is undone by daysBetween', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20_000, max: 20_000 }), (date, days) => {
        const moved = addDays(date, days);
        expect(isValidDate(moved)).toBe(true);
        expect(daysBetween(date, moved)).toBe(days);
        expect(addDays(moved, -days)).toBe(date);
      }),
    );
  });
});

describe('addMonths', () => {
  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-08-31', 1)).toBe('2026-09-30');
    expect(addMonths('2026-12-01', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-15', -13)).toBe('2024-12-15');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
  });

  it('keeps the day when the month has it, and always gives a valid date', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -240, max: 240 }), (date, months) => {
        const moved = addMonths(date, months);
        expect(isValidDate(moved)).toBe(true);
        const day = Number(date.slice(8));
        const movedDay = Number(moved.slice(8));
        if (day <= 28) expect(movedDay).toBe(day);
        else expect(movedDay).toBeLessThanOrEqual(day);
      }),
    );
  });
});

describe('daysBetween and compareDates', () => {
  it('counts whole days, negative backwards', () => {
    expect(daysBetween('2026-10-04', '2026-10-20')).toBe(16);
    expect(daysBetween('2026-10-20', '2026-10-04')).toBe(-16);
    expect(daysBetween('2025-12-31', '2026-12-31')).toBe(365);
    expect(daysBetween('2023-12-31', '2024-12-31')).toBe(366);
  });

  it('orders dates', () => {
    expect(compareDates('2026-01-01', '2026-01-02')).toBe(-1);
    expect(compareDates('2026-01-02', '2026-01-02')).toBe(0);
    expect(compareDates('2027-01-01', '2026-12-31')).toBe(1);
    expect(maxDate('2026-01-01', '2025-12-31')).toBe('2026-01-01');
    expect(minDate('2026-01-01', '2025-12-31')).toBe('2025-12-31');
  });

  it('agrees with string order for valid dates', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(compareDates(a, b)).toBe(a < b ? -1 : a > b ? 1 : 0);
      }),
    );
  });
});
