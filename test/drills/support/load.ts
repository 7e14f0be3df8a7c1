/**
 * Many customers at once against a running server: each gets fresh invoices from the back office
 * and pays them (card through the fake Stripe, or a bank transfer the creditor records), proposes
 * plans, promises and disputes them (multipart with a small PDF), every write with its own
 * `Idempotency-Key` and some sent again with the same key (after the answer, after a lost answer,
 * or twice at once). The {@link Ledger} keeps every write the server acknowledged with a 2xx;
 * {@link verifyLedger} then checks the server has each of them once, through the API and in the
 * database.
 */
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { disputeFormData } from '../../../src/contract/dispute';
import { addDays, toCalendarDate } from '../../../src/domain';
import { createCustomerToken } from '../../../src/server/auth';
import type { Database } from '../../../src/server/db';
import type { FakeStripe } from '../../api/payments-fake-stripe';
import type { DrillClient, DrillRequest, Outcome } from './client';
import { DRILL_ADMIN_KEY, DRILL_TOKEN_SECRET, sleep } from './server';

export const ADMIN = `Bearer ${DRILL_ADMIN_KEY}`;

/** The creditor of the drills: CONTRACT.md's Norwegian example. */
export const DRILL_SETTINGS = {
  name: 'Fjordlys Energi AS',
  country: 'NO',
  currency: 'NOK',
  locale: 'nb-NO',
  tone: { style: 'direct', formality: 'informal' },
  bankAccount: { accountNumber: '12345678903' },
  referenceScheme: 'kid',
  planPolicy: { minInstalment: { amount: 20000, currency: 'NOK' }, maxCount: 6, maxMonths: 6 },
};

/** A small real PDF: the server sniffs the type from the content. */
export const PDF = new TextEncoder().encode('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

/** What a customer can do with an invoice. */
export type WriteKind = 'card' | 'bank' | 'plan' | 'promise' | 'dispute';
export const WRITE_KINDS: readonly WriteKind[] = ['card', 'bank', 'plan', 'promise', 'dispute'];

/** A write the server acknowledged with a 2xx. */
export interface AckedWrite {
  kind: WriteKind;
  key: string;
  customerId: string;
  invoiceId: string;
  /** The created object's id (for `bank`: the invoice's, the payment has none of its own). */
  id: string;
  status: number;
}

/** Everything the clients saw. */
export class Ledger {
  /** Invoices whose `PUT` was acknowledged, with their customer. */
  readonly invoices = new Map<string, string>();
  /** Acknowledged creating writes, by idempotency key. */
  readonly writes = new Map<string, AckedWrite>();
  /** Card payments whose `payment_intent.succeeded` event the server acknowledged. */
  readonly cardsPaid = new Set<string>();
  /** Keys whose requests never got a final answer (the client gave up), with the last thing seen. */
  readonly gaveUp = new Map<string, { kind: WriteKind; last: string }>();
  /** Final answers that should not have happened (a 4xx for a valid request, …). */
  readonly unexpected: string[] = [];
  /** Rules the answers broke: the same key answered with another id, two plans for one invoice, … */
  readonly broken: string[] = [];
  /** How many writes were sent again with their key, by way. */
  readonly retried = { afterAnswer: 0, afterLostAnswer: 0, concurrently: 0, doubleClicks: 0 };

  /** Records a 2xx for `key`; a second 2xx for the same key must name the same object. */
  acknowledge(write: AckedWrite): void {
    const earlier = this.writes.get(write.key);
    if (!earlier) {
      this.writes.set(write.key, write);
      return;
    }
    if (earlier.id !== write.id) {
      this.broken.push(
        `Idempotency-Key ${write.key} (${write.kind}) answered with two objects: ${earlier.id} and ${write.id}`,
      );
    }
  }

  count(kind: WriteKind): number {
    let count = 0;
    for (const write of this.writes.values()) if (write.kind === kind) count += 1;
    return count;
  }

  summary(): Record<string, number> {
    const counts: Record<string, number> = { invoices: this.invoices.size };
    for (const kind of WRITE_KINDS) counts[kind] = this.count(kind);
    return {
      ...counts,
      cardsPaid: this.cardsPaid.size,
      gaveUp: this.gaveUp.size,
      ...this.retried,
    };
  }
}

/** Today as the server sees it (UTC calendar date). */
export function today(): string {
  return toCalendarDate(new Date());
}

/** The calendar date `days` after today (UTC). */
export function addDaysToToday(days: number): string {
  return addDays(today(), days);
}

/** An overdue invoice (one reminder sent) of about 1 490 NOK, dated relative to today. */
export function invoiceBody(customerId: string, number: string) {
  const now = today();
  return {
    customerId,
    number,
    currency: 'NOK',
    issueDate: addDays(now, -50),
    dueDate: addDays(now, -36),
    lines: [
      {
        id: 'l1',
        description: 'Strøm, september',
        quantity: 1,
        unitPrice: { amount: 144100, currency: 'NOK' },
        amount: { amount: 144100, currency: 'NOK' },
      },
      {
        id: 'l2',
        description: 'Fastbeløp',
        quantity: 1,
        unitPrice: { amount: 4900, currency: 'NOK' },
        amount: { amount: 4900, currency: 'NOK' },
      },
    ],
    reminders: [{ sentAt: addDays(now, -20), channel: 'email', fee: { amount: 3750, currency: 'NOK' } }],
  };
}

/** A customer of the drill, with a token valid for the whole drill. */
export interface DrillCustomer {
  id: string;
  authorization: string;
}

/** Runs `task` over `items`, `width` at a time. */
export async function inBatches<T>(
  items: readonly T[],
  width: number,
  task: (item: T) => Promise<void>,
): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next] as T;
        next += 1;
        await task(item);
      }
    }),
  );
}

/** Puts the creditor's settings and `count` customers; throws unless every write is acknowledged. */
export async function seedCustomers(
  client: DrillClient,
  count: number,
  prefix = 'cust',
): Promise<DrillCustomer[]> {
  const until = Date.now() + 30_000;
  const settings = await client.send(
    { method: 'PUT', path: '/v1/admin/settings', authorization: ADMIN, json: DRILL_SETTINGS },
    { until },
  );
  if (settings.kind !== 'answer' || settings.answer.status !== 200) {
    throw new Error(`Could not put the settings: ${JSON.stringify(settings)}`);
  }
  const customers = await Promise.all(
    Array.from({ length: count }, async (_, index) => {
      const id = `${prefix}-${index}`;
      const token = await createCustomerToken({
        customerId: id,
        secret: DRILL_TOKEN_SECRET,
        expiresIn: '1h',
      });
      return { id, authorization: `Bearer ${token}` };
    }),
  );
  await inBatches(customers, 8, async ({ id }) => {
    const index = Number(id.slice(prefix.length + 1));
    const outcome = await client.send(
      {
        method: 'PUT',
        path: `/v1/admin/customers/${id}`,
        authorization: ADMIN,
        json: {
          name: `Kunde ${index}`,
          email: `kunde${index}@example.no`,
          locale: 'nb-NO',
          country: 'NO',
          kind: 'consumer',
        },
      },
      { until },
    );
    if (outcome.kind !== 'answer' || outcome.answer.status !== 200) {
      throw new Error(`Could not put customer ${id}: ${JSON.stringify(outcome)}`);
    }
  });
  return customers;
}

export interface LoadOptions {
  client: DrillClient;
  customers: readonly DrillCustomer[];
  ledger: Ledger;
  /** Stop starting new work after this long. */
  seconds: number;
  /** How long a request may keep retrying after the load ends (it then counts as given up). */
  graceMs?: number;
  /** Card payments go through this fake Stripe; without it no card payments are made. */
  stripe?: FakeStripe;
  /** Called once, `atFraction` of the way through the load (the fault). */
  fault?: { atFraction: number; inject: () => Promise<void> };
}

type Mode = 'once' | 'again' | 'lost' | 'concurrent';

function pickMode(): Mode {
  const roll = Math.random();
  if (roll < 0.55) return 'once';
  if (roll < 0.75) return 'again';
  if (roll < 0.9) return 'lost';
  return 'concurrent';
}

function idOf(kind: WriteKind, body: unknown, invoiceId: string): string | undefined {
  if (kind === 'bank') return invoiceId;
  const id = (body as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/** Runs the load; resolves when every customer's last request has ended. */
export async function runLoad(options: LoadOptions): Promise<void> {
  const { client, customers, ledger, seconds, stripe } = options;
  const started = Date.now();
  const loadEnd = started + seconds * 1000;
  const until = loadEnd + (options.graceMs ?? 20_000);
  const kinds = WRITE_KINDS.filter((kind) => kind !== 'card' || stripe !== undefined);

  let faultRun: Promise<void> | undefined;
  const fault = options.fault;
  const faultTimer = fault
    ? setTimeout(
        () => {
          faultRun = fault.inject();
          // Awaited below; this only keeps an early failure from being reported as unhandled.
          faultRun.catch(() => {});
        },
        seconds * 1000 * fault.atFraction,
      )
    : undefined;

  /** Sends one creating write as `mode` says and records what came back. */
  const write = async (
    kind: WriteKind,
    customer: DrillCustomer,
    invoiceId: string,
    request: DrillRequest,
    mode: Mode,
  ): Promise<string | undefined> => {
    const key = request.idempotencyKey ?? '';
    const outcomes: Outcome[] = [];
    if (mode === 'concurrent') {
      ledger.retried.concurrently += 1;
      outcomes.push(
        ...(await Promise.all([client.send(request, { until }), client.send(request, { until })])),
      );
    } else if (mode === 'lost') {
      ledger.retried.afterLostAnswer += 1;
      outcomes.push(await client.send(request, { until, loseFirstAnswerAfterMs: 5 + Math.random() * 60 }));
    } else {
      outcomes.push(await client.send(request, { until }));
      if (mode === 'again' && outcomes[0]?.kind === 'answer' && outcomes[0].answer.status < 300) {
        ledger.retried.afterAnswer += 1;
        const again = await client.send(request, { until });
        outcomes.push(again);
        if (again.kind === 'answer' && again.answer.headers.get('idempotent-replayed') !== 'true') {
          ledger.broken.push(
            `${kind} ${key}: the repeat was not answered as a replay (${again.answer.status})`,
          );
        }
      }
    }
    let createdId: string | undefined;
    for (const outcome of outcomes) {
      if (outcome.kind === 'gave_up') {
        if (!ledger.writes.has(key)) ledger.gaveUp.set(key, { kind, last: outcome.last });
        continue;
      }
      const { status, body } = outcome.answer;
      if (status >= 200 && status < 300) {
        const id = idOf(kind, body, invoiceId);
        if (!id) {
          ledger.broken.push(
            `${kind} ${key}: a ${status} without an id: ${JSON.stringify(body).slice(0, 200)}`,
          );
          continue;
        }
        ledger.gaveUp.delete(key);
        ledger.acknowledge({ kind, key, customerId: customer.id, invoiceId, id, status });
        createdId = id;
      } else {
        ledger.unexpected.push(
          `${kind} on ${invoiceId} (${mode}) answered ${status}: ${JSON.stringify(body).slice(0, 300)}`,
        );
      }
    }
    return createdId;
  };

  const payByCard = async (customer: DrillCustomer, invoiceId: string, mode: Mode) => {
    if (!stripe) return;
    const paymentId = await write(
      'card',
      customer,
      invoiceId,
      {
        method: 'POST',
        path: '/v1/payments',
        authorization: customer.authorization,
        json: { invoiceIds: [invoiceId] },
        idempotencyKey: randomUUID(),
      },
      mode,
    );
    if (!paymentId) return;
    // The customer's browser confirms with Stripe; Stripe tells the server, retrying until it answers.
    const intent = [...stripe.intents.values()].find(
      (candidate) => (candidate.metadata as Record<string, string>).amicable_payment_id === paymentId,
    );
    if (!intent) {
      ledger.broken.push(`card payment ${paymentId}: the fake Stripe has no intent for it`);
      return;
    }
    stripe.confirm(String(intent.id), 'succeeded');
    for (;;) {
      const status = await stripe.deliver(String(intent.id)).catch(() => 0);
      if (status === 200) {
        ledger.cardsPaid.add(paymentId);
        return;
      }
      if (status !== 0 && status < 500) {
        ledger.unexpected.push(`Stripe's event for ${paymentId} answered ${status}`);
        return;
      }
      if (Date.now() > until) {
        ledger.gaveUp.set(`stripe-event:${paymentId}`, { kind: 'card', last: `webhook ${status}` });
        return;
      }
      await sleep(150 + Math.random() * 150);
    }
  };

  const worker = async (customer: DrillCustomer, index: number) => {
    for (let round = 0; Date.now() < loadEnd; round += 1) {
      const invoiceId = `inv-${customer.id}-${round}`;
      const put = await client.send(
        {
          method: 'PUT',
          path: `/v1/admin/invoices/${invoiceId}`,
          authorization: ADMIN,
          json: invoiceBody(customer.id, `D-${index}-${round}`),
        },
        { until },
      );
      if (put.kind !== 'answer' || put.answer.status !== 200) {
        if (put.kind === 'answer') ledger.unexpected.push(`PUT ${invoiceId} answered ${put.answer.status}`);
        continue;
      }
      ledger.invoices.set(invoiceId, customer.id);

      // The customer looks at the account first, as the banner does.
      await client.send(
        { method: 'GET', path: '/v1/account', authorization: customer.authorization },
        { until },
      );

      const kind = kinds[(round + index) % kinds.length] as WriteKind;
      const mode = pickMode();
      const date = addDays(today(), 5);
      switch (kind) {
        case 'card':
          await payByCard(customer, invoiceId, mode);
          break;
        case 'bank':
          await write(
            'bank',
            customer,
            invoiceId,
            {
              method: 'POST',
              path: `/v1/admin/invoices/${invoiceId}/payments`,
              authorization: ADMIN,
              json: {
                receivedOn: today(),
                amount: { amount: 50_000, currency: 'NOK' },
                method: 'bank_transfer',
              },
              idempotencyKey: randomUUID(),
            },
            mode,
          );
          break;
        case 'plan': {
          const propose = (key: string): DrillRequest => ({
            method: 'POST',
            path: '/v1/plans',
            authorization: customer.authorization,
            json: { invoiceIds: [invoiceId], count: 3, firstDueDate: date },
            idempotencyKey: key,
          });
          if (Math.random() < 0.2) {
            // A double click that made two keys: one plan, the other answers 409.
            ledger.retried.doubleClicks += 1;
            const [first, second] = await Promise.all([
              client.send(propose(randomUUID()), { until }),
              client.send(propose(randomUUID()), { until }),
            ]);
            const statuses = [first, second].map((outcome) =>
              outcome.kind === 'answer' ? outcome.answer.status : 0,
            );
            for (const [position, outcome] of [first, second].entries()) {
              if (outcome.kind !== 'answer' || outcome.answer.status !== 201) continue;
              const key = position === 0 ? 'double-click-a' : 'double-click-b';
              ledger.acknowledge({
                kind: 'plan',
                key: `${invoiceId}:${key}`,
                customerId: customer.id,
                invoiceId,
                id: String((outcome.answer.body as { id?: unknown }).id),
                status: 201,
              });
            }
            if (statuses.filter((status) => status === 201).length > 1) {
              ledger.broken.push(`two plans were accepted for invoice ${invoiceId} (two keys at once)`);
            }
            if (!statuses.includes(201) && !statuses.includes(0)) {
              ledger.unexpected.push(`neither of two proposals for ${invoiceId} was accepted: ${statuses}`);
            }
          } else {
            await write('plan', customer, invoiceId, propose(randomUUID()), mode);
          }
          break;
        }
        case 'promise':
          await write(
            'promise',
            customer,
            invoiceId,
            {
              method: 'POST',
              path: '/v1/promises',
              authorization: customer.authorization,
              json: { invoiceIds: [invoiceId], date },
              idempotencyKey: randomUUID(),
            },
            mode,
          );
          break;
        case 'dispute':
          await write(
            'dispute',
            customer,
            invoiceId,
            {
              method: 'POST',
              path: '/v1/disputes',
              authorization: customer.authorization,
              form: () =>
                disputeFormData(
                  {
                    invoiceId,
                    reason: 'wrong_amount',
                    lineIds: ['l2'],
                    message: 'The fixed fee was cancelled.',
                  },
                  [new File([PDF], 'kontrakt.pdf', { type: 'application/pdf' })],
                ),
              idempotencyKey: randomUUID(),
            },
            mode,
          );
          break;
      }
    }
  };

  try {
    await Promise.all(customers.map((customer, index) => worker(customer, index)));
  } finally {
    clearTimeout(faultTimer);
  }
  if (fault && !faultRun) throw new Error('The load ended before the fault was injected');
  await faultRun;
}

/** What {@link verifyLedger} found. */
export interface Verification {
  /** Acknowledged writes the server does not have, duplicates, and other broken promises. */
  failures: string[];
  /** Rows that exist though their request was never acknowledged (the client gave up on it). */
  unacknowledgedButStored: string[];
  /** Idempotency keys still claimed by a request that never finished (a crash, an outage). */
  abandonedClaims: number;
}

const CREDITOR = 'default';

/**
 * Checks every acknowledged write through the API (each object can be read back, and the
 * customer's timeline lists it once) and in the database (one row per acknowledged write, no
 * more; one open plan per invoice; the remembered answer of each key names the same object).
 */
export async function verifyLedger(
  client: DrillClient,
  db: Kysely<Database>,
  ledger: Ledger,
  customers: readonly DrillCustomer[],
): Promise<Verification> {
  const failures: string[] = [...ledger.broken];
  const unacknowledgedButStored: string[] = [];
  const until = Date.now() + 30_000;
  const writes = [...ledger.writes.values()];
  const byCustomer = new Map(customers.map((customer) => [customer.id, customer]));

  // Through the API: every acknowledged object reads back.
  await inBatches(writes, 16, async (write) => {
    const customer = byCustomer.get(write.customerId);
    if (!customer) return;
    const path =
      write.kind === 'plan'
        ? `/v1/plans/${write.id}`
        : write.kind === 'dispute'
          ? `/v1/disputes/${write.id}`
          : write.kind === 'card'
            ? `/v1/payments/${write.id}`
            : undefined;
    if (!path) return;
    const outcome = await client.send(
      { method: 'GET', path, authorization: customer.authorization },
      { until },
    );
    if (outcome.kind !== 'answer' || outcome.answer.status !== 200) {
      failures.push(
        `${write.kind} ${write.id} was acknowledged but ${path} answers ${JSON.stringify(outcome).slice(0, 200)}`,
      );
      return;
    }
    const body = outcome.answer.body as { id?: string; status?: string; attachments?: { id: string }[] };
    if (body.id !== write.id) failures.push(`${path} answered another object: ${body.id}`);
    if (write.kind === 'card' && ledger.cardsPaid.has(write.id) && body.status !== 'succeeded') {
      failures.push(`card payment ${write.id}: Stripe's success was acknowledged but it is ${body.status}`);
    }
    if (write.kind === 'dispute') {
      const attachment = body.attachments?.[0];
      if (body.attachments?.length !== 1 || !attachment) {
        failures.push(`dispute ${write.id} has ${body.attachments?.length} attachments, not 1`);
        return;
      }
      const file = await client.send(
        {
          method: 'GET',
          path: `/v1/admin/disputes/${write.id}/attachments/${attachment.id}`,
          authorization: ADMIN,
        },
        { until },
      );
      if (
        file.kind !== 'answer' ||
        file.answer.status !== 200 ||
        file.answer.body !== new TextDecoder().decode(PDF)
      ) {
        failures.push(`dispute ${write.id}: its attachment does not read back as the PDF sent`);
      }
    }
  });

  // Through the API: each customer's timeline lists each acknowledged write once.
  const timelineIdField: Partial<Record<string, { kind: WriteKind; field: string }>> = {
    'plan.proposed': { kind: 'plan', field: 'planId' },
    'promise.made': { kind: 'promise', field: 'promiseId' },
    'dispute.opened': { kind: 'dispute', field: 'disputeId' },
    'payment.started': { kind: 'card', field: 'paymentId' },
  };
  await inBatches(customers, 8, async (customer) => {
    const outcome = await client.send(
      { method: 'GET', path: `/v1/admin/customers/${customer.id}/timeline`, authorization: ADMIN },
      { until },
    );
    if (outcome.kind !== 'answer' || outcome.answer.status !== 200) {
      failures.push(`the timeline of ${customer.id} does not read: ${JSON.stringify(outcome).slice(0, 200)}`);
      return;
    }
    const entries = (
      outcome.answer.body as {
        entries: { type: string; invoiceIds?: string[]; data?: Record<string, unknown> }[];
      }
    ).entries;
    const seen = new Map<string, number>();
    const bankPayments = new Map<string, number>();
    for (const entry of entries) {
      const known = timelineIdField[entry.type];
      if (known) {
        const id = String(entry.data?.[known.field]);
        seen.set(`${known.kind}:${id}`, (seen.get(`${known.kind}:${id}`) ?? 0) + 1);
      }
      if (entry.type === 'payment.received' && entry.data?.method === 'bank_transfer') {
        for (const invoiceId of entry.invoiceIds ?? []) {
          bankPayments.set(invoiceId, (bankPayments.get(invoiceId) ?? 0) + 1);
        }
      }
    }
    const expectedBank = new Map<string, number>();
    for (const write of writes) {
      if (write.customerId !== customer.id) continue;
      if (write.kind === 'bank') {
        expectedBank.set(write.invoiceId, (expectedBank.get(write.invoiceId) ?? 0) + 1);
        continue;
      }
      const times = seen.get(`${write.kind}:${write.id}`) ?? 0;
      if (times !== 1)
        failures.push(`${write.kind} ${write.id} is on ${customer.id}'s timeline ${times} times`);
    }
    for (const [invoiceId, count] of bankPayments) {
      const expected = expectedBank.get(invoiceId) ?? 0;
      if (count !== expected) {
        const given = [...ledger.gaveUp.values()].filter((entry) => entry.kind === 'bank').length;
        const note = `invoice ${invoiceId} has ${count} bank payments on the timeline, ${expected} acknowledged`;
        if (count > expected && given > 0) unacknowledgedButStored.push(note);
        else failures.push(note);
      }
    }
    for (const [invoiceId, expected] of expectedBank) {
      if (!bankPayments.has(invoiceId))
        failures.push(`invoice ${invoiceId}: ${expected} bank payments acknowledged, none on the timeline`);
    }
  });

  // In the database: one row per acknowledged write, nothing else.
  const keysById = new Map<string, string>();
  const stored = await db
    .selectFrom('idempotency_keys')
    .select(['scope', 'key', 'status_code', 'response_body'])
    .where('creditor_id', '=', CREDITOR)
    .execute();
  let abandonedClaims = 0;
  const storedByKey = new Map(stored.map((row) => [row.key, row]));
  for (const row of stored) {
    if (row.status_code === null) {
      abandonedClaims += 1;
      continue;
    }
    const id = (JSON.parse(row.response_body ?? '{}') as { id?: unknown }).id;
    if (typeof id === 'string') keysById.set(id, row.key);
  }
  for (const write of writes) {
    if (write.key.includes(':double-click-')) continue;
    const row = storedByKey.get(write.key);
    if (!row || row.status_code === null) {
      failures.push(
        `${write.kind} ${write.id}: its Idempotency-Key ${write.key} is not remembered as answered`,
      );
      continue;
    }
    const remembered = JSON.parse(row.response_body ?? '{}') as { id?: unknown };
    const expected = write.kind === 'bank' ? write.invoiceId : write.id;
    if (remembered.id !== expected) {
      failures.push(
        `Idempotency-Key ${write.key} remembers ${String(remembered.id)}, the client got ${expected}`,
      );
    }
  }

  const compare = (kind: WriteKind, rows: { id: string }[]) => {
    const acknowledged = new Set(writes.filter((write) => write.kind === kind).map((write) => write.id));
    const present = new Set(rows.map((row) => row.id));
    if (present.size !== rows.length) failures.push(`${kind}: the same id is stored twice`);
    for (const id of acknowledged)
      if (!present.has(id)) failures.push(`${kind} ${id} was acknowledged but is not stored`);
    for (const id of present) {
      if (acknowledged.has(id)) continue;
      const key = keysById.get(id);
      const note = `${kind} ${id} is stored but was never acknowledged (key ${key ?? 'unknown'})`;
      if (key !== undefined && ledger.gaveUp.has(key)) unacknowledgedButStored.push(note);
      else failures.push(note);
    }
  };
  compare('plan', await db.selectFrom('plans').select('id').where('creditor_id', '=', CREDITOR).execute());
  compare(
    'promise',
    await db.selectFrom('promises').select('id').where('creditor_id', '=', CREDITOR).execute(),
  );
  compare(
    'dispute',
    await db.selectFrom('disputes').select('id').where('creditor_id', '=', CREDITOR).execute(),
  );
  compare(
    'card',
    await db
      .selectFrom('payments')
      .select('id')
      .where('creditor_id', '=', CREDITOR)
      .where('provider_reference', 'is not', null)
      .execute(),
  );

  const bankRows = await db
    .selectFrom('payments')
    .innerJoin('payment_allocations', (join) =>
      join
        .onRef('payment_allocations.creditor_id', '=', 'payments.creditor_id')
        .onRef('payment_allocations.payment_id', '=', 'payments.id'),
    )
    .select('payment_allocations.invoice_id')
    .where('payments.creditor_id', '=', CREDITOR)
    .where('payments.source', '=', 'admin')
    .execute();
  const bankStored = new Map<string, number>();
  for (const row of bankRows) bankStored.set(row.invoice_id, (bankStored.get(row.invoice_id) ?? 0) + 1);
  const bankAcknowledged = new Map<string, number>();
  for (const write of writes) {
    if (write.kind === 'bank')
      bankAcknowledged.set(write.invoiceId, (bankAcknowledged.get(write.invoiceId) ?? 0) + 1);
  }
  const bankGivenUp = [...ledger.gaveUp.values()].some((entry) => entry.kind === 'bank');
  for (const invoiceId of new Set([...bankStored.keys(), ...bankAcknowledged.keys()])) {
    const storedCount = bankStored.get(invoiceId) ?? 0;
    const acknowledgedCount = bankAcknowledged.get(invoiceId) ?? 0;
    if (storedCount === acknowledgedCount) continue;
    const note = `invoice ${invoiceId}: ${storedCount} bank payment rows, ${acknowledgedCount} acknowledged`;
    if (storedCount > acknowledgedCount && bankGivenUp) unacknowledgedButStored.push(note);
    else failures.push(note);
  }

  const openPlans = await db
    .selectFrom('plan_invoices')
    .select(['invoice_id', (eb) => eb.fn.countAll().as('n')])
    .where('creditor_id', '=', CREDITOR)
    .where('is_open', '=', 1)
    .groupBy('invoice_id')
    .execute();
  for (const row of openPlans) {
    if (Number(row.n) > 1) failures.push(`invoice ${row.invoice_id} has ${row.n} open plans`);
  }

  const invoices = new Set(
    (await db.selectFrom('invoices').select('id').where('creditor_id', '=', CREDITOR).execute()).map(
      (row) => row.id,
    ),
  );
  for (const invoiceId of ledger.invoices.keys()) {
    if (!invoices.has(invoiceId)) failures.push(`invoice ${invoiceId} was acknowledged but is not stored`);
  }

  // A payment Stripe said succeeded is settled once, however often Stripe said so.
  const succeeded = await db
    .selectFrom('outbox')
    .select('payload_json')
    .where('creditor_id', '=', CREDITOR)
    .where('type', '=', 'payment.succeeded')
    .execute();
  const settled = new Map<string, number>();
  for (const row of succeeded) {
    const id = String((JSON.parse(row.payload_json) as { data?: { id?: unknown } }).data?.id);
    settled.set(id, (settled.get(id) ?? 0) + 1);
  }
  for (const paymentId of ledger.cardsPaid) {
    const times = settled.get(paymentId) ?? 0;
    if (times !== 1) failures.push(`card payment ${paymentId} queued payment.succeeded ${times} times`);
  }

  return { failures, unacknowledgedButStored, abandonedClaims };
}
