// The rate limit counts API calls only: the web app's static files and its client-side routes are
// never throttled (a page load fetches many of them, and an office may sit behind one address).
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.ts';

const limit = 3;
let t: TestApp;
beforeAll(async () => {
  const dist = mkdtempSync(path.join(os.tmpdir(), 'yingshang-dist-'));
  writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>营商通</title><div id="root"></div>');
  mkdirSync(path.join(dist, 'assets'));
  writeFileSync(path.join(dist, 'assets', 'app.js'), 'console.log(1);');
  t = await createTestApp({ WEB_DIST: dist, RATE_LIMIT_PER_MINUTE: String(limit) });
});
afterAll(() => t.close());

describe('the rate limit', () => {
  it('serves static files and client routes far past the limit', async () => {
    for (let i = 0; i < limit * 4; i += 1) {
      const asset = await t.app.inject({ method: 'GET', url: `/assets/app.js?v=${i}` });
      expect(asset.statusCode).toBe(200);
      const route = await t.app.inject({ method: 'GET', url: '/ledger/tasks' });
      expect(route.statusCode).toBe(200);
    }
  });

  it('never throttles the health check', async () => {
    for (let i = 0; i < limit * 2; i += 1) {
      expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    }
  });

  it('answers API calls past the limit with 429 in both languages', async () => {
    const codes: number[] = [];
    let last: { statusCode: number; json: () => unknown } | undefined;
    for (let i = 0; i <= limit; i += 1) {
      last = await t.app.inject({ method: 'GET', url: '/api/v1/calendar/add-working-days?date=2026-01-05&days=1', headers: { 'accept-language': 'en' } });
      codes.push(last.statusCode);
    }
    expect(codes.slice(0, limit)).toEqual(Array(limit).fill(200));
    expect(codes[limit]).toBe(429);
    expect(last?.json()).toMatchObject({ status: 429, code: 'RATE_LIMITED', title: expect.stringContaining('Too many') });
  });
});
