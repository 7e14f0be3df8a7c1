/**
 * Drill 1: fifty customers at once against the real server (a child process on an SQLite file),
 * paying by card (the fake Stripe) or by bank transfer, proposing plans, promising and disputing
 * for `DRILL_SECONDS`, some writes sent again with the same Idempotency-Key. Afterwards every
 * acknowledged write is there exactly once, through the API and in the database.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db';
import { type FakeStripe, startFakeStripe } from '../api/payments-fake-stripe';
import { DrillClient } from './support/client';
import { Ledger, runLoad, seedCustomers, verifyLedger } from './support/load';
import {
  cleanUpAll,
  drillSeconds,
  drillTimeoutMs,
  freePort,
  onCleanUp,
  startServerProcess,
  tempDir,
} from './support/server';

const CUSTOMERS = 50;

describe('drill: fifty customers at once', () => {
  afterAll(cleanUpAll);

  it(
    'keeps every acknowledged write exactly once',
    async () => {
      const directory = tempDir('load');
      const databaseUrl = `sqlite:${join(directory, 'amicable.db')}`;
      const port = await freePort();
      const stripe: FakeStripe = await startFakeStripe({
        webhookUrl: `http://127.0.0.1:${port}/v1/webhooks/stripe`,
      });
      onCleanUp(() => stripe.close());
      const server = await startServerProcess(
        {
          DATABASE_URL: databaseUrl,
          AMICABLE_BLOB_DIR: join(directory, 'blobs'),
          STRIPE_SECRET_KEY: stripe.secretKey,
          STRIPE_PUBLISHABLE_KEY: stripe.publishableKey,
          STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
          STRIPE_API_BASE: stripe.url,
        },
        { port },
      );

      const client = new DrillClient(server.url);
      const customers = await seedCustomers(client, CUSTOMERS);
      const ledger = new Ledger();
      const seconds = drillSeconds();
      const started = Date.now();
      await runLoad({ client, customers, ledger, seconds, stripe });
      const loadMs = Date.now() - started;

      const db = openDatabase(databaseUrl);
      onCleanUp(() => db.destroy());
      const verification = await verifyLedger(client, db, ledger, customers);
      console.info(
        `[drill load] ${seconds}s, ${CUSTOMERS} customers, load took ${loadMs} ms; answers`,
        client.tally.summary(),
        'acknowledged',
        ledger.summary(),
        `abandoned claims ${verification.abandonedClaims}`,
      );

      expect(server.exited(), 'the server is still running').toBeUndefined();
      expect(client.tally.violations.length, client.tally.violations.slice(0, 5).join('\n')).toBe(0);
      expect(ledger.unexpected).toEqual([]);
      expect(ledger.gaveUp.size, JSON.stringify([...ledger.gaveUp.entries()].slice(0, 10))).toBe(0);
      expect(verification.failures).toEqual([]);
      expect(verification.unacknowledgedButStored).toEqual([]);
      expect(verification.abandonedClaims).toBe(0);
      // The drill did what it says: every kind of write, and every way of repeating one.
      for (const kind of ['card', 'bank', 'plan', 'promise', 'dispute'] as const) {
        expect(ledger.count(kind), kind).toBeGreaterThan(0);
      }
      expect(ledger.retried.afterAnswer).toBeGreaterThan(0);
      expect(ledger.retried.afterLostAnswer).toBeGreaterThan(0);
      expect(ledger.retried.concurrently).toBeGreaterThan(0);
      expect(server.errorLines()).toEqual([]);
    },
    drillTimeoutMs(),
  );
});
