import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

/** Staged bytes older than this are leftovers of a process that died mid-request. */
export const STALE_STAGING_MS = 60 * 60 * 1000;

/**
 * Bytes kept outside the database (dispute attachments), behind a small interface so that a
 * directory (the default) and S3-compatible storage can stand in for each other.
 *
 * Writes happen in two steps so that a refused or failed request leaves nothing behind: `stage()`
 * writes under a temporary name that no key reaches, and the staged blob is `commit()`ted to its
 * key only as the last step of the database transaction that refers to it (and `discard()`ed if
 * that transaction does not commit).
 */
export interface BlobStore {
  /** Writes `bytes` under a temporary name; `read` cannot see them until committed. */
  stage(bytes: Uint8Array): Promise<StagedBlob>;
  /** The bytes stored under `key`, or `undefined` when there are none. */
  read(key: string): Promise<Uint8Array | undefined>;
  /** Removes `key`; removing a missing key is not an error. */
  delete(key: string): Promise<void>;
  /** Every committed key, sorted (for tests and sweeps). */
  list(): Promise<string[]>;
}

/** Bytes written by {@link BlobStore.stage}, not yet visible under a key. */
export interface StagedBlob {
  /** Makes the bytes visible under `key` (atomically: a reader sees all of them or none). */
  commit(key: string): Promise<void>;
  /** Removes the staged bytes, or the committed ones if `commit` already ran. Never throws. */
  discard(): Promise<void>;
}

const KEY_SEGMENT = /^[A-Za-z0-9_-][A-Za-z0-9._-]{0,127}$/;

/**
 * Checks a blob key: `/`-separated segments of letters, digits, `.`, `_` and `-`, none starting
 * with a dot, so that no key can climb out of the store's directory.
 * @throws TypeError for any other key.
 */
export function assertBlobKey(key: string): void {
  const segments = key.split('/');
  if (
    segments.length === 0 ||
    segments.length > 8 ||
    !segments.every((segment) => KEY_SEGMENT.test(segment))
  ) {
    throw new TypeError(`Not a valid blob key: ${JSON.stringify(key)}`);
  }
}

/** A key segment for any text: itself when it is already safe, else its hex spelling. */
export function blobKeySegment(text: string): string {
  return KEY_SEGMENT.test(text) && text.length <= 64
    ? text
    : `x${Buffer.from(text, 'utf8').toString('hex').slice(0, 120)}`;
}

/**
 * Where attachments live unless `AMICABLE_BLOB_DIR` (`Config.blobDir`) says otherwise: next to an
 * SQLite file as `<file>-blobs` (like SQLite's own `-wal` and `-shm` files, so the database and its
 * attachments are backed up and moved together); a per-process temporary directory for an
 * in-memory database; `.amicable/blobs` under the working directory for PostgreSQL.
 */
export function defaultBlobDir(databaseUrl: string): string {
  if (databaseUrl.startsWith('sqlite:')) {
    const path = databaseUrl.slice('sqlite:'.length).replace(/^\/\/(?=\/)/, '');
    if (path === '' || path === ':memory:') return join(tmpdir(), `amicable-blobs-${process.pid}`);
    return `${resolve(path)}-blobs`;
  }
  return resolve('.amicable', 'blobs');
}

/**
 * A {@link BlobStore} in a directory: committed blobs under `objects/<key>`, staged ones under
 * `staging/` (same file system, so committing is a `rename`). Files are written with mode 0600
 * and flushed to disk before they are committed. Staged files left by a crashed process are
 * swept on the first `stage()` after start.
 */
export class DirectoryBlobStore implements BlobStore {
  readonly root: string;
  readonly #objects: string;
  readonly #staging: string;
  #swept: Promise<void> | undefined;

  constructor(root: string) {
    this.root = resolve(root);
    this.#objects = join(this.root, 'objects');
    this.#staging = join(this.root, 'staging');
  }

  async stage(bytes: Uint8Array): Promise<StagedBlob> {
    await mkdir(this.#staging, { recursive: true, mode: 0o700 });
    // Once per process, before the first write: cheap (one directory listing) and never fatal.
    this.#swept ??= this.#sweepStaging().catch(() => undefined);
    await this.#swept;
    const stagedPath = join(
      this.#staging,
      `${Date.now().toString(36)}-${randomBytes(12).toString('hex')}.part`,
    );
    const handle = await open(stagedPath, constants.O_CREAT | constants.O_EXCL | constants.O_WRONLY, 0o600);
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } catch (error) {
      await handle.close().catch(() => undefined);
      await rm(stagedPath, { force: true }).catch(() => undefined);
      throw error;
    }
    await handle.close();
    let committedPath: string | undefined;
    return {
      commit: async (key) => {
        const target = this.#pathOf(key);
        await mkdir(dirname(target), { recursive: true, mode: 0o700 });
        await rename(stagedPath, target);
        committedPath = target;
      },
      discard: async () => {
        await rm(stagedPath, { force: true }).catch(() => undefined);
        if (committedPath) await rm(committedPath, { force: true }).catch(() => undefined);
      },
    };
  }

  async read(key: string): Promise<Uint8Array | undefined> {
    try {
      return new Uint8Array(await readFile(this.#pathOf(key)));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async delete(key: string): Promise<void> {
    await rm(this.#pathOf(key), { force: true });
  }

  async list(): Promise<string[]> {
    let entries: string[];
    try {
      entries = await readdir(this.#objects, { recursive: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
    const keys: string[] = [];
    for (const entry of entries) {
      const path = join(this.#objects, entry);
      if ((await stat(path)).isFile()) keys.push(entry.split(sep).join('/'));
    }
    return keys.sort();
  }

  #pathOf(key: string): string {
    assertBlobKey(key);
    const path = resolve(this.#objects, ...key.split('/'));
    // Belt and braces: assertBlobKey already rules out `..`.
    if (relative(this.#objects, path).startsWith('..')) throw new TypeError(`Not a valid blob key: ${key}`);
    return path;
  }

  async #sweepStaging(): Promise<void> {
    const cutoff = Date.now() - STALE_STAGING_MS;
    for (const name of await readdir(this.#staging)) {
      const path = join(this.#staging, name);
      const info = await stat(path).catch(() => undefined);
      if (info?.isFile() && info.mtimeMs < cutoff) await rm(path, { force: true }).catch(() => undefined);
    }
  }
}
