import { de } from '../../../src/client/i18n/de';
import { en } from '../../../src/client/i18n/en';
import type { BannerCopy, BannerParams, Messages, SupportedLocale } from '../../../src/client/i18n/messages';
import { nb } from '../../../src/client/i18n/nb';
import { nl } from '../../../src/client/i18n/nl';
import type { Formality, PauseReason, ToneStyle } from '../../../src/contract/primitives';

/** The four catalogs, loaded statically so tests see them all at once. */
export const catalogs: Readonly<Record<SupportedLocale, Messages>> = { en, nb, nl, de };
export const locales = Object.keys(catalogs) as SupportedLocale[];
export const styles: readonly ToneStyle[] = ['direct', 'indirect'];
export const formalities: readonly Formality[] = ['formal', 'informal'];
export const pauseReasons: readonly PauseReason[] = ['dispute', 'plan', 'promise', 'creditor'];

/** Stages that never mention collection, courts or bailiffs. */
export const earlyStages = ['upcoming', 'reminder', 'firm'] as const;

/** A banner stage: one of the notice stages or `paused.<reason>`. */
export type BannerStageKey =
  | 'upcoming'
  | 'reminder'
  | 'firm'
  | 'final'
  | 'collection'
  | `paused.${PauseReason}`
  /** Paused for a plan the creditor has not answered yet. */
  | 'planPending';

export const bannerStages: readonly BannerStageKey[] = [
  'upcoming',
  'reminder',
  'firm',
  'final',
  'collection',
  ...pauseReasons.map((reason) => `paused.${reason}` as const),
  'planPending',
];

export function bannerFor(
  messages: Messages,
  stage: BannerStageKey,
  style: ToneStyle,
  formality: Formality,
): BannerCopy {
  const set =
    stage === 'planPending'
      ? messages.banner.planPending
      : stage.startsWith('paused.')
        ? messages.banner.paused[stage.slice('paused.'.length) as PauseReason]
        : messages.banner[stage as Exclude<BannerStageKey, `paused.${string}` | 'planPending'>];
  return set[style][formality];
}

/** Parameters whose values are easy to spot and contain no capitals, no banned words. */
export const fullParams: BannerParams = {
  amount: '1 490,00 kr',
  count: 1,
  dueDate: '4. oktober 2026',
  creditor: 'fjordlys energi',
  nextDate: '25. oktober 2026',
  nextFee: '37,50 kr',
  nextAmount: '509,17 kr',
};

export const minimalParams: BannerParams = {
  amount: '1 490,00 kr',
  count: 1,
  dueDate: '4. oktober 2026',
  creditor: 'fjordlys energi',
};

export interface RenderedBanner {
  heading: string;
  body: string;
  nextStep: string;
  wayOut: string;
  all: string;
}

export function render(copy: BannerCopy, params: BannerParams): RenderedBanner {
  const heading = copy.heading(params);
  const body = copy.body(params);
  const nextStep = copy.nextStep(params);
  const wayOut = copy.wayOut(params);
  return { heading, body, nextStep, wayOut, all: [heading, body, nextStep, wayOut].join('\n') };
}

/** Every combination of locale × stage × style × formality, for `it.each`. */
export function everyBanner(): [SupportedLocale, BannerStageKey, ToneStyle, Formality][] {
  const rows: [SupportedLocale, BannerStageKey, ToneStyle, Formality][] = [];
  for (const locale of locales) {
    for (const stage of bannerStages) {
      for (const style of styles) {
        for (const formality of formalities) {
          rows.push([locale, stage, style, formality]);
        }
      }
    }
  }
  return rows;
}

/** A whole-word pattern that treats letters outside ASCII (æ, ø, ü) as letters. */
export function words(list: readonly string[], flags = ''): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${list.join('|')})(?![\\p{L}\\p{N}])`, `u${flags}`);
}

export type Leaf = 'string' | 'function';

/**
 * Every leaf of a catalog, by `/`-separated path (keys may hold dots), with its kind. Throws on
 * anything that is not an object, string or function.
 */
export function leaves(value: unknown, path = ''): Map<string, Leaf> {
  const found = new Map<string, Leaf>();
  if (typeof value === 'string') {
    found.set(path, 'string');
    return found;
  }
  if (typeof value === 'function') {
    found.set(path, 'function');
    return found;
  }
  if (value === null || typeof value !== 'object') {
    throw new TypeError(
      `${path || '(root)'} is ${value === null ? 'null' : typeof value}, not a string, function or object`,
    );
  }
  for (const [key, child] of Object.entries(value)) {
    for (const [childPath, kind] of leaves(child, path ? `${path}/${key}` : key)) {
      found.set(childPath, kind);
    }
  }
  return found;
}

/** The value at a `/`-separated path. */
export function at(root: unknown, path: string): unknown {
  let current: unknown = root;
  for (const key of path.split('/')) {
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

// Parameters that hold numbers; every other parameter gets a marker string.
const NUMERIC_PARAMS = new Set(['count', 'max', 'maxFiles', 'index', 'percent']);

/** Parameters that answer any name: numbers for counts, `⟨name⟩` for the rest. */
export const anyParams: Record<string, unknown> = new Proxy(
  {},
  { get: (_target, key) => (typeof key === 'string' && NUMERIC_PARAMS.has(key) ? 2 : `⟨${String(key)}⟩`) },
);

/** Renders a leaf: strings as they are, functions with `params`. */
export function renderLeaf(leaf: unknown, params: unknown = anyParams): string {
  return typeof leaf === 'function' ? String((leaf as (p: unknown) => unknown)(params)) : String(leaf);
}
