import { describe, expect, it } from 'vitest';
import { AccountSummary } from '../../../src/contract/account';
import { Dispute } from '../../../src/contract/dispute';
import { InvoiceDetail } from '../../../src/contract/invoice';
import { Payment } from '../../../src/contract/payment';
import { ProblemSchema } from '../../../src/contract/problem';
import { PaymentPromise } from '../../../src/contract/promise';
import { OutgoingWebhookEvent } from '../../../src/contract/webhooks';
import { accountSummary, invoiceDetail, planResponse } from './fixtures';
import { issuePaths, issuesOf } from './helpers';

const nok = (amount: number) => ({ amount, currency: 'NOK' });

const dispute = {
  id: 'dsp_1',
  reference: 'D-2026-0007',
  status: 'open',
  invoiceId: 'inv-2025-0042',
  reason: 'wrong_amount',
  lineIds: ['l2'],
  amount: nok(4900),
  respondBy: '2026-11-16',
  createdAt: '2026-11-02T10:00:00Z',
  attachments: [{ id: 'att_1', name: 'kvittering.pdf', size: 48213, type: 'application/pdf' }],
};

const promise = {
  id: 'prm_1',
  invoiceIds: ['inv-2025-0042'],
  date: '2026-11-15',
  amount: nok(152750),
  status: 'active',
  createdAt: '2026-11-02T10:00:00Z',
};

describe('response schemas', () => {
  it('accept a full account summary with a plan, disputes and a promise', () => {
    expect(AccountSummary.safeParse(accountSummary()).error?.issues).toBeUndefined();
    const busy = {
      ...accountSummary(),
      stage: 'paused',
      pauseReason: 'plan',
      plan: planResponse(),
      disputes: [dispute],
      promise,
    };
    expect(AccountSummary.safeParse(busy).error?.issues).toBeUndefined();
  });

  it('tolerate fields a newer server adds, and drop them', () => {
    const grown = {
      ...accountSummary(),
      loyaltyPoints: 12,
      customer: { ...accountSummary().customer, segment: 'A' },
    };
    const parsed = AccountSummary.parse(grown);
    expect(parsed).not.toHaveProperty('loyaltyPoints');
    expect(parsed.customer).not.toHaveProperty('segment');
  });

  it('accept an invoice detail and refuse one missing its lines', () => {
    expect(InvoiceDetail.safeParse(invoiceDetail()).error?.issues).toBeUndefined();
    const { lines: _lines, ...withoutLines } = invoiceDetail();
    expect(issuePaths(issuesOf(InvoiceDetail, withoutLines))).toEqual(['lines']);
  });

  it('refuse links that are not http(s), since the widgets render them', () => {
    expect(
      issuePaths(issuesOf(InvoiceDetail, { ...invoiceDetail(), documentUrl: 'javascript:alert(1)' })),
    ).toEqual(['documentUrl']);
    const creditor = { name: 'X', url: 'data:text/html,hi' };
    expect(issuePaths(issuesOf(InvoiceDetail, { ...invoiceDetail(), creditor }))).toEqual(['creditor.url']);
  });

  it('refuse a negative fee and an unknown charge kind', () => {
    const detail = invoiceDetail();
    detail.charges[0] = { ...detail.charges[0]!, kind: 'admin_fee' };
    detail.charges[1] = { ...detail.charges[1]!, amount: nok(-1) };
    expect(issuePaths(issuesOf(InvoiceDetail, detail)).sort()).toEqual([
      'charges.0.kind',
      'charges.1.amount.amount',
    ]);
  });

  it('accept a payment without Stripe keys, and refuse another provider', () => {
    const payment = {
      id: 'pay_1',
      status: 'requires_payment_method',
      amount: nok(152750),
      provider: 'stripe',
      clientSecret: null,
      publishableKey: null,
      invoiceIds: ['inv-2025-0042'],
    };
    expect(Payment.safeParse(payment).success).toBe(true);
    expect(issuePaths(issuesOf(Payment, { ...payment, provider: 'paypal' }))).toEqual(['provider']);
    expect(issuePaths(issuesOf(Payment, { ...payment, status: 'pending' }))).toEqual(['status']);
  });

  it('accept disputes and promises', () => {
    expect(Dispute.safeParse(dispute).success).toBe(true);
    const resolved = {
      ...dispute,
      status: 'resolved',
      resolution: {
        outcome: 'credited',
        message: 'Sorry',
        creditAmount: nok(4900),
        at: '2026-11-05T12:00:00Z',
      },
    };
    expect(Dispute.safeParse(resolved).success).toBe(true);
    expect(PaymentPromise.safeParse(promise).success).toBe(true);
    expect(issuePaths(issuesOf(PaymentPromise, { ...promise, status: 'forgotten' }))).toEqual(['status']);
  });

  it('type each outgoing webhook by its type', () => {
    const envelope = { id: 'evt_1', createdAt: '2026-11-02T10:00:00Z', customerId: 'cust-1001' };
    expect(OutgoingWebhookEvent.safeParse({ ...envelope, type: 'promise.made', data: promise }).success).toBe(
      true,
    );
    expect(
      OutgoingWebhookEvent.safeParse({
        ...envelope,
        type: 'stage.changed',
        data: { from: 'reminder', to: 'firm' },
      }).success,
    ).toBe(true);
    expect(OutgoingWebhookEvent.safeParse({ ...envelope, type: 'promise.made', data: dispute }).success).toBe(
      false,
    );
    expect(OutgoingWebhookEvent.safeParse({ ...envelope, type: 'invoice.deleted', data: {} }).success).toBe(
      false,
    );
  });

  it('problem documents carry a status in the error range', () => {
    const problem = { type: 'about:blank', title: 'Bad request', status: 400, code: 'invalid_request' };
    expect(ProblemSchema.safeParse(problem).success).toBe(true);
    expect(ProblemSchema.safeParse({ ...problem, status: 200 }).success).toBe(false);
  });
});
