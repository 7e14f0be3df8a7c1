import * as z from 'zod/mini';
import { BankAccount, CreditorInfo, PaymentReference } from './invoice';
import { Money, NonNegativeMoney, PositiveMoney } from './money';
import { CalendarDate, Id, InvoiceIds, Message, Timestamp } from './primitives';

/** How often instalments fall due. */
export const PlanFrequency = z.enum(['monthly', 'biweekly']);
export type PlanFrequency = z.infer<typeof PlanFrequency>;

/** The creditor's instalment policy, with defaults applied: a plan inside it is accepted at once. */
export const PlanPolicy = z.object({
  minInstalment: PositiveMoney,
  maxCount: z.int().check(z.gte(1)),
  maxMonths: z.int().check(z.gte(1)),
  /** The first instalment may fall due at most this many days from today. */
  maxFirstDueDays: z.int().check(z.gte(0)),
  /** A one-off fee for the plan, stated up front as the law asks. */
  fee: z.optional(NonNegativeMoney),
  allowBiweekly: z.boolean(),
  /** Days an unpaid instalment may still be paid before the plan lapses. */
  graceDays: z.optional(z.int().check(z.gte(0))),
  /** Days the creditor takes to answer a proposal outside the policy. */
  reviewDays: z.optional(z.int().check(z.gte(0))),
});
export type PlanPolicy = z.infer<typeof PlanPolicy>;

/**
 * The rules of the policy a proposal can break, as `rule` of a 422 `policy_violation` and in a
 * pending plan's `reviewReasons`. Typed as strings where they travel, so clients keep working when
 * a rule is added.
 *
 * Refused (422): `currency`, `sum_mismatch` (instalments not adding up to the total plus the fee),
 * `first_due_in_past`, `min_instalment`, `frequency` (biweekly where not offered, or instalments
 * too close together), and `first_due_too_late`, `max_count`, `max_months` beyond twice the limit.
 * Reviewed by the creditor (`pending`): `first_due_too_late`, `max_count`, `max_months` up to twice
 * the limit, and `after_lapse` (a plan on the same invoices lapsed before).
 */
export const PlanRule = z.enum([
  'currency',
  'sum_mismatch',
  'first_due_in_past',
  'first_due_too_late',
  'min_instalment',
  'max_count',
  'max_months',
  'frequency',
  'after_lapse',
]);
export type PlanRule = z.infer<typeof PlanRule>;

/** The rules a promise to pay can break (`rule` of a 422 `policy_violation`). */
export const PromiseRule = z.enum(['promise_in_past', 'promise_too_late']);
export type PromiseRule = z.infer<typeof PromiseRule>;

/** How to pay a plan's instalments or a promised payment by bank transfer. */
export const TransferDetails = z.object({ bankAccount: BankAccount, reference: PaymentReference });
export type TransferDetails = z.infer<typeof TransferDetails>;

/** One dated amount of a proposed or suggested schedule. */
export const ScheduledInstalment = z.object({ dueDate: CalendarDate, amount: PositiveMoney });
export type ScheduledInstalment = z.infer<typeof ScheduledInstalment>;

const idListPattern = /^[A-Za-z0-9._:-]{1,64}(?:,[A-Za-z0-9._:-]{1,64})*$/;

/**
 * Invoice ids in a query string, comma-separated (`?invoiceIds=inv-1,inv-2`) or repeated
 * (`?invoiceIds=inv-1&invoiceIds=inv-2`); parses to an array. Ids never contain commas.
 */
export const InvoiceIdsParam = z.pipe(
  z.union([z.string().check(z.regex(idListPattern, 'Use invoice ids separated by commas')), z.array(Id)]),
  z.pipe(
    z.transform((ids: string | string[]) => (typeof ids === 'string' ? ids.split(',') : ids)),
    InvoiceIds,
  ),
);
export type InvoiceIdsParam = z.infer<typeof InvoiceIdsParam>;

/** Query of `GET /v1/plans/quote`. */
export const PlanQuoteQuery = z.strictObject({ invoiceIds: InvoiceIdsParam });
export type PlanQuoteQuery = z.infer<typeof PlanQuoteQuery>;

/** `GET /v1/plans/quote`: the policy for these invoices and a schedule that fits it. */
export const PlanQuote = z.object({
  invoiceIds: z.array(Id),
  total: PositiveMoney,
  policy: PlanPolicy,
  earliestFirstDueDate: CalendarDate,
  latestFirstDueDate: CalendarDate,
  suggested: z.object({
    count: z.int().check(z.gte(1)),
    frequency: PlanFrequency,
    firstDueDate: CalendarDate,
    instalments: z.array(ScheduledInstalment),
  }),
  /**
   * Late interest accrued so far that the plan leaves out: an agreed plan pays off the invoices
   * and the fees, and the interest is waived while it is kept. Absent when there is none.
   */
  waivedInterest: z.optional(PositiveMoney),
  /** Who answers a proposal outside the policy, for the copy ("Fjordlys Energi AS will reply by …"). */
  creditor: z.optional(CreditorInfo),
  /** A promise to pay everything instead: the amount (interest included) and the latest date. */
  promise: z.optional(
    z.object({
      amount: PositiveMoney,
      earliestDate: CalendarDate,
      latestDate: CalendarDate,
      maxDays: z.int(),
    }),
  ),
});
export type PlanQuote = z.infer<typeof PlanQuote>;

/** One instalment the customer proposes. */
export const InstalmentInput = z.strictObject({ dueDate: CalendarDate, amount: PositiveMoney });
export type InstalmentInput = z.infer<typeof InstalmentInput>;

/** A plan proposed as explicit dates and amounts. */
export const CreatePlanWithInstalments = z.strictObject({
  invoiceIds: InvoiceIds,
  instalments: z.array(InstalmentInput).check(
    z.minLength(1),
    z.maxLength(120),
    z.superRefine((instalments, ctx) => {
      const currency = instalments[0]?.amount.currency;
      instalments.forEach((instalment, index) => {
        if (instalment.amount.currency !== currency) {
          ctx.addIssue({
            code: 'custom',
            message: 'Use one currency for every instalment',
            path: [index, 'amount', 'currency'],
            input: instalment.amount.currency,
          });
        }
        const previous = instalments[index - 1];
        if (previous && instalment.dueDate <= previous.dueDate) {
          ctx.addIssue({
            code: 'custom',
            message: 'Give each instalment a later date than the one before',
            path: [index, 'dueDate'],
            input: instalment.dueDate,
          });
        }
      });
    }),
  ),
});
export type CreatePlanWithInstalments = z.infer<typeof CreatePlanWithInstalments>;

/** A plan proposed as a number of equal instalments from a first date; the server splits the amount. */
export const CreatePlanWithCount = z.strictObject({
  invoiceIds: InvoiceIds,
  count: z.int().check(z.gte(1), z.lte(120)),
  firstDueDate: CalendarDate,
  frequency: z.optional(PlanFrequency),
});
export type CreatePlanWithCount = z.infer<typeof CreatePlanWithCount>;

/** `POST /v1/plans` body: explicit instalments, or a count and a first due date. */
export const CreatePlanRequest = z.union([CreatePlanWithInstalments, CreatePlanWithCount]);
export type CreatePlanRequest = z.infer<typeof CreatePlanRequest>;

/** `accepted`: within policy; `pending`: the creditor reviews; then `active`, `completed` or `lapsed`. */
export const PlanStatus = z.enum(['accepted', 'pending', 'rejected', 'active', 'completed', 'lapsed']);
export type PlanStatus = z.infer<typeof PlanStatus>;

/** Where one instalment stands. */
export const InstalmentStatus = z.enum(['due', 'paid', 'part_paid', 'overdue', 'missed']);
export type InstalmentStatus = z.infer<typeof InstalmentStatus>;

/** One instalment of an agreed or proposed plan. */
export const Instalment = z.object({
  dueDate: CalendarDate,
  amount: PositiveMoney,
  paid: z.optional(NonNegativeMoney),
  status: InstalmentStatus,
  /** The last day an unpaid instalment may be paid, late, before the plan lapses. */
  graceUntil: z.optional(CalendarDate),
});
export type Instalment = z.infer<typeof Instalment>;

/** An instalment plan and each instalment's status. */
export const Plan = z.object({
  id: Id,
  status: PlanStatus,
  invoiceIds: z.array(Id),
  total: Money,
  fee: z.optional(NonNegativeMoney),
  frequency: z.optional(PlanFrequency),
  instalments: z.array(Instalment),
  createdAt: Timestamp,
  /** While `pending`: the date by which the creditor answers. */
  respondBy: z.optional(CalendarDate),
  decidedAt: z.optional(Timestamp),
  /** The creditor's words with an acceptance or rejection. */
  message: z.optional(z.string()),
  /** While `pending`: the rules of the policy the proposal goes beyond (see `PlanRule`). */
  reviewReasons: z.optional(z.array(z.string())),
  /** Paid towards the plan so far. */
  paid: z.optional(NonNegativeMoney),
  /** Left to pay on the plan. */
  remaining: z.optional(NonNegativeMoney),
  /** How to pay each instalment by bank transfer. */
  payment: z.optional(TransferDetails),
});
export type Plan = z.infer<typeof Plan>;

/** `POST /v1/admin/plans/{id}/decision` body. */
export const PlanDecisionRequest = z.strictObject({
  decision: z.enum(['accept', 'reject']),
  message: z.optional(Message),
});
export type PlanDecisionRequest = z.infer<typeof PlanDecisionRequest>;
