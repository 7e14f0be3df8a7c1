/**
 * Everything a customer's state is computed from, read in ONE statement: the creditor's settings
 * row, the customer, their open pauses and their invoices with lines, reminders, payments,
 * disputes, plans, promises and attachments, and for the account the customer's latest plan if the
 * creditor declined it. One statement is one snapshot on both engines (no mix of before and after
 * a concurrent write) and one round trip to PostgreSQL instead of up to a dozen in sequence; on
 * SQLite it takes the file locks and starts the engine once instead of once per table, which is
 * most of what a small query costs.
 *
 * Each table's rows come back as one JSON array (`json_group_array` on SQLite, `json_agg` on
 * PostgreSQL), in the order the code relies on. The statement is compiled once per engine and
 * variant (and prepared once per connection on PostgreSQL); a read only swaps in its ids.
 *
 * On SQLite, it needs no temporary table: an `in (select …)` or an ordered aggregate would build
 * one per part and execution, each with a page cache allocated and freed, which made the same
 * statement ten times slower for every customer but the last one asked for.
 */
import { type CompiledQuery, type RawBuilder, sql } from 'kysely';
import { type DatabaseKind, engineOf, prepareOnPostgres } from '../db';
import type {
  AttachmentsTable,
  CreditorsTable,
  CustomersTable,
  DisputeLinesTable,
  DisputesTable,
  InvoiceLinesTable,
  InvoicesTable,
  PausesTable,
  PaymentsTable,
  PlanInstalmentsTable,
  PlansTable,
  PromisesTable,
  Queryable,
  RemindersTable,
} from '../db/schema';

/** The rows of one customer as stored, each table's in the order given beside it. */
export interface CustomerRows {
  /** The creditor's settings row, if the back office set it. */
  creditor: CreditorsTable | undefined;
  customer: CustomersTable | undefined;
  /** The customer's pauses that have not ended (they may still have lapsed), latest first. */
  pauses: PausesTable[];
  /** By due date, then id; only `invoiceId` when given. */
  invoices: InvoicesTable[];
  /** By position. */
  lines: InvoiceLinesTable[];
  /** By position. */
  reminders: RemindersTable[];
  /** Succeeded payments allocated to the invoices, with the invoice and the part allocated to it; by day received, then id. */
  payments: (PaymentsTable & { invoice_id: string; allocated_amount: number })[];
  /** By creation. */
  disputes: DisputesTable[];
  /** By dispute, then line. */
  disputeLines: Pick<DisputeLinesTable, 'dispute_id' | 'line_id'>[];
  /** Plans in force (accepted, active, pending or lapsed) covering the invoices, latest first. */
  plans: (PlansTable & { invoice_id: string })[];
  /**
   * The instalments of those plans, by plan and sequence; a plan covering several of the
   * invoices has its instalments here once per invoice.
   */
  instalments: PlanInstalmentsTable[];
  /**
   * Promises of any status covering the invoices, latest first. Running ones are picked in code:
   * given a status to match, SQLite's planner starts from all the creditor's active promises
   * instead of these invoices' links.
   */
  promises: (PromisesTable & { invoice_id: string })[];
  /** The attachments of the invoices' disputes, by creation (empty unless asked for). */
  attachments: AttachmentsTable[];
  /**
   * The plan the customer proposed last, once per invoice it covers (by invoice), when the
   * creditor declined it; empty when it was not declined, when there is none, or unless asked for.
   */
  declinedPlan: (PlansTable & { invoice_id: string })[];
  /** The instalments of that declined plan, by sequence (empty unless asked for). */
  declinedInstalments: PlanInstalmentsTable[];
}

export interface ReadCustomerRowsOptions {
  creditorId: string;
  customerId: string;
  /** Only this invoice of the customer (and what hangs off it). */
  invoiceId?: string;
  /** Also read the attachments of the disputes (the account summary lists them). */
  attachments?: boolean;
  /** Also read the customer's latest plan if the creditor declined it (the account summary tells of it). */
  declinedPlan?: boolean;
}

/**
 * Every column of a row type, checked by the compiler both ways: a column added to `schema.ts`
 * and not listed here (or listed and gone) fails to compile instead of silently going missing.
 */
function columnsOf<Row>(columns: { [K in keyof Row]-?: true }): readonly string[] {
  return Object.keys(columns);
}

const CREDITOR_COLUMNS = columnsOf<CreditorsTable>({
  id: true,
  name: true,
  country: true,
  currency: true,
  locale: true,
  settings_json: true,
  created_at: true,
  updated_at: true,
});
const CUSTOMER_COLUMNS = columnsOf<CustomersTable>({
  creditor_id: true,
  id: true,
  name: true,
  email: true,
  locale: true,
  country: true,
  kind: true,
  document_json: true,
  created_at: true,
  updated_at: true,
});
const PAUSE_COLUMNS = columnsOf<PausesTable>({
  creditor_id: true,
  id: true,
  customer_id: true,
  reason: true,
  note: true,
  started_at: true,
  until_date: true,
  ended_at: true,
});
const INVOICE_COLUMNS = columnsOf<InvoicesTable>({
  creditor_id: true,
  id: true,
  customer_id: true,
  number: true,
  currency: true,
  issue_date: true,
  due_date: true,
  total_amount: true,
  references_json: true,
  document_json: true,
  created_at: true,
  updated_at: true,
});
const LINE_COLUMNS = columnsOf<InvoiceLinesTable>({
  creditor_id: true,
  invoice_id: true,
  id: true,
  position: true,
  description: true,
  quantity: true,
  unit_price_amount: true,
  amount: true,
  currency: true,
  delivered_on: true,
  reference: true,
});
const REMINDER_COLUMNS = columnsOf<RemindersTable>({
  creditor_id: true,
  invoice_id: true,
  position: true,
  sent_at: true,
  channel: true,
  fee_amount: true,
  fee_currency: true,
  document_json: true,
});
const PAYMENT_COLUMNS = columnsOf<PaymentsTable>({
  creditor_id: true,
  id: true,
  customer_id: true,
  source: true,
  method: true,
  status: true,
  amount: true,
  currency: true,
  external_id: true,
  provider_reference: true,
  received_on: true,
  created_at: true,
  updated_at: true,
});
const DISPUTE_COLUMNS = columnsOf<DisputesTable>({
  creditor_id: true,
  id: true,
  reference: true,
  customer_id: true,
  invoice_id: true,
  reason: true,
  amount: true,
  currency: true,
  message: true,
  status: true,
  respond_by: true,
  outcome: true,
  resolution_message: true,
  credit_amount: true,
  created_at: true,
  resolved_at: true,
});
const PLAN_COLUMNS = columnsOf<PlansTable>({
  creditor_id: true,
  id: true,
  customer_id: true,
  status: true,
  frequency: true,
  total_amount: true,
  fee_amount: true,
  currency: true,
  respond_by: true,
  message: true,
  created_at: true,
  decided_at: true,
  paid_before: true,
  review_json: true,
});
const INSTALMENT_COLUMNS = columnsOf<PlanInstalmentsTable>({
  creditor_id: true,
  plan_id: true,
  seq: true,
  due_date: true,
  amount: true,
  currency: true,
  status: true,
  paid_amount: true,
});
const PROMISE_COLUMNS = columnsOf<PromisesTable>({
  creditor_id: true,
  id: true,
  customer_id: true,
  promised_date: true,
  amount: true,
  currency: true,
  status: true,
  created_at: true,
  paid_before: true,
});
const ATTACHMENT_COLUMNS = columnsOf<AttachmentsTable>({
  creditor_id: true,
  id: true,
  dispute_id: true,
  filename: true,
  media_type: true,
  size_bytes: true,
  sha256: true,
  blob_key: true,
  created_at: true,
});

/** The plan statuses that cover an invoice (a rejected or completed plan no longer does). */
const PLANS_IN_FORCE = ['accepted', 'active', 'pending', 'lapsed'] as const;

// Stand-ins compiled into the statement where a read's own ids go (see `parametersFor`): its only
// parameters, so that one compiled statement serves every read; constants are literals.
const CREDITOR = '\u0000creditor';
const CUSTOMER = '\u0000customer';
const INVOICE = '\u0000invoice';

interface Part {
  name: keyof CustomerRows;
  /** `table alias` joins and conditions: everything after `from`. */
  from: RawBuilder<unknown>;
  /** The columns to select: `[table alias, column]`, or `[table alias, column, name]` to rename. */
  select: readonly (readonly [string, string] | readonly [string, string, string])[];
  /** Selected names to order by, `desc` where so marked. */
  order: readonly (readonly [string, 'asc' | 'desc'])[];
}

/**
 * One part as a scalar subquery: a JSON array of its rows in order, `[]` for none. PostgreSQL
 * orders within `json_agg`. SQLite aggregates the rows of an ordered subquery in the order it
 * yields them: the order within `json_group_array` itself would need a temporary b-tree per part,
 * and creating and dropping those (a page cache each) costs more than the rest of the statement.
 */
function jsonArray(engine: DatabaseKind, part: Part): RawBuilder<unknown> {
  const names = part.select.map((column) => column[2] ?? column[1]);
  const selection = sql.join(
    part.select.map(([alias, column, name]) =>
      name === undefined
        ? sql.ref(`${alias}.${column}`)
        : sql`${sql.ref(`${alias}.${column}`)} as ${sql.id(name)}`,
    ),
  );
  // Ordered by the selected names outside the subquery, by their source columns inside it (a bare
  // name there could mean a column of another joined table).
  const source = (name: string) => {
    const column = part.select.find((entry) => (entry[2] ?? entry[1]) === name);
    if (!column) throw new Error(`${part.name} is ordered by ${name}, which it does not select`);
    return `${column[0]}.${column[1]}`;
  };
  const order = (prefix: string | undefined) =>
    sql.join(
      part.order.map(([name, direction]) => {
        const ref = sql.ref(prefix === undefined ? source(name) : `${prefix}.${name}`);
        return direction === 'desc' ? sql`${ref} desc` : ref;
      }),
    );
  if (engine === 'postgres') {
    return sql`(select coalesce(json_agg(agg order by ${order('agg')}), '[]'::json) from (select ${selection} from ${part.from}) as agg)`;
  }
  // SQLite's json_object needs every column named: there is no row-to-JSON of its own.
  const fields = sql.join(names.flatMap((name) => [sql.lit(name), sql.ref(`agg.${name}`)]));
  return sql`(select coalesce(json_group_array(json_object(${fields})), '[]') from (select ${selection} from ${part.from} order by ${order(undefined)}) as agg)`;
}

function columns(alias: string, names: readonly string[]): [string, string][] {
  return names.map((name) => [alias, name]);
}

interface Variant {
  invoice: boolean;
  attachments: boolean;
  declinedPlan: boolean;
}

function compileStatement(db: Queryable, variant: Variant): CompiledQuery {
  const engine = engineOf(db);
  // Every part starts from the customer's invoices (`i`, through the index by customer) and joins
  // on by primary keys and indexes: no part reads more than the customer's own rows.
  const invoices = sql`invoices as i`;
  // SQLite takes the tables of a `cross join` in the order written (its way of fixing the join
  // order): from the customer's invoices outward. Left to choose, it would rather walk all the
  // creditor's lines in key order than sort a customer's few. PostgreSQL plans by its statistics.
  const join = sql.raw(engine === 'sqlite' ? 'cross join' : 'join');
  const theirs = variant.invoice
    ? sql`i.creditor_id = ${CREDITOR} and i.customer_id = ${CUSTOMER} and i.id = ${INVOICE}`
    : sql`i.creditor_id = ${CREDITOR} and i.customer_id = ${CUSTOMER}`;
  const inForce = sql.join(PLANS_IN_FORCE.map((status) => sql.lit(status)));
  const parts: Part[] = [
    {
      name: 'creditor',
      from: sql`creditors as c where c.id = ${CREDITOR}`,
      select: columns('c', CREDITOR_COLUMNS),
      order: [['id', 'asc']],
    },
    {
      name: 'customer',
      from: sql`customers as c where c.creditor_id = ${CREDITOR} and c.id = ${CUSTOMER}`,
      select: columns('c', CUSTOMER_COLUMNS),
      order: [['id', 'asc']],
    },
    {
      name: 'pauses',
      from: sql`pauses as p where p.creditor_id = ${CREDITOR} and p.customer_id = ${CUSTOMER} and p.ended_at is null`,
      select: columns('p', PAUSE_COLUMNS),
      order: [['started_at', 'desc']],
    },
    {
      name: 'invoices',
      from: sql`${invoices} where ${theirs}`,
      select: columns('i', INVOICE_COLUMNS),
      order: [
        ['due_date', 'asc'],
        ['id', 'asc'],
      ],
    },
    {
      name: 'lines',
      from: sql`${invoices} ${join} invoice_lines as l on l.creditor_id = i.creditor_id and l.invoice_id = i.id where ${theirs}`,
      select: columns('l', LINE_COLUMNS),
      order: [
        ['invoice_id', 'asc'],
        ['position', 'asc'],
      ],
    },
    {
      name: 'reminders',
      from: sql`${invoices} ${join} reminders as r on r.creditor_id = i.creditor_id and r.invoice_id = i.id where ${theirs}`,
      select: columns('r', REMINDER_COLUMNS),
      order: [
        ['invoice_id', 'asc'],
        ['position', 'asc'],
      ],
    },
    {
      name: 'payments',
      from: sql`${invoices}
        ${join} payment_allocations as a on a.creditor_id = i.creditor_id and a.invoice_id = i.id
        ${join} payments as p on p.creditor_id = a.creditor_id and p.id = a.payment_id
        where ${theirs} and p.status = ${sql.lit('succeeded')}`,
      select: [...columns('p', PAYMENT_COLUMNS), ['a', 'invoice_id'], ['a', 'amount', 'allocated_amount']],
      order: [
        ['received_on', 'asc'],
        ['id', 'asc'],
        ['invoice_id', 'asc'],
      ],
    },
    {
      name: 'disputes',
      from: sql`${invoices} ${join} disputes as d on d.creditor_id = i.creditor_id and d.invoice_id = i.id where ${theirs}`,
      select: columns('d', DISPUTE_COLUMNS),
      order: [
        ['created_at', 'asc'],
        ['id', 'asc'],
      ],
    },
    {
      name: 'disputeLines',
      from: sql`${invoices}
        ${join} disputes as d on d.creditor_id = i.creditor_id and d.invoice_id = i.id
        ${join} dispute_lines as dl on dl.creditor_id = d.creditor_id and dl.dispute_id = d.id
        where ${theirs}`,
      select: [
        ['dl', 'dispute_id'],
        ['dl', 'line_id'],
      ],
      order: [
        ['dispute_id', 'asc'],
        ['line_id', 'asc'],
      ],
    },
    {
      name: 'plans',
      from: sql`${invoices}
        ${join} plan_invoices as pi on pi.creditor_id = i.creditor_id and pi.invoice_id = i.id
        ${join} plans as p on p.creditor_id = pi.creditor_id and p.id = pi.plan_id
        where ${theirs} and p.status in (${inForce})`,
      select: [...columns('p', PLAN_COLUMNS), ['pi', 'invoice_id']],
      order: [
        ['created_at', 'desc'],
        ['id', 'asc'],
        ['invoice_id', 'asc'],
      ],
    },
    {
      // Once for each of the customer's invoices the plan covers: `bundlesOf` keeps one of each.
      name: 'instalments',
      from: sql`${invoices}
        ${join} plan_invoices as pi on pi.creditor_id = i.creditor_id and pi.invoice_id = i.id
        ${join} plans as p on p.creditor_id = pi.creditor_id and p.id = pi.plan_id
        ${join} plan_instalments as s on s.creditor_id = p.creditor_id and s.plan_id = p.id
        where ${theirs} and p.status in (${inForce})`,
      select: columns('s', INSTALMENT_COLUMNS),
      order: [
        ['plan_id', 'asc'],
        ['seq', 'asc'],
      ],
    },
    {
      name: 'promises',
      from: sql`${invoices}
        ${join} promise_invoices as pi on pi.creditor_id = i.creditor_id and pi.invoice_id = i.id
        ${join} promises as p on p.creditor_id = pi.creditor_id and p.id = pi.promise_id
        where ${theirs}`,
      select: [...columns('p', PROMISE_COLUMNS), ['pi', 'invoice_id']],
      order: [
        ['created_at', 'desc'],
        ['id', 'asc'],
        ['invoice_id', 'asc'],
      ],
    },
  ];
  if (variant.attachments) {
    parts.push({
      name: 'attachments',
      from: sql`${invoices}
        ${join} disputes as d on d.creditor_id = i.creditor_id and d.invoice_id = i.id
        ${join} attachments as t on t.creditor_id = d.creditor_id and t.dispute_id = d.id
        where ${theirs}`,
      select: columns('t', ATTACHMENT_COLUMNS),
      order: [
        ['created_at', 'asc'],
        ['id', 'asc'],
      ],
    });
  }
  if (variant.declinedPlan) {
    // The customer's latest proposal, whatever became of it: a declined plan counts only while no
    // other has been proposed since. Latest by creation, then by id, as aggregates over the index
    // by customer: an `order by … limit 1` would cost SQLite a sorter per part and read.
    const theirPlans = (alias: string) =>
      sql`plans as ${sql.id(alias)} where ${sql.ref(`${alias}.creditor_id`)} = ${CREDITOR} and ${sql.ref(`${alias}.customer_id`)} = ${CUSTOMER}`;
    const latestPlan = sql`(select max(lp.id) from ${theirPlans('lp')}
      and lp.created_at = (select max(lc.created_at) from ${theirPlans('lc')}))`;
    const declined = sql`p.creditor_id = ${CREDITOR} and p.id = ${latestPlan} and p.status = ${sql.lit('rejected')}`;
    parts.push(
      {
        name: 'declinedPlan',
        from: sql`plans as p ${join} plan_invoices as pi on pi.creditor_id = p.creditor_id and pi.plan_id = p.id
          where ${declined}`,
        select: [...columns('p', PLAN_COLUMNS), ['pi', 'invoice_id']],
        order: [['invoice_id', 'asc']],
      },
      {
        name: 'declinedInstalments',
        from: sql`plans as p ${join} plan_instalments as s on s.creditor_id = p.creditor_id and s.plan_id = p.id
          where ${declined}`,
        select: columns('s', INSTALMENT_COLUMNS),
        order: [['seq', 'asc']],
      },
    );
  }
  const selections = sql.join(parts.map((part) => sql`${jsonArray(engine, part)} as ${sql.id(part.name)}`));
  const compiled = sql`select ${selections}`.compile(db);
  // Planning this statement costs PostgreSQL several times what running it does: plan it once.
  if (engine === 'postgres') prepareOnPostgres(compiled.sql);
  return compiled;
}

// Compiled statements by engine and variant: building and compiling one costs far more than running it.
const statements = new Map<string, CompiledQuery>();

function statementFor(db: Queryable, options: ReadCustomerRowsOptions): CompiledQuery {
  const variant: Variant = {
    invoice: options.invoiceId !== undefined,
    attachments: options.attachments === true,
    declinedPlan: options.declinedPlan === true,
  };
  const key = `${engineOf(db)}:${variant.invoice}:${variant.attachments}:${variant.declinedPlan}`;
  let statement = statements.get(key);
  if (!statement) {
    statement = compileStatement(db, variant);
    statements.set(key, statement);
  }
  return statement;
}

function parametersFor(statement: CompiledQuery, options: ReadCustomerRowsOptions): unknown[] {
  return statement.parameters.map((parameter) => {
    if (parameter === CREDITOR) return options.creditorId;
    if (parameter === CUSTOMER) return options.customerId;
    if (parameter === INVOICE) return options.invoiceId;
    throw new Error(`The customer statement has an unexpected parameter ${String(parameter)}`);
  });
}

function rowsOf<T>(value: unknown): T[] {
  // SQLite hands JSON over as text; pg parses `json` columns itself.
  const parsed = typeof value === 'string' ? JSON.parse(value) : value;
  return Array.isArray(parsed) ? (parsed as T[]) : [];
}

/** Reads a customer's rows in one statement (see the file's comment). */
export async function readCustomerRows(
  db: Queryable,
  options: ReadCustomerRowsOptions,
): Promise<CustomerRows> {
  const statement = statementFor(db, options);
  const result = await db.executeQuery<Record<keyof CustomerRows, unknown>>({
    ...statement,
    parameters: parametersFor(statement, options),
  });
  const row = result.rows[0];
  if (!row) throw new Error('The customer statement returned no row');
  return {
    creditor: rowsOf<CreditorsTable>(row.creditor)[0],
    customer: rowsOf<CustomersTable>(row.customer)[0],
    pauses: rowsOf(row.pauses),
    invoices: rowsOf(row.invoices),
    lines: rowsOf(row.lines),
    reminders: rowsOf(row.reminders),
    payments: rowsOf(row.payments),
    disputes: rowsOf(row.disputes),
    disputeLines: rowsOf(row.disputeLines),
    plans: rowsOf(row.plans),
    instalments: rowsOf(row.instalments),
    promises: rowsOf(row.promises),
    attachments: options.attachments ? rowsOf(row.attachments) : [],
    declinedPlan: options.declinedPlan ? rowsOf(row.declinedPlan) : [],
    declinedInstalments: options.declinedPlan ? rowsOf(row.declinedInstalments) : [],
  };
}
