import type { CustomerUpsert } from '../../contract/customer';
import type { CountryCode, CustomerKind, Locale, Tone } from '../../contract/primitives';
import type { CustomersTable, PausesTable, Queryable } from '../db/schema';
import { newId } from '../ids';
import { problems } from '../problem';
import { recordTimeline, type WriteContext } from '../timeline';
import type { CreditorSettings } from './settings';

/** A customer as the server works with it, defaults from the creditor applied. */
export interface CustomerRecord {
  id: string;
  name: string;
  email: string | undefined;
  phone: string | undefined;
  locale: Locale;
  country: CountryCode;
  kind: CustomerKind;
  /** The customer's own tone override, if the creditor set one. */
  tone: Tone | undefined;
  createdAt: string;
  updatedAt: string;
}

export function customerFromRow(row: CustomersTable, creditor: CreditorSettings): CustomerRecord {
  const document = JSON.parse(row.document_json) as CustomerUpsert;
  return {
    id: row.id,
    name: row.name,
    email: row.email ?? undefined,
    phone: document.phone,
    locale: row.locale ?? creditor.settings.locale,
    country: (row.country as CountryCode | null) ?? creditor.settings.country,
    kind: row.kind as CustomerKind,
    tone: document.tone,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function findCustomer(
  db: Queryable,
  creditorId: string,
  customerId: string,
): Promise<CustomersTable | undefined> {
  return db
    .selectFrom('customers')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('id', '=', customerId)
    .executeTakeFirst();
}

/** The customer, or 404 (also for another creditor's customer). */
export async function requireCustomer(
  db: Queryable,
  creditorId: string,
  customerId: string,
): Promise<CustomersTable> {
  const row = await findCustomer(db, creditorId, customerId);
  if (!row) throw problems.notFound(`There is no customer ${customerId}`);
  return row;
}

/** Creates or updates a customer; the same document twice changes nothing and records nothing. */
export async function upsertCustomer(
  tx: WriteContext,
  customerId: string,
  input: CustomerUpsert,
): Promise<CustomersTable> {
  const existing = await findCustomer(tx.trx, tx.creditorId, customerId);
  const document = JSON.stringify(input);
  if (existing && existing.document_json === document) return existing;
  const now = tx.now.toISOString();
  const values = {
    name: input.name,
    email: input.email ?? null,
    locale: input.locale ?? null,
    country: input.country ?? null,
    kind: input.kind,
    document_json: document,
    updated_at: now,
  };
  const row: CustomersTable = {
    creditor_id: tx.creditorId,
    id: customerId,
    created_at: existing?.created_at ?? now,
    ...values,
  };
  await tx.trx
    .insertInto('customers')
    .values(row)
    .onConflict((conflict) => conflict.columns(['creditor_id', 'id']).doUpdateSet(values))
    .execute();
  await recordTimeline(tx, customerId, existing ? 'customer.updated' : 'customer.created', {
    actor: 'creditor',
    summary: existing ? 'Customer details updated' : 'Customer added',
  });
  return row;
}

/** The creditor's pause in force for a customer on `today`, if any. */
export async function activePause(
  db: Queryable,
  creditorId: string,
  customerId: string,
  today: string,
): Promise<PausesTable | undefined> {
  const pauses = await db
    .selectFrom('pauses')
    .selectAll()
    .where('creditor_id', '=', creditorId)
    .where('customer_id', '=', customerId)
    .where('ended_at', 'is', null)
    .orderBy('started_at', 'desc')
    .execute();
  return pauseInForce(pauses, today);
}

/** Of a customer's pauses that have not ended (latest first), the one in force on `today`. */
export function pauseInForce(pauses: readonly PausesTable[], today: string): PausesTable | undefined {
  return pauses.find((pause) => pause.until_date === null || pause.until_date >= today);
}

/** Starts a creditor pause; pausing a paused customer only updates the note and end date. */
export async function pauseCustomer(
  tx: WriteContext,
  customerId: string,
  request: { reason?: string | undefined; until?: string | undefined },
): Promise<boolean> {
  const today = tx.now.toISOString().slice(0, 10);
  const current = await activePause(tx.trx, tx.creditorId, customerId, today);
  if (current) {
    if (current.note === (request.reason ?? null) && current.until_date === (request.until ?? null))
      return false;
    await tx.trx
      .updateTable('pauses')
      .set({ note: request.reason ?? null, until_date: request.until ?? null })
      .where('creditor_id', '=', tx.creditorId)
      .where('id', '=', current.id)
      .execute();
  } else {
    await tx.trx
      .insertInto('pauses')
      .values({
        creditor_id: tx.creditorId,
        id: newId('pause'),
        customer_id: customerId,
        reason: 'creditor',
        note: request.reason ?? null,
        started_at: tx.now.toISOString(),
        until_date: request.until ?? null,
        ended_at: null,
      })
      .execute();
  }
  await recordTimeline(tx, customerId, 'customer.paused', {
    actor: 'creditor',
    summary: request.until
      ? `Process paused by the creditor until ${request.until}`
      : 'Process paused by the creditor',
    ...(request.reason || request.until
      ? {
          data: {
            ...(request.reason ? { note: request.reason } : {}),
            ...(request.until ? { until: request.until } : {}),
          },
        }
      : {}),
  });
  return true;
}

/** Ends every open creditor pause; resuming a customer who is not paused changes nothing. */
export async function resumeCustomer(
  tx: WriteContext,
  customerId: string,
  request: { reason?: string | undefined },
): Promise<boolean> {
  const result = await tx.trx
    .updateTable('pauses')
    .set({ ended_at: tx.now.toISOString() })
    .where('creditor_id', '=', tx.creditorId)
    .where('customer_id', '=', customerId)
    .where('ended_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) === 0) return false;
  await recordTimeline(tx, customerId, 'customer.resumed', {
    actor: 'creditor',
    summary: 'Process resumed by the creditor',
    ...(request.reason ? { data: { note: request.reason } } : {}),
  });
  return true;
}
