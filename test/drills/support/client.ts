/**
 * The drills' HTTP client: every answer is counted, every 5xx is checked (a clean 503 problem
 * document with `Retry-After`, never a 500), and retries keep the request's `Idempotency-Key`,
 * as the SDK does.
 */
import { sleep } from './server';

/** One request, rebuilt for every attempt (a multipart body cannot be sent twice). */
export interface DrillRequest {
  method: 'GET' | 'PUT' | 'POST';
  path: string;
  /** The whole `Authorization` header value. */
  authorization?: string;
  json?: unknown;
  form?: () => FormData;
  idempotencyKey?: string;
}

/** An answer the server gave. */
export interface Answer {
  status: number;
  headers: Headers;
  /** Parsed JSON, or the text when it is not JSON. */
  body: unknown;
}

/** How a request ended after its retries. */
export type Outcome =
  | { kind: 'answer'; answer: Answer; attempts: number }
  | { kind: 'gave_up'; last: string; attempts: number };

/** Codes a 503 may carry: the database or the payment provider is away for a moment. */
const TEMPORARY_CODES = new Set(['service_unavailable', 'payment_provider_unavailable']);

/** Counts of answers by status, and everything that broke a rule. */
export class Tally {
  readonly answers = new Map<string, number>();
  /** Answers that broke a rule: a 500, a 503 that is not a clean problem document, … */
  readonly violations: string[] = [];
  /** Clean 503 answers seen, by code. */
  readonly unavailable = new Map<string, number>();

  count(what: string): void {
    this.answers.set(what, (this.answers.get(what) ?? 0) + 1);
  }

  /** `{ "200": 1234, "503": 12, network: 3 }`, for the drill's summary line. */
  summary(): Record<string, number> {
    return Object.fromEntries([...this.answers.entries()].sort(([a], [b]) => a.localeCompare(b)));
  }

  check(request: DrillRequest, answer: Answer): void {
    this.count(String(answer.status));
    if (answer.status < 500) return;
    const where = `${request.method} ${request.path}`;
    const body = answer.body as { code?: unknown; status?: unknown } | undefined;
    const contentType = answer.headers.get('content-type') ?? '';
    if (answer.status !== 503) {
      this.violations.push(
        `${where} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 300)}`,
      );
      return;
    }
    const problems: string[] = [];
    if (!contentType.includes('application/problem+json')) problems.push(`content type ${contentType}`);
    if (typeof body?.code !== 'string' || !TEMPORARY_CODES.has(body.code))
      problems.push(`code ${body?.code}`);
    if (body?.status !== 503) problems.push(`status in body ${body?.status}`);
    const retryAfter = answer.headers.get('retry-after');
    if (!retryAfter || !/^\d+$/.test(retryAfter)) problems.push(`Retry-After ${retryAfter}`);
    if (problems.length > 0)
      this.violations.push(`${where} answered an unclean 503 (${problems.join(', ')})`);
    else this.unavailable.set(String(body?.code), (this.unavailable.get(String(body?.code)) ?? 0) + 1);
  }
}

/** Whether an answer says "not now, try again" (the request may be sent again with its key). */
function temporary(answer: Answer): boolean {
  if (answer.status >= 500) return true;
  if (answer.status === 429) return true;
  // A duplicate of a request still running: `409 conflict` with `Retry-After`.
  return answer.status === 409 && answer.headers.has('retry-after');
}

async function readBody(response: Response): Promise<unknown> {
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export class DrillClient {
  readonly base: string;
  readonly tally: Tally;

  constructor(base: string, tally = new Tally()) {
    this.base = base;
    this.tally = tally;
  }

  /** One attempt. Throws when no answer arrives (refused, reset, aborted). */
  async once(request: DrillRequest, signal?: AbortSignal): Promise<Answer> {
    const headers: Record<string, string> = {};
    if (request.authorization) headers.Authorization = request.authorization;
    if (request.idempotencyKey) headers['Idempotency-Key'] = request.idempotencyKey;
    let body: BodyInit | undefined;
    if (request.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(request.json);
    } else if (request.form) {
      body = request.form();
    }
    let response: Response;
    try {
      response = await fetch(`${this.base}${request.path}`, {
        method: request.method,
        headers,
        ...(body === undefined ? {} : { body }),
        signal: signal ?? AbortSignal.timeout(30_000),
      });
    } catch (error) {
      this.tally.count('network');
      throw error;
    }
    const answer = { status: response.status, headers: response.headers, body: await readBody(response) };
    this.tally.check(request, answer);
    return answer;
  }

  /**
   * Sends until a final answer (anything but a 5xx, a 429 or a 409 "still running") or until
   * `until` (epoch ms, but at least 15 s after the first attempt) has passed. With `loseFirstAnswerAfterMs` the first attempt is abandoned
   * after that long, as a client whose connection dropped: the retry must get the same result.
   */
  async send(
    request: DrillRequest,
    { until, loseFirstAnswerAfterMs }: { until: number; loseFirstAnswerAfterMs?: number },
  ): Promise<Outcome> {
    let attempts = 0;
    let last = 'not sent';
    // Every request gets a fair chance to see the server recover, even one started late.
    const deadline = Math.max(until, Date.now() + 15_000);
    for (;;) {
      attempts += 1;
      try {
        const signal =
          attempts === 1 && loseFirstAnswerAfterMs !== undefined
            ? AbortSignal.timeout(Math.max(1, Math.round(loseFirstAnswerAfterMs)))
            : undefined;
        const answer = await this.once(request, signal);
        if (!temporary(answer)) return { kind: 'answer', answer, attempts };
        last = `${answer.status} ${(answer.body as { code?: string })?.code ?? ''}`;
        const retryAfter = Number(answer.headers.get('retry-after') ?? '0');
        // Honour Retry-After, but briefly: the drill wants to see the recovery, not wait it out.
        await sleep(Math.min(Math.max(retryAfter * 1000, 100), 500) * (0.5 + Math.random()));
      } catch (error) {
        last = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
        await sleep(100 + Math.random() * 150);
      }
      if (Date.now() > deadline) return { kind: 'gave_up', last, attempts };
    }
  }
}
