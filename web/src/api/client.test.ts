import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  api,
  filenameOf,
  isApiError,
  isForbidden,
  isRawBody,
  isSessionEnded,
  onCsrfRefused,
  onUnauthenticated,
  parseProblem,
  setCsrfToken,
} from './client.ts';
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
  setCsrfToken(null);
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

describe('session hooks', () => {
  const headersOf = (mock: ReturnType<typeof vi.fn>, call: number) =>
    (mock.mock.calls[call] as unknown as [string, RequestInit])[1].headers as Record<string, string>;

  it('sends the CSRF token on every write, and never on reads', async () => {
    const fetchMock = respond(200, {});
    vi.stubGlobal('fetch', fetchMock);
    await api.post('/api/v1/x', {});
    expect(headersOf(fetchMock, 0)['x-csrf-token']).toBeUndefined(); // no session yet

    setCsrfToken('tok-1');
    await api.get('/api/v1/x');
    await api.post('/api/v1/x', { a: 1 });
    await api.put('/api/v1/x', {});
    await api.patch('/api/v1/x', {});
    await api.delete('/api/v1/x');
    expect(headersOf(fetchMock, 1)['x-csrf-token']).toBeUndefined();
    for (const call of [2, 3, 4, 5]) expect(headersOf(fetchMock, call)['x-csrf-token']).toBe('tok-1');
    // Cookies go along: same-origin.
    expect((fetchMock.mock.calls[2] as unknown as [string, RequestInit])[1].credentials).toBe('same-origin');

    setCsrfToken(null);
    await api.post('/api/v1/x', {});
    expect(headersOf(fetchMock, 6)['x-csrf-token']).toBeUndefined();
  });

  const unauthenticated = { title: '请先登录', status: 401, code: 'UNAUTHENTICATED' };

  it('tells the session about a 401 UNAUTHENTICATED, and still throws', async () => {
    vi.stubGlobal('fetch', respond(401, unauthenticated, 'application/problem+json'));
    const heard: ApiError[] = [];
    const stop = onUnauthenticated((error) => heard.push(error));
    const error = await api.get('/api/v1/org/users').catch((e: unknown) => e);
    expect(isSessionEnded(error)).toBe(true);
    expect(heard).toHaveLength(1);

    // A 401 that is an answer (sign-in, the start-up session check) is not an ended session.
    await api.post('/api/v1/auth/sign-in', {}, { expectUnauthenticated: true }).catch(() => undefined);
    expect(heard).toHaveLength(1);

    stop();
    await api.get('/api/v1/org/users').catch(() => undefined);
    expect(heard).toHaveLength(1);
  });

  it('does not take wrong credentials or a 403 for an ended session', async () => {
    const heard: ApiError[] = [];
    const stop = onUnauthenticated((error) => heard.push(error));
    vi.stubGlobal('fetch', respond(401, { title: '用户名或密码错误', code: 'INVALID_CREDENTIALS' }, 'application/problem+json'));
    await api.post('/api/v1/x', {}).catch(() => undefined);
    vi.stubGlobal('fetch', respond(403, { title: '无权访问', code: 'FORBIDDEN' }, 'application/problem+json'));
    const forbidden = await api.get('/api/v1/x').catch((e: unknown) => e);
    expect(isForbidden(forbidden)).toBe(true);
    expect(heard).toEqual([]);
    stop();
  });
});

describe('a refused CSRF token', () => {
  const refused = { title: 'CSRF 校验失败', status: 403, code: 'CSRF_FAILED' };

  it('gets a fresh token and retries the write once', async () => {
    const fetchMock = vi
      .fn()
      .mockResolvedValueOnce(new Response(JSON.stringify(refused), { status: 403, headers: { 'content-type': 'application/problem+json' } }))
      .mockResolvedValueOnce(new Response(JSON.stringify({ ok: true }), { status: 200, headers: { 'content-type': 'application/json' } }));
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('stale');
    const stop = onCsrfRefused(async () => {
      setCsrfToken('fresh');
      return 'fresh';
    });
    await expect(api.patch('/api/v1/x', { a: 1 })).resolves.toEqual({ ok: true });
    const tokens = fetchMock.mock.calls.map((call) => ((call as unknown as [string, RequestInit])[1].headers as Record<string, string>)['x-csrf-token']);
    expect(tokens).toEqual(['stale', 'fresh']);
    stop();
  });

  it('gives up after one retry, or when there is no session any more', async () => {
    vi.stubGlobal('fetch', respond(403, refused, 'application/problem+json'));
    let asked = 0;
    const stop = onCsrfRefused(async () => {
      asked += 1;
      return asked === 1 ? 'fresh' : null;
    });
    await expect(api.post('/api/v1/x', {})).rejects.toMatchObject({ code: 'CSRF_FAILED' });
    expect(asked).toBe(1);
    await expect(api.post('/api/v1/x', {})).rejects.toMatchObject({ code: 'CSRF_FAILED' });
    expect(asked).toBe(2);
    stop();
  });
});

describe('files and bytes', () => {
  const initOf = (mock: ReturnType<typeof vi.fn>, call = 0) => (mock.mock.calls[call] as unknown as [string, RequestInit])[1];

  it('sends a Blob, FormData or bytes as they are, with the CSRF token and no JSON content type', async () => {
    const fetchMock = respond(200, { inserted: 1 });
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok-9');
    const file = new File(['统一社会信用代码,名称\n'], 'entities.csv', { type: 'text/csv' });
    await expect(api.post('/api/v1/import', file, { headers: { 'Content-Type': 'text/csv' } })).resolves.toEqual({ inserted: 1 });
    const form = new FormData();
    form.append('file', file);
    await api.post('/api/v1/upload', form);
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4]);
    await api.put('/api/v1/bytes', bytes.buffer);
    await api.put('/api/v1/bytes', bytes);

    expect(initOf(fetchMock, 0).body).toBe(file);
    expect(initOf(fetchMock, 0).headers).toMatchObject({ 'Content-Type': 'text/csv', 'x-csrf-token': 'tok-9' });
    expect(initOf(fetchMock, 1).body).toBe(form);
    // The browser writes the multipart type with its boundary; we must not.
    expect((initOf(fetchMock, 1).headers as Record<string, string>)['Content-Type']).toBeUndefined();
    expect(initOf(fetchMock, 2).body).toBe(bytes.buffer);
    expect(initOf(fetchMock, 3).body).toBe(bytes);
    for (const call of [1, 2, 3]) {
      const headers = initOf(fetchMock, call).headers as Record<string, string>;
      expect(headers['Content-Type']).not.toBe('application/json');
      expect(headers['x-csrf-token']).toBe('tok-9');
    }
    expect([file, form, bytes, bytes.buffer].every(isRawBody)).toBe(true);
    expect([{}, 'text', [1], null].some(isRawBody)).toBe(false);
  });

  it('reports an ended session on a file upload too', async () => {
    vi.stubGlobal('fetch', respond(401, { title: '请先登录', status: 401, code: 'UNAUTHENTICATED' }, 'application/problem+json'));
    const heard: ApiError[] = [];
    const stop = onUnauthenticated((error) => heard.push(error));
    await expect(api.post('/api/v1/import', new Blob(['x'], { type: 'text/csv' }))).rejects.toMatchObject({ status: 401 });
    expect(heard).toHaveLength(1);
    stop();
  });

  it('downloads a binary reply with the name the server gave it', async () => {
    const bytes = new Uint8Array([0x50, 0x4b, 3, 4, 0xff]);
    const fetchMock = vi.fn(
      async () =>
        new Response(bytes, {
          status: 200,
          headers: {
            'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'content-disposition': `attachment; filename="entities-20261120.xlsx"; filename*=UTF-8''${encodeURIComponent('市场主体-20261120.xlsx')}`,
          },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const file = await api.download('/api/v1/export.xlsx', { query: { q: '青城' } });
    expect(file.filename).toBe('市场主体-20261120.xlsx');
    expect(new Uint8Array(await file.blob.arrayBuffer())).toEqual(bytes);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/export.xlsx?q=%E9%9D%92%E5%9F%8E');
    expect(init.method).toBe('GET');
    expect((init.headers as Record<string, string>).Accept).toBe('*/*');
  });

  it('turns a failed download into an ApiError and tells the session when it ended', async () => {
    vi.stubGlobal('fetch', respond(401, { title: '请先登录', status: 401, code: 'UNAUTHENTICATED' }, 'application/problem+json'));
    const heard: ApiError[] = [];
    const stop = onUnauthenticated((error) => heard.push(error));
    const error = await api.download('/api/v1/export.xlsx').catch((e: unknown) => e);
    expect(isSessionEnded(error)).toBe(true);
    expect(heard).toHaveLength(1);
    stop();
    vi.stubGlobal('fetch', respond(403, { title: '无权访问', status: 403, code: 'FORBIDDEN' }, 'application/problem+json'));
    await expect(api.download('/api/v1/export.xlsx')).rejects.toMatchObject({ status: 403, code: 'FORBIDDEN' });
  });

  it('reads file names from Content-Disposition', () => {
    expect(filenameOf(null)).toBeNull();
    expect(filenameOf('attachment')).toBeNull();
    expect(filenameOf('attachment; filename="a b.xlsx"')).toBe('a b.xlsx');
    expect(filenameOf('attachment; filename=plain.csv')).toBe('plain.csv');
    expect(filenameOf(`attachment; filename="x.xlsx"; filename*=UTF-8''%E5%AF%BC%E5%87%BA.xlsx`)).toBe('导出.xlsx');
    expect(filenameOf(`attachment; filename="x.xlsx"; filename*=UTF-8''%E5%ZZ`)).toBe('x.xlsx');
  });
});
