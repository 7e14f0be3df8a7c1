import { SignJWT, UnsecuredJWT } from 'jose';
import { describe, expect, it } from 'vitest';
import { createCustomerToken, verifyCustomerToken } from '../../src/server/auth';
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
