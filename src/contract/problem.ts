import * as z from 'zod/mini';

/**
 * Stable machine-readable error codes. Clients branch on these, never on `title` or `detail`.
 * New codes may be added; existing ones never change meaning.
 */
export const ProblemCode = z.enum([
  'invalid_request',
  'unauthorized',
  'forbidden',
  'not_found',
  'method_not_allowed',
  'conflict',
  'idempotency_mismatch',
  'idempotency_key_required',
  'unprocessable',
  'policy_violation',
  'nothing_payable',
  'rate_limited',
  'payload_too_large',
  'unsupported_media_type',
  'payment_provider_unavailable',
  /** 503 with `Retry-After`: the database cannot be reached just now; retry the same request. */
  'service_unavailable',
  'internal_error',
]);
export type ProblemCode = z.infer<typeof ProblemCode>;

/** One validation failure: where in the input, and what is wrong there, in plain words. */
export const ProblemFieldError = z.object({
  path: z.string(),
  message: z.string(),
});
export type ProblemFieldError = z.infer<typeof ProblemFieldError>;

/**
 * An RFC 9457 problem document (`application/problem+json`). Every 4xx and 5xx the API sends
 * has this shape. `code` is typed as a string so that a client keeps working when the server
 * learns a new code.
 */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().check(z.int(), z.gte(400), z.lte(599)),
  detail: z.optional(z.string()),
  code: z.string(),
  instance: z.optional(z.string()),
  requestId: z.optional(z.string()),
  errors: z.optional(z.array(ProblemFieldError)),
  /** Set on `policy_violation`: which rule of the creditor's policy a proposal breaks. */
  rule: z.optional(z.string()),
});
export type Problem = z.infer<typeof ProblemSchema>;

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
