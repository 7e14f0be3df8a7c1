import { expect } from '@open-wc/testing';
import {
  countOptions,
  evaluatePlan,
  evaluatePromise,
  latestOfferedFirstDate,
  type PlanDraft,
  suggestedDraft,
} from '../../../components/instalment-proposer/proposal';
import { en } from '../../../src/client/i18n/en';
import { nb } from '../../../src/client/i18n/nb';
import type { PlanQuote } from '../../../src/contract/plan';
import { parseAmountInput as parseAmount } from '../../../src/domain/money';

const nok = (amount: number) => ({ amount, currency: 'NOK' });

/** A quote as the API gives it for the CONTRACT invoice on 2 November 2026. */
const quote: PlanQuote = {
  invoiceIds: ['inv-1'],
  total: nok(152_750),
  policy: {
    minInstalment: nok(20_000),
    maxCount: 6,
    maxMonths: 6,
    maxFirstDueDays: 30,
    allowBiweekly: false,
    graceDays: 14,
    reviewDays: 5,
  },
  earliestFirstDueDate: '2026-11-02',
  latestFirstDueDate: '2026-12-02',
  suggested: { count: 6, frequency: 'monthly', firstDueDate: '2026-11-16', instalments: [] },
  creditor: { name: 'Fjordlys Energi AS' },
  promise: { amount: nok(154_171), earliestDate: '2026-11-02', latestDate: '2026-11-16', maxDays: 14 },
};
const wording = { messages: en, locale: 'en' };
const draft = (change: Partial<PlanDraft> = {}): PlanDraft => ({ ...suggestedDraft(quote), ...change });

describe('the proposer’s form logic', () => {
  it('starts from the suggestion and sends a plan within the policy by count', () => {
    const evaluation = evaluatePlan(
      draft({ count: 3, firstDueDate: '2026-12-01' }),
      quote,
      ['inv-1'],
      wording,
    );
    expect(evaluation.errors).to.deep.equal({});
    expect(evaluation.review).to.deep.equal([]);
    expect(evaluation.schedule?.map((instalment) => instalment.amount.amount)).to.deep.equal([
      50_917, 50_917, 50_916,
    ]);
    expect(evaluation.request).to.deep.equal({ invoiceIds: ['inv-1'], count: 3, firstDueDate: '2026-12-01' });
  });

  it('turns an amount per instalment into the count it needs', () => {
    const evaluation = evaluatePlan(
      draft({ splitBy: 'amount', amountText: '600' }),
      quote,
      ['inv-1'],
      wording,
    );
    expect(evaluation.request?.count).to.equal(3);
  });

  it('refuses what the policy refuses, naming the field, and lets what it reviews through', () => {
    const small = evaluatePlan(draft({ splitBy: 'amount', amountText: '150' }), quote, ['inv-1'], wording);
    expect(small.errors.amount).to.contain('at least');
    expect(small.request).to.equal(undefined);
    const early = evaluatePlan(draft({ firstDueDate: '2026-11-01' }), quote, ['inv-1'], wording);
    expect(early.errors.firstDueDate).to.equal(en.plan.violations.firstInPast);
    const longer = evaluatePlan(draft({ count: 7 }), quote, ['inv-1'], wording);
    expect(longer.errors).to.deep.equal({});
    expect(longer.review).to.deep.equal([
      en.plan.violations.maxCount({ count: 6 }),
      en.plan.violations.maxMonths({ count: 6 }),
    ]);
    expect(longer.request?.count).to.equal(7);
  });

  it('asks for what is missing or unreadable', () => {
    const empty = evaluatePlan(
      draft({ splitBy: 'amount', amountText: ' ', firstDueDate: '' }),
      quote,
      [],
      wording,
    );
    expect(empty.errors).to.deep.equal({
      amount: en.validation.required,
      firstDueDate: en.validation.dateInvalid,
    });
    const words = evaluatePlan(draft({ splitBy: 'amount', amountText: 'lots' }), quote, [], wording);
    expect(words.errors.amount).to.equal(en.validation.amountInvalid);
    const tiny = evaluatePlan(draft({ splitBy: 'amount', amountText: '1' }), quote, [], wording);
    expect(tiny.errors.amount).to.equal(en.plan.moreViolations.countTooHigh({ count: 120 }));
  });

  it('offers counts up to the minimum instalment, marking those that need approval', () => {
    const options = countOptions(quote);
    expect(options.map((option) => option.count)).to.deep.equal([1, 2, 3, 4, 5, 6, 7]);
    expect(options.filter((option) => option.needsApproval).map((option) => option.count)).to.deep.equal([7]);
    expect(latestOfferedFirstDate(quote)).to.equal('2027-01-01');
  });

  it('checks a promise date against the window, in the customer’s language', () => {
    expect(evaluatePromise('2026-11-10', quote, wording)).to.equal(undefined);
    expect(evaluatePromise('', quote, wording)).to.equal(en.validation.dateInvalid);
    expect(evaluatePromise('2026-11-01', quote, wording)).to.equal(en.plan.promiseInPast);
    expect(evaluatePromise('2026-11-20', quote, { messages: nb, locale: 'nb-NO' })).to.contain(
      '16. november 2026',
    );
  });

  const amounts: [text: string, locale: string, minor: number | undefined][] = [
    ['500', 'en', 50_000],
    ['1,500', 'en', 150_000],
    ['1 500,50', 'nb-NO', 150_050],
    ['kr 1.500', 'nb-NO', 150_000],
    ['150.50', 'nb-NO', 15_050],
    ['1.234,56', 'de-DE', 123_456],
    ['-500', 'en', undefined],
    ['12.3.4', 'en', undefined],
    ['1.005', 'en', undefined],
    ['', 'en', undefined],
  ];
  for (const [text, locale, minor] of amounts) {
    it(`reads ${JSON.stringify(text)} in ${locale} as ${minor}`, () => {
      expect(parseAmount(text, locale, 'NOK')).to.equal(minor);
    });
  }
});
