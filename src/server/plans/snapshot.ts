/**
 * A customer's invoices assessed as of one instant, for plans and promises. The same as
 * `loadCustomerState` in `../state`, rebuilt here because `state.ts` runs the plans' follow-up
 * after every write and must be able to import this folder without importing itself back.
 */
import type { Money, PlanPolicy, PromisePolicy } from '../../domain';
import { money, sumMoney } from '../../domain';
import type { Queryable } from '../db/schema';
import { loadCustomerRecords } from '../store/customer-records';
import { type AssessedInvoice, assessBundle, type ViewContext } from '../views';

/** A customer with every invoice assessed. */
export interface CustomerSnapshot {
  context: ViewContext;
  invoices: AssessedInvoice[];
}

/** Loads and assesses a customer's invoices; 404 for an unknown customer, 409 without settings. */
export async function loadSnapshot(
  db: Queryable,
  options: { creditorId: string; customerId: string; now: Date; cardPayments?: boolean },
): Promise<CustomerSnapshot> {
  const { creditorId, customerId, now } = options;
  const { creditor, customer, pause, bundles } = await loadCustomerRecords(db, {
    creditorId,
    customerId,
    today: now.toISOString().slice(0, 10),
  });
  const context: ViewContext = {
    creditor,
    customer,
    pause,
    now,
    cardPayments: options.cardPayments ?? false,
  };
  return { context, invoices: bundles.map((bundle) => assessBundle(bundle, context)) };
}

/** The calendar day of the snapshot (UTC, as the server counts). */
export function todayOf(snapshot: CustomerSnapshot): string {
  return snapshot.context.now.toISOString().slice(0, 10);
}

/** The creditor's plan policy in the domain's terms. */
export function planPolicyOf(snapshot: CustomerSnapshot): PlanPolicy {
  return snapshot.context.creditor.settings.planPolicy;
}

/** The creditor's promise policy. */
export function promisePolicyOf(snapshot: CustomerSnapshot): PromisePolicy {
  return snapshot.context.creditor.settings.promisePolicy;
}

/** The snapshot's invoices with these ids, in the order given (ids it does not have are left out). */
export function invoicesById(snapshot: CustomerSnapshot, ids: readonly string[]): AssessedInvoice[] {
  const byId = new Map(snapshot.invoices.map((invoice) => [invoice.bundle.invoice.id, invoice]));
  return ids.flatMap((id) => {
    const invoice = byId.get(id);
    return invoice ? [invoice] : [];
  });
}

/** Every payment received on these invoices, with the day it arrived, for `trackPlan`. */
export function paymentsOn(invoices: readonly AssessedInvoice[]): { date: string; amount: Money }[] {
  return invoices.flatMap(({ bundle }) =>
    bundle.payments
      .filter(
        (entry) => entry.payment.received_on !== null && entry.payment.currency === bundle.invoice.currency,
      )
      .map((entry) => ({
        date: entry.payment.received_on as string,
        amount: money(entry.amount, bundle.invoice.currency),
      })),
  );
}

/** What has been received on these invoices so far, in `currency`. */
export function paidSoFar(invoices: readonly AssessedInvoice[], currency: string): Money {
  return sumMoney(
    paymentsOn(invoices).map((payment) => payment.amount),
    currency,
  );
}
