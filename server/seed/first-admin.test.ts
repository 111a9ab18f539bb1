import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../test/harness.ts';
import { ensureFirstAdmin } from './index.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('the first start without DEMO', () => {
  it('creates only "admin" with a one-time password printed once, which must be changed', async () => {
    const lines: string[] = [];
    expect(await ensureFirstAdmin(t.services, { type: 'system', id: 'first-start' }, (l) => lines.push(l))).toBe(true);
    expect(lines).toHaveLength(1);
    const password = /one-time password (\S+)/.exec(lines[0]!)?.[1];
    expect(password).toBeDefined();
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'admin', password } });
    expect(res.statusCode).toBe(200);
    expect(res.json().user).toMatchObject({ username: 'admin', mustChangePassword: true, roles: [{ role: 'admin', departmentId: null }] });
    expect(await t.services.org.users.countUsers()).toBe(1);
    // A second start changes nothing and prints nothing.
    expect(await ensureFirstAdmin(t.services, { type: 'system', id: 'first-start' }, (l) => lines.push(l))).toBe(false);
    expect(lines).toHaveLength(1);
  });
});
