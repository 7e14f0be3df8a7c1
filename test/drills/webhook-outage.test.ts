/**
 * Drill 4: the creditor's webhook receiver fails (answers 500) and then disappears (connections
 * refused) while customers keep acting, then comes back. Every event the server queued must reach
 * the receiver, signed, and be accepted exactly once per event id.
 */
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db';
import { DrillClient } from './support/client';
import { Ledger, runLoad, seedCustomers, verifyLedger } from './support/load';
import { startReceiver } from './support/receiver';
import {
  cleanUpAll,
  drillSeconds,
  drillTimeoutMs,
  onCleanUp,
  sleep,
  startServerProcess,
  tempDir,
} from './support/server';

const CUSTOMERS = 20;
/** How long, after the load, the outbox may take to drain. */
const DRAIN_DEADLINE_MS = 60_000;

describe('drill: the webhook receiver goes away', () => {
  afterAll(cleanUpAll);

  it(
    'delivers every event exactly once after the receiver returns',
    async () => {
      const directory = tempDir('webhooks');
      const databaseUrl = `sqlite:${join(directory, 'amicable.db')}`;
      const receiver = await startReceiver('drill-webhook-secret-0123456789');
      const server = await startServerProcess({
        DATABASE_URL: databaseUrl,
        AMICABLE_BLOB_DIR: join(directory, 'blobs'),
        AMICABLE_WEBHOOK_URL: receiver.url,
        AMICABLE_WEBHOOK_SECRET: receiver.secret,
      });

      const client = new DrillClient(server.url);
      const customers = await seedCustomers(client, CUSTOMERS);
      const ledger = new Ledger();
      const seconds = drillSeconds();
      const phases: string[] = [];
      let recoveredAt = 0;
      // The events already due when the receiver came back (not waiting out a backoff or a lease):
      // how long they take to go out is the dispatcher's own lag, apart from the retry schedule.
      let dueAtRecovery: string[] = [];
      const db = openDatabase(databaseUrl);
      onCleanUp(() => db.destroy());
      await runLoad({
        client,
        customers,
        ledger,
        seconds,
        fault: {
          atFraction: 0.2,
          async inject() {
            const phase = seconds * 1000 * 0.3;
            await receiver.setMode('failing');
            phases.push(`failing at ${receiver.deliveries.length} deliveries`);
            await sleep(phase);
            await receiver.setMode('down');
            phases.push(`down at ${receiver.deliveries.length} deliveries`);
            await sleep(phase);
            await receiver.setMode('up');
            recoveredAt = Date.now();
            phases.push(`up at ${receiver.deliveries.length} deliveries`);
            const due = await db
              .selectFrom('outbox')
              .select('id')
              .where('delivered_at', 'is', null)
              .where('next_attempt_at', '<=', new Date(recoveredAt).toISOString())
              .execute();
            dueAtRecovery = due.map((row) => row.id);
          },
        },
      });

      // Wait for the outbox to drain: the dispatcher retries on its own schedule.
      const deadline = Date.now() + DRAIN_DEADLINE_MS;
      let pending = Number.POSITIVE_INFINITY;
      while (Date.now() < deadline) {
        const row = await db
          .selectFrom('outbox')
          .select((eb) => eb.fn.countAll().as('n'))
          .where('delivered_at', 'is', null)
          .executeTakeFirstOrThrow();
        pending = Number(row.n);
        if (pending === 0) break;
        await sleep(250);
      }
      const drainedAfterMs = Date.now() - recoveredAt;
      const events = await db
        .selectFrom('outbox')
        .select(['id', 'type', 'attempts', 'delivered_at'])
        .execute();
      const dueIds = new Set(dueAtRecovery);
      const dueDeliveredAt = events
        .filter((event) => dueIds.has(event.id) && event.delivered_at !== null)
        .map((event) => Date.parse(event.delivered_at as string));
      const accepted = receiver.accepted();
      const failedAttempts = receiver.deliveries.filter((delivery) => delivery.answered >= 300).length;
      console.info(
        `[drill webhooks] ${seconds}s, ${phases.join(', ')}; drained ${drainedAfterMs} ms after recovery`,
        `(the ${dueIds.size} events due at recovery out after`,
        `${dueDeliveredAt.length === 0 ? 0 : Math.max(...dueDeliveredAt) - recoveredAt} ms);`,
        `${events.length} events, ${receiver.deliveries.length} deliveries (${failedAttempts} answered 500),`,
        `${events.reduce((sum, event) => sum + event.attempts, 0)} attempts in all,`,
        `most attempts ${Math.max(0, ...events.map((event) => event.attempts))}; answers`,
        client.tally.summary(),
      );

      expect(server.exited()).toBeUndefined();
      expect(client.tally.violations.length, client.tally.violations.slice(0, 5).join('\n')).toBe(0);
      expect(ledger.unexpected).toEqual([]);
      expect(pending, 'events still undelivered').toBe(0);
      // The outage was real: deliveries failed, and events were queued during it.
      expect(failedAttempts).toBeGreaterThan(0);
      expect(events.some((event) => event.attempts > 1)).toBe(true);
      // Exactly once per event id, nothing the server did not queue, all signed and consistent.
      const notOnce = events.filter((event) => accepted.get(event.id) !== 1);
      expect(
        notOnce.map((event) => `${event.id} (${event.type}) accepted ${accepted.get(event.id) ?? 0} times`),
      ).toEqual([]);
      const queued = new Set(events.map((event) => event.id));
      expect([...accepted.keys()].filter((id) => !queued.has(id))).toEqual([]);
      expect(receiver.deliveries.filter((delivery) => !delivery.signed || !delivery.consistent)).toEqual([]);
      // And the writes behind the events are all there, once.
      expect((await verifyLedger(client, db, ledger, customers)).failures).toEqual([]);
      expect(server.errorLines()).toEqual([]);
    },
    drillTimeoutMs(),
  );
});
