import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { endpoints } from '../../src/contract/endpoints';
import { seedDemo } from '../../src/server/seed';
import { FJORDLYS_SETTINGS, INVOICE_0042, KARI } from './examples';
import { backends, TEST_ADMIN_KEY, TEST_NOW, type TestClient, testClient, useDatabase } from './setup';

const routes = [
  ...Object.values(endpoints).map((endpoint) => ({
    method: endpoint.method as string,
    path: endpoint.path as string,
    auth: endpoint.auth as string,
  })),
  { method: 'POST', path: '/v1/admin/invoices/{id}/payments', auth: 'admin' },
];

/** Valid bodies to mutate, so that the fuzzer also reaches past the first validation layer. */
const seeds: unknown[] = [
  FJORDLYS_SETTINGS,
  KARI,
  INVOICE_0042,
  { events: [{ type: 'impression', element: 'amicable-overdue-banner', at: '2026-11-02T09:00:00Z' }] },
  { receivedOn: '2026-11-01', amount: { amount: 100, currency: 'NOK' } },
  { reason: 'note', until: '2026-12-01' },
];

function mutate(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0 || value === null || typeof value !== 'object') return replacement;
  const [head, ...rest] = path as [string, ...string[]];
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...value };
  copy[head] = mutate(copy[head], rest, replacement);
  return copy;
}

const nasty = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '..',
    '../../etc/passwd',
    '%00',
    '💥',
    'a'.repeat(300),
    'inv-2025-0042',
    'cust-1001',
    '0',
    '-1',
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
);

const bodyArbitrary = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }).map((value) => JSON.stringify(value)),
  fc
    .tuple(
      fc.constantFrom(...seeds),
      fc.array(
        fc.constantFrom('name', 'lines', '0', 'amount', 'currency', 'events', 'type', 'at', 'customerId'),
        {
          minLength: 1,
          maxLength: 3,
        },
      ),
      fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constant(undefined), fc.double(), fc.bigInt().map(String)),
    )
    .map(([seed, path, replacement]) => JSON.stringify(mutate(seed, path, replacement))),
  fc.string({ maxLength: 200 }),
  fc.constantFrom('{', '[', 'null', '"', '{"a":', '\u0000', '{"__proto__":{"admin":true}}', '1e309'),
);

describe.each(backends)('no input makes the server fail (fast-check) on $name', (backend) => {
  const database = useDatabase(backend);
  let client: TestClient;
  let customerToken: string;

  beforeAll(async () => {
    await seedDemo(database.current.db, 'fjordlys', { now: TEST_NOW, creditorId: 'default' });
    client = testClient(database.current.db);
    customerToken = await client.token('cust-1001');
  });

  it('answers every route with 2xx–4xx and a problem document for random paths, queries, headers and bodies', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...routes),
        fc.oneof(
          { weight: 6, arbitrary: fc.constant(null) },
          { weight: 1, arbitrary: fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS') },
        ),
        fc.oneof(
          {
            weight: 3,
            arbitrary: fc.constantFrom('cust-1001', 'inv-2025-0042', 'fl-nl-final', 'fl-inv-de-firm'),
          },
          { weight: 1, arbitrary: nasty },
        ),
        fc.dictionary(
          fc.oneof(fc.constantFrom('invoiceIds', 'from', 'to'), fc.string({ maxLength: 12 })),
          fc.oneof(nasty, fc.constantFrom('2026-11-01', 'inv-2025-0042'), fc.array(nasty, { maxLength: 3 })),
          { maxKeys: 3 },
        ),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant('matching') },
          { weight: 1, arbitrary: fc.constantFrom('admin', 'customer', 'none', 'garbage', 'customer-other') },
        ),
        fc.oneof(
          { weight: 4, arbitrary: fc.constant('application/json') },
          {
            weight: 1,
            arbitrary: fc.constantFrom(
              undefined,
              'application/json; charset=latin1',
              'text/plain',
              'multipart/form-data; boundary=x',
              'application/problem+json',
              '',
            ),
          },
        ),
        fc.option(nasty, { nil: undefined }),
        bodyArbitrary,
        async (route, otherMethod, param, query, chosenAuth, contentType, idempotencyKey, body) => {
          const auth = chosenAuth === 'matching' ? route.auth : chosenAuth;
          const method = otherMethod ?? route.method;
          const path = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(param));
          const search = new URLSearchParams();
          for (const [key, value] of Object.entries(query)) {
            for (const item of Array.isArray(value) ? value : [value]) search.append(key, item);
          }
          const headers: Record<string, string> = {};
          if (auth === 'admin') headers.Authorization = `Bearer ${TEST_ADMIN_KEY}`;
          if (auth === 'customer') headers.Authorization = `Bearer ${customerToken}`;
          if (auth === 'customer-other') headers.Authorization = `Bearer ${await client.token(param || 'x')}`;
          if (auth === 'garbage') headers.Authorization = `Bearer ${param}`;
          if (contentType !== undefined) headers['Content-Type'] = contentType;
          if (idempotencyKey !== undefined)
            headers['Idempotency-Key'] = idempotencyKey.replace(/[\r\n]/g, '');
          const hasBody = method !== 'GET' && method !== 'HEAD' && method !== 'OPTIONS';
          let request: Request;
          try {
            request = new Request(`http://localhost${path}${search.size > 0 ? `?${search}` : ''}`, {
              method,
              headers,
              ...(hasBody ? { body } : {}),
            });
          } catch (error) {
            // Only the test's own Request construction may refuse (a header value fetch rejects).
            if (error instanceof TypeError) return;
            throw error;
          }
          const response = await client.app.fetch(request);
          expect(response.status, `${method} ${path}`).toBeLessThan(500);
          if (response.status >= 400) {
            expect(response.headers.get('content-type')).toContain('application/problem+json');
            const problem = await response.json();
            expect(typeof problem.code).toBe('string');
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
