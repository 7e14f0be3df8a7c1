import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../scripts/build.mjs';
import { budgets, checkBudgets, formatReport, type SizeReport } from '../../../scripts/size-budget.mjs';

let outDir: string;
let report: SizeReport;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'amicable-size-'));
  const result = await build({ outDir, targets: ['loader', 'bundle', 'size'], logLevel: 'error' });
  report = result.report!;
  console.log(formatReport(report));
}, 60_000);

afterAll(async () => {
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

const group = (prefix: string) => report.groups.find((candidate) => candidate.name.startsWith(prefix));

describe('the script-tag build', () => {
  it('splits the banner into its own lazily imported chunk', () => {
    const loader = report.files.find((file) => file.file === 'amicable.js');
    const banner = report.files.find((file) => /^chunks\/overdue-banner-[\w-]+\.js$/.test(file.file));
    expect(loader).toBeDefined();
    expect(banner).toBeDefined();
    // amicable.js imports nothing statically; it imports the loader's code, which imports the banner.
    expect(loader!.imports).toEqual([]);
    const loaderCode = report.files.filter((file) => loader!.dynamicImports.includes(file.file));
    expect(loaderCode.flatMap((file) => file.dynamicImports)).toContain(banner!.file);
    expect(loaderCode.flatMap((file) => file.imports)).not.toContain(banner!.file);
  });

  it('counts the loader, the banner and every chunk they import statically', () => {
    const needed = group('loader + overdue-banner');
    expect(needed).toBeDefined();
    const byName = new Map(report.files.map((file) => [file.file, file]));
    for (const file of needed!.files) {
      for (const imported of byName.get(file)!.imports) {
        expect(needed!.files).toContain(imported);
      }
    }
    expect(needed!.gzip).toBe(needed!.files.reduce((sum, file) => sum + byName.get(file)!.gzip, 0));
  });

  it('loads message catalogs per locale and part, none of them up front', () => {
    const needed = group('loader + overdue-banner')!;
    const catalogs = report.files.filter((file) => /^chunks\/locale-(en|nb|nl|de)-/.test(file.file));
    const parts = (locale: string) =>
      catalogs
        .map((file) => new RegExp(`^chunks/locale-${locale}-([a-z-]+)-[\\w-]{8}\\.js$`).exec(file.file)?.[1])
        .filter((part) => part !== undefined)
        .sort();
    const everyPart = ['banner', 'common', 'dispute', 'explainer', 'pay-now', 'plan', 'validation'];
    for (const locale of ['en', 'nb', 'nl', 'de']) {
      expect(parts(locale), locale).toEqual(everyPart);
    }
    const byName = new Map(report.files.map((file) => [file.file, file]));
    const isCatalog = (file: string) => catalogs.some((catalog) => catalog.file === file);
    // A part may import its language's common part (number and plural helpers); nothing else may.
    const staticallyLoaded = needed.files.filter((file) =>
      needed.files.some((other) => !isCatalog(other) && byName.get(other)!.imports.includes(file)),
    );
    for (const catalog of catalogs) {
      expect(staticallyLoaded, `${catalog.file} must not be a static import`).not.toContain(catalog.file);
    }
    // The budget counts one language (the heaviest), and of it only what the banner loads.
    const counted = needed.files
      .filter(isCatalog)
      .map((file) => /^chunks\/locale-(\w+)-([a-z-]+)-/.exec(file)!.slice(1));
    const language = counted[0]?.[0];
    expect(counted.map((part) => part.join(' ')).sort()).toEqual([
      `${language} banner`,
      `${language} common`,
    ]);
  });

  it('ships the bundle as one classic script without module syntax or further requests', async () => {
    const source = await readFile(path.join(outDir, 'amicable.bundle.js'), 'utf8');
    expect(source).not.toMatch(/\bimport\s*\(|^\s*(import|export)\s/m);
    expect(source).not.toMatch(/import\.meta/);
  });

  it(`keeps the loader plus everything the banner needs under its ceiling of ${budgets.loaderWithBanner / 1000} kB gzip`, () => {
    expect(checkBudgets({ ...report, groups: [group('loader + overdue-banner')!] })).toEqual([]);
  });

  it(`keeps amicable.bundle.js under its ceiling of ${budgets.bundle / 1000} kB gzip`, () => {
    expect(checkBudgets({ ...report, groups: [group('amicable.bundle.js')!] })).toEqual([]);
  });
});
