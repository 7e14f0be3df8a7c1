import * as z from 'zod/mini';
import { CurrencyCode } from './primitives';

// Money's shape is fixed by the contract ({ amount, currency }, nothing else), so it is closed in
// both directions: a request carrying `{ amount, currency, display }` is refused, not stripped.

/** An amount in integer minor units (øre, cents) of an ISO 4217 currency; negative for credits. */
export const Money = z.strictObject({
  amount: z.int('Use an integer number of minor units (øre, cents)'),
  currency: CurrencyCode,
});
export type Money = z.infer<typeof Money>;

/** Money above zero: what someone pays or owes. */
export const PositiveMoney = z.strictObject({
  amount: z
    .int('Use an integer number of minor units (øre, cents)')
    .check(z.positive('Use an amount above zero')),
  currency: CurrencyCode,
});
export type PositiveMoney = z.infer<typeof PositiveMoney>;

/** Money of zero or more: fees, totals, outstanding balances. */
export const NonNegativeMoney = z.strictObject({
  amount: z
    .int('Use an integer number of minor units (øre, cents)')
    .check(z.gte(0, 'Use an amount of zero or more')),
  currency: CurrencyCode,
});
export type NonNegativeMoney = z.infer<typeof NonNegativeMoney>;

/** A place in a request where an amount sits, for cross-field currency checks. */
export interface MoneyAt {
  path: (string | number)[];
  money: Money | undefined;
}

/**
 * The paths of every amount whose currency differs from `currency`, so a refinement can report
 * each one where it is (`lines.1.amount.currency`) rather than once for the whole body.
 */
export function currencyMismatches(currency: string, amounts: MoneyAt[]): (string | number)[][] {
  return amounts
    .filter((entry) => entry.money !== undefined && entry.money.currency !== currency)
    .map((entry) => [...entry.path, 'currency']);
}
