/**
 * The calls `<amicable-pay-now>` makes. Schemas come straight from their contract files (not the
 * endpoint registry), so this chunk carries only what it validates.
 */
import { getAccount } from '../../src/client/account';
import type { ApiClient } from '../../src/client/api/client';
import type { AccountSummary } from '../../src/contract/account';
import { InvoiceDetail } from '../../src/contract/invoice';
import type { Money } from '../../src/contract/money';
import { Payment } from '../../src/contract/payment';

/** What the element shows: the account (payment options, creditor) and each invoice's transfer details. */
export interface PayNowData {
  account: AccountSummary;
  /** The invoices asked for, in the order asked, with something to pay. */
  invoices: InvoiceDetail[];
}

/**
 * Loads the account and the invoices to pay: those named, or else every overdue invoice. Invoices
 * in another currency than the first are left out (they are paid separately).
 */
export async function loadPayNowData(
  client: ApiClient,
  invoiceIds: readonly string[],
  signal: AbortSignal,
): Promise<PayNowData> {
  const account = await getAccount(client, { signal });
  const ids =
    invoiceIds.length > 0
      ? invoiceIds
      : account.invoices
          .filter((invoice) => invoice.daysOverdue > 0)
          .sort((a, b) => (a.dueDate < b.dueDate ? -1 : a.dueDate > b.dueDate ? 1 : 0))
          .map((invoice) => invoice.id);
  const details = await Promise.all(
    ids.map((id) => client.request(InvoiceDetail, { path: `/invoices/${encodeURIComponent(id)}`, signal })),
  );
  const payable = details.filter((invoice) => invoice.payment.amount.amount > 0);
  const currency = payable[0]?.payment.amount.currency;
  return { account, invoices: payable.filter((invoice) => invoice.payment.amount.currency === currency) };
}

/** `POST /v1/payments`: starts a card payment; the server decides (and caps) the amount. */
export function createPayment(
  client: ApiClient,
  body: { invoiceIds: string[]; amount?: Money },
  idempotencyKey: string,
): Promise<Payment> {
  return client.request(Payment, { method: 'POST', path: '/payments', json: body, idempotencyKey });
}

/** `GET /v1/payments/{id}`: the server's view, refreshed from Stripe while the payment is in flight. */
export function getPayment(client: ApiClient, id: string): Promise<Payment> {
  return client.request(Payment, { path: `/payments/${encodeURIComponent(id)}` });
}
