import type { SizeReport } from './size-budget.mjs';

/** A build target of `scripts/build.mjs`. */
export type BuildTarget = 'esm' | 'loader' | 'bundle' | 'server' | 'types' | 'manifest' | 'size';

export const projectRoot: string;
export const allTargets: readonly BuildTarget[];

export interface BuildOptions {
  /** Output directory (default `dist/` of the project); relative paths are taken from the project root. */
  outDir?: string;
  /** What to build (default: everything). */
  targets?: readonly BuildTarget[];
  logLevel?: 'info' | 'warn' | 'error' | 'silent';
}

/** Build `targets` into `outDir`; with `size`, also measure the script-tag files. */
export function build(options?: BuildOptions): Promise<{ outDir: string; report?: SizeReport }>;
