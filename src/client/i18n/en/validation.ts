import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** English copy of the forms' field errors. */
export const copy: PartCopy<'validation'> = {
  validation: {
    summary: (p) => byCount(p.count, 'Please check 1 field', `Please check ${n(p.count)} fields`),
    required: 'Please fill this in.',
    amountInvalid: 'Please enter an amount, such as 150 or 150.50.',
    amountTooLow: (p) => `Please enter at least ${p.min}.`,
    amountTooHigh: (p) => `Please enter no more than ${p.max}.`,
    dateInvalid: 'Please choose a date.',
    dateInPast: 'Please choose today or a later date.',
    chooseReason: 'Please choose what the problem is.',
    chooseLines: 'Please choose at least one line.',
    messageTooLong: (p) => `Please shorten the message to ${n(p.max)} characters.`,
  },
};
