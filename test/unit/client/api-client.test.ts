import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { createApiClient } from '../../../src/client/api/client';
import {
  AbortError,
  HttpError,
  isAbortError,
  isHttpError,
  isNetworkError,
  isSchemaError,
  isTimeoutError,
  NetworkError,
  SchemaError,
  TimeoutError,
} from '../../../src/client/errors';
import { createTokenProvider } from '../../../src/client/token';
import { fakeJwt, sendJson, sendProblem, startTestServer, type TestServer } from './test-server';

const Money = z.object({ amount: z.number().check(z.int()), currency: z.string() });
const Account = z.object({ customer: z.object({ id: z.string() }), overdue: Money });
const Created = z.object({ id: z.string() });

const account = {
  customer: { id: 'cust-1001' },
  overdue: { amount: 148_900, currency: 'NOK' },
  extra: 'tolerated',
};

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

/** A getToken() that hands out token-1, token-2, … and counts its calls. */
function countingTokens() {
  const issued: string[] = [];
  return {
    issued,
    getToken: async () => {
      const token = fakeJwt(`token-${issued.length + 1}`);
      issued.push(token);
      return token;
    },
  };
}

function clientWith(options: { timeoutMs?: number; getToken?: () => Promise<string> } = {}) {
  const tokens = options.getToken ? { getToken: options.getToken } : countingTokens();
  return createApiClient({ baseUrl: `${server.origin}/v1`, token: tokens, timeoutMs: options.timeoutMs });
}

function bearer(index: number): string | undefined {
  return server.seen[index]?.headers.authorization;
}

async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the promise to reject');
}

describe('createApiClient: successful calls', () => {
  it('sends the bearer token and returns the body validated by the schema', async () => {
    server.handle((_request, response) => sendJson(response, 200, account));
    const tokens = countingTokens();
    const client = clientWith({ getToken: tokens.getToken });

    const result = await client.request(Account, { path: '/account' });

    expect(result.customer.id).toBe('cust-1001');
    expect(result.overdue).toEqual({ amount: 148_900, currency: 'NOK' });
    expect(server.seen[0]?.method).toBe('GET');
    expect(server.seen[0]?.url).toBe('/v1/account');
    expect(bearer(0)).toBe(`Bearer ${tokens.issued[0]}`);
    expect(server.seen[0]?.headers.accept).toBe('application/json');
  });

  it('reuses the token for later calls instead of fetching a new one', async () => {
    server.handle((_request, response) => sendJson(response, 200, account));
    const tokens = countingTokens();
    const client = clientWith({ getToken: tokens.getToken });

    await client.request(Account, { path: 'account' });
    await client.request(Account, { path: 'account' });

    expect(tokens.issued).toHaveLength(1);
    expect(bearer(1)).toBe(bearer(0));
  });

  it('sends query parameters and leaves out undefined ones', async () => {
    server.handle((_request, response) => sendJson(response, 200, { id: 'q' }));
    await clientWith().request(Created, {
      path: '/plans/quote',
      searchParams: { invoiceIds: 'inv-1,inv-2', count: 3, skipped: undefined },
    });
    expect(server.seen[0]?.url).toBe('/v1/plans/quote?invoiceIds=inv-1%2Cinv-2&count=3');
  });

  it('sends a JSON body', async () => {
    server.handle((_request, response) => sendJson(response, 201, { id: 'plan-1' }));
    const body = { invoiceIds: ['inv-2025-0042'], count: 3, firstDueDate: '2026-12-01' };

    const plan = await clientWith().request(Created, { method: 'POST', path: '/plans', json: body });

    expect(plan.id).toBe('plan-1');
    expect(server.seen[0]?.headers['content-type']).toBe('application/json');
    expect(JSON.parse(server.seen[0]?.body ?? '')).toEqual(body);
  });

  it('sends a FormData body as multipart', async () => {
    server.handle((_request, response) => sendJson(response, 201, { id: 'dsp-1' }));
    const form = new FormData();
    form.set('invoiceId', 'inv-2025-0042');
    form.set('files', new Blob(['%PDF-1.4'], { type: 'application/pdf' }), 'receipt.pdf');

    await clientWith().request(Created, { method: 'POST', path: '/disputes', body: form });

    expect(server.seen[0]?.headers['content-type']).toMatch(/^multipart\/form-data; boundary=/);
    expect(server.seen[0]?.body).toContain('inv-2025-0042');
    expect(server.seen[0]?.body).toContain('filename="receipt.pdf"');
  });

  it('validates a 204 as undefined', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    const result = await clientWith().request(z.undefined(), { method: 'DELETE', path: '/things/1' });
    expect(result).toBeUndefined();
  });

  it('refuses json and body together', async () => {
    await expect(
      clientWith().request(Created, { method: 'POST', path: '/x', json: {}, body: new FormData() }),
    ).rejects.toThrow(TypeError);
    expect(server.seen).toHaveLength(0);
  });
});

describe('createApiClient: response validation', () => {
  it('rejects a body that breaks the schema with a SchemaError naming the paths', async () => {
    server.handle((_request, response) =>
      sendJson(response, 200, { customer: { id: 1001 }, overdue: { amount: '1489.00', currency: 'NOK' } }),
    );

    const error = await rejection(clientWith().request(Account, { path: '/account' }));

    expect(error).toBeInstanceOf(SchemaError);
    expect(isSchemaError(error)).toBe(true);
    const schemaError = error as SchemaError;
    expect(schemaError.code).toBe('invalid_response');
    expect(schemaError.retryable).toBe(false);
    expect(schemaError.status).toBe(200);
    expect(schemaError.issues.map((issue) => issue.path)).toEqual(['customer.id', 'overdue.amount']);
    expect(schemaError.message).toContain('GET /account');
    expect(schemaError.message).toContain('overdue.amount');
  });

  it('formats array indices in issue paths', async () => {
    const List = z.object({ invoices: z.array(z.object({ id: z.string() })) });
    server.handle((_request, response) => sendJson(response, 200, { invoices: [{ id: 'a' }, { id: 2 }] }));

    const error = (await rejection(clientWith().request(List, { path: '/list' }))) as SchemaError;

    expect(error.issues).toEqual([{ path: 'invoices[1].id', message: expect.any(String) }]);
  });

  it('rejects a 2xx body that is not JSON at all', async () => {
    server.handle((_request, response) =>
      response.writeHead(200, { 'content-type': 'text/html' }).end('<html>Wi-Fi login</html>'),
    );

    const error = (await rejection(clientWith().request(Account, { path: '/account' }))) as SchemaError;

    expect(error).toBeInstanceOf(SchemaError);
    expect(error.message).toContain('text/html');
  });

  it('rejects a 204 where a body was expected', async () => {
    server.handle((_request, response) => response.writeHead(204).end());
    await expect(clientWith().request(Account, { path: '/account' })).rejects.toBeInstanceOf(SchemaError);
  });
});

describe('createApiClient: HTTP errors', () => {
  it('parses a problem document', async () => {
    server.handle((_request, response) =>
      sendProblem(response, 404, 'not_found', 'No invoice inv-9 for this customer.'),
    );

    const error = await rejection(clientWith().request(Account, { path: '/invoices/inv-9' }));

    expect(isHttpError(error)).toBe(true);
    const httpError = error as HttpError;
    expect(httpError.status).toBe(404);
    expect(httpError.code).toBe('not_found');
    expect(httpError.problem.detail).toBe('No invoice inv-9 for this customer.');
    expect(httpError.bodyExcerpt).toBeUndefined();
    expect(httpError.retryable).toBe(false);
    expect(httpError.message).toContain('No invoice inv-9');
    // A 404 is an answer, not a failure to retry.
    expect(server.seen).toHaveLength(1);
  });

  it('keeps validation errors of a problem document', async () => {
    server.handle((_request, response) =>
      sendJson(
        response,
        400,
        {
          type: 'about:blank',
          title: 'Invalid request',
          status: 400,
          code: 'invalid_request',
          errors: [{ path: 'count', message: 'must be at least 2' }],
        },
        'application/problem+json',
      ),
    );
    const error = (await rejection(
      clientWith().request(Created, { method: 'POST', path: '/plans', json: { count: 1 } }),
    )) as HttpError;
    expect(error.problem.errors).toEqual([{ path: 'count', message: 'must be at least 2' }]);
  });

  it('synthesizes a problem when a proxy answers with HTML, keeping only a short excerpt', async () => {
    const page = `<html><head><title>502 Bad Gateway</title></head><body><h1>Bad Gateway</h1>${'<p>nginx</p>'.repeat(100)}</body></html>`;
    server.handle((_request, response) => response.writeHead(502, { 'content-type': 'text/html' }).end(page));

    const error = (await rejection(clientWith().request(Account, { path: '/account' }))) as HttpError;

    expect(error).toBeInstanceOf(HttpError);
    expect(error.status).toBe(502);
    expect(error.code).toBe('http_502');
    expect(error.problem).toMatchObject({ status: 502, code: 'http_502', title: 'Bad Gateway' });
    expect(error.problem.detail).toContain('text/html');
    expect(error.bodyExcerpt).toContain('502 Bad Gateway');
    expect(error.bodyExcerpt!.length).toBeLessThan(page.length / 2);
    expect(error.retryable).toBe(true);
    // GET is retried on 502: the first try and two retries.
    expect(server.seen).toHaveLength(3);
  });

  it('synthesizes a problem for an empty error body', async () => {
    server.handle((_request, response) => response.writeHead(500).end());
    const error = (await rejection(
      clientWith().request(Created, { method: 'POST', path: '/promises', json: {} }),
    )) as HttpError;
    expect(error.code).toBe('http_500');
    expect(error.bodyExcerpt).toBeUndefined();
    // A POST is not retried on 500: the server may have done the work.
    expect(server.seen).toHaveLength(1);
  });
});

describe('createApiClient: 401 and the token', () => {
  it('fetches a fresh token once and retries once after a 401', async () => {
    server.handle((_request, response, index) =>
      index === 0
        ? sendProblem(response, 401, 'unauthorized', 'Token expired.')
        : sendJson(response, 200, account),
    );
    const tokens = countingTokens();

    const result = await clientWith({ getToken: tokens.getToken }).request(Account, { path: '/account' });

    expect(result.customer.id).toBe('cust-1001');
    expect(tokens.issued).toHaveLength(2);
    expect(bearer(0)).toBe(`Bearer ${tokens.issued[0]}`);
    expect(bearer(1)).toBe(`Bearer ${tokens.issued[1]}`);
    expect(bearer(0)).not.toBe(bearer(1));
  });

  it('gives up with HttpError 401 when the fresh token is refused too', async () => {
    server.handle((_request, response) => sendProblem(response, 401, 'unauthorized', 'Token refused.'));
    const tokens = countingTokens();

    const error = await rejection(
      clientWith({ getToken: tokens.getToken }).request(Account, { path: '/account' }),
    );

    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(401);
    expect((error as HttpError).code).toBe('unauthorized');
    expect((error as HttpError).retryable).toBe(false);
    expect(tokens.issued).toHaveLength(2);
    expect(server.seen).toHaveLength(2);
    expect(new Set([bearer(0), bearer(1)]).size).toBe(2);
  });

  it('refreshes the token once when concurrent calls all get a 401', async () => {
    const tokens = countingTokens();
    server.handle((request, response) =>
      request.headers.authorization === `Bearer ${tokens.issued[0]}`
        ? sendProblem(response, 401, 'unauthorized', 'Token expired.')
        : sendJson(response, 200, account),
    );
    const client = clientWith({ getToken: tokens.getToken });

    await Promise.all([1, 2, 3].map(() => client.request(Account, { path: '/account' })));

    expect(tokens.issued).toHaveLength(2);
    expect(server.seen).toHaveLength(6);
  });

  it('shares one tokenUrl fetch between concurrent calls', async () => {
    const token = fakeJwt('cust-1001');
    server.handle((request, response) => {
      if (request.url === '/portal/amicable-token') {
        response.writeHead(200, { 'content-type': 'text/plain' }).end(`${token}\n`);
      } else {
        sendJson(response, 200, account);
      }
    });
    const client = createApiClient({
      baseUrl: `${server.origin}/v1`,
      token: { tokenUrl: `${server.origin}/portal/amicable-token` },
    });

    await Promise.all([1, 2, 3, 4].map(() => client.request(Account, { path: '/account' })));

    const tokenFetches = server.seen.filter((request) => request.url === '/portal/amicable-token');
    const apiCalls = server.seen.filter((request) => request.url === '/v1/account');
    expect(tokenFetches).toHaveLength(1);
    expect(apiCalls).toHaveLength(4);
    expect(apiCalls.every((request) => request.headers.authorization === `Bearer ${token}`)).toBe(true);
  });

  it('accepts a ready-made token provider', async () => {
    server.handle((_request, response) => sendJson(response, 200, account));
    const token = fakeJwt('provided');
    const provider = createTokenProvider({ getToken: async () => token });
    const client = createApiClient({ baseUrl: `${server.origin}/v1`, token: provider });

    await client.request(Account, { path: '/account' });

    expect(client.tokens).toBe(provider);
    expect(bearer(0)).toBe(`Bearer ${token}`);
  });
});

describe('createApiClient: Idempotency-Key', () => {
  it('is absent on GET', async () => {
    server.handle((_request, response) => sendJson(response, 200, account));
    await clientWith().request(Account, { path: '/account' });
    expect(server.seen[0]?.headers['idempotency-key']).toBeUndefined();
  });

  it('is present on POST and identical across the 401 retry and a 503 retry', async () => {
    server.handle((_request, response, index) => {
      if (index === 0) {
        sendProblem(response, 401, 'unauthorized', 'Token expired.');
      } else if (index === 1) {
        response.writeHead(503, { 'content-type': 'text/plain' }).end('Service Unavailable');
      } else {
        sendJson(response, 201, { id: 'promise-1' });
      }
    });

    const created = await clientWith().request(Created, {
      method: 'POST',
      path: '/promises',
      json: { invoiceIds: ['inv-1'], date: '2026-12-01' },
    });

    expect(created.id).toBe('promise-1');
    expect(server.seen).toHaveLength(3);
    const keys = server.seen.map((request) => request.headers['idempotency-key']);
    expect(keys[0]).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(new Set(keys).size).toBe(1);
    // The retried POST carried its body again.
    expect(server.seen.map((request) => JSON.parse(request.body).date)).toEqual([
      '2026-12-01',
      '2026-12-01',
      '2026-12-01',
    ]);
  });

  it('differs between two logical calls', async () => {
    server.handle((_request, response) => sendJson(response, 201, { id: 'p' }));
    const client = clientWith();
    await client.request(Created, { method: 'POST', path: '/promises', json: {} });
    await client.request(Created, { method: 'POST', path: '/promises', json: {} });
    expect(server.seen[0]?.headers['idempotency-key']).not.toBe(server.seen[1]?.headers['idempotency-key']);
  });

  it('uses the key the caller passes', async () => {
    server.handle((_request, response) => sendJson(response, 201, { id: 'p' }));
    await clientWith().request(Created, {
      method: 'POST',
      path: '/payments',
      json: {},
      idempotencyKey: 'retry-key-7',
    });
    expect(server.seen[0]?.headers['idempotency-key']).toBe('retry-key-7');
  });

  it('retries a POST whose connection dropped, with the same key', async () => {
    server.handle((_request, response, index) => {
      if (index === 0) {
        response.socket?.destroy();
      } else {
        sendJson(response, 201, { id: 'plan-2' });
      }
    });

    const created = await clientWith().request(Created, {
      method: 'POST',
      path: '/plans',
      json: { count: 3 },
    });

    expect(created.id).toBe('plan-2');
    expect(server.seen).toHaveLength(2);
    expect(server.seen[0]?.headers['idempotency-key']).toBe(server.seen[1]?.headers['idempotency-key']);
  });

  it('does not retry a POST marked not idempotent', async () => {
    server.handle((_request, response) => response.writeHead(503).end());
    const error = await rejection(
      clientWith().request(Created, {
        method: 'POST',
        path: '/events',
        json: { events: [] },
        idempotent: false,
      }),
    );
    expect((error as HttpError).status).toBe(503);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]?.headers['idempotency-key']).toBeUndefined();
  });
});

describe('createApiClient: network, timeout and abort', () => {
  it('retries a GET whose connection dropped', async () => {
    server.handle((_request, response, index) => {
      if (index === 0) {
        response.socket?.destroy();
      } else {
        sendJson(response, 200, account);
      }
    });

    const result = await clientWith().request(Account, { path: '/account' });

    expect(result.customer.id).toBe('cust-1001');
    expect(server.seen).toHaveLength(2);
  });

  it('rejects with NetworkError when nothing listens', async () => {
    const closed = await startTestServer();
    const origin = closed.origin;
    await closed.close();
    const client = createApiClient({ baseUrl: `${origin}/v1`, token: countingTokens() });

    const error = await rejection(client.request(Account, { path: '/account' }));

    expect(error).toBeInstanceOf(NetworkError);
    expect(isNetworkError(error)).toBe(true);
    expect((error as NetworkError).retryable).toBe(true);
    expect((error as NetworkError).message).toContain('GET /account');
  });

  it('rejects with TimeoutError when the server never answers', async () => {
    server.handle(() => {
      // never answer
    });

    const error = await rejection(clientWith({ timeoutMs: 200 }).request(Account, { path: '/account' }));

    expect(error).toBeInstanceOf(TimeoutError);
    expect(isTimeoutError(error)).toBe(true);
    expect((error as TimeoutError).code).toBe('timeout');
    expect((error as TimeoutError).timeoutMs).toBe(200);
    expect((error as TimeoutError).retryable).toBe(true);
    expect(server.seen).toHaveLength(1);
  });

  it("rejects with AbortError when the caller's signal aborts, without retrying", async () => {
    const controller = new AbortController();
    server.handle(() => {
      controller.abort();
    });

    const error = await rejection(
      clientWith().request(Account, { path: '/account', signal: controller.signal }),
    );

    expect(error).toBeInstanceOf(AbortError);
    expect(isAbortError(error)).toBe(true);
    expect((error as AbortError).name).toBe('AbortError');
    expect((error as AbortError).retryable).toBe(false);
    expect(server.seen).toHaveLength(1);
  });

  it('rejects an already aborted call without asking for a token or calling the API', async () => {
    const tokens = countingTokens();
    const signal = AbortSignal.abort();

    const error = await rejection(
      clientWith({ getToken: tokens.getToken }).request(Account, { path: '/account', signal }),
    );

    expect(error).toBeInstanceOf(AbortError);
    expect(tokens.issued).toHaveLength(0);
    expect(server.seen).toHaveLength(0);
  });

  it('stops waiting for a slow token when the caller aborts', async () => {
    const controller = new AbortController();
    const client = clientWith({
      getToken: () =>
        new Promise((resolve) => {
          controller.abort();
          setTimeout(() => resolve(fakeJwt('late')), 50);
        }),
    });

    const error = await rejection(client.request(Account, { path: '/account', signal: controller.signal }));

    expect(error).toBeInstanceOf(AbortError);
    expect(server.seen).toHaveLength(0);
  });
});

describe('createApiClient: answers the page already has (early)', () => {
  /** An early answer for `/account` made with `token`, as the script-tag loader hands them out: once. */
  function earlyAnswers(token: string, response: () => Promise<Response>) {
    const asked: string[] = [];
    let taken = false;
    return {
      asked,
      early: (path: string, sent: string) => {
        asked.push(`${path} ${sent}`);
        if (path !== '/account' || taken) return undefined;
        taken = true;
        return response().then((answer) => (sent === token ? answer : undefined));
      },
    };
  }

  function earlyClient(
    early: (path: string, token: string) => Promise<Response | undefined> | undefined,
    timeoutMs?: number,
  ) {
    return createApiClient({
      baseUrl: `${server.origin}/v1`,
      token: { getToken: async () => fakeJwt('token-1') },
      early,
      timeoutMs,
    });
  }

  const jsonAnswer = (status: number, body: unknown) =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

  it('validates a 2xx early answer with the schema and asks the API nothing', async () => {
    const answers = earlyAnswers(fakeJwt('token-1'), async () => jsonAnswer(200, account));
    const client = earlyClient(answers.early);

    const result = await client.request(Account, { path: '/account' });

    expect(result).toEqual({ customer: { id: 'cust-1001' }, overdue: { amount: 148_900, currency: 'NOK' } });
    expect(answers.asked).toEqual([`/account ${fakeJwt('token-1')}`]);
    expect(server.seen).toHaveLength(0);
  });

  it('refuses an early answer that breaks the schema, as any other', async () => {
    const answers = earlyAnswers(fakeJwt('token-1'), async () => jsonAnswer(200, { customer: {} }));

    const error = await rejection(earlyClient(answers.early).request(Account, { path: '/account' }));

    expect(error).toBeInstanceOf(SchemaError);
    expect((error as SchemaError).issues.map((issue) => issue.path)).toContain('customer.id');
    expect(server.seen).toHaveLength(0);
  });

  it('takes a failed early answer as the first of the call’s attempts: a 503 leaves two retries', async () => {
    server.handle((_request, response) => sendProblem(response, 503, 'unavailable', 'Try again later.'));
    const answers = earlyAnswers(fakeJwt('token-1'), async () =>
      jsonAnswer(503, { type: 'about:blank', title: 'Unavailable', status: 503, code: 'unavailable' }),
    );

    const error = await rejection(earlyClient(answers.early).request(Account, { path: '/account' }));

    expect(error).toBeInstanceOf(HttpError);
    expect((error as HttpError).status).toBe(503);
    expect(server.seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /v1/account',
      'GET /v1/account',
    ]);
  });

  it('recovers from a failed early answer on the retry', async () => {
    server.handle((_request, response) => sendJson(response, 200, account));
    const answers = earlyAnswers(fakeJwt('token-1'), async () => jsonAnswer(502, {}));

    const result = await earlyClient(answers.early).request(Account, { path: '/account' });

    expect(result.customer.id).toBe('cust-1001');
    expect(server.seen).toHaveLength(1);
  });

  it('asks the API itself when the early answer was made with another token', async () => {
    server.handle((_request, response) => sendJson(response, 200, account));
    const answers = earlyAnswers(fakeJwt('someone-else'), async () => jsonAnswer(200, { wrong: true }));

    const result = await earlyClient(answers.early).request(Account, { path: '/account' });

    expect(result.customer.id).toBe('cust-1001');
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]!.headers.authorization).toBe(`Bearer ${fakeJwt('token-1')}`);
  });

  it('offers only plain GETs to the early answers: not a query, not a POST', async () => {
    server.handle((request, response) =>
      request.method === 'POST' ? sendJson(response, 201, { id: 'x' }) : sendJson(response, 200, account),
    );
    const answers = earlyAnswers(fakeJwt('token-1'), async () => jsonAnswer(200, account));
    const client = earlyClient(answers.early);

    await client.request(Account, { path: '/account', searchParams: { page: 2 } });
    await client.request(Created, { method: 'POST', path: '/account', json: {} });

    expect(answers.asked).toEqual([]);
    expect(server.seen.map((request) => `${request.method} ${request.url}`)).toEqual([
      'GET /v1/account?page=2',
      'POST /v1/account',
    ]);
  });

  it('waits for an early answer no longer than for one attempt', async () => {
    const answers = earlyAnswers(fakeJwt('token-1'), () => new Promise<Response>(() => {}));

    const error = await rejection(earlyClient(answers.early, 150).request(Account, { path: '/account' }));

    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).timeoutMs).toBe(150);
    expect(server.seen).toHaveLength(0);
  });

  it("stops waiting for an early answer when the caller's signal aborts", async () => {
    const controller = new AbortController();
    const answers = earlyAnswers(fakeJwt('token-1'), () => {
      setTimeout(() => controller.abort(), 20);
      return new Promise<Response>(() => {});
    });

    const error = await rejection(
      earlyClient(answers.early).request(Account, { path: '/account', signal: controller.signal }),
    );

    expect(error).toBeInstanceOf(AbortError);
  });
});
