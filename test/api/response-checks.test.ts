import { Hono } from 'hono';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import type { ResponseChecks } from '../../src/server/config';
import type { AppEnv } from '../../src/server/context';
import type { Logger } from '../../src/server/logger';
import { ProblemError, sendProblem } from '../../src/server/problem';
import { RESPONSE_CHECK_SAMPLE, respond } from '../../src/server/respond';
import { testConfig } from './setup';

/** An app whose one route answers `body()` through `respond`, counting what the check logs. */
function appAnswering(mode: ResponseChecks, schema: z.ZodMiniType, body: () => unknown) {
  const logged: string[] = [];
  const logger: Logger = {
    info: () => {},
    warn: () => {},
    error: (message) => {
      logged.push(message);
    },
  };
  const deps = { logger, config: testConfig({ responseChecks: mode }) };
  const app = new Hono<AppEnv>();
  app.get('/thing', (c) => respond(c, deps, schema as never, body() as never));
  app.onError((error, c) =>
    sendProblem(c, error instanceof ProblemError ? error : new ProblemError(500, 'internal_error')),
  );
  return { app, logged };
}

async function statuses(app: Hono<AppEnv>, count: number): Promise<number[]> {
  const answered: number[] = [];
  for (let index = 0; index < count; index++) answered.push((await app.request('/thing')).status);
  return answered;
}

describe('checking read responses against their contract', () => {
  it('checks every response by default: a body that breaks the contract is a 500, never sent', async () => {
    const { app, logged } = appAnswering('all', z.object({ n: z.number() }), () => ({ n: 'one' }));
    expect(await statuses(app, 3)).toEqual([500, 500, 500]);
    expect(logged).toEqual(Array(3).fill('response does not match its contract schema'));
  });

  it('in sample mode checks the first responses of a schema, then one in a hundred', async () => {
    const { app, logged } = appAnswering('sample', z.object({ n: z.number() }), () => ({ n: 'one' }));
    const answered = await statuses(app, 2 * RESPONSE_CHECK_SAMPLE);
    expect(answered.slice(0, RESPONSE_CHECK_SAMPLE).every((status) => status === 500)).toBe(true);
    // The 101st to 199th go out unchecked; the 200th is checked again.
    expect(answered.slice(RESPONSE_CHECK_SAMPLE, -1).every((status) => status === 200)).toBe(true);
    expect(answered.at(-1)).toBe(500);
    expect(logged).toHaveLength(RESPONSE_CHECK_SAMPLE + 1);
  });

  it('never checks in off mode', async () => {
    const { app, logged } = appAnswering('off', z.object({ n: z.number() }), () => ({ n: 'one' }));
    expect(await statuses(app, 2)).toEqual([200, 200]);
    expect(logged).toEqual([]);
  });

  it('sends the same fields whether a response was checked or not', async () => {
    // A check drops the fields a schema does not know; once sampling sees that, it checks that
    // schema's every response, so checked and unchecked answers never differ.
    for (const mode of ['all', 'sample'] as const) {
      const { app } = appAnswering(mode, z.object({ n: z.number() }), () => ({ n: 1, internal: 'x' }));
      const bodies = new Set<string>();
      for (let index = 0; index < RESPONSE_CHECK_SAMPLE + 50; index++) {
        bodies.add(await (await app.request('/thing')).text());
      }
      expect([...bodies]).toEqual(['{"n":1}']);
    }
    const { app } = appAnswering('sample', z.object({ n: z.number() }), () => ({ n: 1 }));
    const bodies = new Set<string>();
    for (let index = 0; index < RESPONSE_CHECK_SAMPLE + 50; index++) {
      bodies.add(await (await app.request('/thing')).text());
    }
    expect([...bodies]).toEqual(['{"n":1}']);
  });
});
