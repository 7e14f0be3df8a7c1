import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from '../../../scripts/build.mjs';
import { measure, type SizeReport } from '../../../scripts/size-budget.mjs';
import type { PreloadManifest } from '../../../src/preload';

/**
 * The chunk graph `scripts/build.mjs` writes into `amicable.js` for its preloader, checked against
 * the imports the built files really make (read back from the files, as the size report does).
 */
let outDir: string;
let loaderSource: string;
let mapSource: string;
let report: SizeReport;
let manifest: PreloadManifest;

beforeAll(async () => {
  outDir = await mkdtemp(path.join(tmpdir(), 'amicable-preload-'));
  await build({ outDir, targets: ['loader'], logLevel: 'error' });
  loaderSource = await readFile(path.join(outDir, 'amicable.js'), 'utf8');
  mapSource = await readFile(path.join(outDir, 'amicable.js.map'), 'utf8');
  report = await measure(outDir);
  const declaration = /^const __AMICABLE_PRELOAD__=(.*);$/m.exec(loaderSource);
  manifest = JSON.parse(declaration![1]!) as PreloadManifest;
}, 60_000);

afterAll(async () => {
  if (outDir !== undefined) await rm(outDir, { recursive: true, force: true });
});

const file = (name: string) => `chunks/${name}.js`;
const names = (indexes: readonly number[]) => indexes.map((index) => file(manifest.files[index]!)).sort();

/** `roots` and every file they import statically, as the built files say. */
function closure(roots: string[]): string[] {
  const imports = new Map(report.files.map((entry) => [entry.file, entry.imports]));
  const seen = new Set<string>();
  const visit = (name: string) => {
    if (seen.has(name)) return;
    seen.add(name);
    for (const imported of imports.get(name) ?? []) visit(imported);
  };
  roots.forEach(visit);
  return [...seen].sort();
}

const chunkMatching = (pattern: RegExp) => {
  const found = report.files.filter((entry) => pattern.test(entry.file));
  expect(found, String(pattern)).toHaveLength(1);
  return found[0]!.file;
};

describe('the preload manifest in amicable.js', () => {
  it('comes with a loader that imports nothing statically and that no chunk imports', () => {
    expect(report.files.find((entry) => entry.file === 'amicable.js')!.imports).toEqual([]);
    for (const entry of report.files) {
      expect([...entry.imports, ...entry.dynamicImports], entry.file).not.toContain('amicable.js');
    }
    // The compile hint and the declaration are lines of their own, and the source map moved down
    // by those two lines.
    expect(loaderSource.split('\n').slice(0, 2)).toEqual([
      '//# allFunctionsCalledOnLoad',
      expect.stringMatching(/^const __AMICABLE_PRELOAD__=/),
    ]);
    expect((JSON.parse(mapSource) as { mappings: string }).mappings).toMatch(/^;;[^;]/);
  });

  it("asks V8 to compile the banner path's code while it streams in, and not the copy", async () => {
    const hinted: string[] = [];
    for (const entry of report.files) {
      const source = await readFile(path.join(outDir, entry.file), 'utf8');
      if (source.startsWith('//# allFunctionsCalledOnLoad\n')) hinted.push(entry.file);
    }
    const banner = manifest.elements['amicable-overdue-banner']!;
    const bannerCode = names([...new Set([...manifest.loader, ...banner.code])]).filter(
      (name) => !name.includes('/locale-'),
    );
    expect(hinted.sort()).toEqual(['amicable.js', ...bannerCode].sort());
    expect(names(banner.copy.en!).some((name) => hinted.includes(name))).toBe(false);
  });

  it("lists the loader's own code: the module amicable.js imports and everything that imports", () => {
    const imported = report.files.find((entry) => entry.file === 'amicable.js')!.dynamicImports;
    expect(imported).toHaveLength(1);
    expect(names(manifest.loader)).toEqual(closure(imported));
  });

  it("lists the code the loader's code imports only when the client first needs it: ky, off the banner's path", () => {
    const loaderCode = names(manifest.loader);
    const elementChunks = Object.keys(manifest.elements).map((tag) =>
      chunkMatching(new RegExp(`^chunks/${tag.slice('amicable-'.length)}-[\\w-]{8}\\.js$`)),
    );
    const lazy = report.files
      .filter((entry) => loaderCode.includes(entry.file))
      .flatMap((entry) => entry.dynamicImports)
      .filter((file) => !elementChunks.includes(file));
    expect(names(manifest.client)).toEqual(closure(lazy).filter((file) => !loaderCode.includes(file)));
    expect(names(manifest.client)).toEqual([chunkMatching(/^chunks\/ky-[\w-]{8}\.js$/)]);
    const banner = manifest.elements['amicable-overdue-banner']!;
    expect(names(banner.code)).not.toContain(names(manifest.client)[0]);
  });

  it("lists each element's chunk and every chunk it imports statically, and only shipped elements", () => {
    expect(Object.keys(manifest.elements).sort()).toEqual(
      ['dispute-form', 'instalment-proposer', 'invoice-explainer', 'overdue-banner', 'pay-now'].map(
        (name) => `amicable-${name}`,
      ),
    );
    for (const [tag, chunks] of Object.entries(manifest.elements)) {
      const element = chunkMatching(new RegExp(`^chunks/${tag.slice('amicable-'.length)}-[\\w-]{8}\\.js$`));
      expect(names(chunks.code), tag).toEqual(closure([element]));
    }
  });

  it("lists the banner's copy per language: its part and the common one, with what they import", () => {
    const banner = manifest.elements['amicable-overdue-banner']!;
    expect(Object.keys(banner.copy).sort()).toEqual(['de', 'en', 'nb', 'nl']);
    for (const locale of ['de', 'en', 'nb', 'nl']) {
      const parts = ['banner', 'common'].map((part) =>
        chunkMatching(new RegExp(`^chunks/locale-${locale}-${part}-`)),
      );
      const code = names(banner.code);
      expect(names(banner.copy[locale]!), locale).toEqual(
        closure(parts).filter((name) => !code.includes(name)),
      );
    }
  });

  it('maps languages to catalogs as the copy negotiates them, and leaves the rest to English', () => {
    expect(manifest.languages).toEqual({ de: 'de', en: 'en', nb: 'nb', nl: 'nl', nn: 'nb', no: 'nb' });
  });
});
