import type { DisputeReason } from '../../contract/dispute';
import type { ChargeKind, NextStepKind, PaymentMethod } from '../../contract/invoice';
import type { InstalmentStatus } from '../../contract/plan';
import type {
  Formality,
  PauseReason,
  ReferenceScheme,
  ReminderChannel,
  Stage,
  ToneStyle,
} from '../../contract/primitives';
import type { LegalBasis } from '../../domain/law';

/** The languages Amicable ships copy for. Any BCP 47 tag is mapped to one of them by `negotiateLocale`. */
export type SupportedLocale = 'en' | 'nb' | 'nl' | 'de';

/** Every supported locale, English (the fallback) first. */
export const SUPPORTED_LOCALES: readonly SupportedLocale[] = ['en', 'nb', 'nl', 'de'];

// Plural rules live with the catalogs' other string helpers, so the parts that use them do not
// pull in the glossary keys and legal-basis aliases below.
export { type PluralForms, plural } from './text';

/** Stages that have their own notice; `paused` has one notice per pause reason. */
export type NoticeStage = Exclude<Stage, 'paused'>;

/**
 * What the overdue banner's copy is built from. Money and dates arrive formatted for the locale
 * (see `formatDate` and the domain's `formatMoney`); the catalog never formats them itself.
 */
export interface BannerParams {
  /**
   * What the notice is about, formatted: what there is to pay now for its invoices, interest and
   * fees included (the figure pay-now asks for), or on a dispute notice the amount in dispute.
   */
  amount: string;
  /**
   * The interest and fees included in `amount`, formatted, when there are any. The copy names
   * them with the amount, plainly and without alarm, so the figure holds no surprise (LAW.md:
   * state the exact amounts).
   */
  charges?: string;
  /** How many invoices the notice covers (1 or more). */
  count: number;
  /** The due date, formatted; with several invoices the earliest one. */
  dueDate: string;
  /** The creditor's name as the customer knows it. */
  creditor: string;
  /**
   * The date of the next step, formatted: the next reminder, the final notice's deadline, the
   * hand-over to collection, the next instalment, the promised date, the dispute answer or the
   * creditor's answer to a proposed plan.
   */
  nextDate?: string;
  /**
   * The fee the next step adds, formatted, when it adds one. At `final` and `collection` this is
   * the collection costs that would be added (the Dutch 14-dagenbrief must state them exactly).
   */
  nextFee?: string;
  /** The amount due at the next step, formatted (the next instalment of a plan). */
  nextAmount?: string;
  /** The collection agency's name, at `collection`, when known. */
  agency?: string;
}

/** A message rendered from banner parameters. */
export type BannerMessage = (params: BannerParams) => string;

/** The copy of one notice in one tone. Every field renders non-empty for every valid params. */
export interface BannerCopy {
  /** A short title; indirect headings never show the amount (someone may be looking over a shoulder). */
  heading: BannerMessage;
  /** What is due, how much and since when. */
  body: BannerMessage;
  /** What happens next, on which date, and the fee it would add. */
  nextStep: BannerMessage;
  /** The invitation: pay, choose a date, propose a plan, or tell us what is wrong. */
  wayOut: BannerMessage;
}

/** One notice in every style × formality. */
export type BannerToneSet = { readonly [S in ToneStyle]: { readonly [F in Formality]: BannerCopy } };

/**
 * The copy of the notice shown after the creditor declined the customer's proposed plan
 * (`AccountSummary.declinedPlan`), in place of the stage's own notice. It is read together with
 * the stage's next step (`BannerCopy.nextStep` of the account's stage, so what happens next, when
 * and at what cost keeps the stage's tone and facts) and, at `final` and `collection`, under the
 * stage's own heading, which names the legal notice. The creditor's message, when there is one,
 * is shown as written (plain text) after `messageLead`; the creditor's contact details, when it
 * has any, after `contactLead`. Every field renders non-empty for every valid params.
 */
export interface DeclinedCopy {
  /** That the proposal could not be agreed, without blame; indirect headings never show the amount. */
  heading: BannerMessage;
  /** Thanks for proposing; the proposal for these invoices (amount, due date) could not be agreed as it was. */
  body: BannerMessage;
  /** Introduces the creditor's own words, quoted beneath it ("A message from Fjordlys Energi AS:"). */
  messageLead: BannerMessage;
  /** The ways on: propose another plan, choose a payment date, pay, or talk to the creditor. */
  wayOut: BannerMessage;
  /** Introduces the creditor's contact details ("You can reach Fjordlys Energi AS here:"). */
  contactLead: BannerMessage;
}

/** The declined-plan notice in every style × formality. */
export type DeclinedToneSet = { readonly [S in ToneStyle]: { readonly [F in Formality]: DeclinedCopy } };

/** Parameters of a next-step sentence; all formatted. */
export interface NextStepParams {
  /** When it happens. */
  date?: string;
  /** The fee it adds, if any. */
  fee?: string;
  /** The amount concerned (an instalment, a promised payment). */
  amount?: string;
}

/** A next step: a short label and a plain sentence. */
export interface NextStepCopy {
  label: string;
  sentence: (params: NextStepParams) => string;
}

/** Parameters of a charge's explanation; all formatted. */
export interface ChargeParams {
  /** The charge itself. */
  amount: string;
  /** The annual interest rate, formatted as a percentage (`12 %`), for interest. */
  rate?: string;
  /** The first day the charge covers (interest), formatted. */
  from?: string;
  /** The last day the charge covers (interest), formatted. */
  to?: string;
}

/**
 * Legal basis keys used in briefs and early drafts, mapped to the domain's `LegalBasis` keys
 * that the server puts in `charge.basis`. Both spellings are explained the same way.
 */
export const LEGAL_BASIS_ALIASES: Readonly<Record<string, LegalBasis>> = {
  'no.forsinkelsesrente': 'no.forsinkelsesrenteloven',
  'no.standardkompensasjon': 'no.forsinkelsesrenteloven.3a',
  'no.inkassoforskriften.1-1': 'no.inkassoloven.purregebyr',
  'nl.wettelijke-rente': 'nl.bw.6-119',
  'nl.handelsrente': 'nl.bw.6-119a',
  'de.mahngebuehr': 'de.bgb.286',
  'gb.late-payment-act.interest': 'gb.late-payment-act',
  'gb.late-payment-act.compensation': 'gb.late-payment-act.fixed-sum',
  'se.paminnelseavgift': 'se.inkassokostnadslagen',
  'dk.rykkergebyr': 'dk.renteloven.9b',
};

/** Terms customers may not know; each has a plain explanation in every locale. */
export const GLOSSARY_KEYS = [
  'no.purregebyr',
  'no.forsinkelsesrente',
  'no.inkassovarsel',
  'no.inkasso',
  'no.kid',
  'nl.wettelijke-rente',
  'nl.handelsrente',
  'nl.incassokosten',
  'nl.14-dagenbrief',
  'nl.betalingskenmerk',
  'de.verzugszinsen',
  'de.mahngebuehr',
  'de.mahnung',
  'gb.late-payment-compensation',
  'rf-reference',
  'instalment-plan',
  'dispute',
] as const;

/** A stable id of a glossary term, e.g. `no.purregebyr`. */
export type GlossaryKey = (typeof GLOSSARY_KEYS)[number];

/** A term and what it means, in one or two plain sentences. */
export interface GlossaryEntry {
  term: string;
  explanation: string;
}

/** Kinds of entries in an invoice's timeline that the explainer names. */
export type TimelineKind =
  | 'reminder.sent'
  | 'charge.added'
  | 'payment.received'
  | 'dispute.opened'
  | 'plan.accepted'
  | 'promise.made'
  | 'stage.changed';

/** Parameters of a timeline entry; all formatted. */
export interface TimelineParams {
  date: string;
  amount?: string;
  /** The channel's name, already translated (from `explainer.channels`). */
  channel?: string;
}

/**
 * The full catalog of one language. Strings are fixed copy; functions take typed, already
 * formatted parameters. Outside `banner`, copy avoids forms of address (du/De, je/u, du/Sie)
 * so it never clashes with the creditor's chosen formality.
 */
export interface Messages {
  /** The catalog's language. */
  locale: SupportedLocale;

  common: {
    loading: string;
    /** Shown when the API cannot be reached; calm, never alarming. */
    errorFallback: string;
    retry: string;
    close: string;
    /** Accessible name of a dialog's close button. */
    dialogClose: string;
    cancel: string;
    back: string;
    continue: string;
    optional: string;
    /** "1 invoice", "2 invoices". */
    invoiceCount: (p: { count: number }) => string;
    /** Accessible name of a term's help button: "What does purregebyr mean?" */
    helpFor: (p: { term: string }) => string;
  };

  /** Button labels for what a customer can do. */
  actions: {
    view: string;
    pay: string;
    plan: string;
    promise: string;
    dispute: string;
    snooze: string;
    /** Discreet mode: reveal the amounts. */
    showAmounts: string;
    hideAmounts: string;
    close: string;
  };

  banner: {
    /** Accessible name of the banner's region. */
    label: string;
    /** The heading in discreet mode: says nothing about money. */
    discreetHeading: string;
    /** After "remind me later". */
    snoozed: (p: { date: string }) => string;
    upcoming: BannerToneSet;
    reminder: BannerToneSet;
    firm: BannerToneSet;
    final: BannerToneSet;
    collection: BannerToneSet;
    paused: { readonly [R in PauseReason]: BannerToneSet };
    /**
     * Paused for a plan the creditor has yet to answer (`plan.status` `pending`): the proposal
     * arrived and is being looked at, the answer comes by `nextDate`, reminders wait meanwhile, and
     * nothing is needed from the customer. Once the plan is accepted, `paused.plan` takes over.
     */
    planPending: BannerToneSet;
    /**
     * The creditor declined the plan the customer proposed (`declinedPlan` on the account): said
     * kindly, with the creditor's own words and every way on. See {@link DeclinedCopy}.
     */
    declined: DeclinedToneSet;
  };

  nextStep: {
    /** "What happens next". */
    heading: string;
    kinds: { readonly [K in NextStepKind]: NextStepCopy };
  };

  charges: {
    heading: string;
    /** Short names of charge kinds ("Reminder fee"). */
    kinds: { readonly [K in ChargeKind]: string };
    /** Why a charge was added, in plain words, per legal basis. */
    reasons: { readonly [B in LegalBasis]: (p: ChargeParams) => string };
    /** For a basis this catalog does not know. */
    otherReason: (p: ChargeParams) => string;
    /** "12 % a year". */
    rate: (p: { rate: string }) => string;
    /** "from 5 October to 20 October 2026". */
    period: (p: { from: string; to: string }) => string;
  };

  glossary: {
    heading: string;
    terms: { readonly [K in GlossaryKey]: GlossaryEntry };
  };

  explainer: {
    heading: (p: { number: string }) => string;
    invoiceNumber: string;
    issued: string;
    due: string;
    total: string;
    openAmount: string;
    /** "3 days overdue"; for `count` ≤ 0 use `dueIn`. */
    daysOverdue: (p: { count: number }) => string;
    disputedPart: (p: { amount: string }) => string;
    lines: string;
    description: string;
    quantity: string;
    unitPrice: string;
    lineAmount: string;
    deliveredOn: (p: { date: string }) => string;
    lineReference: (p: { reference: string }) => string;
    references: string;
    order: string;
    contract: string;
    purchaseOrder: string;
    charges: string;
    noCharges: string;
    paymentsReceived: string;
    noPayments: string;
    paymentMethods: { readonly [M in PaymentMethod]: string };
    remindersSent: string;
    noReminders: string;
    channels: { readonly [C in ReminderChannel]: string };
    timeline: { readonly [K in TimelineKind]: (p: TimelineParams) => string };
    whatHappensNext: string;
    originalDocument: string;
    /** Tells screen-reader users the link opens a PDF elsewhere. */
    opensInNewTab: string;
    /** Who sent the invoice: "From Fjordlys Energi AS". */
    issuedBy: (p: { creditor: string }) => string;
    /** Before or on the due date: "Due today", "Due in 3 days" (`count` ≥ 0). */
    dueIn: (p: { count: number }) => string;
    /** The invoice is settled. */
    nothingToPay: string;
    /** When a fee or interest was added. */
    chargeAddedOn: (p: { date: string }) => string;
    /** The per-line way into a dispute of that line. */
    lineProblem: string;
    /** Heading of the pay / plan / promise / dispute actions. */
    actionsHeading: string;
  };

  payNow: {
    heading: string;
    amountToPay: string;
    fullAmount: (p: { amount: string }) => string;
    partAmount: string;
    partAmountHint: (p: { min: string; max: string }) => string;
    method: string;
    card: string;
    bankTransfer: string;
    payButton: (p: { amount: string }) => string;
    loadingCardForm: string;
    processing: string;
    accountHolder: string;
    accountNumber: string;
    iban: string;
    bic: string;
    amount: string;
    reference: string;
    referenceSchemes: { readonly [S in ReferenceScheme]: string };
    referenceHint: string;
    /** Accessible name of a copy button: "Copy IBAN". */
    copy: (p: { label: string }) => string;
    copied: string;
    qrHeading: string;
    qrHint: string;
    qrAlt: string;
    bankTransferNote: string;
    successHeading: string;
    successBody: (p: { amount: string; date: string }) => string;
    receipt: (p: { reference: string }) => string;
    declinedHeading: string;
    declinedBody: string;
    tryAgain: string;
    useBankTransfer: string;
    /** Stripe could not load (blocked, offline): bank transfer still works. */
    cardUnavailable: string;
    /** The creditor offers no card payments. */
    bankTransferOnly: string;
    /** Nothing is due on the invoices asked about (paid, withdrawn or entirely disputed). */
    nothingToPay: string;
    /** The bank is still settling a card or wallet payment (some methods take a while). */
    processingHeading: string;
    processingBody: string;
    /** Neither the Clipboard API nor the fallback could copy. */
    copyFailed: string;
    /** Heading of one invoice's transfer details when several invoices are paid. */
    invoiceHeading: (p: { number: string }) => string;
    /** The server could not start the card payment (not a decline: no card was involved yet). */
    startFailed: string;
  };

  plan: {
    heading: string;
    intro: string;
    modeInstalments: string;
    modePromise: string;
    count: string;
    countOption: (p: { count: number }) => string;
    amountPerInstalment: string;
    firstDate: string;
    scheduleHeading: string;
    instalment: (p: { index: number }) => string;
    scheduleRow: (p: { index: number; date: string; amount: string }) => string;
    total: (p: { amount: string }) => string;
    fee: (p: { amount: string }) => string;
    policyHeading: string;
    policyMinInstalment: (p: { amount: string }) => string;
    policyMaxCount: (p: { count: number }) => string;
    policyMaxMonths: (p: { count: number }) => string;
    policyFirstWithin: (p: { count: number }) => string;
    policyFee: (p: { amount: string }) => string;
    policyNoFee: string;
    /** The proposal breaks a rule, so it goes to the creditor instead of being agreed at once. */
    outsidePolicy: (p: { creditor: string }) => string;
    violations: {
      minInstalment: (p: { amount: string }) => string;
      maxCount: (p: { count: number }) => string;
      maxMonths: (p: { count: number }) => string;
      firstTooLate: (p: { count: number; date: string }) => string;
      firstInPast: string;
      sumMismatch: (p: { amount: string }) => string;
      notOffered: string;
    };
    submit: string;
    sending: string;
    acceptedHeading: string;
    acceptedBody: (p: { amount: string; date: string }) => string;
    pendingHeading: string;
    pendingBody: (p: { creditor: string; date: string }) => string;
    promiseDate: string;
    /** The promise itself, in the customer's voice. */
    promiseStatement: (p: { date: string }) => string;
    promiseHint: (p: { date: string }) => string;
    promiseTooLate: (p: { date: string }) => string;
    submitPromise: string;
    promiseConfirmedHeading: string;
    promiseConfirmedBody: (p: { amount: string; date: string }) => string;
    /** The choice between a number of instalments and an amount per instalment. */
    splitBy: string;
    splitByCount: string;
    splitByAmount: string;
    /** A count beyond the policy: the creditor has to agree. */
    countOptionReview: (p: { count: number }) => string;
    amountHint: (p: { min: string }) => string;
    firstDateHint: (p: { earliest: string; latest: string }) => string;
    frequency: string;
    monthly: string;
    biweekly: string;
    /** Instead of the schedule while it cannot be worked out yet. */
    scheduleWaiting: string;
    /** Announced politely as the schedule changes. */
    scheduleSummary: (p: { count: number; first: string; last: string; total: string }) => string;
    /** Column headings of the schedule. */
    instalmentHeader: string;
    dueDate: string;
    amount: string;
    status: string;
    statuses: { readonly [S in InstalmentStatus]: string };
    /** Beside the first instalment when the fee is in it. */
    includesFee: (p: { amount: string }) => string;
    /** Late interest accrued so far that an agreed plan leaves out. */
    waivedInterest: (p: { amount: string }) => string;
    policyGrace: (p: { count: number }) => string;
    /** Proposals outside the terms are still possible: the creditor decides. */
    policyReview: (p: { creditor: string; count: number }) => string;
    /** More reasons a proposal goes to the creditor or is refused, beside `violations`. */
    moreViolations: {
      frequency: string;
      afterLapse: string;
      currency: string;
      countTooHigh: (p: { count: number }) => string;
    };
    howToPayHeading: string;
    howToPayPlan: string;
    howToPayPromise: string;
    alreadyPlanned: string;
    alreadyPromised: string;
    nothingToPay: string;
    loadFailed: string;
    sendFailed: string;
    promiseHeading: string;
    promiseIntro: (p: { amount: string }) => string;
    promiseInPast: string;
  };

  dispute: {
    heading: string;
    intro: string;
    reasonLabel: string;
    reasons: { readonly [R in DisputeReason]: string };
    scopeLabel: string;
    scopeWhole: string;
    scopeLines: string;
    scopeAmount: string;
    linesLabel: string;
    amountLabel: string;
    amountHint: (p: { max: string }) => string;
    messageLabel: string;
    messageHint: string;
    characterCount: (p: { count: number; max: number }) => string;
    attachments: string;
    attachmentsHint: (p: { maxFiles: number; maxSize: string }) => string;
    addFiles: string;
    dropFiles: string;
    removeFile: (p: { name: string }) => string;
    uploading: (p: { name: string; percent: number }) => string;
    fileErrors: {
      wrongType: (p: { name: string }) => string;
      tooLarge: (p: { name: string; maxSize: string }) => string;
      tooMany: (p: { max: number }) => string;
    };
    submit: string;
    sending: string;
    confirmationHeading: string;
    reference: (p: { reference: string }) => string;
    whatHappensNow: string;
    whatHappensNowBody: string;
    respondBy: (p: { date: string }) => string;
    remainsPayable: (p: { amount: string }) => string;
    nothingRemainsPayable: string;
    /** The invoice could not be loaded, so the form cannot be shown; calm, with a way to try again. */
    loadFailed: string;
    /** Sending failed for a reason on our side or the network's; what the customer wrote is kept. */
    sendFailed: string;
    /** The part named (or the whole invoice) is already under an open dispute. */
    alreadyDisputed: string;
  };

  validation: {
    /** Heading of the error summary: "Please check 2 fields". */
    summary: (p: { count: number }) => string;
    required: string;
    amountInvalid: string;
    amountTooLow: (p: { min: string }) => string;
    amountTooHigh: (p: { max: string }) => string;
    dateInvalid: string;
    dateInPast: string;
    chooseReason: string;
    chooseLines: string;
    messageTooLong: (p: { max: number }) => string;
  };
}
