/**
 * `amicable/server`: the reference collection API. Run it with `npm run serve`, embed it with
 * `startServer`, or mount `createApp(...)` in your own Node server; mint customer tokens in your
 * portal backend with `createCustomerToken`; verify our webhooks with `verifyWebhookSignature`.
 */
export { type AmicableApp, type CreateAppOptions, createApp, JSON_BODY_LIMIT_BYTES } from './app';
export {
  type CreateCustomerTokenOptions,
  createCustomerToken,
  MAX_TOKEN_LIFETIME_SECONDS,
  TOKEN_AUDIENCE,
  TokenError,
  verifyCustomerToken,
} from './auth';
export { type Config, ConfigError, loadConfig, type StripeConfig, type WebhookConfig } from './config';
export {
  type AmicableDb,
  type Database,
  databaseKind,
  migrate,
  type OpenDatabaseOptions,
  openDatabase,
} from './db';
export { createJsonLogger, type Logger, silentLogger } from './logger';
export type { WebhookEvent, WebhookEventType } from './outbox';
export { type DemoVariant, type SeededCustomer, type SeedOptions, type SeedResult, seedDemo } from './seed';
export { type RunningServer, type StartServerOptions, startServer } from './server';
export {
  EVENT_ID_HEADER,
  SIGNATURE_HEADER,
  signWebhookPayload,
  type VerifyWebhookSignatureOptions,
  verifyWebhookSignature,
  WebhookDispatcher,
  type WebhookDispatcherOptions,
} from './webhooks';
