/**
 * A private PostgreSQL cluster for one drill: `initdb` into a temp directory, `pg_ctl` on a free
 * port with its socket in that directory, so the drill may stop and start it at will without
 * touching the shared server on 5432. As root, the server binaries refuse to run: they then run
 * as the `postgres` user (`runuser`), in a directory that user owns.
 */
import { execFile } from 'node:child_process';
import { chownSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { freePort, onCleanUp, tempDir } from './server';

const run = promisify(execFile);

/** The newest `/usr/lib/postgresql/<version>/bin` that has `initdb` and `pg_ctl`, if any. */
export function findPostgresBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((name) => /^\d+$/.test(name))
    .sort((a, b) => Number(b) - Number(a));
  for (const version of versions) {
    const bin = join(root, version, 'bin');
    if (existsSync(join(bin, 'initdb')) && existsSync(join(bin, 'pg_ctl'))) return bin;
  }
  return undefined;
}

export interface PrivatePostgres {
  /** `postgres://amicable@127.0.0.1:<port>/postgres` (trust authentication, loopback only). */
  url: string;
  port: number;
  /** Stops the server as a crash would (`-m immediate`: no checkpoint, recovery on start). */
  crash(): Promise<void>;
  /** Starts it again and waits until it accepts connections. */
  start(): Promise<void>;
  /** The server's log so far. */
  log(): string;
}

function userOf(): { uid: number; gid: number } | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const passwd = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((line) => line.startsWith('postgres:'));
  const [, , uid, gid] = passwd?.split(':') ?? [];
  if (!uid || !gid) throw new Error('Running as root, but there is no `postgres` user to run PostgreSQL as');
  return { uid: Number(uid), gid: Number(gid) };
}

/** Creates and starts a private cluster; it is stopped and removed by the drill's clean-up. */
export async function startPrivatePostgres(bin: string): Promise<PrivatePostgres> {
  const directory = tempDir('pg');
  const data = join(directory, 'data');
  const logFile = join(directory, 'postgres.log');
  const owner = userOf();
  if (owner) chownSync(directory, owner.uid, owner.gid);
  const command = async (tool: string, args: string[]) => {
    const [file, argv] = owner
      ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]]
      : [join(bin, tool), args];
    try {
      await run(file, argv, { cwd: directory, timeout: 60_000 });
    } catch (error) {
      const details = error as { stdout?: string; stderr?: string };
      throw new Error(
        `${tool} ${args.join(' ')} failed: ${details.stderr ?? ''}${details.stdout ?? ''}\n${existsSync(logFile) ? readFileSync(logFile, 'utf8').slice(-3000) : ''}`,
      );
    }
  };

  await command('initdb', ['-D', data, '-U', 'amicable', '--auth=trust', '-E', 'UTF8', '--no-sync']);
  const port = await freePort();
  const options = `-p ${port} -k ${directory} -c listen_addresses=127.0.0.1 -c max_connections=60`;
  const start = () =>
    command('pg_ctl', ['-D', data, '-l', logFile, '-o', options, '-w', '-t', '30', 'start']);
  let running = false;
  await start();
  running = true;
  onCleanUp(async () => {
    if (running) await command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
    running = false;
  });
  return {
    url: `postgres://amicable@127.0.0.1:${port}/postgres`,
    port,
    async crash() {
      await command('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      running = false;
    },
    async start() {
      await start();
      running = true;
    },
    log: () => (existsSync(logFile) ? readFileSync(logFile, 'utf8') : ''),
  };
}
