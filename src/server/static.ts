import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import type { MiddlewareHandler } from 'hono';

const CONTENT_TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/** Parts of `dist/` that are not script-tag files and so are never served. */
const PRIVATE_PREFIXES = ['server', 'types'];

/**
 * Serves the built script-tag files (`dist/amicable.js`, its chunks, `amicable.bundle.js`) under
 * a URL prefix. Only script-like files, never anything outside `root` or in `dist/server`.
 * Files are looked up on each request, so a build made after the server started is picked up.
 */
export function serveSdk(root: string, prefix: string): MiddlewareHandler {
  return async (c, next) => {
    let relative: string;
    try {
      relative = decodeURIComponent(c.req.path.slice(prefix.length)).replace(/^\/+/, '');
    } catch {
      return next();
    }
    const clean = normalize(relative);
    if (
      clean === '' ||
      clean.startsWith('..') ||
      clean.includes('\0') ||
      PRIVATE_PREFIXES.some((name) => clean === name || clean.startsWith(`${name}${sep}`)) ||
      !(extname(clean) in CONTENT_TYPES)
    ) {
      return next();
    }
    const file = join(root, clean);
    if (!file.startsWith(root + sep)) return next();
    try {
      const info = await stat(file);
      if (!info.isFile()) return next();
      const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
      const headers = {
        'Content-Type': CONTENT_TYPES[extname(clean)] ?? 'application/octet-stream',
        'Cache-Control': 'public, max-age=300',
        ETag: etag,
      };
      if (c.req.header('If-None-Match') === etag) return c.body(null, 304, headers);
      if (c.req.method === 'HEAD') return c.body(null, 200, headers);
      return c.body(new Uint8Array(await readFile(file)), 200, headers);
    } catch {
      return next();
    }
  };
}
