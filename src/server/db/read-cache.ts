import { dataVersion } from './index';
import type { Queryable } from './schema';

/** How many results one database's read cache keeps (least recently used go first). */
export const DEFAULT_READ_CACHE_SIZE = 500;

// Every object holding other objects that `deepFreeze` froze, so that `isDeepFrozen` can vouch for
// everything inside it too (`Object.isFrozen` speaks for the object itself only). Objects holding
// none (rows, amounts: most of a result) speak for themselves once frozen, and are not recorded:
// recording costs more than freezing.
const deeplyFrozen = new WeakSet<object>();

function holdsObjects(value: object): boolean {
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    if (child !== null && typeof child === 'object') return true;
  }
  return false;
}

/** Freezes a result and everything in it, so no reader can change what the next one gets. */
export function deepFreeze<T>(value: T): T {
  if (value === null || typeof value !== 'object' || deeplyFrozen.has(value)) return value;
  Object.freeze(value);
  let holds = false;
  for (const key of Reflect.ownKeys(value)) {
    const child = (value as Record<PropertyKey, unknown>)[key];
    if (child !== null && typeof child === 'object') {
      holds = true;
      deepFreeze(child);
    }
  }
  if (holds) deeplyFrozen.add(value);
  return value;
}

/** Whether `value` went through {@link deepFreeze}: it and everything in it can never change. */
export function isDeepFrozen(value: unknown): boolean {
  if (typeof value !== 'object' || value === null) return false;
  return deeplyFrozen.has(value) || (Object.isFrozen(value) && !holdsObjects(value));
}

/** What {@link memoizeOnFrozen} remembers for one key. */
export interface Memo<V> {
  inputs: readonly unknown[];
  value: V;
}

/**
 * `compute()` once per immutable `key` and `inputs`: when `key` and every object among `inputs`
 * are deeply frozen (results of a {@link ReadCache}), the value computed from them before is
 * handed out again, itself deeply frozen. Anything else is computed afresh each time.
 */
export function memoizeOnFrozen<K extends object, V>(
  memos: WeakMap<K, Memo<V>>,
  key: K,
  inputs: readonly unknown[],
  compute: () => V,
): V {
  const immutable =
    isDeepFrozen(key) &&
    inputs.every((input) => typeof input !== 'object' || input === null || isDeepFrozen(input));
  if (!immutable) return compute();
  const memo = memos.get(key);
  if (memo && memo.inputs.length === inputs.length && memo.inputs.every((input, i) => input === inputs[i])) {
    return memo.value;
  }
  const value = deepFreeze(compute());
  memos.set(key, { inputs, value });
  return value;
}

/**
 * Results of reads computed under one data version of one database (see `dataVersion` in
 * `./index`). A new version empties it: nothing computed before a write is served after it.
 */
export class VersionedCache<V> {
  readonly #limit: number;
  #version: string | undefined;
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  readonly #entries = new Map<string, V>();

  constructor(limit = DEFAULT_READ_CACHE_SIZE) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(version: string, key: string): V | undefined {
    if (version !== this.#version) return undefined;
    const value = this.#entries.get(key);
    if (value !== undefined) {
      this.#entries.delete(key);
      this.#entries.set(key, value);
    }
    return value;
  }

  set(version: string, key: string, value: V): void {
    if (version !== this.#version) {
      this.#entries.clear();
      this.#version = version;
    }
    this.#entries.delete(key);
    this.#entries.set(key, value);
    if (this.#entries.size > this.#limit) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}

/**
 * A read cache per database: `read(db, key, compute)` answers from the cache while `db`'s data
 * version is the one the result was computed under, and computes otherwise. Results are frozen.
 * Only a database that can tell its data version caches (SQLite opened by `openDatabase`); a
 * transaction or PostgreSQL always computes. A result is kept only when the version did not
 * move while it was computed, so a read that raced a write is never served again.
 */
export class ReadCache<V> {
  readonly #limit: number;
  readonly #caches = new WeakMap<Queryable, VersionedCache<V>>();

  constructor(limit = DEFAULT_READ_CACHE_SIZE) {
    this.#limit = limit;
  }

  async read(db: Queryable, key: string, compute: () => Promise<V>): Promise<V> {
    const version = dataVersion(db);
    if (version === undefined) return compute();
    let cache = this.#caches.get(db);
    if (!cache) {
      cache = new VersionedCache<V>(this.#limit);
      this.#caches.set(db, cache);
    }
    const cached = cache.get(version, key);
    if (cached !== undefined) return cached;
    const value = deepFreeze(await compute());
    if (dataVersion(db) === version) cache.set(version, key, value);
    return value;
  }
}
