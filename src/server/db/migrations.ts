import { type CreateTableBuilder, type Kysely, type Migration, Migrator, sql } from 'kysely';
import type { AmicableDb } from './schema';

/*
 * Migrations are code, not files, so they ship inside the built server and run the same on
 * SQLite and PostgreSQL. Only portable DDL from Kysely's schema builder: text, integer,
 * bigint, double precision; composite primary keys that start with `creditor_id`; no
 * auto-increment, no native JSON or timestamp types. Never edit a released migration: add one.
 */

type AnyDb = Kysely<unknown>;

const text = 'text' as const;
const money = 'bigint' as const;

function creditorScoped<T extends string>(db: AnyDb, table: T): CreateTableBuilder<T, 'creditor_id'> {
  return db.schema.createTable(table).addColumn('creditor_id', text, (column) => column.notNull());
}

const initial: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createTable('creditors')
      .addColumn('id', text, (column) => column.primaryKey())
      .addColumn('name', text, (column) => column.notNull())
      .addColumn('country', text, (column) => column.notNull())
      .addColumn('currency', text, (column) => column.notNull())
      .addColumn('locale', text, (column) => column.notNull())
      .addColumn('settings_json', text, (column) => column.notNull())
      .addColumn('created_at', text, (column) => column.notNull())
      .addColumn('updated_at', text, (column) => column.notNull())
      .execute();

    await creditorScoped(db, 'customers')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('name', text, (column) => column.notNull())
      .addColumn('email', text)
      .addColumn('locale', text)
      .addColumn('country', text)
      .addColumn('kind', text, (column) => column.notNull())
      .addColumn('document_json', text, (column) => column.notNull())
      .addColumn('created_at', text, (column) => column.notNull())
      .addColumn('updated_at', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('customers_pk', ['creditor_id', 'id'])
      .execute();

    await creditorScoped(db, 'invoices')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('customer_id', text, (column) => column.notNull())
      .addColumn('number', text, (column) => column.notNull())
      .addColumn('currency', text, (column) => column.notNull())
      .addColumn('issue_date', text, (column) => column.notNull())
      .addColumn('due_date', text, (column) => column.notNull())
      .addColumn('total_amount', money, (column) => column.notNull())
      .addColumn('references_json', text, (column) => column.notNull())
      .addColumn('document_json', text, (column) => column.notNull())
      .addColumn('created_at', text, (column) => column.notNull())
      .addColumn('updated_at', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('invoices_pk', ['creditor_id', 'id'])
      .addForeignKeyConstraint('invoices_customer_fk', ['creditor_id', 'customer_id'], 'customers', [
        'creditor_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('invoices_by_customer')
      .on('invoices')
      .columns(['creditor_id', 'customer_id', 'due_date'])
      .execute();

    await creditorScoped(db, 'invoice_lines')
      .addColumn('invoice_id', text, (column) => column.notNull())
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('description', text, (column) => column.notNull())
      .addColumn('quantity', 'double precision', (column) => column.notNull())
      .addColumn('unit_price_amount', money, (column) => column.notNull())
      .addColumn('amount', money, (column) => column.notNull())
      .addColumn('currency', text, (column) => column.notNull())
      .addColumn('delivered_on', text)
      .addColumn('reference', text)
      .addPrimaryKeyConstraint('invoice_lines_pk', ['creditor_id', 'invoice_id', 'id'])
      .addForeignKeyConstraint(
        'invoice_lines_invoice_fk',
        ['creditor_id', 'invoice_id'],
        'invoices',
        ['creditor_id', 'id'],
        (constraint) => constraint.onDelete('cascade'),
      )
      .execute();

    await creditorScoped(db, 'reminders')
      .addColumn('invoice_id', text, (column) => column.notNull())
      .addColumn('position', 'integer', (column) => column.notNull())
      .addColumn('sent_at', text, (column) => column.notNull())
      .addColumn('channel', text, (column) => column.notNull())
      .addColumn('fee_amount', money)
      .addColumn('fee_currency', text)
      .addColumn('document_json', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('reminders_pk', ['creditor_id', 'invoice_id', 'position'])
      .addForeignKeyConstraint(
        'reminders_invoice_fk',
        ['creditor_id', 'invoice_id'],
        'invoices',
        ['creditor_id', 'id'],
        (constraint) => constraint.onDelete('cascade'),
      )
      .execute();

    await creditorScoped(db, 'payments')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('customer_id', text, (column) => column.notNull())
      .addColumn('source', text, (column) => column.notNull())
      .addColumn('method', text, (column) => column.notNull())
      .addColumn('status', text, (column) => column.notNull())
      .addColumn('amount', money, (column) => column.notNull())
      .addColumn('currency', text, (column) => column.notNull())
      .addColumn('external_id', text)
      .addColumn('provider_reference', text)
      .addColumn('received_on', text)
      .addColumn('created_at', text, (column) => column.notNull())
      .addColumn('updated_at', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('payments_pk', ['creditor_id', 'id'])
      .addForeignKeyConstraint('payments_customer_fk', ['creditor_id', 'customer_id'], 'customers', [
        'creditor_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('payments_by_customer')
      .on('payments')
      .columns(['creditor_id', 'customer_id'])
      .execute();
    await db.schema
      .createIndex('payments_by_provider_reference')
      .on('payments')
      .columns(['source', 'provider_reference'])
      .execute();

    await creditorScoped(db, 'payment_allocations')
      .addColumn('payment_id', text, (column) => column.notNull())
      .addColumn('invoice_id', text, (column) => column.notNull())
      .addColumn('amount', money, (column) => column.notNull())
      .addColumn('currency', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('payment_allocations_pk', ['creditor_id', 'payment_id', 'invoice_id'])
      .addForeignKeyConstraint(
        'payment_allocations_payment_fk',
        ['creditor_id', 'payment_id'],
        'payments',
        ['creditor_id', 'id'],
        (constraint) => constraint.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('payment_allocations_by_invoice')
      .on('payment_allocations')
      .columns(['creditor_id', 'invoice_id'])
      .execute();

    await creditorScoped(db, 'plans')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('customer_id', text, (column) => column.notNull())
      .addColumn('status', text, (column) => column.notNull())
      .addColumn('frequency', text, (column) => column.notNull())
      .addColumn('total_amount', money, (column) => column.notNull())
      .addColumn('fee_amount', money, (column) => column.notNull())
      .addColumn('currency', text, (column) => column.notNull())
      .addColumn('respond_by', text)
      .addColumn('message', text)
      .addColumn('created_at', text, (column) => column.notNull())
      .addColumn('decided_at', text)
      .addPrimaryKeyConstraint('plans_pk', ['creditor_id', 'id'])
      .addForeignKeyConstraint('plans_customer_fk', ['creditor_id', 'customer_id'], 'customers', [
        'creditor_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('plans_by_customer')
      .on('plans')
      .columns(['creditor_id', 'customer_id'])
      .execute();

    await creditorScoped(db, 'plan_invoices')
      .addColumn('plan_id', text, (column) => column.notNull())
      .addColumn('invoice_id', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('plan_invoices_pk', ['creditor_id', 'plan_id', 'invoice_id'])
      .addForeignKeyConstraint(
        'plan_invoices_plan_fk',
        ['creditor_id', 'plan_id'],
        'plans',
        ['creditor_id', 'id'],
        (constraint) => constraint.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('plan_invoices_by_invoice')
      .on('plan_invoices')
      .columns(['creditor_id', 'invoice_id'])
      .execute();

    await creditorScoped(db, 'plan_instalments')
      .addColumn('plan_id', text, (column) => column.notNull())
      .addColumn('seq', 'integer', (column) => column.notNull())
      .addColumn('due_date', text, (column) => column.notNull())
      .addColumn('amount', money, (column) => column.notNull())
      .addColumn('currency', text, (column) => column.notNull())
      .addColumn('status', text, (column) => column.notNull())
      .addColumn('paid_amount', money, (column) => column.notNull().defaultTo(0))
      .addPrimaryKeyConstraint('plan_instalments_pk', ['creditor_id', 'plan_id', 'seq'])
      .addForeignKeyConstraint(
        'plan_instalments_plan_fk',
        ['creditor_id', 'plan_id'],
        'plans',
        ['creditor_id', 'id'],
        (constraint) => constraint.onDelete('cascade'),
      )
      .execute();

    await creditorScoped(db, 'promises')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('customer_id', text, (column) => column.notNull())
      .addColumn('promised_date', text, (column) => column.notNull())
      .addColumn('amount', money, (column) => column.notNull())
      .addColumn('currency', text, (column) => column.notNull())
      .addColumn('status', text, (column) => column.notNull())
      .addColumn('created_at', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('promises_pk', ['creditor_id', 'id'])
      .addForeignKeyConstraint('promises_customer_fk', ['creditor_id', 'customer_id'], 'customers', [
        'creditor_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('promises_by_customer')
      .on('promises')
      .columns(['creditor_id', 'customer_id'])
      .execute();

    await creditorScoped(db, 'promise_invoices')
      .addColumn('promise_id', text, (column) => column.notNull())
      .addColumn('invoice_id', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('promise_invoices_pk', ['creditor_id', 'promise_id', 'invoice_id'])
      .addForeignKeyConstraint(
        'promise_invoices_promise_fk',
        ['creditor_id', 'promise_id'],
        'promises',
        ['creditor_id', 'id'],
        (constraint) => constraint.onDelete('cascade'),
      )
      .execute();
    await db.schema
      .createIndex('promise_invoices_by_invoice')
      .on('promise_invoices')
      .columns(['creditor_id', 'invoice_id'])
      .execute();

    await creditorScoped(db, 'disputes')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('reference', text, (column) => column.notNull())
      .addColumn('customer_id', text, (column) => column.notNull())
      .addColumn('invoice_id', text, (column) => column.notNull())
      .addColumn('reason', text, (column) => column.notNull())
      .addColumn('amount', money)
      .addColumn('currency', text, (column) => column.notNull())
      .addColumn('message', text, (column) => column.notNull())
      .addColumn('status', text, (column) => column.notNull())
      .addColumn('respond_by', text, (column) => column.notNull())
      .addColumn('outcome', text)
      .addColumn('resolution_message', text)
      .addColumn('credit_amount', money)
      .addColumn('created_at', text, (column) => column.notNull())
      .addColumn('resolved_at', text)
      .addPrimaryKeyConstraint('disputes_pk', ['creditor_id', 'id'])
      .addUniqueConstraint('disputes_reference_unique', ['creditor_id', 'reference'])
      .addForeignKeyConstraint('disputes_invoice_fk', ['creditor_id', 'invoice_id'], 'invoices', [
        'creditor_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('disputes_by_customer')
      .on('disputes')
      .columns(['creditor_id', 'customer_id'])
      .execute();
    await db.schema
      .createIndex('disputes_by_invoice')
      .on('disputes')
      .columns(['creditor_id', 'invoice_id'])
      .execute();

    await creditorScoped(db, 'dispute_lines')
      .addColumn('dispute_id', text, (column) => column.notNull())
      .addColumn('line_id', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('dispute_lines_pk', ['creditor_id', 'dispute_id', 'line_id'])
      .addForeignKeyConstraint(
        'dispute_lines_dispute_fk',
        ['creditor_id', 'dispute_id'],
        'disputes',
        ['creditor_id', 'id'],
        (constraint) => constraint.onDelete('cascade'),
      )
      .execute();

    await creditorScoped(db, 'attachments')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('dispute_id', text, (column) => column.notNull())
      .addColumn('filename', text, (column) => column.notNull())
      .addColumn('media_type', text, (column) => column.notNull())
      .addColumn('size_bytes', 'bigint', (column) => column.notNull())
      .addColumn('sha256', text, (column) => column.notNull())
      .addColumn('blob_key', text, (column) => column.notNull())
      .addColumn('created_at', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('attachments_pk', ['creditor_id', 'id'])
      .addForeignKeyConstraint('attachments_dispute_fk', ['creditor_id', 'dispute_id'], 'disputes', [
        'creditor_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('attachments_by_dispute')
      .on('attachments')
      .columns(['creditor_id', 'dispute_id'])
      .execute();

    await creditorScoped(db, 'idempotency_keys')
      .addColumn('scope', text, (column) => column.notNull())
      .addColumn('key', text, (column) => column.notNull())
      .addColumn('request_hash', text, (column) => column.notNull())
      .addColumn('status_code', 'integer')
      .addColumn('response_body', text)
      .addColumn('locked_at', text, (column) => column.notNull())
      .addColumn('created_at', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('idempotency_keys_pk', ['creditor_id', 'scope', 'key'])
      .execute();
    await db.schema
      .createIndex('idempotency_keys_by_age')
      .on('idempotency_keys')
      .column('created_at')
      .execute();

    await creditorScoped(db, 'timeline')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('customer_id', text, (column) => column.notNull())
      .addColumn('at', text, (column) => column.notNull())
      .addColumn('type', text, (column) => column.notNull())
      .addColumn('data_json', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('timeline_pk', ['creditor_id', 'id'])
      .execute();
    await db.schema
      .createIndex('timeline_by_customer')
      .on('timeline')
      .columns(['creditor_id', 'customer_id', 'at', 'id'])
      .execute();

    await creditorScoped(db, 'outbox')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('type', text, (column) => column.notNull())
      .addColumn('payload_json', text, (column) => column.notNull())
      .addColumn('created_at', text, (column) => column.notNull())
      .addColumn('attempts', 'integer', (column) => column.notNull().defaultTo(0))
      .addColumn('next_attempt_at', text, (column) => column.notNull())
      .addColumn('delivered_at', text)
      .addColumn('last_error', text)
      .addPrimaryKeyConstraint('outbox_pk', ['creditor_id', 'id'])
      .execute();
    await db.schema
      .createIndex('outbox_pending')
      .on('outbox')
      .columns(['delivered_at', 'next_attempt_at'])
      .execute();

    await creditorScoped(db, 'analytics_events')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('customer_id', text, (column) => column.notNull())
      .addColumn('type', text, (column) => column.notNull())
      .addColumn('element', text, (column) => column.notNull())
      .addColumn('at', text, (column) => column.notNull())
      .addColumn('invoice_ids_json', text, (column) => column.notNull())
      .addColumn('received_at', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('analytics_events_pk', ['creditor_id', 'id'])
      .execute();
    await db.schema
      .createIndex('analytics_events_by_customer')
      .on('analytics_events')
      .columns(['creditor_id', 'customer_id', 'type'])
      .execute();
    await db.schema
      .createIndex('analytics_events_by_type')
      .on('analytics_events')
      .columns(['creditor_id', 'type'])
      .execute();

    await creditorScoped(db, 'pauses')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('customer_id', text, (column) => column.notNull())
      .addColumn('reason', text, (column) => column.notNull())
      .addColumn('note', text)
      .addColumn('started_at', text, (column) => column.notNull())
      .addColumn('until_date', text)
      .addColumn('ended_at', text)
      .addPrimaryKeyConstraint('pauses_pk', ['creditor_id', 'id'])
      .addForeignKeyConstraint('pauses_customer_fk', ['creditor_id', 'customer_id'], 'customers', [
        'creditor_id',
        'id',
      ])
      .execute();
    await db.schema
      .createIndex('pauses_by_customer')
      .on('pauses')
      .columns(['creditor_id', 'customer_id', 'ended_at'])
      .execute();
  },

  async down(db: AnyDb) {
    const tables = [
      'pauses',
      'analytics_events',
      'outbox',
      'timeline',
      'idempotency_keys',
      'attachments',
      'dispute_lines',
      'disputes',
      'promise_invoices',
      'promises',
      'plan_instalments',
      'plan_invoices',
      'plans',
      'payment_allocations',
      'payments',
      'reminders',
      'invoice_lines',
      'invoices',
      'customers',
      'creditors',
    ];
    for (const table of tables) await db.schema.dropTable(table).ifExists().execute();
  },
};

/**
 * Payments through Stripe: the provider events already applied (so a replayed webhook changes
 * nothing), and an index to find the payments still in flight (the reconciler's query).
 */
const paymentsStripeEvents: Migration = {
  async up(db: AnyDb) {
    await creditorScoped(db, 'stripe_events')
      .addColumn('id', text, (column) => column.notNull())
      .addColumn('type', text, (column) => column.notNull())
      .addColumn('payment_id', text)
      .addColumn('received_at', text, (column) => column.notNull())
      .addPrimaryKeyConstraint('stripe_events_pk', ['creditor_id', 'id'])
      .execute();
    await db.schema
      .createIndex('payments_by_status')
      .on('payments')
      .columns(['creditor_id', 'source', 'status', 'created_at'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('payments_by_status').ifExists().execute();
    await db.schema.dropTable('stripe_events').ifExists().execute();
  },
};

/**
 * Plans and promises: at most one open plan and one running promise per invoice, enforced by the
 * database itself (a partial unique index, the same on SQLite and PostgreSQL), so two proposals
 * racing on different connections cannot both win; and what had been paid on the invoices when
 * a plan or promise was made, so that only later payments count towards it.
 */
const plansOpenClaims: Migration = {
  async up(db: AnyDb) {
    // SQLite adds one column per ALTER TABLE.
    await db.schema.alterTable('plan_invoices').addColumn('is_open', 'integer').execute();
    await db.schema
      .createIndex('plan_invoices_one_open')
      .on('plan_invoices')
      .columns(['creditor_id', 'invoice_id'])
      .unique()
      .where(sql.ref('is_open'), '=', 1)
      .execute();
    await db.schema.alterTable('promise_invoices').addColumn('is_open', 'integer').execute();
    await db.schema
      .createIndex('promise_invoices_one_open')
      .on('promise_invoices')
      .columns(['creditor_id', 'invoice_id'])
      .unique()
      .where(sql.ref('is_open'), '=', 1)
      .execute();
    await db.schema
      .alterTable('plans')
      .addColumn('paid_before', money, (column) => column.notNull().defaultTo(0))
      .execute();
    await db.schema.alterTable('plans').addColumn('review_json', text).execute();
    await db.schema
      .alterTable('promises')
      .addColumn('paid_before', money, (column) => column.notNull().defaultTo(0))
      .execute();
    await db.schema.createIndex('plans_by_status').on('plans').columns(['creditor_id', 'status']).execute();
    await db.schema
      .createIndex('promises_by_status')
      .on('promises')
      .columns(['creditor_id', 'status'])
      .execute();
  },
  async down(db: AnyDb) {
    await db.schema.dropIndex('promises_by_status').ifExists().execute();
    await db.schema.dropIndex('plans_by_status').ifExists().execute();
    await db.schema.alterTable('promises').dropColumn('paid_before').execute();
    await db.schema.alterTable('plans').dropColumn('review_json').execute();
    await db.schema.alterTable('plans').dropColumn('paid_before').execute();
    await db.schema.dropIndex('promise_invoices_one_open').ifExists().execute();
    await db.schema.alterTable('promise_invoices').dropColumn('is_open').execute();
    await db.schema.dropIndex('plan_invoices_one_open').ifExists().execute();
    await db.schema.alterTable('plan_invoices').dropColumn('is_open').execute();
  },
};

/**
 * Reads of a customer's invoices look plans and promises up by invoice. The indexes by invoice did
 * not carry the plan or promise id, so SQLite's planner preferred walking every plan link of the
 * creditor through the covering primary key, or every active promise: work that grows with the
 * whole book, not with the customer. These carry the id and so answer from the index alone.
 */
const invoiceLinkIndexes: Migration = {
  async up(db: AnyDb) {
    await db.schema
      .createIndex('plan_invoices_by_invoice_plan')
      .on('plan_invoices')
      .columns(['creditor_id', 'invoice_id', 'plan_id'])
      .execute();
    await db.schema.dropIndex('plan_invoices_by_invoice').execute();
    await db.schema
      .createIndex('promise_invoices_by_invoice_promise')
      .on('promise_invoices')
      .columns(['creditor_id', 'invoice_id', 'promise_id'])
      .execute();
    await db.schema.dropIndex('promise_invoices_by_invoice').execute();
  },
  async down(db: AnyDb) {
    await db.schema
      .createIndex('promise_invoices_by_invoice')
      .on('promise_invoices')
      .columns(['creditor_id', 'invoice_id'])
      .execute();
    await db.schema.dropIndex('promise_invoices_by_invoice_promise').execute();
    await db.schema
      .createIndex('plan_invoices_by_invoice')
      .on('plan_invoices')
      .columns(['creditor_id', 'invoice_id'])
      .execute();
    await db.schema.dropIndex('plan_invoices_by_invoice_plan').execute();
  },
};

/**
 * Events abandoned before the dispatcher marked them kept their last retry time, at the front of
 * the range every claim reads (`outbox_pending`), and could not be redelivered. This gives them
 * the mark the dispatcher now writes, so that claims skip them and the admin API finds them.
 * Literals, not imports: a released migration must not change with the code. 25 is the attempt
 * limit every shipped server used (`maxAttempts`' default); the timestamp is
 * `ABANDONED_NEXT_ATTEMPT_AT` in src/server/outbox.ts.
 */
const outboxAbandonedMark: Migration = {
  async up(db: AnyDb) {
    await sql`update "outbox" set "next_attempt_at" = '9999-12-31T23:59:59.999Z'
      where "delivered_at" is null and "attempts" >= 25`.execute(db);
  },
  async down(db: AnyDb) {
    // Back where the old dispatcher left them: past due, skipped by its attempt limit.
    await sql`update "outbox" set "next_attempt_at" = "created_at"
      where "delivered_at" is null and "next_attempt_at" = '9999-12-31T23:59:59.999Z'`.execute(db);
  },
};

/** Every migration, in order. Names sort in the order they must run. */
export const migrations: Record<string, Migration> = {
  '2026_11_001_initial': initial,
  '2026_11_100_payments_stripe_events': paymentsStripeEvents,
  '2026_11_200_plans_open_claims': plansOpenClaims,
  '2026_11_300_invoice_link_indexes': invoiceLinkIndexes,
  '2026_11_400_outbox_abandoned_mark': outboxAbandonedMark,
};

/** Brings the schema up to date; safe to call at every start and from several processes at once. */
export async function migrate(db: AmicableDb): Promise<void> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error');
    throw new Error(`Database migration ${failed?.migrationName ?? ''} failed`.trim(), { cause: error });
  }
}
