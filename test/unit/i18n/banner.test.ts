import { describe, expect, it } from 'vitest';
import type { SupportedLocale } from '../../../src/client/i18n/messages';
import {
  bannerFor,
  bannerStages,
  catalogs,
  earlyStages,
  everyBanner,
  formalities,
  fullParams,
  locales,
  minimalParams,
  render,
  styles,
  words,
} from './helpers';

describe.each(everyBanner())('%s %s %s %s', (locale, stage, style, formality) => {
  const copy = bannerFor(catalogs[locale], stage, style, formality);

  it('renders every part non-empty, with the amount and due date in the body', () => {
    for (const params of [fullParams, minimalParams, { ...fullParams, count: 3 }]) {
      const text = render(copy, params);
      for (const part of [text.heading, text.body, text.nextStep, text.wayOut]) {
        expect(part.trim()).not.toBe('');
        expect(part).not.toMatch(/undefined|NaN|\[object|null/);
      }
      expect(text.body).toContain(params.amount);
      expect(text.body).toContain(params.dueDate);
    }
  });

  it('states the date of the next step when there is one', () => {
    expect(render(copy, fullParams).nextStep).toContain(fullParams.nextDate);
  });

  it('offers a way out that names something to do', () => {
    // Pay, choose a date, propose a plan, or say what is wrong: at least one, in the reader's language.
    const invitation: Record<SupportedLocale, RegExp> = {
      en: /pay|instalment|payment plan|date|tell us|let us know|get in touch/i,
      nb: /betal|avdrag|betalingsdato|si fra|ta kontakt|høre/i,
      nl: /betal|termijn|betaaldatum|laat het ons|contact|horen/i,
      de: /bezahl|zahl|rate|zahlungsdatum|bescheid|melde|erfahren|erzähl/i,
    };
    const wayOut = copy.wayOut(fullParams);
    expect(wayOut.trim().length).toBeGreaterThan(20);
    expect(wayOut).toMatch(invitation[locale]);
  });

  it('neither shouts nor threatens', () => {
    const text = render(copy, fullParams).all;
    expect(text).not.toContain('!');
    // Capitals only in abbreviations, never for emphasis.
    const shouted = (text.match(/(?<!\p{L})\p{Lu}{3,}(?!\p{L})/gu) ?? []).filter(
      (word) => !['PDF', 'KID', 'IBAN', 'BIC', 'SMS'].includes(word),
    );
    expect(shouted).toEqual([]);
    const blame: Record<SupportedLocale, RegExp> = {
      en: /ignored|failed to|neglect|urgent|immediately|final warning/i,
      nb: /ignorert|forsømt|omgående|umiddelbart|snarest/i,
      nl: /genegeerd|nagelaten|onmiddellijk|dringend|per omgaande/i,
      de: /ignoriert|versäumt|unverzüglich|umgehend|dringend|sofort/i,
    };
    expect(text).not.toMatch(blame[locale]);
  });

  if (style === 'indirect') {
    it('keeps the amount out of the heading, for privacy', () => {
      expect(copy.heading(fullParams)).not.toContain(fullParams.amount);
    });
  }
});

describe('early stages never mention collection, courts or bailiffs', () => {
  const banned =
    /collection|debt collect|agency|inkasso|incasso|court|rechter|gericht|deurwaarder|namsmann|namsfogd|tingrett|forliksråd|rettslig|bailiff|dagvaarding|mahnbescheid|vollstreck|utlegg|legal action|juridisch|klage|schufa|credit bureau/i;

  it.each(
    locales.flatMap((locale) =>
      earlyStages.flatMap((stage) =>
        styles.flatMap((style) => formalities.map((formality) => [locale, stage, style, formality] as const)),
      ),
    ),
  )('%s %s %s %s', (locale, stage, style, formality) => {
    const copy = bannerFor(catalogs[locale], stage, style, formality);
    for (const params of [fullParams, minimalParams, { ...fullParams, count: 2 }]) {
      expect(render(copy, params).all).not.toMatch(banned);
    }
  });

  it('the pattern does catch the words it is meant to catch', () => {
    for (const word of [
      'Inkassovarsel',
      'incassobureau',
      'Inkassounternehmen',
      'debt collection agency',
      'Gericht',
    ]) {
      expect(word).toMatch(banned);
    }
  });
});

describe('the next step states its fee', () => {
  const withFee = ['upcoming', 'reminder', 'firm', 'final', 'collection', 'paused.promise'] as const;
  it.each(
    locales.flatMap((locale) =>
      withFee.flatMap((stage) =>
        styles.flatMap((style) => formalities.map((formality) => [locale, stage, style, formality] as const)),
      ),
    ),
  )('%s %s %s %s', (locale, stage, style, formality) => {
    expect(bannerFor(catalogs[locale], stage, style, formality).nextStep(fullParams)).toContain(
      fullParams.nextFee,
    );
  });

  it.each(locales)('%s: a plan names the next instalment amount', (locale) => {
    for (const style of styles) {
      for (const formality of formalities) {
        const copy = bannerFor(catalogs[locale], 'paused.plan', style, formality);
        expect(copy.nextStep(fullParams)).toContain(fullParams.nextAmount);
      }
    }
  });
});

describe('form of address', () => {
  const address = {
    nb: {
      formal: words(['De', 'Dem', 'Deres']),
      informal: words(['du', 'deg', 'din', 'ditt', 'dine'], 'i'),
    },
    nl: {
      formal: words(['u', 'uw'], 'i'),
      informal: words(['je', 'jij', 'jou', 'jouw', 'jullie'], 'i'),
    },
    de: {
      formal: words(['Sie', 'Ihnen', 'Ihr', 'Ihre', 'Ihren', 'Ihrem', 'Ihrer', 'Ihres']),
      informal: words(['du', 'dich', 'dir', 'dein', 'deine', 'deinen', 'deinem', 'deiner', 'deines'], 'i'),
    },
  } as const;

  for (const locale of Object.keys(address) as (keyof typeof address)[]) {
    describe(locale, () => {
      for (const stage of bannerStages) {
        for (const style of styles) {
          it(`${stage} ${style}: formal uses only the formal address, informal only the informal`, () => {
            for (const params of [fullParams, { ...fullParams, count: 2 }]) {
              const formal = render(bannerFor(catalogs[locale], stage, style, 'formal'), params).all;
              const informal = render(bannerFor(catalogs[locale], stage, style, 'informal'), params).all;
              expect(formal).toMatch(address[locale].formal);
              expect(formal).not.toMatch(address[locale].informal);
              expect(informal).toMatch(address[locale].informal);
              expect(informal).not.toMatch(address[locale].formal);
            }
          });
        }
      }
    });
  }

  it('the nb patterns tell "De" (formal you) from "de" (they, the)', () => {
    expect('Har de betalt?').not.toMatch(address.nb.formal);
    expect('Har De betalt?').toMatch(address.nb.formal);
    expect('Har du betalt?').not.toMatch(address.nb.formal);
  });

  it('en formal avoids contractions; en informal uses them somewhere', () => {
    for (const stage of bannerStages) {
      for (const style of styles) {
        const formal = render(bannerFor(catalogs.en, stage, style, 'formal'), fullParams).all;
        expect(formal, `${stage} ${style}`).not.toMatch(
          /n't|'ll|'re|'ve|'m\b|'d\b|\b(it|that|let|here|what|there)'s\b/i,
        );
      }
    }
    const informal = bannerStages.map(
      (stage) => render(bannerFor(catalogs.en, stage, 'direct', 'informal'), fullParams).all,
    );
    expect(informal.some((text) => /n't|'ll|'re|'ve/.test(text))).toBe(true);
  });
});

describe('the legally required last notice', () => {
  it.each(styles.flatMap((style) => formalities.map((formality) => [style, formality] as const)))(
    'nb %s %s is titled Inkassovarsel and says collection follows',
    (style, formality) => {
      const text = render(bannerFor(catalogs.nb, 'final', style, formality), fullParams);
      expect(text.heading.startsWith('Inkassovarsel')).toBe(true);
      expect(text.all).toMatch(/sendt til inkasso|sendes til inkasso/);
    },
  );

  it.each(styles.flatMap((style) => formalities.map((formality) => [style, formality] as const)))(
    'nl %s %s is the 14-dagenbrief: 14 days, the consequence, and the exact cost',
    (style, formality) => {
      const copy = bannerFor(catalogs.nl, 'final', style, formality);
      const text = render(copy, { ...fullParams, nextFee: '€ 150,00' }).all;
      expect(text).toContain('14 dagen');
      expect(text).toContain('14-dagenbrief');
      expect(text).toMatch(/vanaf de dag (na ontvangst|nadat)/);
      expect(text).toContain('incassobureau');
      expect(text).toContain('incassokosten verschuldigd ter hoogte van € 150,00');
      // Without the amount the copy still names the costs, rather than going quiet about them.
      expect(copy.nextStep(minimalParams)).toContain('incassokosten');
    },
  );

  it.each(locales)('%s final names the consequence in every tone', (locale) => {
    const consequence: Record<SupportedLocale, RegExp> = {
      en: /debt collection agency/,
      nb: /inkasso/,
      nl: /incassobureau/,
      de: /Inkassounternehmen/,
    };
    for (const style of styles) {
      for (const formality of formalities) {
        expect(bannerFor(catalogs[locale], 'final', style, formality).nextStep(fullParams)).toMatch(
          consequence[locale],
        );
      }
    }
  });
});

describe('plural forms', () => {
  const forms: Record<SupportedLocale, { one: RegExp; other: RegExp }> = {
    en: { one: /\binvoice\b/, other: /\b2 invoices\b/ },
    nb: { one: /\bfaktura(en)?\b/i, other: /\b2 fakturaer\b/ },
    nl: { one: /\bfactuur\b/, other: /\b2 facturen\b/ },
    de: { one: /\bRechnung\b/, other: /\b2 Rechnungen\b/ },
  };

  it.each(locales)('%s: one invoice and two invoices read differently in every banner body', (locale) => {
    for (const stage of bannerStages) {
      for (const style of styles) {
        for (const formality of formalities) {
          const copy = bannerFor(catalogs[locale], stage, style, formality);
          const one = copy.body({ ...fullParams, count: 1 });
          const two = copy.body({ ...fullParams, count: 2 });
          expect(one, `${stage} ${style} ${formality}`).toMatch(forms[locale].one);
          expect(one).not.toMatch(forms[locale].other);
          expect(two, `${stage} ${style} ${formality}`).toMatch(forms[locale].other);
        }
      }
    }
  });

  it.each(locales)('%s: counts elsewhere follow the plural rule', (locale) => {
    const messages = catalogs[locale];
    expect(messages.common.invoiceCount({ count: 1 })).not.toBe(messages.common.invoiceCount({ count: 2 }));
    expect(messages.common.invoiceCount({ count: 2 })).toContain('2');
    expect(messages.validation.summary({ count: 2 })).toContain('2');
    expect(messages.validation.summary({ count: 1 })).toContain('1');
    expect(messages.dispute.characterCount({ count: 12, max: 2000 })).toMatch(/12 .*2[ .,\u00a0\u202f]?000/);
  });

  it('en and nl change the noun with the count; nb and de keep it where the language does', () => {
    expect(catalogs.en.validation.summary({ count: 1 })).toBe('Please check 1 field');
    expect(catalogs.en.validation.summary({ count: 3 })).toBe('Please check 3 fields');
    expect(catalogs.nl.validation.summary({ count: 1 })).toBe('Controleer 1 veld');
    expect(catalogs.nl.validation.summary({ count: 3 })).toBe('Controleer 3 velden');
    expect(catalogs.de.validation.summary({ count: 1 })).toBe('Bitte 1 Feld prüfen');
    expect(catalogs.de.validation.summary({ count: 3 })).toBe('Bitte 3 Felder prüfen');
    expect(catalogs.nb.common.invoiceCount({ count: 1 })).toBe('1 faktura');
    expect(catalogs.nb.common.invoiceCount({ count: 3 })).toBe('3 fakturaer');
    expect(catalogs.en.dispute.characterCount({ count: 0, max: 1 })).toBe('0 of 1 character');
    expect(catalogs.nl.dispute.characterCount({ count: 5, max: 2000 })).toBe('5 van 2.000 tekens');
  });
});

describe('interest and fees included in the amount', () => {
  const charges = '2,37 kr';
  const withCharges = { ...fullParams, charges };
  // The word each language names the charges by, to tell the clause is there or not.
  const interest: Record<SupportedLocale, RegExp> = {
    en: /interest and fees/,
    nb: /renter og gebyrer/,
    nl: /rente en kosten/,
    de: /Zinsen und Gebühren/,
  };

  it.each(everyBanner())(
    '%s %s %s %s names them with the amount, only when there are any',
    (locale, stage, style, formality) => {
      const copy = bannerFor(catalogs[locale], stage, style, formality);
      for (const count of [1, 3]) {
        const body = copy.body({ ...withCharges, count });
        expect(body).toContain(fullParams.amount);
        expect(body).toContain(charges);
        expect(body).toMatch(interest[locale]);
        // Said once, right after the amount it is part of.
        expect(body.split(charges)).toHaveLength(2);
        expect(body.indexOf(charges)).toBeGreaterThan(body.indexOf(fullParams.amount));
        expect(copy.body({ ...fullParams, count })).not.toMatch(interest[locale]);
      }
      const text = render(copy, withCharges);
      expect(text.all).not.toContain('!');
      expect(text.all).not.toMatch(/undefined|NaN|\[object|null/);
      if (style === 'indirect') expect(text.heading).not.toContain(charges);
    },
  );

  /** What `withIt` has that `without` lacks: the one clause inserted. */
  function inserted(without: string, withIt: string): string {
    let start = 0;
    while (start < without.length && without[start] === withIt[start]) start += 1;
    let end = 0;
    while (end < without.length - start && without.at(-1 - end) === withIt.at(-1 - end)) end += 1;
    return withIt.slice(start, withIt.length - end);
  }

  it.each(locales)('%s: the clause is plain, calm and fits either form of address', (locale) => {
    const address: Record<SupportedLocale, RegExp> = {
      en: /n't|'ll|'re|'ve/,
      nb: /\b(De|Dem|Deres)\b|\b(du|deg|din|ditt|dine)\b/i,
      nl: /\b(u|uw|je|jij|jou|jouw)\b/i,
      de: /\b(Sie|Ihnen|Ihre?[mnrs]?|du|dich|dir|dein\w*)\b/i,
    };
    const clauses = new Set<string>();
    for (const stage of bannerStages) {
      for (const style of styles) {
        for (const formality of formalities) {
          const copy = bannerFor(catalogs[locale], stage, style, formality);
          // Trimmed: where a space goes, before the clause or after it, the diff cannot tell.
          clauses.add(inserted(copy.body(fullParams), copy.body(withCharges)).trim());
        }
      }
    }
    // One wording everywhere, whatever the stage: a fact about the amount, not a warning.
    expect(clauses.size).toBe(1);
    const [clause] = [...clauses] as [string];
    expect(clause).toContain(charges);
    expect(clause).toMatch(interest[locale]);
    expect(clause).not.toMatch(address[locale]);
    expect(clause).not.toMatch(/collection|inkasso|incasso|penalt|boete|strafe|straff|court|gericht/i);
  });
});
