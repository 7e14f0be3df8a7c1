#!/usr/bin/env node
// The `amicable` command (`npx amicable token --customer ID`). Runs the built CLI when the
// package is built (dist/server/cli.js), else the TypeScript source through tsx (a checkout).
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, 'dist', 'server', 'cli.js');

if (existsSync(built)) {
  const { runCli } = await import(pathToFileURL(built).href);
  process.exitCode = await runCli(process.argv.slice(2));
} else {
  const require = createRequire(import.meta.url);
  let tsx;
  try {
    tsx = require.resolve('tsx/cli');
  } catch {
    process.stderr.write('amicable: neither dist/server/cli.js (run `npm run build`) nor tsx is available\n');
    process.exit(1);
  }
  const result = spawnSync(
    process.execPath,
    [tsx, join(root, 'src', 'server', 'cli.ts'), ...process.argv.slice(2)],
    {
      stdio: 'inherit',
    },
  );
  process.exitCode = result.status ?? 1;
}
