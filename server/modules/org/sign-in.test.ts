import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn } from '../../test/sign-in.ts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({ LOGIN_MAX_FAILURES: '5', LOGIN_LOCK_MINUTES: '15' });
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
});
afterAll(() => t.close());

const audit = (action: string) =>
  queryRows<{ n: number | string }>(t.services.database.db, sql`select count(*) as n from audit_log where action = ${action}`).then((r) => Number(r[0]!.n));

describe('sign-in', () => {
  it('signs in with a session cookie, answers /me, and audits the success', async () => {
    const before = await audit('auth.sign-in.success');
    const res = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'Office', password: DEMO_PASSWORD } });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'ys_session')!;
    expect(cookie.httpOnly).toBe(true);
    expect(cookie.sameSite).toBe('Lax');
    const body = res.json();
    expect(body.user).toMatchObject({ username: 'office', name: '刘晓燕', kind: 'staff', mustChangePassword: false });
    expect(body.user.roles[0]).toMatchObject({ role: 'office', departmentName: '呼和浩特市优化营商环境工作专班办公室' });
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `ys_session=${cookie.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().csrfToken).toBe(body.csrfToken);
    expect(await audit('auth.sign-in.success')).toBe(before + 1);
  });

  it('gives one generic answer for an unknown user and a wrong password, and audits both', async () => {
    const before = await audit('auth.sign-in.failure');
    const unknown = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'nobody', password: 'x' } });
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'clerk', password: 'wrong' } });
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    expect(unknown.json().title).toBe(wrong.json().title);
    expect(await audit('auth.sign-in.failure')).toBe(before + 2);
  });

  it('locks the account after five failures, refuses even the right password, and unlocks after the lock time', async () => {
    const login = (password: string) => t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'inspector', password } });
    for (let i = 0; i < 4; i++) expect((await login('bad-password')).statusCode).toBe(401);
    const fifth = await login('bad-password');
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json().code).toBe('ACCOUNT_LOCKED');
    expect(fifth.json().title).toContain('锁定');
    expect((await login(DEMO_PASSWORD)).statusCode).toBe(423);
    // Sixteen minutes later the lock has passed.
    const later = new Date(Date.now() + 16 * 60_000);
    const { reply } = await t.services.org.auth.signIn('inspector', DEMO_PASSWORD, { ip: null, userAgent: null, requestId: null }, later);
    expect(reply.user.username).toBe('inspector');
  });

  it('refuses a state-changing request made with the cookie but without the CSRF token', async () => {
    const browser = await signIn(t.app, 'agent', DEMO_PASSWORD);
    const forged = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: browser.headers(false) });
    expect(forged.statusCode).toBe(403);
    expect(forged.json().code).toBe('CSRF_FAILED');
    const wrong = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: { ...browser.headers(false), 'x-csrf-token': 'guess' } });
    expect(wrong.statusCode).toBe(403);
    const real = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: browser.headers(true) });
    expect(real.statusCode).toBe(204);
    const after = await t.app.inject({ url: '/api/v1/auth/me', headers: browser.headers() });
    expect(after.statusCode).toBe(401);
  });

  it('ends a session after the idle timeout and after its absolute lifetime', async () => {
    const { started } = await t.services.org.auth.signIn('leader', DEMO_PASSWORD, { ip: null, userAgent: null, requestId: null });
    const now = Date.now();
    expect(await t.services.sessions.resolve(started.token, new Date(now + 29 * 60_000))).not.toBeNull();
    // Touched at +29 min (more than a minute since sign-in), so +58 min is still within 30 idle minutes…
    expect(await t.services.sessions.resolve(started.token, new Date(now + 58 * 60_000))).not.toBeNull();
    // …but 31 idle minutes after that last touch it is gone, for good.
    expect(await t.services.sessions.resolve(started.token, new Date(now + 90 * 60_000))).toBeNull();
    expect(await t.services.sessions.resolve(started.token, new Date(now + 59 * 60_000))).toBeNull();

    const second = await t.services.org.auth.signIn('leader', DEMO_PASSWORD, { ip: null, userAgent: null, requestId: null });
    // Kept busy every 20 minutes, it still ends at 12 hours.
    let at = Date.now();
    for (let i = 0; i < 35; i++) {
      at += 20 * 60_000;
      expect(await t.services.sessions.resolve(second.started.token, new Date(at))).not.toBeNull();
    }
    expect(await t.services.sessions.resolve(second.started.token, new Date(Date.now() + 12 * 3_600_000 + 1000))).toBeNull();
  });

  it('an expired session answers 401 so the web can send the user back to sign in', async () => {
    const res = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: 'ys_session=not-a-real-session' } });
    expect(res.statusCode).toBe(401);
    expect(res.json().code).toBe('UNAUTHENTICATED');
  });

  it('signs out everywhere', async () => {
    const a = await signIn(t.app, 'approver', DEMO_PASSWORD);
    const b = await signIn(t.app, 'approver', DEMO_PASSWORD);
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out-everywhere', headers: a.headers(true) })).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: b.headers() })).statusCode).toBe(401);
    expect(await audit('auth.sign-out.everywhere')).toBeGreaterThan(0);
  });
});

describe('forced password change and the password policy', () => {
  it('an admin-created account must change its password first, under the policy and the history rule', async () => {
    const admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
    const departments = (await t.app.inject({ url: '/api/v1/org/departments' })).json().departments as { id: string; code: string }[];
    const zj = departments.find((d) => d.code === 'HHHT-ZJ')!.id;
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/org/users',
      headers: admin.headers(true),
      payload: { username: 'newstaff', name: '新同事', departmentId: zj, roles: [{ role: 'handler', departmentId: zj }] },
    });
    expect(created.statusCode).toBe(201);
    const { initialPassword, user } = created.json();
    expect(user.mustChangePassword).toBe(true);

    const me = await signIn(t.app, 'newstaff', initialPassword);
    const blocked = await t.app.inject({ url: '/api/v1/org/users', headers: me.headers() });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('PASSWORD_CHANGE_REQUIRED');

    const change = (currentPassword: string, newPassword: string) =>
      t.app.inject({ method: 'POST', url: '/api/v1/auth/password', headers: me.headers(true), payload: { currentPassword, newPassword } });
    const weak = await change(initialPassword, 'abcdefgh');
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0].path).toBe('body.newPassword');
    expect((await change(initialPassword, 'Newstaff#2026')).statusCode).toBe(400); // contains the username
    expect((await change('not-the-current', 'Good#Pass2026')).json().errors[0].path).toBe('body.currentPassword');
    expect((await change(initialPassword, initialPassword)).statusCode).toBe(400); // in the history
    expect((await change(initialPassword, 'Good#Pass2026')).statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/org/users', headers: me.headers() })).statusCode).toBe(200);
    // Going back to the first password is refused: it is one of the last five.
    const back = await change('Good#Pass2026', initialPassword);
    expect(back.statusCode).toBe(400);
    expect(back.json().errors[0].message).toContain('最近 5 次');
  });
});

describe('the per-process session cache', () => {
  it('a sign-out made by another process is honoured here within the cache time', async () => {
    const { createSessionStore } = await import('../../platform/auth/index.ts');
    // A second process: its own session store (and cache) over the same database.
    const elsewhere = createSessionStore(t.services.database.db, { idleMinutes: 30, maxHours: 12, cacheSeconds: 5 });
    const load = (s: Parameters<typeof t.services.org.auth.loadSessionPrincipal>[0]) => t.services.org.auth.loadSessionPrincipal(s);
    const { started } = await t.services.org.auth.signIn('clerk', DEMO_PASSWORD, { ip: null, userAgent: null, requestId: null });
    const now = Date.now();
    expect(await elsewhere.principalFor(started.token, load, new Date(now))).not.toBeNull();
    const browser = { cookie: `ys_session=${started.token}`, 'x-csrf-token': started.csrfToken };
    expect((await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-out', headers: browser })).statusCode).toBe(204);
    // Here, at once; elsewhere, still for a moment (from its cache) …
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: browser.cookie } })).statusCode).toBe(401);
    expect(await elsewhere.principalFor(started.token, load, new Date(now + 1000))).not.toBeNull();
    // … and no longer once the cache time has passed.
    expect(await elsewhere.principalFor(started.token, load, new Date(now + 6000))).toBeNull();
    const uncached = createSessionStore(t.services.database.db, { idleMinutes: 30, maxHours: 12, cacheSeconds: 0 });
    expect(await uncached.principalFor(started.token, load)).toBeNull();
  });
});

describe('session housekeeping', () => {
  it('the sweep removes idle and expired sessions and keeps live ones', async () => {
    const live = await t.services.org.auth.signIn('leader', DEMO_PASSWORD, { ip: null, userAgent: null, requestId: null });
    const ended = await t.services.sessions.sweep(new Date(Date.now() + 31 * 60_000));
    expect(ended).toBeGreaterThan(0);
    expect(await t.services.sessions.resolve(live.started.token)).toBeNull();
    const fresh = await t.services.org.auth.signIn('leader', DEMO_PASSWORD, { ip: null, userAgent: null, requestId: null });
    await t.services.sessions.sweep();
    expect(await t.services.sessions.resolve(fresh.started.token)).not.toBeNull();
  });
});
