/** Any other jurisdiction: the EU Late Payment Directive 2011/7/EU between businesses. LAW.md, "Sweden, Denmark, EU". */
import type { CountryLaw, KindLaw } from './types';

const TABLE_START = '2025-01-01';

const CONSUMER: KindLaw = {
  defaultStarts: 'after-due-date',
  interest: null,
  reminderFee: null,
  compensation: null,
  collectionCosts: null,
  finalNotice: { required: false, minDays: 0, source: 'no common EU rule' },
  collectionDemandFee: null,
  planFee: null,
};

const BUSINESS: KindLaw = {
  ...CONSUMER,
  interest: {
    basis: 'eu.2011-7',
    rates: [
      {
        validFrom: '2025-07-01',
        confirmedUntil: '2025-12-31',
        annualPercent: 10.15,
        // The ECB rate that LAW.md's Dutch handelsrente (10.15 % = ECB + 8) implies.
        source: 'Directive 2011/7/EU art. 2: ECB main refinancing rate 2.15 % + 8 points',
        check: true,
      },
    ],
    formula: 'ECB main refinancing rate + 8 points, set 1 January and 1 July',
  },
  compensation: {
    basis: 'eu.2011-7',
    rows: [
      {
        validFrom: TABLE_START,
        bands: [{ amount: 4_000 }],
        source: 'Directive 2011/7/EU art. 6: at least €40',
      },
    ],
  },
};

export const OTHER: CountryLaw = {
  country: 'other',
  currency: 'EUR',
  consumer: CONSUMER,
  business: BUSINESS,
};
