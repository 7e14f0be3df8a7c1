import type * as z from 'zod/mini';
import { AccountSummary } from './account';
import {
  AbandonedWebhooks,
  AdminInvoice,
  CustomerTimeline,
  InvoiceUpsert,
  Metrics,
  MetricsQuery,
  PauseRequest,
  PaymentInput,
  RedeliverWebhooksRequest,
  ResumeRequest,
  WebhooksRedelivered,
} from './admin';
import { AdminCustomer, CustomerUpsert } from './customer';
import { AttachmentBytes, Dispute, DisputeDecisionRequest, DisputeFields } from './dispute';
import { AnalyticsEventsAccepted, AnalyticsEventsRequest } from './events';
import { InvoiceDetail } from './invoice';
import { HealthStatus, OpenApiDocument } from './meta';
import { CreatePaymentRequest, Payment } from './payment';
import { CreatePlanRequest, Plan, PlanDecisionRequest, PlanQuote, PlanQuoteQuery } from './plan';
import { CreatePromiseRequest, PaymentPromise } from './promise';
import { Settings, SettingsUpsert } from './settings';
import { StripeWebhookEvent, WebhookReceived } from './webhooks';

/** The API's base path; the client's `api` setting points here (`https://collect.example.com/v1`). */
export const API_BASE_PATH = '/v1';

/** The header every creating POST carries (see `idempotent`). */
export const IDEMPOTENCY_KEY_HEADER = 'Idempotency-Key';

/** Who may call an endpoint: a customer token, the admin key, Stripe's signature, or anyone. */
export type EndpointAuth = 'customer' | 'admin' | 'stripe' | 'none';

/** One operation of the API, described once for the server, the client and the OpenAPI document. */
export interface Endpoint {
  method: 'GET' | 'POST' | 'PUT';
  /** OpenAPI-style path with `{name}` parameters, from the server root: `/v1/invoices/{id}`. */
  path: string;
  auth: EndpointAuth;
  /** The request body's schema. */
  request?: z.ZodMiniType;
  /** How the body travels; `application/json` unless said otherwise. */
  requestType?: 'application/json' | 'multipart/form-data';
  /** True when an empty body is allowed and means `{}`. */
  requestOptional?: boolean;
  /** The query string's schema: a strict object of string-valued fields. */
  query?: z.ZodMiniType;
  /** The success body's schema. */
  response: z.ZodMiniType;
  /**
   * Set when the success body is not JSON but stored bytes sent with their own `Content-Type`
   * (a dispute's attachment); `response` then only types them for the server.
   */
  responseType?: 'application/octet-stream';
  /** The success status. */
  status: 200 | 201 | 202;
  /** True when the call creates something and so requires an `Idempotency-Key` header. */
  idempotent?: boolean;
  /** Error statuses particular to this operation, beyond those every operation of its kind has. */
  problems?: readonly number[];
  summary: string;
}

/**
 * Every endpoint of the API, keyed by a stable operation id. The server mounts routes from it,
 * the client calls through it, and `buildOpenApiDocument()` describes it.
 */
export const endpoints = {
  getHealth: {
    method: 'GET',
    path: '/healthz',
    auth: 'none',
    response: HealthStatus,
    status: 200,
    summary: 'Liveness check',
  },
  getOpenApiDocument: {
    method: 'GET',
    path: '/openapi.json',
    auth: 'none',
    response: OpenApiDocument,
    status: 200,
    summary: 'This OpenAPI 3.1 document',
  },
  getAccount: {
    method: 'GET',
    path: '/v1/account',
    auth: 'customer',
    response: AccountSummary,
    status: 200,
    summary: "The customer's overview: stage, tone, totals, invoices, next step, plan, disputes, actions",
  },
  getInvoice: {
    method: 'GET',
    path: '/v1/invoices/{id}',
    auth: 'customer',
    response: InvoiceDetail,
    status: 200,
    summary: 'One invoice made recognisable: lines, references, charges, payments, timeline, how to pay',
  },
  createPayment: {
    method: 'POST',
    path: '/v1/payments',
    auth: 'customer',
    request: CreatePaymentRequest,
    response: Payment,
    status: 201,
    idempotent: true,
    problems: [409, 422, 503],
    summary: 'Start a card or wallet payment for invoices; the server computes and caps the amount',
  },
  getPayment: {
    method: 'GET',
    path: '/v1/payments/{id}',
    auth: 'customer',
    response: Payment,
    status: 200,
    summary: "A payment's status",
  },
  getPlanQuote: {
    method: 'GET',
    path: '/v1/plans/quote',
    auth: 'customer',
    query: PlanQuoteQuery,
    response: PlanQuote,
    status: 200,
    problems: [409, 422],
    summary: "The creditor's instalment policy for these invoices and a suggested schedule",
  },
  createPlan: {
    method: 'POST',
    path: '/v1/plans',
    auth: 'customer',
    request: CreatePlanRequest,
    response: Plan,
    status: 201,
    idempotent: true,
    problems: [409, 422],
    summary: 'Propose an instalment plan: accepted at once within policy, pending review otherwise',
  },
  getPlan: {
    method: 'GET',
    path: '/v1/plans/{id}',
    auth: 'customer',
    response: Plan,
    status: 200,
    summary: 'A plan and the status of each instalment',
  },
  createPromise: {
    method: 'POST',
    path: '/v1/promises',
    auth: 'customer',
    request: CreatePromiseRequest,
    response: PaymentPromise,
    status: 201,
    idempotent: true,
    problems: [409, 422],
    summary: 'Promise to pay by a date within policy; reminders wait until then',
  },
  createDispute: {
    method: 'POST',
    path: '/v1/disputes',
    auth: 'customer',
    request: DisputeFields,
    requestType: 'multipart/form-data',
    response: Dispute,
    status: 201,
    idempotent: true,
    problems: [404, 409, 422],
    summary: 'Dispute an invoice or part of it, with attachments; the disputed part stops escalating',
  },
  getDispute: {
    method: 'GET',
    path: '/v1/disputes/{id}',
    auth: 'customer',
    response: Dispute,
    status: 200,
    summary: "A dispute's status and the creditor's answer",
  },
  recordEvents: {
    method: 'POST',
    path: '/v1/events',
    auth: 'customer',
    request: AnalyticsEventsRequest,
    response: AnalyticsEventsAccepted,
    status: 202,
    summary: 'Widget analytics: impressions, opens, actions, dismissals, snoozes',
  },
  receiveStripeWebhook: {
    method: 'POST',
    path: '/v1/webhooks/stripe',
    auth: 'stripe',
    request: StripeWebhookEvent,
    response: WebhookReceived,
    status: 200,
    summary: "Stripe's signed events (raw body); a payment counts only when Stripe says so here",
  },
  recordPayment: {
    method: 'POST',
    path: '/v1/admin/invoices/{id}/payments',
    auth: 'admin',
    request: PaymentInput,
    response: AdminInvoice,
    status: 201,
    idempotent: true,
    problems: [422],
    summary: 'Record a payment the creditor received for an invoice (e.g. a bank transfer)',
  },
  getAdminDispute: {
    method: 'GET',
    path: '/v1/admin/disputes/{id}',
    auth: 'admin',
    response: Dispute,
    status: 200,
    summary: "Any customer's dispute, with its attachments, for the creditor to answer",
  },
  getDisputeAttachment: {
    method: 'GET',
    path: '/v1/admin/disputes/{id}/attachments/{attachmentId}',
    auth: 'admin',
    response: AttachmentBytes,
    responseType: 'application/octet-stream',
    status: 200,
    summary: 'A file the customer attached to a dispute, as uploaded, to download (never shown inline)',
  },
  upsertSettings: {
    method: 'PUT',
    path: '/v1/admin/settings',
    auth: 'admin',
    request: SettingsUpsert,
    response: Settings,
    status: 200,
    summary: "Set the creditor's settings (an upsert)",
  },
  upsertCustomer: {
    method: 'PUT',
    path: '/v1/admin/customers/{id}',
    auth: 'admin',
    request: CustomerUpsert,
    response: AdminCustomer,
    status: 200,
    summary: 'Create or update a customer',
  },
  upsertInvoice: {
    method: 'PUT',
    path: '/v1/admin/invoices/{id}',
    auth: 'admin',
    request: InvoiceUpsert,
    response: AdminInvoice,
    status: 200,
    problems: [422],
    summary: 'Create or update an invoice; refused (422) when its customer does not exist',
  },
  pauseCustomer: {
    method: 'POST',
    path: '/v1/admin/customers/{id}/pause',
    auth: 'admin',
    request: PauseRequest,
    requestOptional: true,
    response: AdminCustomer,
    status: 200,
    summary: 'Stop the process for a customer',
  },
  resumeCustomer: {
    method: 'POST',
    path: '/v1/admin/customers/{id}/resume',
    auth: 'admin',
    request: ResumeRequest,
    requestOptional: true,
    response: AdminCustomer,
    status: 200,
    summary: 'Restart the process for a customer',
  },
  getCustomerTimeline: {
    method: 'GET',
    path: '/v1/admin/customers/{id}/timeline',
    auth: 'admin',
    response: CustomerTimeline,
    status: 200,
    summary: 'Everything that happened with a customer, oldest first',
  },
  decidePlan: {
    method: 'POST',
    path: '/v1/admin/plans/{id}/decision',
    auth: 'admin',
    request: PlanDecisionRequest,
    response: Plan,
    status: 200,
    problems: [409],
    summary: 'Accept or reject a pending plan',
  },
  decideDispute: {
    method: 'POST',
    path: '/v1/admin/disputes/{id}/decision',
    auth: 'admin',
    request: DisputeDecisionRequest,
    response: Dispute,
    status: 200,
    problems: [409, 422],
    summary: 'Answer a dispute: credit, correct or uphold',
  },
  getMetrics: {
    method: 'GET',
    path: '/v1/admin/metrics',
    auth: 'admin',
    query: MetricsQuery,
    response: Metrics,
    status: 200,
    summary: 'The funnel (shown, opened, acted, paid, planned, promised, disputed) and amounts recovered',
  },
  listAbandonedWebhooks: {
    method: 'GET',
    path: '/v1/admin/webhooks/abandoned',
    auth: 'admin',
    response: AbandonedWebhooks,
    status: 200,
    summary: 'Outgoing webhook events that ran out of attempts: the oldest 100 and how many in all',
  },
  redeliverWebhooks: {
    method: 'POST',
    path: '/v1/admin/webhooks/redeliver',
    auth: 'admin',
    request: RedeliverWebhooksRequest,
    requestOptional: true,
    response: WebhooksRedelivered,
    status: 200,
    problems: [422],
    summary:
      'Send abandoned webhook events again (the named ones, or all), same ids, with a fresh round of attempts',
  },
} as const satisfies Record<string, Endpoint>;

/** The stable id of an operation, e.g. `getAccount`. */
export type OperationId = keyof typeof endpoints;

type EndpointOf<K extends OperationId> = (typeof endpoints)[K];
type SchemaOf<E, Field extends string> = E extends Record<Field, infer S extends z.ZodMiniType> ? S : never;

/** The body a caller sends to an operation (before parsing). */
export type RequestOf<K extends OperationId> = z.input<SchemaOf<EndpointOf<K>, 'request'>>;
/** The query a caller sends to an operation (before parsing). */
export type QueryOf<K extends OperationId> = z.input<SchemaOf<EndpointOf<K>, 'query'>>;
/** What an operation answers on success. */
export type ResponseOf<K extends OperationId> = z.infer<EndpointOf<K>['response']>;

/** The parameters named in a path template: `PathParams<'/v1/invoices/{id}'>` is `{ id: string }`. */
export type PathParams<P extends string> = P extends `${string}{${infer Name}}${infer Rest}`
  ? { [K in Name | keyof PathParams<Rest>]: string }
  : Record<never, never>;

/** The names of a path's parameters, in order. */
export function pathParameterNames(path: string): string[] {
  return [...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

/** Fills a path template, percent-encoding each value: `/v1/invoices/{id}` → `/v1/invoices/inv%2F1`. */
export function expandPath<P extends string>(path: P, params: PathParams<P>): string {
  const values = params as Record<string, string>;
  return path.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const value = values[name];
    if (value === undefined) throw new TypeError(`expandPath: no value for {${name}} in ${path}`);
    return encodeURIComponent(value);
  });
}

/** The same path in Hono's and Express's notation: `/v1/invoices/{id}` → `/v1/invoices/:id`. */
export function routerPath(path: string): string {
  return path.replace(/\{([^}]+)\}/g, ':$1');
}
