/**
 * Typed calls for the customer's account, on top of the API client.
 *
 * The schema comes straight from `contract/account`, not through the `endpoints` registry: the
 * registry names every schema of the API, and a browser chunk that imports it carries them all.
 */
import { AccountSummary } from '../contract/account';
import type { ApiClient } from './api/client';

export type { AccountSummary };

/** Options of a single read. */
export interface ReadOptions {
  /** Cancels the call (an element that left the page); it then rejects with `AbortError`. */
  signal?: AbortSignal;
}

/**
 * `GET /v1/account`: the customer's overview (stage, tone, totals, invoices, next step, allowed
 * actions), validated against the contract. Rejects only with `AmicableError` subclasses.
 */
export function getAccount(client: ApiClient, options: ReadOptions = {}): Promise<AccountSummary> {
  return client.request(AccountSummary, { path: '/account', signal: options.signal });
}

/** The invoices an account has that are past their due date, most overdue first. */
export function overdueInvoices(account: AccountSummary): AccountSummary['invoices'] {
  return account.invoices
    .filter((invoice) => invoice.daysOverdue > 0)
    .sort((a, b) => b.daysOverdue - a.daysOverdue);
}
