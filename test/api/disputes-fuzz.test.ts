import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { backends, type TestClient, testClient, testConfig, useDatabase } from './setup';

const encoder = new TextEncoder();
const magic = {
  pdf: encoder.encode('%PDF-1.7\n'),
  png: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  jpeg: new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
  html: encoder.encode('<html>'),
  gif: encoder.encode('GIF89a'),
};

const text = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'inv-2025-0042',
    'l1',
    'l2',
    'other',
    'wrong_amount',
    '{"amount":100,"currency":"NOK"}',
  ),
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 10 }),
);

/** A part of a dispute form: a known or unknown field name with text, or a file with any bytes and name. */
const part = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(fc.constantFrom('invoiceId', 'reason', 'message', 'lineIds', 'amount', 'extra'), text)
      .map(([name, value]) => ({ kind: 'text' as const, name, value })),
  },
  {
    weight: 2,
    arbitrary: fc
      .record({
        name: fc.constantFrom('files', 'files', 'attachment'),
        fileName: fc.oneof(text, fc.constantFrom('../x.pdf', 'a\u202Efdp.exe', 'CON', '.pdf')),
        head: fc.constantFrom(...Object.values(magic)),
        body: fc.uint8Array({ maxLength: 64 }),
        type: fc.constantFrom('application/pdf', 'image/png', 'text/html', ''),
      })
      .map((file) => ({ kind: 'file' as const, ...file })),
  },
);

/** A valid dispute, so that mutations also reach the checks behind the first one. */
const validParts = [
  { kind: 'text' as const, name: 'invoiceId', value: 'inv-2025-0042' },
  { kind: 'text' as const, name: 'reason', value: 'wrong_amount' },
  { kind: 'text' as const, name: 'message', value: 'The fee is wrong' },
];

describe.each(backends)('POST /v1/disputes with random multipart bodies (fast-check) on $name', (backend) => {
  const database = useDatabase(backend);
  let client: TestClient;
  let token: string;
  let blobDir: string;

  beforeAll(async () => {
    blobDir = mkdtempSync(join(tmpdir(), 'amicable-blobs-fuzz-'));
    client = testClient(database.current.db, { creditorId: 'fjordlys', config: testConfig({ blobDir }) });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    await client.admin('PUT', '/v1/admin/customers/cust-1001', KARI);
    await client.admin('PUT', '/v1/admin/invoices/inv-2025-0042', INVOICE_0042);
    token = await client.token('cust-1001');
  });

  afterAll(() => {
    if (blobDir) rmSync(blobDir, { recursive: true, force: true });
  });

  it('answers 201 or a 4xx problem, and a refusal keeps no row and no file', async () => {
    const { db } = database.current;
    const count = async () =>
      Number(
        (
          await db
            .selectFrom('attachments')
            .select((eb) => eb.fn.countAll().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const files = () =>
      (readdirSync(blobDir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[]).filter(
        (entry) => entry.isFile(),
      ).length;

    let created = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.array(part, { maxLength: 8 }),
          fc.array(part, { maxLength: 4 }).map((extra) => [...validParts, ...extra]),
        ),
        async (parts) => {
          const form = new FormData();
          for (const entry of parts) {
            if (entry.kind === 'text') form.append(entry.name, entry.value);
            else {
              const bytes = new Uint8Array(entry.head.length + entry.body.length);
              bytes.set(entry.head);
              bytes.set(entry.body, entry.head.length);
              form.append(entry.name, new File([bytes], entry.fileName, { type: entry.type }));
            }
          }
          const attachmentsBefore = await count();
          const filesBefore = files();
          const response = await client.app.request('/v1/disputes', {
            method: 'POST',
            headers: { Authorization: `Bearer ${token}`, 'Idempotency-Key': crypto.randomUUID() },
            body: form,
          });
          expect(response.status).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get('content-type')).toContain('application/problem+json');
            expect(typeof (await response.json()).code).toBe('string');
            expect(await count()).toBe(attachmentsBefore);
            expect(files()).toBe(filesBefore);
          } else {
            expect(response.status).toBe(201);
            created += 1;
            // Every stored attachment has exactly one file.
            expect(files() - filesBefore).toBe((await count()) - attachmentsBefore);
            // Let the next run find the invoice disputable again.
            const { id } = await response.json();
            await client.admin('POST', `/v1/admin/disputes/${id}/decision`, {
              outcome: 'upheld',
              message: 'fuzz',
            });
          }
        },
      ),
      { numRuns: 150 },
    );
    expect(await count()).toBe(files());
    // The property reached past validation into the database too, not only refusals.
    expect(created).toBeGreaterThan(0);
  });
});
