/**
 * Servers the benchmarks start: the measured API and hello-world in a child process
 * (`targets.ts`), and a small web server for the benchmark pages and the built script-tag files.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { once } from 'node:events';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { createCustomerToken } from '../src/server';

const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** The child process serving hello-world and the API. */
export interface Targets {
  /** `http://127.0.0.1:<port>/`: answers `Hello, world`. */
  hello: string;
  /** `http://127.0.0.1:<port>`: the reference API (append `/v1/...`). */
  api: string;
  /** Mint a customer token the API accepts. */
  token(customerId: string): Promise<string>;
  stop(): Promise<void>;
}

// Children still running when this process exits (an interrupted run) are killed with it.
const children = new Set<ReturnType<typeof spawn>>();
process.on('exit', () => {
  for (const child of children) child.kill('SIGKILL');
});

/** Start `bench/targets.ts` on `databaseUrl` (already migrated and seeded) and wait until it listens. */
export async function startTargets(
  databaseUrl: string,
  { allowedOrigins = [] }: { allowedOrigins?: string[] } = {},
): Promise<Targets> {
  const secret = randomBytes(32).toString('base64url');
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'targets.ts')], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'inherit'],
    env: {
      ...process.env,
      BENCH_TARGET_DATABASE_URL: databaseUrl,
      BENCH_TARGET_TOKEN_SECRET: secret,
      BENCH_TARGET_ALLOWED_ORIGINS: allowedOrigins.join(','),
    },
  });
  children.add(child);
  const exited = once(child, 'exit').then(() => children.delete(child));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    await exited;
    clearTimeout(timer);
  };
  const lines = createInterface({ input: child.stdout });
  const first = await Promise.race([
    once(lines, 'line').then(([line]) => line as string),
    exited.then(() => undefined),
  ]);
  lines.close();
  if (first === undefined) throw new Error(`bench/targets.ts exited with ${child.exitCode} before listening`);
  const urls = JSON.parse(first) as { hello: string; api: string };
  return {
    ...urls,
    token: (customerId) => createCustomerToken({ customerId, secret, expiresIn: '1h' }),
    stop,
  };
}

const contentTypes: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};

/** What the web server answers. */
export interface Site {
  /** Exact path → HTML page. */
  pages?: Record<string, string>;
  /** Exact path → plain text answered `no-store` (a portal's token endpoint). */
  texts?: Record<string, string>;
  /** URL prefix → directory; files are answered `Cache-Control: public, max-age=3600`. */
  mounts?: Record<string, string>;
  /** Answers everything under `/v1/`, as a same-origin API would. */
  api?: (request: Request) => Promise<Response>;
}

/** A running web server. */
export interface WebServer {
  origin: string;
  close(): Promise<void>;
}

async function toRequest(request: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
  }
  const method = request.method ?? 'GET';
  return new Request(new URL(request.url ?? '/', origin), {
    method,
    headers,
    ...(method === 'GET' || method === 'HEAD' ? {} : { body: Buffer.concat(chunks) }),
  });
}

/**
 * Serve `site` on a free loopback port. Static files are cacheable (as a CDN would serve the
 * script-tag files), so a second page load in the same browser context finds them in its cache.
 */
export async function serveSite(site: Site): Promise<WebServer> {
  let origin = '';
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const page = site.pages?.[pathname];
    if (page !== undefined) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
      response.end(page);
      return;
    }
    const text = site.texts?.[pathname];
    if (text !== undefined) {
      response.writeHead(200, { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
      response.end(text);
      return;
    }
    if (site.api && pathname.startsWith('/v1/')) {
      const answer = await site.api(await toRequest(request, origin));
      const headers: Record<string, string> = {};
      answer.headers.forEach((value, name) => {
        headers[name] = value;
      });
      response.writeHead(answer.status, headers);
      response.end(Buffer.from(await answer.arrayBuffer()));
      return;
    }
    for (const [prefix, directory] of Object.entries(site.mounts ?? {})) {
      if (!pathname.startsWith(prefix)) continue;
      const file = path.resolve(directory, `.${decodeURIComponent(pathname.slice(prefix.length - 1))}`);
      if (!file.startsWith(path.resolve(directory) + path.sep)) break;
      try {
        if ((await stat(file)).isFile()) {
          response.writeHead(200, {
            'content-type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
            'cache-control': 'public, max-age=3600',
          });
          response.end(await readFile(file));
          return;
        }
      } catch {
        // falls through to 404
      }
    }
    response.writeHead(pathname === '/favicon.ico' ? 204 : 404).end();
  };
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      response.writeHead(500).end(String(error));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
