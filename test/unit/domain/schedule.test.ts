import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths, daysBetween } from '../../../src/domain/dates';
import { CurrencyMismatchError, money } from '../../../src/domain/money';
import {
  countForAmount,
  inferFrequency,
  instalmentDates,
  MAX_INSTALMENTS,
  type ScheduledInstalment,
  scheduleByAmount,
  scheduleByCount,
  scheduleTotal,
  trackPlan,
  trackPromise,
} from '../../../src/domain/schedule';

const nok = (amount: number) => money(amount, 'NOK');
const amounts = (instalments: readonly ScheduledInstalment[]) =>
  instalments.map((instalment) => instalment.amount.amount);

/** Any calendar date from 2020 to 2035. */
const calendarDate = fc.integer({ min: 0, max: 16 * 366 }).map((offset) => addDays('2020-01-01', offset));
const total = fc.integer({ min: 0, max: 10_000_000_000 });
const fee = fc.integer({ min: 0, max: 100_000 });
const count = fc.integer({ min: 1, max: MAX_INSTALMENTS });
const frequency = fc.constantFrom('monthly' as const, 'biweekly' as const);

describe('instalmentDates', () => {
  it('counts monthly dates from the first, so a short month does not pull later ones earlier', () => {
    expect(instalmentDates('2027-01-31', 4)).toEqual([
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
  });

  it('spaces biweekly dates 14 days apart', () => {
    expect(instalmentDates('2026-12-01', 3, 'biweekly')).toEqual(['2026-12-01', '2026-12-15', '2026-12-29']);
  });

  it('refuses a count below 1 or a fraction, and a date that does not exist', () => {
    expect(() => instalmentDates('2026-12-01', 0)).toThrow(RangeError);
    expect(() => instalmentDates('2026-12-01', 1.5)).toThrow(RangeError);
    expect(() => instalmentDates('2026-02-30', 2)).toThrow(RangeError);
  });

  it('always gives strictly increasing dates, monthly ones in consecutive months', () => {
    fc.assert(
      fc.property(calendarDate, count, frequency, (first, n, every) => {
        const dates = instalmentDates(first, n, every);
        expect(dates).toHaveLength(n);
        expect(dates[0]).toBe(first);
        for (let index = 1; index < n; index++) {
          const gap = daysBetween(dates[index - 1]!, dates[index]!);
          if (every === 'biweekly') expect(gap).toBe(14);
          else {
            expect(gap).toBeGreaterThanOrEqual(28);
            expect(gap).toBeLessThanOrEqual(31);
            expect(dates[index]).toBe(addMonths(first, index));
          }
        }
      }),
    );
  });
});

describe('scheduleByCount', () => {
  it('splits the CONTRACT example 1,527.50 kr into 509.17 + 509.17 + 509.16 from 1 December', () => {
    const schedule = scheduleByCount({ total: nok(152_750), count: 3, firstDueDate: '2026-12-01' });
    expect(schedule).toEqual([
      { dueDate: '2026-12-01', amount: nok(50_917) },
      { dueDate: '2027-01-01', amount: nok(50_917) },
      { dueDate: '2027-02-01', amount: nok(50_916) },
    ]);
  });

  it('adds the plan fee to the first instalment only', () => {
    const schedule = scheduleByCount({
      total: nok(90_000),
      fee: nok(17_000),
      count: 3,
      firstDueDate: '2026-12-01',
    });
    expect(amounts(schedule)).toEqual([47_000, 30_000, 30_000]);
  });

  it('refuses a fee in another currency, a negative fee and a negative total', () => {
    const base = { count: 2, firstDueDate: '2026-12-01' };
    expect(() => scheduleByCount({ ...base, total: nok(1000), fee: money(100, 'EUR') })).toThrow(
      CurrencyMismatchError,
    );
    expect(() => scheduleByCount({ ...base, total: nok(1000), fee: nok(-1) })).toThrow(RangeError);
    expect(() => scheduleByCount({ ...base, total: nok(-1000) })).toThrow(RangeError);
  });

  it('always adds up exactly to the total plus the fee, with shares at most one øre apart', () => {
    fc.assert(
      fc.property(total, fee, count, calendarDate, frequency, (amount, charge, n, first, every) => {
        const schedule = scheduleByCount({
          total: nok(amount),
          fee: nok(charge),
          count: n,
          firstDueDate: first,
          frequency: every,
        });
        expect(schedule).toHaveLength(n);
        expect(scheduleTotal(schedule, 'NOK')).toEqual(nok(amount + charge));
        const shares = amounts(schedule).map((value, index) => (index === 0 ? value - charge : value));
        expect(Math.max(...shares) - Math.min(...shares)).toBeLessThanOrEqual(1);
        // The odd units go to the earliest instalments: shares never increase.
        for (let index = 1; index < n; index++) expect(shares[index]).toBeLessThanOrEqual(shares[index - 1]!);
        for (const instalment of schedule) expect(Number.isSafeInteger(instalment.amount.amount)).toBe(true);
      }),
    );
  });
});

describe('scheduleByAmount', () => {
  it('uses the fewest instalments of at most the amount named, split evenly', () => {
    const schedule = scheduleByAmount({
      total: nok(100_000),
      perInstalment: nok(30_000),
      firstDueDate: '2026-12-01',
    });
    expect(amounts(schedule)).toEqual([25_000, 25_000, 25_000, 25_000]);
  });

  it('is one instalment when the amount covers everything', () => {
    expect(countForAmount(nok(1_000), nok(5_000))).toBe(1);
    expect(countForAmount(nok(0), nok(5_000))).toBe(1);
  });

  it('refuses an amount that would need more than the most instalments a schedule has', () => {
    expect(countForAmount(nok(100_000), nok(100))).toBe(1000);
    expect(() =>
      scheduleByAmount({ total: nok(100_000), perInstalment: nok(100), firstDueDate: '2026-12-01' }),
    ).toThrow(RangeError);
  });

  it('refuses an amount of zero or in another currency', () => {
    expect(() => countForAmount(nok(1_000), nok(0))).toThrow(RangeError);
    expect(() => countForAmount(nok(1_000), money(100, 'EUR'))).toThrow(CurrencyMismatchError);
  });

  it('never asks more than the amount named (before the fee), with no fewer instalments than needed', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.integer({ min: 1, max: 10_000_000 }),
        fee,
        calendarDate,
        (amount, perSeed, charge, first) => {
          // Any amount that needs at most MAX_INSTALMENTS instalments.
          const per = Math.max(perSeed, Math.ceil(amount / MAX_INSTALMENTS));
          const schedule = scheduleByAmount({
            total: nok(amount),
            fee: nok(charge),
            perInstalment: nok(per),
            firstDueDate: first,
          });
          expect(scheduleTotal(schedule, 'NOK')).toEqual(nok(amount + charge));
          const shares = amounts(schedule).map((value, index) => (index === 0 ? value - charge : value));
          for (const share of shares) expect(share).toBeLessThanOrEqual(per);
          // One instalment fewer would have to ask for more than `per`.
          expect((schedule.length - 1) * per).toBeLessThan(amount);
        },
      ),
    );
  });
});

describe('inferFrequency', () => {
  it('reads fortnightly dates as biweekly and anything wider as monthly', () => {
    expect(inferFrequency(['2026-12-01', '2026-12-15', '2026-12-29'])).toBe('biweekly');
    expect(inferFrequency(['2026-12-01', '2027-01-01'])).toBe('monthly');
    expect(inferFrequency(['2026-12-01'])).toBe('monthly');
  });
});

describe('trackPlan', () => {
  const schedule = scheduleByCount({ total: nok(90_000), count: 3, firstDueDate: '2026-12-01' });
  const track = (payments: { date: string; amount: number }[], today: string, paidBefore?: number) =>
    trackPlan(
      {
        instalments: schedule,
        payments: payments.map((payment) => ({ date: payment.date, amount: nok(payment.amount) })),
        graceDays: 14,
        ...(paidBefore === undefined ? {} : { paidBefore: nok(paidBefore) }),
      },
      today,
    );
  const statuses = (standing: ReturnType<typeof track>) => standing.instalments.map((i) => i.status);

  it('starts with every instalment due and the first one next', () => {
    const standing = track([], '2026-11-20');
    expect(statuses(standing)).toEqual(['due', 'due', 'due']);
    expect(standing.state).toBe('current');
    expect(standing.next?.dueDate).toBe('2026-12-01');
    expect(standing.remaining).toEqual(nok(90_000));
  });

  it('fills instalments in order as payments arrive, part-paid before the due date', () => {
    const standing = track([{ date: '2026-11-25', amount: 40_000 }], '2026-11-26');
    expect(statuses(standing)).toEqual(['paid', 'part_paid', 'due']);
    expect(standing.instalments.map((i) => i.paid.amount)).toEqual([30_000, 10_000, 0]);
    expect(standing.next?.dueDate).toBe('2027-01-01');
  });

  it('marks an unpaid instalment overdue through its grace period, then missed, and the plan lapsed', () => {
    const overdue = track([], '2026-12-15');
    expect(statuses(overdue)).toEqual(['overdue', 'due', 'due']);
    expect(overdue.instalments[0]!.graceUntil).toBe('2026-12-15');
    expect(overdue.state).toBe('current');

    const lapsed = track([], '2026-12-16');
    expect(statuses(lapsed)).toEqual(['missed', 'due', 'due']);
    expect(lapsed.state).toBe('lapsed');
    expect(lapsed.since).toBe('2026-12-16');
  });

  it('keeps the plan current when the instalment is paid late but within the grace period', () => {
    const standing = track([{ date: '2026-12-10', amount: 30_000 }], '2027-01-02');
    expect(standing.state).toBe('current');
    expect(statuses(standing)).toEqual(['paid', 'overdue', 'due']);
  });

  it('does not revive a lapsed plan with a payment after the grace period', () => {
    const standing = track([{ date: '2026-12-20', amount: 30_000 }], '2026-12-21');
    expect(standing.state).toBe('lapsed');
    expect(standing.since).toBe('2026-12-16');
    expect(statuses(standing)).toEqual(['paid', 'due', 'due']);
  });

  it('is completed on the day the last øre arrives, even before the due dates', () => {
    const standing = track(
      [
        { date: '2026-11-25', amount: 50_000 },
        { date: '2026-11-28', amount: 40_000 },
      ],
      '2026-12-01',
    );
    expect(standing.state).toBe('completed');
    expect(standing.since).toBe('2026-11-28');
    expect(standing.remaining).toEqual(nok(0));
  });

  it('does not count what was paid before the plan, nor payments dated after today', () => {
    const standing = track(
      [
        { date: '2026-10-10', amount: 20_000 },
        { date: '2026-11-25', amount: 30_000 },
        { date: '2026-12-24', amount: 30_000 },
      ],
      '2026-11-30',
      20_000,
    );
    expect(standing.paid).toEqual(nok(30_000));
    expect(statuses(standing)).toEqual(['paid', 'due', 'due']);
  });

  it('refuses an empty schedule, a negative grace period and payments in another currency', () => {
    expect(() => trackPlan({ instalments: [], payments: [], graceDays: 14 }, '2026-12-01')).toThrow(
      RangeError,
    );
    expect(() => trackPlan({ instalments: schedule, payments: [], graceDays: -1 }, '2026-12-01')).toThrow(
      RangeError,
    );
    expect(() =>
      trackPlan(
        { instalments: schedule, payments: [{ date: '2026-12-01', amount: money(1, 'EUR') }], graceDays: 14 },
        '2026-12-01',
      ),
    ).toThrow(CurrencyMismatchError);
  });

  it('never lets paid amounts exceed instalments, and paid + remaining covers the plan', () => {
    const payment = fc.record({
      offset: fc.integer({ min: -30, max: 150 }),
      amount: fc.integer({ min: 1, max: 60_000 }),
    });
    fc.assert(
      fc.property(fc.array(payment, { maxLength: 8 }), fc.integer({ min: -10, max: 200 }), (paid, day) => {
        const today = addDays('2026-11-20', day);
        const payments = paid.map((entry) => ({
          date: addDays('2026-11-20', entry.offset),
          amount: entry.amount,
        }));
        const standing = track(payments, today);
        const counted = payments
          .filter((entry) => entry.date <= today)
          .reduce((sum, entry) => sum + entry.amount, 0);
        expect(standing.paid.amount).toBe(counted);
        expect(standing.remaining.amount).toBe(Math.max(0, 90_000 - counted));
        const filled = standing.instalments.reduce((sum, instalment) => sum + instalment.paid.amount, 0);
        expect(filled).toBe(Math.min(90_000, counted));
        for (const instalment of standing.instalments) {
          expect(instalment.paid.amount).toBeLessThanOrEqual(instalment.amount.amount);
          if (instalment.status === 'paid') expect(instalment.paid).toEqual(instalment.amount);
        }
        if (standing.state === 'completed') expect(counted).toBeGreaterThanOrEqual(90_000);
        if (standing.state === 'lapsed') expect(standing.since! <= today).toBe(true);
      }),
    );
  });

  it('gives the same verdict on any later day once a plan has completed or lapsed', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            offset: fc.integer({ min: 0, max: 120 }),
            amount: fc.integer({ min: 1, max: 45_000 }),
          }),
          {
            maxLength: 6,
          },
        ),
        fc.integer({ min: 0, max: 150 }),
        fc.integer({ min: 1, max: 100 }),
        (paid, day, later) => {
          const payments = paid.map((entry) => ({
            date: addDays('2026-11-20', entry.offset),
            amount: entry.amount,
          }));
          const first = track(payments, addDays('2026-11-20', day));
          if (first.state === 'current') return;
          const second = track(payments, addDays('2026-11-20', day + later));
          expect(second.state).toBe(first.state);
          expect(second.since).toBe(first.since);
        },
      ),
    );
  });
});

describe('trackPromise', () => {
  const promise = { date: '2026-11-16', amount: nok(152_750) };

  it('stays active until the date, is kept when paid in full by then, broken the day after if not', () => {
    expect(trackPromise({ ...promise, payments: [] }, '2026-11-16').state).toBe('active');
    const broken = trackPromise({ ...promise, payments: [] }, '2026-11-17');
    expect(broken).toMatchObject({ state: 'broken', since: '2026-11-17' });
    const kept = trackPromise(
      { ...promise, payments: [{ date: '2026-11-16', amount: nok(152_750) }] },
      '2026-11-20',
    );
    expect(kept).toMatchObject({ state: 'kept', since: '2026-11-16' });
  });

  it('is broken when only part arrives by the date', () => {
    const standing = trackPromise(
      { ...promise, payments: [{ date: '2026-11-10', amount: nok(100_000) }] },
      '2026-11-17',
    );
    expect(standing.state).toBe('broken');
    expect(standing.paid).toEqual(nok(100_000));
  });

  it('refuses a promise of nothing', () => {
    expect(() => trackPromise({ date: '2026-11-16', amount: nok(0), payments: [] }, '2026-11-01')).toThrow(
      RangeError,
    );
  });
});
