import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../components/overdue-banner/define';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { de } from '../../../../src/client/i18n/de';
import { en } from '../../../../src/client/i18n/en';
import { formatDate } from '../../../../src/client/i18n/format';
import type { BannerParams, Messages, NoticeStage } from '../../../../src/client/i18n/messages';
import { nb } from '../../../../src/client/i18n/nb';
import { nl } from '../../../../src/client/i18n/nl';
import type { AccountSummary } from '../../../../src/contract/account';
import type { Plan } from '../../../../src/contract/plan';
import type { ToneStyle } from '../../../../src/contract/primitives';
import { formatMoney } from '../../../../src/domain/money';
import { animationsFinished } from '../../support/animations';
import {
  configureFor,
  daysFromToday,
  type Formality,
  seedCustomer,
  seedInvoice,
  tokenFor,
} from '../../support/api';
import { spyOnWarnings, type WarningSpy } from '../../support/console';

/**
 * The creditor declines the plan a customer proposed, through the real API: the banner tells the
 * customer, in the stage's tone, with the creditor's words as plain text and every way on. A first
 * instalment 40 days out is beyond the default policy's 30, so the proposal goes to review.
 */

/** Words a creditor might write, with characters that would be markup if rendered as HTML. */
const creditorWords =
  'Vi kan dessverre ikke vente så lenge <b>med første avdrag</b>.\nRing Ingrid på 22 33 44 55 <img src=x onerror="window.__hacked=1">, så finner vi en løsning & setter den opp.';

async function proposeForReview(customerId: string, invoiceId: string): Promise<Plan> {
  const response = await fetch('/v1/plans', {
    method: 'POST',
    headers: {
      authorization: `Bearer ${await tokenFor(customerId)}`,
      'content-type': 'application/json',
      'idempotency-key': crypto.randomUUID(),
    },
    body: JSON.stringify({ invoiceIds: [invoiceId], count: 2, firstDueDate: daysFromToday(40) }),
  });
  const plan = (await response.json()) as Plan;
  expect(response.status, JSON.stringify(plan)).to.equal(201);
  expect(plan.status).to.equal('pending');
  return plan;
}

async function decline(planId: string, message?: string): Promise<void> {
  const response = await fetch(`/__test/admin/plans/${planId}/decision`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ decision: 'reject', ...(message === undefined ? {} : { message }) }),
  });
  expect(response.status, await response.clone().text()).to.equal(200);
}

/** A customer whose proposal the creditor declined, with `message`. */
async function customerWithDeclinedPlan(
  tone: { style: ToneStyle; formality: Formality; locale?: string },
  message: string | null = creditorWords,
): Promise<{ customerId: string; invoiceId: string; plan: Plan }> {
  const customerId = await seedCustomer({ ...tone, locale: tone.locale ?? 'nb-NO' });
  const invoiceId = await seedInvoice({ customerId, dueInDays: -20, amount: 144_100 });
  const plan = await proposeForReview(customerId, invoiceId);
  await decline(plan.id, message ?? undefined);
  return { customerId, invoiceId, plan };
}

async function mount(lang: string): Promise<AmicableOverdueBanner> {
  return fixture<AmicableOverdueBanner>(
    html`<amicable-overdue-banner lang=${lang}></amicable-overdue-banner>`,
  );
}

async function shown(element: AmicableOverdueBanner): Promise<AmicableOverdueBanner> {
  await waitUntil(() => element.matches(':state(shown)'), 'the notice did not show', { timeout: 8_000 });
  return element;
}

async function settled(element: AmicableOverdueBanner): Promise<AmicableOverdueBanner> {
  await waitUntil(
    () => !element.matches(':state(loading)') && element.account !== undefined,
    'the banner did not settle',
    { timeout: 8_000 },
  );
  await element.updateComplete;
  return element;
}

function part(element: AmicableOverdueBanner, name: string): Element | null {
  return element.shadowRoot!.querySelector(`[part~="${name}"]`);
}

function text(element: AmicableOverdueBanner, name: string): string | undefined {
  return part(element, name)?.textContent?.trim();
}

/** What the copy is given for this account's one invoice, as the reference API states it. */
function paramsFor(account: AccountSummary, lang: string): BannerParams {
  const invoice = account.invoices[0]!;
  const charges = invoice.amountDue!.amount - invoice.outstanding.amount;
  const { nextStep } = account;
  return {
    amount: formatMoney(invoice.amountDue!, lang),
    charges:
      charges > 0
        ? formatMoney({ amount: charges, currency: invoice.outstanding.currency }, lang)
        : undefined,
    count: 1,
    dueDate: formatDate(invoice.dueDate, lang),
    creditor: account.creditor.name,
    nextDate:
      nextStep.kind === 'none' || nextStep.date === null ? undefined : formatDate(nextStep.date, lang),
    nextFee: nextStep.fee && nextStep.fee.amount > 0 ? formatMoney(nextStep.fee, lang) : undefined,
    nextAmount:
      nextStep.amount && nextStep.amount.amount > 0 ? formatMoney(nextStep.amount, lang) : undefined,
  };
}

describe('<amicable-overdue-banner> after the creditor declined a plan', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
    localStorage.clear();
  });

  afterEach(() => {
    warnings.restore();
  });

  it("says the proposal could not be agreed, quotes the creditor's words as text, and leads with another plan", async () => {
    const { customerId, plan } = await customerWithDeclinedPlan({ style: 'direct', formality: 'informal' });
    configureFor(customerId);
    const element = await shown(await mount('en'));

    const account = element.account!;
    expect(account.declinedPlan?.id).to.equal(plan.id);
    expect(account.stage).not.to.equal('paused');
    const stage = account.stage as NoticeStage;
    const params = paramsFor(account, 'en');
    const declined = en.banner.declined.direct.informal;
    expect(text(element, 'heading')).to.equal(declined.heading(params));
    expect(text(element, 'body')).to.equal(declined.body(params));
    // What happens next is the stage's own sentence, with its date and fee.
    expect(text(element, 'next-step')).to.equal(en.banner[stage].direct.informal.nextStep(params));
    expect(text(element, 'way-out')).to.equal(declined.wayOut(params));

    const quote = part(element, 'creditor-message')!;
    expect(quote.querySelector('figcaption')!.textContent!.trim()).to.equal(declined.messageLead(params));
    const blockquote = quote.querySelector('blockquote')!;
    // Exactly as written: the tags are characters, nothing became an element, nothing ran.
    expect(blockquote.textContent).to.equal(creditorWords);
    expect(blockquote.children.length).to.equal(0);
    expect(element.shadowRoot!.querySelector('img, b')).to.equal(null);
    expect((window as { __hacked?: number }).__hacked).to.equal(undefined);
    // Its line break shows as one.
    expect(getComputedStyle(blockquote).whiteSpace).to.equal('pre-line');

    // The test creditor gives no contact details: no empty contact line.
    expect(part(element, 'contact')).to.equal(null);
    expect(part(element, 'primary-action')?.getAttribute('part')).to.contain('action-plan');
    for (const action of ['plan', 'promise', 'pay']) {
      expect(part(element, `action-${action}`), action).not.to.equal(null);
    }
    expect(element.matches(':state(declined)')).to.equal(true);
    expect(element.matches(`:state(stage-${stage})`)).to.equal(true);
    await animationsFinished();
    await expect(element).to.be.accessible();
    expect(warnings.litWarnings()).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('shows no quotation when the creditor wrote nothing', async () => {
    const { customerId } = await customerWithDeclinedPlan({ style: 'indirect', formality: 'formal' }, null);
    configureFor(customerId);
    const element = await shown(await mount('en'));
    expect(text(element, 'heading')).to.equal(en.banner.declined.indirect.formal.heading({} as never));
    expect(part(element, 'creditor-message')).to.equal(null);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('in discreet mode keeps the message with the amounts, until the customer asks', async () => {
    const { customerId } = await customerWithDeclinedPlan({ style: 'direct', formality: 'informal' });
    configureFor(customerId);
    const element = await shown(
      await fixture<AmicableOverdueBanner>(
        html`<amicable-overdue-banner lang="en" discreet></amicable-overdue-banner>`,
      ),
    );
    expect(part(element, 'creditor-message')).to.equal(null);
    (part(element, 'toggle-amounts') as HTMLButtonElement).click();
    await element.updateComplete;
    expect(part(element, 'creditor-message')?.querySelector('blockquote')?.textContent).to.equal(
      creditorWords,
    );
  });

  it('has a snooze of its own: the next notice still shows', async () => {
    const { customerId, invoiceId } = await customerWithDeclinedPlan({
      style: 'direct',
      formality: 'informal',
    });
    configureFor(customerId);
    const first = await shown(await mount('en'));
    expect(first.matches(':state(declined)')).to.equal(true);
    (part(first, 'snooze-button') as HTMLButtonElement).click();
    await first.updateComplete;
    expect(first.matches(':state(shown)')).to.equal(false);
    first.remove();

    // Back later, nothing changed: the news stays snoozed.
    const again = await settled(await mount('en'));
    expect(again.account!.declinedPlan).not.to.equal(undefined);
    expect(again.matches(':state(shown)')).to.equal(false);
    again.remove();

    // The customer proposes again: that notice is news, and shows despite the snooze.
    await proposeForReview(customerId, invoiceId);
    const next = await shown(await mount('en'));
    expect(next.account!.declinedPlan).to.equal(undefined);
    expect(next.matches(':state(declined)')).to.equal(false);
    expect(text(next, 'heading')).to.equal(en.banner.planPending.direct.informal.heading({} as never));
    expect(warnings.calls).to.deep.equal([]);
  });

  const renders: { lang: string; messages: Messages; style: ToneStyle; formality: Formality }[] = [
    { lang: 'nb-NO', messages: nb, style: 'direct', formality: 'informal' },
    { lang: 'nl-NL', messages: nl, style: 'indirect', formality: 'formal' },
    { lang: 'de-DE', messages: de, style: 'direct', formality: 'formal' },
  ];
  for (const { lang, messages, style, formality } of renders) {
    it(`speaks ${lang} (${style}, ${formality}) about the declined plan, and passes axe`, async () => {
      const { customerId } = await customerWithDeclinedPlan({ style, formality, locale: lang });
      configureFor(customerId);
      const element = await shown(await mount(lang));
      const account = element.account!;
      const params = paramsFor(account, lang);
      const declined = messages.banner.declined[style][formality];
      expect(text(element, 'heading')).to.equal(declined.heading(params));
      expect(text(element, 'body')).to.equal(declined.body(params));
      expect(text(element, 'next-step')).to.equal(
        messages.banner[account.stage as NoticeStage][style][formality].nextStep(params),
      );
      expect(text(element, 'way-out')).to.equal(declined.wayOut(params));
      expect(part(element, 'creditor-message')?.querySelector('figcaption')?.textContent?.trim()).to.equal(
        declined.messageLead(params),
      );
      await animationsFinished();
      await expect(element).to.be.accessible();
      expect(warnings.calls).to.deep.equal([]);
    });
  }
});
