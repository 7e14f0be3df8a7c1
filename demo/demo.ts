/**
 * The demo: one reference API per fictional creditor (as a real deployment would run one per
 * creditor) on its own embedded database, seeded with customers at every stage, and the
 * creditor's customer portal in front of them. `npm start` runs it; the end-to-end tests start it
 * in-process with `startDemo({ port: 0 })`.
 */
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import {
  type AmicableDb,
  type DemoVariant,
  type Logger,
  loadConfig,
  openDatabase,
  type RunningServer,
  type SeedResult,
  seedDemo,
  silentLogger,
  startServer,
} from '../src/server';
import { createPortal, type PortalVariant } from './portal';

export interface StartDemoOptions {
  /** The portal's port; `0` picks a free one. The APIs always pick free ports. */
  port?: number;
  /** Where the demo databases live. Default: `.amicable/` in the working directory. */
  dataDir?: string;
  /** The demo's "today". Default: now. */
  now?: Date;
  logger?: Logger;
  /** Where the built script-tag files are (passed to the APIs' `/sdk/*`). Default: the package's `dist/`. */
  sdkDir?: string;
  /**
   * Stripe for card payments, for both creditors. Without it the demo offers bank transfer only
   * and says so honestly. `npm start` reads real keys from `STRIPE_*`; tests point `apiBase` at a
   * local stand-in of Stripe's API.
   */
  stripe?: DemoStripeSettings;
}

/** Stripe keys for the demo's APIs (what `STRIPE_SECRET_KEY` and friends hold for `npm run serve`). */
export interface DemoStripeSettings {
  secretKey: string;
  publishableKey: string;
  /** Signs the events Stripe sends to each API's {@link RunningDemo} `stripeWebhookUrl`. */
  webhookSecret?: string;
  /** Where Stripe's API is; default api.stripe.com. */
  apiBase?: string;
}

export interface RunningDemo {
  /** The portal's URL: open this. */
  url: string;
  variants: Record<
    DemoVariant,
    {
      apiUrl: string;
      adminKey: string;
      seed: SeedResult;
      /** Where Stripe must send this creditor's payment events (`POST /v1/webhooks/stripe`). */
      stripeWebhookUrl: string;
    }
  >;
  close(): Promise<void>;
}

const VARIANTS: DemoVariant[] = ['fjordlys', 'tulp'];

export async function startDemo(options: StartDemoOptions = {}): Promise<RunningDemo> {
  const dataDir = options.dataDir ?? '.amicable';
  await mkdir(dataDir, { recursive: true });
  const logger = options.logger ?? silentLogger;

  // The portal must be listening before the APIs start, because their CORS lists its origin.
  const portal = createPortal();
  const portalServer = await listen(portal.app.fetch, options.port ?? 8080);
  const portalOrigin = `http://localhost:${portalServer.port}`;

  const apis: RunningServer[] = [];
  const databases: AmicableDb[] = [];
  const closeAll = async () => {
    await Promise.allSettled([portalServer.close(), ...apis.map((api) => api.close())]);
    // The APIs were handed their databases, so they leave closing them to us.
    await Promise.allSettled(databases.map((db) => db.destroy()));
  };
  const variants = {} as RunningDemo['variants'];
  try {
    for (const variant of VARIANTS) {
      // Fresh secrets on every start: tokens and the admin key never outlive the demo process.
      const tokenSecret = randomBytes(48).toString('base64url');
      const adminKey = randomBytes(32).toString('base64url');
      const config = loadConfig({
        DATABASE_URL: `sqlite:${join(dataDir, `demo-${variant}.db`)}`,
        AMICABLE_TOKEN_SECRET: tokenSecret,
        AMICABLE_ADMIN_KEY: adminKey,
        AMICABLE_ALLOWED_ORIGINS: portalOrigin,
        STRIPE_SECRET_KEY: options.stripe?.secretKey,
        STRIPE_PUBLISHABLE_KEY: options.stripe?.publishableKey,
        STRIPE_WEBHOOK_SECRET: options.stripe?.webhookSecret,
        STRIPE_API_BASE: options.stripe?.apiBase,
      });
      const db = openDatabase(config.databaseUrl);
      databases.push(db);
      const api = await startServer({
        config,
        db,
        port: 0,
        hostname: '127.0.0.1',
        creditorId: variant,
        logger,
        ...(options.now ? { clock: () => options.now as Date } : {}),
        ...(options.sdkDir ? { sdkDir: options.sdkDir } : {}),
      });
      apis.push(api);
      // Seeding after migrate (done by startServer) and idempotently, so restarts keep their data.
      const seed = await seedDemo(db, variant, { ...(options.now ? { now: options.now } : {}) });
      const apiUrl = `http://localhost:${api.port}`;
      variants[variant] = { apiUrl, adminKey, seed, stripeWebhookUrl: `${apiUrl}/v1/webhooks/stripe` };
      const entry: PortalVariant = { variant, apiUrl, tokenSecret, customers: seed.customers };
      portal.addVariant(entry);
    }
  } catch (error) {
    await closeAll();
    throw error;
  }

  return { url: `${portalOrigin}/`, variants, close: closeAll };
}

async function listen(
  fetch: (request: Request) => Response | Promise<Response>,
  port: number,
): Promise<{ port: number; close(): Promise<void> }> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch, port, hostname: '127.0.0.1' }, (info) =>
      resolve({
        port: info.port,
        close: () =>
          new Promise<void>((done) => {
            server.close(() => done());
            (server as { closeIdleConnections?: () => void }).closeIdleConnections?.();
          }),
      }),
    );
    server.once('error', reject);
  });
}
