/**
 * The messages a creditor may word itself (`messages` in `PUT /v1/admin/settings`), and the
 * placeholders each one accepts: the one table the server validates overrides with and the client
 * applies them by. A key is the dotted path of a message in the catalog
 * (`banner.reminder.direct.formal.heading`); a placeholder is one of the message's parameters,
 * written `{name}` (`{amount}`, `{dueDate}`, `{creditor}`), and the client fills it with the same
 * formatted value the built-in copy gets. A unit test walks every catalog against this table, so a
 * message added to the catalogs without a line here fails the build.
 *
 * Plain data and plain functions only: the browser imports {@link NOT_OVERRIDABLE} from here, and
 * the table itself must stay tree-shakeable out of its bundles.
 */

/** The languages the elements ship copy in, and so the locales an override may be given for. */
export const MESSAGE_LOCALES = ['en', 'nb', 'nl', 'de'] as const;

/** A language the elements ship copy in. */
export type MessageLocale = (typeof MESSAGE_LOCALES)[number];

/** The longest override, in characters: a notice's body is a few sentences, never a page. */
export const MAX_MESSAGE_LENGTH = 2000;

/**
 * What a creditor cannot reword, by key prefix, and why:
 * - `locale`: the catalog's language code, not copy.
 * - `glossary.terms`: what a legal term means (purregebyr, 14-dagenbrief, Verzugszinsen). The
 *   definitions explain the law neutrally; the party owed the money does not get to redefine it.
 * - `charges.reasons`: the legal basis of each fee and interest charge. LAW.md asks for the exact
 *   ground and amount; a creditor's paraphrase could misstate the law the charge stands on.
 * Everything else, the notices at every stage included, is the creditor's to word (and to answer
 * for: its notices are its letters).
 */
export const NOT_OVERRIDABLE: readonly string[] = ['locale', 'glossary.terms', 'charges.reasons'];

/** Whether a key falls under {@link NOT_OVERRIDABLE}. */
export function isProtectedMessageKey(key: string): boolean {
  return NOT_OVERRIDABLE.some((prefix) => key === prefix || key.startsWith(`${prefix}.`));
}

// Placeholder lists, one per parameter type of `src/client/i18n/messages.ts`.
const none = [] as const;
/** `BannerParams`. */
const notice = [
  'amount',
  'charges',
  'count',
  'dueDate',
  'creditor',
  'nextDate',
  'nextFee',
  'nextAmount',
  'agency',
] as const;
/** `NextStepParams`. */
const step = ['date', 'fee', 'amount'] as const;
/** `TimelineParams`. */
const timelineEntry = ['date', 'amount', 'channel'] as const;
const amount = ['amount'] as const;
const count = ['count'] as const;
const date = ['date'] as const;

const noticeCopy = { heading: notice, body: notice, nextStep: notice, wayOut: notice } as const;
const toneSet = {
  direct: { formal: noticeCopy, informal: noticeCopy },
  indirect: { formal: noticeCopy, informal: noticeCopy },
} as const;
/** The notice after the creditor declined a proposed plan (`DeclinedCopy`). */
const declinedCopy = {
  heading: notice,
  body: notice,
  messageLead: notice,
  wayOut: notice,
  contactLead: notice,
} as const;
const declinedToneSet = {
  direct: { formal: declinedCopy, informal: declinedCopy },
  indirect: { formal: declinedCopy, informal: declinedCopy },
} as const;
const nextStepCopy = { label: none, sentence: step } as const;

/**
 * Every overridable message, mirroring the catalog: a leaf lists the placeholders its text may use
 * (`[]` for fixed text). Keep it in step with `Messages` in `src/client/i18n/messages.ts`.
 */
export const MESSAGE_PLACEHOLDERS = {
  common: {
    loading: none,
    errorFallback: none,
    retry: none,
    close: none,
    dialogClose: none,
    cancel: none,
    back: none,
    continue: none,
    optional: none,
    invoiceCount: count,
    helpFor: ['term'],
  },
  actions: {
    view: none,
    pay: none,
    plan: none,
    promise: none,
    dispute: none,
    snooze: none,
    showAmounts: none,
    hideAmounts: none,
    close: none,
  },
  banner: {
    label: none,
    discreetHeading: none,
    snoozed: date,
    upcoming: toneSet,
    reminder: toneSet,
    firm: toneSet,
    final: toneSet,
    collection: toneSet,
    paused: { dispute: toneSet, plan: toneSet, promise: toneSet, creditor: toneSet },
    planPending: toneSet,
    declined: declinedToneSet,
  },
  nextStep: {
    heading: none,
    kinds: {
      reminder: nextStepCopy,
      firm: nextStepCopy,
      final: nextStepCopy,
      collection: nextStepCopy,
      instalment_due: nextStepCopy,
      promise_due: nextStepCopy,
      plan_answer: nextStepCopy,
      dispute_answer: nextStepCopy,
      none: nextStepCopy,
    },
  },
  charges: {
    heading: none,
    kinds: {
      reminder_fee: none,
      collection_notice_fee: none,
      payment_demand_fee: none,
      collection_costs: none,
      late_interest: none,
      compensation: none,
      plan_fee: none,
    },
    otherReason: ['amount', 'rate', 'from', 'to'],
    rate: ['rate'],
    period: ['from', 'to'],
  },
  glossary: { heading: none },
  explainer: {
    heading: ['number'],
    invoiceNumber: none,
    issued: none,
    due: none,
    total: none,
    openAmount: none,
    daysOverdue: count,
    disputedPart: amount,
    lines: none,
    description: none,
    quantity: none,
    unitPrice: none,
    lineAmount: none,
    deliveredOn: date,
    lineReference: ['reference'],
    references: none,
    order: none,
    contract: none,
    purchaseOrder: none,
    charges: none,
    noCharges: none,
    paymentsReceived: none,
    noPayments: none,
    paymentMethods: { card: none, wallet: none, bank_transfer: none, credit: none, other: none },
    remindersSent: none,
    noReminders: none,
    channels: { email: none, sms: none, letter: none, portal: none },
    timeline: {
      'reminder.sent': timelineEntry,
      'charge.added': timelineEntry,
      'payment.received': timelineEntry,
      'dispute.opened': timelineEntry,
      'plan.accepted': timelineEntry,
      'promise.made': timelineEntry,
      'stage.changed': timelineEntry,
    },
    whatHappensNext: none,
    originalDocument: none,
    opensInNewTab: none,
    issuedBy: ['creditor'],
    dueIn: count,
    nothingToPay: none,
    chargeAddedOn: date,
    lineProblem: none,
    actionsHeading: none,
  },
  payNow: {
    heading: none,
    amountToPay: none,
    fullAmount: amount,
    partAmount: none,
    partAmountHint: ['min', 'max'],
    method: none,
    card: none,
    bankTransfer: none,
    payButton: amount,
    loadingCardForm: none,
    processing: none,
    accountHolder: none,
    accountNumber: none,
    iban: none,
    bic: none,
    amount: none,
    reference: none,
    referenceSchemes: { kid: none, rf: none, nl: none },
    referenceHint: none,
    copy: ['label'],
    copied: none,
    qrHeading: none,
    qrHint: none,
    qrAlt: none,
    bankTransferNote: none,
    successHeading: none,
    successBody: ['amount', 'date'],
    receipt: ['reference'],
    declinedHeading: none,
    declinedBody: none,
    tryAgain: none,
    useBankTransfer: none,
    cardUnavailable: none,
    bankTransferOnly: none,
    nothingToPay: none,
    processingHeading: none,
    processingBody: none,
    copyFailed: none,
    invoiceHeading: ['number'],
    startFailed: none,
  },
  plan: {
    heading: none,
    intro: none,
    modeInstalments: none,
    modePromise: none,
    count: none,
    countOption: count,
    amountPerInstalment: none,
    firstDate: none,
    scheduleHeading: none,
    instalment: ['index'],
    scheduleRow: ['index', 'date', 'amount'],
    total: amount,
    fee: amount,
    policyHeading: none,
    policyMinInstalment: amount,
    policyMaxCount: count,
    policyMaxMonths: count,
    policyFirstWithin: count,
    policyFee: amount,
    policyNoFee: none,
    outsidePolicy: ['creditor'],
    violations: {
      minInstalment: amount,
      maxCount: count,
      maxMonths: count,
      firstTooLate: ['count', 'date'],
      firstInPast: none,
      sumMismatch: amount,
      notOffered: none,
    },
    submit: none,
    sending: none,
    acceptedHeading: none,
    acceptedBody: ['amount', 'date'],
    pendingHeading: none,
    pendingBody: ['creditor', 'date'],
    promiseDate: none,
    promiseStatement: date,
    promiseHint: date,
    promiseTooLate: date,
    submitPromise: none,
    promiseConfirmedHeading: none,
    promiseConfirmedBody: ['amount', 'date'],
    splitBy: none,
    splitByCount: none,
    splitByAmount: none,
    countOptionReview: count,
    amountHint: ['min'],
    firstDateHint: ['earliest', 'latest'],
    frequency: none,
    monthly: none,
    biweekly: none,
    scheduleWaiting: none,
    scheduleSummary: ['count', 'first', 'last', 'total'],
    instalmentHeader: none,
    dueDate: none,
    amount: none,
    status: none,
    statuses: { due: none, paid: none, part_paid: none, overdue: none, missed: none },
    includesFee: amount,
    waivedInterest: amount,
    policyGrace: count,
    policyReview: ['creditor', 'count'],
    moreViolations: { frequency: none, afterLapse: none, currency: none, countTooHigh: count },
    howToPayHeading: none,
    howToPayPlan: none,
    howToPayPromise: none,
    alreadyPlanned: none,
    alreadyPromised: none,
    nothingToPay: none,
    loadFailed: none,
    sendFailed: none,
    promiseHeading: none,
    promiseIntro: amount,
    promiseInPast: none,
  },
  dispute: {
    heading: none,
    intro: none,
    reasonLabel: none,
    reasons: {
      not_received: none,
      wrong_amount: none,
      quality: none,
      already_paid: none,
      not_ordered: none,
      other: none,
    },
    scopeLabel: none,
    scopeWhole: none,
    scopeLines: none,
    scopeAmount: none,
    linesLabel: none,
    amountLabel: none,
    amountHint: ['max'],
    messageLabel: none,
    messageHint: none,
    characterCount: ['count', 'max'],
    attachments: none,
    attachmentsHint: ['maxFiles', 'maxSize'],
    addFiles: none,
    dropFiles: none,
    removeFile: ['name'],
    uploading: ['name', 'percent'],
    fileErrors: { wrongType: ['name'], tooLarge: ['name', 'maxSize'], tooMany: ['max'] },
    submit: none,
    sending: none,
    confirmationHeading: none,
    reference: ['reference'],
    whatHappensNow: none,
    whatHappensNowBody: none,
    respondBy: date,
    remainsPayable: amount,
    nothingRemainsPayable: none,
    loadFailed: none,
    sendFailed: none,
    alreadyDisputed: none,
  },
  validation: {
    summary: count,
    required: none,
    amountInvalid: none,
    amountTooLow: ['min'],
    amountTooHigh: ['max'],
    dateInvalid: none,
    dateInPast: none,
    chooseReason: none,
    chooseLines: none,
    messageTooLong: ['max'],
  },
} as const;

let flattened: ReadonlyMap<string, readonly string[]> | undefined;

function flatten(node: object, prefix: string, into: Map<string, readonly string[]>): void {
  for (const [name, value] of Object.entries(node)) {
    const key = prefix === '' ? name : `${prefix}.${name}`;
    if (Array.isArray(value)) into.set(key, value as readonly string[]);
    else flatten(value as object, key, into);
  }
}

/** Every overridable key with the placeholders its text may use, flattened once on first use. */
export function overridableMessages(): ReadonlyMap<string, readonly string[]> {
  if (flattened === undefined) {
    const keys = new Map<string, readonly string[]>();
    flatten(MESSAGE_PLACEHOLDERS, '', keys);
    flattened = keys;
  }
  return flattened;
}

/** `{name}`: a placeholder, named as the message's parameter. */
export const PLACEHOLDER = /\{([A-Za-z][A-Za-z0-9]*)\}/g;

/** The catalog language of a BCP 47 tag (`nb-NO`, `no`, `nn` → `nb`; anything unknown → `en`). */
export function messageLocaleOf(tag: string): MessageLocale {
  const language = tag.trim().replace(/_/g, '-').split('-')[0]?.toLowerCase() ?? '';
  if (language === 'no' || language === 'nn') return 'nb';
  return (MESSAGE_LOCALES as readonly string[]).includes(language) ? (language as MessageLocale) : 'en';
}

/** One bad entry of a creditor's overrides: where (`['messages', locale, key]`) and what is wrong. */
export interface MessageOverrideIssue {
  path: string[];
  message: string;
}

function listPlaceholders(names: readonly string[]): string {
  return names.length === 0 ? 'none' : names.map((name) => `{${name}}`).join(', ');
}

/**
 * Every bad entry of a creditor's overrides (locale → key → text), each naming its place: a locale
 * the elements have no copy in, a key that names no overridable message, a placeholder the message
 * does not have, an empty text or one longer than {@link MAX_MESSAGE_LENGTH}. Empty when all is well.
 */
export function messageOverrideIssues(
  overrides: Readonly<Record<string, Readonly<Record<string, string>>>>,
): MessageOverrideIssue[] {
  const issues: MessageOverrideIssue[] = [];
  const known = overridableMessages();
  for (const [locale, texts] of Object.entries(overrides)) {
    if (!(MESSAGE_LOCALES as readonly string[]).includes(locale)) {
      issues.push({
        path: ['messages', locale],
        message: `Use one of ${MESSAGE_LOCALES.join(', ')}: the languages the elements have copy in`,
      });
      continue;
    }
    for (const [key, text] of Object.entries(texts)) {
      const path = ['messages', locale, key];
      const placeholders = known.get(key);
      if (placeholders === undefined) {
        issues.push({
          path,
          message: isProtectedMessageKey(key)
            ? 'This message cannot be overridden: it states the law, not the creditor'
            : 'No message has this key: use the dotted path of a message, such as banner.reminder.direct.formal.heading',
        });
        continue;
      }
      if (text.trim() === '') {
        issues.push({ path, message: 'Give the text, or leave the key out for the built-in copy' });
      } else if (text.length > MAX_MESSAGE_LENGTH) {
        issues.push({ path, message: `Use at most ${MAX_MESSAGE_LENGTH} characters` });
      }
      const unknown = [...text.matchAll(PLACEHOLDER)]
        .map((match) => match[1] ?? '')
        .filter((name, index, names) => !placeholders.includes(name) && names.indexOf(name) === index);
      if (unknown.length > 0) {
        issues.push({
          path,
          message: `This message has no placeholder ${listPlaceholders(unknown)}; it takes ${listPlaceholders(placeholders)}`,
        });
      }
    }
  }
  return issues;
}

/** The creditor's wording as a customer's elements get it (`CreditorInfo.messages`). */
export interface LocaleWording {
  locale: MessageLocale;
  texts: { key: string; text: string }[];
}

/**
 * What a customer's elements get of the creditor's overrides: those of the customer's language,
 * or `undefined` when there are none.
 */
export function overridesForLocale(
  overrides: Readonly<Record<string, Readonly<Record<string, string>>>> | undefined,
  customerLocale: string,
): LocaleWording | undefined {
  if (overrides === undefined) return undefined;
  const locale = messageLocaleOf(customerLocale);
  const texts = Object.hasOwn(overrides, locale) ? overrides[locale] : undefined;
  const entries = Object.entries(texts ?? {}).map(([key, text]) => ({ key, text }));
  return entries.length === 0 ? undefined : { locale, texts: entries };
}
