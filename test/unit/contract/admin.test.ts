import { describe, expect, it } from 'vitest';
import { InvoiceUpsert, MetricsQuery, PauseRequest, ResumeRequest } from '../../../src/contract/admin';
import { CustomerUpsert } from '../../../src/contract/customer';
import { customerText, example, invoiceText } from './fixtures';
import { issuePaths, issuesOf, unknownFieldPaths } from './helpers';

type Line = Record<string, unknown> & { unitPrice: { currency: string }; amount: { currency: string } };

function invoice() {
  const body = example(invoiceText);
  return { body, lines: body.lines as Line[], reminders: body.reminders as Record<string, unknown>[] };
}

describe('InvoiceUpsert', () => {
  it('refuses a line priced in another currency than the invoice, at that line', () => {
    const { body, lines } = invoice();
    lines[1]!.amount.currency = 'SEK';
    lines[1]!.unitPrice.currency = 'SEK';
    const issues = issuesOf(InvoiceUpsert, body);
    expect(issuePaths(issues).sort()).toEqual(['lines.1.amount.currency', 'lines.1.unitPrice.currency']);
    expect(issues[0]?.message).toContain('NOK');
  });

  it('refuses a reminder fee and a payment in another currency', () => {
    const { body, reminders } = invoice();
    reminders[0]!.fee = { amount: 3750, currency: 'EUR' };
    body.payments = [{ receivedOn: '2026-10-10', amount: { amount: 100, currency: 'EUR' } }];
    expect(issuePaths(issuesOf(InvoiceUpsert, body)).sort()).toEqual([
      'payments.0.amount.currency',
      'reminders.0.fee.currency',
    ]);
  });

  it('refuses two lines with one id', () => {
    const { body, lines } = invoice();
    lines[1]!.id = 'l1';
    expect(issuePaths(issuesOf(InvoiceUpsert, body))).toEqual(['lines.1.id']);
  });

  it('refuses a due date before the issue date, and accepts the same day', () => {
    const { body } = invoice();
    body.dueDate = '2026-09-19';
    expect(issuePaths(issuesOf(InvoiceUpsert, body))).toEqual(['dueDate']);
    body.dueDate = '2026-09-20';
    expect(InvoiceUpsert.safeParse(body).success).toBe(true);
  });

  it('refuses an impossible date', () => {
    const { body } = invoice();
    body.issueDate = '2026-02-30';
    expect(issuePaths(issuesOf(InvoiceUpsert, body))).toEqual(['issueDate']);
  });

  it('refuses an invoice without lines', () => {
    expect(issuePaths(issuesOf(InvoiceUpsert, { ...invoice().body, lines: [] }))).toEqual(['lines']);
  });

  it('refuses a fractional line amount', () => {
    const { body, lines } = invoice();
    (lines[0]!.amount as Record<string, unknown>).amount = 1441.5;
    expect(issuePaths(issuesOf(InvoiceUpsert, body))).toEqual(['lines.0.amount.amount']);
  });

  it('accepts reminders sent at a timestamp, payments already received and a cancelled status', () => {
    const { body, reminders } = invoice();
    reminders[0]!.sentAt = '2026-10-20T08:00:00Z';
    reminders[0]!.kind = 'firm';
    body.payments = [
      { receivedOn: '2026-10-10', amount: { amount: 10000, currency: 'NOK' }, method: 'bank_transfer' },
    ];
    body.status = 'cancelled';
    body.documentUrl = 'https://fjordlys.example/faktura/2025-0042.pdf';
    expect(InvoiceUpsert.safeParse(body).error?.issues).toBeUndefined();
  });

  it('refuses a document link that is not http(s) and an unknown reminder channel', () => {
    const { body, reminders } = invoice();
    body.documentUrl = 'javascript:alert(1)';
    reminders[0]!.channel = 'pigeon';
    expect(issuePaths(issuesOf(InvoiceUpsert, body)).sort()).toEqual(['documentUrl', 'reminders.0.channel']);
  });
});

describe('CustomerUpsert', () => {
  it('requires name and kind only', () => {
    expect(CustomerUpsert.safeParse({ name: 'Jan Jansen', kind: 'business' }).success).toBe(true);
    expect(issuePaths(issuesOf(CustomerUpsert, { name: 'Jan Jansen' }))).toEqual(['kind']);
  });

  it('refuses a bad e-mail, an unknown kind and unknown fields', () => {
    const body = {
      ...example(customerText),
      email: 'kari-at-example',
      kind: 'robot',
      birthday: '1970-01-01',
    };
    const issues = issuesOf(CustomerUpsert, body);
    expect(issuePaths(issues).sort()).toEqual(['', 'email', 'kind']);
    expect(unknownFieldPaths(issues)).toEqual(['birthday']);
  });
});

describe('pause, resume and metrics', () => {
  it('pause takes an optional reason and date, nothing else', () => {
    expect(PauseRequest.safeParse({}).success).toBe(true);
    expect(PauseRequest.safeParse({ reason: 'Customer called', until: '2026-12-01' }).success).toBe(true);
    expect(unknownFieldPaths(issuesOf(PauseRequest, { stage: 'paused' }))).toEqual(['stage']);
    expect(ResumeRequest.safeParse({}).success).toBe(true);
  });

  it('metrics query refuses a range that ends before it starts', () => {
    expect(MetricsQuery.safeParse({ from: '2026-01-01', to: '2026-12-31' }).success).toBe(true);
    expect(MetricsQuery.safeParse({}).success).toBe(true);
    expect(issuePaths(issuesOf(MetricsQuery, { from: '2026-12-31', to: '2026-01-01' }))).toEqual(['to']);
  });
});
