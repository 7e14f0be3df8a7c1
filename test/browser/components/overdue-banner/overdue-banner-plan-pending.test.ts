import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../../../components/overdue-banner/define';
import type { AmicableOverdueBanner } from '../../../../components/overdue-banner/overdue-banner';
import { de } from '../../../../src/client/i18n/de';
import { en } from '../../../../src/client/i18n/en';
import { formatDate } from '../../../../src/client/i18n/format';
import type {
  BannerCopy,
  BannerParams,
  BannerToneSet,
  Messages,
  NoticeStage,
  SupportedLocale,
} from '../../../../src/client/i18n/messages';
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
 * A plan beyond the creditor's policy waits for the creditor's answer (`pending`). The banner must
 * say so, with the date the answer comes by, and say something visibly different once the
 * creditor has agreed. The plan is proposed through the real API: the default policy wants the
 * first instalment within 30 days, so a first date 40 days out (within twice that) goes to review.
 */

interface PendingCustomer {
  customerId: string;
  plan: Plan;
}

async function customerWithPendingPlan(
  tone: { style: ToneStyle; formality: Formality; locale?: string } = {
    style: 'direct',
    formality: 'informal',
  },
): Promise<PendingCustomer> {
  const customerId = await seedCustomer({ ...tone, locale: tone.locale ?? 'nb-NO' });
  const invoiceId = await seedInvoice({ customerId, dueInDays: -20, amount: 144_100 });
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
  expect(plan.status, 'the API sent the proposal to the creditor').to.equal('pending');
  expect(plan.respondBy).to.match(/^\d{4}-\d{2}-\d{2}$/);
  return { customerId, plan };
}

/** The creditor's back office answers the proposal. */
async function decide(planId: string, decision: 'accept' | 'reject'): Promise<void> {
  const response = await fetch(`/__test/admin/plans/${planId}/decision`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
    body: JSON.stringify({ decision }),
  });
  expect(response.status, await response.clone().text()).to.equal(200);
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

/** Loaded and rendered, whether or not a notice shows. */
async function settled(element: AmicableOverdueBanner): Promise<AmicableOverdueBanner> {
  await waitUntil(
    () => !element.matches(':state(loading)') && element.account !== undefined,
    'the banner did not settle',
    { timeout: 8_000 },
  );
  await element.updateComplete;
  return element;
}

function text(element: AmicableOverdueBanner, part: string): string | undefined {
  return element.shadowRoot!.querySelector(`[part~="${part}"]`)?.textContent?.trim();
}

function renderedCopy(element: AmicableOverdueBanner) {
  return {
    heading: text(element, 'heading'),
    body: text(element, 'body'),
    nextStep: text(element, 'next-step'),
    wayOut: text(element, 'way-out'),
  };
}

function expectedCopy(copy: BannerCopy, params: BannerParams) {
  return {
    heading: copy.heading(params),
    body: copy.body(params),
    nextStep: copy.nextStep(params),
    wayOut: copy.wayOut(params),
  };
}

/** What the copy is given for this account's one invoice; the next step's facts as `next` says. */
function paramsFor(
  account: AccountSummary,
  lang: string,
  next: { date?: string; amount?: AccountSummary['nextStep']['amount'] },
): BannerParams {
  const invoice = account.invoices[0]!;
  const underPlan = account.pauseReason === 'plan' && account.plan !== null;
  const charges = invoice.amountDue!.amount - invoice.outstanding.amount;
  return {
    // Under a plan, what is being paid in instalments (the waived interest left out); otherwise
    // what there is to pay now, interest and fees included, as the reference API states it.
    amount: formatMoney(underPlan ? account.plan!.total : invoice.amountDue!, lang),
    charges:
      underPlan || charges <= 0
        ? undefined
        : formatMoney({ amount: charges, currency: invoice.outstanding.currency }, lang),
    count: 1,
    dueDate: formatDate(invoice.dueDate, lang),
    creditor: account.creditor.name,
    nextDate: next.date === undefined ? undefined : formatDate(next.date, lang),
    nextAmount: next.amount === undefined ? undefined : formatMoney(next.amount, lang),
  };
}

describe('<amicable-overdue-banner> with a plan awaiting the creditor', () => {
  let warnings: WarningSpy;

  beforeEach(() => {
    warnings = spyOnWarnings();
    localStorage.clear();
  });

  afterEach(() => {
    warnings.restore();
  });

  it('says the proposal is being looked at and when the answer comes; after approval, that the plan runs', async () => {
    const { customerId, plan } = await customerWithPendingPlan();
    configureFor(customerId);
    const element = await shown(await mount('en'));

    const pending = element.account!;
    expect(pending.stage).to.equal('paused');
    expect(pending.pauseReason).to.equal('plan');
    expect(pending.plan?.status).to.equal('pending');
    const pendingParams = paramsFor(pending, 'en', { date: plan.respondBy });
    expect(renderedCopy(element)).to.deep.equal(
      expectedCopy(en.banner.planPending.direct.informal, pendingParams),
    );
    expect(text(element, 'next-step')).to.contain(formatDate(plan.respondBy!, 'en'));
    expect(text(element, 'heading')).not.to.equal(
      en.banner.paused.plan.direct.informal.heading(pendingParams),
    );
    // The customer may still pay; nothing invites a second plan while one is under review.
    expect(element.shadowRoot!.querySelector('[part~="action-pay"]')).not.to.equal(null);
    expect(element.shadowRoot!.querySelector('[part~="action-plan"]')).to.equal(null);
    expect(element.matches(':state(stage-paused)')).to.equal(true);
    await animationsFinished();
    await expect(element).to.be.accessible();

    await decide(plan.id, 'accept');
    await element.refresh();
    await element.updateComplete;

    const running = element.account!;
    expect(running.plan?.status).to.equal('accepted');
    expect(running.nextStep.kind).to.equal('instalment_due');
    const runningParams = paramsFor(running, 'en', {
      date: running.nextStep.date ?? undefined,
      amount: running.nextStep.amount,
    });
    expect(renderedCopy(element)).to.deep.equal(
      expectedCopy(en.banner.paused.plan.direct.informal, runningParams),
    );
    expect(text(element, 'next-step')).not.to.contain(formatDate(plan.respondBy!, 'en'));
    await animationsFinished();
    await expect(element).to.be.accessible();
    expect(warnings.litWarnings()).to.deep.equal([]);
    expect(warnings.calls).to.deep.equal([]);
  });

  it('remembers a snooze of the pending notice apart, so the approval still shows', async () => {
    const { customerId, plan } = await customerWithPendingPlan();
    configureFor(customerId);
    const first = await shown(await mount('en'));
    first.shadowRoot!.querySelector<HTMLButtonElement>('[part~="snooze-button"]')!.click();
    await first.updateComplete;
    expect(first.matches(':state(shown)')).to.equal(false);
    first.remove();

    // Another visit while the creditor is still deciding: the pending notice stays snoozed.
    const again = await settled(await mount('en'));
    expect(again.account!.plan?.status).to.equal('pending');
    expect(again.matches(':state(shown)')).to.equal(false);
    again.remove();

    await decide(plan.id, 'accept');
    const afterApproval = await shown(await mount('en'));
    expect(afterApproval.account!.plan?.status).to.equal('accepted');
    expect(text(afterApproval, 'heading')).to.equal(
      en.banner.paused.plan.direct.informal.heading({} as never),
    );
    expect(warnings.calls).to.deep.equal([]);
  });

  it("tells of the no in the stage's tone, with a plan on offer again, when the creditor says no", async () => {
    const { customerId, plan } = await customerWithPendingPlan();
    configureFor(customerId);
    const element = await shown(await mount('en'));
    expect(text(element, 'heading')).to.equal(en.banner.planPending.direct.informal.heading({} as never));

    await decide(plan.id, 'reject');
    await element.refresh();
    await element.updateComplete;

    const account = element.account!;
    expect(account.plan, 'a declined plan is not in force').to.equal(null);
    expect(account.declinedPlan?.id, 'but the customer hears of it').to.equal(plan.id);
    expect(account.stage).not.to.equal('paused');
    const { nextStep } = account;
    // Escalation resumes, never on a date already past.
    expect(nextStep.date! >= daysFromToday(0)).to.equal(true);
    const params = paramsFor(account, 'en', { date: nextStep.date ?? undefined });
    params.nextFee = nextStep.fee && nextStep.fee.amount > 0 ? formatMoney(nextStep.fee, 'en') : undefined;
    // The news of the no, then what happens next in the stage's own words (its date and fee).
    expect(renderedCopy(element)).to.deep.equal({
      ...expectedCopy(en.banner[account.stage as NoticeStage].direct.informal, params),
      heading: en.banner.declined.direct.informal.heading(params),
      body: en.banner.declined.direct.informal.body(params),
      wayOut: en.banner.declined.direct.informal.wayOut(params),
    });
    expect(element.shadowRoot!.querySelector('[part~="action-plan"]')).not.to.equal(null);
    expect(warnings.calls).to.deep.equal([]);
  });

  const renders: { lang: string; messages: Messages; formality: Formality }[] = [
    { lang: 'nb-NO', messages: nb, formality: 'informal' },
    { lang: 'nl-NL', messages: nl, formality: 'formal' },
  ];
  for (const { lang, messages, formality } of renders) {
    it(`speaks ${lang} (direct, ${formality}) about a plan under review, and passes axe`, async () => {
      const { customerId, plan } = await customerWithPendingPlan({
        style: 'direct',
        formality,
        locale: lang,
      });
      configureFor(customerId);
      const element = await shown(await mount(lang));
      const params = paramsFor(element.account!, lang, { date: plan.respondBy });
      expect(renderedCopy(element)).to.deep.equal(
        expectedCopy(messages.banner.planPending.direct[formality], params),
      );
      expect(text(element, 'next-step')).to.contain(formatDate(plan.respondBy!, lang));
      await animationsFinished();
      await expect(element).to.be.accessible();
      expect(warnings.calls).to.deep.equal([]);
    });
  }
});

describe('pending-plan copy in every locale', () => {
  // The type guarantees it: `Messages.banner.planPending` is a BannerToneSet, which every locale's
  // banner part must fill in for every style × formality, or `tsc` fails. These lines fail to
  // compile if that ever loosens.
  const sets: Record<SupportedLocale, BannerToneSet> = {
    en: en.banner.planPending,
    nb: nb.banner.planPending,
    nl: nl.banner.planPending,
    de: de.banner.planPending,
  };
  // @ts-expect-error a set that leaves out a style is not a BannerToneSet
  const incomplete: BannerToneSet = { direct: en.banner.planPending.direct };
  void incomplete;

  it('renders a heading, body, next step with the answer date, and way out, unlike the running plan', () => {
    const params: BannerParams = {
      amount: '1 441,00 kr',
      count: 1,
      dueDate: '4 November 2026',
      creditor: 'Fjordlys Energi AS',
      nextDate: '30 November 2026',
    };
    for (const [locale, set] of Object.entries(sets) as [SupportedLocale, BannerToneSet][]) {
      const running = { en, nb, nl, de }[locale].banner.paused.plan;
      for (const style of ['direct', 'indirect'] as const) {
        for (const formality of ['formal', 'informal'] as const) {
          const copy = set[style][formality];
          const where = `${locale} ${style} ${formality}`;
          for (const part of [copy.heading, copy.body, copy.nextStep, copy.wayOut]) {
            expect(part(params).trim(), where).not.to.equal('');
          }
          expect(copy.body(params), where).to.contain(params.amount);
          expect(copy.nextStep(params), where).to.contain(params.nextDate);
          expect(copy.nextStep({ ...params, nextDate: undefined }), where).not.to.match(/undefined/);
          expect(copy.heading(params), where).not.to.equal(running[style][formality].heading(params));
        }
      }
    }
  });
});
