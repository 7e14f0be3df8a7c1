import * as z from 'zod/mini';
import { Money, NonNegativeMoney } from './money';
import {
  CalendarDate,
  CountryCode,
  CurrencyCode,
  DateOrTimestamp,
  DateRange,
  Id,
  Label,
  PauseReason,
  ReferenceScheme,
  ReminderChannel,
  Stage,
} from './primitives';

/** Where an invoice stands as a claim (its collection `stage` is separate). */
export const InvoiceStatus = z.enum(['open', 'part_paid', 'paid', 'disputed', 'cancelled', 'credited']);
export type InvoiceStatus = z.infer<typeof InvoiceStatus>;

/** What happens next in the process. */
export const NextStepKind = z.enum([
  'reminder',
  'firm',
  'final',
  'collection',
  'instalment_due',
  /** A proposed plan awaits the creditor's answer (by `date`); reminders wait. */
  'plan_answer',
  'promise_due',
  'dispute_answer',
  'none',
]);
export type NextStepKind = z.infer<typeof NextStepKind>;

/**
 * The next milestone, stated plainly: what happens on which date and the fee it would add.
 * `descriptionKey` names the catalog message that explains it (the client renders the words).
 */
export const NextStep = z.object({
  kind: NextStepKind,
  date: z.nullable(CalendarDate),
  fee: z.optional(NonNegativeMoney),
  amount: z.optional(NonNegativeMoney),
  descriptionKey: z.string(),
});
export type NextStep = z.infer<typeof NextStep>;

const invoiceSummaryShape = {
  id: Id,
  number: Label,
  currency: CurrencyCode,
  total: Money,
  outstanding: Money,
  /** The part under dispute, when there is one: it does not escalate while the rest stays payable. */
  disputed: z.optional(NonNegativeMoney),
  /**
   * What there is to pay on this invoice now: the payable principal (`outstanding` less the part
   * under dispute) plus the fees and interest owed, the figure pay-now and the bank-transfer
   * details ask for. Zero when nothing is payable (paid, withdrawn, or disputed in full). The
   * reference server always sends it; an API written before it may not, and clients then fall
   * back to `outstanding` less `disputed`, which leaves the charges out.
   */
  amountDue: z.optional(NonNegativeMoney),
  issueDate: CalendarDate,
  dueDate: CalendarDate,
  /** Days past the due date; negative while the invoice is not yet due. */
  daysOverdue: z.int(),
  status: InvoiceStatus,
  stage: Stage,
  pauseReason: z.optional(PauseReason),
};

/** One invoice in the customer's account overview. */
export const InvoiceSummary = z.object(invoiceSummaryShape);
export type InvoiceSummary = z.infer<typeof InvoiceSummary>;

/** Fields of an invoice line, shared by the creditor's upsert and the customer's view. */
export const invoiceLineShape = {
  id: Id,
  description: z.string().check(z.minLength(1), z.maxLength(500)),
  /** Units delivered; fractional for metered goods (kWh, hours). */
  quantity: z.number(),
  unitPrice: Money,
  amount: Money,
  deliveredOn: z.optional(CalendarDate),
  /** The creditor's own reference for this line (order line, meter, ticket). */
  reference: z.optional(Label),
};

/** One line of an invoice as the customer sees it. */
export const InvoiceLine = z.object(invoiceLineShape);
export type InvoiceLine = z.infer<typeof InvoiceLine>;

/** Fields of the references that make an invoice recognisable. */
export const invoiceReferencesShape = {
  order: z.optional(Label),
  contract: z.optional(Label),
  purchaseOrder: z.optional(Label),
};

/** Order, contract and purchase-order references of an invoice. */
export const InvoiceReferences = z.object(invoiceReferencesShape);
export type InvoiceReferences = z.infer<typeof InvoiceReferences>;

/** Why a charge was added on top of the invoice. */
export const ChargeKind = z.enum([
  'reminder_fee',
  'collection_notice_fee',
  'payment_demand_fee',
  'collection_costs',
  'late_interest',
  'compensation',
  'plan_fee',
]);
export type ChargeKind = z.infer<typeof ChargeKind>;

/** A fee, interest or compensation with the legal basis that allows it. */
export const Charge = z.object({
  kind: ChargeKind,
  amount: NonNegativeMoney,
  /** Legal basis key, e.g. `no.inkassoforskriften.1-1`; the client explains it in plain words. */
  basis: z.string().check(z.minLength(1)),
  /** Annual interest rate in percent, where the charge is interest. */
  rate: z.optional(z.number()),
  period: z.optional(DateRange),
  addedOn: z.optional(CalendarDate),
});
export type Charge = z.infer<typeof Charge>;

/** How money reached the creditor. */
export const PaymentMethod = z.enum(['card', 'wallet', 'bank_transfer', 'credit', 'other']);
export type PaymentMethod = z.infer<typeof PaymentMethod>;

/** A payment received against an invoice. */
export const ReceivedPayment = z.object({
  id: z.optional(Id),
  amount: Money,
  receivedOn: CalendarDate,
  method: PaymentMethod,
});
export type ReceivedPayment = z.infer<typeof ReceivedPayment>;

/**
 * Something that happened to an invoice: a reminder sent, a fee added, a payment, a dispute.
 * `type` is an open set (`reminder.sent`, `charge.added`, `payment.received`, `dispute.opened`,
 * `plan.accepted`, `promise.made`, `stage.changed`, …): render the ones you know, skip the rest.
 */
export const InvoiceTimelineEntry = z.object({
  at: DateOrTimestamp,
  type: z.string().check(z.minLength(1)),
  stage: z.optional(Stage),
  channel: z.optional(ReminderChannel),
  fee: z.optional(Money),
  amount: z.optional(Money),
  reference: z.optional(z.string()),
});
export type InvoiceTimelineEntry = z.infer<typeof InvoiceTimelineEntry>;

/** The creditor's account to pay into, as the customer sees it. */
export const BankAccount = z.object({
  accountNumber: z.optional(z.string()),
  iban: z.optional(z.string()),
  bic: z.optional(z.string()),
  holder: z.string(),
});
export type BankAccount = z.infer<typeof BankAccount>;

/** The structured reference to quote on a bank transfer: raw `value` and grouped `display`. */
export const PaymentReference = z.object({
  scheme: ReferenceScheme,
  value: z.string().check(z.minLength(1)),
  display: z.string().check(z.minLength(1)),
});
export type PaymentReference = z.infer<typeof PaymentReference>;

/** How to pay by bank transfer; `epcQr` is the EPC069-12 QR payload, present for EUR. */
export const PaymentInstructions = z.object({
  bankAccount: BankAccount,
  reference: PaymentReference,
  amount: NonNegativeMoney,
  epcQr: z.optional(z.string()),
});
export type PaymentInstructions = z.infer<typeof PaymentInstructions>;

/** Who is owed, for the copy ("Fjordlys Energi AS") and for contact. */
export const CreditorInfo = z.object({
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  /** The creditor's help page, http(s) only. */
  url: z.optional(z.httpUrl()),
  /**
   * The creditor's jurisdiction, whose law decides fees, interest and notices: the client uses it
   * to name the notices to come in the local legal terms (inkassovarsel, 14-dagenbrief, Mahnung).
   */
  country: z.optional(CountryCode),
  /**
   * The creditor's own wording (`messages` of its settings) for the customer's language, sent only
   * when there is some: the `locale` it is for (`en`, `nb`, `nl` or `de`) and each message's `key`
   * with its plain `text`, whose `{name}` placeholders the elements fill with the message's
   * parameters. An element showing another language keeps its built-in copy. A list rather than a
   * map: the browser's schema library then needs nothing it does not already carry.
   */
  messages: z.optional(
    z.object({
      locale: z.string(),
      texts: z.array(z.object({ key: z.string(), text: z.string() })),
    }),
  ),
});
export type CreditorInfo = z.infer<typeof CreditorInfo>;

/** `GET /v1/invoices/{id}`: the invoice made recognisable, with its fees, history and how to pay. */
export const InvoiceDetail = z.object({
  ...invoiceSummaryShape,
  creditor: CreditorInfo,
  lines: z.array(InvoiceLine),
  references: InvoiceReferences,
  charges: z.array(Charge),
  payments: z.array(ReceivedPayment),
  timeline: z.array(InvoiceTimelineEntry),
  nextStep: NextStep,
  payment: PaymentInstructions,
  /** A link to the invoice document (PDF), http(s) only. */
  documentUrl: z.optional(z.httpUrl()),
});
export type InvoiceDetail = z.infer<typeof InvoiceDetail>;
