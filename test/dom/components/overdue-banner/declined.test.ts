import { afterEach, describe, expect, it } from 'vitest';
import { noticeFor } from '../../../../components/overdue-banner/notice';
import { snooze, snoozedUntil } from '../../../../components/overdue-banner/snooze';
import { de } from '../../../../src/client/i18n/de';
import { en } from '../../../../src/client/i18n/en';
import type {
  BannerParams,
  DeclinedCopy,
  Messages,
  SupportedLocale,
} from '../../../../src/client/i18n/messages';
import { nb } from '../../../../src/client/i18n/nb';
import { nl } from '../../../../src/client/i18n/nl';
import type { AccountSummary } from '../../../../src/contract/account';
import type { InvoiceSummary } from '../../../../src/contract/invoice';
import type { Plan } from '../../../../src/contract/plan';

/**
 * The notice after the creditor declined a proposed plan: which invoices it covers and when it
 * shows (the notice module), how its snooze is kept apart, and its copy in every locale and tone.
 * The element itself is tested in Chromium (test/browser/components/overdue-banner/).
 */

const nok = (amount: number) => ({ amount, currency: 'NOK' });

function invoice(id: string, daysOverdue: number, extra: Partial<InvoiceSummary> = {}): InvoiceSummary {
  const due = new Date(Date.UTC(2026, 10, 23) - daysOverdue * 86_400_000).toISOString().slice(0, 10);
  return {
    id,
    number: id.toUpperCase(),
    currency: 'NOK',
    total: nok(100_000),
    outstanding: nok(100_000),
    amountDue: nok(103_750),
    issueDate: '2026-10-01',
    dueDate: due,
    daysOverdue,
    status: 'open',
    stage: daysOverdue > 0 ? 'reminder' : 'upcoming',
    ...extra,
  };
}

function declinedPlan(invoiceIds: string[], extra: Partial<Plan> = {}): Plan {
  return {
    id: 'plan-declined',
    status: 'rejected',
    invoiceIds,
    total: nok(103_750),
    instalments: [
      { dueDate: '2027-01-20', amount: nok(51_875), status: 'due' },
      { dueDate: '2027-02-20', amount: nok(51_875), status: 'due' },
    ],
    createdAt: '2026-11-10T09:00:00.000Z',
    decidedAt: '2026-11-12T14:00:00.000Z',
    message: 'We cannot wait until January.\nPlease call us.',
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
    nextStep: {
      kind: 'firm',
      date: '2026-12-01',
      fee: nok(3_750),
      descriptionKey: 'nextStep.firm',
    },
    plan: null,
    disputes: [],
    promise: null,
    actions: ['view', 'pay', 'plan', 'promise', 'dispute'],
    paymentOptions: { card: false, bankTransfer: true, partial: false },
    ...overrides,
  };
}

describe('noticeFor with a declined plan', () => {
  it("tells of the declined plan, in the stage's place, with the creditor's words", () => {
    const overdue = invoice('inv-1', 20);
    const notice = noticeFor(account({ invoices: [overdue], declinedPlan: declinedPlan(['inv-1']) }));
    expect(notice?.declined).toEqual({
      planId: 'plan-declined',
      message: 'We cannot wait until January.\nPlease call us.',
    });
    expect(notice?.stage).toBe('reminder');
    expect(notice?.invoices).toEqual([overdue]);
    // What there is to pay now, as on the stage's own notice, and the stage's next step.
    expect(notice?.amount).toEqual(nok(103_750));
    expect(notice?.nextDate).toBe('2026-12-01');
    expect(notice?.nextFee).toEqual(nok(3_750));
    expect(notice?.key).toBe('declined-plan-declined-reminder');
  });

  it('covers the invoices of the declined plan only, even before they fall due', () => {
    const planned = invoice('inv-1', -20, { stage: 'upcoming' });
    const other = invoice('inv-2', -2, { stage: 'upcoming' });
    const notice = noticeFor(
      account({ stage: 'upcoming', invoices: [planned, other], declinedPlan: declinedPlan(['inv-1']) }),
    );
    expect(notice?.invoices.map((entry) => entry.id)).toEqual(['inv-1']);
    // Without the declined plan, the heads-up window decides (the first is due too late for it).
    expect(
      noticeFor(account({ stage: 'upcoming', invoices: [planned, other] }))?.invoices.map(
        (entry) => entry.id,
      ),
    ).toEqual(['inv-2']);
  });

  it('yields to a pause: a promise, a dispute or the creditor is what holds now', () => {
    const paused = invoice('inv-1', 20, { stage: 'paused', pauseReason: 'promise' });
    const notice = noticeFor(
      account({
        stage: 'paused',
        pauseReason: 'promise',
        invoices: [paused],
        declinedPlan: declinedPlan(['inv-1']),
      }),
    );
    expect(notice?.declined).toBeUndefined();
    expect(notice?.key).toBe('paused-promise');
  });

  it("falls back to the stage's notice when none of the plan's invoices is open and unpaused", () => {
    const disputed = invoice('inv-1', 20, { stage: 'paused', pauseReason: 'dispute' });
    const other = invoice('inv-2', 30, { stage: 'firm' });
    const notice = noticeFor(
      account({ stage: 'firm', invoices: [disputed, other], declinedPlan: declinedPlan(['inv-1']) }),
    );
    expect(notice?.declined).toBeUndefined();
    expect(notice?.invoices.map((entry) => entry.id)).toEqual(['inv-2']);
    expect(notice?.key).toBe('firm');
  });

  it('has no message when the creditor wrote none', () => {
    const { message: _, ...plan } = declinedPlan(['inv-1']);
    const notice = noticeFor(account({ invoices: [invoice('inv-1', 20)], declinedPlan: plan }));
    expect(notice?.declined).toEqual({ planId: 'plan-declined', message: undefined });
  });
});

describe('snoozing the news of a declined plan', () => {
  afterEach(() => localStorage.clear());
  const now = new Date('2026-11-23T10:00:00Z');
  const later = new Date('2026-11-24T10:00:00Z');

  it("hides that notice only: not the stage's own notice, nor another plan's news, nor a later stage's", () => {
    const overdue = invoice('inv-1', 20);
    const declined = noticeFor(account({ invoices: [overdue], declinedPlan: declinedPlan(['inv-1']) }))!;
    snooze('cust-1', declined.key, 72, now);
    expect(snoozedUntil('cust-1', declined.key, later)).toBeDefined();

    // Thirty days on, the news is gone from the account: the stage's notice shows at once.
    const stageOnly = noticeFor(account({ invoices: [overdue] }))!;
    expect(snoozedUntil('cust-1', stageOnly.key, later)).toBeUndefined();
    // A second proposal declined in turn is new news.
    const second = noticeFor(
      account({ invoices: [overdue], declinedPlan: declinedPlan(['inv-1'], { id: 'plan-second' }) }),
    )!;
    expect(snoozedUntil('cust-1', second.key, later)).toBeUndefined();
    // The stage moved on: the notice says something new (the stage's next step), so it shows again.
    const firm = noticeFor(
      account({
        stage: 'firm',
        invoices: [{ ...overdue, stage: 'firm' }],
        declinedPlan: declinedPlan(['inv-1']),
      }),
    )!;
    expect(snoozedUntil('cust-1', firm.key, later)).toBeUndefined();
  });

  it("is not hidden by a snooze of the stage's notice given before the creditor answered", () => {
    const overdue = invoice('inv-1', 20);
    snooze('cust-1', noticeFor(account({ invoices: [overdue] }))!.key, 72, now);
    const declined = noticeFor(account({ invoices: [overdue], declinedPlan: declinedPlan(['inv-1']) }))!;
    expect(snoozedUntil('cust-1', declined.key, later)).toBeUndefined();
  });
});

describe('the declined-plan copy', () => {
  const catalogs: Record<SupportedLocale, Messages> = { en, nb, nl, de };
  const params: BannerParams = {
    amount: '1 490,00 kr',
    charges: '37,50 kr',
    count: 1,
    dueDate: '4. oktober 2026',
    creditor: 'fjordlys energi',
    nextDate: '25. oktober 2026',
    nextFee: '37,50 kr',
  };
  const cases = (Object.keys(catalogs) as SupportedLocale[]).flatMap((locale) =>
    (['direct', 'indirect'] as const).flatMap((style) =>
      (['formal', 'informal'] as const).map((formality) => [locale, style, formality] as const),
    ),
  );
  const render = (copy: DeclinedCopy, p: BannerParams) =>
    [copy.heading, copy.body, copy.messageLead, copy.wayOut, copy.contactLead].map((part) => part(p));

  it.each(cases)(
    '%s %s %s: every part says something, the body names the amount and due date',
    (locale, style, formality) => {
      const copy = catalogs[locale].banner.declined[style][formality];
      for (const p of [params, { ...params, charges: undefined, count: 3 }]) {
        for (const part of render(copy, p)) {
          expect(part.trim()).not.toBe('');
          expect(part).not.toMatch(/undefined|NaN|\[object|null/);
        }
        expect(copy.body(p)).toContain(p.amount);
        expect(copy.body(p)).toContain(p.dueDate);
        expect(copy.messageLead(p)).toContain(p.creditor);
        expect(copy.contactLead(p)).toContain(p.creditor);
      }
    },
  );

  it.each(cases)(
    '%s %s %s: kind, never blaming, no shouting, no collection words',
    (locale, style, formality) => {
      const copy = catalogs[locale].banner.declined[style][formality];
      const text = render(copy, params).join(' ');
      expect(text).not.toContain('!');
      expect(text.match(/(?<!\p{L})\p{Lu}{3,}(?!\p{L})/gu) ?? []).toEqual([]);
      // The news comes at any stage, so it never threatens; the stage's next step says what follows.
      expect(text).not.toMatch(
        /collection|inkasso|incasso|court|gericht|rechter|deurwaarder|namsmann|ignored|failed to|neglect|urgent|immediately|ignorert|umiddelbart|genegeerd|onmiddellijk|ignoriert|versäumt|sofort zahlen|dringend/i,
      );
      if (style === 'indirect') expect(copy.heading(params)).not.toContain(params.amount);
    },
  );

  it.each(cases)(
    '%s %s %s: offers another plan, a date, paying and talking to the creditor',
    (locale, style, formality) => {
      const wayOut = catalogs[locale].banner.declined[style][formality].wayOut(params);
      const ways: Record<SupportedLocale, RegExp[]> = {
        en: [/different plan/, /payment date/, /pay now/, /contact us|get in touch|hear from you/],
        nb: [/annen avdragsordning/, /betalingsdato/, /betale nå/, /kontakt|hører gjerne/],
        nl: [/andere betalingsregeling/, /betaaldatum/, /nu betalen|betaal nu/, /contact|horen graag van u/],
        de: [
          /anderen Ratenplan/,
          /Zahlungsdatum/,
          /jetzt bezahlen|bezahle jetzt/,
          /kontaktieren|melde dich|von Ihnen zu hören/,
        ],
      };
      for (const way of ways[locale]) expect(wayOut).toMatch(way);
    },
  );

  it('keeps to one form of address per formality', () => {
    const address = {
      nb: { formal: /\b(De|Dem|Deres)\b/, informal: /\b(du|deg|din|ditt|dine)\b/i },
      nl: { formal: /\b(u|uw)\b/i, informal: /\b(je|jij|jou|jouw)\b/i },
      de: {
        formal: /\b(Sie|Ihnen|Ihr|Ihre|Ihren|Ihrem|Ihrer)\b/,
        informal: /\b(du|dich|dir|dein|deine|deinen|deinem|deiner)\b/i,
      },
    } as const;
    for (const locale of ['nb', 'nl', 'de'] as const) {
      for (const style of ['direct', 'indirect'] as const) {
        const formal = render(catalogs[locale].banner.declined[style].formal, params).join(' ');
        const informal = render(catalogs[locale].banner.declined[style].informal, params).join(' ');
        const where = `${locale} ${style}`;
        expect(formal, where).toMatch(address[locale].formal);
        expect(formal, where).not.toMatch(address[locale].informal);
        expect(informal, where).toMatch(address[locale].informal);
        expect(informal, where).not.toMatch(address[locale].formal);
      }
    }
  });
});
