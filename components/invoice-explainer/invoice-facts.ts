/**
 * What the explainer decides about an invoice without the DOM: which legal term explains a charge,
 * a notice or a reference; which actions the customer has; which timeline entries are reminders.
 * Formatting and copy happen in the element.
 */
import { type GlossaryKey, LEGAL_BASIS_ALIASES } from '../../src/client/i18n/messages';
import type { CatalogView } from '../../src/client/i18n/parts';
import type { InvoiceDetail, InvoiceTimelineEntry, NextStepKind } from '../../src/contract/invoice';
import type { CountryCode, CustomerAction, ReferenceScheme, Stage } from '../../src/contract/primitives';
import type { LegalBasis } from '../../src/domain/law';

/** The copy these rules read: the explainer's part (charges by legal basis). */
type ExplainerMessages = CatalogView<'explainer'>;

/** The actions the explainer offers, in the order it shows them (`view` is where the customer already is). */
export type ExplainerAction = Exclude<CustomerAction, 'view'>;

/** The glossary term that explains a charge, by its legal basis. */
const termByBasis: Partial<Record<LegalBasis, GlossaryKey>> = {
  'no.inkassoloven.purregebyr': 'no.purregebyr',
  'no.inkassoloven.inkassovarsel': 'no.inkassovarsel',
  'no.forsinkelsesrenteloven': 'no.forsinkelsesrente',
  'nl.wik.bik': 'nl.incassokosten',
  'nl.wik.14-dagenbrief': 'nl.14-dagenbrief',
  'nl.bw.6-119': 'nl.wettelijke-rente',
  'nl.bw.6-119a': 'nl.handelsrente',
  'de.bgb.286': 'de.mahngebuehr',
  'de.bgb.288': 'de.verzugszinsen',
  'gb.late-payment-act.fixed-sum': 'gb.late-payment-compensation',
};

/** The glossary term for the notices of a country's process, by the stage they belong to. */
const termByNotice: Partial<Record<CountryCode, Partial<Record<Stage, GlossaryKey>>>> = {
  NO: { final: 'no.inkassovarsel', collection: 'no.inkasso' },
  NL: { final: 'nl.14-dagenbrief', collection: 'nl.incassokosten' },
  DE: { reminder: 'de.mahnung', firm: 'de.mahnung', final: 'de.mahnung' },
};

/** The glossary term for the fee a notice of a country's process adds, by the stage of the notice. */
const termByNoticeFee: Partial<Record<CountryCode, Partial<Record<Stage, GlossaryKey>>>> = {
  NO: { reminder: 'no.purregebyr', firm: 'no.purregebyr' },
  NL: { collection: 'nl.incassokosten' },
  DE: { reminder: 'de.mahngebuehr', firm: 'de.mahngebuehr', final: 'de.mahngebuehr' },
};

/** Next steps whose name is a glossary term wherever the creditor is. */
const termByNextStep: Partial<Record<NextStepKind, GlossaryKey>> = {
  instalment_due: 'instalment-plan',
  plan_answer: 'instalment-plan',
  dispute_answer: 'dispute',
};

const termByReference: Record<ReferenceScheme, GlossaryKey> = {
  kid: 'no.kid',
  nl: 'nl.betalingskenmerk',
  rf: 'rf-reference',
};

/**
 * The domain's key for a charge's legal basis (accepting the older aliases), or `undefined` when
 * the catalog does not know it. Reads `messages` only, so no other catalog is pulled into the chunk.
 */
export function legalBasisOf(basis: string, messages: ExplainerMessages): LegalBasis | undefined {
  if (Object.hasOwn(messages.charges.reasons, basis)) {
    return basis as LegalBasis;
  }
  return Object.hasOwn(LEGAL_BASIS_ALIASES, basis) ? LEGAL_BASIS_ALIASES[basis] : undefined;
}

/** The glossary term that names a charge with this legal basis, if there is one. */
export function termForBasis(basis: LegalBasis | undefined): GlossaryKey | undefined {
  return basis === undefined ? undefined : termByBasis[basis];
}

/** The local legal name of a notice at `stage` in the creditor's country (inkassovarsel, 14-dagenbrief, Mahnung). */
export function termForNotice(
  stage: Stage | undefined,
  country: CountryCode | undefined,
): GlossaryKey | undefined {
  if (stage === undefined || country === undefined) {
    return undefined;
  }
  return termByNotice[country]?.[stage];
}

/** The glossary term that names the next step, if it has one. */
export function termForNextStep(
  kind: NextStepKind,
  country: CountryCode | undefined,
): GlossaryKey | undefined {
  const own = termByNextStep[kind];
  if (own !== undefined) {
    return own;
  }
  return termForNotice(noticeStage(kind), country);
}

/** The stage of the notice a next step sends, if it sends one. */
function noticeStage(kind: NextStepKind): Stage | undefined {
  return kind === 'reminder' || kind === 'firm' || kind === 'final' || kind === 'collection'
    ? kind
    : undefined;
}

/**
 * The glossary term for the fee the next step would add (purregebyr, Mahngebühr), when it is not
 * the term that already names the step.
 */
export function termForNextFee(
  kind: NextStepKind,
  country: CountryCode | undefined,
): GlossaryKey | undefined {
  const stage = noticeStage(kind);
  if (stage === undefined || country === undefined) {
    return undefined;
  }
  const term = termByNoticeFee[country]?.[stage];
  return term === termForNextStep(kind, country) ? undefined : term;
}

/** The glossary term for a structured payment reference. */
export function termForReference(scheme: ReferenceScheme): GlossaryKey {
  return termByReference[scheme];
}

/** Whether nothing is owed on the invoice any more (paid, cancelled or credited). */
export function isSettled(invoice: InvoiceDetail): boolean {
  return invoice.status === 'paid' || invoice.status === 'cancelled' || invoice.status === 'credited';
}

/**
 * What the customer may do about this invoice, following the account's rules for one invoice:
 * pay while something is payable; propose a plan unless one covers it; choose a payment date
 * once it is overdue and no plan or promise covers it; dispute while anything is outstanding.
 */
export function actionsFor(invoice: InvoiceDetail): ExplainerAction[] {
  if (isSettled(invoice) || invoice.outstanding.amount <= 0) {
    return [];
  }
  const payable = invoice.payment.amount.amount > 0;
  const planned = invoice.pauseReason === 'plan';
  const promised = invoice.pauseReason === 'promise';
  const actions: ExplainerAction[] = [];
  if (payable) actions.push('pay');
  if (payable && !planned) actions.push('plan');
  if (payable && invoice.daysOverdue > 0 && !planned && !promised) actions.push('promise');
  actions.push('dispute');
  return actions;
}

/** The reminders sent so far, oldest first. */
export function remindersOf(invoice: InvoiceDetail): InvoiceTimelineEntry[] {
  return invoice.timeline.filter((entry) => entry.type === 'reminder.sent');
}

/** The calendar day of a timeline instant (`2026-10-20` or `2026-10-20T09:30:00Z`), as written. */
export function calendarDayOf(at: string): string {
  return at.slice(0, 10);
}
