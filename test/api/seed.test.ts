import { describe, expect, it } from 'vitest';
import { AccountSummary } from '../../src/contract/account';
import { InvoiceDetail } from '../../src/contract/invoice';
import { isValidBetalingskenmerk, isValidKid, isValidRf } from '../../src/domain';
import type { AmicableDb } from '../../src/server/db';
import { seedDemo } from '../../src/server/seed';
import { backends, TEST_NOW, testClient, useDatabase } from './setup';

const TABLES = [
  'creditors',
  'customers',
  'invoices',
  'invoice_lines',
  'reminders',
  'pauses',
  'timeline',
  'outbox',
] as const;

async function snapshot(db: AmicableDb) {
  const counts: Record<string, number> = {};
  for (const table of TABLES) {
    const rows = await db.selectFrom(table).selectAll().execute();
    counts[table] = rows.length;
  }
  const updated = await db.selectFrom('invoices').select(['id', 'updated_at']).orderBy('id').execute();
  return { counts, updated };
}

describe.each(backends)('demo seed on $name', (backend) => {
  const database = useDatabase(backend);

  it('seeds both creditors idempotently, every customer in the stage it was meant for', async () => {
    const { db } = database.current;
    const fjordlys = await seedDemo(db, 'fjordlys', { now: TEST_NOW });
    const tulp = await seedDemo(db, 'tulp', { now: TEST_NOW });
    const first = await snapshot(db);
    await seedDemo(db, 'fjordlys', { now: TEST_NOW });
    await seedDemo(db, 'tulp', { now: TEST_NOW });
    expect(await snapshot(db)).toEqual(first);
    expect(first.counts.creditors).toBe(2);

    for (const seeded of [fjordlys, tulp]) {
      const client = testClient(db, { creditorId: seeded.creditorId });
      const countries = new Set(seeded.customers.map((customer) => customer.country));
      expect([...countries].sort()).toEqual(['DE', 'GB', 'NL', 'NO']);
      expect(new Set(seeded.customers.map((customer) => customer.kind))).toEqual(
        new Set(['consumer', 'business']),
      );
      expect(new Set(seeded.customers.map((customer) => customer.stage))).toEqual(
        new Set(['upcoming', 'reminder', 'firm', 'final', 'collection', 'paused']),
      );
      // One per market whose payment plan the creditor declined.
      expect(
        seeded.customers.filter((customer) => customer.situation).map((customer) => customer.country),
      ).toEqual(['NO', 'NL', 'DE', 'GB']);
      for (const customer of seeded.customers) {
        const response = await client.customer(customer.id, 'GET', '/v1/account');
        expect(response.status, customer.id).toBe(200);
        const account = AccountSummary.parse(await response.json());
        expect(account.stage, customer.id).toBe(customer.stage);
        expect(account.customer.locale).toBe(customer.locale);
        if (customer.stage === 'paused') expect(account.pauseReason).toBe('creditor');
        // The customers whose proposal the creditor declined see it, with the creditor's words.
        expect(account.declinedPlan?.status, customer.id).toBe(
          customer.situation === 'payment plan declined' ? 'rejected' : undefined,
        );
        if (customer.situation) expect(account.declinedPlan?.message).toBeTruthy();

        const invoiceId = customer.invoiceIds[0] as string;
        const detailResponse = await client.customer(customer.id, 'GET', `/v1/invoices/${invoiceId}`);
        expect(detailResponse.status).toBe(200);
        const detail = InvoiceDetail.parse(await detailResponse.json());
        const { reference, bankAccount, epcQr } = detail.payment;
        const domestic = customer.country === (seeded.variant === 'fjordlys' ? 'NO' : 'NL');
        if (domestic && seeded.variant === 'fjordlys') {
          expect(reference.scheme).toBe('kid');
          expect(isValidKid(reference.value)).toBe(true);
        } else if (domestic) {
          expect(reference.scheme).toBe('nl');
          expect(isValidBetalingskenmerk(reference.value)).toBe(true);
        } else {
          expect(reference.scheme).toBe('rf');
          expect(isValidRf(reference.value)).toBe(true);
        }
        if (detail.currency === 'EUR' && bankAccount.iban && detail.payment.amount.amount > 0) {
          expect(epcQr?.split('\n').slice(0, 4)).toEqual(['BCD', '002', '1', 'SCT']);
          expect(epcQr).toContain(bankAccount.iban);
        } else {
          expect(epcQr).toBeUndefined();
        }
      }
    }
  });
});
