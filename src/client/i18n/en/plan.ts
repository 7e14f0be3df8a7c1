import type { PartCopy } from '../parts';
import { byCount, n } from './common';

/** English copy of the instalment proposer and the promise to pay. */
export const copy: PartCopy<'plan'> = {
  plan: {
    heading: 'Propose a payment plan',
    intro:
      'Split the amount into instalments that fit your budget. A plan within the terms below is agreed straight away.',
    modeInstalments: 'Pay in instalments',
    modePromise: 'Pay everything on one date',
    count: 'Number of instalments',
    countOption: (p) => byCount(p.count, '1 instalment', `${n(p.count)} instalments`),
    amountPerInstalment: 'Amount per instalment',
    firstDate: 'First payment date',
    scheduleHeading: 'Your schedule',
    instalment: (p) => `Instalment ${n(p.index)}`,
    scheduleRow: (p) => `Instalment ${n(p.index)}: ${p.amount} on ${p.date}`,
    total: (p) => `Total ${p.amount}`,
    fee: (p) => `Plan fee ${p.amount}`,
    policyHeading: 'Terms for payment plans',
    policyMinInstalment: (p) => `Each instalment is at least ${p.amount}.`,
    policyMaxCount: (p) => byCount(p.count, 'Up to 1 instalment.', `Up to ${n(p.count)} instalments.`),
    policyMaxMonths: (p) =>
      byCount(p.count, 'Paid off within 1 month.', `Paid off within ${n(p.count)} months.`),
    policyFirstWithin: (p) =>
      byCount(
        p.count,
        'The first payment is within 1 day.',
        `The first payment is within ${n(p.count)} days.`,
      ),
    policyFee: (p) => `A plan costs ${p.amount}, added to the first instalment.`,
    policyNoFee: 'A plan costs nothing extra.',
    outsidePolicy: (p) =>
      `This proposal is outside the usual terms, so ${p.creditor} will review it and reply. Reminders pause in the meantime.`,
    violations: {
      minInstalment: (p) =>
        `Each instalment needs to be at least ${p.amount}. Fewer instalments would do it.`,
      maxCount: (p) =>
        byCount(
          p.count,
          'A plan can have 1 instalment at most.',
          `A plan can have up to ${n(p.count)} instalments.`,
        ),
      maxMonths: (p) =>
        byCount(
          p.count,
          'The last instalment needs to fall within 1 month.',
          `The last instalment needs to fall within ${n(p.count)} months.`,
        ),
      firstTooLate: (p) => `The first payment needs to be on or before ${p.date}.`,
      firstInPast: 'The first payment date needs to be today or later.',
      sumMismatch: (p) => `The instalments need to add up to ${p.amount}.`,
      notOffered: 'Payment plans are not available for this invoice. A payment date can still be chosen.',
    },
    submit: 'Send proposal',
    sending: 'Sending…',
    acceptedHeading: 'Your payment plan is agreed',
    acceptedBody: (p) =>
      `The first instalment of ${p.amount} is due on ${p.date}. No reminders will be sent while the plan is kept.`,
    pendingHeading: 'Proposal sent',
    pendingBody: (p) => `${p.creditor} will reply by ${p.date}. Reminders are paused until then.`,
    promiseDate: 'Payment date',
    promiseStatement: (p) => `I will pay everything on ${p.date}`,
    promiseHint: (p) => `Choose a date no later than ${p.date}.`,
    promiseTooLate: (p) => `The payment date needs to be on or before ${p.date}.`,
    submitPromise: 'Confirm payment date',
    promiseConfirmedHeading: 'Payment date confirmed',
    promiseConfirmedBody: (p) =>
      `Payment of ${p.amount} is expected by ${p.date}. No reminders will be sent before then.`,
    splitBy: 'How to split it',
    splitByCount: 'By number of instalments',
    splitByAmount: 'By amount per instalment',
    countOptionReview: (p) => `${n(p.count)} instalments (needs approval)`,
    amountHint: (p) => `At least ${p.min}. The schedule shows how many instalments that makes.`,
    firstDateHint: (p) => `Any day from ${p.earliest} to ${p.latest}.`,
    frequency: 'How often',
    monthly: 'Every month',
    biweekly: 'Every two weeks',
    scheduleWaiting: 'Choose how to split it and a first payment date to see the schedule.',
    scheduleSummary: (p) =>
      byCount(
        p.count,
        `1 payment of ${p.total} on ${p.first}.`,
        `${n(p.count)} instalments from ${p.first} to ${p.last}, ${p.total} in total.`,
      ),
    instalmentHeader: 'Instalment',
    dueDate: 'Due date',
    amount: 'Amount',
    status: 'Status',
    statuses: { due: 'Due', paid: 'Paid', part_paid: 'Partly paid', overdue: 'Late', missed: 'Missed' },
    includesFee: (p) => `includes the plan fee of ${p.amount}`,
    waivedInterest: (p) => `Interest of ${p.amount} is left out as long as the plan is kept.`,
    policyGrace: (p) =>
      byCount(
        p.count,
        'An instalment paid up to 1 day late still keeps the plan in place.',
        `An instalment paid up to ${n(p.count)} days late still keeps the plan in place.`,
      ),
    policyReview: (p) =>
      byCount(
        p.count,
        `A plan outside these terms can still be proposed: ${p.creditor} answers within 1 day.`,
        `A plan outside these terms can still be proposed: ${p.creditor} answers within ${n(p.count)} days.`,
      ),
    moreViolations: {
      frequency: 'Instalments fall due once a month.',
      afterLapse: 'An earlier payment plan for this invoice ended before it was paid off.',
      currency: 'The instalments need to be in the currency of the invoice.',
      countTooHigh: (p) =>
        `That would take more than ${n(p.count)} instalments. Please enter a higher amount.`,
    },
    howToPayHeading: 'How to pay',
    howToPayPlan: 'Pay each instalment by bank transfer by its due date, with these details:',
    howToPayPromise: 'Pay by bank transfer by the date, with these details:',
    alreadyPlanned: 'There is already a payment plan for this invoice.',
    alreadyPromised: 'A payment date has already been given for this invoice.',
    nothingToPay: 'There is nothing left to pay on this invoice.',
    loadFailed:
      'The options for spreading the payment could not be loaded just now. Please try again in a moment.',
    sendFailed: 'The proposal could not be sent just now. Please try again.',
    promiseHeading: 'Choose a payment date',
    promiseIntro: (p) => `Choose the day ${p.amount} will be paid. No reminders are sent until then.`,
    promiseInPast: 'The payment date needs to be today or later.',
  },
};
