import { createServer } from 'node:net';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/server/db';
import { backends, testClient, useDatabase } from './setup';

describe.each(backends)('infrastructure on $name', (backend) => {
  const database = useDatabase(backend);

  it('answers /healthz', async () => {
    const { app } = testClient(database.current.db);
    const response = await app.request('/healthz');
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok' });
  });
});

/** A loopback port nothing listens on (it was free a moment ago). */
async function closedPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

describe('/healthz without a database', () => {
  it('answers 503 service_unavailable, so a load balancer takes the instance out of rotation', async () => {
    const db = openDatabase(`postgres://nobody:nothing@127.0.0.1:${await closedPort()}/amicable`);
    try {
      const { app } = testClient(db);
      const response = await app.request('/healthz');
      expect(response.status).toBe(503);
      expect(response.headers.get('retry-after')).toBeTruthy();
      expect(await response.json()).toMatchObject({ code: 'service_unavailable' });
    } finally {
      await db.destroy();
    }
  });
});
