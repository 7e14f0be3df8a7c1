import { createHash } from 'node:crypto';
import { fileTypeFromBuffer } from 'file-type';
import type { Context } from 'hono';
import { DISPUTE_FILE_LIMITS, DisputeFields, readDisputeForm } from '../../contract/dispute';
import type { ProblemFieldError } from '../../contract/problem';
import { ProblemError, problems } from '../problem';
import { parseOrThrow } from '../validate';

/** A media type a dispute may carry. */
export type AttachmentType = (typeof DISPUTE_FILE_LIMITS.types)[number];

/** The extensions that belong to each accepted type; the first is the one added when a name has none. */
const EXTENSIONS: Record<AttachmentType, readonly string[]> = {
  'application/pdf': ['pdf'],
  'image/png': ['png'],
  'image/jpeg': ['jpg', 'jpeg', 'jpe'],
};
const KNOWN_EXTENSIONS = new Set(Object.values(EXTENSIONS).flat());

/** The longest file name kept, in characters, extension included. */
export const MAX_FILE_NAME_LENGTH = 120;

/** One attached file, checked: its type sniffed from its bytes, its name cleaned, its digest taken. */
export interface CheckedFile {
  name: string;
  type: AttachmentType;
  bytes: Uint8Array;
  size: number;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
}

/** A dispute request that passed every check that needs no database. */
export interface DisputeUpload {
  fields: DisputeFields;
  files: CheckedFile[];
}

function isAttachmentType(type: string): type is AttachmentType {
  return (DISPUTE_FILE_LIMITS.types as readonly string[]).includes(type);
}

const megabytes = (bytes: number) => `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MB`;

/** A name as the customer gave it, made safe to quote in a message (see {@link cleanFileName}). */
function safeName(raw: string): string {
  const lastSegment = raw.split(/[\\/]/).pop() ?? '';
  return lastSegment
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+/, '')
    .replace(/[.\s]+$/, '');
}

/** How a file is named in an error message. */
function quoted(file: File): string {
  const name = Array.from(safeName(file.name)).slice(0, MAX_FILE_NAME_LENGTH).join('');
  return name ? `"${name}"` : 'This file';
}

/**
 * A file name safe to store and show: the last path segment only, NFC, without control, format
 * (bidi override, zero-width) or reserved characters (`<>:"/\|?*`), no leading dots, whitespace
 * collapsed, at most {@link MAX_FILE_NAME_LENGTH} characters, and an extension that matches the
 * sniffed type (`scan.pdf` that is really a PNG becomes `scan.png`; `photo` becomes `photo.jpg`).
 */
export function cleanFileName(raw: string, type: AttachmentType, fallback = 'attachment'): string {
  const cleaned = safeName(raw);
  const dot = cleaned.lastIndexOf('.');
  const extension = dot > 0 ? cleaned.slice(dot + 1) : '';
  const allowed = EXTENSIONS[type];
  let stem = cleaned;
  let suffix = allowed[0]!;
  if (extension && allowed.includes(extension.toLowerCase())) {
    stem = cleaned.slice(0, dot);
    suffix = extension.toLowerCase();
  } else if (extension && KNOWN_EXTENSIONS.has(extension.toLowerCase())) {
    // Named as another accepted type: the content decides.
    stem = cleaned.slice(0, dot);
  }
  const room = MAX_FILE_NAME_LENGTH - suffix.length - 1;
  // Cut by code points, never inside a surrogate pair.
  stem = Array.from(stem).slice(0, room).join('').trim();
  return `${stem || fallback}.${suffix}`;
}

/**
 * Reads and checks `POST /v1/disputes` without touching the database, so that a refused request
 * costs nothing and leaves nothing behind. In order:
 * - not `multipart/form-data` → 415; not parseable → 400;
 * - a `files` part that is not a file → 400; more than 5 files → 413; a file over 10 MB → 413;
 *   an empty file → 400;
 * - the text fields against the contract's `DisputeFields` → 400 naming each field;
 * - each file's type sniffed from its first bytes with `file-type` (the name and the declared
 *   type are not trusted): anything but PDF, PNG or JPEG → 415 naming the file.
 */
export async function readDisputeUpload(c: Context): Promise<DisputeUpload> {
  const contentType = c.req.header('Content-Type')?.toLowerCase() ?? '';
  if (!contentType.startsWith('multipart/form-data')) {
    throw new ProblemError(415, 'unsupported_media_type', {
      detail: 'Send a dispute as multipart/form-data (text fields and `files` parts)',
    });
  }
  let form: FormData;
  try {
    form = await c.req.formData();
  } catch {
    throw problems.invalid('The body is not valid multipart/form-data');
  }
  const parts = await readDisputeForm(form);

  const files: File[] = [];
  const notFiles: ProblemFieldError[] = [];
  parts.files.forEach((part, index) => {
    if (typeof part === 'string')
      notFiles.push({ path: `files.${index}`, message: 'Send each file as a file part' });
    else files.push(part);
  });
  if (notFiles.length > 0) throw problems.invalid('Some `files` parts are not files', notFiles);
  if (files.length > DISPUTE_FILE_LIMITS.maxFiles) {
    throw new ProblemError(413, 'payload_too_large', {
      detail: `A dispute may carry at most ${DISPUTE_FILE_LIMITS.maxFiles} files; this one has ${files.length}`,
      errors: [{ path: 'files', message: `Attach at most ${DISPUTE_FILE_LIMITS.maxFiles} files` }],
    });
  }
  const oversized = files.flatMap((file, index) =>
    file.size > DISPUTE_FILE_LIMITS.maxFileBytes
      ? [
          {
            path: `files.${index}`,
            message: `${quoted(file)} is ${megabytes(file.size)}; the limit is ${megabytes(DISPUTE_FILE_LIMITS.maxFileBytes)}`,
          },
        ]
      : [],
  );
  if (oversized.length > 0) {
    throw new ProblemError(413, 'payload_too_large', {
      detail: `Each file may be at most ${megabytes(DISPUTE_FILE_LIMITS.maxFileBytes)}`,
      errors: oversized,
    });
  }
  const empty = files.flatMap((file, index) =>
    file.size === 0 ? [{ path: `files.${index}`, message: `${quoted(file)} is empty` }] : [],
  );
  if (empty.length > 0) throw problems.invalid('Empty files cannot be attached', empty);

  const fields = parseOrThrow(DisputeFields, parts.fields, 'dispute form');
  if (fields.message.trim() === '') {
    throw problems.invalid('The dispute form is not valid: see errors', [
      { path: 'message', message: 'Say in a few words what is wrong' },
    ]);
  }

  const checked: CheckedFile[] = [];
  const refused: ProblemFieldError[] = [];
  for (const [index, file] of files.entries()) {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sniffed = await fileTypeFromBuffer(bytes);
    if (!sniffed || !isAttachmentType(sniffed.mime)) {
      refused.push({
        path: `files.${index}`,
        message: `${quoted(file)} is ${sniffed ? `a ${sniffed.mime} file` : 'not a file type we accept'}; attach a PDF, PNG or JPEG`,
      });
      continue;
    }
    checked.push({
      name: cleanFileName(file.name, sniffed.mime, `attachment-${index + 1}`),
      type: sniffed.mime,
      bytes,
      size: bytes.byteLength,
      sha256: createHash('sha256').update(bytes).digest('hex'),
    });
  }
  if (refused.length > 0) {
    throw new ProblemError(415, 'unsupported_media_type', {
      detail: 'Only PDF, PNG and JPEG files can be attached (recognised from their content, not their name)',
      errors: refused,
    });
  }
  return { fields, files: checked };
}
