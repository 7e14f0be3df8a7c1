import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EpcQrError, epcQrPayload, formatIban, isValidIban, transliterate } from '../../../src/domain/epc-qr';
import { money } from '../../../src/domain/money';

const tulp = {
  bic: 'ABNANL2A',
  name: 'Tulp & Co B.V.',
  iban: 'NL91ABNA0417164300',
  amount: money(1234, 'EUR'),
};

function errorOf(run: () => unknown): EpcQrError {
  try {
    run();
  } catch (error) {
    if (error instanceof EpcQrError) return error;
    throw error;
  }
  throw new Error('expected an EpcQrError');
}

describe('isValidIban', () => {
  it('accepts well-known valid IBANs, with spaces or lower case', () => {
    expect(isValidIban('NL91ABNA0417164300')).toBe(true);
    expect(isValidIban('NL91 ABNA 0417 1643 00')).toBe(true);
    expect(isValidIban('nl91abna0417164300')).toBe(true);
    expect(isValidIban('DE89370400440532013000')).toBe(true);
    expect(isValidIban('GB82WEST12345698765432')).toBe(true);
    expect(isValidIban('NO9386011117947')).toBe(true);
  });

  it('rejects a wrong check, a changed digit and malformed input', () => {
    expect(isValidIban('NL92ABNA0417164300')).toBe(false);
    expect(isValidIban('NL91ABNA0417164301')).toBe(false);
    expect(isValidIban('NL91ABNA04171643')).toBe(false);
    expect(isValidIban('91NLABNA0417164300')).toBe(false);
    expect(isValidIban('NL91-ABNA-0417-1643-00')).toBe(false);
    expect(isValidIban('')).toBe(false);
  });

  it('prints in groups of four', () => {
    expect(formatIban('NL91ABNA0417164300')).toBe('NL91 ABNA 0417 1643 00');
  });
});

describe('transliterate', () => {
  it('strips diacritics and spells out letters without a decomposition', () => {
    expect(transliterate('Ærøskøbing Straße Åse Čapek Łódź Þór Œuvre')).toBe(
      'AEroskobing Strasse Ase Capek Lodz THor OEuvre',
    );
    expect(transliterate('  Kari\n\tNordmann\u0000\u0085AS  ')).toBe('Kari Nordmann AS');
  });
});

describe('epcQrPayload', () => {
  it('builds the exact version 002 lines with a structured reference', () => {
    const payload = epcQrPayload({ ...tulp, reference: 'RF18 5390 0754 7034', purpose: 'gdds' });
    expect(payload.split('\n')).toEqual([
      'BCD',
      '002',
      '1',
      'SCT',
      'ABNANL2A',
      'Tulp & Co B.V.',
      'NL91ABNA0417164300',
      'EUR12.34',
      'GDDS',
      'RF18539007547034',
    ]);
  });

  it('puts free text on the line after the empty reference line, and leaves the BIC empty when not given', () => {
    const payload = epcQrPayload({
      name: 'Fjordlys Energi AS',
      iban: 'NL91 ABNA 0417 1643 00',
      amount: money(149_000, 'EUR'),
      text: 'Faktura 2025-0042 for Kåre Ødegård',
    });
    expect(payload).toBe(
      [
        'BCD',
        '002',
        '1',
        'SCT',
        '',
        'Fjordlys Energi AS',
        'NL91ABNA0417164300',
        'EUR1490.00',
        '',
        '',
        'Faktura 2025-0042 for Kare Odegard',
      ].join('\n'),
    );
  });

  it('ends at the amount when there is neither purpose, reference nor text', () => {
    expect(epcQrPayload(tulp).split('\n')).toHaveLength(8);
  });

  it('never carries both a reference and a text', () => {
    const error = errorOf(() => epcQrPayload({ ...tulp, reference: 'RF18539007547034', text: 'Invoice 42' }));
    expect(error.field).toBe('reference');
    expect(error.message).toMatch(/never both/);
  });

  it('carries euro amounts from 0.01 to 999999999.99 only', () => {
    expect(epcQrPayload({ ...tulp, amount: money(1, 'EUR') }).split('\n')[7]).toBe('EUR0.01');
    expect(epcQrPayload({ ...tulp, amount: money(99_999_999_999, 'EUR') }).split('\n')[7]).toBe(
      'EUR999999999.99',
    );
    expect(errorOf(() => epcQrPayload({ ...tulp, amount: money(0, 'EUR') })).field).toBe('amount');
    expect(errorOf(() => epcQrPayload({ ...tulp, amount: money(-100, 'EUR') })).field).toBe('amount');
    expect(errorOf(() => epcQrPayload({ ...tulp, amount: money(100_000_000_000, 'EUR') })).field).toBe(
      'amount',
    );
    expect(errorOf(() => epcQrPayload({ ...tulp, amount: money(1234, 'NOK') })).message).toMatch(/euro/);
  });

  it('refuses bad IBANs, BICs, references, purposes, and names or texts too long', () => {
    expect(errorOf(() => epcQrPayload({ ...tulp, iban: 'NL92ABNA0417164300' })).field).toBe('iban');
    expect(errorOf(() => epcQrPayload({ ...tulp, bic: 'ABNA' })).field).toBe('bic');
    expect(errorOf(() => epcQrPayload({ ...tulp, reference: 'RF19539007547034' })).field).toBe('reference');
    expect(errorOf(() => epcQrPayload({ ...tulp, purpose: 'GOODS' })).field).toBe('purpose');
    expect(errorOf(() => epcQrPayload({ ...tulp, name: '   ' })).field).toBe('name');
    expect(errorOf(() => epcQrPayload({ ...tulp, name: 'A'.repeat(71) })).field).toBe('name');
    expect(epcQrPayload({ ...tulp, name: 'A'.repeat(70) })).toContain('A'.repeat(70));
    expect(errorOf(() => epcQrPayload({ ...tulp, text: 'x'.repeat(141) })).field).toBe('text');
    // Transliteration lengthens Æ to AE: the limit applies to what is encoded.
    expect(errorOf(() => epcQrPayload({ ...tulp, name: 'Æ'.repeat(36) })).field).toBe('name');
  });

  it('stays within 331 bytes, refusing multi-byte text that would not fit', () => {
    const error = errorOf(() => epcQrPayload({ ...tulp, name: '株'.repeat(70), text: '式'.repeat(140) }));
    expect(error.field).toBe('payload');
    expect(error.message).toMatch(/331 bytes/);

    fc.assert(
      fc.property(
        fc.string({ unit: 'grapheme', maxLength: 70 }),
        fc.string({ unit: 'grapheme', maxLength: 140 }),
        fc.integer({ min: 1, max: 99_999_999_999 }),
        (name, text, cents) => {
          fc.pre(transliterate(name).length > 0);
          try {
            const payload = epcQrPayload({ ...tulp, name, text, amount: money(cents, 'EUR') });
            expect(new TextEncoder().encode(payload).length).toBeLessThanOrEqual(331);
            expect(payload.split('\n').length).toBeLessThanOrEqual(11);
          } catch (caught) {
            expect(caught).toBeInstanceOf(EpcQrError);
          }
        },
      ),
    );
  });
});
