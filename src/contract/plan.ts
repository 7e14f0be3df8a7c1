import * as z from 'zod/mini';
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
});
export type PlanPolicy = z.infer<typeof PlanPolicy>;

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
});
export type Plan = z.infer<typeof Plan>;

/** `POST /v1/admin/plans/{id}/decision` body. */
export const PlanDecisionRequest = z.strictObject({
  decision: z.enum(['accept', 'reject']),
  message: z.optional(Message),
});
export type PlanDecisionRequest = z.infer<typeof PlanDecisionRequest>;
