import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ProblemSchema } from '../../src/contract/problem';
import { createJsonLogger } from '../../src/server/logger';
import { FJORDLYS_SETTINGS, KARI } from './examples';
import { backends, TEST_ADMIN_KEY, testClient, testConfig, useDatabase } from './setup';

const admin = { Authorization: `Bearer ${TEST_ADMIN_KEY}` };

async function expectProblem(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toContain('application/problem+json');
  const problem = ProblemSchema.parse(await response.json());
  expect(problem.code).toBe(code);
  expect(JSON.stringify(problem)).not.toMatch(/at .*\.ts:\d+|node_modules/);
  return problem;
}

describe.each(backends)('HTTP behaviour on $name', (backend) => {
  const database = useDatabase(backend);
  const sdkDir = mkdtempSync(join(tmpdir(), 'amicable-sdk-'));
  mkdirSync(join(sdkDir, 'server'));
  writeFileSync(join(sdkDir, 'amicable.js'), 'export const amicable = 1;\n');
  writeFileSync(join(sdkDir, 'server', 'index.js'), 'export const secret = 1;\n');
  afterAll(() => rmSync(sdkDir, { recursive: true, force: true }));

  it('refuses an oversized body with a 413 problem before reading it', async () => {
    const { app } = testClient(database.current.db);
    const big = JSON.stringify({ name: 'x'.repeat(300 * 1024), kind: 'consumer' });
    const response = await app.request('/v1/admin/customers/c-1', {
      method: 'PUT',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: big,
    });
    await expectProblem(response, 413, 'payload_too_large');
    const streamed = await app.request('/v1/admin/customers/c-1', {
      method: 'PUT',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: new Blob([big]).stream(),
      duplex: 'half',
    } as RequestInit);
    await expectProblem(streamed, 413, 'payload_too_large');
  });

  it('answers malformed JSON with 400 and other media types with 415', async () => {
    const { app } = testClient(database.current.db);
    const malformed = await app.request('/v1/admin/settings', {
      method: 'PUT',
      headers: { ...admin, 'Content-Type': 'application/json' },
      body: '{"name": "Fjordlys",',
    });
    const problem = await expectProblem(malformed, 400, 'invalid_request');
    expect(problem.detail).toContain('JSON');
    const form = await app.request('/v1/admin/settings', {
      method: 'PUT',
      headers: { ...admin, 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'name=Fjordlys',
    });
    await expectProblem(form, 415, 'unsupported_media_type');
    const untyped = await app.request('/v1/admin/settings', { method: 'PUT', headers: admin, body: '{}' });
    await expectProblem(untyped, 415, 'unsupported_media_type');
  });

  it('answers unknown paths with 404 and wrong methods with 405 and Allow', async () => {
    const { app } = testClient(database.current.db);
    await expectProblem(await app.request('/v1/nothing-here'), 404, 'not_found');
    const wrong = await app.request('/v1/account', { method: 'DELETE' });
    await expectProblem(wrong, 405, 'method_not_allowed');
    expect(wrong.headers.get('allow')).toContain('GET');
    const put = await app.request('/v1/admin/customers/c-1', { method: 'GET', headers: admin });
    expect(put.status).toBe(405);
    expect(put.headers.get('allow')).toContain('PUT');
  });

  it('validates path parameters', async () => {
    const client = testClient(database.current.db);
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    const response = await client.admin('PUT', `/v1/admin/customers/${encodeURIComponent('bad id!')}`, KARI);
    const problem = await expectProblem(response, 400, 'invalid_request');
    expect(problem.errors?.[0]?.message).toContain('letters');
  });

  it('serves /healthz, /openapi.json and security headers', async () => {
    const { app } = testClient(database.current.db);
    const health = await app.request('/healthz');
    expect(await health.json()).toEqual({ status: 'ok' });
    expect(health.headers.get('x-frame-options')).toBe('DENY');
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-request-id')).toBeTruthy();
    const openapi = await app.request('/openapi.json');
    expect(openapi.status).toBe(200);
    const document = await openapi.json();
    expect(document.openapi).toMatch(/^3\.1/);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/v1/account', '/v1/admin/invoices/{id}']),
    );
  });

  it('allows CORS for the configured portal origin only', async () => {
    const { app } = testClient(database.current.db);
    const preflight = await app.request('/v1/account', {
      method: 'OPTIONS',
      headers: {
        Origin: 'https://portal.example.com',
        'Access-Control-Request-Method': 'POST',
        'Access-Control-Request-Headers': 'authorization, content-type, idempotency-key',
      },
    });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-origin')).toBe('https://portal.example.com');
    expect(preflight.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key');
    const other = await app.request('/v1/account', {
      method: 'OPTIONS',
      headers: { Origin: 'https://evil.example', 'Access-Control-Request-Method': 'GET' },
    });
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('serves the script-tag files cross-origin, and nothing else from dist', async () => {
    const { app } = testClient(database.current.db, { sdkDir });
    const script = await app.request('/sdk/amicable.js', {
      headers: { Origin: 'https://portal.example.com' },
    });
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toContain('javascript');
    expect(script.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(script.headers.get('access-control-allow-origin')).toBe('*');
    expect(await script.text()).toContain('amicable');
    expect((await app.request('/sdk/server/index.js')).status).toBe(404);
    expect((await app.request('/sdk/..%2Fpackage.json')).status).toBe(404);
    expect((await app.request('/sdk/missing.js')).status).toBe(404);
  });

  it('logs one JSON line per request without tokens or bodies', async () => {
    const lines: string[] = [];
    const client = testClient(database.current.db, { logger: createJsonLogger((line) => lines.push(line)) });
    await client.admin('PUT', '/v1/admin/settings', FJORDLYS_SETTINGS);
    const token = await client.token('cust-log');
    await client.app.request('/v1/account?secret=1', { headers: { Authorization: `Bearer ${token}` } });
    const requests = lines.map((line) => JSON.parse(line)).filter((entry) => entry.msg === 'request');
    expect(requests).toHaveLength(2);
    expect(requests[1]).toMatchObject({ method: 'GET', path: '/v1/account', status: 404 });
    expect(typeof requests[1].ms).toBe('number');
    const all = lines.join('\n');
    expect(all).not.toContain(token);
    expect(all).not.toContain(TEST_ADMIN_KEY);
    expect(all).not.toContain('Fjordlys Energi');
    expect(all).not.toContain('secret=1');
  });

  it('limits requests per customer token and per address', async () => {
    const client = testClient(database.current.db, { config: testConfig({ rateLimitPerMinute: 3 }) });
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++)
      statuses.push((await client.customer('cust-rl', 'GET', '/v1/account')).status);
    expect(statuses.slice(0, 3)).not.toContain(429);
    const limited = await client.customer('cust-rl', 'GET', '/v1/account');
    await expectProblem(limited, 429, 'rate_limited');
    expect(limited.headers.get('retry-after')).toBeTruthy();
    // Another customer has their own budget.
    expect((await client.customer('cust-other', 'GET', '/v1/account')).status).not.toBe(429);
    // The back office is not limited.
    for (let i = 0; i < 5; i++) expect((await client.admin('GET', '/v1/admin/metrics')).status).not.toBe(429);
  });
});
