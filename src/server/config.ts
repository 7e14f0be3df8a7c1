import { resolve } from 'node:path';
import * as z from 'zod';

/** Stripe keys: present together or not at all (without them pay-now offers bank transfer only). */
export interface StripeConfig {
  secretKey: string;
  publishableKey: string;
  /** Needed to accept `POST /v1/webhooks/stripe`; without it Stripe events are refused. */
  webhookSecret: string | undefined;
  /** Where Stripe's API is (`STRIPE_API_BASE`), for tests and local stand-ins; default api.stripe.com. */
  apiBase?: string;
}

/** Where the creditor's systems receive signed events. */
export interface WebhookConfig {
  url: string;
  secret: string;
}

/** The reference server's configuration, read from the environment by {@link loadConfig}. */
export interface Config {
  /** HTTP port (`PORT`, default 8787). */
  port: number;
  /** `sqlite:PATH` or `postgres://…` (`DATABASE_URL`, default `sqlite:.amicable/amicable.db`). */
  databaseUrl: string;
  /** HS256 secret customer tokens are signed with (`AMICABLE_TOKEN_SECRET`, its UTF-8 bytes, ≥ 32). */
  tokenSecret: string;
  /** Bearer key for `/v1/admin/*` (`AMICABLE_ADMIN_KEY`, ≥ 24 characters). */
  adminKey: string;
  /** Origins allowed by CORS (`AMICABLE_ALLOWED_ORIGINS`); empty means same-origin only. */
  allowedOrigins: string[];
  stripe: StripeConfig | undefined;
  /** Requests per minute per customer token or client address; 0 turns the limit off. */
  rateLimitPerMinute: number;
  webhook: WebhookConfig | undefined;
  /**
   * Whether this instance runs the background jobs: webhook delivery, the Stripe reconciliation and
   * the plan and promise follow-up (`AMICABLE_BACKGROUND_JOBS`, `on` or `off`; default on). Every
   * job is safe to run in several instances at once; with many instances behind a load balancer,
   * turn them off in all but one or two to spare the database the repeated work.
   */
  backgroundJobs?: boolean;
  /**
   * How many read responses are checked against their contract schema before they are sent
   * (`AMICABLE_RESPONSE_CHECKS`): `all`, `sample` (every response of an operation until it has
   * passed 100 checks, then one in 100) or `off`. Default `all`, or `sample` when `NODE_ENV` is
   * `production`. Checking costs about as much as serializing the answer several times over; the
   * browser SDK validates every answer anyway. Writes are always checked before they commit.
   */
  responseChecks?: ResponseChecks;
  /**
   * The directory that holds dispute attachments (`AMICABLE_BLOB_DIR`, resolved against the working
   * directory). Unset: next to an SQLite file, see `defaultBlobDir`.
   */
  blobDir?: string;
}

/** See {@link Config.responseChecks}. */
export type ResponseChecks = 'all' | 'sample' | 'off';

export const DEFAULT_PORT = 8787;
export const DEFAULT_DATABASE_URL = 'sqlite:.amicable/amicable.db';
export const DEFAULT_RATE_LIMIT_PER_MINUTE = 300;
export const MIN_TOKEN_SECRET_BYTES = 32;
export const MIN_ADMIN_KEY_LENGTH = 24;

/** Thrown by {@link loadConfig}; `problems` lists every problem in plain words, one per variable. */
export class ConfigError extends Error {
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`The server configuration has ${problems.length} problem(s):\n- ${problems.join('\n- ')}`);
    this.name = 'ConfigError';
    this.problems = problems;
  }
}

const blankToUndefined = (value: unknown) =>
  typeof value === 'string' && value.trim() === '' ? undefined : value;

const optionalText = z.preprocess(blankToUndefined, z.string().trim().optional());

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.origin === value;
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const EnvSchema = z
  .object({
    PORT: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(/^\d+$/, 'PORT must be a whole number between 1 and 65535')
        .transform(Number)
        .refine((port) => port >= 1 && port <= 65535, 'PORT must be a whole number between 1 and 65535')
        .optional(),
    ),
    DATABASE_URL: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .refine(
          (url) => /^sqlite:.+/.test(url) || /^postgres(ql)?:\/\/.+/.test(url),
          'DATABASE_URL must be `sqlite:PATH` (for example `sqlite:.amicable/amicable.db`) or a `postgres://user:password@host:5432/database` URL',
        )
        .optional(),
    ),
    AMICABLE_TOKEN_SECRET: z.preprocess(
      blankToUndefined,
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? 'AMICABLE_TOKEN_SECRET is missing: set it to at least 32 random bytes, e.g. `openssl rand -base64 48`'
              : 'AMICABLE_TOKEN_SECRET must be text',
        })
        .refine(
          (secret) => Buffer.byteLength(secret, 'utf8') >= MIN_TOKEN_SECRET_BYTES,
          'AMICABLE_TOKEN_SECRET is too short: use at least 32 bytes, e.g. `openssl rand -base64 48`',
        ),
    ),
    AMICABLE_ADMIN_KEY: z.preprocess(
      blankToUndefined,
      z
        .string({
          error: (issue) =>
            issue.input === undefined
              ? 'AMICABLE_ADMIN_KEY is missing: set it to a long random key (at least 24 characters), e.g. `openssl rand -hex 24`'
              : 'AMICABLE_ADMIN_KEY must be text',
        })
        .refine(
          (key) => key.length >= MIN_ADMIN_KEY_LENGTH,
          'AMICABLE_ADMIN_KEY is too short: use at least 24 characters, e.g. `openssl rand -hex 24`',
        ),
    ),
    AMICABLE_ALLOWED_ORIGINS: z.preprocess(
      blankToUndefined,
      z
        .string()
        .transform((list) =>
          list
            .split(',')
            .map((origin) => origin.trim().replace(/\/$/, ''))
            .filter((origin) => origin !== ''),
        )
        .refine(
          (origins) => origins.every(isOrigin),
          'AMICABLE_ALLOWED_ORIGINS must be a comma-separated list of origins such as `https://portal.example.com` (scheme and host, no path)',
        )
        .optional(),
    ),
    STRIPE_SECRET_KEY: optionalText,
    STRIPE_PUBLISHABLE_KEY: optionalText,
    STRIPE_WEBHOOK_SECRET: optionalText,
    STRIPE_API_BASE: z.preprocess(
      blankToUndefined,
      z.string().trim().refine(isHttpUrl, 'STRIPE_API_BASE must be an http:// or https:// URL').optional(),
    ),
    AMICABLE_RATE_LIMIT: z.preprocess(
      blankToUndefined,
      z
        .string()
        .regex(
          /^\d+$/,
          'AMICABLE_RATE_LIMIT must be a whole number of requests per minute (0 turns the limit off)',
        )
        .transform(Number)
        .optional(),
    ),
    AMICABLE_WEBHOOK_URL: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .refine(isHttpUrl, 'AMICABLE_WEBHOOK_URL must be an http:// or https:// URL')
        .optional(),
    ),
    AMICABLE_WEBHOOK_SECRET: optionalText,
    AMICABLE_BACKGROUND_JOBS: z.preprocess(
      blankToUndefined,
      z
        .enum(['on', 'off'], {
          message: 'AMICABLE_BACKGROUND_JOBS must be `on` (the default) or `off`',
        })
        .optional(),
    ),
    AMICABLE_RESPONSE_CHECKS: z.preprocess(
      blankToUndefined,
      z
        .enum(['all', 'sample', 'off'], {
          message:
            'AMICABLE_RESPONSE_CHECKS must be `all` (the default), `sample` (the default when NODE_ENV=production) or `off`',
        })
        .optional(),
    ),
    AMICABLE_BLOB_DIR: optionalText,
    NODE_ENV: z.string().optional(),
  })
  .superRefine((env, ctx) => {
    if (Boolean(env.STRIPE_SECRET_KEY) !== Boolean(env.STRIPE_PUBLISHABLE_KEY)) {
      ctx.addIssue({
        code: 'custom',
        path: [env.STRIPE_SECRET_KEY ? 'STRIPE_PUBLISHABLE_KEY' : 'STRIPE_SECRET_KEY'],
        message:
          'STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY go together: set both for card payments, or neither for bank transfer only',
      });
    }
    if (env.STRIPE_WEBHOOK_SECRET && !env.STRIPE_SECRET_KEY) {
      ctx.addIssue({
        code: 'custom',
        path: ['STRIPE_WEBHOOK_SECRET'],
        message: 'STRIPE_WEBHOOK_SECRET is set but STRIPE_SECRET_KEY is not: set both, or neither',
      });
    }
    if (env.AMICABLE_WEBHOOK_URL && !env.AMICABLE_WEBHOOK_SECRET) {
      ctx.addIssue({
        code: 'custom',
        path: ['AMICABLE_WEBHOOK_SECRET'],
        message:
          'AMICABLE_WEBHOOK_SECRET is missing: events to AMICABLE_WEBHOOK_URL are signed with it (e.g. `openssl rand -hex 32`)',
      });
    }
    if (env.AMICABLE_WEBHOOK_SECRET && env.AMICABLE_WEBHOOK_SECRET.length < 16) {
      ctx.addIssue({
        code: 'custom',
        path: ['AMICABLE_WEBHOOK_SECRET'],
        message: 'AMICABLE_WEBHOOK_SECRET is too short: use at least 16 characters',
      });
    }
    if (env.AMICABLE_WEBHOOK_SECRET && !env.AMICABLE_WEBHOOK_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['AMICABLE_WEBHOOK_URL'],
        message: 'AMICABLE_WEBHOOK_SECRET is set but AMICABLE_WEBHOOK_URL is not: say where to send events',
      });
    }
  });

/**
 * Reads the server configuration from an environment (usually `process.env`).
 *
 * @throws {ConfigError} listing every problem found, not just the first.
 */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed = EnvSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const variable = String(issue.path[0] ?? 'environment');
      return issue.message.includes(variable) ? issue.message : `${variable}: ${issue.message}`;
    });
    throw new ConfigError([...new Set(problems)]);
  }
  const values = parsed.data;
  return {
    port: values.PORT ?? DEFAULT_PORT,
    databaseUrl: values.DATABASE_URL ?? DEFAULT_DATABASE_URL,
    tokenSecret: values.AMICABLE_TOKEN_SECRET,
    adminKey: values.AMICABLE_ADMIN_KEY,
    allowedOrigins: values.AMICABLE_ALLOWED_ORIGINS ?? [],
    stripe:
      values.STRIPE_SECRET_KEY && values.STRIPE_PUBLISHABLE_KEY
        ? {
            secretKey: values.STRIPE_SECRET_KEY,
            publishableKey: values.STRIPE_PUBLISHABLE_KEY,
            webhookSecret: values.STRIPE_WEBHOOK_SECRET,
            ...(values.STRIPE_API_BASE ? { apiBase: values.STRIPE_API_BASE } : {}),
          }
        : undefined,
    rateLimitPerMinute: values.AMICABLE_RATE_LIMIT ?? DEFAULT_RATE_LIMIT_PER_MINUTE,
    webhook:
      values.AMICABLE_WEBHOOK_URL && values.AMICABLE_WEBHOOK_SECRET
        ? { url: values.AMICABLE_WEBHOOK_URL, secret: values.AMICABLE_WEBHOOK_SECRET }
        : undefined,
    backgroundJobs: values.AMICABLE_BACKGROUND_JOBS !== 'off',
    responseChecks: values.AMICABLE_RESPONSE_CHECKS ?? (values.NODE_ENV === 'production' ? 'sample' : 'all'),
    ...(values.AMICABLE_BLOB_DIR ? { blobDir: resolve(values.AMICABLE_BLOB_DIR) } : {}),
  };
}
