import type { BannerParams } from '../messages';
import type { PartCopy } from '../parts';
import { capitalize, when } from '../text';
import { byCount, n } from './common';

// English. Formal is the courteous register (no contractions, "please", "we would"); informal
// is warm and brief. Direct states amount, date and consequence; indirect leads with the
// relationship, offers a face-saving reason and keeps amounts out of headings.

/** " (including €0.11 interest and fees)" when the amount includes charges, else nothing. */
const including = (p: BannerParams): string =>
  when(p.charges, (charges) => ` (including ${charges} interest and fees)`);
/** "your invoice from X for €10" / "your 2 invoices from X for €20 in total", with any charges named. */
const invoices = (p: BannerParams): string =>
  byCount(
    p.count,
    `your invoice from ${p.creditor} for ${p.amount}${including(p)}`,
    `your ${n(p.count)} invoices from ${p.creditor} for ${p.amount} in total${including(p)}`,
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

/** English copy of the overdue banner. */
export const copy: PartCopy<'banner'> = {
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
            heading: () => 'Reminders paused while we look into your dispute',
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

    planPending: {
      direct: {
        formal: {
          heading: () => 'We have received your payment plan proposal',
          body: (p) =>
            `We are now looking at your proposal to pay ${invoices(p)}, ${dueAside(p)}, in instalments. No reminders will be sent in the meantime.`,
          nextStep: (p) =>
            p.nextDate ? `We will reply by ${p.nextDate}.` : 'We will reply as soon as we can.',
          wayOut: () =>
            'There is nothing you need to do until then. If you would rather pay now, you can still do so at any time.',
        },
        informal: {
          heading: () => "We've got your payment plan proposal",
          body: (p) =>
            `We're looking at your proposal to pay ${invoices(p)}, ${dueAside(p)}, in instalments. We won't send reminders in the meantime.`,
          nextStep: (p) => (p.nextDate ? `We'll reply by ${p.nextDate}.` : "We'll reply as soon as we can."),
          wayOut: () =>
            "You don't need to do anything until then. If you'd rather pay now, you still can, any time.",
        },
      },
      indirect: {
        formal: {
          heading: () => 'Thank you for your payment plan proposal',
          body: (p) =>
            `Thank you for proposing to pay ${invoices(p)}, ${dueAside(p)}, in instalments. We are looking at your proposal now, and no reminders will be sent in the meantime.`,
          nextStep: (p) =>
            p.nextDate ? `We will reply by ${p.nextDate}.` : 'We will reply as soon as we can.',
          wayOut: () =>
            'Nothing further is needed from you until then. Should you prefer to pay now, you are welcome to do so at any time.',
        },
        informal: {
          heading: () => 'Thanks for your payment plan proposal',
          body: (p) =>
            `Thanks for proposing to pay ${invoices(p)}, ${dueAside(p)}, in instalments. We're looking at it now and won't send reminders in the meantime.`,
          nextStep: (p) => (p.nextDate ? `We'll reply by ${p.nextDate}.` : "We'll reply as soon as we can."),
          wayOut: () =>
            "There's nothing you need to do until then. If you'd rather pay now, you're welcome to, any time.",
        },
      },
    },
    declined: {
      direct: {
        formal: {
          heading: () => 'We could not agree to your proposed payment plan',
          body: (p) =>
            `Thank you for proposing to pay ${invoices(p)}, ${dueAside(p)}, in instalments. We are sorry, but we were not able to agree to the plan as you proposed it.`,
          messageLead: (p) => `A message from ${p.creditor}:`,
          wayOut: () =>
            'You are welcome to propose a different plan: one within the terms shown in the form is agreed at once. You can also choose a payment date or pay now, or contact us if you would like to talk it over.',
          contactLead: (p) => `You can reach ${p.creditor} here:`,
        },
        informal: {
          heading: () => "We couldn't agree to your payment plan",
          body: (p) =>
            `Thanks for proposing to pay ${invoices(p)}, ${dueAside(p)}, in instalments. We're sorry, but we couldn't agree to the plan as you proposed it.`,
          messageLead: (p) => `A message from ${p.creditor}:`,
          wayOut: () =>
            "You're welcome to propose a different plan: one within the terms shown in the form is agreed straight away. Or pick a payment date, pay now, or get in touch if you'd like to talk it over.",
          contactLead: (p) => `You can reach ${p.creditor} here:`,
        },
      },
      indirect: {
        formal: {
          heading: () => 'About your payment plan proposal',
          body: (p) =>
            `Thank you for proposing to pay ${invoices(p)}, ${dueAside(p)}, in instalments, and for letting us know how things stand. We have looked at it carefully and are sorry that we were not able to agree to the plan as proposed.`,
          messageLead: (p) => `A note from ${p.creditor}:`,
          wayOut: () =>
            'We would still like to find an arrangement that works for you. You are welcome to propose a different plan (one within the terms shown in the form is agreed at once), to choose a payment date or to pay now, and we would be glad to hear from you if you would like to talk it over.',
          contactLead: (p) => `You can reach ${p.creditor} here:`,
        },
        informal: {
          heading: () => 'About your payment plan proposal',
          body: (p) =>
            `Thanks for proposing to pay ${invoices(p)}, ${dueAside(p)}, in instalments, and for being open with us. We've looked at it carefully, and we're sorry that we couldn't agree to the plan as it was.`,
          messageLead: (p) => `A note from ${p.creditor}:`,
          wayOut: () =>
            "We'd still like to find something that works for you. You can propose a different plan (one within the terms shown in the form is agreed straight away), pick a payment date or pay now. And if you'd like to talk it over, just get in touch.",
          contactLead: (p) => `You can reach ${p.creditor} here:`,
        },
      },
    },
  },
};
