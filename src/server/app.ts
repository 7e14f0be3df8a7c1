import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { getConnInfo } from '@hono/node-server/conninfo';
import { type Context, Hono, type MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { requestId } from 'hono/request-id';
import { secureHeaders } from 'hono/secure-headers';
import { rateLimiter } from 'hono-rate-limiter';
import { sql } from 'kysely';
import { buildOpenApiDocument } from '../contract/openapi';
import { authenticate } from './auth';
import type { Config } from './config';
import type { AppDeps, AppEnv } from './context';
import type { AmicableDb } from './db/schema';
import type { IdempotencyOptions } from './idempotency';
import { errorFields, type Logger, silentLogger } from './logger';
import { OperationRouter } from './operations';
import { databaseUnavailable, isDatabaseUnavailable, ProblemError, sendProblem } from './problem';
import { registerAdminRoutes } from './routes/admin';
import { registerCustomerRoutes } from './routes/customer';
import { registerDisputeRoutes } from './routes/disputes';
import { registerPaymentRoutes } from './routes/payments';
import { registerPlanRoutes } from './routes/plans';
import { serveSdk } from './static';

/** JSON bodies larger than this are refused before they are read. */
export const JSON_BODY_LIMIT_BYTES = 256 * 1024;
/** The dispute upload (five files of at most 10 MB, plus the form) gets more room. */
export const MULTIPART_BODY_LIMIT_BYTES = 55 * 1024 * 1024;

export interface CreateAppOptions {
  config: Config;
  db: AmicableDb;
  /** The business clock: stages, fees and due dates are computed against it. Default: real time. */
  clock?: () => Date;
  /** Default: silent (the server's `main` passes a JSON logger). */
  logger?: Logger;
  /** The creditor this deployment serves. Default `default`. */
  creditorId?: string;
  /** Told when a write queued outgoing webhook events (the dispatcher's `wake`). */
  webhooks?: { wake(): void };
  /** How long a concurrent duplicate of an idempotent POST waits for the first one's answer. */
  idempotency?: IdempotencyOptions;
  /** Where the built script-tag files are (`/sdk/*`); `false` serves none. Default: the package's `dist/`. */
  sdkDir?: string | false;
}

/** The API as a Hono app: `app.fetch` for a server, `app.request()` for tests. */
export type AmicableApp = Hono<AppEnv>;

function packageRoot(): string {
  let directory = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    if (existsSync(join(directory, 'package.json'))) return directory;
    const parent = dirname(directory);
    if (parent === directory) return process.cwd();
    directory = parent;
  }
}

/** The caller's address for rate limiting: the socket's, or `unknown` where there is none (tests). */
function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // app.request() has no socket. Only reached in-process, so trusting a header here is harmless.
    return c.req.header('X-Forwarded-For')?.split(',')[0]?.trim() || 'unknown';
  }
}

function requestLog(logger: Logger): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const started = performance.now();
    await next();
    // Method, path (no query string), status and time only: never tokens, keys or bodies.
    logger.info('request', {
      id: c.get('requestId'),
      method: c.req.method,
      path: c.req.path,
      status: c.res.status,
      ms: Math.round((performance.now() - started) * 10) / 10,
    });
  };
}

/** Turns a route template into a matcher for the 405 check: `/v1/invoices/:id` → `^/v1/invoices/[^/]+$`. */
function routeMatcher(path: string): RegExp {
  const pattern = path
    .split('/')
    .map((segment) => (segment.startsWith(':') ? '[^/]+' : segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
    .join('/');
  return new RegExp(`^${pattern}/?$`);
}

/**
 * Builds the reference collection API. Middleware order matters: request id and log first (so
 * every answer is logged), security headers and CORS, the body limit before anything reads the
 * body, authentication before the rate limiter (which keys on the token's customer), then routes.
 */
export function createApp(options: CreateAppOptions): AmicableApp {
  const { config, db } = options;
  const logger = options.logger ?? silentLogger;
  const deps: AppDeps = {
    config,
    db,
    clock: options.clock ?? (() => new Date()),
    logger,
    creditorId: options.creditorId ?? 'default',
    idempotency: options.idempotency ?? {},
    onEventsQueued: () => options.webhooks?.wake(),
  };
  const app = new Hono<AppEnv>();

  app.use(requestId());
  app.use(requestLog(logger));

  // The script-tag files are loaded by portals on other origins: cross-origin resource policy
  // and a wildcard CORS header (module scripts are fetched in CORS mode; they carry no secrets).
  app.use(
    '/sdk/*',
    secureHeaders({
      crossOriginResourcePolicy: 'cross-origin',
      crossOriginOpenerPolicy: false,
      crossOriginEmbedderPolicy: false,
      contentSecurityPolicy: { defaultSrc: ["'none'"] },
    }),
  );
  app.use('/sdk/*', cors({ origin: '*', allowMethods: ['GET', 'HEAD'] }));
  // Everything else is JSON read by the portal's own pages through CORS: nothing to frame,
  // nothing to run, nothing another site may embed.
  const apiHeaders = secureHeaders({
    crossOriginResourcePolicy: 'same-site',
    crossOriginOpenerPolicy: 'same-origin',
    xFrameOptions: 'DENY',
    referrerPolicy: 'no-referrer',
    contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
  });
  app.use('*', (c, next) => (c.req.path.startsWith('/sdk/') ? next() : apiHeaders(c, next)));
  if (config.allowedOrigins.length > 0) {
    const allowed = new Set(config.allowedOrigins);
    const corsMiddleware = cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ['GET', 'HEAD', 'POST', 'PUT', 'OPTIONS'],
      allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', 'X-Request-Id'],
      exposeHeaders: ['X-Request-Id', 'Retry-After', 'RateLimit', 'RateLimit-Policy', 'Idempotent-Replayed'],
      maxAge: 600,
    });
    app.use('/v1/*', corsMiddleware);
    app.use('/openapi.json', corsMiddleware);
  }

  const jsonLimit = bodyLimit({
    maxSize: JSON_BODY_LIMIT_BYTES,
    onError: () => {
      throw new ProblemError(413, 'payload_too_large', {
        detail: `Request bodies may be at most ${JSON_BODY_LIMIT_BYTES / 1024} kB`,
      });
    },
  });
  const uploadLimit = bodyLimit({
    maxSize: MULTIPART_BODY_LIMIT_BYTES,
    onError: () => {
      throw new ProblemError(413, 'payload_too_large', {
        detail: 'A dispute may carry at most 5 files of 10 MB each',
      });
    },
  });
  // No GET or HEAD handler reads a body, and looking for one makes @hono/node-server build a full
  // `Request` (a fifth of the cost of a small GET), so those skip the limit.
  app.use('*', (c, next) =>
    c.req.method === 'GET' || c.req.method === 'HEAD'
      ? next()
      : c.req.method === 'POST' && c.req.path === '/v1/disputes'
        ? uploadLimit(c, next)
        : jsonLimit(c, next),
  );

  // Token expiry is checked against real time, not the business clock: a demo or test that pins
  // "now" to another day must still accept tokens a portal mints right now.
  app.use(
    '*',
    authenticate({ tokenSecret: config.tokenSecret, adminKey: config.adminKey, clock: () => new Date() }),
  );

  if (config.rateLimitPerMinute > 0) {
    app.use(
      '/v1/*',
      rateLimiter<AppEnv>({
        windowMs: 60_000,
        limit: config.rateLimitPerMinute,
        standardHeaders: 'draft-7',
        // The creditor's back office is trusted and bulk-loads; Stripe retries on its own schedule.
        skip: (c) => c.get('principal')?.kind === 'admin' || c.req.path === '/v1/webhooks/stripe',
        keyGenerator: (c) => {
          const principal = c.get('principal');
          return principal?.kind === 'customer'
            ? `customer:${principal.customerId}`
            : `address:${clientAddress(c)}`;
        },
        handler: () => {
          throw new ProblemError(429, 'rate_limited', {
            detail: `At most ${config.rateLimitPerMinute} requests per minute; wait a little and try again`,
            headers: { 'Retry-After': '60' },
          });
        },
      }),
    );
  }

  const router = new OperationRouter(app, deps);
  // Healthy means able to serve: a load balancer takes an instance that cannot reach its database
  // out of rotation (the query failing answers 503 service_unavailable).
  router.read('getHealth', async () => {
    await sql`select 1`.execute(deps.db);
    return { status: 'ok' as const };
  });
  let openApi: ReturnType<typeof buildOpenApiDocument> | undefined;
  router.read('getOpenApiDocument', async () => {
    openApi ??= buildOpenApiDocument();
    return openApi as never;
  });
  registerAdminRoutes(router, deps);
  registerCustomerRoutes(router, deps);
  registerPlanRoutes(router, deps);
  registerDisputeRoutes(router, deps);
  registerPaymentRoutes(router, deps);

  const sdkDir = options.sdkDir ?? join(packageRoot(), 'dist');
  if (sdkDir !== false) app.on(['GET', 'HEAD'], '/sdk/*', serveSdk(resolve(sdkDir), '/sdk'));

  const routes = app.routes
    .filter((route) => route.method !== 'ALL')
    .map((route) => ({ method: route.method, matcher: routeMatcher(route.path) }));

  app.notFound((c) => {
    const allowed = [
      ...new Set(routes.filter((route) => route.matcher.test(c.req.path)).map((r) => r.method)),
    ];
    if (allowed.length > 0) {
      if (allowed.includes('GET')) allowed.push('HEAD');
      return sendProblem(
        c,
        new ProblemError(405, 'method_not_allowed', {
          detail: `${c.req.method} is not allowed here; use ${allowed.join(' or ')}`,
          headers: { Allow: allowed.join(', ') },
        }),
      );
    }
    return sendProblem(c, new ProblemError(404, 'not_found', { detail: 'There is nothing at this address' }));
  });

  app.onError((error, c) => {
    if (error instanceof ProblemError) {
      if (error.status >= 500)
        logger.error('request failed', { id: c.get('requestId'), ...errorFields(error) });
      return sendProblem(c, error);
    }
    if (error instanceof HTTPException && error.status < 500) {
      const code =
        error.status === 413
          ? 'payload_too_large'
          : error.status === 401
            ? 'unauthorized'
            : 'invalid_request';
      return sendProblem(c, new ProblemError(error.status, code, { detail: error.message || undefined }));
    }
    // The database is out of reach (restarting, failing over, busy): a moment's outage, not a bug.
    // The transaction did not commit, or its answer is remembered under the request's key.
    if (isDatabaseUnavailable(error)) {
      logger.warn('database unavailable', {
        id: c.get('requestId'),
        path: c.req.path,
        ...errorFields(error),
      });
      return sendProblem(c, databaseUnavailable(error));
    }
    logger.error('unhandled error', { id: c.get('requestId'), path: c.req.path, ...errorFields(error) });
    return sendProblem(
      c,
      new ProblemError(500, 'internal_error', { detail: 'Something went wrong on our side' }),
    );
  });

  return app;
}
