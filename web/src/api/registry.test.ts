import { afterEach, describe, expect, it, vi } from 'vitest';
import { setCsrfToken } from './client.ts';
import {
  downloadEntities,
  exportQueryOf,
  importContentType,
  importEntities,
  importFileKind,
} from './registry.ts';

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('the export', () => {
  it('carries the filters that are set, and nothing else', () => {
    expect(exportQueryOf({})).toEqual({});
    expect(exportQueryOf({ q: '青城', status: 'active', tag: undefined, districtCode: '' })).toEqual({
      q: '青城',
      status: 'active',
    });
  });

  it('downloads through the client with the filters', async () => {
    const fetchMock = vi.fn(
      async () =>
        new Response(new Uint8Array([0x50, 0x4b]), {
          status: 200,
          headers: { 'content-disposition': 'attachment; filename="entities-20261120.xlsx"' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const file = await downloadEntities({ q: '青城', status: 'active', tag: undefined });
    expect(file.filename).toBe('entities-20261120.xlsx');
    const [url] = fetchMock.mock.calls[0] as unknown as [string];
    expect(url).toBe('/api/v1/registry/entities/export.xlsx?q=%E9%9D%92%E5%9F%8E&status=active');
  });
});

describe('import files', () => {
  it('knows a spreadsheet by its name, or by its type when the name says nothing', () => {
    expect(importFileKind({ name: '市场主体.XLSX' })).toBe('xlsx');
    expect(importFileKind({ name: 'entities.csv', type: 'application/vnd.ms-excel' })).toBe('csv');
    expect(importFileKind({ name: 'upload', type: 'text/csv' })).toBe('csv');
    expect(importFileKind({ name: 'old.xls' })).toBeNull();
    expect(importFileKind({ name: 'notes.txt', type: 'text/plain' })).toBeNull();
    expect(importContentType('csv')).toBe('text/csv');
    expect(importContentType('xlsx')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
  });

  it('sends the raw file with its type and the CSRF token, and returns the report', async () => {
    const report = {
      total: 2,
      inserted: 1,
      skipped: 1,
      errors: [{ row: 3, field: 'uscc', message: { zh: '校验码不符', en: 'check fails' } }],
      errorsTruncated: false,
    };
    const fetchMock = vi.fn(
      async () =>
        new Response(JSON.stringify(report), {
          status: 200,
          headers: { 'content-type': 'application/json' },
        }),
    );
    vi.stubGlobal('fetch', fetchMock);
    const file = new File(['统一社会信用代码,名称\n'], 'entities.csv', { type: 'application/vnd.ms-excel' });
    setCsrfToken('token-1');
    await expect(importEntities(file)).resolves.toEqual(report);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/registry/entities/import');
    expect(init.method).toBe('POST');
    expect(init.body).toBe(file);
    expect(init.headers).toMatchObject({ 'Content-Type': 'text/csv', 'x-csrf-token': 'token-1' });
  });

  it("turns the server's problem into an ApiError with its field errors", async () => {
    const problem = {
      type: 'urn:x',
      title: '请求内容有误',
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      detail: '请上传 .xlsx 或 .csv 文件',
    };
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify(problem), {
            status: 415,
            headers: { 'content-type': 'application/problem+json' },
          }),
      ),
    );
    const file = new File(['x'], 'entities.xlsx');
    await expect(importEntities(file)).rejects.toMatchObject({
      status: 415,
      code: 'UNSUPPORTED_MEDIA_TYPE',
      userMessage: '请上传 .xlsx 或 .csv 文件',
    });
  });

  it('refuses a file that is not a spreadsheet without sending it', async () => {
    const fetchMock = vi.fn();
    vi.stubGlobal('fetch', fetchMock);
    await expect(importEntities(new File(['x'], 'photo.jpg'))).rejects.toMatchObject({
      status: 415,
    });
    expect(fetchMock).not.toHaveBeenCalled();
  });
});
