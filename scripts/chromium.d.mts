/** Path of the Chromium binary the tests launch (`CHROMIUM_PATH`, default `/usr/bin/chromium`). */
export const chromiumPath: string;
/** Command-line flags for headless Chromium on our machines. */
export const chromiumArgs: readonly string[];
