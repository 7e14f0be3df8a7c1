/**
 * How every test launches Chromium: Debian's build (never a downloaded one), headless, as root,
 * with nothing waiting on DNS. Shared by web-test-runner.config.mjs and test/e2e/harness.ts.
 */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  // Only the test servers on loopback are reachable; every other name fails at once.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1',
];
