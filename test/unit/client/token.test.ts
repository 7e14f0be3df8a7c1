import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isTokenError, TokenError } from '../../../src/client/errors';
import {
  createTokenProvider,
  isTokenProvider,
  looksLikeJwt,
  type TokenSource,
} from '../../../src/client/token';
import { fakeJwt, startTestServer, type TestServer } from './test-server';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
});

function tokenUrl(): string {
  return `${server.origin}/portal/amicable-token`;
}

describe('createTokenProvider with getToken', () => {
  it('calls getToken once and keeps the token for later calls', async () => {
    let calls = 0;
    const token = fakeJwt('cust-1');
    const provider = createTokenProvider({
      getToken: async () => {
        calls += 1;
        return token;
      },
    });

    expect(await provider.getToken()).toBe(token);
    expect(await provider.getToken()).toBe(token);
    expect(calls).toBe(1);
  });

  it('shares one in-flight call between concurrent callers', async () => {
    let calls = 0;
    let release: (token: string) => void = () => {};
    const provider = createTokenProvider({
      getToken: () => {
        calls += 1;
        return new Promise<string>((resolve) => {
          release = resolve;
        });
      },
    });

    const waiting = [provider.getToken(), provider.getToken(), provider.getToken()];
    release(fakeJwt('shared'));

    expect(new Set(await Promise.all(waiting)).size).toBe(1);
    expect(calls).toBe(1);
  });

  it('forgets a failure so the next call tries again', async () => {
    let calls = 0;
    const token = fakeJwt('second-try');
    const provider = createTokenProvider({
      getToken: async () => {
        calls += 1;
        if (calls === 1) {
          throw new Error('portal session not ready');
        }
        return token;
      },
    });

    const failure = await provider.getToken().catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(TokenError);
    expect((failure as TokenError).message).toContain('portal session not ready');
    expect((failure as TokenError).cause).toBeInstanceOf(Error);

    expect(await provider.getToken()).toBe(token);
    expect(calls).toBe(2);
  });

  it('fetches a fresh token after invalidate()', async () => {
    let calls = 0;
    const provider = createTokenProvider({
      getToken: async () => {
        calls += 1;
        return fakeJwt(`token-${calls}`);
      },
    });

    const first = await provider.getToken();
    provider.invalidate();
    const second = await provider.getToken();

    expect(second).not.toBe(first);
    expect(calls).toBe(2);
  });

  it('ignores invalidate(refused) when that token was already replaced', async () => {
    let calls = 0;
    const provider = createTokenProvider({
      getToken: async () => {
        calls += 1;
        return fakeJwt(`token-${calls}`);
      },
    });

    const refused = await provider.getToken();
    provider.invalidate(refused);
    const fresh = await provider.getToken();
    provider.invalidate(refused);

    expect(await provider.getToken()).toBe(fresh);
    expect(calls).toBe(2);
  });

  it('refuses a token that is not a JWT', async () => {
    const provider = createTokenProvider({ getToken: async () => 'Bearer abc' });
    const error = await provider.getToken().catch((caught: unknown) => caught);
    expect(isTokenError(error)).toBe(true);
    expect((error as TokenError).code).toBe('token_unavailable');
    expect((error as TokenError).message).toContain('JWT');
  });

  it('gives up on a getToken() that never settles', async () => {
    const provider = createTokenProvider(
      { getToken: () => new Promise<string>(() => {}) },
      { timeoutMs: 50 },
    );
    const error = await provider.getToken().catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).message).toContain('did not settle within 50 ms');
  });
});

describe('createTokenProvider with tokenUrl', () => {
  it('fetches the token as text, trimmed, with a GET', async () => {
    const token = fakeJwt('cust-1001');
    server.handle((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/plain' }).end(`  ${token}\r\n`),
    );

    const provider = createTokenProvider({ tokenUrl: tokenUrl() });

    expect(await provider.getToken()).toBe(token);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]?.method).toBe('GET');
    expect(server.seen[0]?.url).toBe('/portal/amicable-token');
    expect(server.seen[0]?.headers.authorization).toBeUndefined();
  });

  it('refuses an answer that is not a JWT, such as a login page', async () => {
    server.handle((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Please log in</html>'),
    );

    const error = await createTokenProvider({ tokenUrl: tokenUrl() })
      .getToken()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).message).toMatch(/Expected the customer token to be a JWT/);
    expect((error as TokenError).retryable).toBe(false);
  });

  it('reports a non-200 answer with its status', async () => {
    server.handle((_request, response) => response.writeHead(401).end());

    const error = await createTokenProvider({ tokenUrl: tokenUrl() })
      .getToken()
      .catch((caught: unknown) => caught);

    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).message).toContain('got 401');
    expect((error as TokenError).retryable).toBe(false);
  });

  it('fetches again after a failed attempt', async () => {
    const token = fakeJwt('after-503');
    server.handle((_request, response, index) =>
      index === 0 ? response.writeHead(503).end() : response.writeHead(200).end(token),
    );
    const provider = createTokenProvider({ tokenUrl: tokenUrl() });

    const first = await provider.getToken().catch((caught: unknown) => caught);
    expect((first as TokenError).retryable).toBe(true);
    expect(await provider.getToken()).toBe(token);
    expect(server.seen).toHaveLength(2);
  });

  it('times out when the token URL never answers', async () => {
    server.handle(() => {
      // never answer
    });
    const error = await createTokenProvider({ tokenUrl: tokenUrl() }, { timeoutMs: 100 })
      .getToken()
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TokenError);
    expect((error as TokenError).message).toContain('no answer within 100 ms');
  });
});

describe('token source validation', () => {
  it('refuses both sources and neither', () => {
    const both = { getToken: async () => 'x', tokenUrl: '/t' } as unknown as TokenSource;
    expect(() => createTokenProvider(both)).toThrow(/either `getToken` or `tokenUrl`, not both/);
    expect(() => createTokenProvider({} as TokenSource)).toThrow(TypeError);
    expect(() => createTokenProvider({ tokenUrl: ' ' })).toThrow(/non-empty/);
  });

  it('tells providers from sources', () => {
    expect(isTokenProvider(createTokenProvider({ tokenUrl: '/t' }))).toBe(true);
    expect(isTokenProvider({ getToken: async () => 'x' })).toBe(false);
  });

  it('recognises the shape of a JWT', () => {
    expect(looksLikeJwt(fakeJwt('a'))).toBe(true);
    expect(looksLikeJwt('abc')).toBe(false);
    expect(looksLikeJwt('a.b.c d')).toBe(false);
    expect(looksLikeJwt('a.b.')).toBe(false);
  });
});
