/**
 * The real server as a child process for the fault drills: `node --import tsx src/server/main.ts`,
 * one process (no `tsx` wrapper in between), so that a SIGKILL reaches the server itself.
 * Everything a drill starts (processes, temp directories) is registered here and cleaned up by
 * {@link cleanUpAll}, also when the drill fails half-way.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { appendFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = join(dirname(fileURLToPath(import.meta.url)), '../../..');

export const DRILL_TOKEN_SECRET = 'drill-token-secret-0123456789abcdef-0123456789';
export const DRILL_ADMIN_KEY = 'drill-admin-key-0123456789abcdef';

/**
 * How long the load of a drill runs, in seconds: `DRILL_SECONDS` (default 10, short enough for
 * `npm test`; `DRILL_SECONDS=30` is the full drill).
 */
export function drillSeconds(): number {
  const raw = process.env.DRILL_SECONDS?.trim();
  if (!raw) return 10;
  const seconds = Number(raw);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new Error(`DRILL_SECONDS must be a positive number of seconds, not "${raw}"`);
  }
  return seconds;
}

/**
 * A drill's time limit: the project's 120 s, or more for a long `DRILL_SECONDS` (the load, the
 * recovery and the checks afterwards all grow with it).
 */
export function drillTimeoutMs(): number {
  return Math.max(120_000, 60_000 + drillSeconds() * 5_000);
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A TCP port that was free a moment ago on 127.0.0.1. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

const cleanups: (() => Promise<void> | void)[] = [];

/** Runs `cleanup` in {@link cleanUpAll}, newest first. */
export function onCleanUp(cleanup: () => Promise<void> | void): void {
  cleanups.push(cleanup);
}

/** A fresh temporary directory, removed by {@link cleanUpAll}. */
export function tempDir(prefix: string): string {
  const directory = mkdtempSync(join(tmpdir(), `amicable-drill-${prefix}-`));
  onCleanUp(() => rmSync(directory, { recursive: true, force: true }));
  return directory;
}

/** Stops everything the drill started; failures are collected and reported after all ran. */
export async function cleanUpAll(): Promise<void> {
  const failures: unknown[] = [];
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop();
    try {
      await cleanup?.();
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw new AggregateError(failures, 'Some drill clean-ups failed');
}

/** What the server's environment holds besides the basics. */
export interface ServerEnv {
  DATABASE_URL: string;
  [name: string]: string;
}

/** A running server process. */
export interface ServerProcess {
  url: string;
  port: number;
  child: ChildProcess;
  /** The last part of what it wrote to stdout and stderr. */
  output(): string;
  /** Error-level log lines it wrote (unhandled errors, failed passes), parsed. */
  errorLines(): Record<string, unknown>[];
  /** Whether it has exited (and how). */
  exited(): { code: number | null; signal: NodeJS.Signals | null } | undefined;
  /** SIGKILL: no goodbye, no flush, nothing. Resolves once it is gone. */
  kill(): Promise<void>;
  /** SIGTERM (graceful), SIGKILL after 10 s. Resolves with its exit code. */
  stop(): Promise<number | null>;
}

const OUTPUT_KEPT = 200_000;

/**
 * Starts `src/server/main.ts` with a clean environment (the basics plus `env`) on `port` and
 * resolves once `/healthz` answers 200. Registered for clean-up.
 */
export async function startServerProcess(
  env: ServerEnv,
  { port, timeoutMs = 45_000 }: { port?: number; timeoutMs?: number } = {},
): Promise<ServerProcess> {
  const listenPort = port ?? (await freePort());
  const child = spawn(process.execPath, ['--import', 'tsx', join(projectRoot, 'src/server/main.ts')], {
    cwd: projectRoot,
    env: {
      PATH: process.env.PATH ?? '/usr/bin:/bin',
      HOME: process.env.HOME ?? '/tmp',
      TMPDIR: process.env.TMPDIR ?? tmpdir(),
      NODE_ENV: 'production',
      PORT: String(listenPort),
      AMICABLE_TOKEN_SECRET: DRILL_TOKEN_SECRET,
      AMICABLE_ADMIN_KEY: DRILL_ADMIN_KEY,
      AMICABLE_RATE_LIMIT: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const errors: Record<string, unknown>[] = [];
  // DRILL_LOG_DIR=dir keeps each server's whole log as dir/server-<port>-<pid>.log, for a post-mortem.
  const logDir = process.env.DRILL_LOG_DIR?.trim();
  const logFile = logDir ? join(logDir, `server-${listenPort}-${child.pid}.log`) : undefined;
  if (logDir) mkdirSync(logDir, { recursive: true });
  let partial = '';
  const collect = (chunk: Buffer) => {
    const text = chunk.toString();
    if (logFile) appendFileSync(logFile, text);
    output = (output + text).slice(-OUTPUT_KEPT);
    partial += text;
    const lines = partial.split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) {
      if (!line.includes('"level":"error"')) continue;
      try {
        errors.push(JSON.parse(line) as Record<string, unknown>);
      } catch {
        errors.push({ raw: line });
      }
    }
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  let exit: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exited = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exit = { code, signal };
      resolve();
    });
  });
  const url = `http://127.0.0.1:${listenPort}`;
  const server: ServerProcess = {
    url,
    port: listenPort,
    child,
    output: () => output,
    errorLines: () => [...errors],
    exited: () => exit,
    async kill() {
      if (exit) return;
      child.kill('SIGKILL');
      await exited;
    },
    async stop() {
      if (!exit) {
        child.kill('SIGTERM');
        const force = setTimeout(() => child.kill('SIGKILL'), 10_000);
        await exited;
        clearTimeout(force);
      }
      return exit?.code ?? null;
    },
  };
  onCleanUp(() => server.kill());

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (exit) throw new Error(`The server exited (${JSON.stringify(exit)}) before it answered:\n${output}`);
    try {
      const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(1_000) });
      await response.arrayBuffer();
      if (response.ok) return server;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await server.kill();
      throw new Error(`The server did not answer /healthz within ${timeoutMs} ms:\n${output}`);
    }
    await sleep(100);
  }
}
