import type { SupportedLocale } from '../../src/client/i18n/messages';
import type { CreditorInfo } from '../../src/contract/invoice';
import { isProtectedMessageKey, MESSAGE_LOCALES, PLACEHOLDER } from '../../src/contract/message-keys';

// The creditor's own wording (`CreditorInfo.messages`), kept for the whole page: one deployment
// serves one creditor and a page shows one customer, so whichever element's answer brought the
// wording, every element on the page (the banner's dialog flows too) speaks it.

/** Overrides of one language: message key → plain text with `{name}` placeholders. */
export type Wording = Readonly<Record<string, string>>;

/** The wording in force, by catalog locale; an entry is replaced whole, never edited. */
const wordingByLocale = new Map<string, Wording>();
const listeners = new Set<() => void>();

/**
 * Takes the creditor's wording from an API answer (`account.creditor`, `invoice.creditor`,
 * `quote.creditor`, already checked against the contract) for every element on the page, and
 * re-renders those that speak a language it changed. A creditor without `messages` leaves the
 * wording as it is: answers that do not carry it (an older API) must not wipe what another answer
 * brought. A locale other than the four catalogs' (`en`, `nb`, `nl`, `de`) is ignored, so an
 * override never lands on another language's copy.
 */
export function adoptCreditorWording(creditor: Pick<CreditorInfo, 'messages'> | undefined): void {
  const messages = creditor?.messages;
  if (messages === undefined || !(MESSAGE_LOCALES as readonly string[]).includes(messages.locale)) {
    return;
  }
  // No prototype: a key such as `__proto__` is a key like any other.
  const wording = Object.create(null) as Record<string, string>;
  for (const { key, text } of messages.texts) {
    wording[key] = text;
  }
  // Every refresh of the account brings the same wording: only a change re-renders.
  if (JSON.stringify(wordingByLocale.get(messages.locale)) === JSON.stringify(wording)) {
    return;
  }
  wordingByLocale.set(messages.locale, Object.freeze(wording));
  for (const listener of [...listeners]) {
    listener();
  }
}

/** The creditor's wording for a catalog locale, or `undefined` when it has none. */
export function creditorWording(locale: SupportedLocale): Wording | undefined {
  return wordingByLocale.get(locale);
}

/** Calls `listener` whenever the wording changes; returns the function that stops it. */
export function onCreditorWordingChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Forgets all wording (tests, and a portal that logs one customer out and another in). */
export function resetCreditorWording(): void {
  wordingByLocale.clear();
  for (const listener of [...listeners]) {
    listener();
  }
}

/**
 * Fills `{name}` placeholders with the message's parameters, already formatted as the built-in
 * copy gets them; a parameter the call does not have (an optional fee) reads as nothing.
 */
export function fillPlaceholders(text: string, params: unknown): string {
  return text.replace(PLACEHOLDER, (_match, name: string) => {
    const value =
      typeof params === 'object' && params !== null && Object.hasOwn(params, name)
        ? (params as Record<string, unknown>)[name]
        : undefined;
    return value === undefined || value === null ? '' : String(value);
  });
}

/**
 * `node` with the message its dotted key's `segments` name replaced by `text`, sharing everything
 * else; `undefined` when they name no message. Segments are joined for names that hold a dot
 * themselves (`explainer.timeline.reminder.sent`). Only messages are replaced, never a group: an
 * override cannot change the copy's shape.
 */
function replaced(node: object, segments: readonly string[], text: string): object | undefined {
  for (let end = 1; end <= segments.length; end++) {
    const name = segments.slice(0, end).join('.');
    if (!Object.hasOwn(node, name)) {
      continue;
    }
    const value = (node as Record<string, unknown>)[name];
    const rest = segments.slice(end);
    const next =
      rest.length > 0
        ? typeof value === 'object' && value !== null
          ? replaced(value, rest, text)
          : undefined
        : typeof value === 'string'
          ? text
          : typeof value === 'function'
            ? (params: unknown) => fillPlaceholders(text, params)
            : undefined;
    return next === undefined ? undefined : { ...node, [name]: next };
  }
  return undefined;
}

/**
 * A catalog view (a whole catalog or some of its parts) with the creditor's wording in place of the
 * built-in messages it names. The view itself is not changed: the result shares every group it does
 * not override. Keys that name no message of the view, or a message that states the law
 * (`NOT_OVERRIDABLE`), are ignored.
 */
export function applyWording<V extends object>(view: V, wording: Wording): V {
  let result: object = view;
  for (const [key, text] of Object.entries(wording)) {
    if (text.trim() !== '' && !isProtectedMessageKey(key)) {
      result = replaced(result, key.split('.'), text) ?? result;
    }
  }
  return result as V;
}

/** Worded views handed out, by the built-in view: elements rendering the same parts share one. */
const wordedViews = new WeakMap<object, { wording: Wording; view: object }>();

/**
 * The view as the customer should read it: `view` with the creditor's wording for the view's own
 * language (its `locale`, so English standing in for a failed load never gets another language's
 * words), or `view` itself when there is none. The same view and wording give the same object.
 */
export function wordedView<V extends object>(view: V): V {
  const locale = (view as { readonly locale?: unknown }).locale;
  const wording = typeof locale === 'string' ? wordingByLocale.get(locale) : undefined;
  if (wording === undefined) {
    return view;
  }
  const known = wordedViews.get(view);
  if (known?.wording === wording) {
    return known.view as V;
  }
  const worded = applyWording(view, wording);
  wordedViews.set(view, { wording, view: worded });
  return worded;
}
