import { describe, expect, it } from 'vitest';
import { noticeFor, upcomingNoticeDays } from '../../../../components/overdue-banner/notice';
import type { AccountSummary } from '../../../../src/contract/account';
import type { InvoiceSummary } from '../../../../src/contract/invoice';

const nok = (amount: number) => ({ amount, currency: 'NOK' });

function invoice(
  id: string,
  daysOverdue: number,
  outstanding: number,
  extra: Partial<InvoiceSummary> = {},
): InvoiceSummary {
  const due = new Date(Date.UTC(2026, 10, 23) - daysOverdue * 86_400_000).toISOString().slice(0, 10);
  return {
    id,
    number: id.toUpperCase(),
    currency: 'NOK',
    total: nok(outstanding),
    outstanding: nok(outstanding),
    issueDate: '2026-10-01',
    dueDate: due,
    daysOverdue,
    status: 'open',
    stage: daysOverdue > 0 ? 'reminder' : 'upcoming',
    ...extra,
  };
}

function account(overrides: Partial<AccountSummary>): AccountSummary {
  return {
    customer: { id: 'cust-1', name: 'Kari Nordmann', locale: 'nb-NO', kind: 'consumer', country: 'NO' },
    creditor: { name: 'Fjordlys Energi AS' },
    stage: 'reminder',
    tone: { style: 'direct', formality: 'informal' },
    currency: 'NOK',
    totals: { overdue: nok(0), open: nok(0), disputed: nok(0) },
    invoices: [],
    nextStep: { kind: 'none', date: null, descriptionKey: 'nextStep.none' },
    plan: null,
    disputes: [],
    promise: null,
    actions: ['view', 'pay', 'plan', 'promise', 'dispute'],
    paymentOptions: { card: false, bankTransfer: true, partial: false },
    ...overrides,
  };
}

describe('noticeFor', () => {
  it('says nothing when nothing is open', () => {
    expect(noticeFor(account({ invoices: [], stage: 'upcoming', actions: [] }))).toBeUndefined();
  });

  it('says nothing about an invoice due later than the heads-up window', () => {
    const later = invoice('inv-1', -(upcomingNoticeDays + 1), 1000);
    expect(noticeFor(account({ stage: 'upcoming', invoices: [later] }))).toBeUndefined();
    const soon = invoice('inv-2', -upcomingNoticeDays, 1000);
    expect(noticeFor(account({ stage: 'upcoming', invoices: [later, soon] }))?.invoices).toEqual([soon]);
  });

  it('covers the overdue invoices, earliest due first, and adds up what is payable', () => {
    const older = invoice('inv-old', 20, 50_000, { disputed: nok(10_000) });
    const newer = invoice('inv-new', 3, 20_000);
    const notYet = invoice('inv-future', -3, 99_000);
    const notice = noticeFor(
      account({
        invoices: [newer, notYet, older],
        nextStep: { kind: 'firm', date: '2026-12-07', fee: nok(3750), descriptionKey: 'nextStep.firm' },
      }),
    )!;
    expect(notice.invoices.map((entry) => entry.id)).toEqual(['inv-old', 'inv-new']);
    expect(notice.amount).toEqual(nok(60_000));
    expect(notice.dueDate).toBe(older.dueDate);
    expect(notice.nextDate).toBe('2026-12-07');
    expect(notice.nextFee).toEqual(nok(3750));
    expect(notice.key).toBe('reminder');
  });

  it('leaves out amounts in another currency rather than adding them up', () => {
    const euros = invoice('inv-eur', 5, 700, {
      currency: 'EUR',
      outstanding: { amount: 700, currency: 'EUR' },
    });
    const kroner = invoice('inv-nok', 5, 1000);
    expect(noticeFor(account({ invoices: [euros, kroner] }))!.amount).toEqual(nok(1000));
  });

  it('drops a zero fee and a date for "none"', () => {
    const notice = noticeFor(
      account({
        invoices: [invoice('inv-1', 5, 1000)],
        nextStep: { kind: 'none', date: '2026-12-01', fee: nok(0), descriptionKey: 'nextStep.none' },
      }),
    )!;
    expect(notice.nextDate).toBeUndefined();
    expect(notice.nextFee).toBeUndefined();
  });

  it('keys a paused notice by its reason, and covers the invoices paused for it', () => {
    const planned = invoice('inv-plan', 10, 30_000, { stage: 'paused', pauseReason: 'plan' });
    const other = invoice('inv-other', 2, 5_000);
    const notice = noticeFor(
      account({
        stage: 'paused',
        pauseReason: 'plan',
        invoices: [planned, other],
        nextStep: { kind: 'instalment_due', date: '2026-12-01', amount: nok(10_000), descriptionKey: 'x' },
      }),
    )!;
    expect(notice.key).toBe('paused-plan');
    expect(notice.pauseReason).toBe('plan');
    expect(notice.invoices).toEqual([planned]);
    expect(notice.nextAmount).toEqual(nok(10_000));
  });

  it('treats a pause without a reason as the creditor’s, covering everything open', () => {
    const notice = noticeFor(
      account({ stage: 'paused', invoices: [invoice('a', 3, 100), invoice('b', 1, 200)] }),
    )!;
    expect(notice.pauseReason).toBe('creditor');
    expect(notice.invoices).toHaveLength(2);
    expect(notice.amount).toEqual(nok(300));
  });

  it('shows the disputed amount while a dispute pauses the account', () => {
    const disputed = invoice('inv-1', 8, 10_000, {
      stage: 'paused',
      pauseReason: 'dispute',
      disputed: nok(4_000),
    });
    const notice = noticeFor(
      account({
        stage: 'paused',
        pauseReason: 'dispute',
        invoices: [disputed],
        totals: { overdue: nok(0), open: nok(10_000), disputed: nok(4_000) },
      }),
    )!;
    expect(notice.amount).toEqual(nok(4_000));
  });
});

describe('noticeFor: the amount to pay', () => {
  it('adds up what there is to pay now, interest and fees included, and names them', () => {
    // 500 kr principal with 37,50 kr fee and 2,10 kr interest; 200 kr with 0,45 kr interest.
    const older = invoice('inv-old', 20, 50_000, { amountDue: nok(53_960) });
    const newer = invoice('inv-new', 3, 20_000, { amountDue: nok(20_045) });
    const notice = noticeFor(account({ invoices: [newer, older] }))!;
    expect(notice.amount).toEqual(nok(74_005));
    expect(notice.charges).toEqual(nok(4_005));
  });

  it('has no charges to name when the amount due is the principal', () => {
    const notice = noticeFor(
      account({ invoices: [invoice('inv-1', 2, 10_000, { amountDue: nok(10_000) })] }),
    )!;
    expect(notice.amount).toEqual(nok(10_000));
    expect(notice.charges).toBeUndefined();
  });

  it('leaves the disputed part out once: amountDue already has, the principal is reduced by it', () => {
    // 1 490 kr, 49 kr of it disputed: 1 441 kr payable plus 37,50 kr fee.
    const partly = invoice('inv-1', 10, 149_000, { disputed: nok(4_900), amountDue: nok(147_850) });
    const notice = noticeFor(account({ invoices: [partly] }))!;
    expect(notice.amount).toEqual(nok(147_850));
    expect(notice.charges).toEqual(nok(3_750));
  });

  it('falls back to the principal less the disputed part from an API without amountDue', () => {
    const older = invoice('inv-old', 20, 50_000, { disputed: nok(10_000) });
    const newer = invoice('inv-new', 3, 20_000, { amountDue: nok(20_100) });
    const notice = noticeFor(account({ invoices: [older, newer] }))!;
    expect(notice.amount).toEqual(nok(40_000 + 20_100));
    expect(notice.charges).toEqual(nok(100));
    const without = noticeFor(account({ invoices: [invoice('inv-1', 5, 1000)] }))!;
    expect(without.amount).toEqual(nok(1000));
    expect(without.charges).toBeUndefined();
  });

  it('asks for what a promise or the creditor’s pause leaves to pay, as pay-now does', () => {
    const promised = invoice('inv-promise', 10, 30_000, {
      stage: 'paused',
      pauseReason: 'promise',
      amountDue: nok(30_250),
    });
    const notice = noticeFor(account({ stage: 'paused', pauseReason: 'promise', invoices: [promised] }))!;
    expect(notice.amount).toEqual(nok(30_250));
    expect(notice.charges).toEqual(nok(250));
  });

  it('shows the plan’s total while a plan pauses the account: the waived interest is not asked for', () => {
    const planned = invoice('inv-plan', 10, 30_000, {
      stage: 'paused',
      pauseReason: 'plan',
      amountDue: nok(30_250),
    });
    const plan = {
      id: 'plan-1',
      status: 'active' as const,
      invoiceIds: ['inv-plan'],
      total: nok(30_100),
      instalments: [],
      createdAt: '2026-11-01T10:00:00.000Z',
    };
    const notice = noticeFor(account({ stage: 'paused', pauseReason: 'plan', invoices: [planned], plan }))!;
    expect(notice.amount).toEqual(nok(30_100));
    expect(notice.charges).toBeUndefined();
    // Without the plan in the summary, what there is to pay is all the notice can say.
    const alone = noticeFor(account({ stage: 'paused', pauseReason: 'plan', invoices: [planned] }))!;
    expect(alone.amount).toEqual(nok(30_250));
  });

  it('shows a dispute notice’s disputed amount, nothing payable, no charges', () => {
    const disputed = invoice('inv-1', 8, 10_000, {
      stage: 'paused',
      pauseReason: 'dispute',
      disputed: nok(10_000),
      amountDue: nok(0),
    });
    const notice = noticeFor(account({ stage: 'paused', pauseReason: 'dispute', invoices: [disputed] }))!;
    expect(notice.amount).toEqual(nok(10_000));
    expect(notice.charges).toBeUndefined();
  });

  it('keeps to one currency: the account’s, else that of the invoice due first', () => {
    const eur = (amount: number) => ({ amount, currency: 'EUR' });
    const euros = invoice('inv-eur', 30, 700, {
      currency: 'EUR',
      outstanding: eur(700),
      amountDue: eur(712),
    });
    const kroner = invoice('inv-nok', 5, 1000, { amountDue: nok(1003) });
    const both = noticeFor(account({ invoices: [euros, kroner] }))!;
    expect(both.invoices.map((entry) => entry.id)).toEqual(['inv-nok']);
    expect(both.amount).toEqual(nok(1003));
    expect(both.dueDate).toBe(kroner.dueDate);

    // Nothing covered in the account's currency (its NOK invoice is not due yet): the euros get the notice.
    const later = invoice('inv-later', -10, 5000);
    const onlyEuros = noticeFor(account({ invoices: [later, euros] }))!;
    expect(onlyEuros.invoices.map((entry) => entry.id)).toEqual(['inv-eur']);
    expect(onlyEuros.amount).toEqual(eur(712));
    expect(onlyEuros.charges).toEqual(eur(12));
  });
});
