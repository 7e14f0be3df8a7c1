import { formatPercent } from '../format';
import type { PartCopy } from '../parts';
import { plural } from '../text';
import { byCount, n } from './common';

/** English copy of the dispute form. */
export const copy: PartCopy<'dispute'> = {
  dispute: {
    heading: 'Tell us what is wrong',
    intro:
      'Reminders stop for the part in question while it is looked into. The rest of the invoice stays payable.',
    reasonLabel: 'What is the problem?',
    reasons: {
      not_received: 'The goods or service were not received',
      wrong_amount: 'The amount is wrong',
      quality: 'Something was faulty or not as agreed',
      already_paid: 'It has already been paid',
      not_ordered: 'It was not ordered',
      other: 'Something else',
    },
    scopeLabel: 'Which part is in question?',
    scopeWhole: 'The whole invoice',
    scopeLines: 'Some lines',
    scopeAmount: 'An amount',
    linesLabel: 'Lines in question',
    amountLabel: 'Amount in question',
    amountHint: (p) => `Up to ${p.max}.`,
    messageLabel: 'What happened?',
    messageHint: 'A few sentences are enough. Dates, order numbers or names help.',
    characterCount: (p) =>
      `${n(p.count)} of ${n(p.max)} ${plural('en', p.max, { one: 'character', other: 'characters' })}`,
    attachments: 'Attachments',
    attachmentsHint: (p) => `PDF, PNG or JPEG, up to ${n(p.maxFiles)} files of at most ${p.maxSize} each.`,
    addFiles: 'Add files',
    dropFiles: 'Or drop files here',
    removeFile: (p) => `Remove ${p.name}`,
    uploading: (p) => `Uploading ${p.name}: ${formatPercent(p.percent, 'en')}`,
    fileErrors: {
      wrongType: (p) => `${p.name} cannot be attached. Please use a PDF, PNG or JPEG file.`,
      tooLarge: (p) => `${p.name} is larger than ${p.maxSize}. Please attach a smaller file.`,
      tooMany: (p) =>
        byCount(p.max, 'Only 1 file can be attached.', `Up to ${n(p.max)} files can be attached.`),
    },
    submit: 'Send message',
    sending: 'Sending…',
    confirmationHeading: 'Thank you, we have received your message',
    reference: (p) => `Your reference: ${p.reference}`,
    whatHappensNow: 'What happens now',
    whatHappensNowBody:
      'The creditor looks into it and replies. Reminders for the part in question are paused until then.',
    respondBy: (p) => `You will get an answer by ${p.date}.`,
    remainsPayable: (p) => `${p.amount} is not in question and can still be paid.`,
    nothingRemainsPayable: 'Nothing else on this invoice needs paying for now.',
    loadFailed: 'We could not load this invoice just now. Please try again in a moment.',
    sendFailed: 'Your message could not be sent just now. What you wrote is still here, so please try again.',
    alreadyDisputed:
      'This part of the invoice is already being looked into. The answer will come by the date you were given.',
  },
};
