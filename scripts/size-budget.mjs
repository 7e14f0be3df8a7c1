#!/usr/bin/env node
/**
 * Size report and budgets of the script-tag files, measured as a browser downloads them: each
 * file compressed on its own (gzip level 9, brotli quality 11). 1 kB = 1000 bytes.
 *
 * Two groups are measured:
 *   - the loader plus everything `<amicable-overdue-banner>` needs (its chunk, the chunks they
 *     import statically such as Lit and the client, and the catalog parts the banner loads, the
 *     common words and its own copy, in the heaviest language);
 *   - `amicable.bundle.js` (every element in one classic script, every language).
 *
 * Each has a target (the banner issue's goal: 25 kB and 60 kB gzip) and a ceiling. The targets
 * are not met: on the banner path zod/mini and Lit (with @lit/task) alone weigh about 14 kB gzip,
 * leaving little room for the client, the contract, the element and its copy (ky, another 9 kB,
 * is not on it: the client imports it for calls the loader did not answer early); the bundle holds
 * four languages' catalogs (about 35 kB gzip) besides every element. Until a decision about the
 * libraries or the bundle's languages makes room, the ceilings, a few per cent above what ships,
 * are what `npm test` enforces, so the size cannot silently grow.
 * Lower a ceiling whenever a change makes room; never raise one without saying why.
 *
 * Usage: node scripts/size-budget.mjs [dist-dir]   (exits 1 when over budget)
 */
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Enforced ceilings in bytes of gzip (what `npm test` fails on). */
export const budgets = {
  // Ships 41.4 kB (47.9 before ky left the banner's path for a chunk the client imports when a
  // call needs it; 52.6 before the catalogs were split per element). Raised from 41 kB for the
  // declined plan's notice (its copy in the banner's part, 0.6 kB) and the creditor's wording
  // (0.4 kB): what the customer reads, which a few hundred bytes do not outweigh.
  loaderWithBanner: 42_500,
  // Ships 123.4 kB; raised from 122 kB for the same two.
  bundle: 124_500,
};

/** The goals of the banner issue, in bytes of gzip: reported, not yet enforced. */
export const targets = {
  loaderWithBanner: 25_000,
  bundle: 60_000,
};

const loaderFile = 'amicable.js';
const bundleFile = 'amicable.bundle.js';
const bannerChunkPattern = /^chunks\/overdue-banner-[^/]+\.js$/;
// Message catalogs are split per locale (and per part: `locale-<locale>-<part>-<hash>.js`); a page
// loads one language.
const localeChunkPattern = /^chunks\/locale-([a-z]{2})-/;

/** @param {Buffer} content */
function sizes(content) {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }).length,
  };
}

const staticImport = /\bimport\s*(?:[^'"();]*?\bfrom\s*)?["'](\.{1,2}\/[^"']+)["']/g;
const reExport = /\bexport\s*(?:\*|\{[^}]*\})\s*(?:as\s+[\w$]+\s*)?from\s*["'](\.{1,2}\/[^"']+)["']/g;
// Minifiers write literal specifiers of dynamic imports as template literals, too.
const dynamicImport = /\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g;

/** Relative imports of a built ES module, as paths relative to the dist directory. */
function importsOf(file, source) {
  const resolve = (specifier) => path.posix.normalize(path.posix.join(path.posix.dirname(file), specifier));
  const collect = (pattern) => [...source.matchAll(pattern)].map((match) => resolve(match[1]));
  return {
    static: [...new Set([...collect(staticImport), ...collect(reExport)])],
    dynamic: [...new Set(collect(dynamicImport))],
  };
}

/**
 * @typedef {{ raw: number, gzip: number, brotli: number }} Sizes
 * @typedef {{ file: string } & Sizes & { imports: string[], dynamicImports: string[] }} FileSizes
 * @typedef {{ name: string, files: string[], budget?: number, target?: number } & Sizes} Group
 * @typedef {{ distDir: string, files: FileSizes[], groups: Group[] }} SizeReport
 */

/**
 * Measure the script-tag files in `distDir`.
 * @param {string} distDir
 * @returns {Promise<SizeReport>}
 */
export async function measure(distDir) {
  const names = [loaderFile, bundleFile].filter((name) => existsSync(path.join(distDir, name)));
  const chunkDir = path.join(distDir, 'chunks');
  if (existsSync(chunkDir)) {
    for (const entry of (await readdir(chunkDir)).sort()) {
      if (entry.endsWith('.js')) {
        names.push(`chunks/${entry}`);
      }
    }
  }
  /** @type {FileSizes[]} */
  const files = [];
  for (const file of names) {
    const content = await readFile(path.join(distDir, file));
    const imports =
      file === bundleFile ? { static: [], dynamic: [] } : importsOf(file, content.toString('utf8'));
    files.push({ file, ...sizes(content), imports: imports.static, dynamicImports: imports.dynamic });
  }
  const byName = new Map(files.map((entry) => [entry.file, entry]));

  /** The files `roots` pull in before they run: themselves and their static imports, transitively. */
  const staticClosure = (roots) => {
    const seen = new Set();
    const visit = (file) => {
      if (seen.has(file) || !byName.has(file)) return;
      seen.add(file);
      for (const imported of byName.get(file).imports) visit(imported);
    };
    roots.forEach(visit);
    return seen;
  };
  const total = (group) => {
    const sum = { raw: 0, gzip: 0, brotli: 0 };
    for (const file of group) {
      const entry = byName.get(file);
      sum.raw += entry.raw;
      sum.gzip += entry.gzip;
      sum.brotli += entry.brotli;
    }
    return sum;
  };

  /** @type {Group[]} */
  const groups = [];
  const bannerChunk = files.find((entry) => bannerChunkPattern.test(entry.file));
  if (byName.has(loaderFile)) {
    const needed = staticClosure([loaderFile, ...(bannerChunk ? [bannerChunk.file] : [])]);
    // The catalog chunks the banner path can load (its parts of every language), by language; the
    // heaviest language counts, with whatever its chunks import.
    const byLocale = new Map();
    for (const file of new Set([...needed].flatMap((file) => byName.get(file).dynamicImports))) {
      const locale = localeChunkPattern.exec(file)?.[1];
      if (locale === undefined || !byName.has(file) || needed.has(file)) continue;
      byLocale.set(locale, [...(byLocale.get(locale) ?? []), file]);
    }
    const heaviest = [...byLocale.values()]
      .map((roots) => [...staticClosure(roots)].filter((file) => !needed.has(file)))
      .sort((a, b) => total(b).gzip - total(a).gzip)[0];
    for (const file of heaviest ?? []) needed.add(file);
    const list = [...needed];
    groups.push({
      name: bannerChunk ? 'loader + overdue-banner' : 'loader (no overdue-banner chunk found)',
      files: list,
      budget: budgets.loaderWithBanner,
      target: targets.loaderWithBanner,
      ...total(list),
    });
  }
  if (byName.has(bundleFile)) {
    groups.push({
      name: bundleFile,
      files: [bundleFile],
      budget: budgets.bundle,
      target: targets.bundle,
      ...total([bundleFile]),
    });
  }
  return { distDir, files, groups };
}

/** Budget violations as sentences; empty when everything fits. */
export function checkBudgets(report) {
  const failures = [];
  if (report.groups.length === 0) {
    failures.push(`nothing to measure in ${report.distDir}: build the loader and the bundle first`);
  }
  for (const group of report.groups) {
    if (group.budget !== undefined && group.gzip > group.budget) {
      failures.push(
        `${group.name}: ${kB(group.gzip)} gzip > ${kB(group.budget)} (${group.files.join(', ')})`,
      );
    }
  }
  return failures;
}

const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;

/** The report as a plain-text table. */
export function formatReport(report) {
  const rows = [
    ['file', 'raw', 'gzip', 'brotli', 'ceiling (gzip)', 'target (gzip)'],
    ...report.files.map((entry) => [entry.file, kB(entry.raw), kB(entry.gzip), kB(entry.brotli), '', '']),
    ...report.groups.map((group) => [
      `= ${group.name}`,
      kB(group.raw),
      kB(group.gzip),
      kB(group.brotli),
      group.budget === undefined ? '' : `${kB(group.budget)} ${group.gzip > group.budget ? 'OVER' : 'ok'}`,
      group.target === undefined
        ? ''
        : `${kB(group.target)} ${group.gzip > group.target ? `not met (+${kB(group.gzip - group.target)})` : 'met'}`,
    ]),
  ];
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  return rows
    .map((row) =>
      row
        .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
        .join('  '),
    )
    .join('\n');
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const distDir = path.resolve(process.argv[2] ?? fileURLToPath(new URL('../dist', import.meta.url)));
  const report = await measure(distDir);
  console.log(formatReport(report));
  const failures = checkBudgets(report);
  for (const failure of failures) {
    console.error(`Over budget: ${failure}`);
  }
  process.exitCode = failures.length > 0 ? 1 : 0;
}
