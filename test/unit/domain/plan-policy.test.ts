import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, addMonths } from '../../../src/domain/dates';
import { money } from '../../../src/domain/money';
import {
  checkPlan,
  checkPromise,
  DEFAULT_GRACE_DAYS,
  DEFAULT_REVIEW_DAYS,
  firstDueWindow,
  graceDaysOf,
  maxCountWithinPolicy,
  type PlanPolicy,
  planAmount,
  reviewDaysOf,
  suggestPlan,
} from '../../../src/domain/plan-policy';
import { type ScheduledInstalment, scheduleByCount, scheduleTotal } from '../../../src/domain/schedule';

const nok = (amount: number) => money(amount, 'NOK');
const today = '2026-11-02';

/** The CONTRACT's Norwegian creditor, with the server's defaults for what it leaves out. */
const policy: PlanPolicy = {
  minInstalment: nok(20_000),
  maxCount: 6,
  maxMonths: 6,
  maxFirstDueDays: 30,
  allowBiweekly: false,
};
const total = nok(152_750);

function byCount(count: number, firstDueDate = '2026-12-01', extra: Partial<PlanPolicy> = {}) {
  const merged = { ...policy, ...extra };
  return scheduleByCount({
    total,
    ...(merged.fee ? { fee: merged.fee } : {}),
    count,
    firstDueDate,
  });
}

function verdict(
  instalments: readonly ScheduledInstalment[],
  extra: Partial<PlanPolicy> = {},
  frequency?: 'biweekly',
) {
  return checkPlan(
    { instalments, ...(frequency ? { frequency } : {}) },
    { total, policy: { ...policy, ...extra }, today },
  );
}

const rules = (result: ReturnType<typeof verdict>) =>
  result.breaches.map((breach) => `${breach.rule}:${breach.severity}`);

describe('checkPlan: within the policy', () => {
  it('accepts the CONTRACT example (3 instalments from 1 December) at once', () => {
    expect(verdict(byCount(3))).toEqual({ decision: 'accept', breaches: [] });
  });

  it('accepts the longest plan the policy allows and a first payment on its last day', () => {
    expect(verdict(byCount(6, addDays(today, 30))).decision).toBe('accept');
  });

  it('accepts one instalment below the minimum: paying everything at once is always fine', () => {
    const small = nok(5_000);
    const result = checkPlan(
      { instalments: [{ dueDate: '2026-11-20', amount: small }] },
      { total: small, policy, today },
    );
    expect(result.decision).toBe('accept');
  });

  it('accepts biweekly instalments where the policy allows them', () => {
    const schedule = scheduleByCount({ total, count: 6, firstDueDate: '2026-11-16', frequency: 'biweekly' });
    expect(verdict(schedule, { allowBiweekly: true }, 'biweekly').decision).toBe('accept');
  });
});

describe('checkPlan: refused at once', () => {
  it('min_instalment: an instalment below the minimum, naming it', () => {
    const result = verdict(byCount(3), { minInstalment: nok(60_000) });
    expect(rules(result)).toEqual(['min_instalment:refuse']);
    expect(result.breaches[0]).toMatchObject({ params: { min: nok(60_000), index: 0 } });
    expect(result.decision).toBe('refuse');
  });

  it('first_due_in_past: a first payment before today', () => {
    const result = verdict(byCount(3, '2026-11-01'));
    expect(rules(result)).toEqual(['first_due_in_past:refuse']);
    expect(result.breaches[0]).toMatchObject({ params: { earliest: today } });
  });

  it('first_due_too_late: beyond twice the limit is refused', () => {
    const result = verdict(byCount(3, addDays(today, 61)));
    expect(rules(result)).toEqual(['first_due_too_late:refuse']);
    expect(result.breaches[0]).toMatchObject({ params: { latest: addDays(today, 30), days: 30 } });
  });

  it('sum_mismatch: instalments that do not add up to the total plus the fee', () => {
    const instalments = byCount(3);
    const result = verdict(instalments, { fee: nok(5_000) });
    expect(rules(result)).toEqual(['sum_mismatch:refuse']);
    expect(result.breaches[0]).toMatchObject({
      params: { expected: nok(157_750), actual: nok(152_750), fee: nok(5_000) },
    });
    // With the fee added the same plan is fine.
    expect(verdict(byCount(3, '2026-12-01', { fee: nok(5_000) }), { fee: nok(5_000) }).decision).toBe(
      'accept',
    );
  });

  it('currency: an instalment in another currency stops every other check', () => {
    const result = verdict([{ dueDate: '2026-12-01', amount: money(152_750, 'EUR') }]);
    expect(rules(result)).toEqual(['currency:refuse']);
  });

  it('frequency: biweekly where the policy allows only monthly, or instalments too close together', () => {
    const biweekly = scheduleByCount({ total, count: 4, firstDueDate: '2026-11-16', frequency: 'biweekly' });
    expect(rules(verdict(biweekly, {}, 'biweekly'))).toEqual(['frequency:refuse']);
    expect(rules(verdict(biweekly))).toEqual(['frequency:refuse']);
    const tooClose = [
      { dueDate: '2026-11-16', amount: nok(100_000) },
      { dueDate: '2026-11-20', amount: nok(52_750) },
    ];
    expect(verdict(tooClose, { allowBiweekly: true }).breaches[0]).toMatchObject({
      rule: 'frequency',
      params: { minDays: 14, index: 1 },
    });
  });

  it('max_count and max_months: more than twice the limit is refused', () => {
    const long = scheduleByCount({ total: nok(10_000_000), count: 13, firstDueDate: '2026-12-01' });
    const result = checkPlan({ instalments: long }, { total: nok(10_000_000), policy, today });
    expect(rules(result)).toEqual(['max_count:refuse', 'max_months:refuse']);
  });

  it('lists refusals before what would only need review', () => {
    const result = verdict(byCount(7, addDays(today, 40)), { minInstalment: nok(30_000) });
    expect(result.decision).toBe('refuse');
    expect(rules(result)).toEqual([
      'min_instalment:refuse',
      'first_due_too_late:review',
      'max_count:review',
      'max_months:review',
    ]);
  });
});

describe('checkPlan: sent to the creditor for review', () => {
  it('max_count and max_months: a few more instalments than the policy allows', () => {
    const result = verdict(byCount(7));
    expect(result.decision).toBe('review');
    expect(rules(result)).toEqual(['max_count:review', 'max_months:review']);
    expect(result.breaches[0]).toMatchObject({ params: { max: 6 } });
  });

  it('max_months alone: few instalments spread wider than the months allowed', () => {
    const instalments = [
      { dueDate: '2026-12-01', amount: nok(52_750) },
      { dueDate: '2027-03-01', amount: nok(50_000) },
      { dueDate: '2027-06-01', amount: nok(50_000) },
    ];
    expect(rules(verdict(instalments))).toEqual(['max_months:review']);
  });

  it('first_due_too_late: a first payment somewhat later than the policy allows', () => {
    expect(rules(verdict(byCount(3, addDays(today, 31))))).toEqual(['first_due_too_late:review']);
    expect(rules(verdict(byCount(3, addDays(today, 60))))).toEqual(['first_due_too_late:review']);
  });

  it('after_lapse: a new plan after one on these invoices lapsed', () => {
    const result = checkPlan({ instalments: byCount(3) }, { total, policy, today, lapsedBefore: true });
    expect(result).toEqual({
      decision: 'review',
      breaches: [{ rule: 'after_lapse', severity: 'review', params: {} }],
    });
  });

  it('refuses an empty proposal outright', () => {
    expect(() => checkPlan({ instalments: [] }, { total, policy, today })).toThrow(RangeError);
  });
});

describe('maxCountWithinPolicy and suggestPlan', () => {
  it('is limited by the count, the minimum instalment and the months', () => {
    expect(maxCountWithinPolicy(total, policy, '2026-12-01')).toBe(6);
    expect(maxCountWithinPolicy(nok(50_000), policy, '2026-12-01')).toBe(2);
    expect(maxCountWithinPolicy(nok(5_000), policy, '2026-12-01')).toBe(1);
    expect(maxCountWithinPolicy(total, { ...policy, maxCount: 12, maxMonths: 2 }, '2026-12-01')).toBe(2);
    expect(
      maxCountWithinPolicy(total, { ...policy, maxCount: 12, maxMonths: 2 }, '2026-12-01', 'biweekly'),
    ).toBe(5);
  });

  it('suggests the gentlest monthly plan, starting in two weeks', () => {
    const suggested = suggestPlan(total, policy, today);
    expect(suggested.count).toBe(6);
    expect(suggested.firstDueDate).toBe('2026-11-16');
    expect(suggested.frequency).toBe('monthly');
    expect(scheduleTotal(suggested.instalments, 'NOK')).toEqual(total);
  });

  it('starts sooner when the policy asks for it, and includes the fee', () => {
    const suggested = suggestPlan(total, { ...policy, maxFirstDueDays: 7, fee: nok(5_000) }, today);
    expect(suggested.firstDueDate).toBe('2026-11-09');
    expect(scheduleTotal(suggested.instalments, 'NOK')).toEqual(nok(157_750));
  });

  it('always suggests a plan the policy accepts at once', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 100_000_000 }),
        fc.record({
          min: fc.integer({ min: 1, max: 100_000 }),
          maxCount: fc.integer({ min: 1, max: 24 }),
          maxMonths: fc.integer({ min: 1, max: 24 }),
          maxFirstDueDays: fc.integer({ min: 0, max: 90 }),
          fee: fc.integer({ min: 0, max: 50_000 }),
        }),
        fc.integer({ min: 0, max: 3650 }),
        (amount, limits, offset) => {
          const day = addDays('2024-01-01', offset);
          const rules: PlanPolicy = {
            minInstalment: nok(limits.min),
            maxCount: limits.maxCount,
            maxMonths: limits.maxMonths,
            maxFirstDueDays: limits.maxFirstDueDays,
            allowBiweekly: false,
            ...(limits.fee > 0 ? { fee: nok(limits.fee) } : {}),
          };
          const suggested = suggestPlan(nok(amount), rules, day);
          const result = checkPlan(
            { instalments: suggested.instalments },
            { total: nok(amount), policy: rules, today: day },
          );
          expect(result).toEqual({ decision: 'accept', breaches: [] });
          expect(
            suggested.instalments.at(-1)!.dueDate < addMonths(suggested.firstDueDate, limits.maxMonths),
          ).toBe(true);
        },
      ),
    );
  });
});

describe('checkPlan properties', () => {
  it('accepts exactly the count schedules within the policy, and never accepts one that breaks a rule', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20 }),
        fc.integer({ min: -5, max: 70 }),
        fc.integer({ min: 1_000, max: 2_000_000 }),
        (count, firstIn, amount) => {
          const first = addDays(today, firstIn);
          const instalments = scheduleByCount({ total: nok(amount), count, firstDueDate: first });
          const result = checkPlan({ instalments }, { total: nok(amount), policy, today });
          const withinPolicy =
            firstIn >= 0 &&
            firstIn <= 30 &&
            count <= 6 &&
            (count === 1 || instalments.every((instalment) => instalment.amount.amount >= 20_000));
          expect(result.decision === 'accept').toBe(withinPolicy);
          if (result.decision !== 'accept') expect(result.breaches.length).toBeGreaterThan(0);
          const severities = result.breaches.map((breach) => breach.severity);
          expect(severities).toEqual([...severities].sort((a, b) => (a === b ? 0 : a === 'refuse' ? -1 : 1)));
        },
      ),
    );
  });
});

describe('policy helpers', () => {
  it('fills the grace and review periods with their defaults', () => {
    expect(graceDaysOf(policy)).toBe(DEFAULT_GRACE_DAYS);
    expect(graceDaysOf({ graceDays: 3 })).toBe(3);
    expect(reviewDaysOf(policy)).toBe(DEFAULT_REVIEW_DAYS);
    expect(reviewDaysOf({ reviewDays: 10 })).toBe(10);
  });

  it('adds the fee to the plan amount, and gives the first-payment window', () => {
    expect(planAmount(total, { fee: nok(5_000) })).toEqual(nok(157_750));
    expect(planAmount(total, {})).toEqual(total);
    expect(firstDueWindow(policy, today)).toEqual({ earliest: today, latest: '2026-12-02' });
  });
});

describe('checkPromise', () => {
  const promisePolicy = { maxDays: 14 };

  it('accepts today up to maxDays ahead', () => {
    expect(checkPromise(today, promisePolicy, today)).toBeNull();
    expect(checkPromise('2026-11-16', promisePolicy, today)).toBeNull();
  });

  it('refuses a date in the past (promise_in_past) or too far away (promise_too_late)', () => {
    expect(checkPromise('2026-11-01', promisePolicy, today)).toEqual({
      rule: 'promise_in_past',
      params: { earliest: today },
    });
    expect(checkPromise('2026-11-17', promisePolicy, today)).toEqual({
      rule: 'promise_too_late',
      params: { latest: '2026-11-16', days: 14 },
    });
  });

  it('refuses a date that does not exist', () => {
    expect(() => checkPromise('2026-02-30', promisePolicy, today)).toThrow(RangeError);
  });
});
