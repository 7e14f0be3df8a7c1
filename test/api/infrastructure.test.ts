import { describe, expect, it } from 'vitest';
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
