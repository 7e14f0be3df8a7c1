import * as z from 'zod/mini';
import { Dispute } from './dispute';
import { Payment } from './payment';
import { Plan } from './plan';
import { Id, InvoiceIds, PauseReason, Stage, Timestamp } from './primitives';
import { PaymentPromise } from './promise';

/** What a stage change tells the creditor's systems. */
export const StageChange = z.object({
  from: Stage,
  to: Stage,
  pauseReason: z.optional(PauseReason),
  invoiceIds: z.optional(InvoiceIds),
});
export type StageChange = z.infer<typeof StageChange>;

const envelope = { id: Id, createdAt: Timestamp, customerId: Id };

/**
 * An event Amicable sends to `AMICABLE_WEBHOOK_URL` (signed with HMAC-SHA256 over a timestamp
 * and the raw body). `type` tells which object `data` holds.
 */
export const OutgoingWebhookEvent = z.discriminatedUnion('type', [
  z.object({ ...envelope, type: z.literal('payment.succeeded'), data: Payment }),
  z.object({ ...envelope, type: z.literal('plan.proposed'), data: Plan }),
  // A plan's life after the proposal: the creditor's decision, an instalment past its due date (the
  // kind reminder: the creditor's dunning system nudges, the plan stands until `graceUntil`), and
  // how it ended.
  z.object({ ...envelope, type: z.literal('plan.accepted'), data: Plan }),
  z.object({ ...envelope, type: z.literal('plan.rejected'), data: Plan }),
  z.object({ ...envelope, type: z.literal('plan.instalment_overdue'), data: Plan }),
  z.object({ ...envelope, type: z.literal('plan.lapsed'), data: Plan }),
  z.object({ ...envelope, type: z.literal('plan.completed'), data: Plan }),
  z.object({ ...envelope, type: z.literal('promise.made'), data: PaymentPromise }),
  z.object({ ...envelope, type: z.literal('promise.kept'), data: PaymentPromise }),
  z.object({ ...envelope, type: z.literal('promise.broken'), data: PaymentPromise }),
  z.object({ ...envelope, type: z.literal('dispute.opened'), data: Dispute }),
  z.object({ ...envelope, type: z.literal('stage.changed'), data: StageChange }),
]);
export type OutgoingWebhookEvent = z.infer<typeof OutgoingWebhookEvent>;

/** The outgoing webhook event types. */
export type OutgoingWebhookEventType = OutgoingWebhookEvent['type'];

/** The part of a Stripe event we read; the raw body is what Stripe signs and what the server verifies. */
export const StripeWebhookEvent = z.object({
  id: z.string(),
  type: z.string(),
  data: z.object({ object: z.record(z.string(), z.unknown()) }),
});
export type StripeWebhookEvent = z.infer<typeof StripeWebhookEvent>;

/** The answer to Stripe: received (Stripe retries anything else). */
export const WebhookReceived = z.object({ received: z.literal(true) });
export type WebhookReceived = z.infer<typeof WebhookReceived>;
