// `npm start`: builds the script-tag files when they are missing or older than the sources, then
// runs the demo (two creditors' APIs with seeded customers and their customer portal) and prints
// the URL to open. Ctrl-C stops it; the seeded databases stay in .amicable/ for the next start.
// Card payments need Stripe test keys in STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY (and
// STRIPE_WEBHOOK_SECRET for Stripe's events); without them the demo offers bank transfer only.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { type DemoStripeSettings, startDemo } from './demo';

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

const { STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET } = process.env;
// One key without the other is passed on as it is, so the API's configuration check says what is missing.
const stripe: DemoStripeSettings | undefined =
  STRIPE_SECRET_KEY || STRIPE_PUBLISHABLE_KEY
    ? {
        secretKey: STRIPE_SECRET_KEY ?? '',
        publishableKey: STRIPE_PUBLISHABLE_KEY ?? '',
        ...(STRIPE_WEBHOOK_SECRET ? { webhookSecret: STRIPE_WEBHOOK_SECRET } : {}),
      }
    : undefined;

const demo = await startDemo({ port: Number(process.env.DEMO_PORT ?? 8080), ...(stripe ? { stripe } : {}) });
console.log(`\nAmicable demo: open ${demo.url}\n`);
for (const [variant, { apiUrl }] of Object.entries(demo.variants)) {
  console.log(`  ${variant.padEnd(9)} API ${apiUrl}/v1   (OpenAPI: ${apiUrl}/openapi.json)`);
}
if (stripe) {
  console.log('\nCard payments go to Stripe. Forward its events to the creditor you try, e.g.:');
  for (const [variant, { stripeWebhookUrl }] of Object.entries(demo.variants)) {
    console.log(`  ${variant.padEnd(9)} stripe listen --forward-to ${stripeWebhookUrl}`);
  }
} else {
  console.log(
    '\nCard payments are off (bank transfer only): set STRIPE_SECRET_KEY and STRIPE_PUBLISHABLE_KEY to try them.',
  );
}
console.log('\nCtrl-C stops the demo.');

const stop = () => {
  demo.close().finally(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
