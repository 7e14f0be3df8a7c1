import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { adoptCreditorWording, resetCreditorWording } from '../components/base/creditor-wording';
import '../components/overdue-banner/define';
import { clearSnooze } from '../components/overdue-banner/snooze';
import type { AccountSummary } from '../src/contract/account';
import { accountFor, configureFakeApi } from './support/fake-api';

/**
 * The overdue banner in the creditor's own words: `messages` in `PUT /v1/admin/settings`, which the
 * API sends with the account (`creditor.messages`: the customer's language only). Placeholders such
 * as `{amount}` and `{dueDate}` take the same formatted values as the built-in copy; the text is
 * plain, so markup shows as typed. Switch `lang` to see that another language keeps its own copy.
 */
interface OverrideArgs {
  /** The creditor's heading for a direct, informal reminder in Norwegian. */
  heading: string;
  /** The creditor's label for the pay button in Norwegian. */
  pay: string;
  /** `lang` on the element: the overrides are Norwegian, so other languages show the built-in copy. */
  lang: string;
}

const customerId = 'story-customer-overrides';
const HEADING = 'banner.reminder.direct.informal.heading';

const meta: Meta<OverrideArgs> = {
  title: "Elements/Overdue banner, in the creditor's words",
  component: 'amicable-overdue-banner',
  argTypes: {
    heading: { control: 'text' },
    pay: { control: 'text' },
    lang: { control: 'select', options: ['nb-NO', 'en', 'nl-NL', 'de-DE'] },
  },
  args: {
    heading: 'Hei fra {creditor}! {amount} forfalt {dueDate}',
    pay: 'Betal med én gang',
    lang: 'nb-NO',
  },
  render: (args) => {
    clearSnooze(customerId);
    const base = accountFor({ stage: 'reminder', style: 'direct', formality: 'informal' }, customerId);
    const account: AccountSummary = {
      ...base,
      creditor: {
        ...base.creditor,
        messages: {
          locale: 'nb',
          texts: [
            { key: HEADING, text: args.heading },
            { key: 'actions.pay', text: args.pay },
          ],
        },
      },
    };
    configureFakeApi({ kind: 'account', account });
    // What the banner does with its own answer, done up front so a change of the controls shows at once.
    resetCreditorWording();
    adoptCreditorWording(account.creditor);
    return html`<amicable-overdue-banner lang=${args.lang}></amicable-overdue-banner>`;
  },
};

export default meta;

type Story = StoryObj<OverrideArgs>;

/** The creditor's own heading and pay button, with `{creditor}`, `{amount}` and `{dueDate}` filled. */
export const OwnHeading: Story = {};

/** Markup in an override is text: the customer sees the angle brackets, never bold type. */
export const MarkupShowsAsText: Story = {
  args: { heading: '<b>{creditor}</b>: {amount}' },
};

/** A Dutch page: the Norwegian overrides do not apply, the built-in Dutch copy stands. */
export const OtherLanguage: Story = {
  args: { lang: 'nl-NL' },
};
