/**
 * Drill 2: the server is killed with SIGKILL in the middle of the load and started again on the
 * same SQLite file and port. Clients retry with their Idempotency-Keys meanwhile. Nothing the
 * server acknowledged may be lost, nothing may be stored twice, and the file must be sound.
 */
import { join } from 'node:path';
import SqliteDatabase from 'better-sqlite3';
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
  type ServerProcess,
  startServerProcess,
  tempDir,
} from './support/server';

const CUSTOMERS = 50;

describe('drill: SIGKILL mid-load', () => {
  afterAll(cleanUpAll);

  it(
    'loses nothing acknowledged and reopens the database cleanly',
    async () => {
      const directory = tempDir('kill');
      const databaseFile = join(directory, 'amicable.db');
      const databaseUrl = `sqlite:${databaseFile}`;
      const port = await freePort();
      const stripe: FakeStripe = await startFakeStripe({
        webhookUrl: `http://127.0.0.1:${port}/v1/webhooks/stripe`,
      });
      onCleanUp(() => stripe.close());
      const env = {
        DATABASE_URL: databaseUrl,
        AMICABLE_BLOB_DIR: join(directory, 'blobs'),
        STRIPE_SECRET_KEY: stripe.secretKey,
        STRIPE_PUBLISHABLE_KEY: stripe.publishableKey,
        STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
        STRIPE_API_BASE: stripe.url,
      };
      const first: ServerProcess = await startServerProcess(env, { port });
      let current = first;

      const client = new DrillClient(first.url);
      const customers = await seedCustomers(client, CUSTOMERS);
      const ledger = new Ledger();
      const seconds = drillSeconds();
      let restartedAfterMs = 0;
      await runLoad({
        client,
        customers,
        ledger,
        seconds,
        stripe,
        fault: {
          atFraction: 0.4,
          async inject() {
            const killedAt = Date.now();
            await first.kill();
            current = await startServerProcess(env, { port });
            restartedAfterMs = Date.now() - killedAt;
          },
        },
      });

      expect(first.exited()?.signal).toBe('SIGKILL');
      expect(current).not.toBe(first);

      const db = openDatabase(databaseUrl);
      onCleanUp(() => db.destroy());
      const verification = await verifyLedger(client, db, ledger, customers);
      console.info(
        `[drill kill] ${seconds}s, killed at 40%, back after ${restartedAfterMs} ms; answers`,
        client.tally.summary(),
        'acknowledged',
        ledger.summary(),
        `abandoned claims ${verification.abandonedClaims}`,
        verification.unacknowledgedButStored,
        [...ledger.gaveUp.entries()].slice(0, 5),
      );

      expect(client.tally.violations.length, client.tally.violations.slice(0, 5).join('\n')).toBe(0);
      expect(ledger.unexpected).toEqual([]);
      expect(verification.failures).toEqual([]);
      // Retries of requests the kill cut off ran afresh once the server was back (no claim left
      // hanging for the lease), so every write ended with an answer and nothing unanswered is stored.
      expect(ledger.gaveUp.size, JSON.stringify([...ledger.gaveUp.entries()].slice(0, 10))).toBe(0);
      expect(verification.unacknowledgedButStored).toEqual([]);
      expect(verification.abandonedClaims).toBe(0);
      expect(current.exited(), 'the restarted server is still running').toBeUndefined();
      expect(current.errorLines()).toEqual([]);

      // The file itself: stop the server, then SQLite's own check on what the kill left.
      expect(await current.stop()).toBe(0);
      await db.destroy();
      const sqlite = new SqliteDatabase(databaseFile, { readonly: true });
      try {
        expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
        expect(sqlite.pragma('foreign_key_check')).toEqual([]);
      } finally {
        sqlite.close();
      }
    },
    drillTimeoutMs(),
  );
});
