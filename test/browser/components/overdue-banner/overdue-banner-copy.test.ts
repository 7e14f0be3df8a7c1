import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../components/overdue-banner/define';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { de } from '../../../../src/client/i18n/de';
import { en } from '../../../../src/client/i18n/en';
import { formatDate } from '../../../../src/client/i18n/format';
import type { BannerCopy, BannerParams, Messages } from '../../../../src/client/i18n/messages';
import { nb } from '../../../../src/client/i18n/nb';
import { nl } from '../../../../src/client/i18n/nl';
import type { InvoiceDetail } from '../../../../src/contract/invoice';
import type { Money } from '../../../../src/contract/money';
import type { Stage, ToneStyle } from '../../../../src/contract/primitives';
import { formatMoney } from '../../../../src/domain/money';
import {
  configureFor,
  daysFromToday,
  type Formality,
  pauseCustomer,
  type ReminderSeed,
  seedCustomer,
  seedInvoice,
  tokenFor,
} from '../../support/api';
import { spyOnWarnings } from '../../support/console';

/** How each stage is reached: the due date and the notices already sent, as a creditor would record them. */
interface StageCase {
  stage: Stage;
  dueInDays: number;
  reminders?: ReminderSeed[];
  paused?: boolean;
  style: ToneStyle;
  formality: Formality;
}

// Every style and formality appears, spread over the stages.
const cases: StageCase[] = [
  { stage: 'upcoming', dueInDays: 3, style: 'direct', formality: 'formal' },
  { stage: 'reminder', dueInDays: -5, style: 'direct', formality: 'informal' },
  {
    stage: 'firm',
    dueInDays: -20,
    reminders: [{ afterDue: 3, kind: 'reminder' }],
    style: 'indirect',
    formality: 'formal',
  },
  {
    stage: 'final',
    dueInDays: -35,
    reminders: [
      { afterDue: 2, kind: 'reminder' },
      { afterDue: 16, kind: 'firm' },
    ],
    style: 'indirect',
    formality: 'informal',
  },
  {
    stage: 'collection',
    dueInDays: -60,
    reminders: [
      { afterDue: 2, kind: 'reminder' },
      { afterDue: 16, kind: 'firm' },
      { afterDue: 30, kind: 'final' },
    ],
    style: 'direct',
    formality: 'formal',
  },
  { stage: 'paused', dueInDays: -5, paused: true, style: 'indirect', formality: 'informal' },
];

const locales: { lang: string; messages: Messages }[] = [
  { lang: 'en', messages: en },
  { lang: 'nb-NO', messages: nb },
  { lang: 'nl-NL', messages: nl },
  { lang: 'de-DE', messages: de },
];

const amount = 144_100;

/** What the notice asks for: the invoice's amount to pay (principal, fees and interest), from the API. */
async function amountToPay(customerId: string, invoiceId: string): Promise<Money> {
  const response = await fetch(`/v1/invoices/${invoiceId}`, {
    headers: { authorization: `Bearer ${await tokenFor(customerId)}` },
  });
  return ((await response.json()) as InvoiceDetail).payment.amount;
}

function text(element: AmicableOverdueBanner, part: string): string | undefined {
  return element.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.trim();
}

describe('<amicable-overdue-banner> copy for every stage in every locale', () => {
  for (const stageCase of cases) {
    describe(`${stageCase.stage} (${stageCase.style}, ${stageCase.formality})`, () => {
      let customerId: string;
      let invoiceId: string;

      before(async () => {
        customerId = await seedCustomer({ style: stageCase.style, formality: stageCase.formality });
        invoiceId = await seedInvoice({
          customerId,
          dueInDays: stageCase.dueInDays,
          amount,
          reminders: stageCase.reminders,
        });
        if (stageCase.paused) {
          await pauseCustomer(customerId);
        }
      });

      for (const { lang, messages } of locales) {
        it(`renders the ${lang} catalog's words`, async () => {
          const warnings = spyOnWarnings();
          configureFor(customerId);
          const element = await fixture<AmicableOverdueBanner>(
            html`<amicable-overdue-banner lang=${lang}></amicable-overdue-banner>`,
          );
          await waitUntil(() => element.matches(':state(shown)'), 'the notice did not show', {
            timeout: 8_000,
          });
          warnings.restore();

          const account = element.account!;
          expect(account.stage, 'the server put the account in this stage').to.equal(stageCase.stage);
          expect(account.tone).to.deep.equal({ style: stageCase.style, formality: stageCase.formality });
          const set =
            stageCase.stage === 'paused'
              ? messages.banner.paused.creditor
              : messages.banner[stageCase.stage as Exclude<Stage, 'paused'>];
          const copy: BannerCopy = set[stageCase.style][stageCase.formality];
          const { nextStep } = account;
          const due = await amountToPay(customerId, invoiceId);
          // Interest and fees on top of the principal, which the copy names.
          const charges = due.amount - amount;
          const params: BannerParams = {
            amount: formatMoney(due, lang),
            charges: charges > 0 ? formatMoney({ amount: charges, currency: due.currency }, lang) : undefined,
            count: 1,
            dueDate: formatDate(daysFromToday(stageCase.dueInDays), lang),
            creditor: 'Fjordlys Energi AS',
            nextDate: nextStep.kind !== 'none' && nextStep.date ? formatDate(nextStep.date, lang) : undefined,
            nextFee: nextStep.fee && nextStep.fee.amount > 0 ? formatMoney(nextStep.fee, lang) : undefined,
            nextAmount:
              nextStep.amount && nextStep.amount.amount > 0 ? formatMoney(nextStep.amount, lang) : undefined,
          };

          expect(text(element, 'heading')).to.equal(copy.heading(params));
          expect(text(element, 'body')).to.equal(copy.body(params));
          expect(text(element, 'next-step')).to.equal(copy.nextStep(params));
          expect(text(element, 'way-out')).to.equal(copy.wayOut(params));
          const labels = [...element.shadowRoot!.querySelectorAll('[part~="action"]')].map((button) =>
            button.textContent?.trim(),
          );
          expect(labels).to.deep.equal(account.actions.map((action) => messages.actions[action]));
          expect(text(element, 'snooze-button')).to.equal(messages.actions.snooze);
          expect(warnings.litWarnings()).to.deep.equal([]);
          expect(warnings.calls).to.deep.equal([]);
        });
      }
    });
  }
});
