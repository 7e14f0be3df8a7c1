import * as z from 'zod/mini';
import { Money, NonNegativeMoney } from './money';
import { TransferDetails } from './plan';
import { CalendarDate, Id, InvoiceIds, Timestamp } from './primitives';

/** `POST /v1/promises` body: "I will pay these by this date". */
export const CreatePromiseRequest = z.strictObject({ invoiceIds: InvoiceIds, date: CalendarDate });
export type CreatePromiseRequest = z.infer<typeof CreatePromiseRequest>;

/** Whether a promise is still running, was kept or was broken. */
export const PromiseStatus = z.enum(['active', 'kept', 'broken']);
export type PromiseStatus = z.infer<typeof PromiseStatus>;

/** A promise to pay by a date (named so as not to shadow the global `Promise`). */
export const PaymentPromise = z.object({
  id: Id,
  invoiceIds: z.array(Id),
  date: CalendarDate,
  amount: Money,
  status: PromiseStatus,
  createdAt: Timestamp,
  /** Paid since the promise was made. */
  paid: z.optional(NonNegativeMoney),
  /** How to pay by bank transfer. */
  payment: z.optional(TransferDetails),
});
export type PaymentPromise = z.infer<typeof PaymentPromise>;
