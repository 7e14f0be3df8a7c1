import { describe, expect, it } from 'vitest';
import {
  AbortError,
  AmicableError,
  HttpError,
  isAbortError,
  isAmicableError,
  isHttpError,
  isNetworkError,
  isSchemaError,
  isTimeoutError,
  isTokenError,
  NetworkError,
  SchemaError,
  TimeoutError,
  TokenError,
  toErrorDetail,
} from '../../../src/client/errors';

const problem = { type: 'about:blank', title: 'Not found', status: 404, code: 'not_found' };

const samples = {
  network: new NetworkError('offline'),
  timeout: new TimeoutError('slow', { timeoutMs: 10 }),
  abort: new AbortError('cancelled'),
  http: new HttpError('404', { status: 404, problem, method: 'GET', url: 'http://x/v1/invoices/1' }),
  schema: new SchemaError('bad', { method: 'GET', url: 'http://x', status: 200, issues: [] }),
  token: new TokenError('no token', { retryable: false }),
};

describe('error classes', () => {
  it('carry their code, retryability and name', () => {
    expect(samples.network).toMatchObject({ code: 'network_error', retryable: true, name: 'NetworkError' });
    expect(samples.timeout).toMatchObject({ code: 'timeout', retryable: true, name: 'TimeoutError' });
    expect(samples.abort).toMatchObject({ code: 'aborted', retryable: false, name: 'AbortError' });
    expect(samples.http).toMatchObject({ code: 'not_found', retryable: false, name: 'HttpError' });
    expect(samples.schema).toMatchObject({ code: 'invalid_response', retryable: false, name: 'SchemaError' });
    expect(samples.token).toMatchObject({ code: 'token_unavailable', retryable: false, name: 'TokenError' });
  });

  it('mark 5xx, 408 and 429 HTTP errors retryable', () => {
    for (const status of [408, 429, 500, 502, 503, 504]) {
      const error = new HttpError('x', { status, problem: { ...problem, status }, method: 'GET', url: 'u' });
      expect(error.retryable).toBe(true);
    }
    const conflict = new HttpError('x', {
      status: 409,
      problem: { ...problem, status: 409 },
      method: 'POST',
      url: 'u',
    });
    expect(conflict.retryable).toBe(false);
  });

  it('keep the cause', () => {
    const cause = new Error('socket hang up');
    expect(new NetworkError('offline', { cause }).cause).toBe(cause);
  });
});

describe('type guards', () => {
  it('recognise each class and nothing else', () => {
    const guards = {
      network: isNetworkError,
      timeout: isTimeoutError,
      abort: isAbortError,
      http: isHttpError,
      schema: isSchemaError,
      token: isTokenError,
    };
    for (const [guardName, guard] of Object.entries(guards)) {
      for (const [sampleName, sample] of Object.entries(samples)) {
        expect(guard(sample), `${guardName} on ${sampleName}`).toBe(guardName === sampleName);
      }
      expect(guard(new Error('plain'))).toBe(false);
      expect(guard(undefined)).toBe(false);
    }
    for (const sample of Object.values(samples)) {
      expect(isAmicableError(sample)).toBe(true);
    }
    expect(isAmicableError(new Error('plain'))).toBe(false);
    expect(isAmicableError(new DOMException('aborted', 'AbortError'))).toBe(false);
  });

  it('recognise an error from another copy of the SDK by its brand', () => {
    const foreign = Object.create(null) as Record<symbol, unknown>;
    foreign[Symbol.for('amicable.error')] = 'HttpError';
    expect(isHttpError(foreign)).toBe(true);
    expect(isAmicableError(foreign)).toBe(true);
    expect(isNetworkError(foreign)).toBe(false);
  });
});

describe('toErrorDetail', () => {
  it('keeps the code of SDK errors', () => {
    expect(toErrorDetail(samples.http)).toEqual({ code: 'not_found', message: '404', retryable: false });
    expect(samples.timeout.toDetail()).toEqual({ code: 'timeout', message: 'slow', retryable: true });
  });

  it('turns anything else into an unexpected, not retryable error', () => {
    expect(toErrorDetail(new RangeError('boom'))).toEqual({
      code: 'unexpected',
      message: 'boom',
      retryable: false,
    });
    expect(toErrorDetail('string thrown')).toEqual({
      code: 'unexpected',
      message: 'string thrown',
      retryable: false,
    });
  });

  it('lets the base class be used directly', () => {
    const error = new AmicableError('custom', 'message', { retryable: true });
    expect(toErrorDetail(error)).toEqual({ code: 'custom', message: 'message', retryable: true });
  });
});
