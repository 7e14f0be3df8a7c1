import { describe, expect, it } from 'vitest';
import {
  CalendarDate,
  CountryCode,
  DateOrTimestamp,
  Id,
  InvoiceIds,
  Locale,
  Stage,
  Timestamp,
  Tone,
} from '../../../src/contract/primitives';

const accepts = (schema: { safeParse(value: unknown): { success: boolean } }, value: unknown) =>
  schema.safeParse(value).success;

describe('CalendarDate', () => {
  it.each(['2026-10-04', '2024-02-29', '2000-02-29', '2026-12-31'])('accepts %s', (value) => {
    expect(accepts(CalendarDate, value)).toBe(true);
  });

  it.each([
    '2026-02-30',
    '2025-02-29',
    '1900-02-29',
    '2026-13-01',
    '2026-04-31',
    '2026-1-5',
    '20261004',
    '2026-10-04T00:00:00Z',
    '',
  ])('refuses %j', (value) => {
    expect(accepts(CalendarDate, value)).toBe(false);
  });

  it('says what shape it wants', () => {
    expect(CalendarDate.safeParse('2026-02-30').error?.issues[0]?.message).toMatch(/YYYY-MM-DD/);
  });
});

describe('Timestamp', () => {
  it.each(['2026-10-20T09:30:00Z', '2026-10-20T09:30:00.123Z', '2026-10-20T09:30:00+02:00'])(
    'accepts %s',
    (value) => {
      expect(accepts(Timestamp, value)).toBe(true);
    },
  );

  it.each([
    '2026-10-20',
    '2026-10-20 09:30:00Z',
    '2026-02-30T09:30:00Z',
    '2026-10-20T25:00:00Z',
    'yesterday',
  ])('refuses %j', (value) => {
    expect(accepts(Timestamp, value)).toBe(false);
  });

  it('DateOrTimestamp takes either', () => {
    expect(accepts(DateOrTimestamp, '2026-10-20')).toBe(true);
    expect(accepts(DateOrTimestamp, '2026-10-20T09:30:00Z')).toBe(true);
    expect(accepts(DateOrTimestamp, '20 October')).toBe(false);
  });
});

describe('Id', () => {
  it.each(['inv-2025-0042', 'cust.1001', 'a', 'ns:obj_1', 'x'.repeat(64)])('accepts %s', (value) => {
    expect(accepts(Id, value)).toBe(true);
  });

  it.each(['', 'x'.repeat(65), 'has space', 'inv/1', 'inv,2', 'æøå', 42])('refuses %j', (value) => {
    expect(accepts(Id, value)).toBe(false);
  });
});

describe('InvoiceIds', () => {
  it('takes 1 to 50 distinct ids', () => {
    expect(accepts(InvoiceIds, ['a'])).toBe(true);
    expect(
      accepts(
        InvoiceIds,
        Array.from({ length: 50 }, (_, i) => `inv-${i}`),
      ),
    ).toBe(true);
  });

  it('refuses none, more than 50, and duplicates', () => {
    expect(accepts(InvoiceIds, [])).toBe(false);
    expect(
      accepts(
        InvoiceIds,
        Array.from({ length: 51 }, (_, i) => `inv-${i}`),
      ),
    ).toBe(false);
    expect(accepts(InvoiceIds, ['a', 'b', 'a'])).toBe(false);
  });
});

describe('Locale', () => {
  it.each(['nb-NO', 'nl', 'en-GB', 'nl-NL', 'zh-Hant-TW', 'es-419', 'fil'])('accepts %s', (value) => {
    expect(accepts(Locale, value)).toBe(true);
  });

  it.each(['', 'english', 'nb_NO', 'n', 'nb-', 'en-GB-x', '12'])('refuses %j', (value) => {
    expect(accepts(Locale, value)).toBe(false);
  });
});

describe('enumerations', () => {
  it('knows the six countries and other, and refuses lower case', () => {
    for (const code of ['NO', 'NL', 'DE', 'GB', 'SE', 'DK', 'other'])
      expect(accepts(CountryCode, code)).toBe(true);
    expect(accepts(CountryCode, 'no')).toBe(false);
    expect(accepts(CountryCode, 'FR')).toBe(false);
  });

  it('knows the stages of CONTRACT.md', () => {
    expect(Stage.options).toEqual(['upcoming', 'reminder', 'firm', 'final', 'collection', 'paused']);
  });

  it('Tone is closed: style and formality only', () => {
    expect(accepts(Tone, { style: 'indirect', formality: 'formal' })).toBe(true);
    expect(accepts(Tone, { style: 'blunt', formality: 'formal' })).toBe(false);
    expect(accepts(Tone, { style: 'direct', formality: 'formal', emoji: true })).toBe(false);
  });
});
