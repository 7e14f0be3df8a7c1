import { describe, expect, it } from 'vitest';
import { currencyMismatches, Money, NonNegativeMoney, PositiveMoney } from '../../../src/contract/money';
import { issuePaths, issuesOf, unknownFieldPaths } from './helpers';

describe('Money', () => {
  it('accepts integer minor units in an ISO 4217 code, negative for credits', () => {
    expect(Money.safeParse({ amount: 144100, currency: 'NOK' }).success).toBe(true);
    expect(Money.safeParse({ amount: -4900, currency: 'EUR' }).success).toBe(true);
    expect(Money.safeParse({ amount: 0, currency: 'GBP' }).success).toBe(true);
  });

  it('refuses fractional amounts, naming the amount', () => {
    expect(issuePaths(issuesOf(Money, { amount: 1441.5, currency: 'NOK' }))).toEqual(['amount']);
    expect(issuesOf(Money, { amount: 0.1, currency: 'NOK' })[0]?.message).toMatch(/minor units/);
  });

  it('refuses amounts beyond the safe integer range, strings and non-numbers', () => {
    for (const amount of [2 ** 53, -(2 ** 53), '100', Number.NaN, Number.POSITIVE_INFINITY, null]) {
      expect(Money.safeParse({ amount, currency: 'NOK' }).success, String(amount)).toBe(false);
    }
  });

  it('refuses lowercase, short and long currency codes, naming the currency', () => {
    for (const currency of ['nok', 'Nok', 'NO', 'NOKK', '', 'N0K']) {
      expect(issuePaths(issuesOf(Money, { amount: 100, currency })), currency).toEqual(['currency']);
    }
  });

  it('refuses missing fields and extra fields', () => {
    expect(issuePaths(issuesOf(Money, { amount: 100 }))).toEqual(['currency']);
    expect(unknownFieldPaths(issuesOf(Money, { amount: 100, currency: 'NOK', display: 'kr 1,00' }))).toEqual([
      'display',
    ]);
  });

  it('PositiveMoney refuses zero and below; NonNegativeMoney refuses below zero', () => {
    expect(PositiveMoney.safeParse({ amount: 1, currency: 'NOK' }).success).toBe(true);
    expect(PositiveMoney.safeParse({ amount: 0, currency: 'NOK' }).success).toBe(false);
    expect(NonNegativeMoney.safeParse({ amount: 0, currency: 'NOK' }).success).toBe(true);
    expect(NonNegativeMoney.safeParse({ amount: -1, currency: 'NOK' }).success).toBe(false);
  });
});

describe('currencyMismatches', () => {
  it('returns the currency path of each amount in another currency, skipping absent ones', () => {
    const paths = currencyMismatches('NOK', [
      { path: ['lines', 0, 'amount'], money: { amount: 1, currency: 'NOK' } },
      { path: ['lines', 1, 'amount'], money: { amount: 1, currency: 'SEK' } },
      { path: ['fee'], money: undefined },
      { path: ['payments', 0, 'amount'], money: { amount: 1, currency: 'EUR' } },
    ]);
    expect(paths).toEqual([
      ['lines', 1, 'amount', 'currency'],
      ['payments', 0, 'amount', 'currency'],
    ]);
  });
});
