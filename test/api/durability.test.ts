import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createCustomerToken } from '../../src/server/auth';
import { FJORDLYS_SETTINGS } from './examples';
import { TEST_ADMIN_KEY, TEST_TOKEN_SECRET } from './setup';

// `node --import tsx` runs the server in this very process, so SIGKILL reaches the server itself
// (the `tsx` command would be a wrapper around a child that outlives it).
const tsxLoader = ['--import', 'tsx'];
const mainScript = join(import.meta.dirname, '../../src/server/main.ts');

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

/** `npm run serve` as a real process, on a SQLite file. */
async function startServerProcess(databaseUrl: string, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, [...tsxLoader, mainScript], {
    env: {
      PATH: process.env.PATH,
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      AMICABLE_TOKEN_SECRET: TEST_TOKEN_SECRET,
      AMICABLE_ADMIN_KEY: TEST_ADMIN_KEY,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited early:\n${output}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not start:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

describe('durability on SQLite', () => {
  const directory = mkdtempSync(join(tmpdir(), 'amicable-kill-'));
  const databaseUrl = `sqlite:${join(directory, 'amicable.db')}`;
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    rmSync(directory, { recursive: true, force: true });
  });

  it('keeps every acknowledged write when the process is killed with SIGKILL right after answering', async () => {
    const port = await freePort();
    const base = `http://127.0.0.1:${port}`;
    const admin = { Authorization: `Bearer ${TEST_ADMIN_KEY}`, 'Content-Type': 'application/json' };

    let server = await startServerProcess(databaseUrl, port);
    children.push(server);
    expect(
      (
        await fetch(`${base}/v1/admin/settings`, {
          method: 'PUT',
          headers: admin,
          body: JSON.stringify(FJORDLYS_SETTINGS),
        })
      ).status,
    ).toBe(200);

    for (const id of ['cust-kill-1', 'cust-kill-2']) {
      const response = await fetch(`${base}/v1/admin/customers/${id}`, {
        method: 'PUT',
        headers: admin,
        body: JSON.stringify({ name: `Customer ${id}`, kind: 'consumer' }),
      });
      expect(response.status).toBe(200);
      // The 2xx means committed: pull the plug at once.
      await killHard(server);

      server = await startServerProcess(databaseUrl, port);
      children.push(server);
      const token = await createCustomerToken({ customerId: id, secret: TEST_TOKEN_SECRET });
      const account = await fetch(`${base}/v1/account`, { headers: { Authorization: `Bearer ${token}` } });
      expect(account.status).toBe(200);
      expect((await account.json()).customer).toMatchObject({ id, name: `Customer ${id}` });
    }
    await killHard(server);
  }, 90_000);

  it('stops gracefully on SIGTERM', async () => {
    const port = await freePort();
    const server = await startServerProcess(databaseUrl, port);
    children.push(server);
    const exited = new Promise((resolve) => server.once('exit', (code) => resolve(code)));
    server.kill('SIGTERM');
    expect(await exited).toBe(0);
  }, 30_000);

  it('refuses to start without its secrets, naming each problem', async () => {
    const child = spawn(process.execPath, [...tsxLoader, mainScript], {
      env: { PATH: process.env.PATH, DATABASE_URL: databaseUrl },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const code = await new Promise((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    expect(stderr).toContain(
      'AMICABLE_TOKEN_SECRET is missing: set it to at least 32 random bytes, e.g. `openssl rand -base64 48`',
    );
    expect(stderr).toContain('AMICABLE_ADMIN_KEY is missing');
  }, 30_000);
});
