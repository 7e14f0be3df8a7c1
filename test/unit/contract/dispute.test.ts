import { describe, expect, it } from 'vitest';
import {
  DISPUTE_FILE_LIMITS,
  DisputeDecisionRequest,
  DisputeFields,
  disputeFormData,
  readDisputeForm,
} from '../../../src/contract/dispute';
import { issuePaths, issuesOf, unknownFieldPaths } from './helpers';

const fields: DisputeFields = {
  invoiceId: 'inv-2025-0042',
  reason: 'wrong_amount',
  lineIds: ['l1', 'l2'],
  amount: { amount: 4900, currency: 'NOK' },
  message: 'Fastbeløpet er trukket to ganger.',
};

describe('DisputeFields', () => {
  it('accepts the full form and the minimal one', () => {
    expect(DisputeFields.safeParse(fields).success).toBe(true);
    expect(
      DisputeFields.safeParse({ invoiceId: 'inv-1', reason: 'not_received', message: 'Never came' }).success,
    ).toBe(true);
  });

  it('refuses an unknown reason, an empty or too long message, and duplicate lines', () => {
    expect(issuePaths(issuesOf(DisputeFields, { ...fields, reason: 'too_expensive' }))).toEqual(['reason']);
    expect(issuePaths(issuesOf(DisputeFields, { ...fields, message: '' }))).toEqual(['message']);
    expect(issuePaths(issuesOf(DisputeFields, { ...fields, message: 'x'.repeat(2001) }))).toEqual([
      'message',
    ]);
    expect(issuePaths(issuesOf(DisputeFields, { ...fields, lineIds: ['l1', 'l1'] }))).toEqual(['lineIds']);
  });

  it('refuses a zero amount and unknown fields', () => {
    expect(
      issuePaths(issuesOf(DisputeFields, { ...fields, amount: { amount: 0, currency: 'NOK' } })),
    ).toEqual(['amount.amount']);
    expect(unknownFieldPaths(issuesOf(DisputeFields, { ...fields, urgent: 'yes' }))).toEqual(['urgent']);
  });
});

describe('the dispute form on the wire', () => {
  it('round-trips fields and files through FormData', async () => {
    const file = new File([new Uint8Array([0x25, 0x50, 0x44, 0x46])], 'kvittering.pdf', {
      type: 'application/pdf',
    });
    const form = disputeFormData(fields, [file]);
    expect(form.getAll('lineIds')).toEqual(['l1', 'l2']);
    const parts = await readDisputeForm(form);
    expect(DisputeFields.parse(parts.fields)).toEqual(fields);
    expect(parts.files).toHaveLength(1);
    expect((parts.files[0] as File).name).toBe('kvittering.pdf');
  });

  it('reads an amount sent as a JSON file part', async () => {
    const form = new FormData();
    form.append('invoiceId', 'inv-1');
    form.append('reason', 'quality');
    form.append('message', 'Broken');
    form.append('amount', new Blob(['{"amount":500,"currency":"EUR"}'], { type: 'application/json' }));
    const parts = await readDisputeForm(form);
    expect(DisputeFields.parse(parts.fields).amount).toEqual({ amount: 500, currency: 'EUR' });
  });

  it('leaves bad parts for validation to name: non-JSON amount, repeated message, unknown part', async () => {
    const form = disputeFormData({ invoiceId: 'inv-1', reason: 'other', message: 'first' });
    form.append('message', 'second');
    form.append('amount', '49,00 kr');
    form.append('priority', 'high');
    const parts = await readDisputeForm(form);
    const issues = issuesOf(DisputeFields, parts.fields);
    expect(issuePaths(issues).sort()).toEqual(['', 'amount', 'message']);
    expect(unknownFieldPaths(issues)).toEqual(['priority']);
  });

  it('states the file limits of CONTRACT.md', () => {
    expect(DISPUTE_FILE_LIMITS).toEqual({
      maxFiles: 5,
      maxFileBytes: 10 * 1024 * 1024,
      types: ['application/pdf', 'image/png', 'image/jpeg'],
    });
  });
});

describe('DisputeDecisionRequest', () => {
  it('requires the credited amount for a credit and refuses one for an upheld claim', () => {
    expect(
      DisputeDecisionRequest.safeParse({
        outcome: 'credited',
        message: 'Refunded',
        creditAmount: { amount: 4900, currency: 'NOK' },
      }).success,
    ).toBe(true);
    expect(
      issuePaths(issuesOf(DisputeDecisionRequest, { outcome: 'credited', message: 'Refunded' })),
    ).toEqual(['creditAmount']);
    expect(
      issuePaths(
        issuesOf(DisputeDecisionRequest, {
          outcome: 'upheld',
          message: 'Delivered',
          creditAmount: { amount: 1, currency: 'NOK' },
        }),
      ),
    ).toEqual(['creditAmount']);
    expect(
      DisputeDecisionRequest.safeParse({ outcome: 'corrected', message: 'New invoice sent' }).success,
    ).toBe(true);
  });
});
