import { describe, expect, it } from 'vitest';
import type { Country } from '../../../src/domain/law';
import { toneFor } from '../../../src/domain/tone';

describe('toneFor', () => {
  it('is direct in the Northern European markets and GB, indirect elsewhere', () => {
    for (const country of ['NO', 'NL', 'DE', 'DK', 'SE', 'GB'] satisfies Country[]) {
      expect(toneFor(country).style).toBe('direct');
    }
    expect(toneFor('other').style).toBe('indirect');
  });

  it('defaults formality by language: du in Norwegian, Sie in German, u in Dutch, informal English', () => {
    expect(toneFor('NO').formality).toBe('informal');
    expect(toneFor('DE').formality).toBe('formal');
    expect(toneFor('NL').formality).toBe('formal');
    expect(toneFor('GB').formality).toBe('informal');
    expect(toneFor('SE').formality).toBe('informal');
    expect(toneFor('DK').formality).toBe('informal');
    expect(toneFor('other').formality).toBe('formal');
  });

  it('reads formality from the locale before the country', () => {
    expect(toneFor('NO', {}, 'de-DE').formality).toBe('formal');
    expect(toneFor('DE', {}, 'en-GB').formality).toBe('informal');
    expect(toneFor('other', {}, 'nb-NO').formality).toBe('informal');
    expect(toneFor('other', {}, 'ja-JP')).toEqual({ style: 'indirect', formality: 'formal' });
    expect(toneFor('NL', {}, 'NL_nl').formality).toBe('formal');
  });

  it('lets the creditor’s settings win', () => {
    expect(toneFor('other', { style: 'direct' })).toEqual({ style: 'direct', formality: 'formal' });
    expect(toneFor('NL', { formality: 'informal' }, 'nl-NL')).toEqual({
      style: 'direct',
      formality: 'informal',
    });
    expect(toneFor('NO', { style: 'indirect', formality: 'formal' }, 'nb-NO')).toEqual({
      style: 'indirect',
      formality: 'formal',
    });
  });
});
