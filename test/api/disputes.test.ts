import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { CustomerTimeline } from '../../src/contract/admin';
import { Dispute, type DisputeFields, disputeFormData } from '../../src/contract/dispute';
import { InvoiceDetail } from '../../src/contract/invoice';
import { ProblemSchema } from '../../src/contract/problem';
import { OutgoingWebhookEvent } from '../../src/contract/webhooks';
import { isDisputeReference } from '../../src/server/disputes/reference';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { backends, type TestClient, testClient, testConfig, useDatabase } from './setup';

const encoder = new TextEncoder();

/** Small but real files: `file-type` recognises each from its first bytes. */
const PDF = encoder.encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');
const PNG = new Uint8Array(
  Buffer.from(
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
    'base64',
  ),
);
const JPEG = new Uint8Array([
  0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01,
  0x00, 0x00, 0xff, 0xd9,
]);
const HTML = encoder.encode(
  '<!doctype html><html><body><script>alert(document.cookie)</script></body></html>',
);

interface Upload {
  name: string;
  bytes: Uint8Array<ArrayBuffer>;
  /** What the browser claims; the server must not believe it. */
  type?: string;
}

const file = (name: string, bytes: Uint8Array<ArrayBuffer>, type = 'application/pdf'): Upload => ({
  name,
  bytes,
  type,
});

describe.each(backends)('disputes API on $name', (backend) => {
  const database = useDatabase(backend);
  let client: TestClient;
  let blobDir: string;
  let invoiceCounter = 0;

  beforeAll(async () => {
    blobDir = mkdtempSync(join(tmpdir(), 'amicable-blobs-test-'));
    client = testClient(database.current.db, { creditorId: 'fjordlys', config: testConfig({ blobDir }) });
    expect((await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS)).status).toBe(200);
  });

  afterAll(() => {
    if (blobDir) rmSync(blobDir, { recursive: true, force: true });
  });

  /** A customer of their own with one copy of the CONTRACT example invoice (149 000 øre, in `reminder`). */
  async function freshInvoice(): Promise<{ customerId: string; invoiceId: string }> {
    invoiceCounter += 1;
    const customerId = `cust-d${invoiceCounter}`;
    const invoiceId = `inv-d${invoiceCounter}`;
    expect((await client.admin('PUT', `/v1/admin/customers/${customerId}`, KARI)).status).toBe(200);
    const response = await client.admin('PUT', `/v1/admin/invoices/${invoiceId}`, {
      ...INVOICE_0042,
      customerId,
      number: `2025-D${invoiceCounter}`,
    });
    expect(response.status).toBe(200);
    return { customerId, invoiceId };
  }

  async function postDispute(
    customerId: string,
    fields: DisputeFields,
    files: Upload[] = [],
    key: string = crypto.randomUUID(),
  ): Promise<Response> {
    const form = disputeFormData(
      fields,
      files.map((upload) => new File([upload.bytes], upload.name, { type: upload.type ?? '' })),
    );
    return client.app.request('/v1/disputes', {
      method: 'POST',
      headers: { Authorization: `Bearer ${await client.token(customerId)}`, 'Idempotency-Key': key },
      body: form,
    });
  }

  async function account(customerId: string): Promise<AccountSummary> {
    const response = await client.customer(customerId, 'GET', '/v1/account');
    expect(response.status).toBe(200);
    return AccountSummary.parse(await response.json());
  }

  async function problemOf(response: Response) {
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    return ProblemSchema.parse(await response.json());
  }

  /** Every file under the blob directory, staged or committed. */
  function blobFiles(): string[] {
    return (readdirSync(blobDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name));
  }

  /** What a dispute writes, counted: rows of every table it touches, and files. */
  async function footprint() {
    const { db } = database.current;
    const count = async (table: 'disputes' | 'dispute_lines' | 'attachments' | 'idempotency_keys') =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('creditor_id', '=', 'fjordlys')
            .executeTakeFirstOrThrow()
        ).n,
      );
    const countOfType = async (table: 'timeline' | 'outbox', type: string) =>
      Number(
        (
          await db
            .selectFrom(table)
            .select((eb) => eb.fn.countAll().as('n'))
            .where('creditor_id', '=', 'fjordlys')
            .where('type', '=', type)
            .executeTakeFirstOrThrow()
        ).n,
      );
    return {
      disputes: await count('disputes'),
      disputeLines: await count('dispute_lines'),
      attachments: await count('attachments'),
      pendingIdempotencyKeys: Number(
        (
          await db
            .selectFrom('idempotency_keys')
            .select((eb) => eb.fn.countAll().as('n'))
            .where('creditor_id', '=', 'fjordlys')
            .where('status_code', 'is', null)
            .executeTakeFirstOrThrow()
        ).n,
      ),
      timeline: await countOfType('timeline', 'dispute.opened'),
      outbox: await countOfType('outbox', 'dispute.opened'),
      files: blobFiles().length,
    };
  }

  it('opens a dispute on one line with attachments: reference, respond-by date, files stored as sniffed', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const response = await postDispute(
      customerId,
      {
        invoiceId,
        reason: 'wrong_amount',
        lineIds: ['l2'],
        message: 'The fixed fee was cancelled in August.',
      },
      [
        file('../../etc/kontrakt.PDF', PDF),
        // A JPEG named and declared as a PNG: the content decides the type and the extension.
        file('bilde\u202Egnp.png', JPEG, 'image/png'),
      ],
    );
    expect(response.status).toBe(201);
    const dispute = Dispute.parse(await response.json());
    expect(isDisputeReference(dispute.reference), dispute.reference).toBe(true);
    expect(dispute).toMatchObject({
      status: 'open',
      invoiceId,
      reason: 'wrong_amount',
      lineIds: ['l2'],
      amount: { amount: 4900, currency: 'NOK' },
      // Fjordlys sets no response time: the default 14 days from today.
      respondBy: '2026-11-16',
    });
    expect(dispute.attachments.map(({ name, type, size }) => ({ name, type, size }))).toEqual([
      { name: 'kontrakt.pdf', type: 'application/pdf', size: PDF.byteLength },
      { name: 'bildegnp.jpg', type: 'image/jpeg', size: JPEG.byteLength },
    ]);

    const rows = await database.current.db
      .selectFrom('attachments')
      .selectAll()
      .where('dispute_id', '=', dispute.id)
      .orderBy('created_at')
      .orderBy('id')
      .execute();
    expect(rows).toHaveLength(2);
    const stored = rows.map(
      (row) => new Uint8Array(readFileSync(join(blobDir, 'objects', ...row.blob_key.split('/')))),
    );
    expect(stored.map((bytes) => bytes.byteLength).sort()).toEqual([JPEG.byteLength, PDF.byteLength].sort());
    expect(
      stored.some((bytes) => Buffer.from(bytes).equals(Buffer.from(PDF))) &&
        stored.some((bytes) => Buffer.from(bytes).equals(Buffer.from(JPEG))),
    ).toBe(true);

    const read = await client.customer(customerId, 'GET', `/v1/disputes/${dispute.id}`);
    expect(read.status).toBe(200);
    expect(Dispute.parse(await read.json())).toEqual(dispute);
    // Another customer's dispute does not exist for them.
    const other = await freshInvoice();
    expect((await client.customer(other.customerId, 'GET', `/v1/disputes/${dispute.id}`)).status).toBe(404);
  });

  it('pauses only the disputed line: the account shows it disputed and the rest payable, still in its stage', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const before = await account(customerId);
    expect(before.stage).toBe('reminder');
    const response = await postDispute(customerId, {
      invoiceId,
      reason: 'wrong_amount',
      lineIds: ['l2'],
      message: 'Fixed fee should not be there.',
    });
    expect(response.status).toBe(201);

    const after = await account(customerId);
    expect(after.totals.disputed).toEqual({ amount: 4900, currency: 'NOK' });
    expect(after.totals.open).toEqual({ amount: 149000, currency: 'NOK' });
    expect(after.totals.overdue).toEqual({ amount: 144100, currency: 'NOK' });
    expect(after.stage).toBe('reminder');
    expect(after.pauseReason).toBeUndefined();
    const summary = after.invoices.find((invoice) => invoice.id === invoiceId);
    expect(summary).toMatchObject({
      status: 'disputed',
      stage: 'reminder',
      disputed: { amount: 4900, currency: 'NOK' },
    });
    expect(after.disputes.map((dispute) => dispute.lineIds)).toEqual([['l2']]);
    expect(after.actions).toContain('pay');
    expect(after.nextStep.kind).toBe(before.nextStep.kind);

    const detail = InvoiceDetail.parse(
      await (await client.customer(customerId, 'GET', `/v1/invoices/${invoiceId}`)).json(),
    );
    // A bank transfer asks for the undisputed part plus the charges, never the disputed line.
    const charges = detail.charges.reduce((sum, charge) => sum + charge.amount.amount, 0);
    expect(detail.payment.amount).toEqual({ amount: 144100 + charges, currency: 'NOK' });
    expect(detail.timeline.some((entry) => entry.type === 'dispute.opened')).toBe(true);
  });

  it('pauses the whole invoice when no part is named, records the stage change, and refuses a second dispute of it', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const response = await postDispute(customerId, {
      invoiceId,
      reason: 'not_received',
      message: 'Never got it.',
    });
    expect(response.status).toBe(201);
    const dispute = Dispute.parse(await response.json());
    expect(dispute.amount).toEqual({ amount: 149000, currency: 'NOK' });

    const after = await account(customerId);
    expect(after.stage).toBe('paused');
    expect(after.pauseReason).toBe('dispute');
    expect(after.totals.disputed).toEqual({ amount: 149000, currency: 'NOK' });
    expect(after.totals.overdue).toEqual({ amount: 0, currency: 'NOK' });
    expect(after.nextStep).toMatchObject({ kind: 'dispute_answer', date: dispute.respondBy });

    const timeline = CustomerTimeline.parse(
      await (await client.admin('GET', `/v1/admin/customers/${customerId}/timeline`)).json(),
    );
    const types = timeline.entries.map((entry) => entry.type);
    expect(types).toContain('dispute.opened');
    expect(timeline.entries.at(-1)).toMatchObject({
      type: 'stage.changed',
      data: { from: 'reminder', to: 'paused', pauseReason: 'dispute', invoiceIds: [invoiceId] },
    });
    const outbox = await database.current.db
      .selectFrom('outbox')
      .selectAll()
      .where('creditor_id', '=', 'fjordlys')
      .where('type', '=', 'dispute.opened')
      .execute();
    const event = outbox
      .map((row) => OutgoingWebhookEvent.parse(JSON.parse(row.payload_json)))
      .find((candidate) => candidate.type === 'dispute.opened' && candidate.data.id === dispute.id);
    expect(event?.customerId).toBe(customerId);
    expect(event?.data).toEqual(dispute);

    const again = await postDispute(customerId, { invoiceId, reason: 'other', message: 'Again.' });
    expect(again.status).toBe(409);
    expect((await problemOf(again)).detail).toContain(dispute.reference);
    const part = await postDispute(customerId, {
      invoiceId,
      reason: 'other',
      amount: { amount: 100, currency: 'NOK' },
      message: 'And a part.',
    });
    expect(part.status).toBe(409);
  });

  it('takes an amount instead of lines, within the undisputed rest and in the invoice currency', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const tooMuch = await postDispute(customerId, {
      invoiceId,
      reason: 'quality',
      amount: { amount: 149001, currency: 'NOK' },
      message: 'Too much.',
    });
    expect(tooMuch.status).toBe(422);
    expect((await problemOf(tooMuch)).errors?.[0]?.path).toBe('amount.amount');
    const wrongCurrency = await postDispute(customerId, {
      invoiceId,
      reason: 'quality',
      amount: { amount: 100, currency: 'EUR' },
      message: 'Euros.',
    });
    expect(wrongCurrency.status).toBe(422);
    const both = await postDispute(customerId, {
      invoiceId,
      reason: 'quality',
      lineIds: ['l1'],
      amount: { amount: 100, currency: 'NOK' },
      message: 'Both.',
    });
    expect(both.status).toBe(422);
    const unknownLine = await postDispute(customerId, {
      invoiceId,
      reason: 'quality',
      lineIds: ['l1', 'l9'],
      message: 'Which line?',
    });
    expect(unknownLine.status).toBe(422);
    expect((await problemOf(unknownLine)).errors).toEqual([
      { path: 'lineIds.1', message: expect.stringContaining('l9') },
    ]);

    const ok = await postDispute(customerId, {
      invoiceId,
      reason: 'quality',
      amount: { amount: 50000, currency: 'NOK' },
      message: 'Half the power was missing.',
    });
    expect(ok.status).toBe(201);
    const after = await account(customerId);
    expect(after.totals.disputed).toEqual({ amount: 50000, currency: 'NOK' });
    expect(after.totals.overdue).toEqual({ amount: 99000, currency: 'NOK' });
    expect(after.stage).toBe('reminder');
    // What is left undisputed can be disputed too, but no more than that.
    const rest = await postDispute(customerId, {
      invoiceId,
      reason: 'quality',
      amount: { amount: 99001, currency: 'NOK' },
      message: 'More.',
    });
    expect(rest.status).toBe(422);
  });

  it('refuses an HTML file renamed to .pdf (415) and leaves nothing behind; the same key then works with a real PDF', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const fields: DisputeFields = { invoiceId, reason: 'other', message: 'See the attached statement.' };
    const before = await footprint();
    const key = crypto.randomUUID();
    const refused = await postDispute(
      customerId,
      fields,
      [file('statement.pdf', PDF), file('kontoutskrift.pdf', HTML, 'application/pdf')],
      key,
    );
    expect(refused.status).toBe(415);
    const problem = await problemOf(refused);
    expect(problem.code).toBe('unsupported_media_type');
    expect(problem.errors).toEqual([
      { path: 'files.1', message: expect.stringContaining('kontoutskrift.pdf') },
    ]);
    expect(await footprint()).toEqual(before);

    const accepted = await postDispute(customerId, fields, [file('statement.pdf', PDF)], key);
    expect(accepted.status).toBe(201);
    const after = await footprint();
    expect(after.disputes).toBe(before.disputes + 1);
    expect(after.files).toBe(before.files + 1);
  });

  it('refuses too many files and a file over 10 MB (413), whole, leaving nothing behind', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const fields: DisputeFields = { invoiceId, reason: 'other', message: 'Many files.' };
    const before = await footprint();

    const six = Array.from({ length: 6 }, (_, index) => file(`scan-${index}.png`, PNG, 'image/png'));
    const tooMany = await postDispute(customerId, fields, six);
    expect(tooMany.status).toBe(413);
    expect((await problemOf(tooMany)).code).toBe('payload_too_large');
    expect(await footprint()).toEqual(before);

    const big = new Uint8Array(10 * 1024 * 1024 + 1);
    big.set(PDF);
    const oversized = await postDispute(customerId, fields, [file('ok.pdf', PDF), file('huge.pdf', big)]);
    expect(oversized.status).toBe(413);
    expect((await problemOf(oversized)).errors).toEqual([
      { path: 'files.1', message: expect.stringContaining('huge.pdf') },
    ]);
    expect(await footprint()).toEqual(before);

    // Beyond the body limit (5 × 10 MB and room for the form) the body is refused before it is parsed.
    const nine = new Uint8Array(9.5 * 1024 * 1024);
    nine.set(PDF);
    const tooBig = await postDispute(
      customerId,
      fields,
      Array.from({ length: 6 }, (_, index) => file(`part-${index}.pdf`, nine)),
    );
    expect(tooBig.status).toBe(413);
    const limitProblem = await problemOf(tooBig);
    expect(limitProblem.code).toBe('payload_too_large');
    // The body limit's answer, not the file checks' (which name the files at fault).
    expect(limitProblem.errors).toBeUndefined();
    expect(await footprint()).toEqual(before);

    // Exactly at the limits is fine.
    const limit = new Uint8Array(10 * 1024 * 1024);
    limit.set(PDF);
    const five = [file('limit.pdf', limit), ...six.slice(0, 4)];
    const accepted = await postDispute(customerId, fields, five);
    expect(accepted.status).toBe(201);
    expect((await footprint()).files).toBe(before.files + 5);
  });

  it('leaves no file behind when the database refuses the dispute after the files were staged', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const first = await postDispute(customerId, {
      invoiceId,
      reason: 'other',
      lineIds: ['l1'],
      message: 'Line one.',
    });
    expect(first.status).toBe(201);
    const before = await footprint();

    const clash = await postDispute(
      customerId,
      { invoiceId, reason: 'other', lineIds: ['l1'], message: 'Line one again.' },
      [file('a.pdf', PDF), file('b.png', PNG, 'image/png')],
    );
    expect(clash.status).toBe(409);
    const unknownInvoice = await postDispute(
      customerId,
      { invoiceId: 'inv-nobody', reason: 'other', message: 'Whose?' },
      [file('a.pdf', PDF)],
    );
    expect(unknownInvoice.status).toBe(404);
    // Another customer's invoice is not found either, and keeps nothing.
    const other = await freshInvoice();
    const foreign = await postDispute(
      other.customerId,
      { invoiceId, reason: 'other', message: 'Not mine.' },
      [file('a.pdf', PDF)],
    );
    expect(foreign.status).toBe(404);
    expect(await footprint()).toEqual(before);
  });

  it('answers malformed requests with a 4xx problem and keeps nothing', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const before = await footprint();
    const token = await client.token(customerId);
    const send = (init: RequestInit & { headers?: Record<string, string> }) =>
      client.app.request('/v1/disputes', {
        method: 'POST',
        ...init,
        headers: {
          Authorization: `Bearer ${token}`,
          'Idempotency-Key': crypto.randomUUID(),
          ...init.headers,
        },
      });

    const json = await send({
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ invoiceId, reason: 'other', message: 'JSON' }),
    });
    expect(json.status).toBe(415);
    const garbage = await send({
      headers: { 'Content-Type': 'multipart/form-data; boundary=x' },
      body: 'this is not multipart',
    });
    expect(garbage.status).toBe(400);
    expect((await problemOf(garbage)).code).toBe('invalid_request');

    const noKey = await client.app.request('/v1/disputes', {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}` },
      body: disputeFormData({ invoiceId, reason: 'other', message: 'No key' }),
    });
    expect(noKey.status).toBe(400);
    expect((await problemOf(noKey)).code).toBe('idempotency_key_required');

    const form = disputeFormData({ invoiceId, reason: 'other', message: 'x' });
    form.append('unexpected', 'field');
    form.set('reason', 'bored');
    const invalid = await send({ body: form });
    expect(invalid.status).toBe(400);
    const paths = (await problemOf(invalid)).errors?.map((error) => error.path).sort();
    expect(paths).toEqual(['reason', 'unexpected']);

    const blank = await send({ body: disputeFormData({ invoiceId, reason: 'other', message: '   ' }) });
    expect(blank.status).toBe(400);
    const textAsFile = disputeFormData({ invoiceId, reason: 'other', message: 'x' });
    textAsFile.append('files', 'not a file');
    expect((await send({ body: textAsFile })).status).toBe(400);
    const empty = await postDispute(customerId, { invoiceId, reason: 'other', message: 'x' }, [
      file('empty.pdf', new Uint8Array()),
    ]);
    expect(empty.status).toBe(400);

    expect((await client.admin('POST', '/v1/disputes', undefined)).status).toBe(401);
    expect(await footprint()).toEqual(before);
  });

  it('makes one dispute of duplicate concurrent submissions with the same Idempotency-Key', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const before = await footprint();
    const key = crypto.randomUUID();
    const fields: DisputeFields = { invoiceId, reason: 'already_paid', message: 'Paid on 3 October.' };
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => postDispute(customerId, fields, [file('kvittering.pdf', PDF)], key)),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(8).fill(201));
    const ids = new Set(
      await Promise.all(responses.map(async (response) => Dispute.parse(await response.json()).id)),
    );
    expect(ids.size).toBe(1);
    expect(
      responses.filter((response) => response.headers.get('Idempotent-Replayed') === 'true'),
    ).toHaveLength(7);
    const after = await footprint();
    expect(after.disputes - before.disputes).toBe(1);
    expect(after.attachments - before.attachments).toBe(1);
    expect(after.files - before.files).toBe(1);
    expect(after.outbox - before.outbox).toBe(1);

    // The same key with another body is refused, not replayed.
    const mismatch = await postDispute(customerId, { ...fields, message: 'Something else' }, [], key);
    expect(mismatch.status).toBe(409);
    expect((await problemOf(mismatch)).code).toBe('idempotency_mismatch');
  });

  it('makes one dispute of concurrent submissions of the same invoice under different keys (a double click)', async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const before = await footprint();
    const responses = await Promise.all(
      Array.from({ length: 6 }, () =>
        postDispute(customerId, { invoiceId, reason: 'not_ordered', message: 'Not ordered.' }, [
          file('a.pdf', PDF),
        ]),
      ),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409]);
    const after = await footprint();
    expect(after.disputes - before.disputes).toBe(1);
    expect(after.files - before.files).toBe(1);
    expect(after.pendingIdempotencyKeys).toBe(0);
  });

  it("lets the creditor read any customer's dispute and download each file as uploaded, never inline", async () => {
    const { customerId, invoiceId } = await freshInvoice();
    const opened = Dispute.parse(
      await (
        await postDispute(customerId, { invoiceId, reason: 'other', message: 'See the files.' }, [
          file('avtale "mai".pdf', PDF),
          file('kvittering.png', PNG, 'image/png'),
        ])
      ).json(),
    );

    const read = await client.admin('GET', `/v1/admin/disputes/${opened.id}`);
    expect(read.status).toBe(200);
    expect(Dispute.parse(await read.json())).toEqual(opened);

    for (const [attachment, bytes] of [
      [opened.attachments[0]!, PDF],
      [opened.attachments[1]!, PNG],
    ] as const) {
      const download = await client.admin(
        'GET',
        `/v1/admin/disputes/${opened.id}/attachments/${attachment.id}`,
      );
      expect(download.status).toBe(200);
      expect(download.headers.get('content-type')).toBe(attachment.type);
      expect(download.headers.get('content-disposition')).toBe(
        `attachment; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
      );
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-security-policy')).toContain("default-src 'none'");
      const body = new Uint8Array(await download.arrayBuffer());
      expect(Buffer.from(body).equals(Buffer.from(bytes))).toBe(true);
    }

    // Only the creditor, and only the files of that dispute.
    const asCustomer = await client.customer(
      customerId,
      'GET',
      `/v1/admin/disputes/${opened.id}/attachments/${opened.attachments[0]!.id}`,
    );
    expect(asCustomer.status).toBe(401);
    const stranger = await freshInvoice();
    const other = Dispute.parse(
      await (
        await postDispute(stranger.customerId, {
          invoiceId: stranger.invoiceId,
          reason: 'not_received',
          message: 'Never came.',
        })
      ).json(),
    );
    const crossed = await client.admin(
      'GET',
      `/v1/admin/disputes/${other.id}/attachments/${opened.attachments[0]!.id}`,
    );
    expect(crossed.status).toBe(404);
    await problemOf(crossed);
    expect((await client.admin('GET', '/v1/admin/disputes/dsp-missing')).status).toBe(404);
    expect(
      (await client.admin('GET', `/v1/admin/disputes/${opened.id}/attachments/..%2F..%2Fetc`)).status,
    ).toBe(400);
  });

  describe('the creditor answers', () => {
    async function decide(disputeId: string, body: unknown): Promise<Response> {
      return client.admin('POST', `/v1/admin/disputes/${disputeId}/decision`, body);
    }

    it('credits the disputed line: the outstanding amount drops by the credit and the dispute shows the answer', async () => {
      const { customerId, invoiceId } = await freshInvoice();
      const opened = Dispute.parse(
        await (
          await postDispute(customerId, {
            invoiceId,
            reason: 'wrong_amount',
            lineIds: ['l2'],
            message: 'Fee.',
          })
        ).json(),
      );
      const tooMuch = await decide(opened.id, {
        outcome: 'credited',
        message: 'Sorry.',
        creditAmount: { amount: 149001, currency: 'NOK' },
      });
      expect(tooMuch.status).toBe(422);
      const answered = await decide(opened.id, {
        outcome: 'credited',
        message: 'You are right; the fixed fee is credited.',
        creditAmount: { amount: 4900, currency: 'NOK' },
      });
      expect(answered.status).toBe(200);
      const dispute = Dispute.parse(await answered.json());
      expect(dispute.status).toBe('resolved');
      expect(dispute.resolution).toMatchObject({
        outcome: 'credited',
        message: 'You are right; the fixed fee is credited.',
        creditAmount: { amount: 4900, currency: 'NOK' },
      });

      const seen = Dispute.parse(
        await (await client.customer(customerId, 'GET', `/v1/disputes/${opened.id}`)).json(),
      );
      expect(seen.resolution?.outcome).toBe('credited');
      const after = await account(customerId);
      expect(after.totals.open).toEqual({ amount: 144100, currency: 'NOK' });
      expect(after.totals.disputed).toEqual({ amount: 0, currency: 'NOK' });
      expect(after.disputes).toEqual([]);
      expect(after.invoices.find((invoice) => invoice.id === invoiceId)?.outstanding).toEqual({
        amount: 144100,
        currency: 'NOK',
      });

      expect((await decide(opened.id, { outcome: 'upheld', message: 'Twice?' })).status).toBe(409);
      const timeline = CustomerTimeline.parse(
        await (await client.admin('GET', `/v1/admin/customers/${customerId}/timeline`)).json(),
      );
      expect(timeline.entries.map((entry) => entry.type)).toContain('dispute.resolved');
    });

    it('upholds a whole-invoice dispute: the stage engine takes the invoice up again', async () => {
      const { customerId, invoiceId } = await freshInvoice();
      const opened = Dispute.parse(
        await (
          await postDispute(customerId, { invoiceId, reason: 'not_received', message: 'Nothing came.' })
        ).json(),
      );
      expect((await account(customerId)).stage).toBe('paused');
      expect(
        (
          await decide(opened.id, {
            outcome: 'upheld',
            message: 'x',
            creditAmount: { amount: 1, currency: 'NOK' },
          })
        ).status,
      ).toBe(400);
      const answered = await decide(opened.id, {
        outcome: 'upheld',
        message: 'The meter shows delivery on 30 September.',
      });
      expect(answered.status).toBe(200);
      const after = await account(customerId);
      expect(after.stage).toBe('reminder');
      expect(after.totals.open).toEqual({ amount: 149000, currency: 'NOK' });
      expect(after.totals.overdue).toEqual({ amount: 149000, currency: 'NOK' });
      const timeline = CustomerTimeline.parse(
        await (await client.admin('GET', `/v1/admin/customers/${customerId}/timeline`)).json(),
      );
      // The last two moves: into the pause when the dispute opened, out of it on the answer.
      const changes = timeline.entries
        .filter((entry) => entry.type === 'stage.changed')
        .map((entry) => entry.data)
        .slice(-2);
      expect(changes).toEqual([
        expect.objectContaining({ from: 'reminder', to: 'paused', pauseReason: 'dispute' }),
        expect.objectContaining({ from: 'paused', to: 'reminder' }),
      ]);
      // Once answered, the dispute no longer stands in the way of a new one.
      const again = await postDispute(customerId, {
        invoiceId,
        reason: 'not_received',
        message: 'Still nothing.',
      });
      expect(again.status).toBe(201);
    });

    it('answers 404 for an unknown dispute and requires the admin key', async () => {
      expect((await decide('dsp_missing', { outcome: 'upheld', message: 'x' })).status).toBe(404);
      const { customerId } = await freshInvoice();
      const asCustomer = await client.customer(
        customerId,
        'POST',
        '/v1/admin/disputes/dsp_missing/decision',
        {
          outcome: 'upheld',
          message: 'x',
        },
      );
      expect(asCustomer.status).toBe(401);
    });
  });

  it('gives every dispute its own reference', async () => {
    const references = new Set<string>();
    for (let index = 0; index < 5; index += 1) {
      const { customerId, invoiceId } = await freshInvoice();
      const dispute = Dispute.parse(
        await (
          await postDispute(customerId, { invoiceId, reason: 'other', message: `Number ${index}` })
        ).json(),
      );
      references.add(dispute.reference);
    }
    expect(references.size).toBe(5);
  });
});
