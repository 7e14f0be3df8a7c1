import type { Principal } from './auth';
import type { Config } from './config';
import type { AmicableDb } from './db/schema';
import type { IdempotencyClaim, IdempotencyOptions } from './idempotency';
import type { Logger } from './logger';

/** What every route handler can reach, fixed when the app is created. */
export interface AppDeps {
  config: Config;
  db: AmicableDb;
  /** The server's notion of now; tests pin it. Domain rules get dates from here, never from `Date`. */
  clock: () => Date;
  logger: Logger;
  /** The creditor this deployment serves (one per deployment for now; every row carries it). */
  creditorId: string;
  /** How concurrent duplicates of an idempotent POST wait for the first. */
  idempotency: IdempotencyOptions;
  /** Called after a write commits that queued outgoing events, so delivery starts without waiting a poll. */
  onEventsQueued: () => void;
}

/** Hono's environment for this app: the per-request variables. */
export interface AppEnv {
  Variables: {
    requestId: string;
    principal: Principal;
    idempotency: IdempotencyClaim | undefined;
    /** The validated input of the operation being served (set by the operation router). */
    operationInput: unknown;
  };
}
