import { expect, fixture, html } from '@open-wc/testing';
import type { AmicableInvoiceExplainer } from '../../../components/invoice-explainer/invoice-explainer';
import {
  actionsFor,
  termForBasis,
  termForNextFee,
  termForNextStep,
  termForNotice,
  termForReference,
} from '../../../components/invoice-explainer/invoice-facts';
import { de } from '../../../src/client/i18n/de';
import { en } from '../../../src/client/i18n/en';
import { formatDate, formatPercent } from '../../../src/client/i18n/format';
import type { Messages } from '../../../src/client/i18n/messages';
import { nb } from '../../../src/client/i18n/nb';
import { nl } from '../../../src/client/i18n/nl';
import { formatMoney } from '../../../src/domain/money';
import { configureFor } from '../support/api';
import { spyOnWarnings } from '../support/console';
import { all, mountExplainer, norm, one, popover, shown, textOf } from './helpers';
import { type SeededInvoice, seedRichInvoice } from './seed';

/**
 * The same Norwegian invoice read in each language. Expected copy comes from the catalogs (the
 * element must pick the right one and fill it with the right, locally formatted facts); a few
 * literal words check that the catalog really is the language it claims.
 */
const cases: { lang: string; messages: Messages; headingWord: string; kroner: RegExp }[] = [
  { lang: 'en', messages: en, headingWord: 'Invoice', kroner: /NOK/ },
  { lang: 'nb-NO', messages: nb, headingWord: 'Faktura', kroner: /kr/ },
  { lang: 'nl-NL', messages: nl, headingWord: 'Factuur', kroner: /NOK/ },
  { lang: 'de-DE', messages: de, headingWord: 'Rechnung', kroner: /NOK/ },
];

describe('<amicable-invoice-explainer> in every language', function () {
  // Axe audits and lazily loaded chunks are slow on a busy two-core machine.
  this.timeout(30_000);

  let rich: SeededInvoice;

  before(async () => {
    rich = await seedRichInvoice();
  });

  for (const { lang, messages, headingWord, kroner } of cases) {
    describe(lang, () => {
      let element: AmicableInvoiceExplainer;
      const money = (amount: number) => norm(formatMoney({ amount, currency: 'NOK' }, lang));
      const day = (iso: string) => norm(formatDate(iso, lang));

      beforeEach(async () => {
        element = await mountExplainer(rich.customerId, rich.invoiceId, { lang });
      });

      it('names the invoice, how overdue it is and the amount to pay', () => {
        const invoice = element.invoiceDetail!;
        const heading = textOf(one(element, '[part="heading"]'));
        expect(heading).to.equal(norm(messages.explainer.heading({ number: rich.number })));
        expect(heading.startsWith(`${headingWord} `)).to.equal(true);
        expect(textOf(one(element, '[part="status"]'))).to.equal(
          norm(messages.explainer.daysOverdue({ count: invoice.daysOverdue })),
        );
        const toPay = textOf(one(element, '[part="amount-to-pay"]'));
        expect(toPay).to.equal(
          `${norm(messages.explainer.openAmount)} ${money(invoice.payment.amount.amount)}`,
        );
        expect(toPay).to.match(kroner);
      });

      it('writes dates and quantities the local way', () => {
        const line = textOf(all(element, '[part="line"]')[0]!);
        const deliveredOn = element.invoiceDetail!.lines[0]!.deliveredOn!;
        expect(line).to.include(norm(messages.explainer.deliveredOn({ date: day(deliveredOn) })));
        expect(line).to.include(norm(new Intl.NumberFormat(lang).format(1201.5)));
      });

      it('explains each charge by its Norwegian legal basis, in this language', () => {
        const [fee, interest] = element.invoiceDetail!.charges;
        const charges = all(element, '[part="charge"]').map(textOf);
        expect(charges[0]).to.include(norm(messages.glossary.terms['no.purregebyr'].term));
        expect(charges[0]).to.include(
          norm(messages.charges.reasons['no.inkassoloven.purregebyr']({ amount: money(fee!.amount.amount) })),
        );
        expect(charges[1]).to.include(norm(messages.glossary.terms['no.forsinkelsesrente'].term));
        expect(charges[1]).to.include(
          norm(messages.charges.rate({ rate: formatPercent(interest!.rate!, lang) })),
        );
        expect(charges[1]).to.include(
          norm(messages.charges.period({ from: day(interest!.period!.from), to: day(interest!.period!.to) })),
        );
        const term = popover(element, 'no.purregebyr');
        expect(term.explanation).to.equal(messages.glossary.terms['no.purregebyr'].explanation);
        expect(term.label).to.equal(
          messages.common.helpFor({ term: messages.glossary.terms['no.purregebyr'].term }),
        );
      });

      it('says what happens next with its date and fee, and offers the actions in this language', () => {
        const step = element.invoiceDetail!.nextStep;
        expect(textOf(one(element, '[part~="next-step"]'))).to.include(
          norm(
            messages.nextStep.kinds.firm.sentence({ date: day(step.date!), fee: money(step.fee!.amount) }),
          ),
        );
        expect(all(element, '[part~="action"]').map(textOf)).to.deep.equal(
          [
            messages.actions.pay,
            messages.actions.plan,
            messages.actions.promise,
            messages.actions.dispute,
          ].map(norm),
        );
        expect(textOf(one(element, '[part="line-problem"]'))).to.equal(norm(messages.explainer.lineProblem));
        expect(textOf(one(element, '[part="document-link"]'))).to.include(
          norm(messages.explainer.opensInNewTab),
        );
      });

      it('passes an axe audit', async () => {
        await expect(element).to.be.accessible();
      });
    });
  }

  it('follows the closest [lang] ancestor, and a change of it, without a Lit warning', async () => {
    const warnings = spyOnWarnings();
    try {
      configureFor(rich.customerId);
      const wrapper = await fixture<HTMLElement>(
        html`<div lang="de"><section><amicable-invoice-explainer invoice=${rich.invoiceId}></amicable-invoice-explainer></section></div>`,
      );
      const element = wrapper.querySelector('amicable-invoice-explainer')!;
      await shown(element);
      expect(textOf(one(element, '[part="heading"]'))).to.equal(`Rechnung ${rich.number}`);
      wrapper.setAttribute('lang', 'nl');
      element.requestUpdate();
      await element.updateComplete;
      await new Promise((resolve) => setTimeout(resolve, 50));
      await element.updateComplete;
      expect(textOf(one(element, '[part="heading"]'))).to.equal(`Factuur ${rich.number}`);
      expect(warnings.litWarnings()).to.deep.equal([]);
    } finally {
      warnings.restore();
    }
  });
});

describe('legal terms by country (the browser tests run a Norwegian creditor; these cover the rest)', function () {
  // Axe audits and lazily loaded chunks are slow on a busy two-core machine.
  this.timeout(30_000);

  it('names charges by their legal basis', () => {
    expect(termForBasis('no.inkassoloven.purregebyr')).to.equal('no.purregebyr');
    expect(termForBasis('no.forsinkelsesrenteloven')).to.equal('no.forsinkelsesrente');
    expect(termForBasis('nl.bw.6-119')).to.equal('nl.wettelijke-rente');
    expect(termForBasis('nl.bw.6-119a')).to.equal('nl.handelsrente');
    expect(termForBasis('nl.wik.bik')).to.equal('nl.incassokosten');
    expect(termForBasis('de.bgb.288')).to.equal('de.verzugszinsen');
    expect(termForBasis('de.bgb.286')).to.equal('de.mahngebuehr');
    expect(termForBasis('gb.late-payment-act.fixed-sum')).to.equal('gb.late-payment-compensation');
    expect(termForBasis('se.rantelagen')).to.equal(undefined);
    expect(termForBasis(undefined)).to.equal(undefined);
  });

  it('names notices and next steps in the local legal terms', () => {
    expect(termForNotice('final', 'NO')).to.equal('no.inkassovarsel');
    expect(termForNotice('final', 'NL')).to.equal('nl.14-dagenbrief');
    expect(termForNotice('reminder', 'DE')).to.equal('de.mahnung');
    expect(termForNotice('reminder', 'NO')).to.equal(undefined);
    expect(termForNotice('final', undefined)).to.equal(undefined);
    expect(termForNextStep('final', 'NO')).to.equal('no.inkassovarsel');
    expect(termForNextStep('collection', 'NL')).to.equal('nl.incassokosten');
    expect(termForNextStep('instalment_due', 'GB')).to.equal('instalment-plan');
    expect(termForNextStep('dispute_answer', undefined)).to.equal('dispute');
    expect(termForNextStep('none', 'NO')).to.equal(undefined);
    // The fee's own term, unless the step's name already is it.
    expect(termForNextFee('firm', 'NO')).to.equal('no.purregebyr');
    expect(termForNextFee('firm', 'DE')).to.equal('de.mahngebuehr');
    expect(termForNextFee('collection', 'NL')).to.equal(undefined);
    expect(termForReference('kid')).to.equal('no.kid');
    expect(termForReference('nl')).to.equal('nl.betalingskenmerk');
    expect(termForReference('rf')).to.equal('rf-reference');
  });

  it('offers actions like the account does for one invoice', async () => {
    const invoice = (await seedAndRead()).invoice;
    expect(actionsFor(invoice)).to.deep.equal(['pay', 'plan', 'promise', 'dispute']);
    expect(actionsFor({ ...invoice, pauseReason: 'plan' })).to.deep.equal(['pay', 'dispute']);
    expect(actionsFor({ ...invoice, pauseReason: 'promise' })).to.deep.equal(['pay', 'plan', 'dispute']);
    expect(actionsFor({ ...invoice, daysOverdue: -3 })).to.deep.equal(['pay', 'plan', 'dispute']);
    expect(actionsFor({ ...invoice, status: 'paid' })).to.deep.equal([]);
    expect(
      actionsFor({ ...invoice, payment: { ...invoice.payment, amount: { amount: 0, currency: 'NOK' } } }),
    ).to.deep.equal(['dispute']);
  });
});

async function seedAndRead() {
  const seeded = await seedRichInvoice();
  const element = await mountExplainer(seeded.customerId, seeded.invoiceId);
  return { invoice: element.invoiceDetail! };
}
