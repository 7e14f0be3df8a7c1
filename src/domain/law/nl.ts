/**
 * The Netherlands: WIK (BW 6:96), the BIK scale, wettelijke (handels)rente. LAW.md, "Netherlands (WIK)".
 * Sources: zoek.officielebekendmakingen.nl/stb-2012-141.html; nvi.nl.
 */
import type { CountryLaw, KindLaw } from './types';

/** First date of the tables where LAW.md gives no start date for a standing statutory value. */
const TABLE_START = '2025-01-01';

const CONSUMER: KindLaw = {
  defaultStarts: 'after-due-date',
  interest: {
    basis: 'nl.bw.6-119',
    rates: [
      {
        validFrom: TABLE_START,
        confirmedUntil: '2026-12-31',
        annualPercent: 6,
        source: 'BW 6:119; LAW.md: wettelijke rente 6 % (consumer)',
      },
    ],
    formula: 'wettelijke rente, set by order in council',
  },
  // Reminders to consumers are free: collection costs are owed only after the 14-dagenbrief.
  reminderFee: null,
  compensation: null,
  collectionCosts: {
    basis: 'nl.wik.bik',
    rows: [
      {
        validFrom: '2012-07-01',
        slices: [
          { width: 250_000, percent: 15 },
          { width: 250_000, percent: 10 },
          { width: 500_000, percent: 5 },
          { width: 19_000_000, percent: 1 },
          { percent: 0.5 },
        ],
        minimum: 4_000,
        maximum: 677_500,
        source: 'Besluit vergoeding voor buitengerechtelijke incassokosten, stb-2012-141',
      },
    ],
  },
  // 14 days counted from the day after receipt: collection no earlier than the 15th day after
  // an electronic letter that arrives the day it is sent.
  finalNotice: {
    required: true,
    minDays: 15,
    basis: 'nl.wik.14-dagenbrief',
    name: '14-dagenbrief',
    source: 'BW 6:96 lid 6; nvi.nl',
  },
  collectionDemandFee: null,
  planFee: null,
};

/** Businesses: no 14-dagenbrief needed; at least €40 on default; handelsrente. */
const BUSINESS: KindLaw = {
  ...CONSUMER,
  interest: {
    basis: 'nl.bw.6-119a',
    rates: [
      {
        validFrom: '2025-07-01',
        confirmedUntil: '2025-12-31',
        annualPercent: 10.15,
        source: 'BW 6:119a; LAW.md: handelsrente 10.15 % from 1 Jul 2025 (check 2026)',
      },
    ],
    formula: 'wettelijke handelsrente: ECB main refinancing rate + 8 points, set 1 January and 1 July',
  },
  collectionCosts: null,
  compensation: {
    basis: 'nl.bw.6-96',
    rows: [
      {
        validFrom: TABLE_START,
        bands: [{ amount: 4_000 }],
        source: 'BW 6:96 lid 4; LAW.md: at least €40 on default',
      },
    ],
  },
  finalNotice: { required: false, minDays: 0, source: 'BW 6:96 lid 6 protects consumers only' },
};

export const NETHERLANDS: CountryLaw = {
  country: 'NL',
  currency: 'EUR',
  consumer: CONSUMER,
  business: BUSINESS,
};
