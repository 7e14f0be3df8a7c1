import { formatNumber } from '../format';
import type { PartCopy } from '../parts';
import { plural } from '../text';

// English. Formal is the courteous register (no contractions, "please", "we would"); informal
// is warm and brief. Direct states amount, date and consequence; indirect leads with the
// relationship, offers a face-saving reason and keeps amounts out of headings.

// The number and plural helpers every part of this catalog uses.
export const n = (value: number): string => formatNumber(value, 'en');
export const byCount = (count: number, one: string, other: string): string =>
  plural('en', count, { one, other });

/** English copy of the words every element uses. */
export const copy: PartCopy<'common'> = {
  locale: 'en',

  common: {
    loading: 'Loading…',
    errorFallback: 'We could not load your invoices just now. Please try again in a moment.',
    retry: 'Try again',
    close: 'Close',
    dialogClose: 'Close dialog',
    cancel: 'Cancel',
    back: 'Back',
    continue: 'Continue',
    optional: 'optional',
    invoiceCount: (p) => byCount(p.count, '1 invoice', `${n(p.count)} invoices`),
    helpFor: (p) => `What does “${p.term}” mean?`,
  },

  actions: {
    view: 'View invoice',
    pay: 'Pay now',
    plan: 'Propose a payment plan',
    promise: 'Choose a payment date',
    dispute: 'Tell us what is wrong',
    snooze: 'Remind me later',
    showAmounts: 'Show amounts',
    hideAmounts: 'Hide amounts',
    close: 'Close',
  },
};
