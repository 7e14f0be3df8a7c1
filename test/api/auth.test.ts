import { Hono } from 'hono';
import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import {
  authenticate,
  CLOCK_SKEW_SECONDS,
  createCustomerToken,
  VerifiedTokenCache,
  verifyCustomerToken,
} from '../../src/server/auth';
import type { AppEnv } from '../../src/server/context';
import { backends, TEST_ADMIN_KEY, TEST_TOKEN_SECRET, testClient, useDatabase } from './setup';

const secretBytes = new TextEncoder().encode(TEST_TOKEN_SECRET);
const nowSeconds = () => Math.floor(Date.now() / 1000);

async function signed(claims: Record<string, unknown>, secret: Uint8Array = secretBytes, alg = 'HS256') {
  return new SignJWT(claims).setProtectedHeader({ alg }).sign(secret);
}

describe('customer tokens', () => {
  it('round-trips a token minted with createCustomerToken', async () => {
    const token = await createCustomerToken({
      customerId: 'cust-1',
      secret: TEST_TOKEN_SECRET,
      expiresIn: '10m',
    });
    const verified = await verifyCustomerToken(token, TEST_TOKEN_SECRET);
    expect(verified.customerId).toBe('cust-1');
    expect(verified.expiresAt.getTime() - Date.now()).toBeGreaterThan(9 * 60 * 1000);
  });

  it('refuses to mint tokens living longer than an hour', async () => {
    await expect(
      createCustomerToken({ customerId: 'c', secret: TEST_TOKEN_SECRET, expiresIn: '61m' }),
    ).rejects.toThrow(RangeError);
    await expect(createCustomerToken({ customerId: 'c', secret: 'short', expiresIn: '1m' })).rejects.toThrow(
      RangeError,
    );
  });
});

describe.each(backends)('authentication on $name', (backend) => {
  const database = useDatabase(backend);

  async function accountWith(authorization: string | undefined) {
    const { app, admin } = testClient(database.current.db);
    await admin('PUT', '/v1/admin/settings', {
      name: 'Fjordlys Energi AS',
      country: 'NO',
      currency: 'NOK',
      locale: 'nb-NO',
      bankAccount: { accountNumber: '12345678903' },
    });
    await admin('PUT', '/v1/admin/customers/cust-auth', { name: 'Kari', kind: 'consumer' });
    return app.request('/v1/account', { headers: authorization ? { Authorization: authorization } : {} });
  }

  async function expectUnauthorized(authorization: string | undefined) {
    const response = await accountWith(authorization);
    expect(response.status).toBe(401);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = await response.json();
    expect(problem.code).toBe('unauthorized');
    expect(JSON.stringify(problem)).not.toContain('stack');
    return problem;
  }

  it('accepts a valid token', async () => {
    const token = await createCustomerToken({ customerId: 'cust-auth', secret: TEST_TOKEN_SECRET });
    expect((await accountWith(`Bearer ${token}`)).status).toBe(200);
  });

  it('refuses a missing token', async () => {
    await expectUnauthorized(undefined);
  });

  it('refuses a token signed with another secret (forged)', async () => {
    const forged = await signed(
      { sub: 'cust-auth', aud: 'amicable', exp: nowSeconds() + 600 },
      new TextEncoder().encode('another-secret-another-secret-another-secret'),
    );
    await expectUnauthorized(`Bearer ${forged}`);
  });

  it('refuses a token whose payload was altered after signing', async () => {
    const token = await createCustomerToken({ customerId: 'cust-auth', secret: TEST_TOKEN_SECRET });
    const [header, , signature] = token.split('.');
    const payload = Buffer.from(
      JSON.stringify({ sub: 'cust-other', aud: 'amicable', exp: nowSeconds() + 600 }),
    ).toString('base64url');
    await expectUnauthorized(`Bearer ${header}.${payload}.${signature}`);
  });

  it('refuses an expired token', async () => {
    const token = await createCustomerToken({
      customerId: 'cust-auth',
      secret: TEST_TOKEN_SECRET,
      expiresIn: '5m',
      now: new Date(Date.now() - 10 * 60 * 1000),
    });
    const problem = await expectUnauthorized(`Bearer ${token}`);
    expect(problem.detail).toMatch(/expired/);
  });

  it('refuses alg none', async () => {
    const unsecured = new UnsecuredJWT({ sub: 'cust-auth', aud: 'amicable' })
      .setExpirationTime('10m')
      .encode();
    await expectUnauthorized(`Bearer ${unsecured}`);
  });

  it('refuses another HMAC algorithm than HS256', async () => {
    const hs512 = await signed(
      { sub: 'cust-auth', aud: 'amicable', exp: nowSeconds() + 600 },
      secretBytes,
      'HS512',
    );
    await expectUnauthorized(`Bearer ${hs512}`);
  });

  it('refuses a token for another audience', async () => {
    const token = await signed({ sub: 'cust-auth', aud: 'someone-else', exp: nowSeconds() + 600 });
    await expectUnauthorized(`Bearer ${token}`);
  });

  it('refuses a token that lives longer than an hour', async () => {
    const token = await signed({ sub: 'cust-auth', aud: 'amicable', exp: nowSeconds() + 3 * 3600 });
    const problem = await expectUnauthorized(`Bearer ${token}`);
    expect(problem.detail).toMatch(/one hour/);
  });

  it('refuses a token without exp or sub', async () => {
    await expectUnauthorized(`Bearer ${await signed({ sub: 'cust-auth', aud: 'amicable' })}`);
    await expectUnauthorized(`Bearer ${await signed({ aud: 'amicable', exp: nowSeconds() + 600 })}`);
  });

  it('refuses garbage and other schemes', async () => {
    await expectUnauthorized('Bearer not-a-jwt');
    await expectUnauthorized(`Basic ${Buffer.from('a:b').toString('base64')}`);
  });

  it('does not let the admin key act as a customer token, nor a customer token as the admin key', async () => {
    await expectUnauthorized(`Bearer ${TEST_ADMIN_KEY}`);
    const { app } = testClient(database.current.db);
    const token = await createCustomerToken({ customerId: 'cust-auth', secret: TEST_TOKEN_SECRET });
    const response = await app.request('/v1/admin/customers/cust-auth/timeline', {
      headers: { Authorization: `Bearer ${token}` },
    });
    expect(response.status).toBe(401);
  });

  it('refuses a wrong admin key', async () => {
    const { app } = testClient(database.current.db);
    for (const key of [
      `${TEST_ADMIN_KEY}x`,
      TEST_ADMIN_KEY.slice(0, -1),
      'wrong-key-of-some-length-000000',
    ]) {
      const response = await app.request('/v1/admin/settings', {
        method: 'PUT',
        headers: { Authorization: `Bearer ${key}`, 'Content-Type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(401);
      expect((await response.json()).code).toBe('unauthorized');
    }
  });
});

describe('remembering verified tokens', () => {
  const verified = { customerId: 'cust-1', expiresAt: new Date('2026-11-02T10:10:00Z') };
  const at = (iso: string) => new Date(iso);

  it('answers from memory only while the token is valid and the clock has not gone back', () => {
    const cache = new VerifiedTokenCache();
    cache.set('token-a', verified, at('2026-11-02T10:00:00Z'));
    expect(cache.get('token-a', at('2026-11-02T10:05:00Z'))).toEqual(verified);
    // Within the clock skew after `exp`, as a full check would still accept.
    expect(cache.get('token-a', at('2026-11-02T10:10:29Z'))).toEqual(verified);
    expect(cache.get('token-a', at(`2026-11-02T10:10:${CLOCK_SKEW_SECONDS}Z`))).toBeUndefined();
    expect(cache.size).toBe(0);
    cache.set('token-b', verified, at('2026-11-02T10:00:00Z'));
    expect(cache.get('token-b', at('2026-11-02T09:59:59Z'))).toBeUndefined();
    expect(cache.get('token-c', at('2026-11-02T10:00:00Z'))).toBeUndefined();
  });

  it('forgets the token verified longest ago beyond its size', () => {
    const cache = new VerifiedTokenCache(2);
    const now = at('2026-11-02T10:00:00Z');
    cache.set('one', verified, now);
    cache.set('two', verified, now);
    cache.set('three', verified, now);
    expect([cache.get('one', now), cache.get('two', now), cache.get('three', now)]).toEqual([
      undefined,
      verified,
      verified,
    ]);
  });

  it('refuses a remembered token once it expired, with the same reason as a full check', async () => {
    let now = new Date();
    const app = new Hono<AppEnv>();
    app.use(authenticate({ tokenSecret: TEST_TOKEN_SECRET, adminKey: TEST_ADMIN_KEY, clock: () => now }));
    app.get('/who', (c) => c.json(c.get('principal')));
    const token = await createCustomerToken({
      customerId: 'cust-1',
      secret: TEST_TOKEN_SECRET,
      expiresIn: 60,
    });
    const who = async (authorization: string) =>
      (await app.request('/who', { headers: { Authorization: authorization } })).json();
    expect(await who(`Bearer ${token}`)).toMatchObject({ kind: 'customer', customerId: 'cust-1' });
    expect(await who(`Bearer ${token}`)).toMatchObject({ kind: 'customer', customerId: 'cust-1' });
    // A remembered token still has to match to the byte.
    expect(await who(`Bearer ${token.slice(0, -2)}xx`)).toMatchObject({ kind: 'invalid' });
    now = new Date(now.getTime() + (60 + CLOCK_SKEW_SECONDS + 1) * 1000);
    expect(await who(`Bearer ${token}`)).toEqual({ kind: 'invalid', reason: 'The token has expired' });
  });
});
