import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import type * as z from 'zod/mini';
import type { ProblemFieldError } from '../contract/problem';
import type { AppEnv } from './context';
import { ProblemError, problems } from './problem';

/** Any zod (mini or classic) schema. */
export type Schema = z.ZodMiniType;

type Issue = z.core.$ZodIssue;

function formatPath(path: readonly PropertyKey[]): string {
  return path.map(String).join('.');
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return 'text';
  return `a ${typeof value}`;
}

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  number: 'a number',
  int: 'a whole number',
  boolean: 'true or false',
  object: 'an object',
  array: 'a list',
  date: 'a date',
  bigint: 'a whole number',
};

/** One zod issue in plain words; `unrecognized_keys` becomes one error per unknown field. */
function issueToErrors(issue: Issue, hasInput: boolean): ProblemFieldError[] {
  const path = formatPath(issue.path);
  const custom = issue.message && issue.message !== 'Invalid input' ? issue.message : undefined;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({
        path: formatPath([...issue.path, key]),
        message: `Unknown field "${key}": remove it (check the spelling against the API contract)`,
      }));
    case 'invalid_type':
      if (hasInput && issue.input === undefined) return [{ path, message: 'This field is required' }];
      return [
        {
          path,
          message:
            custom ??
            `Expected ${TYPE_NAMES[issue.expected] ?? issue.expected}${hasInput ? `, got ${describeType(issue.input)}` : ''}`,
        },
      ];
    case 'invalid_value':
      return [
        {
          path,
          message:
            custom ??
            (issue.values.length === 1
              ? `Use ${JSON.stringify(issue.values[0])}`
              : `Use one of ${issue.values.map((value) => JSON.stringify(value)).join(', ')}`),
        },
      ];
    case 'too_small': {
      const min = String(issue.minimum);
      const message =
        issue.origin === 'string'
          ? `Use at least ${min} character(s)`
          : issue.origin === 'array' || issue.origin === 'set'
            ? `Give at least ${min} item(s)`
            : `Use ${issue.inclusive === false ? 'more than' : 'at least'} ${min}`;
      return [{ path, message: custom ?? message }];
    }
    case 'too_big': {
      const max = String(issue.maximum);
      const message =
        issue.origin === 'string'
          ? `Use at most ${max} character(s)`
          : issue.origin === 'array' || issue.origin === 'set'
            ? `Give at most ${max} item(s)`
            : `Use ${issue.inclusive === false ? 'less than' : 'at most'} ${max}`;
      return [{ path, message: custom ?? message }];
    }
    case 'invalid_format':
      return [{ path, message: custom ?? `Not a valid ${issue.format}` }];
    case 'not_multiple_of':
      return [{ path, message: custom ?? `Use a multiple of ${String(issue.divisor)}` }];
    case 'invalid_union': {
      // Report the alternative that came closest instead of "matches nothing".
      const branches = issue.errors.filter((branch) => branch.length > 0);
      if (custom === undefined && branches.length > 0) {
        const closest = branches.reduce((best, branch) => (branch.length < best.length ? branch : best));
        return closest.flatMap((inner) =>
          issueToErrors({ ...inner, path: [...issue.path, ...inner.path] } as Issue, hasInput),
        );
      }
      return [{ path, message: custom ?? 'Does not match any accepted shape' }];
    }
    default:
      return [{ path, message: custom ?? 'Not valid here' }];
  }
}

/** Turns a failed parse into field errors: `[{ path: 'lines.0.amount', message }]`. */
export function fieldErrors(error: z.core.$ZodError): ProblemFieldError[] {
  return error.issues.flatMap((issue) => issueToErrors(issue, true));
}

/** Parses with a contract schema or throws a 400 problem naming every field that is wrong. */
export function parseOrThrow<S extends Schema>(schema: S, data: unknown, what: string): z.output<S> {
  const result = schema.safeParse(data, { reportInput: true });
  if (result.success) return result.data as z.output<S>;
  const errors = fieldErrors(result.error);
  const unknown = errors.filter((error) => error.message.startsWith('Unknown field'));
  const detail =
    unknown.length > 0 && unknown.length === errors.length
      ? `The ${what} has unknown field(s): ${unknown.map((error) => error.path).join(', ')}`
      : `The ${what} is not valid: see errors`;
  throw problems.invalid(detail, errors);
}

const JSON_MEDIA_TYPE = /^application\/(?:[\w.-]+\+)?json$/i;

/**
 * Reads the request body as JSON: 415 unless it is declared JSON, 400 when it does not parse.
 * An empty body without a content type counts as `{}` (for bodies whose fields are all optional).
 */
export async function readJsonBody(c: {
  req: { header(name: string): string | undefined; text(): Promise<string> };
}) {
  const contentType = c.req.header('Content-Type');
  const text = await c.req.text();
  if (!contentType) {
    if (text.trim() === '') return {};
    throw new ProblemError(415, 'unsupported_media_type', {
      detail: 'Send the body as JSON with `Content-Type: application/json`',
    });
  }
  const mediaType = contentType.split(';')[0]?.trim() ?? '';
  if (!JSON_MEDIA_TYPE.test(mediaType)) {
    throw new ProblemError(415, 'unsupported_media_type', {
      detail: `Send the body as JSON with \`Content-Type: application/json\`, not ${mediaType || 'nothing'}`,
    });
  }
  const charset = /charset=([^;]+)/i.exec(contentType)?.[1]?.trim().toLowerCase();
  if (charset && charset !== 'utf-8' && charset !== 'utf8') {
    throw new ProblemError(415, 'unsupported_media_type', { detail: 'Send JSON as UTF-8' });
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw problems.invalid('The body is not valid JSON');
  }
}

type Validated<Target extends string, S extends Schema> = {
  in: { [K in Target]: z.input<S> };
  out: { [K in Target]: z.output<S> };
};

/** Validates the JSON body with a contract schema; the handler reads it with `c.req.valid('json')`. */
export function validateJson<S extends Schema>(
  schema: S,
): MiddlewareHandler<AppEnv, string, Validated<'json', S>> {
  return createMiddleware<AppEnv, string, Validated<'json', S>>(async (c, next) => {
    const body = await readJsonBody(c);
    c.req.addValidatedData('json', parseOrThrow(schema, body, 'request body') as object);
    await next();
  });
}

/** Validates the query string (a key given twice becomes a list); read with `c.req.valid('query')`. */
export function validateQuery<S extends Schema>(
  schema: S,
): MiddlewareHandler<AppEnv, string, Validated<'query', S>> {
  return createMiddleware<AppEnv, string, Validated<'query', S>>(async (c, next) => {
    const query = Object.fromEntries(
      Object.entries(c.req.queries()).map(([key, values]) => [key, values.length === 1 ? values[0] : values]),
    );
    c.req.addValidatedData('query', parseOrThrow(schema, query, 'query string') as object);
    await next();
  });
}

/** Validates path parameters; read with `c.req.valid('param')`. */
export function validateParams<S extends Schema>(
  schema: S,
): MiddlewareHandler<AppEnv, string, Validated<'param', S>> {
  return createMiddleware<AppEnv, string, Validated<'param', S>>(async (c, next) => {
    c.req.addValidatedData('param', parseOrThrow(schema, c.req.param(), 'address') as object);
    await next();
  });
}

/**
 * One entry point for all three: `validate('json', CustomerUpsert)`, `validate('query', MetricsQuery)`,
 * `validate('param', z.object({ id: Id }))`. Routes from the contract's registry get this
 * automatically (see `OperationRouter`); use it for routes outside the registry.
 */
export function validate<S extends Schema>(target: 'json', schema: S): ReturnType<typeof validateJson<S>>;
export function validate<S extends Schema>(target: 'query', schema: S): ReturnType<typeof validateQuery<S>>;
export function validate<S extends Schema>(target: 'param', schema: S): ReturnType<typeof validateParams<S>>;
export function validate<S extends Schema>(
  target: 'json' | 'query' | 'param',
  schema: S,
): MiddlewareHandler<AppEnv> {
  if (target === 'json') return validateJson(schema) as MiddlewareHandler<AppEnv>;
  if (target === 'query') return validateQuery(schema) as MiddlewareHandler<AppEnv>;
  return validateParams(schema) as MiddlewareHandler<AppEnv>;
}
