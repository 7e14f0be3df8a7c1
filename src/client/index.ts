/**
 * The browser SDK's public entry: configuration, the API client and its errors.
 * Everything the elements and a host portal may rely on is exported here, explicitly.
 */
export type { Problem, ProblemCode, ProblemFieldError } from '../contract/problem';
export { type AccountSummary, getAccount, overdueInvoices, type ReadOptions } from './account';
export { type AnalyticsEventInput, flushAnalytics, trackEvent } from './analytics';
export {
  type ApiClient,
  type ApiClientOptions,
  type ApiMethod,
  type ApiRequestOptions,
  createApiClient,
} from './api/client';
export { createIdempotencyKey } from './api/idempotency';
export {
  type Configuration,
  type ConfigureOptions,
  configure,
  type Formality,
  getConfiguration,
  whenConfigured,
} from './config';
export {
  AbortError,
  AmicableError,
  type AmicableErrorDetail,
  type AmicableErrorOptions,
  HttpError,
  isAbortError,
  isAmicableError,
  isHttpError,
  isNetworkError,
  isSchemaError,
  isTimeoutError,
  isTokenError,
  NetworkError,
  SchemaError,
  type SchemaIssue,
  TimeoutError,
  TokenError,
  toErrorDetail,
} from './errors';
export {
  createTokenProvider,
  type TokenProvider,
  type TokenProviderOptions,
  type TokenSource,
} from './token';
