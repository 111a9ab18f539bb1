import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, api, isApiError, parseProblem } from './client.ts';
import { i18n } from '../i18n/index.ts';

function respond(
  status: number,
  body: unknown,
  contentType = 'application/json',
  headers: Record<string, string> = {},
) {
  const text = typeof body === 'string' ? body : JSON.stringify(body);
  return vi.fn(
    async () =>
      new Response(status === 204 ? null : text, {
        status,
        headers: { 'content-type': contentType, ...headers },
      }),
  );
}

afterEach(async () => {
  vi.unstubAllGlobals();
  await i18n.changeLanguage('zh-CN');
});

describe('api client', () => {
  it('sends Accept-Language from the current language and parses JSON', async () => {
    const fetchMock = respond(200, { status: 'ok' });
    vi.stubGlobal('fetch', fetchMock);
    await expect(api.get('/api/health')).resolves.toEqual({ status: 'ok' });
    await i18n.changeLanguage('en');
    await api.get('/api/health', { query: { a: 1, b: undefined, c: 'x y' } });

    const [firstUrl, first] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    const [secondUrl, second] = fetchMock.mock.calls[1] as unknown as [string, RequestInit];
    expect(firstUrl).toBe('/api/health');
    expect((first.headers as Record<string, string>)['Accept-Language']).toBe('zh-CN');
    expect(secondUrl).toBe('/api/health?a=1&c=x+y');
    expect((second.headers as Record<string, string>)['Accept-Language']).toBe('en');
  });

  it('sends bodies as JSON and returns undefined for 204', async () => {
    const fetchMock = respond(204, '');
    vi.stubGlobal('fetch', fetchMock);
    await expect(api.post('/api/v1/things', { name: '营商' })).resolves.toBeUndefined();
    const [, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(init.method).toBe('POST');
    expect(init.body).toBe('{"name":"营商"}');
    expect((init.headers as Record<string, string>)['Content-Type']).toBe('application/json');
  });

  it('turns an RFC 9457 problem into an ApiError with field errors', async () => {
    const problem = {
      type: 'https://yingshang.dev/problems/validation',
      title: '请求参数有误',
      status: 400,
      detail: '统一社会信用代码校验位错误',
      code: 'VALIDATION_FAILED',
      errors: [{ path: 'body.uscc', message: '校验位错误' }],
      requestId: 'req-1',
    };
    vi.stubGlobal('fetch', respond(400, problem, 'application/problem+json'));
    const error = await api.post('/api/v1/x', {}).catch((e: unknown) => e);
    expect(isApiError(error)).toBe(true);
    const apiError = error as ApiError;
    expect(apiError).toMatchObject({
      status: 400,
      code: 'VALIDATION_FAILED',
      title: '请求参数有误',
      requestId: 'req-1',
    });
    expect(apiError.userMessage).toBe('统一社会信用代码校验位错误');
    expect(apiError.fieldErrors()).toEqual({ 'body.uscc': '校验位错误' });
  });

  it('still gives an ApiError for a non-problem error page, with the request id header', async () => {
    vi.stubGlobal('fetch', respond(502, '<h1>Bad gateway</h1>', 'text/html', { 'x-request-id': 'abc' }));
    const error = (await api.get('/api/health').catch((e: unknown) => e)) as ApiError;
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ status: 502, code: 'HTTP_ERROR', requestId: 'abc' });
    expect(error.userMessage).toContain('502');
  });

  it('reports a network failure as status 0, and lets an abort through', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('Failed to fetch'))),
    );
    const error = (await api.get('/api/health').catch((e: unknown) => e)) as ApiError;
    expect(error).toMatchObject({ status: 0, code: 'NETWORK_ERROR' });

    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new DOMException('aborted', 'AbortError'))),
    );
    const aborted = await api.get('/api/health').catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(DOMException);
  });

  it('reports malformed JSON as an ApiError', async () => {
    vi.stubGlobal('fetch', respond(200, '{not json', 'application/json'));
    await expect(api.get('/api/health')).rejects.toMatchObject({ code: 'BAD_RESPONSE', status: 200 });
  });
});

describe('parseProblem', () => {
  it('accepts a minimal problem and rejects things that are not one', () => {
    expect(parseProblem({ title: 't', code: 'C' }, 418)).toMatchObject({
      type: 'about:blank',
      status: 418,
      code: 'C',
    });
    expect(parseProblem({ title: 't' }, 400)).toBeNull();
    expect(parseProblem('text', 400)).toBeNull();
    expect(parseProblem([], 400)).toBeNull();
  });
});
