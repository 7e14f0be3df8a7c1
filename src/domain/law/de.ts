/** Germany: BGB §§ 286, 288. LAW.md, "Germany". */
import type { CountryLaw, KindLaw, RateRow } from './types';

const TABLE_START = '2025-01-01';

/** The Bundesbank base rate (Basiszinssatz), set 1 January and 1 July. */
const BASE_RATE: readonly RateRow[] = [
  {
    validFrom: '2026-01-01',
    confirmedUntil: '2026-12-31',
    annualPercent: 1.27,
    source: 'Deutsche Bundesbank Basiszinssatz; LAW.md: 1.27 % (2026)',
  },
];

/** BGB § 288: base rate + 5 points for consumers, + 9 for businesses. */
const MARGIN = { consumer: 5, business: 9 } as const;

function defaultInterest(margin: number): RateRow[] {
  return BASE_RATE.map((row) => ({
    ...row,
    // Sum in hundredths: 1.27 + 5 must be 6.27, not 6.2700000000000005.
    annualPercent: Math.round((row.annualPercent + margin) * 100) / 100,
    source: `BGB § 288: base rate + ${margin} points (${row.source})`,
  }));
}

const CONSUMER: KindLaw = {
  // Default by a reminder after the due date, or 30 days after due date and receipt.
  defaultStarts: 'reminder-or-30-days',
  interest: {
    basis: 'de.bgb.288',
    rates: defaultInterest(MARGIN.consumer),
    formula: 'Basiszinssatz + 5 points',
  },
  reminderFee: {
    basis: 'de.bgb.286',
    amounts: [
      {
        validFrom: TABLE_START,
        amount: 250,
        source: 'LAW.md: later reminders only material cost (≈ €1–3)',
        check: true,
      },
    ],
    minDaysAfterDue: 0,
    minDaysBetween: 0,
    maxCount: null,
    // The first reminder is what puts the debtor in default, so its cost is not damage from delay.
    firstFree: true,
    requiresAgreement: false,
    source: 'BGB §§ 280, 286; LAW.md: the first reminder is usually not recoverable',
  },
  compensation: null,
  collectionCosts: null,
  finalNotice: { required: false, minDays: 0, source: 'no statutory last notice in Germany' },
  collectionDemandFee: null,
  planFee: null,
};

/** Businesses owe the €40 flat fee, which BGB § 288 (5) sets off against later recovery costs: no reminder fees on top. */
const BUSINESS: KindLaw = {
  ...CONSUMER,
  interest: {
    basis: 'de.bgb.288',
    rates: defaultInterest(MARGIN.business),
    formula: 'Basiszinssatz + 9 points',
  },
  reminderFee: null,
  compensation: {
    basis: 'de.bgb.288.5',
    rows: [{ validFrom: TABLE_START, bands: [{ amount: 4_000 }], source: 'BGB § 288 (5): €40 flat fee' }],
  },
};

export const GERMANY: CountryLaw = { country: 'DE', currency: 'EUR', consumer: CONSUMER, business: BUSINESS };
