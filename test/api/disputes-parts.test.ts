import { mkdtempSync, readdirSync, rmSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  assertBlobKey,
  blobKeySegment,
  DirectoryBlobStore,
  defaultBlobDir,
  STALE_STAGING_MS,
} from '../../src/server/blob-store';
import {
  isDisputeReference,
  newDisputeReference,
  REFERENCE_ALPHABET,
} from '../../src/server/disputes/reference';
import { cleanFileName, MAX_FILE_NAME_LENGTH } from '../../src/server/disputes/upload';

describe('DirectoryBlobStore', () => {
  let root: string;
  let store: DirectoryBlobStore;
  const bytes = new TextEncoder().encode('%PDF-1.4 hello');

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'amicable-blob-store-'));
    store = new DirectoryBlobStore(root);
  });

  afterEach(() => {
    rmSync(root, { recursive: true, force: true });
  });

  it('keeps staged bytes out of sight until committed, then serves them under their key', async () => {
    const staged = await store.stage(bytes);
    expect(await store.list()).toEqual([]);
    expect(readdirSync(join(root, 'staging'))).toHaveLength(1);
    await staged.commit('fjordlys/disputes/dsp_1/att_1');
    expect(await store.list()).toEqual(['fjordlys/disputes/dsp_1/att_1']);
    expect(await store.read('fjordlys/disputes/dsp_1/att_1')).toEqual(bytes);
    expect(readdirSync(join(root, 'staging'))).toEqual([]);
  });

  it('discards staged bytes, and committed ones too, so a failed write leaves nothing', async () => {
    const staged = await store.stage(bytes);
    await staged.discard();
    const committed = await store.stage(bytes);
    await committed.commit('a/b');
    await committed.discard();
    expect(await store.list()).toEqual([]);
    expect(readdirSync(join(root, 'staging'))).toEqual([]);
    expect(await store.read('a/b')).toBeUndefined();
    // Discarding twice, or after the file is gone, does not throw.
    await committed.discard();
  });

  it('deletes, and refuses keys that could leave its directory', async () => {
    const staged = await store.stage(bytes);
    await staged.commit('x/y');
    await store.delete('x/y');
    await store.delete('x/y');
    expect(await store.list()).toEqual([]);
    for (const key of ['', '../etc/passwd', 'a/../../b', '/abs', 'a//b', '.hidden', 'a/.git', 'a\\b', 'ä']) {
      expect(() => assertBlobKey(key), key).toThrow(TypeError);
      await expect(store.read(key)).rejects.toThrow(TypeError);
    }
    expect(blobKeySegment('fjordlys')).toBe('fjordlys');
    expect(() => assertBlobKey(blobKeySegment('../Kreditor AS'))).not.toThrow();
  });

  it('sweeps staged files a crashed process left behind, but not fresh ones', async () => {
    const old = await store.stage(bytes);
    const [name] = readdirSync(join(root, 'staging'));
    const past = (Date.now() - STALE_STAGING_MS - 60_000) / 1000;
    utimesSync(join(root, 'staging', name!), past, past);
    // A new store (a restarted process) sweeps on its first write.
    const restarted = new DirectoryBlobStore(root);
    const fresh = await restarted.stage(bytes);
    const left = readdirSync(join(root, 'staging'));
    expect(left).toHaveLength(1);
    expect(left[0]).not.toBe(name);
    await fresh.discard();
    await old.discard();
  });

  it('lives next to the SQLite file unless AMICABLE_BLOB_DIR says otherwise (see config.test.ts)', () => {
    expect(defaultBlobDir('sqlite:/data/amicable.db')).toBe('/data/amicable.db-blobs');
    expect(defaultBlobDir('sqlite::memory:')).toContain(tmpdir());
    expect(defaultBlobDir('postgres://u:p@h/db')).toMatch(/\.amicable[/\\]blobs$/);
  });
});

describe('dispute references', () => {
  it('look like D-7K3M-Q2 and use only characters that cannot be misread', () => {
    for (const banned of '01ILOUV') expect(REFERENCE_ALPHABET).not.toContain(banned);
    const seen = new Set<string>();
    for (let index = 0; index < 2_000; index += 1) {
      const reference = newDisputeReference();
      expect(isDisputeReference(reference), reference).toBe(true);
      seen.add(reference);
    }
    // 2 000 draws from 29⁶ values: a clash would be a one-in-a-hundred-thousand event.
    expect(seen.size).toBeGreaterThan(1_990);
    expect(newDisputeReference(() => 0)).toBe('D-2222-22');
    expect(newDisputeReference((max) => max - 1)).toBe('D-ZZZZ-ZZ');
    expect(isDisputeReference('D-7K3M-Q0')).toBe(false);
  });
});

describe('cleanFileName', () => {
  it.each([
    ['kvittering.pdf', 'application/pdf', 'kvittering.pdf'],
    ['C:\\Users\\kari\\Desktop\\faktura.PDF', 'application/pdf', 'faktura.pdf'],
    ['../../etc/passwd', 'application/pdf', 'passwd.pdf'],
    ['bilde.jpeg', 'image/jpeg', 'bilde.jpeg'],
    ['skjermbilde.png', 'image/jpeg', 'skjermbilde.jpg'],
    ['scan.pdf.exe', 'application/pdf', 'scan.pdf.exe.pdf'],
    ['invoice\u202Efdp.exe', 'application/pdf', 'invoicefdp.exe.pdf'],
    ['  ...hidden  ', 'image/png', 'hidden.png'],
    ['a<b>c:"d"|e?*.pdf', 'application/pdf', 'a_b_c__d__e__.pdf'],
    ['line\nbreak\ttab.pdf', 'application/pdf', 'linebreaktab.pdf'],
    ['', 'image/png', 'attachment.png'],
    ['.pdf', 'application/pdf', 'pdf.pdf'],
  ] as const)('%j as %s → %j', (raw, type, expected) => {
    expect(cleanFileName(raw, type)).toBe(expected);
  });

  it('keeps long names within the limit without splitting a character', () => {
    const name = cleanFileName(`${'ø'.repeat(80)}${'😀'.repeat(80)}.pdf`, 'application/pdf');
    expect(Array.from(name).length).toBeLessThanOrEqual(MAX_FILE_NAME_LENGTH);
    expect(name.endsWith('😀.pdf')).toBe(true);
    // No lone surrogate: the name survives a round trip through UTF-8.
    expect(Buffer.from(name, 'utf8').toString('utf8')).toBe(name);
  });
});
