import * as z from 'zod/mini';
import { DISPUTE_FILE_LIMITS } from './dispute';
import {
  type Endpoint,
  type EndpointAuth,
  endpoints,
  IDEMPOTENCY_KEY_HEADER,
  pathParameterNames,
} from './endpoints';
import { PROBLEM_CONTENT_TYPE } from './problem';
import * as contract from './schemas';

/** A JSON Schema (draft 2020-12, the dialect of OpenAPI 3.1). */
export type JsonSchema = Record<string, unknown>;

/** A reference to a component of the document. */
export interface Reference {
  $ref: string;
}

/** An OpenAPI parameter object. */
export interface OpenApiParameter {
  name: string;
  in: 'path' | 'query' | 'header';
  required: boolean;
  description?: string;
  schema: JsonSchema | Reference;
}

/** An OpenAPI media type object. */
export interface OpenApiMediaType {
  schema: JsonSchema | Reference;
  encoding?: Record<string, { contentType: string }>;
}

/** An OpenAPI response object. */
export interface OpenApiResponse {
  description: string;
  content?: Record<string, OpenApiMediaType>;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
}

/** An OpenAPI operation object. */
export interface OpenApiOperation {
  operationId: string;
  summary: string;
  tags: string[];
  security: Record<string, string[]>[];
  parameters: (OpenApiParameter | Reference)[];
  requestBody?: { required: boolean; content: Record<string, OpenApiMediaType> };
  responses: Record<string, OpenApiResponse | Reference>;
}

/** The OpenAPI 3.1 document this module builds. */
export interface OpenApiDocumentObject {
  openapi: string;
  info: { title: string; version: string; description: string };
  servers: { url: string }[];
  tags: { name: string; description: string }[];
  paths: Record<string, Record<string, OpenApiOperation>>;
  webhooks: Record<string, Record<string, Omit<OpenApiOperation, 'parameters' | 'security' | 'tags'>>>;
  components: {
    schemas: Record<string, JsonSchema>;
    responses: Record<string, OpenApiResponse>;
    parameters: Record<string, OpenApiParameter>;
    securitySchemes: Record<string, Record<string, string>>;
  };
}

/** Options for {@link buildOpenApiDocument}. */
export interface OpenApiOptions {
  /** `info.version`; defaults to `0.0.0`. */
  version?: string;
  /** The server URL the document names; defaults to `/` (the origin serving `/openapi.json`). */
  serverUrl?: string;
}

const SCHEMA_PREFIX = '#/components/schemas/';

// Exports whose component name differs from the export name.
const COMPONENT_NAMES: Record<string, string> = { ProblemSchema: 'Problem' };

const PROBLEM_DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid request (`invalid_request`, `idempotency_key_required`); `errors` names each field',
  401: 'Missing, expired or wrong credentials (`unauthorized`)',
  404: 'No such object for this caller (`not_found`)',
  409: 'Conflict with the current state (`conflict`, `idempotency_mismatch`, `nothing_payable`)',
  413: 'Body or file too large (`payload_too_large`)',
  415: 'Content type not accepted (`unsupported_media_type`)',
  422: 'Well-formed but refused by a rule (`unprocessable`, `policy_violation` with `rule`)',
  429: 'Too many requests (`rate_limited`); see `Retry-After`',
  500: 'Unexpected server error (`internal_error`)',
  503: 'Unavailable for a moment, see `Retry-After` (`service_unavailable`: the database is out of reach), or the payment provider is not configured or not reachable (`payment_provider_unavailable`)',
};

const TAGS: Record<EndpointAuth, { name: string; description: string }> = {
  customer: { name: 'customer', description: 'Called by the widgets with the customer token' },
  admin: { name: 'creditor', description: "The creditor's back office, with the admin key" },
  stripe: { name: 'webhooks', description: 'Signed events from the payment provider' },
  none: { name: 'meta', description: 'Health and this document' },
};

const SECURITY: Record<EndpointAuth, Record<string, string[]>[]> = {
  customer: [{ customerToken: [] }],
  admin: [{ adminKey: [] }],
  stripe: [{ stripeSignature: [] }],
  none: [],
};

function isSchema(value: unknown): value is z.ZodMiniType {
  return typeof value === 'object' && value !== null && '_zod' in value;
}

/**
 * Names every schema the contract exports as a component. Generating them together lets zod
 * replace each use of a named schema by a `$ref`, so `Money` is described once.
 */
function contractComponents(): { schemas: Record<string, JsonSchema>; names: Map<z.ZodMiniType, string> } {
  const registry = z.registry<{ id: string }>();
  const names = new Map<z.ZodMiniType, string>();
  const exported: Record<string, unknown> = contract;
  for (const [exportName, value] of Object.entries(exported)) {
    if (!isSchema(value) || names.has(value)) continue;
    const name = COMPONENT_NAMES[exportName] ?? exportName;
    registry.add(value, { id: name });
    names.set(value, name);
  }
  // `io: 'input'` describes what the API accepts, and leaves response objects open to new
  // fields (only strict request objects get `additionalProperties: false`).
  const generated = z.toJSONSchema(registry, {
    io: 'input',
    target: 'draft-2020-12',
    unrepresentable: 'any',
    uri: (id) => `${SCHEMA_PREFIX}${id}`,
  }).schemas;
  const schemas: Record<string, JsonSchema> = {};
  for (const [name, schema] of Object.entries(generated)) {
    // Components live inside the document: no dialect or `$id` of their own.
    const { $schema: _dialect, $id: _id, ...rest } = schema as JsonSchema;
    schemas[name] = rest;
  }
  return { schemas, names };
}

/** The parameters of a query schema: one per field of its (strict) object. */
function queryParameters(
  query: z.ZodMiniType,
  ref: (schema: z.ZodMiniType) => Reference,
): OpenApiParameter[] {
  const shape = (query._zod.def as { shape?: Record<string, z.ZodMiniType> }).shape;
  if (!shape) throw new TypeError('A query schema must be an object schema');
  return Object.entries(shape).map(([name, field]) => {
    const optional = field._zod.def.type === 'optional';
    const inner = optional ? (field._zod.def as unknown as { innerType: z.ZodMiniType }).innerType : field;
    return { name, in: 'query', required: !optional, schema: ref(inner) };
  });
}

function problemStatuses(endpoint: Endpoint): number[] {
  const statuses = new Set<number>(endpoint.problems ?? []);
  if (endpoint.request || endpoint.query || endpoint.idempotent) statuses.add(400);
  if (endpoint.auth !== 'none') statuses.add(401);
  if (pathParameterNames(endpoint.path).length > 0) statuses.add(404);
  if (endpoint.idempotent) statuses.add(409);
  if (endpoint.request) {
    statuses.add(413);
    statuses.add(415);
  }
  if (endpoint.auth === 'customer' || endpoint.auth === 'admin') statuses.add(429);
  statuses.add(500);
  // Anything that touches the database may meet it restarting or failing over.
  if (endpoint.path !== '/openapi.json') statuses.add(503);
  return [...statuses].sort((a, b) => a - b);
}

function multipartBody(fields: JsonSchema): JsonSchema {
  const properties = (fields.properties ?? {}) as Record<string, JsonSchema>;
  return {
    ...fields,
    properties: {
      ...properties,
      files: {
        type: 'array',
        maxItems: DISPUTE_FILE_LIMITS.maxFiles,
        description: `PDF, PNG or JPEG, at most ${DISPUTE_FILE_LIMITS.maxFileBytes / 1024 / 1024} MB each; the type is read from the content`,
        items: { type: 'string', contentMediaType: 'application/octet-stream' },
      },
    },
  };
}

/**
 * Builds the OpenAPI 3.1 document of the API from `endpoints` and the contract's schemas:
 * every exported schema under `components/schemas`, problem responses as
 * `application/problem+json`, bearer security for customers and the creditor, the
 * `Idempotency-Key` header on creating POSTs, and the outgoing webhook under `webhooks`.
 */
export function buildOpenApiDocument(options: OpenApiOptions = {}): OpenApiDocumentObject {
  const { schemas, names } = contractComponents();
  const ref = (schema: z.ZodMiniType): Reference => {
    const name = names.get(schema);
    if (!name) throw new TypeError('Every schema an endpoint uses must be exported from src/contract');
    return { $ref: `${SCHEMA_PREFIX}${name}` };
  };

  const responses: Record<string, OpenApiResponse> = {};
  for (const [status, description] of Object.entries(PROBLEM_DESCRIPTIONS)) {
    responses[`Problem${status}`] = {
      description,
      content: { [PROBLEM_CONTENT_TYPE]: { schema: ref(contract.ProblemSchema) } },
      ...(status === '429'
        ? {
            headers: {
              'Retry-After': { description: 'Seconds to wait', schema: { type: 'integer', minimum: 0 } },
            },
          }
        : {}),
    };
  }

  const paths: OpenApiDocumentObject['paths'] = {};
  const registry: Record<string, Endpoint> = endpoints;
  for (const [operationId, endpoint] of Object.entries(registry)) {
    const parameters: (OpenApiParameter | Reference)[] = pathParameterNames(endpoint.path).map((name) => ({
      name,
      in: 'path',
      required: true,
      schema: ref(contract.Id),
    }));
    if (endpoint.query) parameters.push(...queryParameters(endpoint.query, ref));
    if (endpoint.idempotent) parameters.push({ $ref: '#/components/parameters/IdempotencyKey' });

    const operation: OpenApiOperation = {
      operationId,
      summary: endpoint.summary,
      tags: [TAGS[endpoint.auth].name],
      security: SECURITY[endpoint.auth],
      parameters,
      responses: {
        [String(endpoint.status)]: {
          description: endpoint.summary,
          content:
            endpoint.responseType === 'application/octet-stream'
              ? {
                  'application/octet-stream': {
                    schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                  },
                }
              : { 'application/json': { schema: ref(endpoint.response) } },
        },
      },
    };
    for (const status of problemStatuses(endpoint)) {
      operation.responses[String(status)] = { $ref: `#/components/responses/Problem${status}` };
    }
    if (endpoint.request) {
      const name = names.get(endpoint.request);
      const media: OpenApiMediaType =
        endpoint.requestType === 'multipart/form-data' && name
          ? {
              schema: multipartBody(schemas[name]!),
              encoding: {
                amount: { contentType: 'application/json' },
                files: { contentType: DISPUTE_FILE_LIMITS.types.join(', ') },
              },
            }
          : { schema: ref(endpoint.request) };
      operation.requestBody = {
        required: !endpoint.requestOptional,
        content: { [endpoint.requestType ?? 'application/json']: media },
      };
    }
    paths[endpoint.path] ??= {};
    paths[endpoint.path]![endpoint.method.toLowerCase()] = operation;
  }

  return {
    openapi: '3.1.1',
    info: {
      title: 'Amicable collection API',
      version: options.version ?? '0.0.0',
      description:
        'Amicable (pre-legal) collection inside the customer portal. Money is `{ amount, currency }` in integer ' +
        'minor units; calendar dates are `YYYY-MM-DD`; errors are RFC 9457 problem documents with a stable `code`.',
    },
    servers: [{ url: options.serverUrl ?? '/' }],
    tags: Object.values(TAGS),
    paths,
    webhooks: {
      amicableEvent: {
        post: {
          operationId: 'amicableEvent',
          summary:
            'An event sent to AMICABLE_WEBHOOK_URL, signed with HMAC-SHA256 over a timestamp and the raw body',
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref(contract.OutgoingWebhookEvent) } },
          },
          responses: { '200': { description: 'Received; anything else is retried with backoff' } },
        },
      },
    },
    components: {
      schemas,
      responses,
      parameters: {
        IdempotencyKey: {
          name: IDEMPOTENCY_KEY_HEADER,
          in: 'header',
          required: true,
          description:
            'The same key and body return the first result; the same key with another body answers 409',
          schema: { type: 'string', minLength: 1, maxLength: 255 },
        },
      },
      securitySchemes: {
        customerToken: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description:
            'HS256 JWT from the portal backend: sub = customer id, aud = "amicable", exp at most 1 hour ahead',
        },
        adminKey: { type: 'http', scheme: 'bearer', description: 'AMICABLE_ADMIN_KEY' },
        stripeSignature: {
          type: 'apiKey',
          in: 'header',
          name: 'Stripe-Signature',
          description: "Stripe's signature over the raw body",
        },
      },
    },
  };
}
