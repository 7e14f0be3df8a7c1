import { beforeAll, describe, expect, it } from 'vitest';
import { type Endpoint, endpoints, pathParameterNames } from '../../../src/contract/endpoints';
import {
  buildOpenApiDocument,
  type OpenApiDocumentObject,
  type OpenApiOperation,
  type OpenApiParameter,
  type OpenApiResponse,
} from '../../../src/contract/openapi';
import { PROBLEM_CONTENT_TYPE } from '../../../src/contract/problem';

// No OpenAPI validator is installed, so these tests check the structure the 3.1 specification
// requires (and the promises CONTRACT.md makes) directly.

const all = Object.entries(endpoints as Record<string, Endpoint>);
const JSON_SCHEMA_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'object', 'array', 'null']);
const METHODS = new Set(['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace']);

let doc: OpenApiDocumentObject;

beforeAll(() => {
  doc = buildOpenApiDocument({ version: '1.2.3', serverUrl: 'https://collect.example.com' });
});

/** Resolves a local JSON pointer such as `#/components/schemas/Money`. */
function resolvePointer(pointer: string): unknown {
  if (!pointer.startsWith('#/')) throw new Error(`Not a local reference: ${pointer}`);
  let node: unknown = doc;
  for (const raw of pointer.slice(2).split('/')) {
    const key = decodeURIComponent(raw).replaceAll('~1', '/').replaceAll('~0', '~');
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

function deref<T>(value: T | { $ref: string }): T {
  if (value && typeof value === 'object' && '$ref' in value) return resolvePointer(value.$ref) as T;
  return value as T;
}

/** Every value in the document together with its location. */
function* walk(node: unknown, at: string): Generator<[string, unknown]> {
  yield [at, node];
  if (node && typeof node === 'object') {
    for (const [key, child] of Object.entries(node)) yield* walk(child, `${at}/${key}`);
  }
}

function operations(): [string, string, OpenApiOperation][] {
  return Object.entries(doc.paths).flatMap(([path, item]) =>
    Object.entries(item).map(
      ([method, operation]) => [path, method, operation] as [string, string, OpenApiOperation],
    ),
  );
}

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1 with info and servers from the options', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    expect(doc.info.title).toBeTruthy();
    expect(doc.info.version).toBe('1.2.3');
    expect(doc.servers).toEqual([{ url: 'https://collect.example.com' }]);
    expect(buildOpenApiDocument().info.version).toBe('0.0.0');
  });

  it('is plain JSON and the same on every build', () => {
    expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    expect(buildOpenApiDocument({ version: '1.2.3', serverUrl: 'https://collect.example.com' })).toEqual(doc);
  });

  it('describes every endpoint under its path and method, and nothing else', () => {
    for (const [id, endpoint] of all) {
      const operation = doc.paths[endpoint.path]?.[endpoint.method.toLowerCase()];
      expect(operation?.operationId, id).toBe(id);
      expect(operation?.summary, id).toBe(endpoint.summary);
    }
    expect(operations()).toHaveLength(all.length);
    for (const [path, method] of operations()) {
      expect(path.startsWith('/'), path).toBe(true);
      expect(METHODS.has(method), method).toBe(true);
    }
  });

  it('uses unique operation ids', () => {
    const ids = [
      ...operations().map(([, , operation]) => operation.operationId),
      ...Object.values(doc.webhooks).flatMap((item) =>
        Object.values(item).map((operation) => operation.operationId),
      ),
    ];
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('resolves every $ref inside the document', () => {
    const refs = [...walk(doc, '#')].filter(([at]) => at.endsWith('/$ref'));
    expect(refs.length).toBeGreaterThan(100);
    for (const [at, ref] of refs) {
      expect(typeof ref, at).toBe('string');
      expect(resolvePointer(ref as string), `${at} → ${String(ref)}`).toBeDefined();
    }
  });

  it('declares each path parameter of each path, required, and no others', () => {
    for (const [path, method, operation] of operations()) {
      const parameters = operation.parameters.map((parameter) => deref<OpenApiParameter>(parameter));
      const inPath = parameters.filter((parameter) => parameter.in === 'path');
      expect(inPath.map((parameter) => parameter.name).sort(), `${method} ${path}`).toEqual(
        pathParameterNames(path).sort(),
      );
      for (const parameter of parameters) {
        expect(['path', 'query', 'header', 'cookie']).toContain(parameter.in);
        expect(parameter.schema, parameter.name).toBeDefined();
        if (parameter.in === 'path') expect(parameter.required).toBe(true);
      }
      const keys = parameters.map((parameter) => `${parameter.in}:${parameter.name}`);
      expect(new Set(keys).size, `${method} ${path}`).toBe(keys.length);
    }
  });

  it('puts query fields in as query parameters', () => {
    const quote = doc.paths['/v1/plans/quote']?.get;
    const parameters = (quote?.parameters ?? []).map((parameter) => deref<OpenApiParameter>(parameter));
    expect(parameters).toContainEqual(
      expect.objectContaining({ name: 'invoiceIds', in: 'query', required: true }),
    );
    const metrics = (doc.paths['/v1/admin/metrics']?.get?.parameters ?? []).map((p) =>
      deref<OpenApiParameter>(p),
    );
    expect(metrics.map((parameter) => [parameter.name, parameter.required])).toEqual([
      ['from', false],
      ['to', false],
    ]);
  });

  it('requires the Idempotency-Key header on creating POSTs only', () => {
    for (const [id, endpoint] of all) {
      const operation = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      const header = operation.parameters
        .map((parameter) => deref<OpenApiParameter>(parameter))
        .find((parameter) => parameter.in === 'header' && parameter.name === 'Idempotency-Key');
      expect(Boolean(header), id).toBe(Boolean(endpoint.idempotent));
      if (header) expect(header.required).toBe(true);
    }
  });

  it('answers success as JSON with the response schema (or as the stored bytes) and errors as problem documents', () => {
    for (const [id, endpoint] of all) {
      const operation = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      const statuses = Object.keys(operation.responses);
      for (const status of statuses) expect(status, id).toMatch(/^[1-5](?:\d\d|XX)$/);
      const success = deref<OpenApiResponse>(operation.responses[String(endpoint.status)]!);
      expect(success.description, id).toBeTruthy();
      if (endpoint.responseType === 'application/octet-stream') {
        expect(Object.keys(success.content ?? {}), id).toEqual(['application/octet-stream']);
      } else {
        expect(Object.keys(success.content ?? {}), id).toEqual(['application/json']);
        expect(success.content?.['application/json']?.schema, id).toHaveProperty('$ref');
      }
      for (const status of statuses.filter((code) => Number(code) >= 400)) {
        const problem = deref<OpenApiResponse>(operation.responses[status]!);
        expect(problem.description, `${id} ${status}`).toBeTruthy();
        expect(Object.keys(problem.content ?? {}), `${id} ${status}`).toEqual([PROBLEM_CONTENT_TYPE]);
        expect(problem.content?.[PROBLEM_CONTENT_TYPE]?.schema).toEqual({
          $ref: '#/components/schemas/Problem',
        });
      }
      if (endpoint.request || endpoint.query) expect(statuses, id).toContain('400');
      if (endpoint.auth !== 'none') expect(statuses, id).toContain('401');
      if (pathParameterNames(endpoint.path).length > 0) expect(statuses, id).toContain('404');
    }
    const problem = doc.components.schemas.Problem as {
      properties: Record<string, unknown>;
      required: string[];
    };
    expect(problem.required).toEqual(expect.arrayContaining(['type', 'title', 'status', 'code']));
    expect(Object.keys(problem.properties)).toContain('errors');
  });

  it('secures customer calls with the JWT, admin calls with the key, and nothing else', () => {
    const schemes = doc.components.securitySchemes;
    expect(schemes.customerToken).toMatchObject({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' });
    expect(schemes.adminKey).toMatchObject({ type: 'http', scheme: 'bearer' });
    expect(schemes.stripeSignature).toMatchObject({ type: 'apiKey', in: 'header', name: 'Stripe-Signature' });
    const expected = { customer: 'customerToken', admin: 'adminKey', stripe: 'stripeSignature' } as const;
    for (const [id, endpoint] of all) {
      const operation = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!;
      for (const requirement of operation.security) {
        for (const name of Object.keys(requirement)) expect(schemes, id).toHaveProperty(name);
      }
      if (endpoint.auth === 'none') expect(operation.security, id).toEqual([]);
      else expect(operation.security, id).toEqual([{ [expected[endpoint.auth]]: [] }]);
    }
  });

  it('takes JSON bodies, and the dispute as multipart with its files', () => {
    for (const [id, endpoint] of all) {
      const body = doc.paths[endpoint.path]![endpoint.method.toLowerCase()]!.requestBody;
      if (!endpoint.request) {
        expect(body, id).toBeUndefined();
        continue;
      }
      expect(Object.keys(body!.content), id).toEqual([endpoint.requestType ?? 'application/json']);
      expect(body!.required, id).toBe(!endpoint.requestOptional);
    }
    const dispute = doc.paths['/v1/disputes']!.post!.requestBody!.content['multipart/form-data']!;
    const schema = dispute.schema as { properties: Record<string, { type?: string }>; required: string[] };
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['invoiceId', 'reason', 'lineIds', 'amount', 'message', 'files']),
    );
    expect(schema.properties.files?.type).toBe('array');
    expect(schema.required).toEqual(['invoiceId', 'reason', 'message']);
    for (const part of Object.keys(dispute.encoding ?? {})) expect(schema.properties).toHaveProperty(part);
  });

  it('describes the outgoing webhook', () => {
    const event = doc.webhooks.amicableEvent?.post;
    expect(event?.requestBody?.content['application/json']?.schema).toEqual({
      $ref: '#/components/schemas/OutgoingWebhookEvent',
    });
  });
});

describe('the component schemas', () => {
  it('are JSON Schema 2020-12 fragments without their own dialect or $id', () => {
    const schemas = Object.entries(doc.components.schemas);
    expect(schemas.length).toBeGreaterThan(50);
    for (const [name, schema] of schemas) {
      expect(schema, name).not.toHaveProperty('$schema');
      expect(schema, name).not.toHaveProperty('$id');
      expect(schema, name).not.toHaveProperty('$defs');
    }
    for (const [at, node] of walk(doc.components.schemas, '#/components/schemas')) {
      if (!node || typeof node !== 'object' || Array.isArray(node)) continue;
      const schema = node as { type?: unknown; required?: unknown; properties?: Record<string, unknown> };
      if (typeof schema.type === 'string' && !at.endsWith('/properties')) {
        expect(JSON_SCHEMA_TYPES.has(schema.type), at).toBe(true);
      }
      if (Array.isArray(schema.required) && schema.properties && !at.endsWith('/properties')) {
        for (const field of schema.required)
          expect(schema.properties, `${at} requires ${field}`).toHaveProperty(field);
      }
    }
  });

  it('names the shared schemas once and refers to them', () => {
    expect(doc.components.schemas.Money).toMatchObject({
      type: 'object',
      required: ['amount', 'currency'],
      properties: { amount: { type: 'integer' }, currency: { $ref: '#/components/schemas/CurrencyCode' } },
    });
    expect(doc.components.schemas.CalendarDate).toMatchObject({ type: 'string', format: 'date' });
    const lines = (doc.components.schemas.InvoiceUpsert as { properties: { lines: { items: unknown } } })
      .properties.lines;
    expect(lines.items).toEqual({ $ref: '#/components/schemas/InvoiceLineInput' });
  });

  it('closes request objects and leaves response objects open to growth', () => {
    for (const name of [
      'SettingsUpsert',
      'InvoiceUpsert',
      'CustomerUpsert',
      'CreatePaymentRequest',
      'Money',
    ]) {
      expect(doc.components.schemas[name], name).toHaveProperty('additionalProperties', false);
    }
    for (const name of ['AccountSummary', 'InvoiceDetail', 'Payment', 'Plan', 'Dispute']) {
      expect(doc.components.schemas[name], name).not.toHaveProperty('additionalProperties');
    }
  });

  it('gives the plan request its two accepted forms', () => {
    expect(doc.components.schemas.CreatePlanRequest).toEqual({
      anyOf: [
        { $ref: '#/components/schemas/CreatePlanWithInstalments' },
        { $ref: '#/components/schemas/CreatePlanWithCount' },
      ],
    });
  });
});
