/**
 * What a plan or a promise is about: the customer's invoices it names, checked, and the amounts.
 *
 * A plan pays off what is payable (the outstanding principal less any part under dispute) plus the
 * fees already charged (reminder fees, notice fees, compensation, collection costs). The late
 * interest accrued so far is left out and waived while the plan is kept: the plan offer is
 * generous and the dates are firm (DOMAIN.md). If the plan lapses, the stage engine charges the
 * interest again as it always would. A promise to pay "everything" covers the interest too.
 */
import { type Money, money, subtractMoney, sumMoney } from '../../domain';
import { ProblemError, problems } from '../problem';
import { type AssessedInvoice, amountDue } from '../views';
import { type CustomerSnapshot, paidSoFar } from './snapshot';

/** The invoices of a proposal and what they add up to. */
export interface PlanBasis {
  /** In the order the customer named them. */
  invoices: AssessedInvoice[];
  currency: string;
  /** What a plan pays off (before any plan fee). */
  total: Money;
  /** Late interest accrued so far that a plan waives (zero when none). */
  waivedInterest: Money;
  /** Everything owed now, interest included: what a promise covers. */
  amountDue: Money;
  /** Received on these invoices so far: later payments count towards the plan or promise. */
  paidBefore: Money;
}

function interestOf(invoice: AssessedInvoice, currency: string): Money {
  return sumMoney(
    invoice.assessment.charges.filter((charge) => charge.kind === 'interest').map((charge) => charge.amount),
    currency,
  );
}

/**
 * The invoices `invoiceIds` names, each the customer's own and with something to pay.
 * @throws ProblemError 404 for an invoice that is not the customer's (its existence is not
 * revealed), 422 for invoices in different currencies, 409 `nothing_payable` for one that is
 * paid, withdrawn or disputed in full
 */
export function resolveBasis(snapshot: CustomerSnapshot, invoiceIds: readonly string[]): PlanBasis {
  const byId = new Map(snapshot.invoices.map((invoice) => [invoice.bundle.invoice.id, invoice]));
  const invoices: AssessedInvoice[] = [];
  for (const id of invoiceIds) {
    const invoice = byId.get(id);
    if (!invoice) throw problems.notFound(`There is no invoice ${id}`);
    invoices.push(invoice);
  }
  const currency = invoices[0]?.bundle.invoice.currency ?? snapshot.context.creditor.settings.currency;
  const foreign = invoices.findIndex((invoice) => invoice.bundle.invoice.currency !== currency);
  if (foreign >= 0) {
    throw problems.unprocessable('A plan or promise covers invoices in one currency', [
      { path: `invoiceIds.${foreign}`, message: `This invoice is not in ${currency}` },
    ]);
  }
  for (const invoice of invoices) {
    const { assessment, bundle } = invoice;
    if (invoice.withdrawn || assessment.settled) {
      throw new ProblemError(409, 'nothing_payable', {
        detail: `Invoice ${bundle.invoice.number} has nothing left to pay`,
      });
    }
    if (assessment.payable.amount <= 0) {
      throw new ProblemError(409, 'nothing_payable', {
        detail: `Invoice ${bundle.invoice.number} is disputed in full; it waits for the creditor's answer`,
      });
    }
  }
  const waivedInterest = sumMoney(
    invoices.map((invoice) => interestOf(invoice, currency)),
    currency,
  );
  const due = sumMoney(
    invoices.map((invoice) => amountDue(invoice)),
    currency,
  );
  return {
    invoices,
    currency,
    total: subtractMoney(due, waivedInterest),
    waivedInterest,
    amountDue: due,
    paidBefore: paidSoFar(invoices, currency),
  };
}

/** A plan already open (pending, accepted or active) on any of the invoices. */
export function openPlanOn(
  basis: PlanBasis,
): { id: string; status: string; invoiceNumber: string } | undefined {
  for (const { bundle } of basis.invoices) {
    const plan = bundle.plan;
    if (plan && ['pending', 'accepted', 'active'].includes(plan.status)) {
      return { id: plan.id, status: plan.status, invoiceNumber: bundle.invoice.number };
    }
  }
  return undefined;
}

/** Whether a plan on any of the invoices lapsed before. */
export function lapsedBefore(basis: PlanBasis): boolean {
  return basis.invoices.some((invoice) => invoice.bundle.plan?.status === 'lapsed');
}

/** A promise still running on any of the invoices. */
export function activePromiseOn(basis: PlanBasis): { id: string; invoiceNumber: string } | undefined {
  for (const { bundle } of basis.invoices) {
    if (bundle.promise?.status === 'active')
      return { id: bundle.promise.id, invoiceNumber: bundle.invoice.number };
  }
  return undefined;
}

/** The 409 for invoices a plan already covers. */
export function planExistsProblem(open: { id: string; status: string; invoiceNumber: string }): ProblemError {
  return problems.conflict(
    `Invoice ${open.invoiceNumber} already has a ${open.status === 'pending' ? 'proposed' : 'agreed'} plan (${open.id}); an invoice has one plan at a time`,
  );
}

/** Zero in the basis currency. */
export function zeroOf(basis: Pick<PlanBasis, 'currency'>): Money {
  return money(0, basis.currency);
}
