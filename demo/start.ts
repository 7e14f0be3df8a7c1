// `npm start`: builds the script-tag files when they are missing or older than the sources, then
// runs the demo (two creditors' APIs with seeded customers and their customer portal) and prints
// the URL to open. Ctrl-C stops it; the seeded databases stay in .amicable/ for the next start.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { startDemo } from './demo';

function newestModification(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestModification(path) : statSync(path).mtimeMs);
  }
  return newest;
}

const loader = 'dist/amicable.js';
const sourcesChanged =
  !existsSync(loader) ||
  Math.max(newestModification('src'), newestModification('components')) > statSync(loader).mtimeMs;
if (sourcesChanged) {
  console.log('Building the script-tag files…');
  const result = spawnSync(process.execPath, ['scripts/build.mjs', '--only=loader,bundle'], {
    stdio: 'inherit',
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const demo = await startDemo({ port: Number(process.env.DEMO_PORT ?? 8080) });
console.log(`\nAmicable demo: open ${demo.url}\n`);
for (const [variant, { apiUrl }] of Object.entries(demo.variants)) {
  console.log(`  ${variant.padEnd(9)} API ${apiUrl}/v1   (OpenAPI: ${apiUrl}/openapi.json)`);
}
console.log('\nCtrl-C stops the demo.');

const stop = () => {
  demo.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
