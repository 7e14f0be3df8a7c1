import { describe, expect, it } from 'vitest';
import { BankAccountInput, ReminderScheduleInput, SettingsUpsert } from '../../../src/contract/settings';
import { dutchSettingsText, example, norwegianSettingsText } from './fixtures';
import { issuePaths, issuesOf } from './helpers';

describe('SettingsUpsert', () => {
  it('accepts every optional part together', () => {
    const body = {
      ...example(norwegianSettingsText),
      kidAlgorithm: 'mod11',
      promisePolicy: { maxDays: 14 },
      reminderSchedule: {
        reminderAfterDays: 14,
        firmAfterDays: 28,
        finalAfterDays: 35,
        collectionAfterDays: 56,
      },
      disputeResponseDays: 14,
      allowPartialPayments: true,
      contact: {
        email: 'kundeservice@fjordlys.example',
        phone: '+47 22 00 00 00',
        url: 'https://fjordlys.example',
      },
      messages: { 'nb-NO': { 'banner.reminder.title': 'Hei! En faktura har forfalt' } },
    };
    expect(SettingsUpsert.safeParse(body).error?.issues).toBeUndefined();
  });

  it('needs name, country, currency, locale and a bank account', () => {
    expect(issuePaths(issuesOf(SettingsUpsert, {})).sort()).toEqual([
      'bankAccount',
      'country',
      'currency',
      'locale',
      'name',
    ]);
  });

  it('refuses a plan policy in another currency than the creditor', () => {
    const body = example(norwegianSettingsText);
    (body.planPolicy as Record<string, unknown>).fee = { amount: 5000, currency: 'EUR' };
    expect(issuePaths(issuesOf(SettingsUpsert, body))).toEqual(['planPolicy.fee.currency']);
  });

  it('refuses a KID algorithm with another reference scheme', () => {
    const body = { ...example(dutchSettingsText), kidAlgorithm: 'mod10' };
    expect(issuePaths(issuesOf(SettingsUpsert, body))).toEqual(['kidAlgorithm']);
  });

  it('refuses an unknown country and reference scheme', () => {
    const body = { ...example(dutchSettingsText), country: 'FR', referenceScheme: 'ocr' };
    expect(issuePaths(issuesOf(SettingsUpsert, body)).sort()).toEqual(['country', 'referenceScheme']);
  });
});

describe('BankAccountInput', () => {
  it('needs an account number or an IBAN', () => {
    expect(issuePaths(issuesOf(BankAccountInput, { bic: 'ABNANL2A' }))).toEqual(['accountNumber']);
  });

  it('checks the IBAN check digits', () => {
    expect(BankAccountInput.safeParse({ iban: 'NL91ABNA0417164300' }).success).toBe(true);
    expect(BankAccountInput.safeParse({ iban: 'NO9386011117947' }).success).toBe(true);
    expect(issuesOf(BankAccountInput, { iban: 'NL92ABNA0417164300' })[0]?.message).toMatch(/check/);
    expect(BankAccountInput.safeParse({ iban: 'nl91abna0417164300' }).success).toBe(false);
  });

  it('refuses a malformed BIC', () => {
    expect(issuePaths(issuesOf(BankAccountInput, { iban: 'NL91ABNA0417164300', bic: 'ABN' }))).toEqual([
      'bic',
    ]);
  });
});

describe('ReminderScheduleInput', () => {
  it('refuses stages out of order, at the later one', () => {
    const schedule = {
      reminderAfterDays: 14,
      firmAfterDays: 10,
      finalAfterDays: 35,
      collectionAfterDays: 35,
    };
    expect(issuePaths(issuesOf(ReminderScheduleInput, schedule)).sort()).toEqual([
      'collectionAfterDays',
      'firmAfterDays',
    ]);
  });

  it('accepts a partial schedule', () => {
    expect(ReminderScheduleInput.safeParse({ finalNoticeDays: 14 }).success).toBe(true);
  });
});
