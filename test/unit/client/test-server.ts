import { createServer, type IncomingHttpHeaders, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A request as the test server saw it, body read in full. */
export interface SeenRequest {
  method: string;
  /** Path and query, e.g. `/v1/account?x=1`. */
  url: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export type Handler = (request: SeenRequest, response: ServerResponse, index: number) => void;

/** A real HTTP server on 127.0.0.1 whose behaviour each test sets with `handle()`. */
export interface TestServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** Every request since the last `reset()`, in arrival order. */
  seen: SeenRequest[];
  handle(handler: Handler): void;
  reset(): void;
  close(): Promise<void>;
}

export async function startTestServer(): Promise<TestServer> {
  let handler: Handler = (_request, response) => {
    response.writeHead(500).end('no handler set');
  };
  const seen: SeenRequest[] = [];
  const unanswered = new Set<ServerResponse>();
  const server = createServer((incoming, response) => {
    unanswered.add(response);
    response.on('close', () => unanswered.delete(response));
    const chunks: Buffer[] = [];
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
    incoming.on('end', () => {
      const request: SeenRequest = {
        method: incoming.method ?? '',
        url: incoming.url ?? '',
        headers: incoming.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      seen.push(request);
      handler(request, response, seen.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    seen,
    handle(next) {
      handler = next;
    },
    reset() {
      seen.length = 0;
      // Requests a test left hanging on purpose must not leak into the next test. Idle
      // keep-alive connections stay: closing them would make the client's next request fail.
      for (const response of unanswered) {
        response.socket?.destroy();
      }
      unanswered.clear();
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    },
  };
}

export function sendJson(
  response: ServerResponse,
  status: number,
  body: unknown,
  contentType = 'application/json',
) {
  response.writeHead(status, { 'content-type': contentType }).end(JSON.stringify(body));
}

export function sendProblem(response: ServerResponse, status: number, code: string, detail: string) {
  sendJson(
    response,
    status,
    { type: `https://amicable.dev/problems/${code}`, title: code.replace(/_/g, ' '), status, code, detail },
    'application/problem+json',
  );
}

function base64url(value: string): string {
  return Buffer.from(value).toString('base64url');
}

/** A JWT-shaped token. The client never verifies signatures, only the shape. */
export function fakeJwt(subject: string): string {
  return `${base64url('{"alg":"HS256","typ":"JWT"}')}.${base64url(JSON.stringify({ sub: subject, aud: 'amicable' }))}.c2lnbmF0dXJl`;
}
