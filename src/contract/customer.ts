import * as z from 'zod/mini';
import { CountryCode, CustomerKind, Email, Id, Label, Locale, Stage, Timestamp, Tone } from './primitives';

/** `PUT /v1/admin/customers/{id}` body: upsert a customer. */
export const CustomerUpsert = z.strictObject({
  name: Label,
  email: z.optional(Email),
  phone: z.optional(
    z.string().check(z.regex(/^\+?[0-9 ()-]{4,32}$/, 'Use a phone number such as +47 900 00 000')),
  ),
  /** Defaults to the creditor's locale. */
  locale: z.optional(Locale),
  /** Defaults to the creditor's country. */
  country: z.optional(CountryCode),
  kind: CustomerKind,
  /** Overrides the creditor's tone for this customer (e.g. a long-standing business relationship). */
  tone: z.optional(Tone),
});
export type CustomerUpsert = z.infer<typeof CustomerUpsert>;

/** A customer as the creditor's back office sees it. */
export const AdminCustomer = z.object({
  id: Id,
  name: z.string(),
  email: z.optional(z.string()),
  phone: z.optional(z.string()),
  locale: Locale,
  country: CountryCode,
  kind: CustomerKind,
  tone: z.optional(Tone),
  stage: Stage,
  /** True while the creditor has stopped the process for this customer. */
  paused: z.boolean(),
  pauseNote: z.optional(z.string()),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type AdminCustomer = z.infer<typeof AdminCustomer>;

/** The customer named by the token, as the account summary shows them. */
export const AccountCustomer = z.object({
  id: Id,
  name: z.string(),
  locale: Locale,
  kind: CustomerKind,
  country: CountryCode,
});
export type AccountCustomer = z.infer<typeof AccountCustomer>;
