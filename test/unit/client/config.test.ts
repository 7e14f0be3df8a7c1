import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  type ConfigureOptions,
  configure,
  getConfiguration,
  resetConfiguration,
  whenConfigured,
} from '../../../src/client/config';
import { fakeJwt, sendJson, startTestServer, type TestServer } from './test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
  resetConfiguration();
});

const getToken = async () => fakeJwt('cust-1');

describe('configure() validation', () => {
  const cases: Array<[string, unknown, RegExp]> = [
    ['no options', undefined, /expects an options object/],
    ['missing api', { getToken }, /needs `api`/],
    ['empty api', { api: '  ', getToken }, /needs `api`/],
    ['api that is not a URL', { api: 'collect.example.com', getToken }, /http\(s\) URL/],
    ['api with another scheme', { api: 'ftp://collect.example.com/v1', getToken }, /http\(s\) URL/],
    ['neither token source', { api: 'https://collect.example.com/v1' }, /token source is required/],
    ['both token sources', { api: '/v1', getToken, tokenUrl: '/token' }, /not both/],
    ['getToken not a function', { api: '/v1', getToken: 'abc' }, /must be a function/],
    ['invalid locale', { api: '/v1', getToken, locale: 'not a locale!' }, /BCP 47/],
    ['unknown formality', { api: '/v1', getToken, formality: 'casual' }, /"formal" or "informal"/],
    ['negative timeout', { api: '/v1', getToken, timeoutMs: -5 }, /timeoutMs/],
    ['fractional timeout', { api: '/v1', getToken, timeoutMs: 1.5 }, /timeoutMs/],
  ];

  it.each(cases)('throws a TypeError for %s', (_name, options, message) => {
    expect(() => configure(options as ConfigureOptions)).toThrow(TypeError);
    expect(() => configure(options as ConfigureOptions)).toThrow(message);
    expect(getConfiguration()).toBeUndefined();
  });

  it('accepts a same-origin path, a token URL and canonicalises the locale', () => {
    configure({ api: '/v1', tokenUrl: '/portal/amicable-token', locale: 'NB-no', formality: 'informal' });
    expect(getConfiguration()).toMatchObject({
      api: '/v1',
      locale: 'nb-NO',
      formality: 'informal',
      timeoutMs: 10_000,
    });
  });
});

describe('configure() and the client', () => {
  it('returns a working client that uses the configured API and token', async () => {
    server.handle((_request, response) => sendJson(response, 200, { ok: true }));

    const client = configure({ api: `${server.origin}/v1`, getToken });
    const result = await client.request(z.object({ ok: z.boolean() }), { path: '/healthz' });

    expect(result.ok).toBe(true);
    expect(server.seen[0]?.url).toBe('/v1/healthz');
    expect(server.seen[0]?.headers.authorization).toBe(`Bearer ${await getToken()}`);
    expect(getConfiguration()?.client).toBe(client);
  });

  it('can be configured again and then hands out the new client', () => {
    const first = configure({ api: 'https://a.example/v1', getToken });
    const second = configure({ api: 'https://b.example/v1', getToken, timeoutMs: 5000 });
    expect(second).not.toBe(first);
    expect(getConfiguration()).toMatchObject({
      api: 'https://b.example/v1',
      timeoutMs: 5000,
      client: second,
    });
  });
});

describe('whenConfigured()', () => {
  it('waits for the first configure()', async () => {
    const waiting = whenConfigured();
    let settled = false;
    void waiting.then(() => {
      settled = true;
    });
    await Promise.resolve();
    expect(settled).toBe(false);

    const client = configure({ api: 'https://collect.example.com/v1', getToken, locale: 'nl-NL' });

    const configuration = await waiting;
    expect(configuration.client).toBe(client);
    expect(configuration.locale).toBe('nl-NL');
  });

  it('resolves at once when already configured', async () => {
    const client = configure({ api: '/v1', getToken });
    expect((await whenConfigured()).client).toBe(client);
  });
});
