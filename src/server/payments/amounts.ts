import type { Money } from '../../domain';
import { ProblemError, problems } from '../problem';
import { type AssessedInvoice, amountDue } from '../views';
import { minimumCharge } from './stripe';

/** The part of a payment that goes to one invoice, minor units of the payment's currency. */
export interface Allocation {
  invoiceId: string;
  amount: number;
}

/** What the server decided a payment is for: the amount to charge and how it is split. */
export interface PaymentPlan {
  amount: Money;
  /** Everything due on these invoices right now (the amount of a full payment). */
  due: Money;
  /** Each invoice's share, oldest due date first; only invoices that get something. */
  allocations: Allocation[];
  /** The invoices as the customer named them, for the record. */
  invoices: AssessedInvoice[];
}

export interface PlanPaymentOptions {
  /** The customer's invoices, assessed now (the caller loads them; oldest due date first). */
  assessed: readonly AssessedInvoice[];
  invoiceIds: readonly string[];
  /** A part payment the customer asked for; left out, the full amount. */
  requested?: Money | undefined;
  /** The creditor allows part payments (`allowPartialPayments`). */
  allowPartial: boolean;
}

/**
 * Splits `amount` over invoices in order, each getting at most what it is due: part payments
 * settle the oldest invoice first, as a creditor's ledger would.
 */
export function allocate(amount: number, dues: readonly Allocation[]): Allocation[] {
  const shares: Allocation[] = [];
  let left = amount;
  for (const due of dues) {
    if (left <= 0) break;
    const share = Math.min(left, due.amount);
    if (share > 0) shares.push({ invoiceId: due.invoiceId, amount: share });
    left -= share;
  }
  // Only reachable if dues shrank after the amount was fixed: the surplus stays on the last invoice.
  const last = shares.at(-1);
  if (left > 0 && last) last.amount += left;
  return shares;
}

/**
 * The amount a card payment for `invoiceIds` charges, computed here and never taken from the
 * browser: what is due (the payable principal plus the fees owed, as for a bank transfer), or
 * the part the customer asked for where the creditor allows part payments, capped at what is due.
 *
 * @throws ProblemError 404 for an invoice the customer does not have, 422 for mixed currencies, a
 *   part payment in another currency, below Stripe's minimum or not allowed, 409 when nothing is due.
 */
export function planPayment(options: PlanPaymentOptions): PaymentPlan {
  const byId = new Map(options.assessed.map((invoice) => [invoice.bundle.invoice.id, invoice]));
  const chosen: AssessedInvoice[] = [];
  for (const id of options.invoiceIds) {
    const invoice = byId.get(id);
    // Another customer's invoice is simply not found: its existence is not revealed.
    if (!invoice) throw problems.notFound(`There is no invoice ${id}`);
    chosen.push(invoice);
  }
  // Oldest due date first, whatever order the browser listed them in.
  chosen.sort((a, b) => options.assessed.indexOf(a) - options.assessed.indexOf(b));

  const currency = chosen[0]?.bundle.invoice.currency ?? '';
  if (chosen.some((invoice) => invoice.bundle.invoice.currency !== currency)) {
    throw problems.unprocessable('Invoices in different currencies are paid separately', [
      { path: 'invoiceIds', message: 'Choose invoices in one currency' },
    ]);
  }
  const dues = chosen.map((invoice) => ({
    invoiceId: invoice.bundle.invoice.id,
    amount: amountDue(invoice).amount,
  }));
  const dueTotal = dues.reduce((sum, due) => sum + due.amount, 0);
  if (dueTotal <= 0) {
    throw new ProblemError(409, 'nothing_payable', {
      detail: 'Nothing is due on these invoices: they are paid, withdrawn, or entirely under dispute',
    });
  }

  let amount = dueTotal;
  const requested = options.requested;
  if (requested) {
    if (requested.currency !== currency) {
      throw problems.unprocessable(`Pay in the invoices' currency ${currency}`, [
        { path: 'amount.currency', message: `Use ${currency}` },
      ]);
    }
    if (requested.amount < dueTotal) {
      if (!options.allowPartial) {
        throw new ProblemError(422, 'policy_violation', {
          detail: 'Part payments are not offered: pay the full amount, or propose a payment plan',
          rule: 'partial_payments',
          errors: [{ path: 'amount', message: 'Leave the amount out to pay in full' }],
        });
      }
      const minimum = minimumCharge(currency);
      if (requested.amount < minimum) {
        throw problems.unprocessable(
          `A card payment must be at least ${minimum} minor units of ${currency}`,
          [{ path: 'amount.amount', message: `Use at least ${minimum}` }],
        );
      }
      amount = requested.amount;
    }
    // More than is due is capped: nobody is charged beyond what they owe.
  }
  return {
    amount: { amount, currency },
    due: { amount: dueTotal, currency },
    allocations: allocate(amount, dues),
    invoices: chosen,
  };
}
