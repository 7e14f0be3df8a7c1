import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from '../../../src/domain/dates';
import type { Country, CustomerKind } from '../../../src/domain/law';
import { money } from '../../../src/domain/money';
import {
  type AssessmentSettings,
  accountStage,
  assessInvoice,
  type Charge,
  type InvoiceInput,
  type NoticeStage,
  resolveSchedule,
  type SentReminder,
} from '../../../src/domain/stage';

const CURRENCY: Record<Country, string> = {
  NO: 'NOK',
  NL: 'EUR',
  DE: 'EUR',
  GB: 'GBP',
  SE: 'SEK',
  DK: 'DKK',
  other: 'EUR',
};

function invoiceIn(
  country: Country,
  kind: CustomerKind,
  overrides: Partial<InvoiceInput> & { amount?: number } = {},
): InvoiceInput {
  const { amount = 149_000, ...rest } = overrides;
  return {
    issueDate: '2026-09-20',
    dueDate: '2026-10-04',
    total: money(amount, CURRENCY[country]),
    customer: { kind, country },
    ...rest,
  };
}

const fee = (amount: number, currency: string) => money(amount, currency);
const notice = (sentAt: string, stage?: NoticeStage, feeAmount?: number, currency = 'NOK'): SentReminder => ({
  sentAt,
  ...(stage ? { stage } : {}),
  ...(feeAmount !== undefined ? { fee: fee(feeAmount, currency) } : {}),
});
const ofKind = (charges: readonly Charge[], kind: Charge['kind']) => charges.filter((c) => c.kind === kind);

describe('resolveSchedule', () => {
  it('defaults to a short run with the country’s minimum before collection', () => {
    expect(resolveSchedule('NO', 'consumer')).toEqual({
      upcomingDays: 5,
      reminder: 1,
      firm: 15,
      final: 29,
      collection: 43,
      daysToPay: 14,
    });
    expect(resolveSchedule('NL', 'consumer').collection).toBe(44);
    expect(resolveSchedule('NL', 'business').collection).toBe(43);
    expect(resolveSchedule('GB', 'consumer').collection).toBe(59);
    expect(resolveSchedule('NO', 'consumer', { final: 40 }).collection).toBe(54);
    expect(resolveSchedule('NO', 'consumer', { collection: 70 }).collection).toBe(70);
  });

  it('refuses schedules that go backwards or are not whole days', () => {
    expect(() => resolveSchedule('NO', 'consumer', { firm: 40 })).toThrow(/must not decrease/);
    expect(() => resolveSchedule('NO', 'consumer', { reminder: 1.5 })).toThrow(RangeError);
    expect(() => resolveSchedule('NO', 'consumer', { daysToPay: 0 })).toThrow(RangeError);
  });
});

describe('Norway, consumer: a timeline', () => {
  const settings: AssessmentSettings = { country: 'NO' };
  const sent = [
    notice('2026-10-05', 'reminder'),
    notice('2026-10-19', 'firm', 3_750),
    notice('2026-11-02', 'final', 3_750),
  ];
  const at = (now: string, reminders = sent) =>
    assessInvoice(
      invoiceIn('NO', 'consumer', { reminders: reminders.filter((r) => r.sentAt <= now) }),
      settings,
      now,
    );

  it('is upcoming before the due date, with a heads-up only in the last days', () => {
    const early = at('2026-09-25');
    expect(early).toMatchObject({ stage: 'upcoming', notify: false, daysUntilDue: 9, daysOverdue: 0 });
    expect(at('2026-09-29')).toMatchObject({ stage: 'upcoming', notify: true, daysUntilDue: 5 });
    expect(at('2026-10-04')).toMatchObject({ stage: 'upcoming', notify: true, daysUntilDue: 0 });
    // The first reminder comes the day after the due date, too early for a fee.
    expect(early.nextStep).toEqual({ kind: 'reminder', date: '2026-10-05' });
  });

  it('moves to reminder, firm, final and collection as notices go out and deadlines pass', () => {
    const first = at('2026-10-05');
    expect(first).toMatchObject({ stage: 'reminder', daysOverdue: 1, notify: true });
    // The firm notice may carry a fee: it would be sent ≥ 14 days after the due date.
    expect(first.nextStep).toEqual({ kind: 'firm', date: '2026-10-19', fee: money(3_750, 'NOK') });

    expect(at('2026-10-18').stage).toBe('reminder');
    expect(at('2026-10-19').stage).toBe('firm');
    expect(at('2026-11-01').stage).toBe('firm');
    const final = at('2026-11-02');
    expect(final.stage).toBe('final');
    expect(final.nextStep).toEqual({ kind: 'collection', date: '2026-11-16' });
    expect(at('2026-11-15').stage).toBe('final');
    const collection = at('2026-11-16');
    expect(collection.stage).toBe('collection');
    expect(collection.nextStep).toBeNull();
  });

  it('charges the fees the notices stated: 37.50 for the firm reminder and the inkassovarsel', () => {
    const result = at('2026-11-16');
    expect(ofKind(result.charges, 'reminder-fee')).toEqual([
      {
        kind: 'reminder-fee',
        amount: money(3_750, 'NOK'),
        basis: 'no.inkassoloven.purregebyr',
        date: '2026-10-19',
        check: true,
      },
    ]);
    expect(ofKind(result.charges, 'notice-fee')).toEqual([
      {
        kind: 'notice-fee',
        amount: money(3_750, 'NOK'),
        basis: 'no.inkassoloven.inkassovarsel',
        date: '2026-11-02',
        check: true,
      },
    ]);
    expect(ofKind(result.charges, 'compensation')).toEqual([]);
  });

  it('accrues forsinkelsesrente from the day after the due date', () => {
    const [interest] = ofKind(at('2026-11-10').charges, 'interest');
    // 1 490 kr × 12 % × 37/365 = 18.12 kr
    expect(interest).toMatchObject({
      amount: money(1_812, 'NOK'),
      basis: 'no.forsinkelsesrenteloven',
      rate: 12,
      period: { from: '2026-10-05', to: '2026-11-10' },
    });
  });
});

describe('Norway: reminder fee rules', () => {
  const settings: AssessmentSettings = { country: 'NO' };
  const feesOf = (reminders: SentReminder[], now = '2026-12-31') =>
    assessInvoice(invoiceIn('NO', 'consumer', { reminders }), settings, now).charges.filter(
      (c) => c.kind === 'reminder-fee' || c.kind === 'notice-fee',
    );

  it('drops the fee of a reminder sent less than 14 days after the due date', () => {
    expect(feesOf([notice('2026-10-17', undefined, 3_750)])).toEqual([]);
    expect(feesOf([notice('2026-10-18', undefined, 3_750)])).toHaveLength(1);
  });

  it('caps a fee at 1/20 of the inkassosats in force when sent', () => {
    expect(feesOf([notice('2026-10-20', undefined, 5_000)])[0]?.amount).toEqual(money(3_750, 'NOK'));
    const in2025 = assessInvoice(
      invoiceIn('NO', 'consumer', {
        dueDate: '2025-10-04',
        reminders: [notice('2025-10-20', undefined, 5_000)],
      }),
      settings,
      '2025-11-01',
    );
    expect(ofKind(in2025.charges, 'reminder-fee')[0]?.amount).toEqual(money(3_500, 'NOK'));
  });

  it('charges no fee a notice did not state', () => {
    expect(feesOf([notice('2026-10-20')])).toEqual([]);
  });

  it('charges two fees at most, the second only after the first deadline', () => {
    const tooSoon = feesOf([notice('2026-10-20', undefined, 3_750), notice('2026-11-02', undefined, 3_750)]);
    expect(tooSoon.map((c) => c.date)).toEqual(['2026-10-20']);
    const three = feesOf([
      notice('2026-10-20', undefined, 3_750),
      notice('2026-11-03', undefined, 3_750),
      notice('2026-11-17', 'final', 3_750),
    ]);
    expect(three.map((c) => c.date)).toEqual(['2026-10-20', '2026-11-03']);
  });

  it('projects no fee on the final notice once two fees were charged', () => {
    const result = assessInvoice(
      invoiceIn('NO', 'consumer', {
        reminders: [notice('2026-10-18', undefined, 3_750), notice('2026-11-01', 'firm', 3_750)],
      }),
      settings,
      '2026-11-10',
    );
    expect(result.stage).toBe('firm');
    expect(result.nextStep).toEqual({ kind: 'final', date: '2026-11-15' });
  });

  it('projects no fees when the creditor charges none', () => {
    const result = assessInvoice(
      invoiceIn('NO', 'consumer'),
      { country: 'NO', chargeReminderFees: false },
      '2026-10-05',
    );
    expect(result.nextStep).toEqual({ kind: 'firm', date: '2026-10-19' });
  });
});

describe('Norway, business', () => {
  it('owes 460 kr standardkompensasjon and interest, and no reminder fees', () => {
    const result = assessInvoice(
      invoiceIn('NO', 'business', { reminders: [notice('2026-10-20', undefined, 3_750)] }),
      { country: 'NO' },
      '2026-11-10',
    );
    expect(ofKind(result.charges, 'reminder-fee')).toEqual([]);
    expect(ofKind(result.charges, 'compensation')).toEqual([
      {
        kind: 'compensation',
        amount: money(46_000, 'NOK'),
        basis: 'no.forsinkelsesrenteloven.3a',
        date: '2026-10-05',
        check: true,
      },
    ]);
    expect(ofKind(result.charges, 'interest')).toHaveLength(1);
    expect(result.nextStep?.fee).toBeUndefined();
  });

  it('owes nothing when paid by the due date', () => {
    const result = assessInvoice(
      invoiceIn('NO', 'business', { payments: [{ date: '2026-10-04', amount: money(149_000, 'NOK') }] }),
      { country: 'NO' },
      '2026-11-10',
    );
    expect(result).toMatchObject({ settled: true, notify: false, nextStep: null, charges: [] });
    expect(result.outstanding).toEqual(money(0, 'NOK'));
  });
});

describe('collection never comes without a final notice', () => {
  it('stops at final when only ordinary reminders were sent', () => {
    const result = assessInvoice(
      invoiceIn('NO', 'consumer', {
        reminders: [notice('2026-10-05'), notice('2026-10-19'), notice('2026-11-02'), notice('2026-11-16')],
      }),
      { country: 'NO' },
      '2027-03-01',
    );
    expect(result.stage).toBe('final');
    expect(result.nextStep).toEqual({ kind: 'collection', date: '2027-03-15' });
  });

  it('waits the legal minimum after the final notice even when the schedule is shorter', () => {
    const settings: AssessmentSettings = {
      country: 'NO',
      schedule: { final: 20, collection: 21, daysToPay: 7 },
    };
    const reminders = [notice('2026-10-05'), notice('2026-10-12', 'firm'), notice('2026-10-24', 'final')];
    const on = (now: string) =>
      assessInvoice(invoiceIn('NO', 'consumer', { reminders }), settings, now).stage;
    expect(on('2026-11-06')).toBe('final');
    expect(on('2026-11-07')).toBe('collection');
  });

  it('holds for any notices, dates and countries (property)', () => {
    const countries: Country[] = ['NO', 'NL', 'DE', 'GB', 'SE', 'DK', 'other'];
    const minimum: Partial<Record<Country, Partial<Record<CustomerKind, number>>>> = {
      NO: { consumer: 14, business: 14 },
      NL: { consumer: 15 },
      GB: { consumer: 30 },
    };
    fc.assert(
      fc.property(
        fc.constantFrom(...countries),
        fc.constantFrom<CustomerKind>('consumer', 'business'),
        fc.array(
          fc.record({
            day: fc.integer({ min: -5, max: 200 }),
            stage: fc.option(fc.constantFrom<NoticeStage>('reminder', 'firm', 'final'), { nil: undefined }),
          }),
          { maxLength: 6 },
        ),
        fc.integer({ min: 0, max: 300 }),
        (country, kind, notices, nowDay) => {
          const reminders = notices.map((n) => notice(addDays('2026-10-04', n.day), n.stage));
          const now = addDays('2026-10-04', nowDay);
          const result = assessInvoice(invoiceIn(country, kind, { reminders }), { country }, now);
          if (result.unpausedStage !== 'collection') return;
          const gap = Math.max(14, minimum[country]?.[kind] ?? 0);
          const finals = reminders.filter(
            (r) => r.stage === 'final' && r.sentAt > '2026-10-04' && daysBetween(r.sentAt, now) >= gap,
          );
          expect(finals.length).toBeGreaterThan(0);
        },
      ),
    );
  });
});

describe('Netherlands, consumer', () => {
  const settings: AssessmentSettings = { country: 'NL' };
  const reminders = [
    notice('2026-10-05', 'reminder', 1_500, 'EUR'),
    notice('2026-10-19', 'firm', 1_500, 'EUR'),
    notice('2026-11-02', 'final'),
  ];
  const at = (now: string, amount = 100_000) =>
    assessInvoice(
      invoiceIn('NL', 'consumer', { amount, reminders: reminders.filter((r) => r.sentAt <= now) }),
      settings,
      now,
    );

  it('charges no fees on reminders', () => {
    const result = at('2026-11-10');
    expect(ofKind(result.charges, 'reminder-fee')).toEqual([]);
    expect(result.nextStep).toEqual({ kind: 'collection', date: '2026-11-17', fee: money(15_000, 'EUR') });
  });

  it('owes BIK only once the 14-dagenbrief expired (14 days from the day after receipt)', () => {
    const waiting = at('2026-11-16');
    expect(waiting.stage).toBe('final');
    expect(ofKind(waiting.charges, 'collection-costs')).toEqual([]);
    const expired = at('2026-11-17');
    expect(expired.stage).toBe('collection');
    expect(ofKind(expired.charges, 'collection-costs')).toEqual([
      { kind: 'collection-costs', amount: money(15_000, 'EUR'), basis: 'nl.wik.bik', date: '2026-11-17' },
    ]);
  });

  it('follows the BIK scale through the stage engine', () => {
    const bikOn = (amount: number) =>
      ofKind(at('2026-11-20', amount).charges, 'collection-costs')[0]?.amount.amount;
    expect(bikOn(10_000)).toBe(4_000);
    expect(bikOn(300_000)).toBe(42_500);
    expect(bikOn(1_000_000)).toBe(87_500);
  });

  it('owes no BIK when paid within the 14 days', () => {
    const result = assessInvoice(
      invoiceIn('NL', 'consumer', {
        amount: 100_000,
        reminders,
        payments: [{ date: '2026-11-15', amount: money(100_000, 'EUR') }],
      }),
      settings,
      '2026-12-01',
    );
    expect(ofKind(result.charges, 'collection-costs')).toEqual([]);
    expect(result.settled).toBe(true);
  });

  it('accrues wettelijke rente at 6 %', () => {
    const [interest] = ofKind(at('2026-11-03').charges, 'interest');
    // €1,000 × 6 % × 30/365 = €4.93
    expect(interest).toMatchObject({ amount: money(493, 'EUR'), rate: 6, basis: 'nl.bw.6-119' });
  });
});

describe('Netherlands, business', () => {
  it('owes €40 and handelsrente, needs no 14-dagenbrief minimum beyond the schedule', () => {
    const reminders = [notice('2026-10-05'), notice('2026-10-19', 'firm'), notice('2026-11-02', 'final')];
    const result = assessInvoice(
      invoiceIn('NL', 'business', { amount: 100_000, reminders }),
      { country: 'NL' },
      '2026-11-16',
    );
    expect(result.stage).toBe('collection');
    expect(ofKind(result.charges, 'compensation')[0]).toMatchObject({
      amount: money(4_000, 'EUR'),
      basis: 'nl.bw.6-96',
    });
    expect(ofKind(result.charges, 'interest')[0]).toMatchObject({
      rate: 10.15,
      basis: 'nl.bw.6-119a',
      check: true,
    });
    expect(ofKind(result.charges, 'collection-costs')).toEqual([]);
  });
});

describe('Germany', () => {
  const settings: AssessmentSettings = { country: 'DE' };

  it('consumers: interest once in default, 30 days after the due date without a reminder', () => {
    const invoice = invoiceIn('DE', 'consumer', {
      amount: 100_000,
      dueDate: '2026-03-01',
      issueDate: '2026-02-15',
    });
    expect(ofKind(assessInvoice(invoice, settings, '2026-03-31').charges, 'interest')).toEqual([]);
    const [interest] = ofKind(assessInvoice(invoice, settings, '2026-04-10').charges, 'interest');
    expect(interest).toMatchObject({
      rate: 6.27,
      basis: 'de.bgb.288',
      period: { from: '2026-04-01', to: '2026-04-10' },
    });
  });

  it('consumers: a reminder puts them in default at once', () => {
    const invoice = invoiceIn('DE', 'consumer', {
      amount: 100_000,
      dueDate: '2026-03-01',
      issueDate: '2026-02-15',
      reminders: [notice('2026-03-05', undefined, 250, 'EUR')],
    });
    const [interest] = ofKind(assessInvoice(invoice, settings, '2026-03-20').charges, 'interest');
    expect(interest?.period).toEqual({ from: '2026-03-06', to: '2026-03-20' });
  });

  it('consumers: the first reminder is free, later ones cost material cost at most', () => {
    const reminders = [
      notice('2026-10-05', undefined, 250, 'EUR'),
      notice('2026-10-19', undefined, 500, 'EUR'),
      notice('2026-11-02', 'final', 250, 'EUR'),
    ];
    const result = assessInvoice(invoiceIn('DE', 'consumer', { reminders }), settings, '2026-11-10');
    expect(
      result.charges.filter((c) => c.kind.endsWith('fee')).map((c) => [c.date, c.amount.amount, c.basis]),
    ).toEqual([
      ['2026-10-19', 250, 'de.bgb.286'],
      ['2026-11-02', 250, 'de.bgb.286'],
    ]);
  });

  it('businesses: €40 flat fee and base + 9 points, no reminder fees', () => {
    const reminders = [
      notice('2026-10-05', undefined, 250, 'EUR'),
      notice('2026-10-19', undefined, 250, 'EUR'),
    ];
    const result = assessInvoice(invoiceIn('DE', 'business', { reminders }), settings, '2026-11-10');
    expect(ofKind(result.charges, 'reminder-fee')).toEqual([]);
    expect(ofKind(result.charges, 'compensation')[0]).toMatchObject({
      amount: money(4_000, 'EUR'),
      basis: 'de.bgb.288.5',
      date: '2026-10-06',
    });
    expect(ofKind(result.charges, 'interest')[0]?.rate).toBe(10.27);
  });
});

describe('United Kingdom', () => {
  it('businesses: the fixed sum by debt size and statutory interest', () => {
    const result = assessInvoice(
      invoiceIn('GB', 'business', { amount: 500_000 }),
      { country: 'GB' },
      '2026-11-10',
    );
    expect(ofKind(result.charges, 'compensation')[0]).toMatchObject({
      amount: money(7_000, 'GBP'),
      basis: 'gb.late-payment-act.fixed-sum',
    });
    expect(ofKind(result.charges, 'interest')[0]).toMatchObject({
      rate: 11.75,
      basis: 'gb.late-payment-act',
      check: true,
    });
  });

  it('consumers: no charges, and 30 days after the letter of claim before collection', () => {
    const reminders = [notice('2026-10-05'), notice('2026-10-19', 'firm'), notice('2026-11-02', 'final')];
    const on = (now: string) =>
      assessInvoice(invoiceIn('GB', 'consumer', { reminders }), { country: 'GB' }, now);
    expect(on('2026-11-10').charges).toEqual([]);
    expect(on('2026-11-10').nextStep).toEqual({ kind: 'collection', date: '2026-12-02' });
    expect(on('2026-12-01').stage).toBe('final');
    expect(on('2026-12-02').stage).toBe('collection');
  });
});

describe('Sweden and Denmark', () => {
  it('Sweden: the reminder fee only if agreed, once; the collection demand costs 180 kr', () => {
    const reminders = [
      notice('2026-10-10', undefined, 6_000, 'SEK'),
      notice('2026-10-25', undefined, 6_000, 'SEK'),
    ];
    const invoice = invoiceIn('SE', 'consumer', { reminders });
    expect(assessInvoice(invoice, { country: 'SE' }, '2026-11-01').charges).toEqual([]);
    const agreed = assessInvoice(invoice, { country: 'SE', reminderFeesAgreed: true }, '2026-11-01');
    expect(agreed.charges.map((c) => [c.kind, c.date, c.amount.amount])).toEqual([
      ['reminder-fee', '2026-10-10', 6_000],
    ]);
    const final = assessInvoice(
      invoiceIn('SE', 'consumer', { reminders: [...reminders, notice('2026-11-05', 'final')] }),
      { country: 'SE' },
      '2026-11-10',
    );
    expect(final.nextStep).toEqual({ kind: 'collection', date: '2026-11-19', fee: money(18_000, 'SEK') });
  });

  it('Denmark: 100 kr per reminder, at most three, at least 10 days apart', () => {
    const reminders = [
      '2026-10-05',
      '2026-10-10',
      '2026-10-15',
      '2026-10-25',
      '2026-11-04',
      '2026-11-20',
    ].map((day) => notice(day, undefined, 10_000, 'DKK'));
    const result = assessInvoice(invoiceIn('DK', 'consumer', { reminders }), { country: 'DK' }, '2026-12-01');
    expect(ofKind(result.charges, 'reminder-fee').map((c) => c.date)).toEqual([
      '2026-10-05',
      '2026-10-15',
      '2026-10-25',
    ]);
  });
});

describe('interest across the 2025-H2 / 2026-H1 boundary', () => {
  const invoice = invoiceIn('NO', 'consumer', {
    amount: 10_000_000,
    issueDate: '2025-12-01',
    dueDate: '2025-12-15',
  });

  it('uses each half-year’s rate for its days', () => {
    const interest = ofKind(assessInvoice(invoice, { country: 'NO' }, '2026-01-15').charges, 'interest');
    expect(interest).toEqual([
      {
        kind: 'interest',
        amount: money(54_795, 'NOK'), // 100 000 kr × 12.5 % × 16/365
        basis: 'no.forsinkelsesrenteloven',
        date: '2025-12-31',
        rate: 12.5,
        period: { from: '2025-12-16', to: '2025-12-31' },
        check: true,
      },
      {
        kind: 'interest',
        amount: money(49_315, 'NOK'), // 100 000 kr × 12 % × 15/365
        basis: 'no.forsinkelsesrenteloven',
        date: '2026-01-15',
        rate: 12,
        period: { from: '2026-01-01', to: '2026-01-15' },
      },
    ]);
  });

  it('stops interest on a payment from its date', () => {
    const paid = { ...invoice, payments: [{ date: '2026-01-08', amount: money(5_000_000, 'NOK') }] };
    const interest = ofKind(assessInvoice(paid, { country: 'NO' }, '2026-01-15').charges, 'interest');
    // 7 days on 100 000 kr and 8 days on 50 000 kr at 12 %
    expect(interest[1]?.amount).toEqual(money(36_164, 'NOK'));
    expect(interest[0]?.amount).toEqual(money(54_795, 'NOK'));
  });
});

describe('pauses', () => {
  const base = invoiceIn('NO', 'consumer', {
    reminders: [notice('2026-10-05'), notice('2026-10-19', 'firm')],
  });
  const settings: AssessmentSettings = { country: 'NO' };
  const now = '2026-11-01';

  it('without a pause the invoice is firm', () => {
    expect(assessInvoice(base, settings, now)).toMatchObject({ stage: 'firm', unpausedStage: 'firm' });
  });

  it('the creditor pauses, before anything else', () => {
    const result = assessInvoice(
      { ...base, creditorPaused: true, disputes: [{ status: 'open' }] },
      settings,
      now,
    );
    expect(result).toMatchObject({
      stage: 'paused',
      pauseReason: 'creditor',
      unpausedStage: 'firm',
      notify: false,
    });
    expect(result.nextStep).toBeNull();
  });

  it('a dispute on the whole invoice pauses it and stops charges on the disputed part', () => {
    const result = assessInvoice({ ...base, disputes: [{ status: 'open' }] }, settings, now);
    expect(result).toMatchObject({ stage: 'paused', pauseReason: 'dispute' });
    expect(result.payable).toEqual(money(0, 'NOK'));
    expect(result.disputed).toEqual(money(149_000, 'NOK'));
    expect(ofKind(result.charges, 'interest')).toEqual([]);
  });

  it('a partial dispute keeps the stage for the payable rest', () => {
    const full = assessInvoice(base, settings, now);
    const result = assessInvoice(
      { ...base, disputes: [{ status: 'open', amount: money(40_000, 'NOK') }] },
      settings,
      now,
    );
    expect(result).toMatchObject({
      stage: 'firm',
      disputed: money(40_000, 'NOK'),
      payable: money(109_000, 'NOK'),
    });
    expect(result.pauseReason).toBeUndefined();
    const interestOn = (r: typeof result) => ofKind(r.charges, 'interest')[0]?.amount.amount ?? 0;
    expect(interestOn(result)).toBeLessThan(interestOn(full));
    expect(interestOn(result)).toBeGreaterThan(0);
  });

  it('a dispute on lines is valued by the lines', () => {
    const withLines = {
      ...base,
      lines: [
        { id: 'l1', amount: money(144_100, 'NOK') },
        { id: 'l2', amount: money(4_900, 'NOK') },
      ],
      disputes: [{ status: 'open' as const, lineIds: ['l2'] }],
    };
    expect(assessInvoice(withLines, settings, now)).toMatchObject({
      stage: 'firm',
      disputed: money(4_900, 'NOK'),
    });
  });

  it('a resolved dispute no longer counts', () => {
    expect(assessInvoice({ ...base, disputes: [{ status: 'resolved' }] }, settings, now).stage).toBe('firm');
  });

  it('an active plan pauses; a lapsed plan does not', () => {
    expect(assessInvoice({ ...base, plan: { lapsed: false } }, settings, now)).toMatchObject({
      stage: 'paused',
      pauseReason: 'plan',
      nextStep: null,
    });
    expect(assessInvoice({ ...base, plan: { lapsed: true } }, settings, now).stage).toBe('firm');
  });

  it('a promise pauses until its date, then escalation resumes', () => {
    const promised = { ...base, promise: { date: '2026-11-05' } };
    const waiting = assessInvoice(promised, settings, '2026-11-05');
    expect(waiting).toMatchObject({
      stage: 'paused',
      pauseReason: 'promise',
      // The calendar kept running: the firm notice's deadline passed during the promise.
      unpausedStage: 'final',
      nextStep: { kind: 'resume', date: '2026-11-06' },
    });
    expect(assessInvoice(promised, settings, '2026-11-06').stage).toBe('final');
  });
});

describe('accountStage', () => {
  const settings: AssessmentSettings = { country: 'NO' };
  const reminder = assessInvoice(invoiceIn('NO', 'consumer'), settings, '2026-10-10');
  const final = assessInvoice(
    invoiceIn('NO', 'consumer', {
      reminders: [notice('2026-10-05'), notice('2026-10-19', 'firm'), notice('2026-11-02', 'final')],
    }),
    settings,
    '2026-11-05',
  );
  const pausedFinal = assessInvoice(
    invoiceIn('NO', 'consumer', {
      reminders: [notice('2026-10-05'), notice('2026-10-19', 'firm'), notice('2026-11-02', 'final')],
      plan: { lapsed: false },
    }),
    settings,
    '2026-11-05',
  );
  const paid = assessInvoice(
    invoiceIn('NO', 'consumer', {
      reminders: [notice('2026-10-05'), notice('2026-10-19', 'firm'), notice('2026-11-02', 'final')],
      payments: [{ date: '2026-11-20', amount: money(149_000, 'NOK') }],
    }),
    settings,
    '2026-12-30',
  );
  const upcoming = assessInvoice(invoiceIn('NO', 'consumer'), settings, '2026-10-01');

  it('is the most advanced stage among open, unpaused invoices', () => {
    expect(final.stage).toBe('final');
    expect(accountStage([reminder, final, upcoming])).toBe('final');
    expect(accountStage([reminder, pausedFinal, upcoming])).toBe('reminder');
    expect(accountStage([upcoming])).toBe('upcoming');
  });

  it('ignores settled invoices, is paused when all open ones are, and null when nothing is open', () => {
    expect(paid.settled).toBe(true);
    expect(accountStage([paid, reminder])).toBe('reminder');
    expect(accountStage([pausedFinal, paid])).toBe('paused');
    expect(accountStage([paid])).toBeNull();
    expect(accountStage([])).toBeNull();
  });
});

describe('input checks', () => {
  it('refuses malformed dates and mixed currencies', () => {
    expect(() =>
      assessInvoice(invoiceIn('NO', 'consumer', { dueDate: '2026-02-30' }), { country: 'NO' }, '2026-03-01'),
    ).toThrow(RangeError);
    expect(() =>
      assessInvoice(
        invoiceIn('NO', 'consumer', { payments: [{ date: '2026-10-10', amount: money(100, 'EUR') }] }),
        { country: 'NO' },
        '2026-11-01',
      ),
    ).toThrow(/EUR/);
  });

  it('takes now as a Date, read in UTC', () => {
    const fromDate = assessInvoice(
      invoiceIn('NO', 'consumer'),
      { country: 'NO' },
      new Date('2026-10-10T23:00:00Z'),
    );
    expect(fromDate.daysOverdue).toBe(6);
  });
});
