import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type AmicableApp, type CreateAppOptions, createApp } from './app';
import type { Config } from './config';
import { type AmicableDb, databaseKind, migrate, openDatabase } from './db';
import { purgeExpiredIdempotencyKeys, releaseAbandonedClaims } from './idempotency';
import { createJsonLogger, errorFields } from './logger';
import { startStripeReconciliation } from './payments/reconcile';
import { createStripeGateway } from './payments/stripe';
import { startPlanFollowUp } from './plans/follow-up';
import { WebhookDispatcher } from './webhooks';

export interface StartServerOptions extends Omit<CreateAppOptions, 'db' | 'config' | 'webhooks'> {
  config: Config;
  /** Use this database instead of opening `config.databaseUrl` (it is then not closed by `close`). */
  db?: AmicableDb;
  /** Interface to listen on. Default: all. */
  hostname?: string;
  /** Port to listen on; `0` picks a free one. Default: `config.port`. */
  port?: number;
}

/** A listening server; `close()` stops accepting, finishes in-flight work and closes the database. */
export interface RunningServer {
  app: AmicableApp;
  db: AmicableDb;
  url: string;
  port: number;
  close(): Promise<void>;
}

/**
 * Opens the database, brings its schema up to date, starts webhook delivery when configured and
 * listens. What `npm run serve` runs; the demo and end-to-end tests start it in-process.
 */
export async function startServer(options: StartServerOptions): Promise<RunningServer> {
  const { config } = options;
  const logger = options.logger ?? createJsonLogger();
  const ownsDatabase = options.db === undefined;
  const startedAt = new Date();
  const db = options.db ?? openDatabase(config.databaseUrl);
  await migrate(db);
  // One process serves an SQLite file: claims left unanswered were its predecessor's, cut off by a crash.
  if (ownsDatabase && databaseKind(config.databaseUrl) === 'sqlite') {
    const released = await releaseAbandonedClaims({ db }, startedAt);
    if (released > 0) logger.warn('released idempotency keys of requests a crash cut off', { released });
  }
  await purgeExpiredIdempotencyKeys({ db }).catch((error) =>
    logger.warn('could not purge old idempotency keys', errorFields(error)),
  );

  // With AMICABLE_BACKGROUND_JOBS=off this instance only answers requests; events wait in the
  // outbox for an instance that runs the jobs.
  const runsJobs = config.backgroundJobs !== false;
  const dispatcher =
    runsJobs && config.webhook
      ? new WebhookDispatcher({
          db,
          url: config.webhook.url,
          secret: config.webhook.secret,
          logger,
          ...(options.creditorId === undefined ? {} : { creditorId: options.creditorId }),
        })
      : undefined;
  const app = createApp({ ...options, config, db, logger, ...(dispatcher ? { webhooks: dispatcher } : {}) });
  dispatcher?.start();
  // Webhooks can be lost (an outage, a misconfigured endpoint): every few minutes, ask Stripe about
  // payments still in flight and settle what it says happened.
  const reconciler =
    runsJobs && config.stripe
      ? startStripeReconciliation({
          db,
          creditorId: options.creditorId ?? 'default',
          gateway: createStripeGateway(config.stripe),
          logger,
          onEventsQueued: () => dispatcher?.wake(),
        })
      : undefined;
  // Missed instalments, lapsed plans and broken promises happen with the passing of time, not
  // with a request: follow every running plan and promise up on a timer too.
  const followUp = runsJobs
    ? startPlanFollowUp({
        db,
        creditorId: options.creditorId ?? 'default',
        clock: options.clock ?? (() => new Date()),
        logger,
        onEventsQueued: () => dispatcher?.wake(),
      })
    : undefined;

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const listening = serve(
      {
        fetch: app.fetch,
        port: options.port ?? config.port,
        ...(options.hostname ? { hostname: options.hostname } : {}),
      },
      () => resolve(listening),
    );
    listening.once('error', reject);
  });
  const address = server.address() as AddressInfo;
  const host = options.hostname && options.hostname !== '0.0.0.0' ? options.hostname : 'localhost';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${address.port}`;

  let closing: Promise<void> | undefined;
  return {
    app,
    db,
    url,
    port: address.port,
    close() {
      closing ??= (async () => {
        await new Promise<void>((resolve) => {
          server.close(() => resolve());
          // Idle keep-alive connections would hold close() open; in-flight requests still finish.
          (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
        });
        await followUp?.stop();
        await reconciler?.stop();
        await dispatcher?.stop();
        if (ownsDatabase) await db.destroy();
      })();
      return closing;
    },
  };
}
