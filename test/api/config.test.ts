import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/server/config';

const valid = {
  AMICABLE_TOKEN_SECRET: 'x'.repeat(48),
  AMICABLE_ADMIN_KEY: 'k'.repeat(24),
};

function problemsOf(env: Record<string, string | undefined>): string[] {
  try {
    loadConfig(env);
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
}

describe('loadConfig', () => {
  it('applies the documented defaults', () => {
    const config = loadConfig(valid);
    expect(config).toMatchObject({
      port: 8787,
      databaseUrl: 'sqlite:.amicable/amicable.db',
      allowedOrigins: [],
      rateLimitPerMinute: 300,
      stripe: undefined,
      webhook: undefined,
      backgroundJobs: true,
    });
  });

  it('keeps attachments in AMICABLE_BLOB_DIR, resolved, when it is set', () => {
    expect(loadConfig({ ...valid, AMICABLE_BLOB_DIR: '/srv/blobs' }).blobDir).toBe('/srv/blobs');
    expect(loadConfig({ ...valid, AMICABLE_BLOB_DIR: 'blobs' }).blobDir).toBe(resolve('blobs'));
    // Unset or blank: the default next to the database (`defaultBlobDir`).
    expect(loadConfig(valid).blobDir).toBeUndefined();
    expect(loadConfig({ ...valid, AMICABLE_BLOB_DIR: '  ' }).blobDir).toBeUndefined();
  });

  it('checks every read response unless told otherwise, and samples them in production', () => {
    expect(loadConfig(valid).responseChecks).toBe('all');
    expect(loadConfig({ ...valid, NODE_ENV: 'test' }).responseChecks).toBe('all');
    expect(loadConfig({ ...valid, NODE_ENV: 'production' }).responseChecks).toBe('sample');
    expect(
      loadConfig({ ...valid, NODE_ENV: 'production', AMICABLE_RESPONSE_CHECKS: 'all' }).responseChecks,
    ).toBe('all');
    expect(loadConfig({ ...valid, AMICABLE_RESPONSE_CHECKS: 'off' }).responseChecks).toBe('off');
    expect(problemsOf({ ...valid, AMICABLE_RESPONSE_CHECKS: 'some' })).toEqual([
      'AMICABLE_RESPONSE_CHECKS must be `all` (the default), `sample` (the default when NODE_ENV=production) or `off`',
    ]);
  });

  it('turns the background jobs off only when told exactly', () => {
    expect(loadConfig({ ...valid, AMICABLE_BACKGROUND_JOBS: 'off' }).backgroundJobs).toBe(false);
    expect(loadConfig({ ...valid, AMICABLE_BACKGROUND_JOBS: 'on' }).backgroundJobs).toBe(true);
    expect(problemsOf({ ...valid, AMICABLE_BACKGROUND_JOBS: 'no' })).toEqual([
      'AMICABLE_BACKGROUND_JOBS must be `on` (the default) or `off`',
    ]);
  });

  it('lists every problem at once, in plain words', () => {
    const problems = problemsOf({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AMICABLE_RATE_LIMIT: '-1' });
    expect(problems).toContain(
      'AMICABLE_TOKEN_SECRET is missing: set it to at least 32 random bytes, e.g. `openssl rand -base64 48`',
    );
    expect(problems.some((problem) => problem.startsWith('AMICABLE_ADMIN_KEY is missing'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('PORT'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('DATABASE_URL'))).toBe(true);
    expect(problems.some((problem) => problem.startsWith('AMICABLE_RATE_LIMIT'))).toBe(true);
    expect(problems).toHaveLength(5);
  });

  it('refuses short secrets and keys', () => {
    const problems = problemsOf({ AMICABLE_TOKEN_SECRET: 'short', AMICABLE_ADMIN_KEY: 'short' });
    expect(problems.join('\n')).toMatch(/AMICABLE_TOKEN_SECRET is too short/);
    expect(problems.join('\n')).toMatch(/AMICABLE_ADMIN_KEY is too short/);
  });

  it('reads origins, PostgreSQL URLs, rate limit 0, Stripe and webhook settings', () => {
    const config = loadConfig({
      ...valid,
      PORT: '9000',
      DATABASE_URL: 'postgres://u:p@db:5432/amicable',
      AMICABLE_ALLOWED_ORIGINS: 'https://portal.example.com, http://localhost:5173/',
      AMICABLE_RATE_LIMIT: '0',
      STRIPE_SECRET_KEY: 'sk_test_1',
      STRIPE_PUBLISHABLE_KEY: 'pk_test_1',
      AMICABLE_WEBHOOK_URL: 'https://erp.example.com/hooks',
      AMICABLE_WEBHOOK_SECRET: 'w'.repeat(32),
    });
    expect(config.port).toBe(9000);
    expect(config.allowedOrigins).toEqual(['https://portal.example.com', 'http://localhost:5173']);
    expect(config.rateLimitPerMinute).toBe(0);
    expect(config.stripe).toEqual({
      secretKey: 'sk_test_1',
      publishableKey: 'pk_test_1',
      webhookSecret: undefined,
    });
    expect(config.webhook).toEqual({ url: 'https://erp.example.com/hooks', secret: 'w'.repeat(32) });
  });

  it('refuses half-configured Stripe and webhooks and origins with paths', () => {
    const problems = problemsOf({
      ...valid,
      STRIPE_SECRET_KEY: 'sk_test_1',
      AMICABLE_WEBHOOK_URL: 'https://erp.example.com/hooks',
      AMICABLE_ALLOWED_ORIGINS: 'https://portal.example.com/app',
    });
    expect(problems).toHaveLength(3);
  });
});
