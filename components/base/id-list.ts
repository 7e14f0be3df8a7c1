import type { ComplexAttributeConverter } from 'lit';
import { Id } from '../../src/contract/primitives';

/**
 * What a list-of-ids property (`invoices`, `lines`) takes from a host page: a string of ids
 * separated by commas and/or white space (`"inv-1, inv-2"`), or an array of ids (`['inv-1',
 * 'inv-2']`). React 19 and Vue set the property once the element is defined and the attribute
 * before, so both forms must mean the same. `null` or `undefined` is the empty list.
 */
export type IdListInput = string | readonly string[] | null | undefined;

/** The ids found in an `IdListInput`, and the entries left out because they are not ids. */
export interface NormalisedIdList {
  /** Valid ids, each once, in the order first given. */
  ids: string[];
  /** What was left out: entries that are not an `Id` (`src/contract/primitives.ts`), or not strings. */
  rejected: string[];
}

const SEPARATOR = /[\s,]+/;
const EMPTY: readonly string[] = Object.freeze([]);

/**
 * Reads a list of ids leniently and never throws. A string is split at commas and white space
 * (`'a, b'` and `'a b'` are `['a', 'b']`); an array's entries are ids each, trimmed (an entry
 * `'a b'` is one bad entry, not two ids, so a mistake never turns into someone else's id). Empty
 * pieces and repeats are dropped; what is not an `Id`, or not a string, is set aside in `rejected`.
 */
export function normaliseIdList(value: unknown): NormalisedIdList {
  const ids: string[] = [];
  const rejected: string[] = [];
  const entries: readonly unknown[] =
    typeof value === 'string'
      ? value.split(SEPARATOR)
      : Array.isArray(value)
        ? value
        : value == null
          ? []
          : [value];
  for (const entry of entries) {
    const id = typeof entry === 'string' ? entry.trim() : undefined;
    if (id === '') continue;
    if (id === undefined || !Id.safeParse(id).success) rejected.push(id ?? describe(entry));
    else if (!ids.includes(id)) ids.push(id);
  }
  return { ids, rejected };
}

function describe(value: unknown): string {
  // `String()` would call a host object's own `toString`, which may throw.
  if (value !== null && (typeof value === 'object' || typeof value === 'function')) {
    return Object.prototype.toString.call(value);
  }
  return String(value);
}

/**
 * The attribute converter of a list-of-ids property. The attribute's text goes to the property's
 * setter as it is: the setter (`IdList.set`) reads it, so attribute and property follow one rule and
 * warn in one place. Written back (where reflected) as ids joined by commas.
 */
export const idListConverter: ComplexAttributeConverter<IdListInput> = {
  fromAttribute: (value) => value,
  toAttribute: (value) => normaliseIdList(value).ids.join(','),
};

/** Warnings already given, so a framework setting the same bad list on every render warns once. */
const warned = new Set<string>();

/**
 * The value behind one list-of-ids property of an element. It always reads back as a frozen
 * `string[]` of valid ids, and keeps the same array while the ids stay the same, so Lit sees no
 * change (and nothing loads again) when a framework sets an equal new array on every render.
 * Entries that are not ids are left out with one `console.warn` (not an `amicable-error`: the
 * element still works with the rest), never an exception into the host page.
 *
 * ```ts
 * readonly #invoices = new IdList(this, 'invoices');
 * @property({ converter: idListConverter })
 * get invoices(): readonly string[] { return this.#invoices.ids; }
 * set invoices(value: IdListInput) { this.#invoices.set(value); }
 * ```
 */
export class IdList {
  readonly #host: Element;
  readonly #property: string;
  #ids: readonly string[] = EMPTY;

  constructor(host: Element, property: string) {
    this.#host = host;
    this.#property = property;
  }

  /** The ids, valid and each once, in the order given. */
  get ids(): readonly string[] {
    return this.#ids;
  }

  /** Takes a new value (string, array, `null`); what is not an id is left out with a warning. */
  set(value: unknown): void {
    const { ids, rejected } = normaliseIdList(value);
    if (rejected.length > 0) {
      const message =
        `Amicable <${this.#host.localName}>: \`${this.#property}\` left out ${rejected.map((entry) => JSON.stringify(entry)).join(', ')}: ` +
        'an id is 1–64 letters, digits or . _ : - (give a string separated by commas or spaces, or an array of strings)';
      if (!warned.has(message)) {
        warned.add(message);
        console.warn(message);
      }
    }
    if (ids.length !== this.#ids.length || ids.some((id, index) => id !== this.#ids[index])) {
      this.#ids = ids.length === 0 ? EMPTY : Object.freeze(ids);
    }
  }
}
