/** The machine a run was taken on, read at run time and printed with the figures. */
import { execFile } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { promisify } from 'node:util';
import { chromiumPath } from '../scripts/chromium.mjs';
import { table } from './report';

async function chromiumVersion(): Promise<string> {
  try {
    const { stdout } = await promisify(execFile)(chromiumPath, ['--version'], { timeout: 10_000 });
    return stdout.trim();
  } catch {
    return `not found at ${chromiumPath}`;
  }
}

/** Model, cores, memory, load, Node and Chromium as a markdown table. */
export async function describeMachine(): Promise<string> {
  const processors = cpus();
  const model = processors[0]?.model.trim() || 'unknown';
  const [one, five] = loadavg();
  return table(
    ['machine', ''],
    [
      ['CPU', `${model}, ${processors.length} cores`],
      ['memory', `${(totalmem() / 2 ** 30).toFixed(1)} GiB`],
      ['load average at start (1, 5 min)', `${one?.toFixed(2)}, ${five?.toFixed(2)}`],
      ['Node', process.version],
      ['Chromium', await chromiumVersion()],
      ['OS', `${process.platform} ${process.arch}`],
    ],
  );
}
