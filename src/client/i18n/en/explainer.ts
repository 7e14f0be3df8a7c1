import type { PartCopy } from '../parts';
import { when } from '../text';
import { byCount, n } from './common';

/** English copy of the invoice explainer: next steps, charges and the glossary. */
export const copy: PartCopy<'explainer'> = {
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
      plan_answer: {
        label: 'Answer to the proposed plan',
        sentence: (p) =>
          `An answer to the proposed payment plan will come by ${p.date ?? 'the date given'}; no reminders will be sent until then.`,
      },
      dispute_answer: {
        label: 'Answer to the dispute',
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
        `A fee of ${p.amount} for setting up a payment plan, capped by Swedish law.`,
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
          'When a collection agency takes over an unpaid claim. Its costs are added to the amount owed, so it is best avoided by paying or agreeing a payment plan first.',
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
        term: 'Payment plan',
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
      'dispute.opened': (p) => `Dispute opened on ${p.date}`,
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
};
