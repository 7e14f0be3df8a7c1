/**
 * The shape of the law tables. Every value lives in a dated row carrying its source; rows
 * marked `check` restate LAW.md values marked *check* (confirm before relying on them).
 */

/** A creditor's jurisdiction; `other` gets the EU Late Payment Directive defaults. */
export type Country = 'NO' | 'NL' | 'DE' | 'GB' | 'SE' | 'DK' | 'other';

/** Consumers and businesses owe different fees and interest. */
export type CustomerKind = 'consumer' | 'business';

/** The legal basis of a charge or a notice: `<country>.<act>[.<section or item>]`. */
export type LegalBasis =
  /** Norway, inkassoloven § 17 / inkassoforskriften § 1-2: reminder fee (purregebyr). */
  | 'no.inkassoloven.purregebyr'
  /** Norway, inkassoloven § 9: the collection notice (inkassovarsel) and its fee. */
  | 'no.inkassoloven.inkassovarsel'
  /** Norway, inkassoforskriften § 1-2: the creditor's own payment demand (betalingsoppfordring). */
  | 'no.inkassoloven.betalingsoppfordring'
  /** Norway, forsinkelsesrenteloven: late interest. */
  | 'no.forsinkelsesrenteloven'
  /** Norway, forsinkelsesrenteloven § 3a: standardkompensasjon for business debtors. */
  | 'no.forsinkelsesrenteloven.3a'
  /** Netherlands, WIK / Besluit vergoeding voor buitengerechtelijke incassokosten: the BIK scale. */
  | 'nl.wik.bik'
  /** Netherlands, BW 6:96 lid 6: the cost-free 14-dagenbrief to consumers. */
  | 'nl.wik.14-dagenbrief'
  /** Netherlands, BW 6:119: wettelijke rente. */
  | 'nl.bw.6-119'
  /** Netherlands, BW 6:119a: wettelijke handelsrente. */
  | 'nl.bw.6-119a'
  /** Netherlands, BW 6:96 lid 4: €40 fixed compensation in commercial transactions. */
  | 'nl.bw.6-96'
  /** Germany, BGB §§ 280, 286: reminder costs as damages for delay. */
  | 'de.bgb.286'
  /** Germany, BGB § 288 (1), (2): default interest. */
  | 'de.bgb.288'
  /** Germany, BGB § 288 (5): €40 flat fee from business debtors. */
  | 'de.bgb.288.5'
  /** United Kingdom, Late Payment of Commercial Debts (Interest) Act 1998: statutory interest. */
  | 'gb.late-payment-act'
  /** United Kingdom, Late Payment Act s. 5A: fixed sums £40 / £70 / £100. */
  | 'gb.late-payment-act.fixed-sum'
  /** United Kingdom, Pre-Action Protocol for Debt Claims: letter of claim, 30 days to reply. */
  | 'gb.pre-action-protocol'
  /** Sweden, lag om ersättning för inkassokostnader: reminder fee (påminnelseavgift). */
  | 'se.inkassokostnadslagen'
  /** Sweden, same act: collection demand (inkassokrav). */
  | 'se.inkassokostnadslagen.inkassokrav'
  /** Sweden, same act: instalment plan fee (amorteringsplan). */
  | 'se.inkassokostnadslagen.amorteringsplan'
  /** Sweden, räntelagen § 6: late interest. */
  | 'se.rantelagen'
  /** Denmark, renteloven § 9 b: reminder fee (rykkergebyr). */
  | 'dk.renteloven.9b'
  /** Denmark, renteloven § 5: late interest. */
  | 'dk.renteloven'
  /** EU Late Payment Directive 2011/7/EU: €40 and ECB rate + 8 between businesses. */
  | 'eu.2011-7';

/** Where a value comes from, and whether LAW.md asks to confirm it. */
export interface Sourced {
  /** Where to check the value. */
  readonly source: string;
  /** LAW.md marks the value *check*: confirm it before relying on it. */
  readonly check?: boolean;
}

/**
 * A value in force from `validFrom` until the next row of its table. `confirmedUntil` is the
 * last day the value is known to hold (half-yearly rates): later dates carry it forward but
 * resolve with `check: true`.
 */
export interface Dated extends Sourced {
  readonly validFrom: string;
  readonly confirmedUntil?: string;
}

/** An annual interest rate in percent (12.5 means 12.5 % a year). */
export interface RateRow extends Dated {
  readonly annualPercent: number;
}

/** A fixed amount in minor units of the country's currency. */
export interface AmountRow extends Dated {
  readonly amount: number;
}

/** One band of a fixed sum that depends on the size of the debt: `amount` for debts below `below` (minor units). */
export interface AmountBand {
  readonly below?: number;
  readonly amount: number;
}

/** A fixed compensation whose amount may depend on the debt (GB fixed sums). */
export interface BandedRow extends Dated {
  readonly bands: readonly AmountBand[];
}

/** A percentage scale over consecutive slices of the principal (the Dutch BIK scale). */
export interface ScaleRow extends Dated {
  /** Slices from the first euro on: `width` minor units at `percent` (the last slice has no width). */
  readonly slices: readonly { readonly width?: number; readonly percent: number }[];
  readonly minimum: number;
  readonly maximum: number;
}

/**
 * When the debtor is in default, which starts interest and compensation: the day after the due
 * date, or (Germany, BGB § 286) after a reminder or 30 days after the due date, whichever is first.
 */
export type DefaultRule = 'after-due-date' | 'reminder-or-30-days';

/** Late interest. */
export interface InterestRule {
  readonly basis: LegalBasis;
  /** Total annual rates (reference rate plus margin already added). Empty: no rate in the table yet. */
  readonly rates: readonly RateRow[];
  /** How the rate is made up, for people: "Riksbank reference rate + 8 points". */
  readonly formula: string;
}

/** Fees on reminders (and, where the law says so, on the last notice before collection). */
export interface ReminderFeeRule extends Sourced {
  readonly basis: LegalBasis;
  /** The basis of a fee on the final notice, when it differs (Norway: the inkassovarsel). */
  readonly finalNoticeBasis?: LegalBasis;
  /** The highest fee per notice, by date. */
  readonly amounts: readonly AmountRow[];
  /** A fee only on notices sent at least this many days after the due date. */
  readonly minDaysAfterDue: number;
  /** Days at least between two fee-bearing notices (the previous notice's deadline). */
  readonly minDaysBetween: number;
  /** How many fees at most per invoice (`null`: no limit in law). */
  readonly maxCount: number | null;
  /** The first reminder is free (it is what puts the debtor in default). */
  readonly firstFree: boolean;
  /** A fee only if agreed when the debt arose (Sweden). */
  readonly requiresAgreement: boolean;
}

/** A fixed compensation for recovery costs owed by business debtors on default. */
export interface CompensationRule {
  readonly basis: LegalBasis;
  readonly rows: readonly BandedRow[];
}

/** Collection costs owed once the final notice expired unpaid (the Dutch BIK scale). */
export interface CollectionCostRule {
  readonly basis: LegalBasis;
  readonly rows: readonly ScaleRow[];
}

/** A one-off fee by date (a payment demand, a plan fee). */
export interface FeeRule {
  readonly basis: LegalBasis;
  readonly amounts: readonly AmountRow[];
}

/** The legally required last notice before collection (inkassovarsel, 14-dagenbrief, letter of claim). */
export interface FinalNoticeRule extends Sourced {
  /** Whether the law requires such a notice before collection. */
  readonly required: boolean;
  /** Days at least between sending it and collection (0 where the law sets none). */
  readonly minDays: number;
  readonly basis?: LegalBasis;
  /** What the notice is called where it is required. */
  readonly name?: string;
}

/** The rules for one kind of debtor in one country. */
export interface KindLaw {
  readonly defaultStarts: DefaultRule;
  readonly interest: InterestRule | null;
  readonly reminderFee: ReminderFeeRule | null;
  readonly compensation: CompensationRule | null;
  readonly collectionCosts: CollectionCostRule | null;
  readonly finalNotice: FinalNoticeRule;
  /** What the demand that starts collection costs at most (Norway's betalingsoppfordring, Sweden's inkassokrav). */
  readonly collectionDemandFee: FeeRule | null;
  /** What an instalment plan may cost (Sweden). */
  readonly planFee: FeeRule | null;
}

/** One country's tables. Amounts are minor units of `currency`. */
export interface CountryLaw {
  readonly country: Country;
  readonly currency: string;
  readonly consumer: KindLaw;
  readonly business: KindLaw;
}
