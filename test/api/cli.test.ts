import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { verifyCustomerToken } from '../../src/server/auth';
import { runCli } from '../../src/server/cli';
import { TEST_TOKEN_SECRET } from './setup';

async function run(
  args: string[],
  env: Record<string, string | undefined> = { AMICABLE_TOKEN_SECRET: TEST_TOKEN_SECRET },
) {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    env,
    (text) => {
      out += text;
    },
    (text) => {
      err += text;
    },
  );
  return { code, out, err };
}

describe('amicable token', () => {
  it('prints a customer token the server accepts', async () => {
    const { code, out } = await run(['token', '--customer', 'cust-1001', '--ttl', '5m']);
    expect(code).toBe(0);
    const verified = await verifyCustomerToken(out.trim(), TEST_TOKEN_SECRET);
    expect(verified.customerId).toBe('cust-1001');
    expect(verified.expiresAt.getTime() - Date.now()).toBeLessThanOrEqual(5 * 60 * 1000);
  });

  it('refuses a lifetime over an hour, a missing customer, a missing secret and unknown commands', async () => {
    expect((await run(['token', '--customer', 'c', '--ttl', '2h'])).code).toBe(1);
    expect((await run(['token'])).err).toContain('--customer is required');
    const noSecret = await run(['token', '--customer', 'c'], {});
    expect(noSecret.code).toBe(1);
    expect(noSecret.err).toContain('AMICABLE_TOKEN_SECRET');
    expect((await run(['launch'])).code).toBe(1);
    expect((await run(['token', '--customer', 'c', '--colour', 'blue'])).code).toBe(1);
  });

  it('runs as `amicable` through bin/amicable.js', () => {
    const result = spawnSync(
      process.execPath,
      [join(import.meta.dirname, '../../bin/amicable.js'), 'token', '--customer', 'cust-7'],
      { env: { PATH: process.env.PATH, AMICABLE_TOKEN_SECRET: TEST_TOKEN_SECRET }, encoding: 'utf8' },
    );
    expect(result.status).toBe(0);
    expect(result.stdout.trim().split('.')).toHaveLength(3);
  }, 30_000);
});
