import type * as z from 'zod/mini';

type Issue = z.core.$ZodIssue;

/** Dotted paths of the fields a failed parse names as unknown (`lines.0.colour`). */
export function unknownFieldPaths(issues: readonly Issue[]): string[] {
  return issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys' ? issue.keys.map((key) => [...issue.path, key].join('.')) : [],
  );
}

/** Dotted paths of every issue of a failed parse. */
export function issuePaths(issues: readonly Issue[]): string[] {
  return issues.map((issue) => issue.path.join('.'));
}

/** Parses and returns the issues, failing the test if the input was accepted. */
export function issuesOf(schema: z.ZodMiniType, input: unknown): Issue[] {
  const result = schema.safeParse(input);
  if (result.success) throw new Error(`Expected ${JSON.stringify(input)} to be refused`);
  return result.error.issues;
}
