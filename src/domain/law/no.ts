/**
 * Norway: inkassoloven, inkassoforskriften, forsinkelsesrenteloven. LAW.md, "Norway".
 * Sources: juridika.no/forskrift/1989-07-14-562; kred.no (2025 and 2026 rates);
 * info.altinn.no purring-og-inkasso; jusinfo.no inkassovarsel.
 */
import type { AmountRow, CountryLaw, FinalNoticeRule, InterestRule, KindLaw, RateRow } from './types';

/** The inkassosats, from which every fee cap below is a fraction (LAW.md "fee caps"). */
export const INKASSOSATS: readonly AmountRow[] = [
  {
    validFrom: '2025-01-01',
    confirmedUntil: '2025-12-31',
    amount: 70_000,
    source: 'kred.no: inkassosats 700 kr (2025)',
  },
  {
    validFrom: '2026-01-01',
    confirmedUntil: '2026-12-31',
    amount: 75_000,
    source: 'kred.no: inkassosats 750 kr (2026)',
    check: true,
  },
];

/** `numerator / denominator` of the inkassosats in force, per inkassoforskriften § 1-2. */
function shareOfInkassosats(numerator: number, denominator: number): AmountRow[] {
  return INKASSOSATS.map((row) => ({
    ...row,
    amount: Math.round((row.amount * numerator) / denominator),
    source: `inkassoforskriften § 1-2: ${numerator}/${denominator} of the inkassosats (${row.source})`,
  }));
}

/** Forsinkelsesrente, set every 1 January and 1 July (LAW.md "late interest"). */
const FORSINKELSESRENTE: readonly RateRow[] = [
  {
    validFrom: '2025-01-01',
    confirmedUntil: '2025-06-30',
    annualPercent: 12.5,
    source: 'kred.no: forsinkelsesrente H1 2025',
  },
  {
    validFrom: '2025-07-01',
    confirmedUntil: '2025-12-31',
    annualPercent: 12.5,
    source: 'kred.no: forsinkelsesrente H2 2025',
    check: true,
  },
  {
    validFrom: '2026-01-01',
    confirmedUntil: '2026-06-30',
    annualPercent: 12.0,
    source: 'kred.no: forsinkelsesrente H1 2026',
  },
];

const INTEREST: InterestRule = {
  basis: 'no.forsinkelsesrenteloven',
  rates: FORSINKELSESRENTE,
  formula: 'forsinkelsesrente: Norges Banks styringsrente + 8 points, set 1 January and 1 July',
};

/** The inkassovarsel (inkassoloven § 9): written, ≥ 14 days to pay, says collection follows. */
const INKASSOVARSEL: FinalNoticeRule = {
  required: true,
  minDays: 14,
  basis: 'no.inkassoloven.inkassovarsel',
  name: 'inkassovarsel',
  source: 'inkassoloven § 9; jusinfo.no inkassovarsel',
};

const PAYMENT_DEMAND = {
  basis: 'no.inkassoloven.betalingsoppfordring',
  amounts: shareOfInkassosats(3, 20),
} as const;

const CONSUMER: KindLaw = {
  defaultStarts: 'after-due-date',
  interest: INTEREST,
  reminderFee: {
    basis: 'no.inkassoloven.purregebyr',
    finalNoticeBasis: 'no.inkassoloven.inkassovarsel',
    amounts: shareOfInkassosats(1, 20),
    // A fee only on a notice sent ≥ 14 days after the due date that gives ≥ 14 days to pay;
    // two fees at most (two reminders, or a reminder and the inkassovarsel), the second only
    // once the first deadline has passed.
    minDaysAfterDue: 14,
    minDaysBetween: 14,
    maxCount: 2,
    firstFree: false,
    requiresAgreement: false,
    source: 'inkassoforskriften § 1-2; info.altinn.no purring-og-inkasso',
  },
  compensation: null,
  collectionCosts: null,
  finalNotice: INKASSOVARSEL,
  collectionDemandFee: PAYMENT_DEMAND,
  planFee: null,
};

/**
 * Business debtors owe the standardkompensasjon instead of reminder fees: it covers the
 * creditor's own recovery costs, so a reminder fee on top would charge them twice.
 */
const BUSINESS: KindLaw = {
  ...CONSUMER,
  reminderFee: null,
  compensation: {
    basis: 'no.forsinkelsesrenteloven.3a',
    rows: [
      {
        validFrom: '2026-01-01',
        confirmedUntil: '2026-06-30',
        bands: [{ amount: 46_000 }],
        source: 'forsinkelsesrenteloven § 3a; LAW.md: standardkompensasjon 460 kr (H1 2026)',
      },
    ],
  },
};

export const NORWAY: CountryLaw = { country: 'NO', currency: 'NOK', consumer: CONSUMER, business: BUSINESS };
