/**
 * The proposer's calls to the API. The schemas come straight from the contract files, not through
 * the `endpoints` registry, so this chunk carries only what it uses.
 */
import type { ApiClient } from '../../src/client/api/client';
import { AccountSummary } from '../../src/contract/account';
import { Plan, PlanQuote } from '../../src/contract/plan';
import { PaymentPromise } from '../../src/contract/promise';
import type { PlanRequest } from './proposal';

/**
 * The invoices a proposer without an `invoices` attribute is about: every overdue one with
 * something left to pay, or every open one when none is overdue yet.
 */
async function defaultInvoiceIds(client: ApiClient, signal: AbortSignal): Promise<string[]> {
  const account = await client.request(AccountSummary, { path: '/account', signal });
  const open = account.invoices.filter((invoice) => invoice.outstanding.amount > 0);
  const overdue = open.filter((invoice) => invoice.daysOverdue > 0);
  return (overdue.length > 0 ? overdue : open).map((invoice) => invoice.id);
}

/** `GET /v1/plans/quote` for the invoices (all overdue ones when none are named); `undefined` when there are none. */
export async function loadQuote(
  client: ApiClient,
  invoiceIds: readonly string[],
  signal: AbortSignal,
): Promise<PlanQuote | undefined> {
  const ids = invoiceIds.length > 0 ? [...invoiceIds] : await defaultInvoiceIds(client, signal);
  if (ids.length === 0) return undefined;
  return client.request(PlanQuote, {
    path: '/plans/quote',
    searchParams: { invoiceIds: ids.join(',') },
    signal,
  });
}

/** `POST /v1/plans`, under the caller's `Idempotency-Key` so that a retry makes no second plan. */
export function proposePlan(client: ApiClient, request: PlanRequest, idempotencyKey: string): Promise<Plan> {
  return client.request(Plan, { method: 'POST', path: '/plans', json: request, idempotencyKey });
}

/** `POST /v1/promises`, under the caller's `Idempotency-Key`. */
export function makePromise(
  client: ApiClient,
  request: { invoiceIds: string[]; date: string },
  idempotencyKey: string,
): Promise<PaymentPromise> {
  return client.request(PaymentPromise, { method: 'POST', path: '/promises', json: request, idempotencyKey });
}
