import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { getAccount } from '../../src/client/account';
import { configure, getConfiguration, resetConfiguration } from '../../src/client/config';
import { HttpError, TokenError } from '../../src/client/errors';
import { prefetchRequests } from '../../src/preload';
import { configureFromScript } from '../../src/script-tag';
import {
  fakeJwt,
  type SeenRequest,
  sendJson,
  sendProblem,
  startTestServer,
  type TestServer,
} from './client/test-server';
import { accountSummary } from './contract/fixtures';

/**
 * The loader's prefetched token and account requests, handed to the SDK configured from the same
 * script tag, against a real HTTP server: what the server sees is what a portal and an API would.
 */
let server: TestServer;
let tokenUrl: string;
let api: string;

beforeAll(async () => {
  server = await startTestServer();
  tokenUrl = `${server.origin}/portal/amicable-token`;
  api = `${server.origin}/v1`;
});

afterAll(async () => {
  await server.close();
});

beforeEach(() => {
  server.reset();
  resetConfiguration();
});

afterEach(() => {
  resetConfiguration();
});

/** The tag as the loader reads it: only its `data-*` attributes matter. */
function scriptTag(data: Record<string, string>): HTMLScriptElement {
  return { dataset: data } as unknown as HTMLScriptElement;
}

/** A portal handing out `tokens` in turn, and an API answering each customer's account. */
function portalAndApi(tokens: string[], accounts: Record<string, unknown>): void {
  let issued = 0;
  server.handle((request, response) => {
    if (request.url === '/portal/amicable-token') {
      response
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(tokens[Math.min(issued++, tokens.length - 1)]);
      return;
    }
    const token = request.headers.authorization?.replace(/^Bearer /, '') ?? '';
    const account = accounts[token];
    if (request.url === '/v1/account' && account !== undefined) {
      sendJson(response, 200, account);
    } else {
      sendProblem(response, 401, 'unauthorized', 'Expected a valid customer token.');
    }
  });
}

const requestsSeen = () =>
  server.seen.map((request: SeenRequest) =>
    `${request.method} ${request.url} ${request.headers.authorization ?? ''}`.trim(),
  );

function customer(id: string) {
  const account = accountSummary();
  return { ...account, customer: { ...account.customer, id } };
}

describe('configureFromScript with the requests the loader prefetched', () => {
  it('answers the SDK’s first token and account requests with them: one of each reaches the server', async () => {
    const token = fakeJwt('cust-1001');
    portalAndApi([token], { [token]: customer('cust-1001') });
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    await prefetched.sent;
    configureFromScript(scriptTag({ api, tokenUrl }), prefetched);

    const account = await getAccount(getConfiguration()!.client);

    expect(account.customer.id).toBe('cust-1001');
    expect(requestsSeen()).toEqual(['GET /portal/amicable-token', `GET /v1/account Bearer ${token}`]);
  });

  it('asks afresh after a 401: a prefetched answer is used once', async () => {
    const refused = fakeJwt('cust-1001-old');
    const fresh = fakeJwt('cust-1001');
    portalAndApi([refused, fresh], { [fresh]: customer('cust-1001') });
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    configureFromScript(scriptTag({ api, tokenUrl }), prefetched);

    const account = await getAccount(getConfiguration()!.client);

    expect(account.customer.id).toBe('cust-1001');
    expect(requestsSeen()).toEqual([
      'GET /portal/amicable-token',
      `GET /v1/account Bearer ${refused}`,
      'GET /portal/amicable-token',
      `GET /v1/account Bearer ${fresh}`,
    ]);
  });

  it('never hands the prefetched account to a configuration made afterwards for another customer', async () => {
    const first = fakeJwt('cust-1001');
    const second = fakeJwt('cust-2002');
    portalAndApi([first], { [first]: customer('cust-1001'), [second]: customer('cust-2002') });
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    configureFromScript(scriptTag({ api, tokenUrl }), prefetched);
    await prefetched.sent;
    // The portal logs another customer in before any element has read the account.
    configure({ api, getToken: async () => second });

    const account = await getAccount(getConfiguration()!.client);

    expect(account.customer.id).toBe('cust-2002');
    expect(requestsSeen()).toEqual([
      'GET /portal/amicable-token',
      `GET /v1/account Bearer ${first}`,
      `GET /v1/account Bearer ${second}`,
    ]);
  });

  it('hands the account only to a request made with the token it was asked with', async () => {
    const first = fakeJwt('cust-1001');
    const replaced = fakeJwt('cust-1001-new');
    portalAndApi([first], { [first]: customer('cust-1001'), [replaced]: customer('cust-1001-new') });
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    await prefetched.sent;

    const answer = await prefetched.take(
      new Request(`${api}/account`, { headers: { Authorization: `Bearer ${replaced}` } }),
    );

    expect(answer).toBeDefined();
    expect(((await answer!.json()) as { customer: { id: string } }).customer.id).toBe('cust-1001-new');
    expect(requestsSeen()).toEqual([
      'GET /portal/amicable-token',
      `GET /v1/account Bearer ${first}`,
      `GET /v1/account Bearer ${replaced}`,
    ]);
  });

  it('leaves a refused token to fail as it would have: one token request, no API request', async () => {
    server.handle((_request, response) => response.writeHead(401).end());
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    configureFromScript(scriptTag({ api, tokenUrl }), prefetched);

    await expect(getAccount(getConfiguration()!.client)).rejects.toBeInstanceOf(TokenError);
    expect(await prefetched.reads.get('/account')).toBeUndefined();
    expect(requestsSeen()).toEqual(['GET /portal/amicable-token']);
  });

  it('asks again, for real, when a prefetched request failed', async () => {
    const token = fakeJwt('cust-1001');
    let dropped = false;
    server.handle((request, response) => {
      if (request.url === '/portal/amicable-token' && !dropped) {
        // The connection drops under the loader's token request.
        dropped = true;
        response.socket?.destroy();
      } else if (request.url === '/portal/amicable-token') {
        response.writeHead(200, { 'content-type': 'text/plain' }).end(token);
      } else if (request.headers.authorization === `Bearer ${token}`) {
        sendJson(response, 200, customer('cust-1001'));
      } else {
        sendProblem(response, 401, 'unauthorized', 'Expected a valid customer token.');
      }
    });
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    await prefetched.sent;
    configureFromScript(scriptTag({ api, tokenUrl }), prefetched);

    const account = await getAccount(getConfiguration()!.client);

    expect(account.customer.id).toBe('cust-1001');
    expect(requestsSeen()).toEqual([
      'GET /portal/amicable-token',
      'GET /portal/amicable-token',
      `GET /v1/account Bearer ${token}`,
    ]);
  });

  it('counts a failed prefetched account as the first attempt: a 503 leaves the SDK two retries', async () => {
    const token = fakeJwt('cust-1001');
    server.handle((request, response) => {
      if (request.url === '/portal/amicable-token') {
        response.writeHead(200, { 'content-type': 'text/plain' }).end(token);
      } else {
        sendProblem(response, 503, 'unavailable', 'Try again later.');
      }
    });
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    configureFromScript(scriptTag({ api, tokenUrl }), prefetched);

    const error = await getAccount(getConfiguration()!.client).catch((failure: unknown) => failure);

    expect(error).toBeInstanceOf(HttpError);
    expect(requestsSeen()).toEqual([
      'GET /portal/amicable-token',
      `GET /v1/account Bearer ${token}`,
      `GET /v1/account Bearer ${token}`,
      `GET /v1/account Bearer ${token}`,
    ]);
  });

  it('gives the client each prefetched read once, and only for the token it was made with', async () => {
    const token = fakeJwt('cust-1001');
    portalAndApi([token], { [token]: customer('cust-1001') });
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    const other = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    await Promise.all([prefetched.sent, other.sent]);

    const answer = await prefetched.early('/account', token);
    const again = prefetched.early('/account', token);
    const unknown = prefetched.early('/invoices', token);
    const withAnotherToken = await other.early('/account', fakeJwt('cust-2002'));

    expect(((await answer!.json()) as { customer: { id: string } }).customer.id).toBe('cust-1001');
    expect(again).toBeUndefined();
    expect(unknown).toBeUndefined();
    expect(withAnotherToken).toBeUndefined();
    // Taken by the client: the fetch wrapper has nothing left to hand out for it either.
    expect(
      prefetched.take(new Request(`${api}/account`, { headers: { Authorization: `Bearer ${token}` } })),
    ).toBeUndefined();
  });

  it('forgets what it discarded', async () => {
    const token = fakeJwt('cust-1001');
    portalAndApi([token], { [token]: customer('cust-1001') });
    const prefetched = prefetchRequests(tokenUrl, api, ['/account'], server.origin);
    await prefetched.sent;
    configureFromScript(scriptTag({ api, tokenUrl }), prefetched);
    prefetched.discard();

    await getAccount(getConfiguration()!.client);

    expect(requestsSeen()).toEqual([
      'GET /portal/amicable-token',
      `GET /v1/account Bearer ${token}`,
      'GET /portal/amicable-token',
      `GET /v1/account Bearer ${token}`,
    ]);
  });
});
