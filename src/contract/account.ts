import * as z from 'zod/mini';
import { AccountCustomer } from './customer';
import { Dispute } from './dispute';
import { CreditorInfo, InvoiceSummary, NextStep } from './invoice';
import { Money } from './money';
import { Plan } from './plan';
import { CurrencyCode, CustomerAction, PauseReason, Stage, Tone } from './primitives';
import { PaymentPromise } from './promise';

/** What the customer owes: overdue, all open, and the part under dispute. */
export const AccountTotals = z.object({ overdue: Money, open: Money, disputed: Money });
export type AccountTotals = z.infer<typeof AccountTotals>;

/** Which ways to pay this deployment offers: card or wallet (Stripe), bank transfer, part payments. */
export const PaymentOptions = z.object({
  card: z.boolean(),
  bankTransfer: z.boolean(),
  partial: z.boolean(),
});
export type PaymentOptions = z.infer<typeof PaymentOptions>;

/** `GET /v1/account`: everything a notice needs, for the customer named by the token. */
export const AccountSummary = z.object({
  customer: AccountCustomer,
  creditor: CreditorInfo,
  stage: Stage,
  pauseReason: z.optional(PauseReason),
  tone: Tone,
  currency: CurrencyCode,
  totals: AccountTotals,
  invoices: z.array(InvoiceSummary),
  nextStep: NextStep,
  /** The active or pending plan, if any. */
  plan: z.nullable(Plan),
  /**
   * The plan the customer proposed last, when the creditor declined it (`status` `rejected`, with
   * `decidedAt` and the creditor's `message` if it wrote one), so the customer hears the answer:
   * sent while no plan has been proposed since, until the 30th day after the day it was declined
   * (UTC calendar days; declined on 1 March, sent up to and including 31 March), and while at
   * least one invoice it covered is still open. `invoiceIds` are those open invoices. Absent
   * otherwise.
   */
  declinedPlan: z.optional(Plan),
  /** Open disputes. */
  disputes: z.array(Dispute),
  /** The running promise to pay, if any. */
  promise: z.nullable(PaymentPromise),
  /** What the customer may do now, in the order to offer them. */
  actions: z.array(CustomerAction),
  paymentOptions: PaymentOptions,
});
export type AccountSummary = z.infer<typeof AccountSummary>;
