#!/usr/bin/env node
/**
 * `npm run build`: everything in `dist/`, plus `custom-elements.json`.
 *
 *   dist/esm/                 the npm package's ES modules (dependencies external, not minified)
 *   dist/amicable.js          the script-tag loader (ES module) and its lazily loaded dist/chunks/
 *   dist/amicable.bundle.js   one classic script (IIFE) with every element
 *   dist/server/              the reference API for Node (index, main, cli), node_modules external
 *   dist/types/               type declarations (tsc -p tsconfig.build.json)
 *   custom-elements.json      the Custom Elements Manifest (cem analyze)
 *
 * then prints the size report (and warns when a budget is exceeded; `node scripts/size-budget.mjs`
 * and the unit suite fail on it).
 *
 * Usage: node scripts/build.mjs [--only=esm,loader,bundle,server,types,manifest,size] [--out-dir=dist]
 * The exported `build()` does the same from code (tests build into a temporary directory).
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport, build as viteBuild } from 'vite';
import { checkBudgets, formatReport, measure } from './size-budget.mjs';

export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Every build target, in the order `build()` runs them. */
export const allTargets = ['esm', 'loader', 'bundle', 'server', 'types', 'manifest', 'size'];

/** Browsers the script-tag files and the npm modules are written for (custom states, adoptedStyleSheets). */
const browserTarget = 'es2022';

const fromRoot = (...segments) => path.join(projectRoot, ...segments);

/** A source module, run through Vite, for values the build shares with the code it builds. */
async function importSource(file) {
  // runnerImport sets NODE_ENV=development when it is unset; keep the caller's environment as it was.
  const nodeEnv = process.env.NODE_ENV;
  const { module } = await runnerImport(fromRoot(file), { configFile: false, logLevel: 'silent' });
  if (nodeEnv === undefined) delete process.env.NODE_ENV;
  else process.env.NODE_ENV = nodeEnv;
  return module;
}

/** The element list of `components/base/elements.ts`, read through Vite so it stays the one source. */
async function listElements() {
  const { elementNames } = await importSource('components/base/elements.ts');
  return elementNames.filter((name) => existsSync(fromRoot('components', name, 'define.ts')));
}

/**
 * Language subtag → catalog for every two-letter language, as `negotiateLocale` decides, leaving out
 * those that fall back to English: the loader picks which copy to preload with it.
 */
async function catalogLanguages() {
  const { negotiateLocale } = await importSource('src/client/i18n/format.ts');
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const languages = {};
  for (const first of letters) {
    for (const second of letters) {
      const language = first + second;
      const catalog = negotiateLocale([language]);
      if (catalog !== 'en' || language === 'en') languages[language] = catalog;
    }
  }
  return languages;
}

async function dependencyPattern() {
  const pkg = JSON.parse(await readFile(fromRoot('package.json'), 'utf8'));
  const names = Object.keys(pkg.dependencies ?? {});
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
  return new RegExp(`^(${escaped.join('|')})(/|$)`);
}

/**
 * Chunk names say what a chunk is, for the size report and for whoever reads the network panel:
 * an element's define module is `chunks/<element>-<hash>.js`, one part of a message catalog
 * (`i18n/<locale>/<part>.ts`) `chunks/locale-<locale>-<part>-<hash>.js`, a whole catalog (the npm
 * modules' `loadMessages`) `chunks/locale-<locale>-<hash>.js`, the table a shared part is loaded
 * through `chunks/copy-<part>-<hash>.js`.
 */
function chunkFileNames(chunk) {
  const id = chunk.facadeModuleId ?? '';
  const element = id.match(/components\/([^/]+)\/define\.ts$/);
  if (element) return `chunks/${element[1]}-[hash].js`;
  const part = id.match(/\/i18n\/([a-z]{2})\/([\w-]+)\.ts$/);
  if (part) return `chunks/locale-${part[1]}-${part[2]}-[hash].js`;
  const catalog = id.match(/\/i18n\/([a-z]{2})\.ts$/);
  if (catalog) return `chunks/locale-${catalog[1]}-[hash].js`;
  // ky, which the client imports the first time a call needs it.
  if (
    chunk.moduleIds.length > 0 &&
    chunk.moduleIds.every((module) => /[\\/]node_modules[\\/]ky[\\/]/.test(module))
  ) {
    return 'chunks/ky-[hash].js';
  }
  // Where a part shared by several elements is loaded from (`i18n/sources/pay-now.ts`): not to be
  // mistaken for the element of the same name.
  if (chunk.moduleIds.length > 0 && chunk.moduleIds.every((module) => module.includes('/i18n/sources/'))) {
    return 'chunks/copy-[name]-[hash].js';
  }
  return 'chunks/[name]-[hash].js';
}

function common(logLevel) {
  return {
    root: projectRoot,
    configFile: false,
    logLevel,
    clearScreen: false,
    publicDir: false,
    mode: 'production',
  };
}

/**
 * Browser builds resolve packages' production exports (Lit's dev build warns and is twice the
 * size) whatever NODE_ENV the caller runs under (vitest sets `test`, which Vite would read).
 */
const browserResolve = {
  resolve: { conditions: ['module', 'browser', 'production'] },
  define: { 'process.env.NODE_ENV': JSON.stringify('production') },
};

/**
 * zod/mini builds schemas with plain function calls (`z.object(...)`, `.check(...)`) that the
 * bundler cannot prove free of side effects, so every schema of the contract would ship even where
 * only one is used. They are pure: declaring them so lets unused schemas drop out.
 */
const browserTreeshake = { manualPureFunctions: ['z'] };

/**
 * The script-tag files are what browsers run, not input to another bundler: the `@__PURE__`
 * annotations the minifier keeps by default for bundlers (dozens per chunk) are dead bytes there.
 * No comments at all, as the minifier already did for every other kind.
 */
const scriptTagComments = false;

async function buildEsm(outDir, logLevel) {
  const entry = { index: fromRoot('src/index.ts') };
  for (const name of await listElements()) {
    entry[name] = fromRoot('components', name, 'define.ts');
  }
  const external = await dependencyPattern();
  await viteBuild({
    ...common(logLevel),
    ...browserResolve,
    build: {
      outDir: path.join(outDir, 'esm'),
      emptyOutDir: true,
      target: browserTarget,
      minify: false,
      sourcemap: true,
      lib: { entry, formats: ['es'] },
      rolldownOptions: {
        external: (id) => external.test(id),
        output: { entryFileNames: '[name].js', chunkFileNames },
      },
    },
  });
}

/** The global `src/loader.ts` reads its {@link preloadManifest} from. */
const preloadManifestName = '__AMICABLE_PRELOAD__';

/**
 * Writes into `amicable.js` the chunk graph its preloader needs (`PreloadManifest` of
 * `src/preload.ts`): the loader's own code, and for each element the chunks of its code and, per
 * catalog, the parts of its copy, each with everything it imports statically. A declaration on a
 * line of its own before the code, so the source map only shifts by one line. Also marks the files
 * of the banner's path for eager compiling (`compileEagerlyHint`).
 *
 * Also keeps the loader's contract: `amicable.js` imports nothing statically (or nothing could be
 * preloaded before those imports arrive), and no chunk imports it (a page loading
 * `amicable.js?v=2` would run it twice, under two URLs).
 */
function preloadManifest(languages) {
  return {
    name: 'amicable-preload-manifest',
    generateBundle(_options, bundle) {
      const entry = bundle['amicable.js'];
      if (entry?.type !== 'chunk') {
        throw new Error('amicable-preload-manifest: no amicable.js in the loader build');
      }
      const chunks = new Map(
        Object.values(bundle)
          .filter((item) => item.type === 'chunk')
          .map((chunk) => [chunk.fileName, chunk]),
      );
      if (entry.imports.length > 0) {
        throw new Error(`amicable.js must not import statically, but imports ${entry.imports.join(', ')}`);
      }
      for (const chunk of chunks.values()) {
        if (chunk.imports.includes(entry.fileName) || chunk.dynamicImports.includes(entry.fileName)) {
          throw new Error(`${chunk.fileName} imports amicable.js; move what they share out of src/loader.ts`);
        }
      }
      const chunkOf = new Map([...chunks.values()].map((chunk) => [chunk.facadeModuleId, chunk.fileName]));
      const files = [];
      const indexOf = (file) => {
        let index = files.indexOf(file);
        if (index === -1) index = files.push(file) - 1;
        return index;
      };
      const closure = (roots) =>
        [...reachable(roots, (file) => chunks.get(file)?.imports ?? [])].map(indexOf);
      // The copy an element loads: the parts whose source (`i18n/sources/<part>.ts`) its code holds.
      const copyOf = (code) => {
        const parts = {};
        for (const file of code) {
          for (const id of chunks.get(file)?.moduleIds ?? []) {
            if (!/\/i18n\/sources\/[\w-]+\.ts$/.test(id)) continue;
            for (const imported of this.getModuleInfo(id)?.dynamicallyImportedIds ?? []) {
              const locale = /\/i18n\/([a-z]{2})\/[\w-]+\.ts$/.exec(imported)?.[1];
              const chunk = chunkOf.get(imported);
              if (locale === undefined || chunk === undefined) continue;
              parts[locale] = [...(parts[locale] ?? []), chunk];
            }
          }
        }
        // Without the element's own code, which is preloaded with it anyway.
        return Object.fromEntries(
          Object.entries(parts).map(([locale, roots]) => [
            locale,
            closure(roots).filter((index) => !code.includes(files[index])),
          ]),
        );
      };
      const elements = {};
      for (const chunk of chunks.values()) {
        const name = chunk.facadeModuleId?.match(/components\/([^/]+)\/define\.ts$/)?.[1];
        if (name === undefined || !chunk.isDynamicEntry) continue;
        const code = closure([chunk.fileName]);
        elements[`amicable-${name}`] = { code, copy: copyOf(code.map((index) => files[index])) };
      }
      const loader = closure(entry.dynamicImports);
      // What the loader's code imports only when it first needs it (ky, for the client's first call
      // that no early answer covers): every dynamic import of those chunks but the elements'.
      const elementFiles = new Set(
        [...chunks.values()]
          .filter(
            (chunk) =>
              chunk.isDynamicEntry && /components\/[^/]+\/define\.ts$/.test(chunk.facadeModuleId ?? ''),
          )
          .map((chunk) => chunk.fileName),
      );
      const client = closure(
        loader
          .flatMap((index) => chunks.get(files[index])?.dynamicImports ?? [])
          .filter((file) => !elementFiles.has(file)),
      ).filter((index) => !loader.includes(index));
      // Every chunk is `chunks/<name>.js`: the loader adds what they all share.
      const names = files.map((file) => {
        const name = /^chunks\/(.+)\.js$/.exec(file)?.[1];
        if (name === undefined) throw new Error(`amicable-preload-manifest: ${file} is not chunks/<name>.js`);
        return name;
      });
      const manifest = { files: names, loader, client, elements, languages };
      prependLine(bundle, entry, `const ${preloadManifestName}=${JSON.stringify(manifest)};`);
      // The banner's first paint runs nearly every function of these files.
      const bannerPath = new Set([...loader, ...(elements['amicable-overdue-banner']?.code ?? [])]);
      for (const file of [entry.fileName, ...[...bannerPath].map((index) => files[index])]) {
        const chunk = chunks.get(file);
        if (chunk !== undefined && !/^chunks\/locale-/.test(file))
          prependLine(bundle, chunk, compileEagerlyHint);
      }
    },
  };
}

/**
 * V8's explicit compile hint (Chrome 136+; other engines read a comment): compile every function
 * of the file while it streams in, on a background thread, instead of each on the main thread the
 * first time it is called. For the files whose functions the banner's first paint nearly all calls.
 * Not for the copy, of which a page shows a few messages out of many.
 */
const compileEagerlyHint = '//# allFunctionsCalledOnLoad';

/** Put `line` first in `chunk`'s code, its source map shifted by one line to match. */
function prependLine(bundle, chunk, line) {
  chunk.code = `${line}\n${chunk.code}`;
  const map = bundle[chunk.sourcemapFileName ?? `${chunk.fileName}.map`];
  if (map?.type === 'asset') {
    const parsed = JSON.parse(String(map.source));
    parsed.mappings = `;${parsed.mappings}`;
    map.source = JSON.stringify(parsed);
  }
}

/** `roots` and everything reachable from them through `next` (static imports, of modules or chunks). */
function reachable(roots, next) {
  const seen = new Set();
  const visit = (node) => {
    if (seen.has(node)) return;
    seen.add(node);
    for (const imported of next(node)) visit(imported);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * What the banner needs besides its own code and the script-tag loader's (`src/script-tag.ts` and
 * what it imports: the client, zod), in one chunk: Lit, the base element, the contract of the
 * account, the i18n helpers its copy imports, the events it sends. Left to itself the bundler made
 * six chunks of these (some of half a kilobyte), and each file costs the page a request, a module
 * to instantiate and, on the second visit, a task producing its code cache. The loader's own code
 * stays apart: it runs while the customer token is on its way, this chunk once the account read
 * has gone out. The banner's own files (its folder, its copy source) stay in its chunk, its copy in
 * the catalog chunks, and what only other elements use in theirs.
 */
function uiChunk() {
  const scriptTag = fromRoot('src/script-tag.ts');
  const banner = fromRoot('components/overdue-banner/define.ts');
  const bannerOwn = /[\\/]components[\\/]overdue-banner[\\/]|[\\/]i18n[\\/]sources[\\/]banner\.ts$/;
  const catalogPart = /[\\/]i18n[\\/][a-z]{2}[\\/][\w-]+\.ts$/;
  const copySource = /[\\/]i18n[\\/]sources[\\/]/;
  // Reached from the loader's code only through zod/mini's index; its date and time schemas are the
  // contract's (in this chunk), and left alone it would be a chunk of 0.3 kB.
  const usedByContractOnly = /[\\/]zod[\\/]v4[\\/]mini[\\/]iso\.js$/;
  let members;
  const closure = (ctx, roots) => reachable(roots, (id) => ctx.getModuleInfo(id)?.importedIds ?? []);
  const membersOf = (ctx) => {
    const bannerCode = closure(ctx, [banner]);
    // The catalog parts the banner loads, in every language: what they import is shared too.
    const parts = [...bannerCode]
      .filter((id) => copySource.test(id))
      .flatMap((id) => ctx.getModuleInfo(id)?.dynamicallyImportedIds ?? [])
      .filter((id) => catalogPart.test(id));
    const loaderCode = closure(ctx, [scriptTag]);
    return new Set(
      [...closure(ctx, [banner, ...parts])].filter(
        (id) =>
          (!loaderCode.has(id) || usedByContractOnly.test(id)) &&
          !bannerOwn.test(id) &&
          !catalogPart.test(id),
      ),
    );
  };
  return {
    debugName: 'ui',
    name: (id, ctx) => {
      members ??= membersOf(ctx);
      return members.has(id) ? 'ui' : null;
    },
    // What the members import from the loader's code stays there (which needs
    // `preserveEntrySignatures` other than 'strict').
    includeDependenciesRecursively: false,
  };
}

// Library mode for the script-tag files too: an app build would wrap every dynamic import in
// Vite's preload helper (about 1 kB, and `import.meta` breaks in the IIFE); `preloadManifest`
// does what we need of it, earlier (before an element's chunk is imported) and for its copy too.
// Library mode leaves ES output unminified by default, so `output.minify` asks for it.
async function buildLoader(outDir, logLevel) {
  const languages = await catalogLanguages();
  await viteBuild({
    ...common(logLevel),
    ...browserResolve,
    build: {
      outDir,
      emptyOutDir: false,
      target: browserTarget,
      sourcemap: true,
      lib: { entry: { amicable: fromRoot('src/loader.ts') }, formats: ['es'] },
      rolldownOptions: {
        treeshake: browserTreeshake,
        plugins: [preloadManifest(languages)],
        // `amicable.js` exports nothing, and `preloadManifest` refuses a build where a chunk imports it.
        preserveEntrySignatures: 'allow-extension',
        output: {
          entryFileNames: '[name].js',
          chunkFileNames,
          minify: true,
          comments: scriptTagComments,
          codeSplitting: { groups: [uiChunk()] },
        },
      },
    },
  });
}

/**
 * Puts every part of every message catalog at the start of the bundle, part by part (each
 * language's common words, then each language's banner copy, …), by importing them at the top of
 * `src/bundle.ts`. The imports only order modules: the parts are in the bundle anyway, but would sit
 * wherever an element first asks for them, scattered between code. Side by side, gzip finds what
 * the languages' parts share (keys, sentence shapes): the bundle is about 5 kB smaller.
 */
function catalogsFirst() {
  const entry = fromRoot('src/bundle.ts');
  return {
    name: 'amicable-catalogs-first',
    async transform(code, id) {
      if (id !== entry) return undefined;
      const i18n = fromRoot('src/client/i18n');
      const locales = (await readdir(i18n, { withFileTypes: true }))
        .filter((item) => item.isDirectory() && /^[a-z]{2}$/.test(item.name))
        .map((item) => item.name)
        .sort();
      const parts = locales.length === 0 ? [] : (await readdir(path.join(i18n, locales[0]))).sort();
      const imports = parts.flatMap((part) =>
        locales.map((locale) => `import ${JSON.stringify(path.join(i18n, locale, part))};`),
      );
      // On the first line, so the lines of the source map stay right.
      return { code: imports.join('') + code, map: null };
    },
  };
}

async function buildBundle(outDir, logLevel) {
  await viteBuild({
    ...common(logLevel),
    ...browserResolve,
    plugins: [catalogsFirst()],
    build: {
      outDir,
      emptyOutDir: false,
      target: browserTarget,
      sourcemap: true,
      lib: {
        entry: fromRoot('src/bundle.ts'),
        formats: ['iife'],
        name: 'Amicable',
        fileName: () => 'amicable.bundle.js',
      },
      rolldownOptions: {
        treeshake: browserTreeshake,
        output: { codeSplitting: false, minify: true },
      },
    },
  });
}

async function buildServer(outDir, logLevel) {
  const input = {};
  for (const name of ['index', 'main', 'cli']) {
    const file = fromRoot('src/server', `${name}.ts`);
    if (existsSync(file)) {
      input[name] = file;
    }
  }
  if (Object.keys(input).length === 0) {
    return;
  }
  await viteBuild({
    ...common(logLevel),
    ssr: { external: true, target: 'node' },
    build: {
      outDir: path.join(outDir, 'server'),
      emptyOutDir: true,
      ssr: true,
      target: 'node20',
      minify: false,
      sourcemap: true,
      rolldownOptions: {
        input,
        // Every bare import (packages and node: built-ins) stays a runtime import.
        external: (id) => !id.startsWith('.') && !path.isAbsolute(id) && !id.startsWith('\0'),
        output: { format: 'es', entryFileNames: '[name].js', chunkFileNames: 'chunks/[name]-[hash].js' },
      },
    },
  });
}

function run(command, args) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: projectRoot, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0
        ? resolve()
        : reject(new Error(`${path.basename(command)} ${args.join(' ')} exited with ${code}`)),
    );
  });
}

const bin = (name) => fromRoot('node_modules', '.bin', name);

async function buildTypes(outDir) {
  await run(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', path.join(outDir, 'types')]);
}

async function buildManifest() {
  await run(bin('cem'), ['analyze', '--litelement', '--config', 'custom-elements-manifest.config.mjs']);
}

/**
 * Build `targets` into `outDir` (default `dist/` of the project).
 * @param {{ outDir?: string, targets?: string[], logLevel?: 'info' | 'warn' | 'error' | 'silent' }} [options]
 * @returns {Promise<{ outDir: string, report?: import('./size-budget.mjs').SizeReport }>}
 */
export async function build({ outDir = fromRoot('dist'), targets = allTargets, logLevel = 'warn' } = {}) {
  const unknown = targets.filter((target) => !allTargets.includes(target));
  if (unknown.length > 0) {
    throw new Error(`Unknown build target(s): ${unknown.join(', ')}. Known: ${allTargets.join(', ')}.`);
  }
  const absoluteOutDir = path.resolve(projectRoot, outDir);
  const wants = (target) => targets.includes(target);
  const steps = {
    esm: () => buildEsm(absoluteOutDir, logLevel),
    loader: async () => {
      // Chunk names carry content hashes: stale chunks must not pile up.
      await rm(path.join(absoluteOutDir, 'chunks'), { recursive: true, force: true });
      await buildLoader(absoluteOutDir, logLevel);
    },
    bundle: () => buildBundle(absoluteOutDir, logLevel),
    server: () => buildServer(absoluteOutDir, logLevel),
    types: async () => {
      await rm(path.join(absoluteOutDir, 'types'), { recursive: true, force: true });
      await buildTypes(absoluteOutDir);
    },
    manifest: () => buildManifest(),
  };
  // A failing step (a type error, say) does not stop the others: dist/ stays as usable as it can
  // be, and the build still fails at the end, naming every step that failed.
  const failures = [];
  for (const [target, step] of Object.entries(steps)) {
    if (!wants(target)) continue;
    try {
      await step();
    } catch (error) {
      failures.push({ target, error });
    }
  }
  const report = wants('size') ? await measure(absoluteOutDir) : undefined;
  if (failures.length > 0) {
    const error = new AggregateError(
      failures.map((failure) => failure.error),
      `Build failed: ${failures.map((failure) => `${failure.target} (${failure.error.message})`).join('; ')}`,
    );
    error.report = report;
    throw error;
  }
  return { outDir: absoluteOutDir, report };
}

function printReport(report) {
  if (report === undefined) return;
  console.log(formatReport(report));
  // Reported, not fatal: the demo and the e2e suite need dist/ even while a budget is exceeded.
  // `node scripts/size-budget.mjs` and test/unit/build/size-budget.test.ts enforce the budgets.
  for (const failure of checkBudgets(report)) {
    console.warn(`Over budget: ${failure}`);
  }
}

async function main() {
  const option = (name) => process.argv.find((arg) => arg.startsWith(`--${name}=`))?.split('=')[1];
  const targets = option('only')?.split(',') ?? allTargets;
  const started = performance.now();
  try {
    const { report } = await build({ outDir: option('out-dir'), targets, logLevel: 'warn' });
    console.log(`Built ${targets.join(', ')} in ${((performance.now() - started) / 1000).toFixed(1)} s.`);
    printReport(report);
  } catch (error) {
    printReport(error.report);
    console.error(error.message);
    process.exitCode = 1;
  }
}

if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
