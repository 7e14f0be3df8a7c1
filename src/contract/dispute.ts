import * as z from 'zod/mini';
import { Money, PositiveMoney } from './money';
import { CalendarDate, Id, Message, Timestamp } from './primitives';

/** What the customer says is wrong. */
export const DisputeReason = z.enum([
  'not_received',
  'wrong_amount',
  'quality',
  'already_paid',
  'not_ordered',
  'other',
]);
export type DisputeReason = z.infer<typeof DisputeReason>;

/** Limits on the files attached to a dispute (types are sniffed from content, not trusted from names). */
export const DISPUTE_FILE_LIMITS = {
  maxFiles: 5,
  maxFileBytes: 10 * 1024 * 1024,
  types: ['application/pdf', 'image/png', 'image/jpeg'],
} as const;

/**
 * The text fields of `POST /v1/disputes` (`multipart/form-data`); the files travel as `files`
 * parts beside them. Use {@link disputeFormData} and {@link readDisputeForm} to cross the wire.
 */
export const DisputeFields = z.strictObject({
  invoiceId: Id,
  reason: DisputeReason,
  /** The disputed lines; without them (and without `amount`) the whole invoice is disputed. */
  lineIds: z.optional(
    z.array(Id).check(
      z.minLength(1),
      z.maxLength(500),
      z.refine((ids) => new Set(ids).size === ids.length, 'List each line once'),
    ),
  ),
  /** The disputed part, in the invoice's currency; the rest stays payable. */
  amount: z.optional(PositiveMoney),
  message: Message,
});
export type DisputeFields = z.infer<typeof DisputeFields>;

/** `open` until the creditor answers. */
export const DisputeStatus = z.enum(['open', 'resolved']);
export type DisputeStatus = z.infer<typeof DisputeStatus>;

/** The creditor's answer: credited (part or all written off), corrected (new invoice), upheld (claim stands). */
export const DisputeOutcome = z.enum(['credited', 'corrected', 'upheld']);
export type DisputeOutcome = z.infer<typeof DisputeOutcome>;

/** How a dispute was answered. */
export const DisputeResolution = z.object({
  outcome: DisputeOutcome,
  message: z.string(),
  creditAmount: z.optional(Money),
  at: Timestamp,
});
export type DisputeResolution = z.infer<typeof DisputeResolution>;

/** A file the customer attached, as stored (type as sniffed). */
export const DisputeAttachment = z.object({
  id: Id,
  name: z.string(),
  size: z.int().check(z.gte(0)),
  type: z.string(),
});
export type DisputeAttachment = z.infer<typeof DisputeAttachment>;

/** The bytes of an attachment as the creditor downloads them (not JSON; see `responseType`). */
export const AttachmentBytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array);

/** A dispute, its reference for the customer, the date the creditor answers by, and the answer. */
export const Dispute = z.object({
  id: Id,
  reference: z.string().check(z.minLength(1)),
  status: DisputeStatus,
  invoiceId: Id,
  reason: DisputeReason,
  lineIds: z.array(Id),
  /** The disputed amount: the whole outstanding amount unless lines or an amount were named. */
  amount: Money,
  message: z.optional(z.string()),
  respondBy: CalendarDate,
  createdAt: Timestamp,
  resolution: z.optional(DisputeResolution),
  attachments: z.array(DisputeAttachment),
});
export type Dispute = z.infer<typeof Dispute>;

/** `POST /v1/admin/disputes/{id}/decision` body; a credit names its amount, an upheld claim none. */
export const DisputeDecisionRequest = z
  .strictObject({
    outcome: DisputeOutcome,
    message: Message,
    creditAmount: z.optional(PositiveMoney),
  })
  .check(
    z.superRefine((decision, ctx) => {
      if (decision.outcome === 'credited' && decision.creditAmount === undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'Say how much is credited',
          path: ['creditAmount'],
          input: undefined,
        });
      }
      if (decision.outcome === 'upheld' && decision.creditAmount !== undefined) {
        ctx.addIssue({
          code: 'custom',
          message: 'An upheld claim credits nothing; leave creditAmount out',
          path: ['creditAmount'],
          input: decision.creditAmount,
        });
      }
    }),
  );
export type DisputeDecisionRequest = z.infer<typeof DisputeDecisionRequest>;

const singleFields = ['invoiceId', 'reason', 'message'] as const;

/**
 * Encodes a dispute as `multipart/form-data`: text fields as text, each line id as its own
 * `lineIds` part, `amount` as JSON (OpenAPI's default for an object in multipart), files as `files`.
 */
export function disputeFormData(fields: DisputeFields, files: readonly Blob[] = []): FormData {
  const form = new FormData();
  for (const name of singleFields) form.append(name, fields[name]);
  for (const lineId of fields.lineIds ?? []) form.append('lineIds', lineId);
  if (fields.amount) form.append('amount', JSON.stringify(fields.amount));
  for (const file of files) form.append('files', file);
  return form;
}

/** What {@link readDisputeForm} found: fields to check with `DisputeFields`, and the `files` parts. */
export interface DisputeFormParts {
  fields: Record<string, unknown>;
  files: FormDataEntryValue[];
}

/**
 * Decodes a dispute form for validation with `DisputeFields.safeParse(parts.fields)`. It never
 * throws on bad input: repeated single fields become arrays, unknown parts are kept, and an
 * `amount` that is not JSON stays text, so that validation names the field at fault.
 */
export async function readDisputeForm(form: FormData): Promise<DisputeFormParts> {
  const fields: Record<string, unknown> = {};
  const files: FormDataEntryValue[] = [];
  for (const name of new Set(form.keys())) {
    const values = form.getAll(name);
    if (name === 'files') files.push(...values);
    else if (name === 'lineIds') fields[name] = values;
    else if (name === 'amount') fields[name] = values.length === 1 ? await jsonPart(values[0]!) : values;
    else fields[name] = values.length === 1 ? values[0] : values;
  }
  return { fields, files };
}

async function jsonPart(value: FormDataEntryValue): Promise<unknown> {
  const text = typeof value === 'string' ? value : await value.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}
