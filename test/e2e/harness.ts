/**
 * What every end-to-end test needs: Debian's Chromium through playwright-core, servers started
 * and stopped as child processes, a tiny static file server, console and page-error capture, and
 * screenshots in `test-results/e2e/`.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import {
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
  chromium,
  type Page,
} from 'playwright-core';
import { projectRoot } from '../../scripts/build.mjs';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

export { projectRoot };

/** Where screenshots and other artefacts of failed or inspected runs go. */
export const resultsDir = path.join(projectRoot, 'test-results', 'e2e');

/** Launch headless Debian Chromium with the flags our machines need. */
export function launchBrowser(): Promise<Browser> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Chromium is not at ${chromiumPath}: apt-get install -y chromium (or set CHROMIUM_PATH).`,
    );
  }
  return chromium.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs] });
}

/** A page with everything it logged. */
export interface CapturedPage {
  page: Page;
  context: BrowserContext;
  /** `console.*` calls as `type: text`, in order. */
  console: string[];
  /** Uncaught exceptions and unhandled rejections in the page. */
  pageErrors: Error[];
  /** Requests that failed (blocked, refused, aborted), as `METHOD url: reason`. */
  failedRequests: string[];
}

/** Open a fresh context and page that records console output, page errors and failed requests. */
export async function openPage(
  browser: Browser,
  contextOptions: BrowserContextOptions = {},
): Promise<CapturedPage> {
  const context = await browser.newContext(contextOptions);
  const page = await context.newPage();
  const captured: CapturedPage = { page, context, console: [], pageErrors: [], failedRequests: [] };
  page.on('console', (message) => captured.console.push(`${message.type()}: ${message.text()}`));
  page.on('pageerror', (error) => captured.pageErrors.push(error));
  page.on('requestfailed', (request) =>
    captured.failedRequests.push(
      `${request.method()} ${request.url()}: ${request.failure()?.errorText ?? '?'}`,
    ),
  );
  return captured;
}

/** Save a full-page screenshot as `test-results/e2e/<name>.png` and return its path. */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `${name.replace(/[^\w.-]+/g, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** A child process started by `startProcess`. */
export interface RunningProcess {
  child: ChildProcess;
  /** Everything it wrote to stdout and stderr so far. */
  output(): string;
  /** Stop it (SIGTERM, then SIGKILL after a grace period) and wait until it has exited. */
  stop(): Promise<void>;
}

/**
 * Spawn `command args` in the project root with `env` added to ours, and resolve once `readyUrl`
 * answers any HTTP status. Rejects (after stopping the process) if it exits first or is not ready
 * within `timeoutMs`; the error carries its output.
 */
export async function startProcess(
  command: string,
  args: readonly string[],
  env: Record<string, string>,
  readyUrl: string,
  { timeoutMs = 30_000 }: { timeoutMs?: number } = {},
): Promise<RunningProcess> {
  const child = spawn(command, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    output += chunk.toString();
  });
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  const running: RunningProcess = {
    child,
    output: () => output,
    async stop() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const killTimer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killTimer);
    },
  };

  const deadline = Date.now() + timeoutMs;
  let exitedEarly = false;
  void exited.then(() => {
    exitedEarly = true;
  });
  while (Date.now() < deadline) {
    if (exitedEarly) {
      throw new Error(
        `${command} ${args.join(' ')} exited (code ${child.exitCode}) before ${readyUrl} answered:\n${output}`,
      );
    }
    try {
      await fetch(readyUrl, { signal: AbortSignal.timeout(1_000) });
      return running;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
  await running.stop();
  throw new Error(`${readyUrl} did not answer within ${timeoutMs} ms:\n${output}`);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
};

/** A running static server. */
export interface StaticServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  close(): Promise<void>;
}

/** What the static server answers: inline pages by path, and directories mounted under a prefix. */
export interface StaticSite {
  /** Exact path → HTML text, e.g. `{ '/': '<!doctype html>…' }`. */
  pages?: Record<string, string>;
  /** URL prefix → directory, e.g. `{ '/dist/': '/tmp/build' }`. */
  mounts?: Record<string, string>;
  /** Headers added to every response (a `Content-Security-Policy`, say). */
  headers?: Record<string, string>;
}

/** Serve `site` on a free loopback port (a minimal node:http server, GET and HEAD only). */
export async function serveStatic(site: StaticSite): Promise<StaticServer> {
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    for (const [name, value] of Object.entries(site.headers ?? {})) {
      response.setHeader(name, value);
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const page = site.pages?.[pathname];
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': contentTypes['.html']! }).end(page);
      return;
    }
    for (const [prefix, directory] of Object.entries(site.mounts ?? {})) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.resolve(directory, `.${decodeURIComponent(pathname.slice(prefix.length - 1))}`);
      if (!file.startsWith(path.resolve(directory) + path.sep)) break;
      try {
        if ((await stat(file)).isFile()) {
          const type = contentTypes[path.extname(file)] ?? 'application/octet-stream';
          response.writeHead(200, { 'content-type': type }).end(await readFile(file));
          return;
        }
      } catch {
        // falls through to 404
      }
    }
    if (pathname === '/favicon.ico') {
      // Browsers ask for it unprompted; a 404 would show up as a console error in every test.
      response.writeHead(204).end();
      return;
    }
    response.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Content-Security-Policy violations a page reported, recorded by `recordCspViolations`. */
export interface CspViolation {
  directive: string;
  blockedURI: string;
  sample: string;
  sourceFile: string;
}

/** Record `securitypolicyviolation` events from the first script on; read with `cspViolations`. */
export async function recordCspViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: unknown[] = [];
    (window as unknown as { __cspViolations: unknown[] }).__cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => {
      violations.push({
        directive: event.effectiveDirective,
        blockedURI: event.blockedURI,
        sample: event.sample,
        sourceFile: event.sourceFile,
      });
    });
  });
}

export function cspViolations(page: Page): Promise<CspViolation[]> {
  return page.evaluate(
    () => (window as unknown as { __cspViolations?: CspViolation[] }).__cspViolations ?? [],
  );
}

/** An `amicable-error` event a page saw, recorded by `recordAmicableErrors`. */
export interface AmicableErrorRecord {
  /** The element that reported it (`amicable-overdue-banner`, …). */
  element: string;
  code: string;
  retryable: boolean;
}

/** Record every `amicable-error` event (they bubble and are composed) from the first script on. */
export async function recordAmicableErrors(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const errors: unknown[] = [];
    (window as unknown as { __amicableErrors: unknown[] }).__amicableErrors = errors;
    document.addEventListener(
      'amicable-error',
      (event: Event) => {
        const { detail } = event as unknown as { detail?: { code?: string; retryable?: boolean } };
        errors.push({
          element: (event.composedPath()[0] as Element | undefined)?.localName ?? '?',
          code: detail?.code ?? '?',
          retryable: detail?.retryable === true,
        });
      },
      { capture: true },
    );
  });
}

export function amicableErrors(page: Page): Promise<AmicableErrorRecord[]> {
  return page.evaluate(
    () => (window as unknown as { __amicableErrors?: AmicableErrorRecord[] }).__amicableErrors ?? [],
  );
}

/** One axe-core rule the page breaks, with where. */
export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  /** Selectors of the offending nodes; a node in a shadow root is `host >>> inner`. */
  targets: string[];
}

const require = createRequire(import.meta.url);
let axeSource: Promise<string> | undefined;

/**
 * Runs axe-core over the whole page as it is now: the document, every open shadow root and any
 * open modal dialog. axe is put into the page through the DevTools protocol (as an extension
 * would), never as a script element, so it works under the strictest CSP and Trusted Types and
 * the page's own policy stays in force.
 *
 * axe finds a modal `<dialog>` with `document.elementsFromPoint`, which stops at shadow hosts, so
 * it cannot see that a modal opened inside a shadow root (ours) makes the rest of the page inert,
 * and would audit that inert rest as if a screen reader could reach it (reporting, for instance,
 * the page's own invoice and the dialog's copy of it as duplicate landmarks). So while such a
 * modal is open, what it blocks is marked `inert` for the length of the audit, which is what the
 * browser already does to it; the page was audited without the modal a step earlier.
 */
export async function auditAccessibility(page: Page): Promise<AxeViolation[]> {
  const present = await page.evaluate(() => typeof (window as { axe?: unknown }).axe === 'object');
  if (!present) {
    axeSource ??= readFile(require.resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(await axeSource);
  }
  return page.evaluate(async () => {
    type AxeNode = { target: unknown[] };
    type AxeResult = { id: string; impact?: string | null; help: string; nodes: AxeNode[] };
    const axe = (
      window as unknown as {
        axe: { run(context: Document, options: object): Promise<{ violations: AxeResult[] }> };
      }
    ).axe;

    const findModal = (root: Document | ShadowRoot): Element | undefined => {
      const here = root.querySelector('dialog:modal');
      if (here !== null) return here;
      for (const element of root.querySelectorAll('*')) {
        const inner = element.shadowRoot === null ? undefined : findModal(element.shadowRoot);
        if (inner !== undefined) return inner;
      }
      return undefined;
    };
    /** The element's parent in the flattened tree, and the parent's other children there. */
    const flatParent = (element: Element): { parent: Element; children: Element[] } | undefined => {
      if (element.assignedSlot !== null) {
        return { parent: element.assignedSlot, children: element.assignedSlot.assignedElements() };
      }
      const parent = element.parentNode;
      if (parent instanceof ShadowRoot) return { parent: parent.host, children: [...parent.children] };
      if (parent instanceof Element) return { parent, children: [...parent.children] };
      return undefined;
    };
    const marked: Element[] = [];
    const modal = findModal(document);
    for (let node: Element | undefined = modal; node !== undefined; ) {
      const up = flatParent(node);
      if (up === undefined) break;
      for (const sibling of up.children) {
        if (sibling !== node && !sibling.hasAttribute('inert') && sibling.localName !== 'head') {
          sibling.setAttribute('inert', '');
          marked.push(sibling);
        }
      }
      node = up.parent;
    }
    try {
      const results = await axe.run(document, { resultTypes: ['violations'] });
      const selector = (target: unknown): string =>
        Array.isArray(target) ? target.map(selector).join(' >>> ') : String(target);
      return results.violations.map((violation) => ({
        id: violation.id,
        impact: violation.impact ?? null,
        help: violation.help,
        targets: violation.nodes.map((node) => selector(node.target)),
      }));
    } finally {
      for (const element of marked) element.removeAttribute('inert');
    }
  });
}
