import { describe, expect, it } from 'vitest';
import {
  bannerCopy,
  chargeReason,
  getMessages,
  isGlossaryKey,
  loadMessages,
  resolveLegalBasis,
} from '../../../src/client/i18n/catalog';
import { en } from '../../../src/client/i18n/en';
import { LEGAL_BASIS_ALIASES } from '../../../src/client/i18n/messages';
import { nb } from '../../../src/client/i18n/nb';
import { catalogs, fullParams } from './helpers';

describe('getMessages and loadMessages', () => {
  // Order matters here: the module keeps what it has loaded.
  it('serves English until a catalog has been loaded, then the catalog', async () => {
    expect(getMessages('de')).toBe(en);
    const loaded = await loadMessages('de');
    expect(loaded.locale).toBe('de');
    expect(loaded).toEqual(catalogs.de);
    expect(getMessages('de')).toBe(loaded);
  });

  it('loads each catalog once, even when asked twice at the same time', async () => {
    const [first, second] = await Promise.all([loadMessages('nl'), loadMessages('nl')]);
    expect(first).toBe(second);
    expect(await loadMessages('nl')).toBe(first);
  });

  it('serves the static English catalog without loading anything', async () => {
    expect(getMessages('en')).toBe(en);
    expect(await loadMessages('en')).toBe(en);
  });

  it('loads the Norwegian catalog', async () => {
    expect((await loadMessages('nb')).banner.final.direct.informal.heading(fullParams)).toBe('Inkassovarsel');
  });
});

describe('bannerCopy', () => {
  it('picks the stage, style and formality', () => {
    const copy = bannerCopy(nb, 'final', { style: 'direct', formality: 'formal' });
    expect(copy).toBe(nb.banner.final.direct.formal);
  });

  it('picks the pause reason for a paused stage, and the creditor pause when none is given', () => {
    expect(bannerCopy(en, 'paused', { style: 'indirect', formality: 'informal' }, 'plan')).toBe(
      en.banner.paused.plan.indirect.informal,
    );
    expect(bannerCopy(en, 'paused', { style: 'direct', formality: 'formal' })).toBe(
      en.banner.paused.creditor.direct.formal,
    );
  });
});

describe('chargeReason', () => {
  const params = { amount: '37,50 kr', rate: '12 %', from: '5. oktober 2026', to: '20. oktober 2026' };

  it('explains a charge by its legal basis, with its amount, rate and period', () => {
    const text = chargeReason(nb, { kind: 'late_interest', basis: 'no.forsinkelsesrenteloven' }, params);
    expect(text).toContain('Forsinkelsesrente');
    for (const value of Object.values(params)) expect(text).toContain(value);
  });

  it('accepts the older alias keys', () => {
    for (const [alias, basis] of Object.entries(LEGAL_BASIS_ALIASES)) {
      expect(resolveLegalBasis(alias)).toBe(basis);
      expect(chargeReason(en, { kind: 'reminder_fee', basis: alias }, params)).toBe(
        en.charges.reasons[basis](params),
      );
    }
    expect(chargeReason(en, { kind: 'reminder_fee', basis: 'dk.rykkergebyr' }, params)).toContain('Danish');
  });

  it('falls back to a neutral sentence naming the kind for an unknown basis', () => {
    const text = chargeReason(en, { kind: 'plan_fee', basis: 'xx.unknown' }, params);
    expect(text).toBe(`Payment plan fee: ${en.charges.otherReason(params)}`);
  });

  it('does not mistake inherited object keys for a basis', () => {
    expect(resolveLegalBasis('constructor')).toBeUndefined();
    expect(resolveLegalBasis('__proto__')).toBeUndefined();
    expect(resolveLegalBasis('toString')).toBeUndefined();
  });
});

describe('isGlossaryKey', () => {
  it('knows the glossary ids', () => {
    expect(isGlossaryKey('no.purregebyr')).toBe(true);
    expect(isGlossaryKey('nl.14-dagenbrief')).toBe(true);
    expect(isGlossaryKey('purregebyr')).toBe(false);
  });
});
