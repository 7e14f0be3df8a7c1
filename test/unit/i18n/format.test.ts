import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  daysFrom,
  formatDate,
  formatFileSize,
  formatNumber,
  formatPercent,
  formatRelativeDate,
  formatRelativeDays,
  negotiateLocale,
  parseCalendarDate,
} from '../../../src/client/i18n/format';
import { plural } from '../../../src/client/i18n/messages';

describe('formatDate', () => {
  const originalZone = process.env.TZ;
  afterAll(() => {
    if (originalZone === undefined) delete process.env.TZ;
    else process.env.TZ = originalZone;
  });

  describe.each([
    ['Pacific/Honolulu', 600], // UTC−10: a date read as local midnight would show the day before
    ['America/Los_Angeles', 420], // UTC−7 in October
    ['Pacific/Kiritimati', -840], // UTC+14: the other edge
  ])('in %s', (zone, offsetMinutes) => {
    beforeAll(() => {
      process.env.TZ = zone;
    });

    it('the zone is really in effect (so the next test proves something)', () => {
      expect(new Date(2026, 9, 4, 12).getTimezoneOffset()).toBe(offsetMinutes);
    });

    it('keeps the calendar day in every locale and style', () => {
      expect(formatDate('2026-10-04', 'en', 'long')).toBe('October 4, 2026');
      expect(formatDate('2026-10-04', 'en-GB', 'long')).toBe('4 October 2026');
      expect(formatDate('2026-10-04', 'nb', 'long')).toBe('4. oktober 2026');
      expect(formatDate('2026-10-04', 'nl', 'long')).toBe('4 oktober 2026');
      expect(formatDate('2026-10-04', 'de', 'long')).toBe('4. Oktober 2026');
      expect(formatDate('2026-01-01', 'de', 'short')).toBe('01.01.26');
      expect(formatDate('2026-12-31', 'nb', 'dayMonth')).toBe('31. desember');
    });
  });

  it('defaults to the long style', () => {
    expect(formatDate('2026-03-01', 'nl')).toBe(formatDate('2026-03-01', 'nl', 'long'));
  });

  it('returns what it was given when it is not a calendar date, rather than throwing', () => {
    expect(formatDate('2026-02-30', 'en')).toBe('2026-02-30');
    expect(formatDate('yesterday', 'en')).toBe('yesterday');
    expect(formatDate('2026-10-04T10:00:00Z', 'en')).toBe('2026-10-04T10:00:00Z');
  });

  it('survives a malformed locale tag', () => {
    expect(formatDate('2026-10-04', 'not a locale!!', 'long')).toBe('October 4, 2026');
  });
});

describe('parseCalendarDate and daysFrom', () => {
  it('reads a real date as noon UTC', () => {
    expect(parseCalendarDate('2024-02-29')?.toISOString()).toBe('2024-02-29T12:00:00.000Z');
    expect(parseCalendarDate('2025-02-29')).toBeUndefined();
    expect(parseCalendarDate('2026-13-01')).toBeUndefined();
    expect(parseCalendarDate('26-10-04')).toBeUndefined();
  });

  it('counts whole days across a daylight-saving change', () => {
    expect(daysFrom('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysFrom('2026-10-30', '2026-10-20')).toBe(-10);
    expect(daysFrom('2026-10-30', 'soon')).toBeUndefined();
  });
});

describe('relative days', () => {
  it.each([
    ['en', 0, 'today'],
    ['en', 1, 'tomorrow'],
    ['en', 3, 'in 3 days'],
    ['en', -3, '3 days ago'],
    ['nb', 0, 'i dag'],
    ['nb', 1, 'i morgen'],
    ['nb', 3, 'om 3 dager'],
    ['nb', -5, 'for 5 dager siden'],
    ['nb-NO', 14, 'om 14 dager'],
    ['nl', 0, 'vandaag'],
    ['nl', 3, 'over 3 dagen'],
    ['de', 0, 'heute'],
    ['de', 3, 'in 3 Tagen'],
  ])('%s %d → %s', (locale, days, expected) => {
    expect(formatRelativeDays(days, locale)).toBe(expected);
  });

  it('phrases a date against a today the caller supplies', () => {
    expect(formatRelativeDate('2026-10-07', '2026-10-04', 'en')).toBe('in 3 days');
    expect(formatRelativeDate('2026-10-04', '2026-10-04', 'de')).toBe('heute');
    expect(formatRelativeDate('not a date', '2026-10-04', 'en')).toBe('not a date');
  });
});

describe('numbers', () => {
  it('formats counts, percentages and file sizes for the locale', () => {
    expect(formatNumber(2000, 'en')).toBe('2,000');
    expect(formatNumber(2000, 'nl')).toBe('2.000');
    expect(formatNumber(2000, 'nb')).toBe('2\u00a0000');
    expect(formatPercent(42, 'en')).toBe('42%');
    expect(formatPercent(42, 'de')).toBe('42\u00a0%');
    expect(formatFileSize(10 * 1024 * 1024, 'en')).toBe('10 MB');
    expect(formatFileSize(10 * 1024 * 1024, 'de')).toBe('10 MB');
  });
});

describe('plural', () => {
  const forms = { one: 'one', other: 'other' };

  it('uses the language rule', () => {
    for (const locale of ['en', 'nb', 'nl', 'de']) {
      expect(plural(locale, 1, forms)).toBe('one');
      expect(plural(locale, 2, forms)).toBe('other');
      expect(plural(locale, 0, forms)).toBe('other');
      expect(plural(locale, 21, forms)).toBe('other');
    }
  });

  it('uses the zero form for exactly 0 when one is given', () => {
    expect(plural('en', 0, { ...forms, zero: 'none' })).toBe('none');
    expect(plural('en', 1, { ...forms, zero: 'none' })).toBe('one');
  });

  it('follows languages with other rules too (French counts 0 as one)', () => {
    expect(plural('fr', 0, forms)).toBe('one');
  });

  it('does not throw on a malformed tag', () => {
    expect(plural('!!', 1, forms)).toBe('one');
  });
});

describe('negotiateLocale', () => {
  it.each([
    [['nb-NO'], 'nb'],
    [['nb'], 'nb'],
    [['no'], 'nb'],
    [['no-NO'], 'nb'],
    [['nn'], 'nb'],
    [['nn-NO'], 'nb'],
    [['nb_NO'], 'nb'],
    [['nl'], 'nl'],
    [['nl-NL'], 'nl'],
    [['nl-BE'], 'nl'],
    [['de'], 'de'],
    [['de-DE'], 'de'],
    [['de-AT'], 'de'],
    [['de-CH'], 'de'],
    [['en-GB'], 'en'],
    [['en-US'], 'en'],
    [['EN'], 'en'],
    [[' de-at '], 'de'],
  ] as const)('%j → %s', (candidates, expected) => {
    expect(negotiateLocale(candidates)).toBe(expected);
  });

  it('takes the first candidate it has copy for', () => {
    expect(negotiateLocale(['sv-SE', 'da', 'de-AT', 'nb'])).toBe('de');
    expect(negotiateLocale(['nl-BE', 'en'])).toBe('nl');
    expect(negotiateLocale(['en', 'nl'])).toBe('en');
  });

  it('skips empty, missing and foreign candidates and falls back to English', () => {
    expect(negotiateLocale([null, undefined, '', '  ', 'nb'])).toBe('nb');
    expect(negotiateLocale(['fr-FR', 'ja'])).toBe('en');
    expect(negotiateLocale([])).toBe('en');
    expect(negotiateLocale(['constructor', '__proto__', 'toString'])).toBe('en');
  });
});
