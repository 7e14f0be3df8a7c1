import { describe, expect, it } from 'vitest';
import { GLOSSARY_KEYS } from '../../../src/client/i18n/messages';
import { anyParams, at, catalogs, leaves, locales, renderLeaf, words } from './helpers';

const reference = leaves(catalogs.en);

describe('catalog completeness', () => {
  // The compiler enforces the Messages interface; this catches keys smuggled in with `as any`
  // and leaves of the wrong kind (a string where a function is expected).
  it.each(locales)('%s has exactly the keys of en, each of the same kind', (locale) => {
    const own = leaves(catalogs[locale]);
    const missing = [...reference.keys()].filter((path) => !own.has(path));
    const extra = [...own.keys()].filter((path) => !reference.has(path));
    const wrongKind = [...reference].filter(([path, kind]) => own.has(path) && own.get(path) !== kind);
    expect({ missing, extra, wrongKind }).toEqual({ missing: [], extra: [], wrongKind: [] });
  });

  it('the walk sees deep keys, so the comparison is not vacuous', () => {
    expect(reference.size).toBeGreaterThan(400);
    expect(reference.get('banner/paused/promise/indirect/informal/wayOut')).toBe('function');
    expect(reference.get('actions/pay')).toBe('string');
  });

  it.each(locales)('%s names itself', (locale) => {
    expect(catalogs[locale].locale).toBe(locale);
  });

  it.each(locales)(
    '%s renders every message non-empty, with no leaked undefined, NaN or objects',
    (locale) => {
      const bad: string[] = [];
      for (const path of reference.keys()) {
        const text = renderLeaf(at(catalogs[locale], path), anyParams);
        if (text.trim() === '' || /undefined|NaN|\[object|null/.test(text)) {
          bad.push(`${path}: ${JSON.stringify(text)}`);
        }
      }
      expect(bad).toEqual([]);
    },
  );

  it.each(locales)('%s explains every glossary term in one or two sentences', (locale) => {
    for (const key of GLOSSARY_KEYS) {
      const entry = catalogs[locale].glossary.terms[key];
      expect(entry.term.length, key).toBeGreaterThan(1);
      const sentences = entry.explanation.split(/(?<=[.?!])\s+/).filter((s) => s.trim() !== '');
      expect(sentences.length, `${locale} ${key}: ${entry.explanation}`).toBeGreaterThanOrEqual(1);
      expect(sentences.length, `${locale} ${key}: ${entry.explanation}`).toBeLessThanOrEqual(2);
    }
  });
});

describe('copy outside the banner does not pick a form of address', () => {
  // The creditor chooses du/De, je/u, du/Sie for the banner; everything else must fit either,
  // so it never mixes registers next to a banner in the other one.
  const pronouns = {
    nb: [words(['du', 'deg', 'din', 'ditt', 'dine'], 'i'), words(['De', 'Dem', 'Deres'])],
    nl: [words(['je', 'jij', 'jou', 'jouw', 'jullie', 'u', 'uw'], 'i')],
    de: [
      words(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines'], 'i'),
      words(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']),
    ],
  } as const;

  it.each(Object.keys(pronouns) as (keyof typeof pronouns)[])('%s', (locale) => {
    const found: string[] = [];
    for (const path of reference.keys()) {
      if (path.startsWith('banner/')) continue;
      const text = renderLeaf(at(catalogs[locale], path));
      if (pronouns[locale].some((pattern) => pattern.test(text))) {
        found.push(`${path}: ${text}`);
      }
    }
    expect(found).toEqual([]);
  });
});
