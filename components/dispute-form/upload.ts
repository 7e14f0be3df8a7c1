/**
 * `POST /v1/disputes` with upload progress. fetch (and so ky) cannot report how much of a request
 * body has been sent, so this one call goes through `XMLHttpRequest`, which can. It keeps the API
 * client's rules: the token from the configured client's token provider (one fresh token and one
 * more try on a 401), the caller's `Idempotency-Key` on every attempt, the answer checked against
 * the contract, and every failure as an `AmicableError` subclass.
 */
import type { Configuration } from '../../src/client/config';
import { AbortError, HttpError, NetworkError, SchemaError, TimeoutError } from '../../src/client/errors';
import { Dispute } from '../../src/contract/dispute';
import { type Problem, ProblemSchema } from '../../src/contract/problem';

/** How far the upload of the request body has got. */
export interface UploadProgress {
  loaded: number;
  total: number;
}

/** Options of {@link sendDispute}. */
export interface SendDisputeOptions {
  /** The SDK configuration: its `api` base URL, its client's token provider, its timeout. */
  configuration: Configuration;
  /** The multipart body (see the contract's `disputeFormData`). */
  body: FormData;
  /** Kept by the caller across its own retries, so a retry never opens a second dispute. */
  idempotencyKey: string;
  onProgress?: (progress: UploadProgress) => void;
  signal?: AbortSignal;
}

const label = 'POST /disputes';

function disputesUrl(api: string): string {
  return `${api.replace(/\/+$/, '')}/disputes`;
}

interface Answer {
  status: number;
  text: string;
  url: string;
  contentType: string;
}

/**
 * One attempt. A stall timer stands in for a request timeout: a large upload on a slow line may
 * rightly take minutes, so what times out is `timeoutMs` without any progress, or without an answer
 * once the body has been sent.
 */
function attempt(options: SendDisputeOptions, token: string): Promise<Answer> {
  const { configuration, signal } = options;
  return new Promise<Answer>((resolve, reject) => {
    const request = new XMLHttpRequest();
    const url = disputesUrl(configuration.api);
    let stall: ReturnType<typeof setTimeout> | undefined;
    const settle = () => {
      clearTimeout(stall);
      signal?.removeEventListener('abort', onAbort);
    };
    const armStall = () => {
      clearTimeout(stall);
      stall = setTimeout(() => {
        request.abort();
        settle();
        reject(
          new TimeoutError(
            `Expected progress or an answer to ${label} within ${configuration.timeoutMs} ms.`,
            {
              timeoutMs: configuration.timeoutMs,
            },
          ),
        );
      }, configuration.timeoutMs);
    };
    const onAbort = () => {
      request.abort();
      settle();
      reject(
        new AbortError(`${label} was cancelled by the caller's AbortSignal.`, { cause: signal?.reason }),
      );
    };
    if (signal?.aborted) {
      onAbort();
      return;
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    request.open('POST', url);
    request.responseType = 'text';
    request.setRequestHeader('Accept', 'application/json');
    request.setRequestHeader('Authorization', `Bearer ${token}`);
    request.setRequestHeader('Idempotency-Key', options.idempotencyKey);
    request.upload.addEventListener('progress', (event) => {
      armStall();
      if (event.lengthComputable) options.onProgress?.({ loaded: event.loaded, total: event.total });
    });
    request.upload.addEventListener('load', armStall);
    request.addEventListener('load', () => {
      settle();
      resolve({
        status: request.status,
        text: request.responseText,
        url: request.responseURL || url,
        contentType: request.getResponseHeader('Content-Type') ?? '',
      });
    });
    request.addEventListener('error', () => {
      settle();
      reject(new NetworkError(`Expected an answer to ${label}, but the request failed (no connection).`));
    });
    armStall();
    request.send(options.body);
  });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function httpError(answer: Answer): HttpError {
  const parsed = ProblemSchema.safeParse(parseJson(answer.text));
  const problem: Problem = parsed.success
    ? parsed.data
    : {
        type: 'about:blank',
        title: `HTTP ${answer.status}`,
        status: answer.status,
        code: `http_${answer.status}`,
        detail: `Expected a problem document (application/problem+json), got ${answer.contentType || 'no content type'}.`,
      };
  return new HttpError(
    `Expected a 2xx answer to ${label}, got ${answer.status} (${problem.code}): ${problem.detail ?? problem.title}`,
    {
      status: answer.status,
      problem,
      method: 'POST',
      url: answer.url,
      ...(parsed.success ? {} : { bodyExcerpt: answer.text.slice(0, 200) }),
    },
  );
}

/**
 * Sends a dispute and resolves with it as the API stored it.
 * @throws HttpError (4xx/5xx, with the problem document), NetworkError, TimeoutError, AbortError,
 * SchemaError (a 2xx body that is not a dispute), or the token provider's TokenError.
 */
export async function sendDispute(options: SendDisputeOptions): Promise<Dispute> {
  const tokens = options.configuration.client.tokens;
  let token = await tokens.getToken();
  let answer = await attempt(options, token);
  if (answer.status === 401) {
    // The token may have expired: one fresh token, one more try, then give up (as the API client does).
    tokens.invalidate(token);
    token = await tokens.getToken();
    answer = await attempt(options, token);
  }
  if (answer.status < 200 || answer.status >= 300) throw httpError(answer);
  const result = Dispute.safeParse(parseJson(answer.text));
  if (!result.success) {
    const issues = result.error.issues.map((issue) => ({
      path: issue.path.map(String).join('.'),
      message: issue.message,
    }));
    throw new SchemaError(`Expected the ${answer.status} answer to ${label} to be a dispute.`, {
      method: 'POST',
      url: answer.url,
      status: answer.status,
      issues,
      cause: result.error,
    });
  }
  return result.data;
}
