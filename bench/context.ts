import type { Browser, BrowserContext } from 'playwright-core';

/**
 * A fresh browser context for benchmark pages. Functions handed to `page.evaluate` are serialised
 * as written; a transpiler that keeps function names (esbuild's keepNames, which tsx uses) wraps
 * them in a `__name` helper that the page lacks, so the page gets a harmless one.
 */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  const context = await browser.newContext();
  await context.addInitScript('globalThis.__name ??= (target) => target;');
  return context;
}
