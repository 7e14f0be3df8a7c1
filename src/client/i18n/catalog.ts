import type { ChargeKind } from '../../contract/invoice';
import type { PauseReason, Stage, Tone } from '../../contract/primitives';
import type { LegalBasis } from '../../domain/law';
import { en } from './en';
import {
  type BannerCopy,
  type ChargeParams,
  GLOSSARY_KEYS,
  type GlossaryKey,
  LEGAL_BASIS_ALIASES,
  type Messages,
  type SupportedLocale,
} from './messages';

// English ships in every bundle as the fallback; the other catalogs load on demand.
const loaded = new Map<SupportedLocale, Messages>([['en', en]]);
const loading = new Map<SupportedLocale, Promise<Messages>>();

async function importCatalog(locale: SupportedLocale): Promise<Messages> {
  // Literal specifiers, one per locale, so bundlers split each catalog into its own chunk.
  switch (locale) {
    case 'nb':
      return (await import('./nb')).nb;
    case 'nl':
      return (await import('./nl')).nl;
    case 'de':
      return (await import('./de')).de;
    case 'en':
      return en;
  }
}

/**
 * The catalog for `locale` if it has been loaded (see {@link loadMessages}), else English.
 * Synchronous, for render code.
 */
export function getMessages(locale: SupportedLocale): Messages {
  return loaded.get(locale) ?? en;
}

/**
 * Loads the catalog for `locale` once and keeps it for {@link getMessages}. If the chunk cannot
 * be fetched the promise still resolves, with English, and a later call tries again: copy in
 * the wrong language is better than a broken widget.
 */
export function loadMessages(locale: SupportedLocale): Promise<Messages> {
  const ready = loaded.get(locale);
  if (ready !== undefined) {
    return Promise.resolve(ready);
  }
  let pending = loading.get(locale);
  if (pending === undefined) {
    pending = importCatalog(locale).then(
      (messages) => {
        loaded.set(locale, messages);
        loading.delete(locale);
        return messages;
      },
      () => {
        loading.delete(locale);
        return en;
      },
    );
    loading.set(locale, pending);
  }
  return pending;
}

/**
 * The banner copy for a stage in a tone. A `paused` stage without a reason is treated as
 * paused by the creditor, the reason that promises the customer least.
 */
export function bannerCopy(
  messages: Messages,
  stage: Stage,
  tone: Tone,
  pauseReason?: PauseReason,
): BannerCopy {
  const set = stage === 'paused' ? messages.banner.paused[pauseReason ?? 'creditor'] : messages.banner[stage];
  return set[tone.style][tone.formality];
}

/** The domain's key for a legal basis, accepting the older aliases; `undefined` when unknown. */
export function resolveLegalBasis(basis: string, messages: Messages = en): LegalBasis | undefined {
  if (Object.hasOwn(messages.charges.reasons, basis)) {
    return basis as LegalBasis;
  }
  return Object.hasOwn(LEGAL_BASIS_ALIASES, basis) ? LEGAL_BASIS_ALIASES[basis] : undefined;
}

/**
 * Why a charge was added, in plain words: by its legal basis when the catalog knows it, else a
 * neutral sentence naming the kind of charge.
 */
export function chargeReason(
  messages: Messages,
  charge: { kind: ChargeKind; basis: string },
  params: ChargeParams,
): string {
  const basis = resolveLegalBasis(charge.basis, messages);
  return basis === undefined
    ? `${messages.charges.kinds[charge.kind]}: ${messages.charges.otherReason(params)}`
    : messages.charges.reasons[basis](params);
}

/** Whether `key` names a glossary term. */
export function isGlossaryKey(key: string): key is GlossaryKey {
  return (GLOSSARY_KEYS as readonly string[]).includes(key);
}
