import { describe, expect, it } from 'vitest';
import { de } from '../../../src/client/i18n/de';
import { en } from '../../../src/client/i18n/en';
import { negotiateLocale } from '../../../src/client/i18n/format';
import { type Messages, SUPPORTED_LOCALES } from '../../../src/client/i18n/messages';
import { nb } from '../../../src/client/i18n/nb';
import { nl } from '../../../src/client/i18n/nl';
import {
  isProtectedMessageKey,
  MAX_MESSAGE_LENGTH,
  MESSAGE_LOCALES,
  type MESSAGE_PLACEHOLDERS,
  messageLocaleOf,
  messageOverrideIssues,
  NOT_OVERRIDABLE,
  overridableMessages,
  overridesForLocale,
} from '../../../src/contract/message-keys';

// --- At compile time: the table has exactly the catalog's overridable messages, and each lists
// exactly the parameters of its message's type (`tsc` fails, naming the path, when one drifts).

/** The catalog without what `NOT_OVERRIDABLE` keeps out. */
type Overridable = Omit<Messages, 'locale' | 'glossary' | 'charges'> & {
  glossary: Omit<Messages['glossary'], 'terms'>;
  charges: Omit<Messages['charges'], 'reasons'>;
};

/** The paths where the table and the catalog's types disagree; `never` when they agree. */
type Mismatch<M, T, Path extends string = ''> = M extends string
  ? T extends readonly []
    ? never
    : `${Path} (takes no placeholders)`
  : M extends (params: infer P) => string
    ? T extends readonly (infer N)[]
      ? [Exclude<keyof P, N>] extends [never]
        ? [Exclude<N, keyof P>] extends [never]
          ? never
          : `${Path} (names a placeholder the message lacks)`
        : `${Path} (misses a placeholder)`
      : `${Path} (should list placeholders)`
    :
        | {
            [K in keyof M & string]: K extends keyof T
              ? Mismatch<M[K], T[K], `${Path}.${K}`>
              : `${Path}.${K} (missing)`;
          }[keyof M & string]
        | {
            [K in keyof T & string]: K extends keyof M ? never : `${Path}.${K} (not in the catalog)`;
          }[keyof T & string];

type Mismatches = Mismatch<Overridable, typeof MESSAGE_PLACEHOLDERS>;
// `tsc` fails here, naming each path, when the table and the catalog's types drift apart.
const typesAgree: [Mismatches] extends [never] ? true : Mismatches = true;

// --- At run time: every catalog, walked message by message.

const catalogs: [string, Messages][] = [
  ['en', en],
  ['nb', nb],
  ['nl', nl],
  ['de', de],
];

const numericParams = new Set(['count', 'index', 'percent', 'max', 'maxFiles']);

/** Every message of a catalog by dotted key, with the parameters its function reads. */
function messagesOf(catalog: Messages): Map<string, Set<string>> {
  const found = new Map<string, Set<string>>();
  const walk = (node: unknown, path: string): void => {
    if (typeof node === 'string') {
      found.set(path, new Set());
    } else if (typeof node === 'function') {
      const read = new Set<string>();
      const params = new Proxy(
        {},
        {
          get: (_target, name) => {
            if (typeof name !== 'string') return undefined;
            read.add(name);
            return numericParams.has(name) ? 2 : `‹${name}›`;
          },
        },
      );
      (node as (params: unknown) => string)(params);
      found.set(path, read);
    } else if (typeof node === 'object' && node !== null) {
      for (const [name, value] of Object.entries(node)) walk(value, path === '' ? name : `${path}.${name}`);
    }
  };
  walk(catalog, '');
  return found;
}

describe('the table of overridable messages', () => {
  const table = overridableMessages();

  it("agrees with the catalog's types (checked by tsc)", () => {
    expect(typesAgree).toBe(true);
  });

  it('speaks the languages the client ships', () => {
    expect([...MESSAGE_LOCALES]).toEqual([...SUPPORTED_LOCALES]);
  });

  for (const [locale, catalog] of catalogs) {
    describe(`against the ${locale} catalog`, () => {
      const found = messagesOf(catalog);

      it('names every message the catalog has, except those that state the law', () => {
        const missing = [...found.keys()].filter((key) => !table.has(key) && !isProtectedMessageKey(key));
        expect(missing).toEqual([]);
      });

      it('names no message the catalog lacks', () => {
        expect([...table.keys()].filter((key) => !found.has(key))).toEqual([]);
      });

      it('lets each message use every parameter its built-in copy uses', () => {
        const unlisted = [...found]
          .filter(([key]) => table.has(key))
          .flatMap(([key, read]) =>
            [...read].filter((name) => !table.get(key)?.includes(name)).map((name) => `${key} {${name}}`),
          );
        expect(unlisted).toEqual([]);
      });
    });
  }

  it('keeps out only what states the law, and something is kept out', () => {
    const protectedKeys = [...messagesOf(en).keys()].filter(isProtectedMessageKey);
    expect(protectedKeys).toContain('locale');
    expect(protectedKeys.some((key) => key.startsWith('glossary.terms.'))).toBe(true);
    expect(protectedKeys.some((key) => key.startsWith('charges.reasons.'))).toBe(true);
    expect(
      protectedKeys.every((key) =>
        NOT_OVERRIDABLE.some((prefix) => key === prefix || key.startsWith(`${prefix}.`)),
      ),
    ).toBe(true);
    expect(table.has('glossary.heading')).toBe(true);
    expect(isProtectedMessageKey('glossary.headingX')).toBe(false);
  });

  it('gives the banner its parameters and a fixed text none', () => {
    expect(table.get('banner.reminder.direct.formal.heading')).toEqual(
      expect.arrayContaining(['amount', 'dueDate', 'creditor', 'nextDate', 'nextFee']),
    );
    expect(table.get('actions.pay')).toEqual([]);
    expect(table.get('explainer.timeline.reminder.sent')).toEqual(['date', 'amount', 'channel']);
  });
});

describe('messageOverrideIssues', () => {
  it('accepts known keys with their own placeholders, in every catalog language', () => {
    expect(
      messageOverrideIssues({
        nb: { 'banner.reminder.direct.formal.heading': '{creditor}: {amount} forfalt {dueDate}' },
        en: { 'actions.pay': 'Pay now', 'explainer.issuedBy': 'Sent by {creditor}' },
        nl: {},
        de: { 'plan.scheduleRow': '{index}. {date}: {amount}' },
      }),
    ).toEqual([]);
  });

  it('names each bad entry: locale, key, protected key, placeholder, empty and too long text', () => {
    const issues = messageOverrideIssues({
      'nb-NO': { 'actions.pay': 'Betal' },
      nb: {
        'banner.reminder.title': 'x',
        'charges.reasons.no.forsinkelsesrenteloven': 'x',
        'actions.pay': 'Betal {amount}',
        'explainer.issuedBy': 'Fra {creditor} og {agency} og {agency}',
        'actions.view': '   ',
        'actions.plan': 'x'.repeat(MAX_MESSAGE_LENGTH + 1),
        banner: 'a group, not a message',
      },
    });
    const byPath = new Map(issues.map((issue) => [issue.path.join('|'), issue.message]));
    expect([...byPath.keys()].sort()).toEqual(
      [
        'messages|nb-NO',
        'messages|nb|banner.reminder.title',
        'messages|nb|charges.reasons.no.forsinkelsesrenteloven',
        'messages|nb|actions.pay',
        'messages|nb|explainer.issuedBy',
        'messages|nb|actions.view',
        'messages|nb|actions.plan',
        'messages|nb|banner',
      ].sort(),
    );
    expect(byPath.get('messages|nb|actions.pay')).toBe(
      'This message has no placeholder {amount}; it takes none',
    );
    expect(byPath.get('messages|nb|explainer.issuedBy')).toBe(
      'This message has no placeholder {agency}; it takes {creditor}',
    );
    expect(byPath.get('messages|nb|charges.reasons.no.forsinkelsesrenteloven')).toContain(
      'cannot be overridden',
    );
    expect(messageOverrideIssues({ nb: { 'actions.plan': 'x'.repeat(MAX_MESSAGE_LENGTH) } })).toEqual([]);
  });

  it('takes text that only looks like a placeholder as text', () => {
    expect(messageOverrideIssues({ en: { 'actions.pay': 'Pay { now } or {} or {1st}' } })).toEqual([]);
  });
});

describe('overridesForLocale', () => {
  const overrides = { nb: { 'actions.pay': 'Betal' }, en: { 'actions.pay': 'Pay' }, de: {} };

  it("gives only the customer's language", () => {
    const norwegian = { locale: 'nb', texts: [{ key: 'actions.pay', text: 'Betal' }] };
    expect(overridesForLocale(overrides, 'nb-NO')).toEqual(norwegian);
    expect(overridesForLocale(overrides, 'nn')).toEqual(norwegian);
    expect(overridesForLocale(overrides, 'en-GB')).toEqual({
      locale: 'en',
      texts: [{ key: 'actions.pay', text: 'Pay' }],
    });
  });

  it('gives nothing when that language has no overrides', () => {
    expect(overridesForLocale(overrides, 'nl-NL')).toBeUndefined();
    expect(overridesForLocale(overrides, 'de')).toBeUndefined();
    expect(overridesForLocale(undefined, 'nb')).toBeUndefined();
  });
});

describe('messageLocaleOf', () => {
  it('picks the catalog the client picks', () => {
    for (const tag of ['nb-NO', 'no', 'nn-NO', 'NL-be', 'de_AT', 'en', 'fr-FR', 'sv', 'constructor', '']) {
      expect(messageLocaleOf(tag), tag).toBe(negotiateLocale([tag]));
    }
  });
});
