import * as z from 'zod/mini';

/** An identifier chosen by the creditor or the server: 1–64 characters of `A–Z a–z 0–9 . _ : -`. */
export const Id = z
  .string()
  .check(
    z.minLength(1),
    z.maxLength(64),
    z.regex(/^[A-Za-z0-9._:-]+$/, 'Use 1–64 letters, digits or . _ : -'),
  );
export type Id = z.infer<typeof Id>;

/** Invoice ids a request acts on: 1–50 distinct ids. */
export const InvoiceIds = z.array(Id).check(
  z.minLength(1),
  z.maxLength(50),
  z.refine((ids) => new Set(ids).size === ids.length, 'List each invoice once'),
);
export type InvoiceIds = z.infer<typeof InvoiceIds>;

/** A calendar date `YYYY-MM-DD` that exists (no 2026-02-30). */
export const CalendarDate = z.iso.date('Use a real calendar date as YYYY-MM-DD');
export type CalendarDate = z.infer<typeof CalendarDate>;

/** An ISO 8601 date and time with `Z` or an offset, e.g. `2026-10-20T09:30:00Z`. */
export const Timestamp = z.iso.datetime({
  offset: true,
  message: 'Use an ISO 8601 date and time such as 2026-10-20T09:30:00Z',
});
export type Timestamp = z.infer<typeof Timestamp>;

/** A calendar date or a full timestamp: what creditors know of when a letter went out differs. */
export const DateOrTimestamp = z.union([CalendarDate, Timestamp]);
export type DateOrTimestamp = z.infer<typeof DateOrTimestamp>;

/** An ISO 4217 currency code in capitals, e.g. `NOK`, `EUR`. */
export const CurrencyCode = z
  .string()
  .check(z.regex(/^[A-Z]{3}$/, 'Use a three-letter ISO 4217 code such as EUR'));
export type CurrencyCode = z.infer<typeof CurrencyCode>;

/** The creditor's or customer's jurisdiction; `other` gets the EU defaults. */
export const CountryCode = z.enum(['NO', 'NL', 'DE', 'GB', 'SE', 'DK', 'other']);
export type CountryCode = z.infer<typeof CountryCode>;

/** A BCP 47 language tag: language, optional script, optional region (`nb-NO`, `nl`, `zh-Hant-TW`). */
export const Locale = z
  .string()
  .check(
    z.maxLength(35),
    z.regex(
      /^[A-Za-z]{2,3}(?:-[A-Za-z]{4})?(?:-(?:[A-Za-z]{2}|\d{3}))?$/,
      'Use a language tag such as nb-NO or en',
    ),
  );
export type Locale = z.infer<typeof Locale>;

/** An e-mail address. */
export const Email = z.email('Use an e-mail address such as kari@example.no');
export type Email = z.infer<typeof Email>;

/** Consumers and businesses owe different fees and interest. */
export const CustomerKind = z.enum(['consumer', 'business']);
export type CustomerKind = z.infer<typeof CustomerKind>;

/** Where a customer or invoice stands in the collection process. */
export const Stage = z.enum(['upcoming', 'reminder', 'firm', 'final', 'collection', 'paused']);
export type Stage = z.infer<typeof Stage>;

/** Why escalation is paused (set whenever the stage is `paused`). */
export const PauseReason = z.enum(['dispute', 'plan', 'promise', 'creditor']);
export type PauseReason = z.infer<typeof PauseReason>;

/** Direct: amount, date and consequence first. Indirect: relationship first, face-saving. */
export const ToneStyle = z.enum(['direct', 'indirect']);
export type ToneStyle = z.infer<typeof ToneStyle>;

/** Formal (`De`, `u`, `Sie`) or informal (`du`, `je`) address. */
export const Formality = z.enum(['formal', 'informal']);
export type Formality = z.infer<typeof Formality>;

/** How the copy speaks to the customer. */
export const Tone = z.strictObject({ style: ToneStyle, formality: Formality });
export type Tone = z.infer<typeof Tone>;

/** Structured payment reference: Norwegian KID, ISO 11649 RF, Dutch betalingskenmerk. */
export const ReferenceScheme = z.enum(['kid', 'rf', 'nl']);
export type ReferenceScheme = z.infer<typeof ReferenceScheme>;

/** The KID check digit algorithm the creditor's bank agreement uses. */
export const KidAlgorithm = z.enum(['mod10', 'mod11']);
export type KidAlgorithm = z.infer<typeof KidAlgorithm>;

/** What a customer can do from a notice (also the `action` of `amicable-action`). */
export const CustomerAction = z.enum(['view', 'pay', 'plan', 'promise', 'dispute']);
export type CustomerAction = z.infer<typeof CustomerAction>;

/** The five custom element tag names. */
export const ElementName = z.enum([
  'amicable-overdue-banner',
  'amicable-invoice-explainer',
  'amicable-pay-now',
  'amicable-instalment-proposer',
  'amicable-dispute-form',
]);
export type ElementName = z.infer<typeof ElementName>;

/** How a reminder reached the customer. */
export const ReminderChannel = z.enum(['email', 'sms', 'letter', 'portal']);
export type ReminderChannel = z.infer<typeof ReminderChannel>;

/** Free text a person wrote (a message, a note): 1–2000 characters. */
export const Message = z.string().check(z.minLength(1), z.maxLength(2000));
export type Message = z.infer<typeof Message>;

/** A short human label (a name, an invoice number, a reference): 1–200 characters. */
export const Label = z.string().check(z.minLength(1), z.maxLength(200));
export type Label = z.infer<typeof Label>;

/** An inclusive range of calendar dates, e.g. the days interest ran. */
export const DateRange = z.object({ from: CalendarDate, to: CalendarDate });
export type DateRange = z.infer<typeof DateRange>;
