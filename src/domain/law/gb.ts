/** United Kingdom: Late Payment of Commercial Debts (Interest) Act 1998, Pre-Action Protocol. LAW.md, "United Kingdom". */
import type { CountryLaw, KindLaw } from './types';

const TABLE_START = '2025-01-01';

/** No statutory interest or fees on consumer debts before judgment; the letter of claim gives 30 days. */
const CONSUMER: KindLaw = {
  defaultStarts: 'after-due-date',
  interest: null,
  reminderFee: null,
  compensation: null,
  collectionCosts: null,
  finalNotice: {
    required: true,
    minDays: 30,
    basis: 'gb.pre-action-protocol',
    name: 'letter of claim',
    source: 'Pre-Action Protocol for Debt Claims: 30 days to reply',
  },
  collectionDemandFee: null,
  planFee: null,
};

const BUSINESS: KindLaw = {
  ...CONSUMER,
  interest: {
    basis: 'gb.late-payment-act',
    rates: [
      {
        validFrom: '2026-01-01',
        confirmedUntil: '2026-06-30',
        annualPercent: 11.75,
        source: 'Late Payment Act: 8 % over Bank of England base; LAW.md: 11.75 % for H1 2026',
        check: true,
      },
    ],
    formula: 'Bank of England base rate + 8 points, the base rate of 31 December or 30 June',
  },
  compensation: {
    basis: 'gb.late-payment-act.fixed-sum',
    rows: [
      {
        validFrom: TABLE_START,
        bands: [{ below: 100_000, amount: 4_000 }, { below: 1_000_000, amount: 7_000 }, { amount: 10_000 }],
        source: 'Late Payment Act s. 5A: £40 (< £1,000), £70 (< £10,000), £100',
      },
    ],
  },
  finalNotice: { required: false, minDays: 0, source: 'the Pre-Action Protocol applies to individuals only' },
};

export const UNITED_KINGDOM: CountryLaw = {
  country: 'GB',
  currency: 'GBP',
  consumer: CONSUMER,
  business: BUSINESS,
};
