import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRIPE_JS_URL } from '../../../src/client/stripe-loader';

describe('the Stripe.js URL our Trusted Types policy allows', () => {
  it('is the one the installed @stripe/stripe-js loads (so an upgrade cannot silently break card payment)', () => {
    const require = createRequire(import.meta.url);
    const packageDir = dirname(require.resolve('@stripe/stripe-js/package.json'));
    const pure = readFileSync(join(packageDir, 'dist', 'pure.mjs'), 'utf8');
    const train = /RELEASE_TRAIN = ['"]([a-z0-9]+)['"]/.exec(pure)?.[1];
    expect(train, 'the release train in @stripe/stripe-js/pure').toBeDefined();
    expect(STRIPE_JS_URL).toBe(`https://js.stripe.com/${train}/stripe.js`);
  });
});
