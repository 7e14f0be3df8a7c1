/**
 * Size section: every script-tag file as a browser downloads it, each compressed on its own with
 * node:zlib (gzip level 9, brotli quality 11), read by the same `measure()` the size budget
 * check uses, so the two never disagree.
 */
import { measure } from '../scripts/size-budget.mjs';
import { kB, type SectionResult, table } from './report';

const elementChunk = /^chunks\/(overdue-banner|invoice-explainer|pay-now|instalment-proposer|dispute-form)-/;
const localeChunk = /^chunks\/locale-/;

function kindOf(file: string): string {
  if (file === 'amicable.js') return 'loader';
  if (file === 'amicable.bundle.js') return 'bundle (all elements, classic script)';
  if (elementChunk.test(file)) return 'element';
  if (localeChunk.test(file)) return 'locale';
  return 'shared chunk';
}

const order = ['loader', 'element', 'locale', 'shared chunk', 'bundle (all elements, classic script)'];

/** Measure the script-tag files built into `distDir`. */
export async function sizeSection(distDir: string): Promise<SectionResult> {
  const report = await measure(distDir);
  const files = [...report.files].sort(
    (a, b) => order.indexOf(kindOf(a.file)) - order.indexOf(kindOf(b.file)) || a.file.localeCompare(b.file),
  );
  const rows = files.map((entry) => [
    `\`${entry.file}\``,
    kindOf(entry.file),
    kB(entry.raw),
    kB(entry.gzip),
    kB(entry.brotli),
  ]);
  const shortfalls: string[] = [];
  for (const group of report.groups) {
    rows.push([
      `**${group.name}**`,
      group.files.length === 1 ? 'one file' : `what the page downloads (${group.files.length} files)`,
      kB(group.raw),
      kB(group.gzip),
      kB(group.brotli),
    ]);
    if (group.target !== undefined && group.gzip > group.target) {
      shortfalls.push(
        `${group.name}: ${kB(group.gzip)} gzip, the target is ${kB(group.target)} (enforced ceiling ${group.budget === undefined ? 'none' : kB(group.budget)}).`,
      );
    }
  }
  return {
    title: 'Size',
    markdown: [
      '`scripts/build.mjs` `build()` of the loader and the bundle into a temporary directory; each file compressed on its own (gzip -9, brotli -q 11), 1 kB = 1000 bytes. The group rows are those of `scripts/size-budget.mjs`: the loader with everything `<amicable-overdue-banner>` needs before it renders (its chunk, their static imports, the common and banner copy of one language), and the bundle.',
      '',
      table(['file', 'what', 'raw', 'gzip', 'brotli'], rows, ['l', 'l', 'r', 'r', 'r']),
    ].join('\n'),
    shortfalls,
  };
}
