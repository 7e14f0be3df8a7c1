/** Sweden: lag om ersättning för inkassokostnader, räntelagen. LAW.md, "Sweden, Denmark, EU". */
import type { CountryLaw, KindLaw } from './types';

const TABLE_START = '2025-01-01';

const CONSUMER: KindLaw = {
  defaultStarts: 'after-due-date',
  interest: {
    basis: 'se.rantelagen',
    // No reference rate in LAW.md yet: without a row no interest is charged (never overcharge).
    rates: [],
    formula: 'Riksbankens referensränta + 8 points, set 1 January and 1 July',
  },
  reminderFee: {
    basis: 'se.inkassokostnadslagen',
    amounts: [{ validFrom: TABLE_START, amount: 6_000, source: 'LAW.md: reminder fee 60 kr only if agreed' }],
    minDaysAfterDue: 0,
    minDaysBetween: 0,
    maxCount: 1,
    firstFree: false,
    requiresAgreement: true,
    source: 'lag (1981:739) om ersättning för inkassokostnader m.m.; one fee per claim',
    check: true,
  },
  compensation: null,
  collectionCosts: null,
  finalNotice: { required: false, minDays: 0, source: 'no statutory last notice before an inkassokrav' },
  collectionDemandFee: {
    basis: 'se.inkassokostnadslagen.inkassokrav',
    amounts: [{ validFrom: TABLE_START, amount: 18_000, source: 'LAW.md: collection demand 180 kr' }],
  },
  planFee: {
    basis: 'se.inkassokostnadslagen.amorteringsplan',
    amounts: [{ validFrom: TABLE_START, amount: 17_000, source: 'LAW.md: plan fee 170 kr' }],
  },
};

export const SWEDEN: CountryLaw = { country: 'SE', currency: 'SEK', consumer: CONSUMER, business: CONSUMER };
