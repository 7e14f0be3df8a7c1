/**
 * Drill 3: PostgreSQL goes away in the middle of the load (stopped as a crash would stop it) and
 * comes back a few seconds later; our server is not restarted. While the database is away every
 * request must get a clean 503 problem document with Retry-After (never a 500, never a crash);
 * afterwards requests succeed again and nothing acknowledged is lost or stored twice.
 *
 * The drill runs its own PostgreSQL cluster (the shared one on 5432 is never touched). Without
 * PostgreSQL's server binaries it is skipped, unless AMICABLE_REQUIRE_POSTGRES=1.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db';
import { type FakeStripe, startFakeStripe } from '../api/payments-fake-stripe';
import { DrillClient } from './support/client';
import { Ledger, runLoad, seedCustomers, verifyLedger } from './support/load';
import { findPostgresBin, startPrivatePostgres } from './support/postgres';
import {
  cleanUpAll,
  drillSeconds,
  drillTimeoutMs,
  freePort,
  onCleanUp,
  sleep,
  startServerProcess,
  tempDir,
} from './support/server';

const CUSTOMERS = 50;
/** How long the database stays away. */
const OUTAGE_MS = 3_000;

const bin = findPostgresBin();
const requirePostgres = process.env.AMICABLE_REQUIRE_POSTGRES === '1';
const title = 'answers 503 while the database is away, recovers by itself and loses nothing acknowledged';

describe('drill: PostgreSQL restarted mid-load', () => {
  afterAll(cleanUpAll);

  if (!bin && !requirePostgres) {
    console.warn(
      '[drill postgres] skipped: no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (apt-get install -y postgresql; set AMICABLE_REQUIRE_POSTGRES=1 to make this a failure)',
    );
    it.skip(`${title} (no PostgreSQL binaries)`, () => {});
    return;
  }

  it(
    title,
    async () => {
      if (!bin) {
        throw new Error(
          'AMICABLE_REQUIRE_POSTGRES=1 but there are no PostgreSQL server binaries under /usr/lib/postgresql/*/bin: apt-get install -y postgresql',
        );
      }
      const postgres = await startPrivatePostgres(bin);
      const directory = tempDir('pg-server');
      const port = await freePort();
      const stripe: FakeStripe = await startFakeStripe({
        webhookUrl: `http://127.0.0.1:${port}/v1/webhooks/stripe`,
      });
      onCleanUp(() => stripe.close());
      const server = await startServerProcess(
        {
          DATABASE_URL: postgres.url,
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
      let acknowledgedBeforeOutage = 0;
      let acknowledgedAtRecovery = 0;
      let unavailableDuringOutage = 0;
      await runLoad({
        client,
        customers,
        ledger,
        seconds,
        stripe,
        fault: {
          atFraction: 0.4,
          async inject() {
            acknowledgedBeforeOutage = ledger.writes.size;
            const before = client.tally.unavailable.get('service_unavailable') ?? 0;
            await postgres.crash();
            await sleep(OUTAGE_MS);
            unavailableDuringOutage = (client.tally.unavailable.get('service_unavailable') ?? 0) - before;
            await postgres.start();
            acknowledgedAtRecovery = ledger.writes.size;
          },
        },
      });

      const db = openDatabase(postgres.url);
      onCleanUp(() => db.destroy());
      const verification = await verifyLedger(client, db, ledger, customers);
      console.info(
        `[drill postgres] ${seconds}s, database away for ${OUTAGE_MS} ms at 40%; answers`,
        client.tally.summary(),
        'acknowledged',
        ledger.summary(),
        `before the outage ${acknowledgedBeforeOutage}, at recovery ${acknowledgedAtRecovery}, 503s during it ${unavailableDuringOutage}`,
        `abandoned claims ${verification.abandonedClaims}`,
        verification.unacknowledgedButStored,
        [...ledger.gaveUp.entries()].slice(0, 5),
      );

      expect(
        server.exited(),
        `our server kept running through the outage; its last words:\n${server.output().slice(-4000)}`,
      ).toBeUndefined();
      expect(client.tally.violations.length, client.tally.violations.slice(0, 5).join('\n')).toBe(0);
      // The outage was seen, and answered as one.
      expect(unavailableDuringOutage).toBeGreaterThan(0);
      // It recovered by itself: writes were acknowledged after the database came back.
      expect(ledger.writes.size).toBeGreaterThan(acknowledgedAtRecovery);
      expect(ledger.unexpected).toEqual([]);
      expect(ledger.gaveUp.size, JSON.stringify([...ledger.gaveUp.entries()].slice(0, 10))).toBe(0);
      expect(verification.failures).toEqual([]);
      expect(verification.unacknowledgedButStored).toEqual([]);
      expect(verification.abandonedClaims).toBe(0);
    },
    drillTimeoutMs(),
  );
});
