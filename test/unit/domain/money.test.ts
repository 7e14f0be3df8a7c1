import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addMoney,
  allocate,
  CurrencyMismatchError,
  compareMoney,
  formatMoney,
  maxMoney,
  minMoney,
  minorUnitDigits,
  money,
  parseAmountInput,
  percentOf,
  subtractMoney,
  sumMoney,
  zero,
} from '../../../src/domain/money';

/** Intl separates with no-break and narrow no-break spaces; compare with plain ones. */
const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('minorUnitDigits', () => {
  it('knows currencies without, with two and with three minor digits', () => {
    expect(minorUnitDigits('JPY')).toBe(0);
    expect(minorUnitDigits('NOK')).toBe(2);
    expect(minorUnitDigits('EUR')).toBe(2);
    expect(minorUnitDigits('KWD')).toBe(3);
  });

  it('refuses what is not a currency code', () => {
    expect(() => minorUnitDigits('eur')).toThrow(RangeError);
    expect(() => minorUnitDigits('EURO')).toThrow(RangeError);
  });
});

describe('money', () => {
  it('accepts safe integers and normalises -0', () => {
    expect(money(12345, 'NOK')).toEqual({ amount: 12345, currency: 'NOK' });
    expect(Object.is(money(-0, 'NOK').amount, 0)).toBe(true);
  });

  it('refuses fractions, unsafe integers and malformed currencies', () => {
    expect(() => money(12.5, 'NOK')).toThrow(TypeError);
    expect(() => money(Number.MAX_SAFE_INTEGER + 1, 'NOK')).toThrow(TypeError);
    expect(() => money(Number.NaN, 'NOK')).toThrow(TypeError);
    expect(() => money(1, 'nok')).toThrow(RangeError);
  });
});

describe('arithmetic', () => {
  const nok = (amount: number) => money(amount, 'NOK');

  it('adds, subtracts, sums and compares in one currency', () => {
    expect(addMoney(nok(150), nok(250))).toEqual(nok(400));
    expect(subtractMoney(nok(150), nok(250))).toEqual(nok(-100));
    expect(sumMoney([nok(1), nok(2), nok(3)], 'NOK')).toEqual(nok(6));
    expect(sumMoney([], 'NOK')).toEqual(zero('NOK'));
    expect(compareMoney(nok(1), nok(2))).toBe(-1);
    expect(compareMoney(nok(2), nok(2))).toBe(0);
    expect(compareMoney(nok(3), nok(2))).toBe(1);
    expect(minMoney(nok(3), nok(2))).toEqual(nok(2));
    expect(maxMoney(nok(3), nok(2))).toEqual(nok(3));
  });

  it('refuses to mix currencies', () => {
    const eur = money(100, 'EUR');
    expect(() => addMoney(nok(100), eur)).toThrow(CurrencyMismatchError);
    expect(() => subtractMoney(nok(100), eur)).toThrow(CurrencyMismatchError);
    expect(() => compareMoney(nok(100), eur)).toThrow(CurrencyMismatchError);
    expect(() => sumMoney([nok(1), eur], 'NOK')).toThrow(/EUR/);
  });
});

describe('allocate', () => {
  const total = fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 });

  it('splits with the remainder to the first parts', () => {
    expect(allocate(money(100, 'EUR'), 3).map((m) => m.amount)).toEqual([34, 33, 33]);
    expect(allocate(money(152_734, 'NOK'), 3).map((m) => m.amount)).toEqual([50_912, 50_911, 50_911]);
    expect(allocate(money(-100, 'EUR'), 3).map((m) => m.amount)).toEqual([-34, -33, -33]);
    expect(allocate(money(1000, 'EUR'), [0.5, 0.25, 0.25]).map((m) => m.amount)).toEqual([500, 250, 250]);
    expect(allocate(money(100, 'EUR'), [0, 1]).map((m) => m.amount)).toEqual([0, 100]);
    expect(allocate(money(5, 'EUR'), [1, 3]).map((m) => m.amount)).toEqual([1, 4]);
  });

  it('refuses impossible splits', () => {
    expect(() => allocate(money(100, 'EUR'), 0)).toThrow(RangeError);
    expect(() => allocate(money(100, 'EUR'), 1.5)).toThrow(RangeError);
    expect(() => allocate(money(100, 'EUR'), [])).toThrow(RangeError);
    expect(() => allocate(money(100, 'EUR'), [0, 0])).toThrow(RangeError);
    expect(() => allocate(money(100, 'EUR'), [1, -1])).toThrow(RangeError);
    expect(() => allocate(money(100, 'EUR'), [1, Number.POSITIVE_INFINITY])).toThrow(RangeError);
  });

  it('always adds up exactly, with equal parts at most one unit apart, largest first', () => {
    fc.assert(
      fc.property(total, fc.integer({ min: 1, max: 60 }), (amount, count) => {
        const parts = allocate(money(amount, 'EUR'), count).map((m) => m.amount);
        expect(parts).toHaveLength(count);
        expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        expect(Math.max(...parts) - Math.min(...parts)).toBeLessThanOrEqual(1);
        const magnitudes = parts.map(Math.abs);
        for (let i = 1; i < magnitudes.length; i++) {
          expect(magnitudes[i]).toBeLessThanOrEqual(magnitudes[i - 1] as number);
        }
      }),
    );
  });

  it('never gives a negative part of a non-negative total', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000_000 }),
        fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 20 }),
        (amount, weights) => {
          fc.pre(weights.some((w) => w > 0));
          const parts = allocate(money(amount, 'NOK'), weights).map((m) => m.amount);
          expect(parts.every((part) => part >= 0)).toBe(true);
          expect(parts.reduce((a, b) => a + b, 0)).toBe(amount);
        },
      ),
    );
  });

  it('keeps every weighted part within one unit of its exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 }),
        (amount, weights) => {
          const weightSum = weights.reduce((a, b) => a + b, 0);
          fc.pre(weightSum > 0);
          const parts = allocate(money(amount, 'EUR'), weights).map((m) => m.amount);
          parts.forEach((part, index) => {
            // |part − amount·w/W| < 1  ⇔  |part·W − amount·w| < W, in exact integers
            const error = Math.abs(part * weightSum - amount * (weights[index] as number));
            expect(error).toBeLessThan(weightSum);
          });
        },
      ),
    );
  });
});

describe('percentOf', () => {
  it('takes a percentage, reading the rate as the decimal it prints as', () => {
    expect(percentOf(money(250_000, 'EUR'), 15)).toEqual(money(37_500, 'EUR'));
    expect(percentOf(money(100_000, 'EUR'), 10.15)).toEqual(money(10_150, 'EUR'));
    expect(percentOf(money(100, 'EUR'), 0.5)).toEqual(money(1, 'EUR')); // 0.5 cent → 1
  });

  it('rounds half up on the minor unit (away from zero for negative amounts)', () => {
    expect(percentOf(money(4, 'NOK'), 12.5)).toEqual(money(1, 'NOK')); // 0.5
    expect(percentOf(money(3, 'NOK'), 12.5)).toEqual(money(0, 'NOK')); // 0.375
    expect(percentOf(money(-4, 'NOK'), 12.5)).toEqual(money(-1, 'NOK'));
    expect(percentOf(money(1000, 'EUR'), 10.15)).toEqual(money(102, 'EUR')); // exactly 101.5
  });

  it('computes simple interest actual/365', () => {
    expect(percentOf(money(10_000_000, 'NOK'), 12, 365)).toEqual(money(1_200_000, 'NOK'));
    expect(percentOf(money(10_000_000, 'NOK'), 12.5, 16)).toEqual(money(54_795, 'NOK')); // 54 794.52
    expect(percentOf(money(149_000, 'NOK'), 12, 37)).toEqual(money(1_812, 'NOK')); // 1 812.49
    expect(percentOf(money(149_000, 'NOK'), 12, 0)).toEqual(money(0, 'NOK'));
  });

  it('refuses fractional or negative days and non-finite rates', () => {
    expect(() => percentOf(money(100, 'EUR'), 10, 1.5)).toThrow(RangeError);
    expect(() => percentOf(money(100, 'EUR'), 10, -1)).toThrow(RangeError);
    expect(() => percentOf(money(100, 'EUR'), Number.NaN)).toThrow(RangeError);
  });

  it('is within half a minor unit of the exact result, and a full year equals the plain percentage', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 100_000_000_000 }),
        fc.integer({ min: 0, max: 3000 }),
        fc.integer({ min: 0, max: 3650 }),
        (amount, ratePercent, days) => {
          const result = percentOf(money(amount, 'EUR'), ratePercent, days).amount;
          const error = BigInt(result) * 36_500n - BigInt(amount) * BigInt(ratePercent) * BigInt(days);
          const absolute = error < 0n ? -error : error;
          expect(absolute * 2n <= 36_500n).toBe(true);
          expect(percentOf(money(amount, 'EUR'), ratePercent, 365)).toEqual(
            percentOf(money(amount, 'EUR'), ratePercent),
          );
        },
      ),
    );
  });
});

describe('formatMoney', () => {
  it('formats in nb-NO, nl-NL, de-DE and en-GB', () => {
    expect(plain(formatMoney(money(123_450, 'NOK'), 'nb-NO'))).toBe('1 234,50 kr');
    expect(plain(formatMoney(money(123_450, 'EUR'), 'nl-NL'))).toBe('€ 1.234,50');
    expect(plain(formatMoney(money(123_450, 'EUR'), 'de-DE'))).toBe('1.234,50 €');
    expect(plain(formatMoney(money(123_450, 'GBP'), 'en-GB'))).toBe('£1,234.50');
  });

  it('respects the minor digits of the currency and negative amounts', () => {
    expect(formatMoney(money(1234, 'JPY'), 'en-GB')).toBe('JP¥1,234');
    expect(formatMoney(money(-5, 'EUR'), 'en-GB')).toBe('-€0.05');
    expect(plain(formatMoney(money(1_234_567, 'KWD'), 'en-GB'))).toBe('KWD 1,234.567');
  });

  it('formats amounts too large for a double to hold in cents exactly', () => {
    expect(formatMoney(money(900_719_925_474_099, 'EUR'), 'en-GB')).toBe('€9,007,199,254,740.99');
  });

  it('passes options on, and keeps formatters with different options apart', () => {
    expect(plain(formatMoney(money(123_450, 'NOK'), 'en-GB', { currencyDisplay: 'code' }))).toBe(
      'NOK 1,234.50',
    );
    expect(plain(formatMoney(money(123_450, 'NOK'), 'en-GB', { useGrouping: false }))).toBe('NOK 1234.50');
    expect(formatMoney(money(123_400, 'GBP'), 'en-GB', { minimumFractionDigits: 0 })).toBe('£1,234');
    expect(formatMoney(money(123_450, 'GBP'), 'en-GB')).toBe('£1,234.50');
  });

  it('round-trips every amount in en-GB', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_000_000_000_000, max: 1_000_000_000_000 }), (amount) => {
        const text = formatMoney(money(amount, 'GBP'), 'en-GB');
        const parsed = Math.round(Number(text.replace(/[£,]/g, '')) * 100);
        expect(parsed).toBe(amount);
      }),
    );
  });
});

describe('parseAmountInput', () => {
  const cases: [text: string, locale: string, currency: string, minor: number | undefined][] = [
    ['150', 'en', 'NOK', 15_000],
    ['150.50', 'en', 'NOK', 15_050],
    ['1,234.5', 'en', 'NOK', 123_450],
    ['150,50', 'en', 'NOK', 15_050],
    ['1 234,50', 'nb-NO', 'NOK', 123_450],
    ['1\u00a0234,50 kr', 'nb-NO', 'NOK', 123_450],
    ['150.50', 'nb-NO', 'NOK', 15_050],
    ['kr 1.500', 'nb-NO', 'NOK', 150_000],
    ['1.234,56', 'de-DE', 'EUR', 123_456],
    ["1'234.50", 'de-CH', 'CHF', 123_450],
    ['€ 12,5', 'nl-NL', 'EUR', 1_250],
    ['12.345', 'nl-NL', 'EUR', 1_234_500],
    ['1,500', 'ja-JP', 'JPY', 1_500],
    ['1.5', 'en', 'JPY', undefined],
    ['1.234', 'en', 'NOK', undefined],
    ['1.005', 'en', 'NOK', undefined],
    ['12.3.4', 'en', 'NOK', undefined],
    ['12.345.6', 'de-DE', 'EUR', undefined],
    ['1..5', 'nl-NL', 'EUR', undefined],
    ['-5', 'en', 'NOK', undefined],
    ['5−', 'en', 'NOK', undefined],
    ['abc', 'en', 'NOK', undefined],
    ['', 'en', 'NOK', undefined],
    ['1e5', 'en', 'NOK', undefined],
    ['10.', 'en', 'NOK', undefined],
  ];
  for (const [text, locale, currency, minor] of cases) {
    it(`reads ${JSON.stringify(text)} in ${locale} ${currency} as ${minor}`, () => {
      expect(parseAmountInput(text, locale, currency)).toBe(minor);
    });
  }

  it('reads back any amount formatted without a currency sign, in minor units', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000_00 }),
        fc.constantFrom('en', 'nb-NO', 'de-DE', 'nl-NL'),
        (amount, locale) => {
          const text = new Intl.NumberFormat(locale, { minimumFractionDigits: 2 }).format(amount / 100);
          expect(parseAmountInput(text, locale, 'EUR')).toBe(amount);
        },
      ),
    );
  });
});
