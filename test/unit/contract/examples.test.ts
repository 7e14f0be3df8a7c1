import { describe, expect, it } from 'vitest';
import { InvoiceUpsert } from '../../../src/contract/admin';
import { CustomerUpsert } from '../../../src/contract/customer';
import { CreatePlanRequest, Plan } from '../../../src/contract/plan';
import { SettingsUpsert } from '../../../src/contract/settings';
import {
  customerText,
  dutchSettingsText,
  example,
  invoiceText,
  norwegianSettingsText,
  planResponse,
  planText,
} from './fixtures';
import { issuesOf, unknownFieldPaths } from './helpers';

const cases = [
  { name: 'Norwegian settings', schema: SettingsUpsert, text: norwegianSettingsText },
  { name: 'Dutch settings', schema: SettingsUpsert, text: dutchSettingsText },
  { name: 'customer upsert', schema: CustomerUpsert, text: customerText },
  { name: 'invoice upsert', schema: InvoiceUpsert, text: invoiceText },
  { name: 'plan by count', schema: CreatePlanRequest, text: planText },
] as const;

describe('the exact example bodies of CONTRACT.md', () => {
  it.each(cases)('accepts the $name body unchanged', ({ schema, text }) => {
    const body = example(text);
    const result = schema.safeParse(body);
    expect(result.error?.issues).toBeUndefined();
    expect(result.data).toEqual(body);
  });

  it.each(cases)('refuses the $name body with an unknown top-level field, naming it', ({ schema, text }) => {
    const body = { ...example(text), colour: 'blue' };
    expect(unknownFieldPaths(issuesOf(schema, body))).toEqual(['colour']);
  });

  it('names an unknown field nested in an invoice line', () => {
    const body = example(invoiceText);
    (body.lines as Record<string, unknown>[])[1]!.vatRate = 25;
    expect(unknownFieldPaths(issuesOf(InvoiceUpsert, body))).toEqual(['lines.1.vatRate']);
  });

  it('names an unknown field inside Money and inside the plan policy', () => {
    const body = example(norwegianSettingsText);
    const policy = body.planPolicy as Record<string, unknown>;
    policy.minInstalment = { amount: 20000, currency: 'NOK', display: '200 kr' };
    policy.graceDays = 3;
    expect(unknownFieldPaths(issuesOf(SettingsUpsert, body)).sort()).toEqual([
      'planPolicy.graceDays',
      'planPolicy.minInstalment.display',
    ]);
  });

  it('names an unknown field in the bank account and the tone', () => {
    const body = example(dutchSettingsText);
    (body.bankAccount as Record<string, unknown>).sortCode = '12-34-56';
    (body.tone as Record<string, unknown>).warmth = 'high';
    expect(unknownFieldPaths(issuesOf(SettingsUpsert, body)).sort()).toEqual([
      'bankAccount.sortCode',
      'tone.warmth',
    ]);
  });

  it('accepts the plan the example answers with', () => {
    expect(Plan.safeParse(planResponse()).success).toBe(true);
  });
});
