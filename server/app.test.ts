import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testEngine, type TestApp } from './test/harness.ts';

let t: TestApp;
beforeAll(async () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'yingshang-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>营商通</title><div id="root"></div>');
  t = await createTestApp({ WEB_DIST: dist });
});
afterAll(() => t.close());

describe('the HTTP shell', () => {
  it('reports health with the engine in use and a request id', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ status: 'ok', db: testEngine, version: expect.any(String) });
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('keeps a well-formed request id from the caller and replaces a malformed one', async () => {
    const kept = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'proxy-123' } });
    expect(kept.headers['x-request-id']).toBe('proxy-123');
    const replaced = await t.app.inject({ method: 'GET', url: '/api/health', headers: { 'x-request-id': 'bad id\u0001' } });
    expect(replaced.headers['x-request-id']).not.toBe('bad id\u0001');
  });

  it('answers an unknown API route with problem JSON, not the web app', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toContain('application/problem+json');
    const body = res.json();
    expect(body).toMatchObject({ status: 404, code: 'ROUTE_NOT_FOUND', instance: '/api/v1/nothing-here' });
    expect(body.title).toContain('没有这个接口');
    expect(body.requestId).toBe(res.headers['x-request-id']);
  });

  it('falls back to index.html for client-side routes', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/some/client/route' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('营商通');
  });

  it('serves the OpenAPI document and the docs UI', async () => {
    const doc = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(doc.statusCode).toBe(200);
    const spec = doc.json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toContain('/api/v1/calendar/add-working-days');
    const ui = await t.app.inject({ method: 'GET', url: '/api/docs' });
    expect([200, 302]).toContain(ui.statusCode);
  });

  it('exposes Prometheus metrics including request counts', async () => {
    await t.app.inject({ method: 'GET', url: '/api/health' });
    const res = await t.app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('yingshang_http_requests_total');
    expect(res.body).toMatch(/route="\/api\/health"/);
  });

  it('sets security headers', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['content-security-policy']).toContain("default-src 'self'");
  });
});

describe('errors', () => {
  it('gives field messages in Chinese by default and in English when asked', async () => {
    const zh = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/add-working-days?date=2026-13&days=abc' });
    expect(zh.statusCode).toBe(400);
    const zb = zh.json();
    expect(zb.code).toBe('VALIDATION_FAILED');
    expect(zb.errors.map((e: { path: string }) => e.path).sort()).toEqual(['query.date', 'query.days']);
    expect(zb.errors.find((e: { path: string }) => e.path === 'query.date').message).toContain('YYYY-MM-DD');
    expect(zb.title).toMatch(/[\u4e00-\u9fff]/);

    const en = await t.app.inject({
      method: 'GET',
      url: '/api/v1/calendar/add-working-days?date=2026-13&days=abc',
      headers: { 'accept-language': 'en-US,en;q=0.9,zh;q=0.5' },
    });
    expect(en.json().title).toBe('The request has invalid fields');
    expect(en.json().errors.find((e: { path: string }) => e.path === 'query.date').message).toBe('must be a date as YYYY-MM-DD');
  });

  it('names a missing calendar year with 422 and never leaks a stack', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/add-working-days?date=2099-03-01&days=1' });
    expect(res.statusCode).toBe(422);
    expect(res.json().code).toBe('CALENDAR_YEAR_MISSING');
    expect(res.json().title).toContain('2099');
    expect(res.body).not.toMatch(/at .*\.ts:\d+/);
  });

  it('refuses malformed JSON and wrong content types with 4xx', async () => {
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/v1/calendar/add-working-days',
      headers: { 'content-type': 'application/json' },
      payload: '{"oops":',
    });
    expect(bad.statusCode).toBeGreaterThanOrEqual(400);
    expect(bad.statusCode).toBeLessThan(500);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });
});

describe('route policies', () => {
  it('every registered route declares a policy or is explicitly public', () => {
    const missing = t.routes.filter((r) => r.policy === undefined);
    expect(missing.map((r) => `${r.method} ${r.url}`)).toEqual([]);
    expect(t.routes.length).toBeGreaterThan(5);
  });
});
