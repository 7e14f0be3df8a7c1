export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FileSizes extends Sizes {
  /** Path relative to the dist directory, e.g. `chunks/overdue-banner-abc123.js`. */
  file: string;
  imports: string[];
  dynamicImports: string[];
}

export interface Group extends Sizes {
  name: string;
  files: string[];
  /** Budget in bytes of gzip. */
  budget?: number;
  target?: number;
}

export interface SizeReport {
  distDir: string;
  files: FileSizes[];
  groups: Group[];
}

/** Budgets in bytes of gzip. */
export const budgets: { loaderWithBanner: number; bundle: number };
export const targets: { loaderWithBanner: number; bundle: number };
export function measure(distDir: string): Promise<SizeReport>;
/** Budget violations as sentences; empty when everything fits. */
export function checkBudgets(report: SizeReport): string[];
export function formatReport(report: SizeReport): string;
