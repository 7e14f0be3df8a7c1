import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../components/overdue-banner/define';
import { clearSnooze } from '../components/overdue-banner/snooze';
import type { AccountSummary } from '../src/contract/account';
import type { Plan } from '../src/contract/plan';
import type { Formality, PauseReason, Stage, ToneStyle } from '../src/contract/primitives';
import { accountFor, configureFakeApi, emptyAccount } from './support/fake-api';

/**
 * The overdue banner in every stage, tone, locale and state. The API is a fake at the client
 * boundary (Storybook has no server); the element, the client and the schema checks are real.
 */
interface BannerArgs {
  stage: Stage;
  pauseReason: PauseReason;
  /** Paused for a plan: the plan asks more than the policy allows and awaits the creditor's answer. */
  planPending: boolean;
  /**
   * The creditor declined the plan the customer proposed last, with a message: the notice says so
   * in the stage's tone, quotes the message as written and offers every way on (not while paused).
   */
  declined: boolean;
  style: ToneStyle;
  formality: Formality;
  /** `lang` on the element; empty follows the toolbar's locale. */
  lang: string;
  discreet: boolean;
  invoiceCount: number;
  snoozeHours: number;
  /**
   * The API sends each invoice's `amountDue` (the reference server always does): the notice asks
   * for it, interest and fees included. Off, an older API: the notice falls back to the principal.
   */
  amountDue: boolean;
}

const customerId = 'story-customer';

const meta: Meta<BannerArgs> = {
  title: 'Elements/Overdue banner',
  component: 'amicable-overdue-banner',
  argTypes: {
    stage: { control: 'select', options: ['upcoming', 'reminder', 'firm', 'final', 'collection', 'paused'] },
    pauseReason: {
      control: 'select',
      options: ['plan', 'promise', 'dispute', 'creditor'],
      if: { arg: 'stage', eq: 'paused' },
    },
    planPending: { control: 'boolean', if: { arg: 'pauseReason', eq: 'plan' } },
    declined: { control: 'boolean' },
    style: { control: 'inline-radio', options: ['direct', 'indirect'] },
    formality: { control: 'inline-radio', options: ['informal', 'formal'] },
    lang: { control: 'select', options: ['', 'en', 'nb-NO', 'nl-NL', 'de-DE'] },
    discreet: { control: 'boolean' },
    invoiceCount: { control: { type: 'number', min: 1, max: 5 } },
    snoozeHours: { control: { type: 'number', min: 1 } },
    amountDue: { control: 'boolean' },
  },
  args: {
    stage: 'reminder',
    pauseReason: 'plan',
    planPending: false,
    declined: false,
    style: 'direct',
    formality: 'informal',
    lang: '',
    discreet: false,
    invoiceCount: 1,
    snoozeHours: 72,
    amountDue: true,
  },
  render: (args) => {
    // "Remind me later" is remembered in localStorage; each visit to a story starts fresh.
    clearSnooze(customerId);
    const fromApi = accountFor(args, customerId);
    const account = args.amountDue === false ? fromApi : withAmountsDue(fromApi);
    const shaped =
      args.stage === 'paused' && args.pauseReason === 'plan' && args.planPending
        ? withPendingPlan(account)
        : account;
    configureFakeApi({ kind: 'account', account: args.declined ? withDeclinedPlan(shaped) : shaped });
    return html`<amicable-overdue-banner
      lang=${args.lang || nothing}
      ?discreet=${args.discreet}
      snooze-hours=${args.snoozeHours}
    ></amicable-overdue-banner>`;
  },
};

export default meta;

function daysFromToday(days: number): string {
  const date = new Date();
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/**
 * `account` with a plan the creditor has yet to answer, as the API sends it: two monthly
 * instalments, the first later than the policy allows, and the day the answer comes by.
 */
function withPendingPlan(account: AccountSummary): AccountSummary {
  const total = account.totals.open;
  const first = Math.floor(total.amount / 2);
  const plan: Plan = {
    id: 'plan-story',
    status: 'pending',
    invoiceIds: account.invoices.map((invoice) => invoice.id),
    total,
    frequency: 'monthly',
    instalments: [
      { dueDate: daysFromToday(40), amount: { amount: first, currency: total.currency }, status: 'due' },
      {
        dueDate: daysFromToday(70),
        amount: { amount: total.amount - first, currency: total.currency },
        status: 'due',
      },
    ],
    createdAt: new Date().toISOString(),
    respondBy: daysFromToday(5),
    reviewReasons: ['first_due_too_late'],
  };
  return { ...account, plan };
}

/**
 * `account` with the plan the customer proposed last, declined by the creditor yesterday with a
 * message (two lines, and characters that would be markup if they were ever rendered as HTML), and
 * the creditor's contact details for the customer to talk it over.
 */
function withDeclinedPlan(account: AccountSummary): AccountSummary {
  const total = account.totals.open;
  const plan: Plan = {
    id: 'plan-story-declined',
    status: 'rejected',
    invoiceIds: account.invoices.map((invoice) => invoice.id),
    total,
    frequency: 'monthly',
    instalments: [6, 7, 8, 9, 10, 11].map((months, index, all) => ({
      dueDate: daysFromToday(months * 30),
      amount: {
        amount:
          index < all.length - 1
            ? Math.floor(total.amount / all.length)
            : total.amount - Math.floor(total.amount / all.length) * (all.length - 1),
        currency: total.currency,
      },
      status: 'due' as const,
    })),
    createdAt: new Date(Date.now() - 4 * 86_400_000).toISOString(),
    decidedAt: new Date(Date.now() - 86_400_000).toISOString(),
    message:
      'We cannot start the plan as late as six months from now <b>but</b> we can wait until the 20th.\nCall Ingrid on 22 33 44 55 & we will set it up together.',
  };
  return {
    ...account,
    creditor: {
      ...account.creditor,
      email: 'kundeservice@fjordlys.example',
      phone: '+47 22 33 44 55',
      url: 'https://fjordlys.example/help',
    },
    declinedPlan: plan,
  };
}

const feeAfterNotice = 3_750;

/** The fees and interest the reference server would have added by each stage (Norway, consumer). */
function chargesOf(invoice: AccountSummary['invoices'][number]): number {
  if (invoice.daysOverdue <= 0) return 0;
  const noticesSent = { reminder: 0, firm: 1, final: 2, collection: 2, paused: 0, upcoming: 0 }[
    invoice.stage
  ];
  // Forsinkelsesrente, 12 % a year, day by day from the due date.
  const interest = Math.round((invoice.outstanding.amount * 0.12 * invoice.daysOverdue) / 365);
  const collectionCosts = invoice.stage === 'collection' ? 11_250 : 0;
  return noticesSent * feeAfterNotice + interest + collectionCosts;
}

/**
 * `account` with each invoice's `amountDue`, as the reference server sends it: the payable principal
 * plus fees and interest; nothing while the whole invoice is under dispute.
 */
function withAmountsDue(account: AccountSummary): AccountSummary {
  return {
    ...account,
    invoices: account.invoices.map((invoice) => {
      const payable = invoice.outstanding.amount - (invoice.disputed?.amount ?? 0);
      const amount = invoice.pauseReason === 'dispute' ? 0 : payable + chargesOf(invoice);
      return { ...invoice, amountDue: { amount, currency: invoice.outstanding.currency } };
    }),
  };
}

type Story = StoryObj<BannerArgs>;

// Stages
export const Upcoming: Story = { args: { stage: 'upcoming' } };
export const Reminder: Story = { args: { stage: 'reminder' } };
export const Firm: Story = { args: { stage: 'firm' } };
export const Final: Story = { args: { stage: 'final' } };
export const Collection: Story = { args: { stage: 'collection' } };
export const PausedByPlan: Story = { args: { stage: 'paused', pauseReason: 'plan' } };
/** A proposal beyond the policy: reminders wait while the creditor looks at it; the notice says by when it answers. */
export const PausedByPlanUnderReview: Story = {
  args: { stage: 'paused', pauseReason: 'plan', planPending: true },
};
export const PausedByPromise: Story = { args: { stage: 'paused', pauseReason: 'promise' } };
export const PausedByDispute: Story = { args: { stage: 'paused', pauseReason: 'dispute' } };
export const PausedByCreditor: Story = { args: { stage: 'paused', pauseReason: 'creditor' } };
export const SeveralInvoices: Story = { args: { stage: 'firm', invoiceCount: 3 } };

// A declined plan: the creditor's no, its words and every way on, in the stage's tone.
/** The creditor declined the customer's proposal: said kindly, its message quoted as plain text, proposing another plan first. */
export const DeclinedPlan: Story = { args: { stage: 'reminder', declined: true } };
/** Declined at the final notice: the notice keeps its legal heading and its deadline; the news and the ways on follow. */
export const DeclinedPlanAtFinalNotice: Story = { args: { stage: 'final', declined: true } };
export const DeclinedPlanIndirectFormal: Story = {
  args: { stage: 'firm', declined: true, style: 'indirect', formality: 'formal' },
};
export const DeclinedPlanNorwegian: Story = { args: { stage: 'reminder', declined: true, lang: 'nb-NO' } };
export const DeclinedPlanDutch: Story = {
  args: { stage: 'reminder', declined: true, lang: 'nl-NL', formality: 'formal' },
};
export const DeclinedPlanGerman: Story = {
  args: { stage: 'reminder', declined: true, lang: 'de-DE', formality: 'formal' },
};

// Styles and formality
export const DirectFormal: Story = { args: { stage: 'reminder', style: 'direct', formality: 'formal' } };
export const IndirectInformal: Story = {
  args: { stage: 'reminder', style: 'indirect', formality: 'informal' },
};
export const IndirectFormal: Story = { args: { stage: 'firm', style: 'indirect', formality: 'formal' } };

// Locales
export const English: Story = { args: { lang: 'en' } };
export const Norwegian: Story = { args: { lang: 'nb-NO' } };
export const Dutch: Story = { args: { lang: 'nl-NL', formality: 'formal' } };
export const German: Story = { args: { lang: 'de-DE', formality: 'formal' } };

/** An API that does not send `amountDue` yet: the notice falls back to the principal, no charges named. */
export const OlderApiWithoutAmountDue: Story = { args: { stage: 'firm', amountDue: false } };

// Discreet mode: no amounts until asked.
export const Discreet: Story = { args: { discreet: true } };

/** While the account loads the banner takes no room at all: nothing jumps when it appears. */
export const Loading: Story = {
  render: () => {
    configureFakeApi({ kind: 'loading' });
    return html`<p>Portal content above.</p>
      <amicable-overdue-banner></amicable-overdue-banner>
      <p>Portal content below: it does not move.</p>`;
  },
};

/** A failing API leaves the banner empty; the host gets one `amicable-error` (see the console). */
export const ApiError: Story = {
  render: () => {
    configureFakeApi({ kind: 'error', status: 404 });
    return html`<p>Portal content above.</p>
      <amicable-overdue-banner
        @amicable-error=${(event: CustomEvent) => console.info('amicable-error', event.detail)}
      ></amicable-overdue-banner>
      <p>Portal content below: nothing appeared between these lines.</p>`;
  },
};

/** Nothing open: nothing rendered. */
export const NothingDue: Story = {
  render: () => {
    configureFakeApi({ kind: 'account', account: emptyAccount(customerId) });
    return html`<p>Portal content above.</p>
      <amicable-overdue-banner></amicable-overdue-banner>
      <p>Portal content below.</p>`;
  },
};

// Theming
export const Themed: Story = {
  render: (args) => {
    configureFakeApi({ kind: 'account', account: withAmountsDue(accountFor(args, customerId)) });
    return html`<amicable-overdue-banner
      style="--amicable-color-accent: #6b2c91; --amicable-radius: 0; --amicable-font-family: Georgia, serif"
    ></amicable-overdue-banner>`;
  },
};

export const Dark: Story = {
  parameters: { backgrounds: { default: 'dark' } },
  render: (args) => {
    configureFakeApi({
      kind: 'account',
      account: withAmountsDue(accountFor({ ...args, stage: 'final' }, customerId)),
    });
    return html`<div style="padding: 1rem; background: #111">
      <amicable-overdue-banner
        style="--amicable-color-surface: #1f1f1f; --amicable-color-text: #e3e3e3; --amicable-color-text-muted: #bdc1c6; --amicable-color-border: #5f6368; --amicable-color-accent: #a8c7fa; --amicable-color-on-accent: #062e6f; --amicable-color-danger: #f2b8b5"
      ></amicable-overdue-banner>
    </div>`;
  },
};
