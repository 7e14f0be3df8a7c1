import { expect } from '@open-wc/testing';
import { parseAmountInput } from '../../../src/domain/money';

describe('parseAmountInput', () => {
  const cases: [text: string, locale: string, currency: string, minor: number | undefined][] = [
    ['150', 'en', 'NOK', 15_000],
    ['150.50', 'en', 'NOK', 15_050],
    ['1,234.5', 'en', 'NOK', 123_450],
    ['1,500', 'en', 'NOK', 150_000],
    ['150,50', 'en', 'NOK', 15_050],
    ['1 234,50', 'nb-NO', 'NOK', 123_450],
    ['1\u00a0234,50 kr', 'nb-NO', 'NOK', 123_450],
    ['150.50', 'nb-NO', 'NOK', 15_050],
    ['kr 1.500', 'nb-NO', 'NOK', 150_000],
    ['1.234,56', 'de-DE', 'EUR', 123_456],
    ['€ 12,5', 'nl-NL', 'EUR', 1_250],
    ['1,500', 'ja-JP', 'JPY', 1_500],
    ['1.5', 'en', 'JPY', undefined],
    ['1.234', 'en', 'NOK', undefined],
    ['12.345.6', 'de-DE', 'EUR', undefined],
    ['-5', 'en', 'NOK', undefined],
    ['abc', 'en', 'NOK', undefined],
    ['', 'en', 'NOK', undefined],
    ['1e5', 'en', 'NOK', undefined],
    ['10.', 'en', 'NOK', undefined],
  ];
  for (const [text, locale, currency, minor] of cases) {
    it(`reads ${JSON.stringify(text)} in ${locale} ${currency} as ${minor}`, () => {
      expect(parseAmountInput(text, locale, currency)).to.equal(minor);
    });
  }
});
