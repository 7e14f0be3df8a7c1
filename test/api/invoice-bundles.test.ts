import SqliteDatabase from 'better-sqlite3';
import { type CompiledQuery, Kysely, SqliteDialect, sql } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db';
import type { Database, Queryable } from '../../src/server/db/schema';
import { loadAttachments } from '../../src/server/state';
import { readCustomerRows } from '../../src/server/store/customer-rows';
import { type InvoiceBundle, loadInvoiceBundles } from '../../src/server/store/invoices';
import { backends, useDatabase } from './setup';

/**
 * `loadInvoiceBundles` loads a customer's invoices in one statement (`readCustomerRows`: each
 * table's rows as a JSON array). Checked here against the obvious way, one invoice at a time, on a
 * customer whose invoices share a payment, a plan and promises, beside another customer's similar rows.
 */
const CREDITOR = 'bundles';
const IDENTIFYING_KEYS = new Set(['id', 'customer_id', 'invoice_id', 'plan_id', 'promise_id', 'dispute_id']);
const AT = (minute: number) => `2026-10-01T10:${String(minute).padStart(2, '0')}:00.000Z`;

async function seed(db: Queryable): Promise<void> {
  const now = AT(0);
  await db
    .insertInto('creditors')
    .values({
      id: CREDITOR,
      name: 'Bundles AS',
      country: 'NO',
      currency: 'NOK',
      locale: 'nb-NO',
      settings_json: '{}',
      created_at: now,
      updated_at: now,
    })
    .execute();
  for (const customer of ['c-main', 'c-other']) {
    await db
      .insertInto('customers')
      .values({
        creditor_id: CREDITOR,
        id: customer,
        name: customer,
        email: null,
        locale: null,
        country: null,
        kind: 'consumer',
        document_json: '{}',
        created_at: now,
        updated_at: now,
      })
      .execute();
  }
  const invoices = [
    { id: 'inv-a', customer: 'c-main', due: '2026-10-10' },
    { id: 'inv-b', customer: 'c-main', due: '2026-10-05' },
    { id: 'inv-c', customer: 'c-main', due: '2026-10-20' },
    { id: 'inv-x', customer: 'c-other', due: '2026-10-05' },
  ];
  for (const [index, invoice] of invoices.entries()) {
    await db
      .insertInto('invoices')
      .values({
        creditor_id: CREDITOR,
        id: invoice.id,
        customer_id: invoice.customer,
        number: `N-${index}`,
        currency: 'NOK',
        issue_date: '2026-09-20',
        due_date: invoice.due,
        total_amount: 30000,
        references_json: '{}',
        document_json: '{}',
        created_at: now,
        updated_at: now,
      })
      .execute();
    if (invoice.id === 'inv-c') continue;
    // Line ids against their positions, so an order by id would show.
    for (const [position, id] of ['l2', 'l1', 'l3'].entries()) {
      await db
        .insertInto('invoice_lines')
        .values({
          creditor_id: CREDITOR,
          invoice_id: invoice.id,
          id,
          position,
          description: `${invoice.id} ${id}`,
          quantity: 1,
          unit_price_amount: 10000,
          amount: 10000,
          currency: 'NOK',
          delivered_on: null,
          reference: null,
        })
        .execute();
    }
    for (const position of [0, 1]) {
      await db
        .insertInto('reminders')
        .values({
          creditor_id: CREDITOR,
          invoice_id: invoice.id,
          position,
          sent_at: `2026-10-1${position + 5}`,
          channel: 'email',
          fee_amount: position === 0 ? 3500 : null,
          fee_currency: position === 0 ? 'NOK' : null,
          document_json: '{}',
        })
        .execute();
    }
  }

  const payment = async (id: string, customer: string, status: string, receivedOn: string) =>
    db
      .insertInto('payments')
      .values({
        creditor_id: CREDITOR,
        id,
        customer_id: customer,
        source: 'admin',
        method: 'bank_transfer',
        status,
        amount: 12000,
        currency: 'NOK',
        external_id: null,
        provider_reference: null,
        received_on: receivedOn,
        created_at: now,
        updated_at: now,
      })
      .execute();
  const allocate = (paymentId: string, invoiceId: string, amount: number) =>
    db
      .insertInto('payment_allocations')
      .values({
        creditor_id: CREDITOR,
        payment_id: paymentId,
        invoice_id: invoiceId,
        amount,
        currency: 'NOK',
      })
      .execute();
  // One payment split over two invoices, a later one on one of them, one that failed.
  await payment('pay-split', 'c-main', 'succeeded', '2026-10-12');
  await allocate('pay-split', 'inv-a', 7000);
  await allocate('pay-split', 'inv-b', 5000);
  await payment('pay-late', 'c-main', 'succeeded', '2026-10-18');
  await allocate('pay-late', 'inv-b', 12000);
  await payment('pay-failed', 'c-main', 'failed', '2026-10-11');
  await allocate('pay-failed', 'inv-a', 12000);
  await payment('pay-other', 'c-other', 'succeeded', '2026-10-12');
  await allocate('pay-other', 'inv-x', 12000);

  const dispute = async (id: string, invoiceId: string, customer: string, status: string, minute: number) =>
    db
      .insertInto('disputes')
      .values({
        creditor_id: CREDITOR,
        id,
        reference: `R-${id}`,
        customer_id: customer,
        invoice_id: invoiceId,
        reason: 'other',
        amount: null,
        currency: 'NOK',
        message: id,
        status,
        respond_by: '2026-11-01',
        outcome: status === 'resolved' ? 'upheld' : null,
        resolution_message: null,
        credit_amount: null,
        created_at: AT(minute),
        resolved_at: status === 'resolved' ? AT(minute + 30) : null,
      })
      .execute();
  await dispute('dis-open', 'inv-a', 'c-main', 'open', 20);
  await dispute('dis-resolved', 'inv-a', 'c-main', 'resolved', 10);
  await dispute('dis-other', 'inv-x', 'c-other', 'open', 15);
  for (const [disputeId, lineId] of [
    ['dis-open', 'l3'],
    ['dis-open', 'l1'],
    ['dis-resolved', 'l2'],
    ['dis-other', 'l1'],
  ] as const) {
    await db
      .insertInto('dispute_lines')
      .values({ creditor_id: CREDITOR, dispute_id: disputeId, line_id: lineId })
      .execute();
  }

  const plan = async (id: string, customer: string, status: string, minute: number, invoiceIds: string[]) => {
    await db
      .insertInto('plans')
      .values({
        creditor_id: CREDITOR,
        id,
        customer_id: customer,
        status,
        frequency: 'monthly',
        total_amount: 60000,
        fee_amount: 0,
        currency: 'NOK',
        respond_by: null,
        message: null,
        created_at: AT(minute),
        decided_at: null,
        paid_before: 0,
        review_json: null,
      })
      .execute();
    for (const invoiceId of invoiceIds) {
      await db
        .insertInto('plan_invoices')
        .values({ creditor_id: CREDITOR, plan_id: id, invoice_id: invoiceId, is_open: null })
        .execute();
    }
    for (const seq of [2, 1, 3]) {
      await db
        .insertInto('plan_instalments')
        .values({
          creditor_id: CREDITOR,
          plan_id: id,
          seq,
          due_date: `2026-1${seq - 1}-01`,
          amount: 20000,
          currency: 'NOK',
          status: 'due',
          paid_amount: 0,
        })
        .execute();
    }
  };
  // A rejected plan (ignored) and, later, an active one over two invoices; another customer's.
  await plan('plan-rejected', 'c-main', 'rejected', 5, ['inv-a']);
  await plan('plan-active', 'c-main', 'active', 25, ['inv-a', 'inv-b']);
  await plan('plan-other', 'c-other', 'active', 25, ['inv-x']);

  const promise = async (id: string, customer: string, status: string, minute: number, invoiceId: string) => {
    await db
      .insertInto('promises')
      .values({
        creditor_id: CREDITOR,
        id,
        customer_id: customer,
        promised_date: '2026-11-10',
        amount: 30000,
        currency: 'NOK',
        status,
        created_at: AT(minute),
        paid_before: 0,
      })
      .execute();
    await db
      .insertInto('promise_invoices')
      .values({ creditor_id: CREDITOR, promise_id: id, invoice_id: invoiceId, is_open: null })
      .execute();
  };
  // A broken promise made after the running one must not hide it.
  await promise('prom-active', 'c-main', 'active', 30, 'inv-b');
  await promise('prom-broken', 'c-main', 'broken', 40, 'inv-b');
  await promise('prom-other', 'c-other', 'active', 30, 'inv-x');

  const pause = (id: string, customer: string, startedMinute: number, endedAt: string | null) =>
    db
      .insertInto('pauses')
      .values({
        creditor_id: CREDITOR,
        id,
        customer_id: customer,
        reason: 'creditor',
        note: id,
        started_at: AT(startedMinute),
        until_date: null,
        ended_at: endedAt,
      })
      .execute();
  await pause('pause-ended', 'c-main', 1, AT(2));
  await pause('pause-old', 'c-main', 3, null);
  await pause('pause-new', 'c-main', 4, null);
  await pause('pause-other', 'c-other', 5, null);
  for (const [id, disputeId, minute] of [
    ['att-2', 'dis-open', 22],
    ['att-1', 'dis-open', 21],
    ['att-r', 'dis-resolved', 11],
    ['att-x', 'dis-other', 16],
  ] as const) {
    await db
      .insertInto('attachments')
      .values({
        creditor_id: CREDITOR,
        id,
        dispute_id: disputeId,
        filename: `${id}.pdf`,
        media_type: 'application/pdf',
        size_bytes: 100,
        sha256: id,
        blob_key: `blobs/${id}`,
        created_at: AT(minute),
      })
      .execute();
  }
}

/** The obvious loader: every table asked once per invoice, in the orders the batched one promises. */
async function oneByOne(db: Queryable, customerId: string): Promise<InvoiceBundle[]> {
  const invoices = await db
    .selectFrom('invoices')
    .selectAll()
    .where('creditor_id', '=', CREDITOR)
    .where('customer_id', '=', customerId)
    .orderBy('due_date')
    .orderBy('id')
    .execute();
  const bundles: InvoiceBundle[] = [];
  for (const invoice of invoices) {
    const byInvoice = { creditor_id: CREDITOR, invoice_id: invoice.id } as const;
    const lines = await db
      .selectFrom('invoice_lines')
      .selectAll()
      .where('creditor_id', '=', byInvoice.creditor_id)
      .where('invoice_id', '=', byInvoice.invoice_id)
      .orderBy('position')
      .execute();
    const reminders = await db
      .selectFrom('reminders')
      .selectAll()
      .where('creditor_id', '=', CREDITOR)
      .where('invoice_id', '=', invoice.id)
      .orderBy('position')
      .execute();
    const payments = [];
    const allocations = await db
      .selectFrom('payment_allocations')
      .selectAll()
      .where('creditor_id', '=', CREDITOR)
      .where('invoice_id', '=', invoice.id)
      .execute();
    for (const allocation of allocations) {
      const payment = await db
        .selectFrom('payments')
        .selectAll()
        .where('creditor_id', '=', CREDITOR)
        .where('id', '=', allocation.payment_id)
        .executeTakeFirstOrThrow();
      if (payment.status === 'succeeded') payments.push({ payment, amount: allocation.amount });
    }
    payments.sort((a, b) =>
      `${a.payment.received_on}|${a.payment.id}`.localeCompare(`${b.payment.received_on}|${b.payment.id}`),
    );
    const disputes = [];
    for (const dispute of await db
      .selectFrom('disputes')
      .selectAll()
      .where('creditor_id', '=', CREDITOR)
      .where('invoice_id', '=', invoice.id)
      .orderBy('created_at')
      .execute()) {
      const lineIds = await db
        .selectFrom('dispute_lines')
        .select('line_id')
        .where('creditor_id', '=', CREDITOR)
        .where('dispute_id', '=', dispute.id)
        .orderBy('line_id')
        .execute();
      disputes.push({ ...dispute, lineIds: lineIds.map((row) => row.line_id) });
    }
    let plan: InvoiceBundle['plan'];
    for (const link of await db
      .selectFrom('plan_invoices')
      .selectAll()
      .where('creditor_id', '=', CREDITOR)
      .where('invoice_id', '=', invoice.id)
      .execute()) {
      const row = await db
        .selectFrom('plans')
        .selectAll()
        .where('creditor_id', '=', CREDITOR)
        .where('id', '=', link.plan_id)
        .executeTakeFirstOrThrow();
      if (!['accepted', 'active', 'pending', 'lapsed'].includes(row.status)) continue;
      if (plan && plan.created_at >= row.created_at) continue;
      const instalments = await db
        .selectFrom('plan_instalments')
        .selectAll()
        .where('creditor_id', '=', CREDITOR)
        .where('plan_id', '=', row.id)
        .orderBy('seq')
        .execute();
      plan = { ...row, instalments };
    }
    let promise: InvoiceBundle['promise'];
    for (const link of await db
      .selectFrom('promise_invoices')
      .selectAll()
      .where('creditor_id', '=', CREDITOR)
      .where('invoice_id', '=', invoice.id)
      .execute()) {
      const row = await db
        .selectFrom('promises')
        .selectAll()
        .where('creditor_id', '=', CREDITOR)
        .where('id', '=', link.promise_id)
        .executeTakeFirstOrThrow();
      if (row.status === 'active' && (!promise || row.created_at > promise.created_at)) promise = row;
    }
    bundles.push({ invoice, lines, reminders, payments, disputes, plan, promise });
  }
  return bundles;
}

describe.each(backends)('loading invoice bundles on $name', (backend) => {
  const database = useDatabase(backend);

  beforeAll(async () => {
    await seed(database.current.db);
  });

  it('loads several invoices at once exactly as one invoice at a time would', async () => {
    const { db } = database.current;
    const batched = await loadInvoiceBundles(db, CREDITOR, 'c-main');
    expect(batched.map((bundle) => bundle.invoice.id)).toEqual(['inv-b', 'inv-a', 'inv-c']);
    expect(batched).toEqual(await oneByOne(db, 'c-main'));
  });

  it('keeps each invoice its own payments, disputes, plan and promise', async () => {
    const batched = await loadInvoiceBundles(database.current.db, CREDITOR, 'c-main');
    const [b, a, c] = batched as [InvoiceBundle, InvoiceBundle, InvoiceBundle];
    expect(a.lines.map((line) => line.id)).toEqual(['l2', 'l1', 'l3']);
    expect(a.payments.map((entry) => [entry.payment.id, entry.amount])).toEqual([['pay-split', 7000]]);
    expect(b.payments.map((entry) => [entry.payment.id, entry.amount])).toEqual([
      ['pay-split', 5000],
      ['pay-late', 12000],
    ]);
    expect(a.disputes.map((dispute) => [dispute.id, dispute.lineIds])).toEqual([
      ['dis-resolved', ['l2']],
      ['dis-open', ['l1', 'l3']],
    ]);
    expect(b.disputes).toEqual([]);
    expect(a.plan?.id).toBe('plan-active');
    expect(a.plan?.instalments.map((instalment) => instalment.seq)).toEqual([1, 2, 3]);
    expect(b.plan?.id).toBe('plan-active');
    expect(b.promise?.id).toBe('prom-active');
    expect(a.promise).toBeUndefined();
    expect(c).toMatchObject({ lines: [], reminders: [], payments: [], disputes: [], plan: undefined });
  });

  it('narrows to one invoice with the same result as the batch', async () => {
    const { db } = database.current;
    const batched = await loadInvoiceBundles(db, CREDITOR, 'c-main');
    for (const bundle of batched) {
      expect(await loadInvoiceBundles(db, CREDITOR, 'c-main', bundle.invoice.id)).toEqual([bundle]);
    }
    // Another customer's invoice is not found through this customer.
    expect(await loadInvoiceBundles(db, CREDITOR, 'c-main', 'inv-x')).toEqual([]);
    expect(await loadInvoiceBundles(db, CREDITOR, 'c-other')).toEqual(await oneByOne(db, 'c-other'));
  });

  it('reads the creditor, the customer, open pauses and the attachments as the tables hold them', async () => {
    const { db } = database.current;
    const rows = await readCustomerRows(db, {
      creditorId: CREDITOR,
      customerId: 'c-main',
      attachments: true,
    });
    expect(rows.creditor).toEqual(
      await db.selectFrom('creditors').selectAll().where('id', '=', CREDITOR).executeTakeFirst(),
    );
    expect(rows.customer).toEqual(
      await db
        .selectFrom('customers')
        .selectAll()
        .where('creditor_id', '=', CREDITOR)
        .where('id', '=', 'c-main')
        .executeTakeFirst(),
    );
    expect(rows.pauses.map((pause) => pause.id)).toEqual(['pause-new', 'pause-old']);
    expect(rows.pauses[0]).toEqual(
      await db
        .selectFrom('pauses')
        .selectAll()
        .where('creditor_id', '=', CREDITOR)
        .where('id', '=', 'pause-new')
        .executeTakeFirst(),
    );
    expect(rows.attachments).toEqual([
      ...(await loadAttachments(db, CREDITOR, ['dis-resolved'])),
      ...(await loadAttachments(db, CREDITOR, ['dis-open'])),
    ]);
    expect(rows.attachments.map((attachment) => attachment.id)).toEqual(['att-r', 'att-1', 'att-2']);
    // Nobody's rows for an unknown customer; attachments only when asked for.
    const nobody = await readCustomerRows(db, {
      creditorId: CREDITOR,
      customerId: 'c-none',
      attachments: true,
    });
    expect(nobody).toMatchObject({ customer: undefined, pauses: [], invoices: [], attachments: [] });
    expect(nobody.creditor?.id).toBe(CREDITOR);
    expect((await readCustomerRows(db, { creditorId: CREDITOR, customerId: 'c-main' })).attachments).toEqual(
      [],
    );
  });

  it.runIf(backend.name === 'postgres')(
    'runs as one statement, parsed and planned once per PostgreSQL connection',
    async () => {
      const single = openDatabase(database.current.url, { poolSize: 1 });
      try {
        for (const customerId of ['c-main', 'c-other', 'c-main']) {
          await readCustomerRows(single, { creditorId: CREDITOR, customerId, attachments: true });
          await readCustomerRows(single, { creditorId: CREDITOR, customerId, invoiceId: 'inv-a' });
        }
        const prepared = await sql<{ name: string }>`
          select name from pg_prepared_statements where name like 'amicable_%'`.execute(single);
        // One statement for the account, one for a single invoice: prepared once each.
        expect(prepared.rows).toHaveLength(2);
      } finally {
        await single.destroy();
      }
    },
  );

  // Reads must cost what the customer has, not what the whole book holds: every table is reached
  // through an index, never scanned. (SQLite plans without statistics, so this holds at any size;
  // PostgreSQL plans by its statistics, checked by hand with EXPLAIN on 100 000 invoices.)
  it.runIf(backend.name === 'sqlite')('reaches every table through an index', async () => {
    const file = new SqliteDatabase(database.current.url.slice('sqlite:'.length));
    const queries: CompiledQuery[] = [];
    const logging = new Kysely<Database>({
      dialect: new SqliteDialect({ database: file }),
      log: (event) => {
        if (event.level === 'query') queries.push(event.query);
      },
    });
    try {
      await loadInvoiceBundles(logging, CREDITOR, 'c-main');
      await loadInvoiceBundles(logging, CREDITOR, 'c-main', 'inv-a');
      await readCustomerRows(logging, { creditorId: CREDITOR, customerId: 'c-main', attachments: true });
      await loadAttachments(logging, CREDITOR, ['dis-open']);
      // One statement per read, whatever the customer has.
      expect(queries.length).toBe(4);
      for (const query of queries) {
        const plan = file
          .prepare(`EXPLAIN QUERY PLAN ${query.sql}`)
          .all(...(query.parameters as unknown[])) as { detail: string }[];
        // Only the steps that read a table: not the statement's scaffolding (its scalar subqueries,
        // the rows each of them yields to its JSON aggregate, the constant row of a select
        // without a table, sorting).
        const details = plan.map((row) => row.detail);
        const coroutines = new Set(details.flatMap((detail) => /^CO-ROUTINE (\w+)$/.exec(detail)?.[1] ?? []));
        const steps = details.filter(
          (detail) =>
            /^(SEARCH|SCAN) /.test(detail) &&
            detail !== 'SCAN CONSTANT ROW' &&
            !coroutines.has(detail.replace(/^SCAN /, '')),
        );
        expect(steps.length, query.sql).toBeGreaterThan(0);
        for (const step of steps) {
          // A search by the creditor alone, or by a status, would still walk the whole book.
          const [, columns = ''] = /^SEARCH \w+ USING (?:COVERING )?INDEX \w+ \((.+)\)$/.exec(step) ?? [];
          const keys = columns.split(' AND ').map((term) => term.replace(/[=<>].*$/, ''));
          expect(
            keys.some((key) => IDENTIFYING_KEYS.has(key)),
            `${query.sql}\n${step}`,
          ).toBe(true);
        }
      }
    } finally {
      await logging.destroy();
    }
  });
});
