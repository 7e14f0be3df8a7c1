import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betalingskenmerk,
  formatBetalingskenmerk,
  formatRf,
  invoiceReferenceBase,
  isValidBetalingskenmerk,
  isValidKid,
  isValidRf,
  kidMod10,
  kidMod11,
  referenceForInvoice,
  rfReference,
} from '../../../src/domain/references';

const digits = (min: number, max: number) =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: min, maxLength: max }).map((d) => d.join(''));

/** Every string that differs from `text` in exactly one digit position (among `positions`). */
function oneDigitChanges(text: string, positions: number[]): string[] {
  const changed: string[] = [];
  for (const position of positions) {
    const current = text[position];
    if (current === undefined || !/\d/.test(current)) continue;
    for (let digit = 0; digit <= 9; digit++) {
      if (String(digit) !== current)
        changed.push(`${text.slice(0, position)}${digit}${text.slice(position + 1)}`);
    }
  }
  return changed;
}

const allPositions = (text: string) => [...text].map((_, index) => index);

describe('KID', () => {
  it('matches the LAW.md vectors', () => {
    expect(kidMod10('1234')).toBe('12344');
    expect(kidMod11('1234')).toBe('12343');
    expect(isValidKid('12344', 'mod10')).toBe(true);
    expect(isValidKid('12343', 'mod11')).toBe(true);
    expect(isValidKid('12343', 'mod10')).toBe(false);
    expect(isValidKid('12344', 'mod11')).toBe(false);
    expect(isValidKid('12344')).toBe(true);
    expect(isValidKid('12343')).toBe(true);
    expect(isValidKid('12345')).toBe(false);
  });

  it('maps MOD11 remainders 0 → check 0 and 1 → `-`', () => {
    // 6 × 2 = 12 ≡ 1 (mod 11) → 11 − 1 = 10 → "-"; 11 ≡ 0 → 0
    expect(kidMod11('6')).toBe('6-');
    expect(isValidKid('6-', 'mod11')).toBe(true);
    expect(isValidKid('6-', 'mod10')).toBe(false);
    expect(kidMod11('0')).toBe('00');
  });

  it('needs 1–24 base digits, and 2–25 characters to validate', () => {
    expect(() => kidMod10('')).toThrow(RangeError);
    expect(() => kidMod10('12a4')).toThrow(RangeError);
    expect(() => kidMod11('1'.repeat(25))).toThrow(RangeError);
    expect(kidMod10('1'.repeat(24))).toHaveLength(25);
    expect(isValidKid('4')).toBe(false);
    expect(isValidKid(`${kidMod10('1'.repeat(24))}0`)).toBe(false);
    expect(isValidKid('12-44')).toBe(false);
    expect(isValidKid(' 12344')).toBe(false);
  });

  it('validates every generated KID and rejects every single changed digit (MOD10)', () => {
    fc.assert(
      fc.property(digits(1, 24), (base) => {
        const kid = kidMod10(base);
        expect(isValidKid(kid, 'mod10')).toBe(true);
        for (const changed of oneDigitChanges(kid, allPositions(kid)))
          expect(isValidKid(changed, 'mod10')).toBe(false);
      }),
    );
  });

  it('validates every generated KID and rejects every single changed digit (MOD11)', () => {
    fc.assert(
      fc.property(digits(1, 24), (base) => {
        const kid = kidMod11(base);
        expect(isValidKid(kid, 'mod11')).toBe(true);
        for (const changed of oneDigitChanges(kid, allPositions(kid)))
          expect(isValidKid(changed, 'mod11')).toBe(false);
      }),
    );
  });
});

describe('betalingskenmerk', () => {
  it('accepts the Betaalvereniging examples', () => {
    expect(isValidBetalingskenmerk('5000056789012345')).toBe(true);
    expect(isValidBetalingskenmerk('5000 0567 8901 2345')).toBe(true);
    expect(betalingskenmerk('000056789012345')).toBe('5000056789012345');
    expect(isValidBetalingskenmerk('12 2345 3462 2567')).toBe(true);
    expect(betalingskenmerk('234534622567')).toBe('12234534622567');
  });

  it('counts the length code in the check digit of the 9–14 digit forms', () => {
    for (const base of ['1234567', '12345678', '123456789', '1234567890', '12345678901', '123456789012']) {
      const reference = betalingskenmerk(base);
      expect(reference).toHaveLength(base.length + 2);
      expect(reference[1]).toBe(String(base.length % 10));
      expect(isValidBetalingskenmerk(reference)).toBe(true);
      const wrongLength = `${reference[0]}${(base.length + 1) % 10}${base}`;
      expect(isValidBetalingskenmerk(wrongLength)).toBe(false);
    }
  });

  it('takes 7 digits without a check, and nothing of 8 or 15 digits', () => {
    expect(isValidBetalingskenmerk('1234567')).toBe(true);
    expect(isValidBetalingskenmerk('12345678')).toBe(false);
    expect(isValidBetalingskenmerk('123456789012345')).toBe(false);
    expect(isValidBetalingskenmerk('50000567890123456')).toBe(false);
    expect(isValidBetalingskenmerk('500005678901234a')).toBe(false);
    expect(() => betalingskenmerk('123456')).toThrow(RangeError);
    expect(() => betalingskenmerk('1234567890123')).toThrow(RangeError);
  });

  it('prints in groups of four from the right', () => {
    expect(formatBetalingskenmerk('5000056789012345')).toBe('5000 0567 8901 2345');
    expect(formatBetalingskenmerk('12234534622567')).toBe('12 2345 3462 2567');
  });

  it('rejects a single changed digit, except the known blind spot of 10 → 1', () => {
    // Remainders 1 and 10 both give check digit 1 (C = 11 − r, 10 → 1), so here one change passes.
    expect(isValidBetalingskenmerk('1000000000000005')).toBe(true);
    expect(isValidBetalingskenmerk('1900000000000005')).toBe(true);

    fc.assert(
      fc.property(digits(15, 15), (base) => {
        const reference = betalingskenmerk(base);
        expect(isValidBetalingskenmerk(reference)).toBe(true);
        for (const changed of oneDigitChanges(reference, allPositions(reference))) {
          if (isValidBetalingskenmerk(changed)) {
            expect(reference[0]).toBe('1');
            expect(changed[0]).toBe('1');
          }
        }
      }),
    );
  });
});

describe('RF creditor reference', () => {
  it('matches the ISO 11649 vector', () => {
    expect(rfReference('539007547034')).toBe('RF18539007547034');
    expect(isValidRf('RF18539007547034')).toBe(true);
    expect(isValidRf('RF18 5390 0754 7034')).toBe(true);
    expect(isValidRf('rf18 5390 0754 7034')).toBe(true);
    expect(formatRf('RF18539007547034')).toBe('RF18 5390 0754 7034');
    expect(isValidRf('RF19539007547034')).toBe(false);
  });

  it('pads single-digit checks and accepts letters', () => {
    const reference = rfReference('abc 123');
    expect(reference).toMatch(/^RF\d{2}ABC123$/);
    expect(isValidRf(reference)).toBe(true);
    expect(rfReference('2')).toMatch(/^RF\d{2}2$/);
  });

  it('needs 1–21 letters or digits', () => {
    expect(() => rfReference('')).toThrow(RangeError);
    expect(() => rfReference('A'.repeat(22))).toThrow(RangeError);
    expect(() => rfReference('AB-12')).toThrow(RangeError);
    expect(isValidRf('RF18')).toBe(false);
    expect(isValidRf(`RF18${'1'.repeat(22)}`)).toBe(false);
    expect(isValidRf('XX18539007547034')).toBe(false);
  });

  it('validates every generated reference and rejects any single substituted character', () => {
    const alphanumeric = fc.stringMatching(/^[0-9A-Z]{1,21}$/);
    fc.assert(
      fc.property(alphanumeric, (base) => {
        const reference = rfReference(base);
        expect(isValidRf(reference)).toBe(true);
        // Same-class substitutions (digit for digit, letter for letter, check digits included):
        // ISO 7064 MOD 97-10 detects all of them.
        for (let position = 2; position < reference.length; position++) {
          const current = reference[position] as string;
          const pool = /\d/.test(current) ? '0123456789' : 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
          for (const replacement of pool) {
            if (replacement === current) continue;
            const changed = `${reference.slice(0, position)}${replacement}${reference.slice(position + 1)}`;
            expect(isValidRf(changed)).toBe(false);
          }
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('referenceForInvoice', () => {
  const invoice = { customerNumber: '10042', invoiceNumber: '2025-0042' };

  it('keeps numeric numbers readable, zero-padded to fixed widths', () => {
    expect(invoiceReferenceBase('kid', invoice)).toBe('000100420020250042');
    expect(invoiceReferenceBase('nl', invoice)).toBe('010042020250042');
    expect(invoiceReferenceBase('rf', invoice)).toBe('000010042000020250042');
    expect(referenceForInvoice('kid', invoice)).toEqual({
      scheme: 'kid',
      reference: kidMod10('000100420020250042'),
      display: kidMod10('000100420020250042'),
    });
    expect(referenceForInvoice('kid', invoice, { kidAlgorithm: 'mod11' }).reference).toBe(
      kidMod11('000100420020250042'),
    );
    expect(referenceForInvoice('nl', invoice).reference).toBe(betalingskenmerk('010042020250042'));
    expect(referenceForInvoice('nl', invoice).display).toBe(
      formatBetalingskenmerk(betalingskenmerk('010042020250042')),
    );
    expect(referenceForInvoice('rf', invoice).display).toBe(formatRf(rfReference('000010042000020250042')));
  });

  it('keeps the boundary between customer and invoice number', () => {
    const a = referenceForInvoice('nl', { customerNumber: '12', invoiceNumber: '345' });
    const b = referenceForInvoice('nl', { customerNumber: '123', invoiceNumber: '45' });
    expect(a.reference).not.toBe(b.reference);
  });

  it('digests numbers with letters into a digits-only base', () => {
    const base = invoiceReferenceBase('nl', { customerNumber: 'cust-1001', invoiceNumber: '2025-0042' });
    expect(base).toMatch(/^\d{15}$/);
    expect(invoiceReferenceBase('nl', { customerNumber: 'cust-1002', invoiceNumber: '2025-0042' })).not.toBe(
      base,
    );
  });

  it('is deterministic and valid in its scheme for any numbers', () => {
    const label = fc.string({ minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(label, label, (customerNumber, invoiceNumber) => {
        const input = { customerNumber, invoiceNumber };
        const kid = referenceForInvoice('kid', input);
        const kid11 = referenceForInvoice('kid', input, { kidAlgorithm: 'mod11' });
        const nl = referenceForInvoice('nl', input);
        const rf = referenceForInvoice('rf', input);
        expect(isValidKid(kid.reference, 'mod10')).toBe(true);
        expect(isValidKid(kid11.reference, 'mod11')).toBe(true);
        expect(nl.reference).toHaveLength(16);
        expect(isValidBetalingskenmerk(nl.reference)).toBe(true);
        expect(isValidBetalingskenmerk(nl.display)).toBe(true);
        expect(isValidRf(rf.reference)).toBe(true);
        expect(isValidRf(rf.display)).toBe(true);
        expect(referenceForInvoice('nl', { ...input })).toEqual(nl);
      }),
    );
  });
});
