import { formatNumber, formatPercent } from './format';
import { type BannerParams, type Messages, plural } from './messages';
import { capitalize, lowerFirst, when } from './text';

// English. Formal is the courteous register (no contractions, "please", "we would"); informal
// is warm and brief. Direct states amount, date and consequence; indirect leads with the
// relationship, offers a face-saving reason and keeps amounts out of headings.

const n = (value: number): string => formatNumber(value, 'en');
const byCount = (count: number, one: string, other: string): string => plural('en', count, { one, other });

/** "your invoice from X for €10" / "your 2 invoices from X for €20 in total". */
const invoices = (p: BannerParams): string =>
  byCount(
    p.count,
    `your invoice from ${p.creditor} for ${p.amount}`,
    `your ${n(p.count)} invoices from ${p.creditor} for ${p.amount} in total`,
  );
const Invoices = (p: BannerParams): string => capitalize(invoices(p));
/** "was due on D" / "have been due since D" (D is the earliest due date). */
const wasDue = (p: BannerParams): string =>
  byCount(p.count, `was due on ${p.dueDate}`, `have been due since ${p.dueDate}`);
/** "is due on D" / "are due, the first on D", before the due date. */
const isDue = (p: BannerParams): string =>
  byCount(p.count, `is due on ${p.dueDate}`, `are due, the first on ${p.dueDate}`);
/** "due on D" / "the first due on D", as an aside between commas. */
const dueAside = (p: BannerParams): string =>
  byCount(p.count, `due on ${p.dueDate}`, `the first due on ${p.dueDate}`);

const laterFormal = 'We will let you know before anything else happens.';
const laterInformal = "We'll let you know before anything else happens.";

export const en: Messages = {
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
    dispute: 'Something is wrong',
    snooze: 'Remind me later',
    showAmounts: 'Show amounts',
    hideAmounts: 'Hide amounts',
    close: 'Close',
  },

  banner: {
    label: 'Payment notice',
    discreetHeading: 'A message about your account',
    snoozed: (p) => `We will remind you again on ${p.date}.`,

    upcoming: {
      direct: {
        formal: {
          heading: (p) => `Payment due on ${p.dueDate}`,
          body: (p) => `${Invoices(p)} ${isDue(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `If payment has not reached us by ${p.nextDate}, we will send a reminder${when(p.nextFee, (f) => ` with a fee of ${f}`)}.`
              : 'Once payment has been made, there is nothing more to do.',
          wayOut: () =>
            'You can pay now, choose a later payment date or propose instalments. If anything on the invoice looks wrong, please let us know.',
        },
        informal: {
          heading: (p) => `Coming up: ${p.amount} due on ${p.dueDate}`,
          body: (p) => `Just a heads-up: ${invoices(p)} ${isDue(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `If it hasn't reached us by ${p.nextDate}, we'll send a reminder${when(p.nextFee, (f) => ` with a fee of ${f}`)}.`
              : "Once you've paid, you're all set.",
          wayOut: () =>
            'Pay now, pick a date that suits you or split it into instalments. Something not right? Just tell us.',
        },
      },
      indirect: {
        formal: {
          heading: () => 'A note ahead of your due date',
          body: (p) =>
            `We are writing ahead of time in case it helps with your planning: ${invoices(p)} ${byCount(p.count, `falls due on ${p.dueDate}`, `fall due, the first on ${p.dueDate}`)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `Should payment not have reached us by ${p.nextDate}, we will send you a reminder${when(p.nextFee, (f) => `, which adds a fee of ${f}`)}.`
              : 'Once payment has been made, nothing further is needed.',
          wayOut: () =>
            'If the date does not suit you, you are welcome to choose another payment date or propose instalments. And if anything on the invoice is unclear, we would be glad to hear from you.',
        },
        informal: {
          heading: () => 'A quick note before your due date',
          body: (p) => `In case it helps with your planning: ${invoices(p)} ${isDue(p)}.`,
          nextStep: (p) =>
            p.nextDate
              ? `If it hasn't reached us by ${p.nextDate}, we'll send you a reminder${when(p.nextFee, (f) => `, which adds a fee of ${f}`)}.`
              : "Once you've paid, there's nothing else to do.",
          wayOut: () =>
            'If the date is awkward, pick another one or split the amount into instalments. And if anything looks unclear, just let us know.',
        },
      },
    },

    reminder: {
      direct: {
        formal: {
          heading: (p) => `Payment reminder: ${p.amount} overdue`,
          body: (p) => `${Invoices(p)} ${wasDue(p)}, and we have not yet received payment.`,
          nextStep: (p) =>
            p.nextDate
              ? `If we have not received payment by ${p.nextDate}, we will send a second reminder${when(p.nextFee, (f) => ` and add a fee of ${f}`)}.`
              : laterFormal,
          wayOut: () =>
            'Please pay now, or choose a payment date or propose instalments if that suits you better. If you believe something is wrong, let us know and we will pause reminders while we look into it.',
        },
        informal: {
          heading: (p) => `Reminder: ${p.amount} overdue`,
          body: (p) => `${Invoices(p)} ${wasDue(p)}, and we haven't received the payment yet.`,
          nextStep: (p) =>
            p.nextDate
              ? `If it hasn't reached us by ${p.nextDate}, we'll send a second reminder${when(p.nextFee, (f) => ` and add a fee of ${f}`)}.`
              : laterInformal,
          wayOut: () =>
            "Pay now, pick a payment date or split it into instalments. If something's wrong, tell us and we'll pause reminders while we look into it.",
        },
      },
      indirect: {
        formal: {
          heading: () => 'A gentle reminder',
          body: (p) =>
            `This may simply have been overlooked: ${invoices(p)} ${wasDue(p)}, and we have not yet seen the payment. If you have paid in the last few days, thank you, and please disregard this note.`,
          nextStep: (p) =>
            p.nextDate
              ? `If the payment has not reached us by ${p.nextDate}, we will send a second reminder${when(p.nextFee, (f) => `, which adds a fee of ${f}`)}.`
              : laterFormal,
          wayOut: () =>
            'If now is not a good time, you are welcome to choose a payment date or propose instalments. And if something is not right with the invoice, please tell us; we will pause reminders while we look into it.',
        },
        informal: {
          heading: () => 'A friendly reminder',
          body: (p) =>
            `This may have slipped through: ${invoices(p)} ${wasDue(p)}, and we haven't seen the payment yet. If you've paid in the last few days, thanks, and please ignore this note.`,
          nextStep: (p) =>
            p.nextDate
              ? `If it hasn't reached us by ${p.nextDate}, we'll send a second reminder${when(p.nextFee, (f) => `, which adds a fee of ${f}`)}.`
              : laterInformal,
          wayOut: () =>
            "If now isn't a good time, pick a date that works or split it into instalments. And if something's not right, tell us; we'll pause reminders while we check.",
        },
      },
    },

    firm: {
      direct: {
        formal: {
          heading: (p) => `Second reminder: ${p.amount} overdue`,
          body: (p) =>
            `${Invoices(p)} ${wasDue(p)} and ${byCount(p.count, 'is', 'are')} still unpaid after our first reminder.`,
          nextStep: (p) =>
            p.nextDate
              ? `If we have not received payment by ${p.nextDate}, we will send a final notice${when(p.nextFee, (f) => ` and add a fee of ${f}`)}.`
              : laterFormal,
          wayOut: () =>
            'Please pay now, or propose a payment plan or a payment date today. If something is wrong with the invoice, tell us and we will pause reminders while we look into it.',
        },
        informal: {
          heading: (p) => `Second reminder: ${p.amount} overdue`,
          body: (p) =>
            `${Invoices(p)} ${wasDue(p)} and ${byCount(p.count, 'is', 'are')} still unpaid after our first reminder.`,
          nextStep: (p) =>
            p.nextDate
              ? `If it hasn't reached us by ${p.nextDate}, we'll send a final notice${when(p.nextFee, (f) => ` and add a fee of ${f}`)}.`
              : laterInformal,
          wayOut: () =>
            "Pay now, or set up a payment plan or a payment date today. If something's wrong, tell us and we'll pause reminders while we look into it.",
        },
      },
      indirect: {
        formal: {
          heading: () => 'We would like to help settle this',
          body: (p) =>
            `We wrote to you earlier about ${invoices(p)}, ${dueAside(p)}. It may have been missed, or perhaps the timing is difficult just now; either way, we would like to find a solution with you.`,
          nextStep: (p) =>
            p.nextDate
              ? `If we have not heard from you or received payment by ${p.nextDate}, we will send a final notice${when(p.nextFee, (f) => `, which adds a fee of ${f}`)}.`
              : laterFormal,
          wayOut: () =>
            'You can pay now, choose a payment date or propose instalments that fit your budget. If something is not right with the invoice, please tell us.',
        },
        informal: {
          heading: () => "Let's sort this out together",
          body: (p) =>
            `We wrote to you earlier about ${invoices(p)}, ${dueAside(p)}. Maybe it got missed, or maybe the timing is tricky right now; either way, we'd like to find a solution with you.`,
          nextStep: (p) =>
            p.nextDate
              ? `If we haven't heard from you or received payment by ${p.nextDate}, we'll send a final notice${when(p.nextFee, (f) => `, which adds a fee of ${f}`)}.`
              : laterInformal,
          wayOut: () =>
            "Pay now, choose a date or propose instalments that fit your budget. If something's not right, just tell us.",
        },
      },
    },

    final: {
      direct: {
        formal: {
          heading: () => 'Final notice before debt collection',
          body: (p) =>
            `${Invoices(p)} ${wasDue(p)} and ${byCount(p.count, 'remains', 'remain')} unpaid after our reminders. This is our last notice before the claim is passed to a debt collection agency.`,
          nextStep: (p) =>
            `If the full amount has not been paid by ${p.nextDate ?? 'the deadline'}, the claim will be passed to a debt collection agency${when(p.nextFee, (f) => `, and collection costs of ${f} will be added`)}.`,
          wayOut: () =>
            'You can still settle this here: pay now, or propose a payment plan or a payment date. If you dispute the invoice, tell us and the claim will not be passed on while we look into it.',
        },
        informal: {
          heading: () => 'Final notice before debt collection',
          body: (p) =>
            `${Invoices(p)} ${wasDue(p)} and ${byCount(p.count, 'is', 'are')} still unpaid after our reminders. This is our last notice before the claim goes to a debt collection agency.`,
          nextStep: (p) =>
            `If the full amount isn't paid by ${p.nextDate ?? 'the deadline'}, the claim will go to a debt collection agency${when(p.nextFee, (f) => `, and collection costs of ${f} will be added`)}.`,
          wayOut: () =>
            "You can still sort this out here: pay now, or propose a payment plan or a payment date. If you think the invoice is wrong, tell us and we won't pass it on while we look into it.",
        },
      },
      indirect: {
        formal: {
          heading: () => 'Final notice: we would rather resolve this with you',
          body: (p) =>
            `We have written to you about ${invoices(p)}, ${dueAside(p)}, and have not yet heard back. We would much rather find a solution together, which is why we are writing once more before the claim is passed to a debt collection agency.`,
          nextStep: (p) =>
            `If the full amount has not been paid by ${p.nextDate ?? 'the deadline'}, the claim will be passed to a debt collection agency${when(p.nextFee, (f) => `, and collection costs of ${f} will be added`)}.`,
          wayOut: () =>
            'A payment plan or a later payment date can still be arranged here, or you can pay now. If there is a reason the invoice has not been paid, please tell us.',
        },
        informal: {
          heading: () => "Final notice: we'd rather sort this out with you",
          body: (p) =>
            `We've written to you about ${invoices(p)}, ${dueAside(p)}, and haven't heard back yet. We'd much rather find a solution together, so we're reaching out once more before the claim goes to a debt collection agency.`,
          nextStep: (p) =>
            `If the full amount isn't paid by ${p.nextDate ?? 'the deadline'}, the claim will go to a debt collection agency${when(p.nextFee, (f) => `, and collection costs of ${f} will be added`)}.`,
          wayOut: () =>
            "A payment plan or a later payment date can still be arranged here, or you can pay now. If there's a reason it hasn't been paid, please tell us.",
        },
      },
    },

    collection: {
      direct: {
        formal: {
          heading: (p) =>
            p.nextDate
              ? 'Your account is being passed to debt collection'
              : 'Your account has been passed to debt collection',
          body: (p) =>
            `${Invoices(p)}, ${dueAside(p)}, ${byCount(p.count, 'was', 'were')} not paid after our final notice, so the claim ${p.nextDate ? 'is being' : 'has been'} passed to ${p.agency ?? 'a debt collection agency'}.`,
          nextStep: (p) =>
            p.nextDate
              ? `The claim will be handed over on ${p.nextDate}${when(p.nextFee, (f) => `; from then on, collection costs of ${f} will be added`)}.`
              : `The claim is now with ${p.agency ?? 'the debt collection agency'}${when(p.nextFee, (f) => `, and collection costs of ${f} have been added`)}.`,
          wayOut: () =>
            'You can still pay or propose a payment plan here, and we will let the agency know. If you believe the claim is wrong, please tell us.',
        },
        informal: {
          heading: (p) =>
            p.nextDate
              ? 'Your account is going to debt collection'
              : 'Your account has gone to debt collection',
          body: (p) =>
            `${Invoices(p)}, ${dueAside(p)}, ${byCount(p.count, "wasn't", "weren't")} paid after our final notice, so the claim ${p.nextDate ? 'is going' : 'has gone'} to ${p.agency ?? 'a debt collection agency'}.`,
          nextStep: (p) =>
            p.nextDate
              ? `It will be handed over on ${p.nextDate}${when(p.nextFee, (f) => `; from then on, collection costs of ${f} will be added`)}.`
              : `The claim is now with ${p.agency ?? 'the debt collection agency'}${when(p.nextFee, (f) => `, and collection costs of ${f} have been added`)}.`,
          wayOut: () =>
            "You can still pay or propose a payment plan here, and we'll let the agency know. If you think the claim is wrong, tell us.",
        },
      },
      indirect: {
        formal: {
          heading: () => 'You can still settle this with us',
          body: (p) =>
            `We have not been able to reach an agreement about ${invoices(p)}, ${dueAside(p)}, so the claim ${p.nextDate ? 'is being' : 'has been'} passed to ${p.agency ?? 'a debt collection agency'}. We would still welcome the chance to resolve it with you directly.`,
          nextStep: (p) =>
            p.nextDate
              ? `The claim will be handed over on ${p.nextDate}${when(p.nextFee, (f) => `; from then on, collection costs of ${f} will be added`)}.`
              : `The claim is now with ${p.agency ?? 'the debt collection agency'}${when(p.nextFee, (f) => `, and collection costs of ${f} have been added`)}.`,
          wayOut: () =>
            'You are welcome to pay or propose a payment plan here, and we will let the agency know. If something about the claim is not right, please tell us.',
        },
        informal: {
          heading: () => 'You can still sort this out with us',
          body: (p) =>
            `We haven't been able to agree on ${invoices(p)}, ${dueAside(p)}, so the claim ${p.nextDate ? 'is going' : 'has gone'} to ${p.agency ?? 'a debt collection agency'}. We'd still like to resolve it with you directly.`,
          nextStep: (p) =>
            p.nextDate
              ? `It will be handed over on ${p.nextDate}${when(p.nextFee, (f) => `; from then on, collection costs of ${f} will be added`)}.`
              : `The claim is now with ${p.agency ?? 'the debt collection agency'}${when(p.nextFee, (f) => `, and collection costs of ${f} have been added`)}.`,
          wayOut: () =>
            "Pay or propose a payment plan here and we'll let the agency know. If something about the claim isn't right, tell us.",
        },
      },
    },

    paused: {
      dispute: {
        direct: {
          formal: {
            heading: () => 'Reminders paused while we look into your query',
            body: (p) =>
              `You have told us that something is wrong with ${invoices(p)}, ${dueAside(p)}. Reminders for the disputed part are paused while we look into it.`,
            nextStep: (p) =>
              p.nextDate ? `We will reply by ${p.nextDate}.` : 'We will reply as soon as we can.',
            wayOut: () =>
              'The part you are not disputing can still be paid at any time. If you would like to add anything, please get in touch.',
          },
          informal: {
            heading: () => 'Reminders paused while we look into it',
            body: (p) =>
              `You've told us something is wrong with ${invoices(p)}, ${dueAside(p)}. Reminders for the disputed part are paused while we look into it.`,
            nextStep: (p) =>
              p.nextDate ? `We'll reply by ${p.nextDate}.` : "We'll reply as soon as we can.",
            wayOut: () =>
              "You can pay the part you're not disputing at any time. Want to add something? Just get in touch.",
          },
        },
        indirect: {
          formal: {
            heading: () => 'Thank you for letting us know',
            body: (p) =>
              `Thank you for telling us about the problem with ${invoices(p)}, ${dueAside(p)}. We have paused reminders for the disputed part while we look into it.`,
            nextStep: (p) =>
              p.nextDate ? `We will reply by ${p.nextDate}.` : 'We will reply as soon as we can.',
            wayOut: () =>
              'The part you are not disputing can still be paid whenever it suits you. If you would like to add anything, please get in touch.',
          },
          informal: {
            heading: () => 'Thanks for letting us know',
            body: (p) =>
              `Thanks for telling us about the problem with ${invoices(p)}, ${dueAside(p)}. We've paused reminders for the disputed part while we look into it.`,
            nextStep: (p) =>
              p.nextDate ? `We'll reply by ${p.nextDate}.` : "We'll reply as soon as we can.",
            wayOut: () =>
              "You can pay the part you're not disputing whenever it suits you. Want to add something? Just get in touch.",
          },
        },
      },
      plan: {
        direct: {
          formal: {
            heading: () => 'Your payment plan is active',
            body: (p) =>
              `${Invoices(p)}, ${dueAside(p)}, ${byCount(p.count, 'is', 'are')} being paid in instalments. No reminders will be sent while the plan is kept.`,
            nextStep: (p) =>
              p.nextDate
                ? `Your next instalment${when(p.nextAmount, (a) => ` of ${a}`)} is due on ${p.nextDate}.`
                : 'All instalments are shown in your payment plan.',
            wayOut: () =>
              'You can pay more or settle the rest at any time. If an instalment date becomes difficult, please tell us before it is due.',
          },
          informal: {
            heading: () => 'Your payment plan is on track',
            body: (p) =>
              `You're paying ${invoices(p)}, ${dueAside(p)}, in instalments. We won't send reminders while the plan is kept.`,
            nextStep: (p) =>
              p.nextDate
                ? `Your next instalment${when(p.nextAmount, (a) => ` of ${a}`)} is due on ${p.nextDate}.`
                : 'All instalments are shown in your payment plan.',
            wayOut: () =>
              "You can pay more or settle the rest any time. If an instalment date gets tricky, tell us before it's due.",
          },
        },
        indirect: {
          formal: {
            heading: () => 'Thank you for setting up a payment plan',
            body: (p) =>
              `${Invoices(p)}, ${dueAside(p)}, ${byCount(p.count, 'is', 'are')} being paid in instalments, as agreed. No reminders will be sent while the plan is kept.`,
            nextStep: (p) =>
              p.nextDate
                ? `Your next instalment${when(p.nextAmount, (a) => ` of ${a}`)} is due on ${p.nextDate}.`
                : 'All instalments are shown in your payment plan.',
            wayOut: () =>
              'You are welcome to pay more or settle the rest at any time. Should an instalment date become difficult, please let us know before it is due.',
          },
          informal: {
            heading: () => 'Thanks for setting up a payment plan',
            body: (p) =>
              `You're paying ${invoices(p)}, ${dueAside(p)}, in instalments, as agreed. We won't send reminders while the plan is kept.`,
            nextStep: (p) =>
              p.nextDate
                ? `Your next instalment${when(p.nextAmount, (a) => ` of ${a}`)} is due on ${p.nextDate}.`
                : 'All instalments are shown in your payment plan.',
            wayOut: () =>
              "You can pay more or settle the rest any time. If an instalment date gets tricky, let us know before it's due.",
          },
        },
      },
      promise: {
        direct: {
          formal: {
            heading: () => 'Payment date noted',
            body: (p) => `You have chosen a payment date for ${invoices(p)}, ${dueAside(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `No reminders will be sent before ${p.nextDate}. If payment has not reached us by then, reminders will resume${when(p.nextFee, (f) => ` with a fee of ${f}`)}.`
                : 'No reminders will be sent before the date you chose.',
            wayOut: () =>
              'You can pay now if that is easier, or propose instalments if the date no longer suits you.',
          },
          informal: {
            heading: () => 'Payment date noted',
            body: (p) => `You've picked a payment date for ${invoices(p)}, ${dueAside(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `We won't send reminders before ${p.nextDate}. If the payment hasn't reached us by then, reminders start again${when(p.nextFee, (f) => ` with a fee of ${f}`)}.`
                : "We won't send reminders before the date you picked.",
            wayOut: () =>
              "You can pay now if that's easier, or split it into instalments if the date no longer works.",
          },
        },
        indirect: {
          formal: {
            heading: () => 'Thank you, we have noted your payment date',
            body: (p) => `Thank you for choosing a payment date for ${invoices(p)}, ${dueAside(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `No reminders will be sent before ${p.nextDate}. If payment has not reached us by then, reminders will resume${when(p.nextFee, (f) => ` with a fee of ${f}`)}.`
                : 'No reminders will be sent before the date you chose.',
            wayOut: () =>
              'Should it be easier, you are welcome to pay now, or to propose instalments if the date no longer suits you.',
          },
          informal: {
            heading: () => "Thanks, we've noted your payment date",
            body: (p) => `Thanks for picking a payment date for ${invoices(p)}, ${dueAside(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `We won't send reminders before ${p.nextDate}. If the payment hasn't reached us by then, reminders start again${when(p.nextFee, (f) => ` with a fee of ${f}`)}.`
                : "We won't send reminders before the date you picked.",
            wayOut: () =>
              "If it's easier, pay now, or split it into instalments if the date no longer works.",
          },
        },
      },
      creditor: {
        direct: {
          formal: {
            heading: () => 'Reminders are on hold',
            body: (p) => `Reminders for ${invoices(p)}, ${dueAside(p)}, have been put on hold.`,
            nextStep: (p) =>
              p.nextDate
                ? `Nothing further will happen before ${p.nextDate}.`
                : 'We will let you know before anything changes.',
            wayOut: () =>
              'You can still pay, choose a payment date or propose instalments whenever it suits you.',
          },
          informal: {
            heading: () => 'Reminders are on hold',
            body: (p) => `We've put reminders on hold for ${invoices(p)}, ${dueAside(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Nothing else will happen before ${p.nextDate}.`
                : "We'll let you know before anything changes.",
            wayOut: () =>
              'You can still pay, pick a payment date or split it into instalments whenever it suits you.',
          },
        },
        indirect: {
          formal: {
            heading: () => 'Reminders are on hold for now',
            body: (p) => `We have put reminders on hold for ${invoices(p)}, ${dueAside(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Nothing further will happen before ${p.nextDate}.`
                : 'We will let you know before anything changes.',
            wayOut: () =>
              'Whenever it suits you, you are welcome to pay, choose a payment date or propose instalments.',
          },
          informal: {
            heading: () => 'Reminders are on hold for now',
            body: (p) => `We've put reminders on hold for ${invoices(p)}, ${dueAside(p)}.`,
            nextStep: (p) =>
              p.nextDate
                ? `Nothing else will happen before ${p.nextDate}.`
                : "We'll let you know before anything changes.",
            wayOut: () =>
              'Whenever it suits you, you can pay, pick a payment date or split it into instalments.',
          },
        },
      },
    },
  },

  nextStep: {
    heading: 'What happens next',
    kinds: {
      reminder: {
        label: 'Reminder',
        sentence: (p) =>
          `If payment has not arrived by ${p.date ?? 'the due date'}, a reminder will be sent${when(p.fee, (f) => ` with a fee of ${f}`)}.`,
      },
      firm: {
        label: 'Second reminder',
        sentence: (p) =>
          `If payment has not arrived by ${p.date ?? 'the date given'}, a second reminder will be sent${when(p.fee, (f) => ` with a fee of ${f}`)}.`,
      },
      final: {
        label: 'Final notice',
        sentence: (p) =>
          `If payment has not arrived by ${p.date ?? 'the date given'}, a final notice will be sent${when(p.fee, (f) => ` with a fee of ${f}`)}. It gives at least 14 days to pay.`,
      },
      collection: {
        label: 'Debt collection',
        sentence: (p) =>
          `If payment has not arrived by ${p.date ?? 'the deadline'}, the claim will be passed to a debt collection agency${when(p.fee, (f) => `, and collection costs of ${f} will be added`)}.`,
      },
      instalment_due: {
        label: 'Next instalment',
        sentence: (p) =>
          `The next instalment${when(p.amount, (a) => ` of ${a}`)} is due on ${p.date ?? 'the agreed date'}.`,
      },
      promise_due: {
        label: 'Promised payment date',
        sentence: (p) =>
          `Payment${when(p.amount, (a) => ` of ${a}`)} is expected by ${p.date ?? 'the chosen date'}; no reminders will be sent before then.`,
      },
      dispute_answer: {
        label: 'Answer to the query',
        sentence: (p) =>
          `An answer will come by ${p.date ?? 'the date given'}; reminders for the disputed part are paused until then.`,
      },
      none: {
        label: 'Nothing planned',
        sentence: () => 'No further steps are planned.',
      },
    },
  },

  charges: {
    heading: 'Fees and interest',
    kinds: {
      reminder_fee: 'Reminder fee',
      collection_notice_fee: 'Final notice fee',
      payment_demand_fee: 'Payment demand fee',
      collection_costs: 'Collection costs',
      late_interest: 'Late payment interest',
      compensation: 'Late payment compensation',
      plan_fee: 'Payment plan fee',
    },
    reasons: {
      'no.inkassoloven.purregebyr': (p) =>
        `A reminder fee of ${p.amount}. Norwegian law allows it for a written reminder sent at least 14 days after the due date, and caps it.`,
      'no.inkassoloven.inkassovarsel': (p) =>
        `A fee of ${p.amount} for the final notice before debt collection (inkassovarsel). Norwegian law allows it and caps it.`,
      'no.inkassoloven.betalingsoppfordring': (p) =>
        `A fee of ${p.amount} for the creditor's own payment demand. Norwegian law allows it and caps it.`,
      'no.forsinkelsesrenteloven': (p) =>
        `Late payment interest of ${p.amount}${when(p.rate, (r) => ` at ${r} a year`)}${when(p.from, (f) => ` from ${f}`)}${when(p.to, (t) => ` to ${t}`)}. The rate is set by Norwegian law twice a year.`,
      'no.forsinkelsesrenteloven.3a': (p) =>
        `A fixed compensation of ${p.amount} for late payment between businesses, set by Norwegian law.`,
      'nl.wik.bik': (p) =>
        `Collection costs of ${p.amount}, calculated on the statutory scale. They can only be charged after a free reminder gave 14 days to pay.`,
      'nl.wik.14-dagenbrief': () =>
        'The last reminder before collection costs; it gives 14 days to pay and costs nothing itself.',
      'nl.bw.6-119': (p) =>
        `Statutory interest of ${p.amount}${when(p.rate, (r) => ` at ${r} a year`)}${when(p.from, (f) => ` from ${f}`)}${when(p.to, (t) => ` to ${t}`)}. Dutch law sets the rate for late payment.`,
      'nl.bw.6-119a': (p) =>
        `Commercial interest of ${p.amount}${when(p.rate, (r) => ` at ${r} a year`)}${when(p.from, (f) => ` from ${f}`)}${when(p.to, (t) => ` to ${t}`)}. Dutch law sets this rate for late payment between businesses.`,
      'nl.bw.6-96': (p) =>
        `A fixed compensation of ${p.amount} for late payment between businesses, set by Dutch law.`,
      'de.bgb.286': (p) =>
        `A reminder fee of ${p.amount}. German law allows only the actual cost of a reminder, not of the first one.`,
      'de.bgb.288': (p) =>
        `Default interest of ${p.amount}${when(p.rate, (r) => ` at ${r} a year`)}${when(p.from, (f) => ` from ${f}`)}${when(p.to, (t) => ` to ${t}`)}. German law sets the rate above the base rate.`,
      'de.bgb.288.5': (p) => `A flat fee of ${p.amount} that German law allows when a business pays late.`,
      'gb.late-payment-act': (p) =>
        `Statutory interest of ${p.amount}${when(p.rate, (r) => ` at ${r} a year`)}${when(p.from, (f) => ` from ${f}`)}${when(p.to, (t) => ` to ${t}`)}, allowed by the Late Payment Act between businesses.`,
      'gb.late-payment-act.fixed-sum': (p) =>
        `Late payment compensation of ${p.amount}: a fixed sum the Late Payment Act allows between businesses, depending on the size of the debt.`,
      'gb.pre-action-protocol': () =>
        'A formal letter with 30 days to reply, required before a claim against an individual can go further.',
      'se.inkassokostnadslagen': (p) =>
        `A reminder fee of ${p.amount}, allowed by Swedish law only if it was agreed when the debt arose.`,
      'se.inkassokostnadslagen.inkassokrav': (p) =>
        `A fee of ${p.amount} for a collection demand, capped by Swedish law.`,
      'se.inkassokostnadslagen.amorteringsplan': (p) =>
        `A fee of ${p.amount} for setting up an instalment plan, capped by Swedish law.`,
      'se.rantelagen': (p) =>
        `Late payment interest of ${p.amount}${when(p.rate, (r) => ` at ${r} a year`)}${when(p.from, (f) => ` from ${f}`)}${when(p.to, (t) => ` to ${t}`)}, as Swedish law sets it.`,
      'dk.renteloven.9b': (p) =>
        `A reminder fee of ${p.amount}. Danish law caps it and allows at most three, at least 10 days apart.`,
      'dk.renteloven': (p) =>
        `Late payment interest of ${p.amount}${when(p.rate, (r) => ` at ${r} a year`)}${when(p.from, (f) => ` from ${f}`)}${when(p.to, (t) => ` to ${t}`)}, as Danish law sets it.`,
      'eu.2011-7': (p) =>
        `${p.amount} under the EU rules on late payment between businesses: at least €40 in compensation, and interest at 8 points above the central bank rate.`,
    },
    otherReason: (p) => `${p.amount} added under the terms of the agreement.`,
    rate: (p) => `${p.rate} a year`,
    period: (p) => `from ${p.from} to ${p.to}`,
  },

  glossary: {
    heading: 'Words explained',
    terms: {
      'no.purregebyr': {
        term: 'Reminder fee (purregebyr)',
        explanation:
          'A small fee Norwegian law allows on a written reminder sent at least 14 days after the due date. The amount is capped by law.',
      },
      'no.forsinkelsesrente': {
        term: 'Late payment interest (forsinkelsesrente)',
        explanation:
          'Interest on an unpaid amount from the day after the due date until it is paid. The rate is set by Norwegian law twice a year.',
      },
      'no.inkassovarsel': {
        term: 'Final notice before collection (inkassovarsel)',
        explanation:
          'The last notice before a claim can go to a debt collection agency. Norwegian law requires it to give at least 14 days to pay.',
      },
      'no.inkasso': {
        term: 'Debt collection (inkasso)',
        explanation:
          'When a collection agency takes over an unpaid claim. Its costs are added to the amount owed, so it is best avoided by paying or agreeing a plan first.',
      },
      'no.kid': {
        term: 'KID number',
        explanation:
          'A Norwegian payment reference of digits. Quote it when paying by bank transfer so the payment is matched to the right invoice.',
      },
      'nl.wettelijke-rente': {
        term: 'Statutory interest (wettelijke rente)',
        explanation:
          'The interest Dutch law allows on a late payment by a consumer. The government sets the rate.',
      },
      'nl.handelsrente': {
        term: 'Commercial interest (handelsrente)',
        explanation:
          'The statutory interest on late payments between businesses in the Netherlands. It is higher than the rate for consumers.',
      },
      'nl.incassokosten': {
        term: 'Collection costs (incassokosten)',
        explanation:
          'Costs that may be added when an invoice is still unpaid after the final reminder. Dutch law caps them on a fixed scale, at least €40.',
      },
      'nl.14-dagenbrief': {
        term: '14-day letter (14-dagenbrief)',
        explanation:
          'The last reminder before collection costs can be charged in the Netherlands. It is free and gives 14 days to pay, counted from the day after it is received.',
      },
      'nl.betalingskenmerk': {
        term: 'Payment reference (betalingskenmerk)',
        explanation:
          'A Dutch payment reference of digits. Enter it in the payment reference field when paying by bank transfer so the payment is matched automatically.',
      },
      'de.verzugszinsen': {
        term: 'Default interest (Verzugszinsen)',
        explanation:
          'Interest German law allows once a payment is late. It is a fixed number of points above the central bank base rate.',
      },
      'de.mahngebuehr': {
        term: 'Reminder fee (Mahngebühr)',
        explanation:
          'A small fee for a reminder after payment is late. German law allows only the actual cost, usually a few euros.',
      },
      'de.mahnung': {
        term: 'Payment reminder (Mahnung)',
        explanation:
          'A written request to pay an invoice that is past its due date. In Germany it also marks the point from which interest can be charged.',
      },
      'gb.late-payment-compensation': {
        term: 'Late payment compensation',
        explanation:
          'A fixed sum of £40, £70 or £100, depending on the size of the debt, that UK law allows when a business pays another business late.',
      },
      'rf-reference': {
        term: 'RF reference',
        explanation:
          'An international payment reference that starts with RF. Quote it exactly when paying by bank transfer so the payment is matched automatically.',
      },
      'instalment-plan': {
        term: 'Instalment plan',
        explanation:
          'An agreement to pay the amount in several smaller payments on set dates. No reminders are sent while the plan is kept.',
      },
      dispute: {
        term: 'Dispute',
        explanation:
          'Telling the creditor that all or part of an invoice is wrong. The disputed part is paused until it has been looked into; the rest stays payable.',
      },
    },
  },

  explainer: {
    heading: (p) => `Invoice ${p.number}`,
    invoiceNumber: 'Invoice number',
    issued: 'Issued',
    due: 'Due',
    total: 'Total',
    openAmount: 'Amount to pay',
    daysOverdue: (p) => byCount(p.count, '1 day overdue', `${n(p.count)} days overdue`),
    disputedPart: (p) => `${p.amount} disputed, on hold`,
    lines: 'What the invoice is for',
    description: 'Description',
    quantity: 'Quantity',
    unitPrice: 'Unit price',
    lineAmount: 'Amount',
    deliveredOn: (p) => `Delivered on ${p.date}`,
    lineReference: (p) => `Reference ${p.reference}`,
    references: 'References',
    order: 'Order',
    contract: 'Contract',
    purchaseOrder: 'Purchase order (PO)',
    charges: 'Fees and interest',
    noCharges: 'No fees or interest have been added.',
    paymentsReceived: 'Payments received',
    noPayments: 'No payments received yet.',
    paymentMethods: {
      card: 'Card',
      wallet: 'Wallet',
      bank_transfer: 'Bank transfer',
      credit: 'Credit note',
      other: 'Other',
    },
    remindersSent: 'Reminders sent',
    noReminders: 'No reminders have been sent.',
    channels: { email: 'email', sms: 'text message', letter: 'letter', portal: 'customer portal' },
    timeline: {
      'reminder.sent': (p) =>
        `Reminder sent on ${p.date}${when(p.channel, (c) => ` by ${c}`)}${when(p.amount, (a) => `, fee ${a}`)}`,
      'charge.added': (p) => `${p.amount ?? 'A charge'} added on ${p.date}`,
      'payment.received': (p) => `Payment${when(p.amount, (a) => ` of ${a}`)} received on ${p.date}`,
      'dispute.opened': (p) => `Query opened on ${p.date}`,
      'plan.accepted': (p) => `Payment plan agreed on ${p.date}`,
      'promise.made': (p) => `Payment date chosen on ${p.date}`,
      'stage.changed': (p) => `Status updated on ${p.date}`,
    },
    whatHappensNext: 'What happens next',
    originalDocument: 'Original invoice (PDF)',
    opensInNewTab: 'opens in a new tab',
    issuedBy: (p) => `From ${p.creditor}`,
    dueIn: (p) =>
      p.count <= 0 ? 'Due today' : byCount(p.count, 'Due tomorrow', `Due in ${n(p.count)} days`),
    nothingToPay: 'Paid in full. Nothing is left to pay.',
    chargeAddedOn: (p) => `Added on ${p.date}`,
    lineProblem: 'Something wrong with this line?',
    actionsHeading: 'Options for this invoice',
  },

  payNow: {
    heading: 'Pay now',
    amountToPay: 'Amount to pay',
    fullAmount: (p) => `Full amount (${p.amount})`,
    partAmount: 'Another amount',
    partAmountHint: (p) => `Between ${p.min} and ${p.max}.`,
    method: 'How would you like to pay?',
    card: 'Card or wallet',
    bankTransfer: 'Bank transfer',
    payButton: (p) => `Pay ${p.amount}`,
    loadingCardForm: 'Loading the card form…',
    processing: 'Processing the payment…',
    accountHolder: 'Account holder',
    accountNumber: 'Account number',
    iban: 'IBAN',
    bic: 'BIC',
    amount: 'Amount',
    reference: 'Payment reference',
    referenceSchemes: { kid: 'KID number', rf: 'RF reference', nl: 'Payment reference (betalingskenmerk)' },
    referenceHint: 'Use this reference exactly as shown, so the payment is matched to the right invoice.',
    copy: (p) => `Copy ${lowerFirst(p.label)}`,
    copied: 'Copied',
    qrHeading: 'Scan to pay',
    qrHint: 'Scan this code with a banking app to fill in the transfer.',
    qrAlt: 'QR code with the transfer details',
    bankTransferNote: 'A bank transfer usually takes one to two working days to reach us.',
    successHeading: 'Thank you, your payment has been received',
    successBody: (p) => `${p.amount} was paid on ${p.date}.`,
    receipt: (p) => `Receipt number ${p.reference}`,
    declinedHeading: 'The payment did not go through',
    declinedBody: 'No money has been taken. You can try again, use another card, or pay by bank transfer.',
    tryAgain: 'Try again',
    useBankTransfer: 'Pay by bank transfer instead',
    cardUnavailable:
      'Card payment cannot be loaded just now. You can pay by bank transfer with the details below.',
    bankTransferOnly: 'Payment is by bank transfer, with the details below.',
    nothingToPay: 'There is nothing to pay right now.',
    processingHeading: 'The payment is being processed',
    processingBody:
      'The bank is still confirming the payment. This can take a little while; nothing more is needed now.',
    copyFailed: 'Copying did not work. Select the text to copy it.',
    invoiceHeading: (p) => `Invoice ${p.number}`,
    startFailed: 'The payment could not be started just now. Please try again in a moment.',
  },

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
      `${p.amount} will be expected by ${p.date}. No reminders will be sent before then.`,
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
        'A late instalment can still be paid the next day before the plan ends.',
        `A late instalment can still be paid within ${n(p.count)} days before the plan ends.`,
      ),
    policyReview: (p) =>
      byCount(
        p.count,
        `A plan outside these terms can still be proposed: ${p.creditor} answers within 1 day.`,
        `A plan outside these terms can still be proposed: ${p.creditor} answers within ${n(p.count)} days.`,
      ),
    moreViolations: {
      frequency: 'Instalments fall due once a month.',
      afterLapse: 'An earlier plan for this invoice was not kept.',
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
    loadFailed: 'The options for spreading the payment could not be loaded right now.',
    sendFailed: 'The proposal could not be sent just now. Please try again.',
    promiseHeading: 'Choose a payment date',
    promiseIntro: (p) => `Choose the day ${p.amount} will be paid. No reminders are sent until then.`,
    promiseInPast: 'The payment date needs to be today or later.',
  },

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
    submit: 'Send',
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
