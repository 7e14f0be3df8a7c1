/** Calls to `console.warn` while a test runs, and Lit's own record of the dev-mode warnings it issued. */
export interface WarningSpy {
  readonly calls: unknown[][];
  /** Lit dev-mode warning codes issued since the spy started (excluding the one-off `dev-mode` notice). */
  litWarnings(): string[];
  restore(): void;
}

declare global {
  // Lit's development build records each warning code it issues here.
  var litIssuedWarnings: Set<string | undefined> | undefined;
}

/** Record `console.warn` calls (still passing them through) until `restore()`. */
export function spyOnWarnings(): WarningSpy {
  const original = console.warn;
  const before = new Set(globalThis.litIssuedWarnings ?? []);
  const calls: unknown[][] = [];
  console.warn = (...args: unknown[]) => {
    calls.push(args);
    original.apply(console, args);
  };
  return {
    calls,
    litWarnings: () =>
      [...(globalThis.litIssuedWarnings ?? [])]
        .filter((code): code is string => code !== undefined && !before.has(code) && code !== 'dev-mode')
        .map(String),
    restore: () => {
      console.warn = original;
    },
  };
}
