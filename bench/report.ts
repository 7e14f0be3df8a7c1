/** Markdown pieces of the report `npm run bench` prints (and `BENCH_WRITE=1` writes). */
import { readFile, writeFile } from 'node:fs/promises';

/** A markdown table; numbers are right-aligned by the caller's choice of `align`. */
export function table(header: string[], rows: string[][], align: Array<'l' | 'r'> = []): string {
  const rule = header.map((_, column) => (align[column] === 'r' ? '---:' : '---'));
  return [header, rule, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

export const fixed = (value: number, digits = 0): string =>
  Number.isFinite(value) ? value.toFixed(digits) : '–';

export const kB = (bytes: number): string => `${(bytes / 1000).toFixed(1)} kB`;

export const ms = (value: number, digits = 1): string => `${fixed(value, digits)} ms`;

export function median(values: number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The `p`-th percentile (0–100), nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] as number;
}

/** One section of the report: its markdown and the goals it did not reach. */
export interface SectionResult {
  title: string;
  markdown: string;
  /** Sentences for "what falls short". */
  shortfalls: string[];
}

export const beginMarker =
  '<!-- bench:begin (written by `BENCH_WRITE=1 npm run bench`; edit above or below) -->';
export const endMarker = '<!-- bench:end -->';

/** Replace what stands between the markers of `file` with `figures`. */
export async function writeBetweenMarkers(file: string, figures: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const begin = text.indexOf(beginMarker);
  const end = text.indexOf(endMarker);
  if (begin === -1 || end === -1 || end < begin) {
    throw new Error(`${file} lacks the markers ${beginMarker} … ${endMarker}`);
  }
  const updated = `${text.slice(0, begin + beginMarker.length)}\n${figures.trim()}\n${text.slice(end)}`;
  await writeFile(file, updated);
}
