/**
 * Component tests in real Chromium (Debian's, never a downloaded one): `npm run test:browser`.
 * TypeScript is compiled by esbuild with our tsconfig (experimental decorators); packages resolve
 * to their development builds, so Lit's dev-mode warnings are visible to the tests.
 *
 * The elements talk to the real reference API: the `amicable-api` plugin starts `src/server/main.ts`
 * as a child process on a fresh SQLite file, seeds the creditor's settings, and the dev server
 * proxies `/v1/*` to it, so the tests' pages call the API on their own origin, as a portal would.
 * Two test-only routes stand in for the portal's backend, which holds the secrets:
 *
 *   GET  /__test/token?customer=ID[&expired=1][&forged=1]   a customer token (text), minted with
 *                                                           the server's own `createCustomerToken`
 *   ANY  /__test/admin/<path>                               `/v1/admin/<path>` with the admin key
 *   GET  /__test/closed-port                                a loopback port nothing listens on
 *   POST /__test/stripe/<confirm|complete-action>           what the customer did at "Stripe"
 *
 * Stripe's API is a local stand-in (test/api/payments-fake-stripe.ts): the API creates and reads
 * PaymentIntents there and receives its signed webhooks; `<amicable-pay-now>` tests inject a fake
 * Stripe.js in the page, which reports the customer's confirmation through `/__test/stripe/…`.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { playwrightLauncher } from '@web/test-runner-playwright';
import { tsImport } from 'tsx/esm/api';
import { chromiumArgs, chromiumPath } from './scripts/chromium.mjs';

const projectRoot = path.dirname(fileURLToPath(import.meta.url));

/** The creditor every browser test runs against (customers override the tone where a test needs it). */
const creditorSettings = {
  name: 'Fjordlys Energi AS',
  country: 'NO',
  currency: 'NOK',
  locale: 'nb-NO',
  tone: { style: 'direct', formality: 'informal' },
  bankAccount: { accountNumber: '12345678903', iban: 'NO9386011117947', bic: 'DNBANOKK' },
  referenceScheme: 'kid',
  allowPartialPayments: true,
};

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** The reference API as a child process, for the whole test run. */
function referenceApi() {
  const tokenSecret = randomBytes(32).toString('base64url');
  const adminKey = randomBytes(24).toString('hex');
  let directory;
  let child;
  let port;
  let output = '';
  let createCustomerToken;
  let stripe;

  const stop = () => {
    if (child !== undefined && child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
    }
  };

  /** Forward the request to the API as it is, or with the admin key when `admin` is set. */
  const forward = (ctx, upstreamPath, { admin = false } = {}) =>
    new Promise((resolve) => {
      const headers = { ...ctx.req.headers, host: `127.0.0.1:${port}` };
      if (admin) {
        headers.authorization = `Bearer ${adminKey}`;
      }
      const upstream = request(
        { host: '127.0.0.1', port, method: ctx.method, path: upstreamPath, headers },
        (response) => {
          ctx.status = response.statusCode ?? 502;
          for (const [name, value] of Object.entries(response.headers)) {
            if (value !== undefined && !['connection', 'keep-alive', 'transfer-encoding'].includes(name)) {
              ctx.set(name, value);
            }
          }
          ctx.body = response;
          resolve();
        },
      );
      upstream.on('error', (error) => {
        ctx.status = 502;
        ctx.body = `reference API unreachable: ${error.message}`;
        resolve();
      });
      ctx.req.pipe(upstream);
    });

  const middleware = async (ctx, next) => {
    if (ctx.path === '/v1' || ctx.path.startsWith('/v1/')) {
      return forward(ctx, ctx.url);
    }
    if (ctx.path.startsWith('/__test/admin/')) {
      return forward(ctx, `/v1/admin/${ctx.url.slice('/__test/admin/'.length)}`, { admin: true });
    }
    if (ctx.path.startsWith('/__test/stripe/') && ctx.method === 'POST') {
      const answer = await fetch(`${stripe.url}/__control/${ctx.path.slice('/__test/stripe/'.length)}`, {
        method: 'POST',
        body: await new Promise((resolve) => {
          let text = '';
          ctx.req.on('data', (chunk) => {
            text += chunk;
          });
          ctx.req.on('end', () => resolve(text));
        }),
      });
      ctx.status = answer.status;
      ctx.type = answer.headers.get('content-type') ?? 'text/plain';
      ctx.body = await answer.text();
      return;
    }
    if (ctx.path === '/__test/closed-port') {
      // A port nothing listens on (it was free a moment ago), for tests of an unreachable API.
      ctx.type = 'text/plain';
      ctx.body = String(await freePort());
      return;
    }
    if (ctx.path === '/__test/token') {
      const customerId = ctx.query.customer;
      if (typeof customerId !== 'string' || customerId === '') {
        ctx.status = 400;
        ctx.body = 'customer is required';
        return;
      }
      const expired = ctx.query.expired === '1';
      ctx.set('cache-control', 'no-store');
      ctx.type = 'text/plain';
      ctx.body = await createCustomerToken({
        customerId,
        // A forged token: right shape, signed with a secret the server does not know.
        secret: ctx.query.forged === '1' ? randomBytes(32).toString('base64url') : tokenSecret,
        expiresIn: expired ? '1m' : '15m',
        ...(expired ? { now: new Date(Date.now() - 2 * 3_600_000) } : {}),
      });
      return;
    }
    return next();
  };

  const plugin = {
    name: 'amicable-api',
    async serverStart() {
      ({ createCustomerToken } = await tsImport('./src/server/auth.ts', import.meta.url));
      const { startFakeStripe } = await tsImport('./test/api/payments-fake-stripe.ts', import.meta.url);
      stripe = await startFakeStripe();
      directory = mkdtempSync(path.join(tmpdir(), 'amicable-wtr-'));
      port = await freePort();
      child = spawn(path.join(projectRoot, 'node_modules', '.bin', 'tsx'), ['src/server/main.ts'], {
        cwd: projectRoot,
        env: {
          ...process.env,
          PORT: String(port),
          DATABASE_URL: `sqlite:${path.join(directory, 'amicable.db')}`,
          AMICABLE_TOKEN_SECRET: tokenSecret,
          AMICABLE_ADMIN_KEY: adminKey,
          AMICABLE_RATE_LIMIT: '0',
          STRIPE_SECRET_KEY: stripe.secretKey,
          STRIPE_PUBLISHABLE_KEY: stripe.publishableKey,
          STRIPE_WEBHOOK_SECRET: stripe.webhookSecret,
          STRIPE_API_BASE: stripe.url,
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      child.stdout.on('data', (chunk) => {
        output += chunk;
      });
      child.stderr.on('data', (chunk) => {
        output += chunk;
      });
      process.once('exit', stop);
      const deadline = Date.now() + 60_000;
      for (;;) {
        if (child.exitCode !== null) {
          throw new Error(
            `The reference API exited (code ${child.exitCode}) before it was ready:\n${output}`,
          );
        }
        try {
          const response = await fetch(`http://127.0.0.1:${port}/healthz`);
          if (response.ok) break;
        } catch {
          // not listening yet
        }
        if (Date.now() > deadline) {
          stop();
          throw new Error(`The reference API did not answer /healthz within 60 s:\n${output}`);
        }
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      stripe.webhookUrl = `http://127.0.0.1:${port}/v1/webhooks/stripe`;
      const seeded = await fetch(`http://127.0.0.1:${port}/v1/admin/settings`, {
        method: 'PUT',
        headers: { authorization: `Bearer ${adminKey}`, 'content-type': 'application/json' },
        body: JSON.stringify(creditorSettings),
      });
      if (!seeded.ok) {
        stop();
        throw new Error(`Could not seed the creditor: ${seeded.status} ${await seeded.text()}`);
      }
    },
    async serverStop() {
      stop();
      if (child !== undefined && child.exitCode === null && child.signalCode === null) {
        await new Promise((resolve) => child.once('exit', resolve));
      }
      if (directory !== undefined) {
        rmSync(directory, { recursive: true, force: true });
      }
      await stripe?.close();
    },
  };

  return { plugin, middleware };
}

const api = referenceApi();

export default {
  files: ['test/browser/**/*.test.ts'],
  nodeResolve: true,
  // One file at a time: every file shares one real API and one creditor, and a few tests change
  // the creditor's settings for a moment.
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 15_000 } },
  middleware: [api.middleware],
  plugins: [api.plugin, esbuildPlugin({ ts: true, tsconfig: 'tsconfig.json', target: 'es2022' })],
  browsers: [
    playwrightLauncher({
      product: 'chromium',
      launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs },
    }),
  ],
};
