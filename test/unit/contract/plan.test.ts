import { describe, expect, it } from 'vitest';
import {
  CreatePlanRequest,
  CreatePlanWithCount,
  PlanDecisionRequest,
  PlanQuoteQuery,
} from '../../../src/contract/plan';
import { issuePaths, issuesOf, unknownFieldPaths } from './helpers';

const nok = (amount: number) => ({ amount, currency: 'NOK' });

describe('CreatePlanRequest', () => {
  it('accepts explicit instalments', () => {
    const body = {
      invoiceIds: ['inv-1'],
      instalments: [
        { dueDate: '2026-12-01', amount: nok(50000) },
        { dueDate: '2027-01-01', amount: nok(52750) },
      ],
    };
    expect(CreatePlanRequest.safeParse(body).data).toEqual(body);
  });

  it('accepts a count with a biweekly frequency', () => {
    const body = { invoiceIds: ['inv-1'], count: 4, firstDueDate: '2026-12-01', frequency: 'biweekly' };
    expect(CreatePlanRequest.safeParse(body).success).toBe(true);
  });

  it('refuses instalments whose dates do not increase or whose currencies differ', () => {
    const body = {
      invoiceIds: ['inv-1'],
      instalments: [
        { dueDate: '2026-12-01', amount: nok(50000) },
        { dueDate: '2026-12-01', amount: { amount: 100, currency: 'SEK' } },
      ],
    };
    expect(issuePaths(issuesOf(CreatePlanRequest, body)).sort()).toEqual([
      'instalments.1.amount.currency',
      'instalments.1.dueDate',
    ]);
  });

  it('refuses zero, fractional or float amounts and counts', () => {
    expect(
      CreatePlanWithCount.safeParse({ invoiceIds: ['a'], count: 0, firstDueDate: '2026-12-01' }).success,
    ).toBe(false);
    expect(
      CreatePlanWithCount.safeParse({ invoiceIds: ['a'], count: 2.5, firstDueDate: '2026-12-01' }).success,
    ).toBe(false);
    const zero = { invoiceIds: ['a'], instalments: [{ dueDate: '2026-12-01', amount: nok(0) }] };
    expect(CreatePlanRequest.safeParse(zero).success).toBe(false);
  });

  it('names an unknown field even though the body is a union', () => {
    const body = { invoiceIds: ['inv-1'], count: 3, firstDueDate: '2026-12-01', monthlyAmount: nok(100) };
    expect(unknownFieldPaths(issuesOf(CreatePlanRequest, body))).toEqual(['monthlyAmount']);
  });

  it('refuses a body mixing both forms', () => {
    const body = {
      invoiceIds: ['inv-1'],
      count: 1,
      firstDueDate: '2026-12-01',
      instalments: [{ dueDate: '2026-12-01', amount: nok(100) }],
    };
    expect(CreatePlanRequest.safeParse(body).success).toBe(false);
  });

  it('refuses a first due date that does not exist', () => {
    expect(
      CreatePlanRequest.safeParse({ invoiceIds: ['a'], count: 3, firstDueDate: '2026-02-30' }).success,
    ).toBe(false);
  });
});

describe('PlanQuoteQuery', () => {
  it('splits comma-separated ids and takes repeated ones', () => {
    expect(PlanQuoteQuery.parse({ invoiceIds: 'inv-1,inv-2' })).toEqual({ invoiceIds: ['inv-1', 'inv-2'] });
    expect(PlanQuoteQuery.parse({ invoiceIds: ['inv-1', 'inv-2'] })).toEqual({
      invoiceIds: ['inv-1', 'inv-2'],
    });
  });

  it('refuses empty lists, empty ids, duplicates and unknown parameters', () => {
    for (const invoiceIds of ['', 'inv-1,', ',inv-1', 'inv-1,,inv-2', 'inv-1,inv-1', 'inv 1']) {
      expect(PlanQuoteQuery.safeParse({ invoiceIds }).success, invoiceIds).toBe(false);
    }
    expect(unknownFieldPaths(issuesOf(PlanQuoteQuery, { invoiceIds: 'a', count: '3' }))).toEqual(['count']);
  });
});

describe('PlanDecisionRequest', () => {
  it('takes accept or reject with an optional message', () => {
    expect(PlanDecisionRequest.safeParse({ decision: 'accept' }).success).toBe(true);
    expect(PlanDecisionRequest.safeParse({ decision: 'reject', message: 'Too long' }).success).toBe(true);
    expect(PlanDecisionRequest.safeParse({ decision: 'maybe' }).success).toBe(false);
    expect(PlanDecisionRequest.safeParse({ decision: 'reject', message: '' }).success).toBe(false);
  });
});
