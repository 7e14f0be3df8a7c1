/** Denmark: renteloven. LAW.md, "Sweden, Denmark, EU". */
import type { CountryLaw, KindLaw } from './types';

const TABLE_START = '2025-01-01';

const CONSUMER: KindLaw = {
  defaultStarts: 'after-due-date',
  interest: {
    basis: 'dk.renteloven',
    // No lending rate in LAW.md yet: without a row no interest is charged (never overcharge).
    rates: [],
    formula: 'Nationalbankens udlånsrente + 8 points, set 1 January and 1 July',
  },
  reminderFee: {
    basis: 'dk.renteloven.9b',
    amounts: [
      { validFrom: TABLE_START, amount: 10_000, source: 'renteloven § 9 b; LAW.md: reminder fee 100 kr' },
    ],
    minDaysAfterDue: 0,
    minDaysBetween: 10,
    maxCount: 3,
    firstFree: false,
    requiresAgreement: false,
    source: 'renteloven § 9 b: at most 3, at least 10 days apart',
  },
  compensation: null,
  collectionCosts: null,
  finalNotice: { required: false, minDays: 0, source: 'no statutory last notice in Denmark' },
  collectionDemandFee: null,
  planFee: null,
};

export const DENMARK: CountryLaw = { country: 'DK', currency: 'DKK', consumer: CONSUMER, business: CONSUMER };
