/**
 * The law tables and their lookup. Logic never holds a rate or a fee: it asks `lawFor` for the
 * rules in force on a date, or `interestPeriods` for the rates over a span of days.
 */
import { addDays, toCalendarDate } from '../dates';
import { type Money, money, percentOf } from '../money';
import { GERMANY } from './de';
import { DENMARK } from './dk';
import { OTHER } from './eu';
import { UNITED_KINGDOM } from './gb';
import { NETHERLANDS } from './nl';
import { NORWAY } from './no';
import { SWEDEN } from './se';
import type {
  AmountBand,
  Country,
  CountryLaw,
  CustomerKind,
  Dated,
  DefaultRule,
  FeeRule,
  FinalNoticeRule,
  LegalBasis,
  ScaleRow,
} from './types';

export type * from './types';

/**
 * The tables describe the law in force on this date: every row not marked `check` holds on it.
 * Dates after a row's `confirmedUntil` carry its value forward and resolve with `check: true`;
 * dates before a table's first row use that first row, also with `check: true`.
 */
export const TABLES_VALID_AS_OF = '2026-01-01';

const TABLES: Readonly<Record<Country, CountryLaw>> = {
  NO: NORWAY,
  NL: NETHERLANDS,
  DE: GERMANY,
  GB: UNITED_KINGDOM,
  SE: SWEDEN,
  DK: DENMARK,
  other: OTHER,
};

/** The raw tables of one country. */
export function countryLaw(country: Country): CountryLaw {
  return TABLES[country];
}

/** How a resolved value stands: the row's start, its source, and whether to confirm it. */
export interface InForce {
  readonly validFrom: string;
  readonly source: string;
  readonly check: boolean;
}

/** Late interest in force. */
export interface InterestInForce extends InForce {
  readonly basis: LegalBasis;
  readonly annualPercent: number;
  readonly formula: string;
}

/** The reminder fee in force and the conditions for charging it. */
export interface ReminderFeeInForce extends InForce {
  readonly basis: LegalBasis;
  readonly finalNoticeBasis?: LegalBasis;
  /** The highest fee per notice. */
  readonly amount: Money;
  readonly minDaysAfterDue: number;
  readonly minDaysBetween: number;
  readonly maxCount: number | null;
  readonly firstFree: boolean;
  readonly requiresAgreement: boolean;
}

/** A fixed compensation in force; bands in minor units of the country's currency. */
export interface CompensationInForce extends InForce {
  readonly basis: LegalBasis;
  readonly bands: readonly AmountBand[];
}

/** A collection cost scale in force. */
export interface CollectionCostsInForce extends InForce {
  readonly basis: LegalBasis;
  readonly slices: ScaleRow['slices'];
  readonly minimum: Money;
  readonly maximum: Money;
}

/** A one-off fee in force. */
export interface FeeInForce extends InForce {
  readonly basis: LegalBasis;
  readonly amount: Money;
}

/** Everything that applies to one kind of debtor in one country on one date. */
export interface LawRules {
  readonly country: Country;
  readonly kind: CustomerKind;
  readonly onDate: string;
  /** The currency of every fixed amount below. */
  readonly currency: string;
  readonly defaultStarts: DefaultRule;
  /** `null`: no statutory late interest (or no rate in the tables yet). */
  readonly interest: InterestInForce | null;
  readonly reminderFee: ReminderFeeInForce | null;
  readonly compensation: CompensationInForce | null;
  readonly collectionCosts: CollectionCostsInForce | null;
  readonly finalNotice: FinalNoticeRule;
  readonly collectionDemandFee: FeeInForce | null;
  readonly planFee: FeeInForce | null;
}

/** The row of `rows` in force on `date`, and whether it needs confirming there. */
function rowInForce<T extends Dated>(rows: readonly T[], date: string): { row: T; check: boolean } | null {
  let current: T | undefined;
  for (const row of rows) if (row.validFrom <= date) current = row;
  if (!current) {
    const earliest = rows[0];
    return earliest ? { row: earliest, check: true } : null;
  }
  const carriedForward = current.confirmedUntil !== undefined && date > current.confirmedUntil;
  return { row: current, check: current.check === true || carriedForward };
}

function inForce(resolved: { row: Dated; check: boolean }, extraCheck = false): InForce {
  return {
    validFrom: resolved.row.validFrom,
    source: resolved.row.source,
    check: resolved.check || extraCheck,
  };
}

function feeInForce(rule: FeeRule | null, date: string, currency: string): FeeInForce | null {
  const resolved = rule && rowInForce(rule.amounts, date);
  if (!rule || !resolved) return null;
  return { ...inForce(resolved), basis: rule.basis, amount: money(resolved.row.amount, currency) };
}

/** The rules in force for `kind` debtors under `country`'s law on `onDate` (`YYYY-MM-DD` or a Date, read in UTC). */
export function lawFor(country: Country, kind: CustomerKind, onDate: string | Date): LawRules {
  const date = toCalendarDate(onDate);
  const key = `${country}:${kind}:${date}`;
  let rules = rulesByDay.get(key);
  if (rules === undefined) {
    // The stage engine asks for the same few days of each invoice on every read.
    if (rulesByDay.size >= rulesByDayLimit) rulesByDay.clear();
    rules = freezeRules(rulesInForce(country, kind, date));
    rulesByDay.set(key, rules);
  }
  return rules;
}

/** The rules in force, by `country:kind:date`; they never change while the process runs. */
const rulesByDay = new Map<string, LawRules>();
/** About ten years of days for a few countries and both kinds: far more than a day's reads ask for. */
const rulesByDayLimit = 20_000;

/** Shared between callers, so nobody may change them; the nested rule objects are fresh per call. */
function freezeRules(rules: LawRules): LawRules {
  const parts = [rules.interest, rules.reminderFee, rules.compensation, rules.collectionCosts];
  for (const part of [...parts, rules.collectionDemandFee, rules.planFee]) {
    if (part) Object.freeze(part);
  }
  return Object.freeze(rules);
}

function rulesInForce(country: Country, kind: CustomerKind, date: string): LawRules {
  const table = TABLES[country];
  const law = table[kind];
  const { currency } = table;

  const interestRow = law.interest && rowInForce(law.interest.rates, date);
  const interest: InterestInForce | null =
    law.interest && interestRow
      ? {
          ...inForce(interestRow),
          basis: law.interest.basis,
          annualPercent: interestRow.row.annualPercent,
          formula: law.interest.formula,
        }
      : null;

  const feeRule = law.reminderFee;
  const feeRow = feeRule && rowInForce(feeRule.amounts, date);
  const reminderFee: ReminderFeeInForce | null =
    feeRule && feeRow
      ? {
          ...inForce(feeRow, feeRule.check === true),
          basis: feeRule.basis,
          ...(feeRule.finalNoticeBasis ? { finalNoticeBasis: feeRule.finalNoticeBasis } : {}),
          amount: money(feeRow.row.amount, currency),
          minDaysAfterDue: feeRule.minDaysAfterDue,
          minDaysBetween: feeRule.minDaysBetween,
          maxCount: feeRule.maxCount,
          firstFree: feeRule.firstFree,
          requiresAgreement: feeRule.requiresAgreement,
        }
      : null;

  const compensationRow = law.compensation && rowInForce(law.compensation.rows, date);
  const compensation: CompensationInForce | null =
    law.compensation && compensationRow
      ? { ...inForce(compensationRow), basis: law.compensation.basis, bands: compensationRow.row.bands }
      : null;

  const scaleRow = law.collectionCosts && rowInForce(law.collectionCosts.rows, date);
  const collectionCosts: CollectionCostsInForce | null =
    law.collectionCosts && scaleRow
      ? {
          ...inForce(scaleRow),
          basis: law.collectionCosts.basis,
          slices: scaleRow.row.slices,
          minimum: money(scaleRow.row.minimum, currency),
          maximum: money(scaleRow.row.maximum, currency),
        }
      : null;

  return {
    country,
    kind,
    onDate: date,
    currency,
    defaultStarts: law.defaultStarts,
    interest,
    reminderFee,
    compensation,
    collectionCosts,
    finalNotice: law.finalNotice,
    collectionDemandFee: feeInForce(law.collectionDemandFee, date, currency),
    planFee: feeInForce(law.planFee, date, currency),
  };
}

/** A span of days with one interest rate. */
export interface InterestPeriod {
  /** First day of the span, inclusive. */
  readonly from: string;
  /** Last day of the span, inclusive. */
  readonly to: string;
  readonly annualPercent: number;
  readonly basis: LegalBasis;
  readonly source: string;
  readonly check: boolean;
}

/**
 * The late-interest rates over the days `from` to `to` (both inclusive), split wherever the rate
 * or its confirmation changes: a span across 1 January 2026 in Norway gives two periods.
 * Empty when no statutory interest applies or `to` is before `from`.
 */
export function interestPeriods(
  country: Country,
  kind: CustomerKind,
  from: string,
  to: string,
): InterestPeriod[] {
  const rule = TABLES[country][kind].interest;
  if (!rule || rule.rates.length === 0 || to < from) return [];
  const boundaries = new Set<string>();
  for (const row of rule.rates) {
    boundaries.add(row.validFrom);
    if (row.confirmedUntil) boundaries.add(addDays(row.confirmedUntil, 1));
  }
  const starts = [...boundaries].filter((day) => day > from && day <= to).sort();
  const periods: InterestPeriod[] = [];
  let cursor = from;
  for (const next of [...starts, addDays(to, 1)]) {
    const resolved = rowInForce(rule.rates, cursor);
    if (resolved) {
      periods.push({
        from: cursor,
        to: addDays(next, -1),
        annualPercent: resolved.row.annualPercent,
        basis: rule.basis,
        source: resolved.row.source,
        check: resolved.check,
      });
    }
    cursor = next;
  }
  return periods;
}

/**
 * The fixed compensation for a debt of `debt` (its band by size), or `null` when none applies
 * or the debt is in another currency than the law's amounts.
 */
export function compensationFor(rules: LawRules, debt: Money): Money | null {
  if (!rules.compensation || debt.currency !== rules.currency) return null;
  const band = rules.compensation.bands.find((b) => b.below === undefined || debt.amount < b.below);
  return band ? money(band.amount, rules.currency) : null;
}

/**
 * Collection costs on `principal` by the scale in force (the Dutch BIK: 15 % of the first
 * €2,500, 10 % of the next €2,500, …, between €40 and €6,775), each slice rounded to the cent;
 * `null` when no scale applies or the currency differs.
 */
export function collectionCostsFor(rules: LawRules, principal: Money): Money | null {
  const scale = rules.collectionCosts;
  if (!scale || principal.currency !== rules.currency) return null;
  let remaining = Math.max(0, principal.amount);
  let costs = 0;
  for (const slice of scale.slices) {
    const portion = slice.width === undefined ? remaining : Math.min(remaining, slice.width);
    costs += percentOf(money(portion, principal.currency), slice.percent).amount;
    remaining -= portion;
  }
  const bounded = Math.min(scale.maximum.amount, Math.max(scale.minimum.amount, costs));
  return money(bounded, principal.currency);
}
