import { describe, expect, it } from 'vitest';
import { isValidDate } from '../../../../src/domain/dates';
import {
  type Country,
  type CustomerKind,
  collectionCostsFor,
  compensationFor,
  countryLaw,
  type Dated,
  interestPeriods,
  lawFor,
  TABLES_VALID_AS_OF,
} from '../../../../src/domain/law';
import { money } from '../../../../src/domain/money';

const COUNTRIES: Country[] = ['NO', 'NL', 'DE', 'GB', 'SE', 'DK', 'other'];
const KINDS: CustomerKind[] = ['consumer', 'business'];

/** Every dated row of one kind's tables. */
function rowsOf(country: Country, kind: CustomerKind): (readonly Dated[])[] {
  const law = countryLaw(country)[kind];
  return [
    law.interest?.rates ?? [],
    law.reminderFee?.amounts ?? [],
    law.compensation?.rows ?? [],
    law.collectionCosts?.rows ?? [],
    law.collectionDemandFee?.amounts ?? [],
    law.planFee?.amounts ?? [],
  ];
}

describe('the tables', () => {
  it('date and source every row, in order, with integer amounts', () => {
    for (const country of COUNTRIES) {
      for (const kind of KINDS) {
        for (const table of rowsOf(country, kind)) {
          table.forEach((row, index) => {
            expect(isValidDate(row.validFrom)).toBe(true);
            if (row.confirmedUntil) expect(row.confirmedUntil >= row.validFrom).toBe(true);
            expect(row.source.length).toBeGreaterThan(5);
            const previous = table[index - 1];
            if (previous) expect(row.validFrom > previous.validFrom).toBe(true);
            if ('amount' in row) expect(Number.isSafeInteger(row.amount)).toBe(true);
          });
        }
        expect(countryLaw(country)[kind].finalNotice.source.length).toBeGreaterThan(5);
      }
    }
  });

  it('resolve for every country and kind on the date they are valid as of', () => {
    for (const country of COUNTRIES) {
      for (const kind of KINDS) {
        const rules = lawFor(country, kind, TABLES_VALID_AS_OF);
        expect(rules.onDate).toBe(TABLES_VALID_AS_OF);
        expect(rules.currency).toMatch(/^[A-Z]{3}$/);
      }
    }
  });
});

describe('Norway', () => {
  it('derives the fee caps from the inkassosats: 35/35/105 kr in 2025', () => {
    const rules = lawFor('NO', 'consumer', '2025-06-01');
    expect(rules.reminderFee?.amount).toEqual(money(3_500, 'NOK'));
    expect(rules.reminderFee?.basis).toBe('no.inkassoloven.purregebyr');
    expect(rules.reminderFee?.finalNoticeBasis).toBe('no.inkassoloven.inkassovarsel');
    expect(rules.collectionDemandFee?.amount).toEqual(money(10_500, 'NOK'));
    expect(rules.reminderFee?.check).toBe(false);
  });

  it('derives 37.50/37.50/112.50 kr in 2026, marked check', () => {
    const rules = lawFor('NO', 'consumer', '2026-03-01');
    expect(rules.reminderFee?.amount).toEqual(money(3_750, 'NOK'));
    expect(rules.collectionDemandFee?.amount).toEqual(money(11_250, 'NOK'));
    expect(rules.reminderFee?.check).toBe(true);
    expect(rules.reminderFee).toMatchObject({ minDaysAfterDue: 14, minDaysBetween: 14, maxCount: 2 });
  });

  it('has forsinkelsesrente 12.5 % (H1 2025), 12.5 % check (H2 2025), 12.0 % (H1 2026)', () => {
    expect(lawFor('NO', 'consumer', '2025-03-01').interest).toMatchObject({
      annualPercent: 12.5,
      check: false,
    });
    expect(lawFor('NO', 'consumer', '2025-09-01').interest).toMatchObject({
      annualPercent: 12.5,
      check: true,
    });
    expect(lawFor('NO', 'business', '2026-03-01').interest).toMatchObject({
      annualPercent: 12,
      check: false,
    });
    // H2 2026 is not in the table: the last rate carries forward, to be confirmed.
    expect(lawFor('NO', 'consumer', '2026-10-01').interest).toMatchObject({ annualPercent: 12, check: true });
    // Before the table starts: the earliest row, to be confirmed.
    expect(lawFor('NO', 'consumer', '2024-06-01').interest).toMatchObject({
      annualPercent: 12.5,
      check: true,
    });
  });

  it('gives business debtors the standardkompensasjon instead of reminder fees', () => {
    const rules = lawFor('NO', 'business', '2026-03-01');
    expect(rules.reminderFee).toBeNull();
    expect(compensationFor(rules, money(149_000, 'NOK'))).toEqual(money(46_000, 'NOK'));
    expect(compensationFor(lawFor('NO', 'consumer', '2026-03-01'), money(149_000, 'NOK'))).toBeNull();
    expect(compensationFor(rules, money(149_000, 'EUR'))).toBeNull();
  });

  it('requires the inkassovarsel with 14 days', () => {
    expect(lawFor('NO', 'consumer', '2026-03-01').finalNotice).toMatchObject({ required: true, minDays: 14 });
  });
});

describe('Netherlands', () => {
  const nl = lawFor('NL', 'consumer', '2026-03-01');
  const bik = (cents: number) => collectionCostsFor(nl, money(cents, 'EUR'))?.amount;

  it('computes the BIK scale vectors', () => {
    expect(bik(10_000)).toBe(4_000); // €100
    expect(bik(100_000)).toBe(15_000); // €1,000
    expect(bik(300_000)).toBe(42_500); // €3,000
    expect(bik(1_000_000)).toBe(87_500); // €10,000
  });

  it('bounds the BIK between €40 and €6,775', () => {
    expect(bik(0)).toBe(4_000);
    expect(bik(26_666)).toBe(4_000);
    expect(bik(250_000)).toBe(37_500);
    expect(bik(20_000_000)).toBe(277_500);
    expect(bik(100_000_000)).toBe(677_500);
    expect(bik(500_000_000)).toBe(677_500);
    expect(collectionCostsFor(nl, money(100_000, 'NOK'))).toBeNull();
    expect(collectionCostsFor(lawFor('NL', 'business', '2026-03-01'), money(100_000, 'EUR'))).toBeNull();
  });

  it('charges consumers no reminder fees and gives them 14 days from the day after receipt', () => {
    expect(nl.reminderFee).toBeNull();
    expect(nl.finalNotice).toMatchObject({ required: true, minDays: 15, name: '14-dagenbrief' });
    expect(lawFor('NL', 'business', '2026-03-01').finalNotice.required).toBe(false);
  });

  it('has wettelijke rente 6 % and handelsrente 10.15 % from 1 July 2025 (check in 2026)', () => {
    expect(nl.interest).toMatchObject({ annualPercent: 6, basis: 'nl.bw.6-119' });
    expect(lawFor('NL', 'business', '2025-08-01').interest).toMatchObject({
      annualPercent: 10.15,
      check: false,
    });
    expect(lawFor('NL', 'business', '2026-03-01').interest).toMatchObject({
      annualPercent: 10.15,
      basis: 'nl.bw.6-119a',
      check: true,
    });
  });

  it('owes businesses €40', () => {
    expect(compensationFor(lawFor('NL', 'business', '2026-03-01'), money(1_000_000, 'EUR'))).toEqual(
      money(4_000, 'EUR'),
    );
  });
});

describe('Germany', () => {
  it('adds 5 or 9 points to the 1.27 % base rate', () => {
    expect(lawFor('DE', 'consumer', '2026-03-01').interest).toMatchObject({
      annualPercent: 6.27,
      basis: 'de.bgb.288',
    });
    expect(lawFor('DE', 'business', '2026-03-01').interest?.annualPercent).toBe(10.27);
  });

  it('puts debtors in default by a reminder or after 30 days', () => {
    expect(lawFor('DE', 'consumer', '2026-03-01').defaultStarts).toBe('reminder-or-30-days');
  });

  it('charges consumers material cost from the second reminder, businesses €40 flat', () => {
    const consumer = lawFor('DE', 'consumer', '2026-03-01');
    expect(consumer.reminderFee).toMatchObject({ firstFree: true, amount: money(250, 'EUR'), check: true });
    const business = lawFor('DE', 'business', '2026-03-01');
    expect(business.reminderFee).toBeNull();
    expect(compensationFor(business, money(100, 'EUR'))).toEqual(money(4_000, 'EUR'));
    expect(business.compensation?.basis).toBe('de.bgb.288.5');
  });
});

describe('United Kingdom', () => {
  const business = lawFor('GB', 'business', '2026-03-01');
  const fixedSum = (pence: number) => compensationFor(business, money(pence, 'GBP'))?.amount;

  it('has fixed sums of £40, £70 and £100 by the size of the debt', () => {
    expect(fixedSum(99_999)).toBe(4_000);
    expect(fixedSum(100_000)).toBe(7_000);
    expect(fixedSum(999_999)).toBe(7_000);
    expect(fixedSum(1_000_000)).toBe(10_000);
  });

  it('has 11.75 % statutory interest for businesses (check) and none for consumers', () => {
    expect(business.interest).toMatchObject({
      annualPercent: 11.75,
      check: true,
      basis: 'gb.late-payment-act',
    });
    const consumer = lawFor('GB', 'consumer', '2026-03-01');
    expect(consumer.interest).toBeNull();
    expect(consumer.compensation).toBeNull();
    expect(consumer.finalNotice).toMatchObject({ required: true, minDays: 30 });
  });
});

describe('Sweden, Denmark and elsewhere', () => {
  it('Sweden: 60 kr reminder fee only if agreed, 180 kr demand, 170 kr plan fee, no rate yet', () => {
    const rules = lawFor('SE', 'consumer', '2026-03-01');
    expect(rules.reminderFee).toMatchObject({ amount: money(6_000, 'SEK'), requiresAgreement: true });
    expect(rules.collectionDemandFee?.amount).toEqual(money(18_000, 'SEK'));
    expect(rules.planFee?.amount).toEqual(money(17_000, 'SEK'));
    expect(rules.interest).toBeNull();
    expect(countryLaw('SE').consumer.interest?.formula).toMatch(/\+ 8/);
  });

  it('Denmark: 100 kr, at most 3, at least 10 days apart', () => {
    expect(lawFor('DK', 'consumer', '2026-03-01').reminderFee).toMatchObject({
      amount: money(10_000, 'DKK'),
      maxCount: 3,
      minDaysBetween: 10,
      basis: 'dk.renteloven.9b',
    });
  });

  it('elsewhere: the EU directive between businesses only', () => {
    const business = lawFor('other', 'business', '2026-03-01');
    expect(compensationFor(business, money(5_000, 'EUR'))).toEqual(money(4_000, 'EUR'));
    expect(business.interest).toMatchObject({ annualPercent: 10.15, basis: 'eu.2011-7' });
    const consumer = lawFor('other', 'consumer', '2026-03-01');
    expect(consumer.interest).toBeNull();
    expect(consumer.compensation).toBeNull();
  });
});

describe('interestPeriods', () => {
  it('splits a span at the half-year boundary', () => {
    expect(interestPeriods('NO', 'consumer', '2025-12-16', '2026-01-15')).toEqual([
      expect.objectContaining({ from: '2025-12-16', to: '2025-12-31', annualPercent: 12.5, check: true }),
      expect.objectContaining({ from: '2026-01-01', to: '2026-01-15', annualPercent: 12, check: false }),
    ]);
  });

  it('splits where a carried-forward rate needs confirming', () => {
    const periods = interestPeriods('NO', 'consumer', '2026-06-01', '2026-07-31');
    expect(periods.map((p) => [p.from, p.to, p.check])).toEqual([
      ['2026-06-01', '2026-06-30', false],
      ['2026-07-01', '2026-07-31', true],
    ]);
  });

  it('covers every day exactly once', () => {
    const periods = interestPeriods('NO', 'business', '2024-11-20', '2026-09-10');
    expect(periods[0]?.from).toBe('2024-11-20');
    expect(periods.at(-1)?.to).toBe('2026-09-10');
    periods.slice(1).forEach((period, index) => {
      const previous = periods[index];
      expect(previous && new Date(`${previous.to}T00:00:00Z`).getTime() + 86_400_000).toBe(
        new Date(`${period.from}T00:00:00Z`).getTime(),
      );
    });
  });

  it('is empty without statutory interest or for an empty span', () => {
    expect(interestPeriods('GB', 'consumer', '2026-01-01', '2026-02-01')).toEqual([]);
    expect(interestPeriods('SE', 'consumer', '2026-01-01', '2026-02-01')).toEqual([]);
    expect(interestPeriods('NO', 'consumer', '2026-02-01', '2026-01-01')).toEqual([]);
  });
});

describe('lawFor, remembered per day', () => {
  it('hands out one frozen answer per country, kind and day, and another for another day', () => {
    const first = lawFor('NO', 'consumer', '2026-03-02');
    expect(lawFor('NO', 'consumer', new Date('2026-03-02T18:00:00Z'))).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(Object.isFrozen(first.reminderFee)).toBe(true);
    expect(() => {
      (first as { currency: string }).currency = 'EUR';
    }).toThrow(TypeError);

    // Another day, or another kind of customer, is another answer.
    const before = lawFor('NO', 'consumer', '2025-12-31');
    const after = lawFor('NO', 'consumer', '2026-01-01');
    expect(before).not.toBe(after);
    expect(before.onDate).toBe('2025-12-31');
    expect(lawFor('NO', 'business', '2026-03-02')).not.toBe(first);
  });
});
