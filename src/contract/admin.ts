import * as z from 'zod/mini';
import {
  InvoiceLine,
  InvoiceReferences,
  InvoiceStatus,
  invoiceLineShape,
  invoiceReferencesShape,
  PaymentMethod,
  ReceivedPayment,
} from './invoice';
import { currencyMismatches, Money, type MoneyAt, NonNegativeMoney, PositiveMoney } from './money';
import {
  CalendarDate,
  CurrencyCode,
  DateOrTimestamp,
  Id,
  Label,
  Message,
  ReminderChannel,
  Stage,
  Timestamp,
} from './primitives';

/** Which notice a reminder was: plain, firm, the legally required final notice, or a payment demand. */
export const ReminderKind = z.enum(['reminder', 'firm', 'final', 'payment_demand']);
export type ReminderKind = z.infer<typeof ReminderKind>;

/** A line of an invoice the creditor sends. */
export const InvoiceLineInput = z.strictObject(invoiceLineShape);
export type InvoiceLineInput = z.infer<typeof InvoiceLineInput>;

/** References the creditor sends with an invoice. */
export const InvoiceReferencesInput = z.strictObject(invoiceReferencesShape);
export type InvoiceReferencesInput = z.infer<typeof InvoiceReferencesInput>;

/** A reminder the creditor already sent outside Amicable (counts toward stage and fee limits). */
export const ReminderInput = z.strictObject({
  sentAt: DateOrTimestamp,
  channel: ReminderChannel,
  fee: z.optional(NonNegativeMoney),
  /** Defaults to `reminder`. */
  kind: z.optional(ReminderKind),
});
export type ReminderInput = z.infer<typeof ReminderInput>;

/** A payment the creditor already received outside Amicable. */
export const PaymentInput = z.strictObject({
  id: z.optional(Id),
  receivedOn: CalendarDate,
  amount: PositiveMoney,
  method: z.optional(PaymentMethod),
});
export type PaymentInput = z.infer<typeof PaymentInput>;

/**
 * `PUT /v1/admin/invoices/{id}` body: upsert an invoice. Every amount is in the invoice's
 * `currency`, line ids are unique, and the due date is not before the issue date.
 */
export const InvoiceUpsert = z
  .strictObject({
    customerId: Id,
    number: Label,
    currency: CurrencyCode,
    issueDate: CalendarDate,
    dueDate: CalendarDate,
    lines: z.array(InvoiceLineInput).check(z.minLength(1), z.maxLength(500)),
    references: z.optional(InvoiceReferencesInput),
    reminders: z.optional(z.array(ReminderInput).check(z.maxLength(50))),
    payments: z.optional(z.array(PaymentInput).check(z.maxLength(500))),
    documentUrl: z.optional(z.httpUrl()),
    /** `cancelled` or `credited` withdraws the claim; defaults to `open`. */
    status: z.optional(z.enum(['open', 'cancelled', 'credited'])),
  })
  .check(
    z.superRefine((invoice, ctx) => {
      const amounts: MoneyAt[] = [
        ...invoice.lines.flatMap((line, index) => [
          { path: ['lines', index, 'unitPrice'], money: line.unitPrice },
          { path: ['lines', index, 'amount'], money: line.amount },
        ]),
        ...(invoice.reminders ?? []).map((reminder, index) => ({
          path: ['reminders', index, 'fee'],
          money: reminder.fee,
        })),
        ...(invoice.payments ?? []).map((payment, index) => ({
          path: ['payments', index, 'amount'],
          money: payment.amount,
        })),
      ];
      for (const path of currencyMismatches(invoice.currency, amounts)) {
        ctx.addIssue({
          code: 'custom',
          message: `Use the invoice currency ${invoice.currency}`,
          path,
          input: null,
        });
      }
      const seen = new Set<string>();
      invoice.lines.forEach((line, index) => {
        if (seen.has(line.id)) {
          ctx.addIssue({
            code: 'custom',
            message: 'Give each line its own id',
            path: ['lines', index, 'id'],
            input: line.id,
          });
        }
        seen.add(line.id);
      });
      if (invoice.dueDate < invoice.issueDate) {
        ctx.addIssue({
          code: 'custom',
          message: 'The due date cannot be before the issue date',
          path: ['dueDate'],
          input: invoice.dueDate,
        });
      }
    }),
  );
export type InvoiceUpsert = z.infer<typeof InvoiceUpsert>;

/** A reminder on record. */
export const Reminder = z.object({
  sentAt: DateOrTimestamp,
  channel: ReminderChannel,
  fee: z.optional(Money),
  kind: ReminderKind,
});
export type Reminder = z.infer<typeof Reminder>;

/** An invoice as the creditor's back office sees it, with what Amicable computed. */
export const AdminInvoice = z.object({
  id: Id,
  customerId: Id,
  number: z.string(),
  currency: CurrencyCode,
  issueDate: CalendarDate,
  dueDate: CalendarDate,
  lines: z.array(InvoiceLine),
  references: InvoiceReferences,
  reminders: z.array(Reminder),
  payments: z.array(ReceivedPayment),
  documentUrl: z.optional(z.string()),
  total: Money,
  outstanding: Money,
  status: InvoiceStatus,
  stage: Stage,
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AdminInvoice = z.infer<typeof AdminInvoice>;

/** `POST /v1/admin/customers/{id}/pause` body: why, and optionally until when. */
export const PauseRequest = z.strictObject({
  /** A note for the timeline; never shown to the customer. */
  reason: z.optional(Message),
  until: z.optional(CalendarDate),
});
export type PauseRequest = z.infer<typeof PauseRequest>;

/** `POST /v1/admin/customers/{id}/resume` body: nothing to say (an empty body counts as `{}`). */
export const ResumeRequest = z.strictObject({ reason: z.optional(Message) });
export type ResumeRequest = z.infer<typeof ResumeRequest>;

/** Who caused a timeline entry. */
export const TimelineActor = z.enum(['customer', 'creditor', 'system', 'provider']);
export type TimelineActor = z.infer<typeof TimelineActor>;

/**
 * One thing that happened with a customer. `type` is an open set, e.g. `invoice.upserted`,
 * `reminder.sent`, `notice.shown`, `payment.succeeded`, `plan.proposed`, `promise.made`,
 * `dispute.opened`, `stage.changed`, `customer.paused`.
 */
export const TimelineEntry = z.object({
  id: Id,
  at: Timestamp,
  type: z.string().check(z.minLength(1)),
  actor: TimelineActor,
  invoiceIds: z.optional(z.array(Id)),
  summary: z.optional(z.string()),
  data: z.optional(z.record(z.string(), z.unknown())),
});
export type TimelineEntry = z.infer<typeof TimelineEntry>;

/** `GET /v1/admin/customers/{id}/timeline`: oldest first. */
export const CustomerTimeline = z.object({ customerId: Id, entries: z.array(TimelineEntry) });
export type CustomerTimeline = z.infer<typeof CustomerTimeline>;

/** Query of `GET /v1/admin/metrics`: an optional inclusive date range. */
export const MetricsQuery = z
  .strictObject({ from: z.optional(CalendarDate), to: z.optional(CalendarDate) })
  .check(
    z.refine((range) => range.from === undefined || range.to === undefined || range.from <= range.to, {
      message: 'Make "from" no later than "to"',
      path: ['to'],
    }),
  );
export type MetricsQuery = z.infer<typeof MetricsQuery>;

/** Counts of customers at each step: notices shown → opened → acted → paid / planned / promised / disputed. */
export const MetricsFunnel = z.object({
  shown: z.int(),
  opened: z.int(),
  acted: z.int(),
  paid: z.int(),
  planned: z.int(),
  promised: z.int(),
  disputed: z.int(),
});
export type MetricsFunnel = z.infer<typeof MetricsFunnel>;

/** `GET /v1/admin/metrics`: the funnel and the amounts recovered per outcome. */
export const Metrics = z.object({
  from: z.nullable(CalendarDate),
  to: z.nullable(CalendarDate),
  currency: CurrencyCode,
  funnel: MetricsFunnel,
  recovered: z.object({
    /** Paid through pay-now. */
    paid: Money,
    /** Paid in plan instalments. */
    plan: Money,
    /** Paid after a promise. */
    promise: Money,
    total: Money,
  }),
});
export type Metrics = z.infer<typeof Metrics>;

/** An outgoing webhook event that ran out of attempts and waits for the creditor to redeliver it. */
export const AbandonedWebhook = z.object({
  /** The event id, as sent in `Amicable-Event-Id`; kept when redelivered. */
  id: Id,
  type: z.string(),
  /** As in the event's body. */
  createdAt: Timestamp,
  /** The customer the event concerns. */
  customerId: z.optional(z.string()),
  /** Attempts made, all failed. */
  attempts: z.int(),
  /** What the last attempt met, e.g. `HTTP 500` or a network error. */
  lastError: z.nullable(z.string()),
});
export type AbandonedWebhook = z.infer<typeof AbandonedWebhook>;

/** `GET /v1/admin/webhooks/abandoned`: the oldest 100 abandoned events, oldest first, and how many there are. */
export const AbandonedWebhooks = z.object({
  events: z.array(AbandonedWebhook),
  /** Every abandoned event, beyond the 100 listed too (redeliver them all by leaving out `eventIds`). */
  total: z.int(),
});
export type AbandonedWebhooks = z.infer<typeof AbandonedWebhooks>;

/**
 * `POST /v1/admin/webhooks/redeliver` body: which abandoned events to send again (1–100 distinct
 * ids); without `eventIds`, every abandoned event. An empty body counts as `{}`.
 */
export const RedeliverWebhooksRequest = z.strictObject({
  eventIds: z.optional(
    z.array(Id).check(
      z.minLength(1),
      z.maxLength(100),
      z.refine((ids) => new Set(ids).size === ids.length, 'List each event once'),
    ),
  ),
});
export type RedeliverWebhooksRequest = z.infer<typeof RedeliverWebhooksRequest>;

/** `POST /v1/admin/webhooks/redeliver`: how many events got a fresh round of attempts. */
export const WebhooksRedelivered = z.object({ redelivered: z.int() });
export type WebhooksRedelivered = z.infer<typeof WebhooksRedelivered>;
