import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { errors as joseErrors, jwtVerify, SignJWT } from 'jose';
import type { AppEnv } from './context';
import { ProblemError, problems } from './problem';

/** The `aud` every customer token carries. */
export const TOKEN_AUDIENCE = 'amicable';
/** Customer tokens live at most this long: they are minted per page load, not per session. */
export const MAX_TOKEN_LIFETIME_SECONDS = 3600;
/** Allowed clock difference between the portal backend that signs and this server. */
export const CLOCK_SKEW_SECONDS = 30;

/** Who is calling, as established from the `Authorization` header. */
export type Principal =
  | { kind: 'anonymous' }
  | { kind: 'customer'; customerId: string; expiresAt: Date }
  | { kind: 'admin' }
  | { kind: 'invalid'; reason: string };

export interface CreateCustomerTokenOptions {
  customerId: string;
  /** `AMICABLE_TOKEN_SECRET`; its UTF-8 bytes are the HMAC key. */
  secret: string;
  /** `15m`, `900s`, `1h` or a number of seconds; at most one hour. Default `15m`. */
  expiresIn?: string | number;
  now?: Date;
}

/** Parses `30s`, `15m`, `1h` or a plain number of seconds. */
export function parseDuration(value: string | number): number {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) throw new RangeError(`Invalid duration: ${value}`);
    return Math.floor(value);
  }
  const match = /^\s*(\d+)\s*(s|sec|secs|seconds?|m|min|mins|minutes?|h|hr|hrs|hours?)?\s*$/i.exec(value);
  if (!match) throw new RangeError(`Invalid duration "${value}": use e.g. 900, 900s, 15m or 1h`);
  const amount = Number(match[1]);
  const unit = (match[2] ?? 's').toLowerCase()[0];
  const seconds = unit === 'h' ? amount * 3600 : unit === 'm' ? amount * 60 : amount;
  if (seconds <= 0) throw new RangeError(`Invalid duration "${value}": must be more than zero`);
  return seconds;
}

function secretKey(secret: string): Uint8Array {
  return new TextEncoder().encode(secret);
}

/**
 * Mints a customer token (JWT, HS256) as a creditor's portal backend would: `sub` = customer id,
 * `aud` = `amicable`, `exp` at most one hour ahead.
 *
 * @throws {RangeError} when `expiresIn` is longer than one hour or the secret is shorter than 32 bytes.
 */
export async function createCustomerToken(options: CreateCustomerTokenOptions): Promise<string> {
  const lifetime = parseDuration(options.expiresIn ?? '15m');
  if (lifetime > MAX_TOKEN_LIFETIME_SECONDS) {
    throw new RangeError('Customer tokens may live at most one hour (expiresIn ≤ 1h)');
  }
  if (secretKey(options.secret).byteLength < 32) {
    throw new RangeError('The token secret must be at least 32 bytes');
  }
  if (!options.customerId) throw new RangeError('customerId is required');
  const issuedAt = Math.floor((options.now ?? new Date()).getTime() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(options.customerId)
    .setAudience(TOKEN_AUDIENCE)
    .setIssuedAt(issuedAt)
    .setExpirationTime(issuedAt + lifetime)
    .sign(secretKey(options.secret));
}

/** Why a token was refused; safe to show (it names no secret). */
export class TokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TokenError';
  }
}

/**
 * Verifies a customer token: HS256 only (never `none` or another algorithm), `aud` = `amicable`,
 * a `sub`, not expired, and `exp` no further than one hour (plus clock skew) ahead.
 *
 * @throws {TokenError}
 */
export async function verifyCustomerToken(
  token: string,
  secret: string,
  now: Date = new Date(),
): Promise<{ customerId: string; expiresAt: Date }> {
  let payload: Awaited<ReturnType<typeof jwtVerify>>['payload'];
  try {
    ({ payload } = await jwtVerify(token, secretKey(secret), {
      algorithms: ['HS256'],
      audience: TOKEN_AUDIENCE,
      requiredClaims: ['sub', 'exp'],
      currentDate: now,
      clockTolerance: CLOCK_SKEW_SECONDS,
    }));
  } catch (error) {
    if (error instanceof joseErrors.JWTExpired) throw new TokenError('The token has expired');
    if (error instanceof joseErrors.JWTClaimValidationFailed) {
      throw new TokenError(`The token's ${error.claim} claim is not valid`);
    }
    throw new TokenError('The token is not valid');
  }
  const nowSeconds = Math.floor(now.getTime() / 1000);
  if (
    typeof payload.exp !== 'number' ||
    payload.exp > nowSeconds + MAX_TOKEN_LIFETIME_SECONDS + CLOCK_SKEW_SECONDS
  ) {
    throw new TokenError('The token lives longer than one hour; mint short-lived tokens');
  }
  if (typeof payload.sub !== 'string' || payload.sub.length === 0 || payload.sub.length > 200) {
    throw new TokenError("The token's sub claim is not valid");
  }
  return { customerId: payload.sub, expiresAt: new Date(payload.exp * 1000) };
}

/** Compares two secrets in constant time, whatever their lengths. */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

function bearerToken(header: string | undefined): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match?.[1];
}

export interface AuthenticateOptions {
  tokenSecret: string;
  adminKey: string;
  clock: () => Date;
}

/** How many verified customer tokens one `authenticate` middleware remembers. */
export const VERIFIED_TOKEN_CACHE_SIZE = 5000;

interface VerifiedToken {
  customerId: string;
  expiresAt: Date;
  /** When it was verified, epoch ms. */
  verifiedAt: number;
}

/**
 * Customer tokens verified lately, by their exact text. A portal page sends the same short-lived
 * token with each of its calls; checking the signature once instead of on every request removes
 * most of authentication's cost. An entry counts only while the token's `exp` holds (with the same
 * clock skew as a full check) and the clock has not gone back since; otherwise the token is
 * verified in full again, so the answer is always the one a full check would give.
 */
export class VerifiedTokenCache {
  readonly #limit: number;
  readonly #entries = new Map<string, VerifiedToken>();

  constructor(limit = VERIFIED_TOKEN_CACHE_SIZE) {
    this.#limit = limit;
  }

  get size(): number {
    return this.#entries.size;
  }

  get(token: string, now: Date): { customerId: string; expiresAt: Date } | undefined {
    const entry = this.#entries.get(token);
    if (!entry) return undefined;
    const nowMs = now.getTime();
    const expired = entry.expiresAt.getTime() + CLOCK_SKEW_SECONDS * 1000 <= Math.floor(nowMs / 1000) * 1000;
    if (expired || nowMs < entry.verifiedAt) {
      this.#entries.delete(token);
      return undefined;
    }
    return { customerId: entry.customerId, expiresAt: entry.expiresAt };
  }

  set(token: string, verified: { customerId: string; expiresAt: Date }, now: Date): void {
    this.#entries.delete(token);
    this.#entries.set(token, { ...verified, verifiedAt: now.getTime() });
    // Oldest first in a Map: forget the token verified longest ago.
    if (this.#entries.size > this.#limit) {
      const oldest = this.#entries.keys().next().value;
      if (oldest !== undefined) this.#entries.delete(oldest);
    }
  }
}

/**
 * Establishes `c.var.principal` from the `Authorization` header, once, early: the rate limiter
 * keys on it and `requireCustomer` / `requireAdmin` check it. Never answers by itself.
 */
export function authenticate(options: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  const verifiedTokens = new VerifiedTokenCache();
  return async (c, next) => {
    const token = bearerToken(c.req.header('Authorization'));
    let principal: Principal;
    if (token === undefined) {
      principal = c.req.header('Authorization')
        ? { kind: 'invalid', reason: 'Use `Authorization: Bearer <token>`' }
        : { kind: 'anonymous' };
    } else {
      const now = options.clock();
      // A remembered token was compared with the admin key when it was first verified.
      const remembered = verifiedTokens.get(token, now);
      if (remembered) principal = { kind: 'customer', ...remembered };
      else if (secretsEqual(token, options.adminKey)) principal = { kind: 'admin' };
      else principal = await verifiedPrincipal(token, now);
    }
    c.set('principal', principal);
    await next();
  };

  async function verifiedPrincipal(token: string, now: Date): Promise<Principal> {
    try {
      const verified = await verifyCustomerToken(token, options.tokenSecret, now);
      verifiedTokens.set(token, verified, now);
      return { kind: 'customer', ...verified };
    } catch (error) {
      return {
        kind: 'invalid',
        reason: error instanceof TokenError ? error.message : 'The token is not valid',
      };
    }
  }
}

/** Lets only a caller with a valid customer token through. */
export function requireCustomer(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const principal = c.get('principal');
    if (principal?.kind !== 'customer') {
      throw problems.unauthorized(
        principal?.kind === 'invalid'
          ? principal.reason
          : 'A customer token is required (Authorization: Bearer …)',
      );
    }
    await next();
  };
}

/** Lets only the creditor's back office (`AMICABLE_ADMIN_KEY`) through. */
export function requireAdmin(): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    if (c.get('principal')?.kind !== 'admin') {
      throw problems.unauthorized('The admin key is required (Authorization: Bearer <AMICABLE_ADMIN_KEY>)');
    }
    await next();
  };
}

/** The customer id of the current request; only valid behind {@link requireCustomer}. */
export function customerIdOf(principal: Principal): string {
  if (principal.kind !== 'customer') throw new ProblemError(401, 'unauthorized');
  return principal.customerId;
}
