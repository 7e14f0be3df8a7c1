import type { Kysely, Transaction } from 'kysely';

/*
 * Row types of every table. Conventions, identical on SQLite and PostgreSQL:
 * - every table carries `creditor_id` and business keys are unique per creditor;
 * - money is `bigint` minor units next to a `currency` text column;
 * - calendar dates are `YYYY-MM-DD` text, instants ISO 8601 UTC text (`…Z`, sortable);
 * - structured data is JSON in text columns (`*_json`).
 */

export interface CreditorsTable {
  id: string;
  name: string;
  country: string;
  currency: string;
  locale: string;
  /** The settings document exactly as accepted by `PUT /v1/admin/settings`. */
  settings_json: string;
  created_at: string;
  updated_at: string;
}

export interface CustomersTable {
  creditor_id: string;
  id: string;
  name: string;
  email: string | null;
  locale: string | null;
  country: string | null;
  kind: string;
  /** The customer document exactly as accepted, so fields added to the contract round-trip. */
  document_json: string;
  created_at: string;
  updated_at: string;
}

export interface InvoicesTable {
  creditor_id: string;
  id: string;
  customer_id: string;
  number: string;
  currency: string;
  issue_date: string;
  due_date: string;
  /** Sum of the lines, minor units. */
  total_amount: number;
  references_json: string;
  /** The invoice document exactly as accepted (lines and reminders are also in their tables). */
  document_json: string;
  created_at: string;
  updated_at: string;
}

export interface InvoiceLinesTable {
  creditor_id: string;
  invoice_id: string;
  id: string;
  position: number;
  description: string;
  quantity: number;
  unit_price_amount: number;
  amount: number;
  currency: string;
  delivered_on: string | null;
  reference: string | null;
}

export interface RemindersTable {
  creditor_id: string;
  invoice_id: string;
  position: number;
  sent_at: string;
  channel: string;
  fee_amount: number | null;
  fee_currency: string | null;
  document_json: string;
}

export interface PaymentsTable {
  creditor_id: string;
  id: string;
  customer_id: string;
  /** `invoice` (listed in the creditor's invoice upsert), `admin` (recorded through the admin API) or `stripe`. */
  source: string;
  /** `card` | `wallet` | `bank_transfer` | `credit` | `other`. */
  method: string;
  /** `requires_payment_method` | `requires_action` | `processing` | `succeeded` | `failed`. */
  status: string;
  amount: number;
  currency: string;
  /** The creditor's own id for the payment, when it gave one. */
  external_id: string | null;
  /** The provider's id (Stripe PaymentIntent). */
  provider_reference: string | null;
  /** The calendar day the money arrived, once it did. */
  received_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface PaymentAllocationsTable {
  creditor_id: string;
  payment_id: string;
  invoice_id: string;
  amount: number;
  currency: string;
}

export interface PlansTable {
  creditor_id: string;
  id: string;
  customer_id: string;
  /** `accepted` | `pending` | `rejected` | `active` | `completed` | `lapsed` (the contract's PlanStatus). */
  status: string;
  /** `monthly` | `biweekly`. */
  frequency: string;
  total_amount: number;
  fee_amount: number;
  currency: string;
  /** While pending: the day the creditor answers by. */
  respond_by: string | null;
  /** The creditor's words with a decision. */
  message: string | null;
  created_at: string;
  decided_at: string | null;
  /** Paid on the plan's invoices when it was made: only later payments pay instalments. */
  paid_before: number;
  /** While pending: the policy rules the proposal goes beyond, a JSON array of rule ids. */
  review_json: string | null;
}

export interface PlanInvoicesTable {
  creditor_id: string;
  plan_id: string;
  invoice_id: string;
  /** 1 while the plan is pending, accepted or active, else null: a unique index allows one open plan per invoice. */
  is_open: number | null;
}

export interface PlanInstalmentsTable {
  creditor_id: string;
  plan_id: string;
  seq: number;
  due_date: string;
  amount: number;
  currency: string;
  /** `due` | `paid` | `part_paid` | `overdue` | `missed`. */
  status: string;
  paid_amount: number;
}

export interface PromisesTable {
  creditor_id: string;
  id: string;
  customer_id: string;
  promised_date: string;
  /** What the promised invoices had outstanding when the promise was made. */
  amount: number;
  currency: string;
  /** `active` | `kept` | `broken`. */
  status: string;
  created_at: string;
  /** Paid on the promised invoices when the promise was made: only later payments keep it. */
  paid_before: number;
}

export interface PromiseInvoicesTable {
  creditor_id: string;
  promise_id: string;
  invoice_id: string;
  /** 1 while the promise runs, else null: a unique index allows one running promise per invoice. */
  is_open: number | null;
}

export interface DisputesTable {
  creditor_id: string;
  id: string;
  /** What the customer quotes; unique per creditor. */
  reference: string;
  customer_id: string;
  invoice_id: string;
  reason: string;
  /** The disputed amount when an amount was named; null = the named lines, or the whole invoice. */
  amount: number | null;
  currency: string;
  message: string;
  /** `open` | `resolved`. */
  status: string;
  respond_by: string;
  /** Set when resolved: `credited` | `corrected` | `upheld`. */
  outcome: string | null;
  resolution_message: string | null;
  credit_amount: number | null;
  created_at: string;
  resolved_at: string | null;
}

export interface DisputeLinesTable {
  creditor_id: string;
  dispute_id: string;
  line_id: string;
}

export interface AttachmentsTable {
  creditor_id: string;
  id: string;
  dispute_id: string;
  filename: string;
  media_type: string;
  size_bytes: number;
  sha256: string;
  /** Where the blob store keeps the bytes. */
  blob_key: string;
  created_at: string;
}

export interface IdempotencyKeysTable {
  creditor_id: string;
  /** Whose key it is: `customer:<id>` or `admin`; two callers never share a key space. */
  scope: string;
  key: string;
  /** SHA-256 of method, path and canonical body: the same key with another request is a mismatch. */
  request_hash: string;
  /** Null while the first request is still running. */
  status_code: number | null;
  response_body: string | null;
  /** Set when a request claims the key; a claim older than the lease is abandoned and may be retaken. */
  locked_at: string;
  created_at: string;
}

export interface TimelineTable {
  creditor_id: string;
  /** Time-sortable id: orders entries with the same `at`. */
  id: string;
  customer_id: string;
  at: string;
  type: string;
  data_json: string;
}

export interface OutboxTable {
  creditor_id: string;
  /** The event id receivers dedupe on (`Amicable-Event-Id`); stable across retries. */
  id: string;
  type: string;
  payload_json: string;
  created_at: string;
  attempts: number;
  next_attempt_at: string;
  delivered_at: string | null;
  last_error: string | null;
}

export interface AnalyticsEventsTable {
  creditor_id: string;
  id: string;
  customer_id: string;
  type: string;
  element: string;
  at: string;
  invoice_ids_json: string;
  received_at: string;
}

export interface PausesTable {
  creditor_id: string;
  id: string;
  customer_id: string;
  /** `creditor` for now; other pause reasons come from disputes, plans and promises themselves. */
  reason: string;
  /** The creditor's note; never shown to the customer. */
  note: string | null;
  started_at: string;
  /** The pause lifts by itself after this day, if set. */
  until_date: string | null;
  ended_at: string | null;
}

/** A Stripe event already applied; a replay of the same event id changes nothing. */
export interface StripeEventsTable {
  creditor_id: string;
  /** Stripe's event id (`evt_…`). */
  id: string;
  type: string;
  /** Our payment the event concerned, when it concerned one. */
  payment_id: string | null;
  received_at: string;
}

/** The whole database, as Kysely sees it. */
export interface Database {
  creditors: CreditorsTable;
  customers: CustomersTable;
  invoices: InvoicesTable;
  invoice_lines: InvoiceLinesTable;
  reminders: RemindersTable;
  payments: PaymentsTable;
  payment_allocations: PaymentAllocationsTable;
  plans: PlansTable;
  plan_invoices: PlanInvoicesTable;
  plan_instalments: PlanInstalmentsTable;
  promises: PromisesTable;
  promise_invoices: PromiseInvoicesTable;
  disputes: DisputesTable;
  dispute_lines: DisputeLinesTable;
  attachments: AttachmentsTable;
  idempotency_keys: IdempotencyKeysTable;
  timeline: TimelineTable;
  outbox: OutboxTable;
  analytics_events: AnalyticsEventsTable;
  pauses: PausesTable;
  stripe_events: StripeEventsTable;
}

/** The query layer: one Kysely instance over SQLite or PostgreSQL. */
export type AmicableDb = Kysely<Database>;
/** A transaction, or the database itself where no transaction is needed. */
export type Queryable = Kysely<Database> | Transaction<Database>;
