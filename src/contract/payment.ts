import * as z from 'zod/mini';
import { PositiveMoney } from './money';
import { Id, InvoiceIds, Timestamp } from './primitives';

/** `POST /v1/payments` body. The server computes and caps the amount; `amount` asks for a part. */
export const CreatePaymentRequest = z.strictObject({
  invoiceIds: InvoiceIds,
  amount: z.optional(PositiveMoney),
});
export type CreatePaymentRequest = z.infer<typeof CreatePaymentRequest>;

/** A payment's state, following Stripe's PaymentIntent (`failed` once Stripe reports a failure). */
export const PaymentStatus = z.enum([
  'requires_payment_method',
  'requires_action',
  'processing',
  'succeeded',
  'failed',
]);
export type PaymentStatus = z.infer<typeof PaymentStatus>;

/**
 * A card or wallet payment through Stripe. `clientSecret` and `publishableKey` are null when
 * card payments are not configured (bank transfer only) and on reads after completion.
 */
export const Payment = z.object({
  id: Id,
  status: PaymentStatus,
  amount: PositiveMoney,
  provider: z.literal('stripe'),
  clientSecret: z.nullable(z.string()),
  publishableKey: z.nullable(z.string()),
  invoiceIds: z.array(Id),
  createdAt: z.optional(Timestamp),
});
export type Payment = z.infer<typeof Payment>;

/**
 * The smallest card payment per currency, in minor units: Stripe's minimum charge amounts (0.50
 * where not listed). The server refuses a smaller part payment; the browser says so as it is typed.
 */
export const MINIMUM_CARD_AMOUNT: Readonly<Record<string, number>> = {
  NOK: 300,
  SEK: 300,
  DKK: 250,
  GBP: 30,
  EUR: 50,
  USD: 50,
  CHF: 50,
  PLN: 200,
  CZK: 1500,
  HUF: 17500,
};

/** The smallest card payment in `currency`, minor units. */
export function minimumCardAmount(currency: string): number {
  return MINIMUM_CARD_AMOUNT[currency.toUpperCase()] ?? 50;
}
