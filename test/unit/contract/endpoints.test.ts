import { describe, expect, it } from 'vitest';
import {
  type Endpoint,
  endpoints,
  expandPath,
  type PathParams,
  pathParameterNames,
  type RequestOf,
  type ResponseOf,
  routerPath,
} from '../../../src/contract/endpoints';
import * as contract from '../../../src/contract/index';

const all = Object.entries(endpoints as Record<string, Endpoint>);

describe('the endpoint registry', () => {
  it('lists every method and path of CONTRACT.md once, and our additions to it', () => {
    const routes = all.map(([, endpoint]) => `${endpoint.method} ${endpoint.path}`);
    expect(new Set(routes).size).toBe(routes.length);
    // CONTRACT.md is fixed (we may add, never rename); the README documents the additions.
    const additions = [
      'POST /v1/admin/invoices/{id}/payments',
      'GET /v1/admin/disputes/{id}',
      'GET /v1/admin/disputes/{id}/attachments/{attachmentId}',
      'GET /v1/admin/webhooks/abandoned',
      'POST /v1/admin/webhooks/redeliver',
    ];
    expect(routes.sort()).toEqual(
      [
        ...additions,
        'GET /healthz',
        'GET /openapi.json',
        'GET /v1/account',
        'GET /v1/invoices/{id}',
        'POST /v1/payments',
        'GET /v1/payments/{id}',
        'GET /v1/plans/quote',
        'POST /v1/plans',
        'GET /v1/plans/{id}',
        'POST /v1/promises',
        'POST /v1/disputes',
        'GET /v1/disputes/{id}',
        'POST /v1/events',
        'POST /v1/webhooks/stripe',
        'PUT /v1/admin/settings',
        'PUT /v1/admin/customers/{id}',
        'PUT /v1/admin/invoices/{id}',
        'POST /v1/admin/customers/{id}/pause',
        'POST /v1/admin/customers/{id}/resume',
        'GET /v1/admin/customers/{id}/timeline',
        'POST /v1/admin/plans/{id}/decision',
        'POST /v1/admin/disputes/{id}/decision',
        'GET /v1/admin/metrics',
      ].sort(),
    );
  });

  it('requires an Idempotency-Key exactly on the POSTs that create (201)', () => {
    for (const [id, endpoint] of all) {
      expect(Boolean(endpoint.idempotent), id).toBe(endpoint.method === 'POST' && endpoint.status === 201);
    }
  });

  it('guards /v1/admin with the admin key and the rest of /v1 with the customer token', () => {
    for (const [id, endpoint] of all) {
      if (endpoint.path.startsWith('/v1/admin/')) expect(endpoint.auth, id).toBe('admin');
      else if (endpoint.path === '/v1/webhooks/stripe') expect(endpoint.auth, id).toBe('stripe');
      else if (endpoint.path.startsWith('/v1/')) expect(endpoint.auth, id).toBe('customer');
      else expect(endpoint.auth, id).toBe('none');
    }
  });

  it('has bodies only on POST and PUT, queries only on GET', () => {
    for (const [id, endpoint] of all) {
      if (endpoint.request) expect(['POST', 'PUT'], id).toContain(endpoint.method);
      if (endpoint.query) expect(endpoint.method, id).toBe('GET');
      if (endpoint.method === 'PUT') expect(endpoint.request, id).toBeDefined();
    }
  });

  it('uses only schemas the contract exports', () => {
    const exported = new Set<unknown>(Object.values(contract));
    for (const [id, endpoint] of all) {
      for (const schema of [endpoint.request, endpoint.query, endpoint.response]) {
        if (schema) expect(exported.has(schema), id).toBe(true);
      }
    }
  });

  it('keeps literal types for callers', () => {
    const body: RequestOf<'createPromise'> = { invoiceIds: ['inv-1'], date: '2026-12-01' };
    const status: ResponseOf<'getPayment'>['status'] = 'succeeded';
    const params: PathParams<'/v1/admin/customers/{id}/pause'> = { id: 'cust-1' };
    expect(endpoints.createPromise.request.safeParse(body).success).toBe(true);
    expect(endpoints.getPayment.status).toBe(200);
    expect([status, params.id]).toEqual(['succeeded', 'cust-1']);
  });
});

describe('path helpers', () => {
  it('names, fills and converts path parameters', () => {
    expect(pathParameterNames('/v1/admin/customers/{id}/timeline')).toEqual(['id']);
    expect(pathParameterNames('/v1/account')).toEqual([]);
    expect(expandPath('/v1/invoices/{id}', { id: 'inv 1/2' })).toBe('/v1/invoices/inv%201%2F2');
    expect(routerPath('/v1/admin/plans/{id}/decision')).toBe('/v1/admin/plans/:id/decision');
  });

  it('refuses to fill a path with a parameter missing', () => {
    expect(() => expandPath('/v1/invoices/{id}', {} as { id: string })).toThrow(/\{id\}/);
  });
});
