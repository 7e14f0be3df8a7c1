import type {
  AttachmentsTable,
  PausesTable,
  PlanInstalmentsTable,
  PlansTable,
  Queryable,
} from '../db/schema';
import { problems } from '../problem';
import { type CustomerRows, readCustomerRows } from './customer-rows';
import { type CustomerRecord, customerFromRow, pauseInForce } from './customers';
import { bundlesOf, type InvoiceBundle } from './invoices';
import { type CreditorSettings, settingsFromRow, settingsMissing } from './settings';

/**
 * The plan the customer proposed last, as stored, when the creditor declined it: with its
 * instalments as proposed and every invoice it covered.
 */
export type DeclinedPlanRecord = PlansTable & { instalments: PlanInstalmentsTable[]; invoiceIds: string[] };

/** A customer as the server computes their state from: settings, record, pause and invoices. */
export interface CustomerRecords {
  creditor: CreditorSettings;
  customer: CustomerRecord;
  /** The creditor's pause in force on `today`. */
  pause: PausesTable | undefined;
  bundles: InvoiceBundle[];
  /** The attachments of the invoices' disputes: for the whole account only, else empty. */
  attachments: AttachmentsTable[];
  /** The customer's latest plan if the creditor declined it: for the whole account only. */
  declinedPlan: DeclinedPlanRecord | undefined;
}

export interface LoadCustomerRecordsOptions {
  creditorId: string;
  customerId: string;
  /** The calendar day (`YYYY-MM-DD`) the pause in force is judged on. */
  today: string;
  /** Only this invoice of the customer. */
  invoiceId?: string | undefined;
}

/**
 * Reads everything a customer's state is computed from in one statement (`readCustomerRows`).
 * 409 without the creditor's settings, then 404 when the customer does not exist.
 */
export async function loadCustomerRecords(
  db: Queryable,
  options: LoadCustomerRecordsOptions,
): Promise<CustomerRecords> {
  const { creditorId, customerId, invoiceId } = options;
  const rows = await readCustomerRows(db, {
    creditorId,
    customerId,
    ...(invoiceId === undefined ? { attachments: true, declinedPlan: true } : { invoiceId }),
  });
  if (!rows.creditor) throw settingsMissing();
  const creditor = settingsFromRow(rows.creditor);
  if (!rows.customer) throw problems.notFound(`There is no customer ${customerId}`);
  const customer = customerFromRow(rows.customer, creditor);
  return {
    creditor,
    customer,
    pause: pauseInForce(rows.pauses, options.today),
    bundles: bundlesOf(rows),
    attachments: rows.attachments,
    declinedPlan: declinedPlanOf(rows),
  };
}

function declinedPlanOf(rows: CustomerRows): DeclinedPlanRecord | undefined {
  const first = rows.declinedPlan[0];
  if (!first) return undefined;
  const { invoice_id: _, ...plan } = first;
  return {
    ...plan,
    instalments: rows.declinedInstalments,
    invoiceIds: rows.declinedPlan.map((row) => row.invoice_id),
  };
}
