/**
 * The dispute form's rules, without the DOM: what the customer has filled in so far, what is wrong
 * with it in their language, and the contract's fields once nothing is.
 */
import type { CatalogView } from '../../src/client/i18n/parts';
import { DISPUTE_FILE_LIMITS, type DisputeFields, type DisputeReason } from '../../src/contract/dispute';
import { formatMoney, money, parseAmountInput } from '../../src/domain/money';

type DisputeMessages = CatalogView<'dispute' | 'validation'>;

/** Which part of the invoice the customer disputes. */
export type DisputeScope = 'whole' | 'lines' | 'amount';

/** The fields that can be wrong, in the order the form shows them (and the error summary lists them). */
export const FIELD_ORDER = ['reason', 'lines', 'amount', 'message', 'files'] as const;
export type DraftField = (typeof FIELD_ORDER)[number];

/** The contract's `Message` limit (`src/contract/primitives.ts`), counted in UTF-16 code units as the server does. */
export const MESSAGE_MAX_LENGTH = 2000;

/** What the customer has entered. */
export interface DisputeDraft {
  reason: DisputeReason | undefined;
  scope: DisputeScope;
  lineIds: readonly string[];
  amountText: string;
  message: string;
}

/** What the checks need to know about the invoice and the reader. */
export interface DraftContext {
  invoiceId: string;
  currency: string;
  /** The most that can still be disputed: outstanding minus what is already under dispute. */
  maxAmount: number;
  locale: string;
  messages: DisputeMessages;
}

/** Field errors (in the reader's language), or the fields to send. */
export type DraftCheck =
  | { ok: true; fields: DisputeFields }
  | { ok: false; errors: Partial<Record<DraftField, string>> };

/** Checks a draft the way the server will, so that the customer hears about a problem before sending. */
export function checkDraft(draft: DisputeDraft, context: DraftContext): DraftCheck {
  const { messages, locale, currency } = context;
  const errors: Partial<Record<DraftField, string>> = {};
  if (draft.reason === undefined) errors.reason = messages.validation.chooseReason;

  let amount: number | undefined;
  if (draft.scope === 'lines' && draft.lineIds.length === 0) errors.lines = messages.validation.chooseLines;
  if (draft.scope === 'amount') {
    amount = parseAmountInput(draft.amountText, locale, currency);
    if (draft.amountText.trim() === '') errors.amount = messages.validation.required;
    else if (amount === undefined) errors.amount = messages.validation.amountInvalid;
    else if (amount <= 0)
      errors.amount = messages.validation.amountTooLow({ min: formatMoney(money(1, currency), locale) });
    else if (amount > context.maxAmount) {
      errors.amount = messages.validation.amountTooHigh({
        max: formatMoney(money(context.maxAmount, currency), locale),
      });
    }
  }

  if (draft.message.trim() === '') errors.message = messages.validation.required;
  else if (draft.message.length > MESSAGE_MAX_LENGTH) {
    errors.message = messages.validation.messageTooLong({ max: MESSAGE_MAX_LENGTH });
  }

  if (Object.keys(errors).length > 0 || draft.reason === undefined) return { ok: false, errors };
  const fields: DisputeFields = {
    invoiceId: context.invoiceId,
    reason: draft.reason,
    message: draft.message,
  };
  if (draft.scope === 'lines') fields.lineIds = [...draft.lineIds];
  if (draft.scope === 'amount' && amount !== undefined) fields.amount = { amount, currency };
  return { ok: true, fields };
}

const acceptedExtensions = /\.(pdf|png|jpe?g|jpe)$/i;

/** The `accept` attribute of the file picker. */
export const FILE_ACCEPT = [...DISPUTE_FILE_LIMITS.types, '.pdf', '.png', '.jpg', '.jpeg'].join(',');

/**
 * Why a file cannot be added, or `undefined` when it can. The type is judged here by what the
 * browser says and by the name, to spare the customer a wasted upload; the server decides from the
 * content and may still refuse it.
 */
export function fileProblem(
  file: File,
  alreadyAdded: number,
  messages: DisputeMessages,
  maxSize: string,
): string | undefined {
  if (alreadyAdded >= DISPUTE_FILE_LIMITS.maxFiles) {
    return messages.dispute.fileErrors.tooMany({ max: DISPUTE_FILE_LIMITS.maxFiles });
  }
  const typeKnown = (DISPUTE_FILE_LIMITS.types as readonly string[]).includes(file.type);
  if (!typeKnown && !acceptedExtensions.test(file.name))
    return messages.dispute.fileErrors.wrongType({ name: file.name });
  if (file.size > DISPUTE_FILE_LIMITS.maxFileBytes) {
    return messages.dispute.fileErrors.tooLarge({ name: file.name, maxSize });
  }
  if (file.size === 0) return messages.dispute.fileErrors.wrongType({ name: file.name });
  return undefined;
}

/**
 * How far each file of a multipart body has been sent, from how far the body has: files travel
 * last and in order (see the contract's `disputeFormData`), so file `i` occupies the bytes after
 * the text fields and the files before it. Part headers (a few dozen bytes) are not told apart.
 */
export function fileProgress(sizes: readonly number[], loaded: number, total: number): number[] {
  const filesBytes = sizes.reduce((sum, size) => sum + size, 0);
  let start = Math.max(0, total - filesBytes);
  return sizes.map((size) => {
    const sent = Math.min(Math.max(loaded - start, 0), size);
    start += size;
    return size === 0 ? 100 : Math.floor((sent / size) * 100);
  });
}
