import { Dispute } from '../../contract/dispute';
import {
  type BlobStore,
  blobKeySegment,
  DirectoryBlobStore,
  defaultBlobDir,
  type StagedBlob,
} from '../blob-store';
import type { AppDeps } from '../context';
import {
  decideDispute,
  findAttachment,
  type NewAttachment,
  openDispute,
  readDispute,
} from '../disputes/disputes';
import { readDisputeUpload } from '../disputes/upload';
import { newId } from '../ids';
import type { OperationRouter } from '../operations';
import { problems } from '../problem';
import { commitWrite } from '../respond';

/** Options of {@link registerDisputeRoutes}. */
export interface DisputeRouteOptions {
  /**
   * Where attachments are kept. Default: a {@link DirectoryBlobStore} in the configured
   * `blobDir` (`AMICABLE_BLOB_DIR`), or next to the SQLite file (see `defaultBlobDir`).
   */
  blobStore?: BlobStore;
}

/**
 * `POST /v1/disputes`, `GET /v1/disputes/{id}`, and the creditor's `GET /v1/admin/disputes/{id}`,
 * `GET /v1/admin/disputes/{id}/attachments/{attachmentId}` and `POST /v1/admin/disputes/{id}/decision`.
 *
 * Creating a dispute leaves nothing behind unless it succeeds as a whole, in this order:
 * 1. the body limit (app.ts, before anything reads the body) and the idempotency key (whose
 *    fingerprint is the parsed fields and file contents, not the multipart bytes, whose boundary
 *    changes on every retry);
 * 2. every check that needs no database: fields, file count, sizes, types sniffed from content;
 * 3. the files are staged in the blob store under temporary names no key reaches;
 * 4. one transaction: the checks against the invoice, the dispute and attachment rows, timeline,
 *    outbox and the remembered idempotent answer; as its last step the staged files are renamed
 *    to their keys;
 * 5. if anything in 3–4 fails, every staged or renamed file is deleted before the problem is sent.
 * A crash between the renames and the commit can leave files no row refers to (never a row
 * without its file); staged leftovers are swept when the store is next used.
 */
export function registerDisputeRoutes(
  router: OperationRouter,
  deps: AppDeps,
  options: DisputeRouteOptions = {},
): void {
  const blobs =
    options.blobStore ??
    new DirectoryBlobStore(deps.config.blobDir ?? defaultBlobDir(deps.config.databaseUrl));

  router.custom('createDispute', async ({ c, customerId }) => {
    const upload = await readDisputeUpload(c);
    const disputeId = newId('dsp');
    const staged: StagedBlob[] = [];
    try {
      const attachments: NewAttachment[] = [];
      for (const file of upload.files) {
        const id = newId('att');
        staged.push(await blobs.stage(file.bytes));
        attachments.push({
          id,
          name: file.name,
          type: file.type,
          size: file.size,
          sha256: file.sha256,
          blobKey: `${blobKeySegment(deps.creditorId)}/disputes/${disputeId}/${id}`,
        });
      }
      return await commitWrite(c, deps, Dispute, 201, async (tx) => {
        const dispute = await openDispute(tx, { disputeId, customerId, fields: upload.fields, attachments });
        for (const [index, blob] of staged.entries()) await blob.commit(attachments[index]!.blobKey);
        return dispute;
      });
    } catch (error) {
      await Promise.all(staged.map((blob) => blob.discard()));
      throw error;
    }
  });

  router.read('getDispute', async ({ customerId, params }) =>
    readDispute(deps.db, deps.creditorId, params.id, deps.clock(), customerId),
  );

  router.read('getAdminDispute', async ({ params }) =>
    readDispute(deps.db, deps.creditorId, params.id, deps.clock()),
  );

  // The customer's file goes to the creditor's staff exactly as uploaded. It is sent as a download
  // under the type sniffed at upload, with nosniff (and the API-wide `default-src 'none'` policy),
  // so that a hostile file can never run as a page of the API's origin.
  router.custom('getDisputeAttachment', async ({ c, params }) => {
    const attachment = await findAttachment(deps.db, deps.creditorId, params.id, params.attachmentId);
    const bytes = await blobs.read(attachment.blob_key);
    if (!bytes) throw problems.notFound(`The file of attachment ${attachment.id} is no longer kept`);
    return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': attachment.media_type,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(attachment.filename)}`,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'private, no-store',
      'Repr-Digest': `sha-256=:${Buffer.from(attachment.sha256, 'hex').toString('base64')}:`,
    });
  });

  router.write('decideDispute', async ({ params, body }, tx) => decideDispute(tx, params.id, body));
}
