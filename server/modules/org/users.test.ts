import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.ts';
import { DEMO_PASSWORD, seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { signIn, type Browser } from '../../test/sign-in.ts';

let t: TestApp;
let admin: Browser;
let dept: Record<string, string>;
beforeAll(async () => {
  t = await createTestApp();
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
  admin = await signIn(t.app, 'admin', DEMO_PASSWORD);
  const list = (await t.app.inject({ url: '/api/v1/org/departments' })).json().departments as { id: string; code: string }[];
  dept = Object.fromEntries(list.map((d) => [d.code, d.id]));
});
afterAll(() => t.close());

const createUser = (browser: Browser, payload: unknown) =>
  t.app.inject({ method: 'POST', url: '/api/v1/org/users', headers: browser.headers(true), payload: payload as object });

describe('data scope', () => {
  it('a handler sees the users of their own department and below, not another department’s', async () => {
    const zjStaff = await createUser(admin, { username: 'zj2', name: '住建同事', departmentId: dept['HHHT-ZJ'], roles: [{ role: 'handler', departmentId: dept['HHHT-ZJ'] }] });
    expect(zjStaff.statusCode).toBe(201);
    const handler = await signIn(t.app, 'handler', DEMO_PASSWORD); // 住建局
    const list = await t.app.inject({ url: '/api/v1/org/users?pageSize=200', headers: handler.headers() });
    expect(list.statusCode).toBe(200);
    const usernames = (list.json().items as { username: string }[]).map((u) => u.username).sort();
    expect(usernames).toEqual(['handler', 'zj2']);
    const approverId = (await t.services.org.users.findByUsername('approver'))!.id; // 市场监管局
    const other = await t.app.inject({ url: `/api/v1/org/users/${approverId}`, headers: handler.headers() });
    expect(other.statusCode).toBe(404);
    const all = await t.app.inject({ url: '/api/v1/org/users?pageSize=200', headers: admin.headers() });
    expect(all.json().total).toBeGreaterThanOrEqual(11);
  });

  it('an applicant is not allowed to list users at all', async () => {
    const citizen = await signIn(t.app, 'shimin', DEMO_PASSWORD);
    const res = await t.app.inject({ url: '/api/v1/org/users', headers: citizen.headers() });
    expect(res.statusCode).toBe(403);
    expect(res.json().code).toBe('FORBIDDEN');
  });

  it('only an admin creates users', async () => {
    const office = await signIn(t.app, 'office', DEMO_PASSWORD);
    const res = await createUser(office, { username: 'sneaky', name: 'x', departmentId: dept['HHHT-YSB'], roles: [{ role: 'admin', departmentId: dept['HHHT-YSB'] }] });
    expect(res.statusCode).toBe(403);
  });
});

describe('personal data', () => {
  it('stores phone and ID number encrypted, lists them masked, and finds a user by exact phone', async () => {
    const res = await createUser(admin, {
      username: 'masked1',
      name: '掩码测试',
      phone: '13912345678',
      idNumber: '11010519491231002X',
      departmentId: dept['HHHT-MZ'],
      roles: [{ role: 'handler', departmentId: dept['HHHT-MZ'] }],
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().user).toMatchObject({ phone: '139****5678', idNumber: '110105********002X' });
    expect(res.body).not.toContain('13912345678');
    const [row] = await queryRows<{ phone_enc: string; id_number_enc: string }>(t.services.database.db, sql`select phone_enc, id_number_enc from app_user where username = 'masked1'`);
    expect(row!.phone_enc).toMatch(/^v1:/);
    expect(row!.phone_enc).not.toContain('13912345678');
    expect(t.services.crypto.decrypt(row!.id_number_enc)).toBe('11010519491231002X');
    const found = await t.app.inject({ url: '/api/v1/org/users?q=13912345678', headers: admin.headers() });
    expect(found.json().items.map((u: { username: string }) => u.username)).toEqual(['masked1']);
    const auditText = JSON.stringify(await queryRows(t.services.database.db, sql`select change from audit_log where action = 'org.user.create'`));
    expect(auditText).not.toContain('13912345678');
    expect(auditText).not.toContain('11010519491231002X');
  });

  it('refuses an ID number that fails its check with the reason in Chinese', async () => {
    const res = await createUser(admin, { username: 'badid', name: '错号', idNumber: '110105194912310021', departmentId: dept['HHHT-MZ'], roles: [{ role: 'handler', departmentId: dept['HHHT-MZ'] }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0]).toMatchObject({ path: 'body.idNumber' });
    expect(res.json().errors[0].message).toMatch(/校验/);
  });
});

describe('editing', () => {
  it('two admins editing the same user: the second save gets 409 and nothing is lost', async () => {
    const created = (await createUser(admin, { username: 'edited', name: '原名', departmentId: dept['HHHT-JY'], roles: [{ role: 'handler', departmentId: dept['HHHT-JY'] }] })).json().user;
    const second = await signIn(t.app, 'admin', DEMO_PASSWORD);
    const first = await t.app.inject({ method: 'PATCH', url: `/api/v1/org/users/${created.id}`, headers: admin.headers(true), payload: { version: created.version, name: '甲改' } });
    expect(first.statusCode).toBe(200);
    const late = await t.app.inject({ method: 'PATCH', url: `/api/v1/org/users/${created.id}`, headers: second.headers(true), payload: { version: created.version, name: '乙改' } });
    expect(late.statusCode).toBe(409);
    expect(late.json().code).toBe('VERSION_CONFLICT');
    const now = await t.app.inject({ url: `/api/v1/org/users/${created.id}`, headers: admin.headers() });
    expect(now.json()).toMatchObject({ name: '甲改', version: created.version + 1 });
  });

  it('disabling a user signs them out and refuses their sign-in', async () => {
    const created = await t.services.org.users.create(
      { type: 'system', id: null },
      { username: 'leaver', name: '离职', kind: 'staff', departmentId: dept['HHHT-JY']!, roles: [{ role: 'handler', departmentId: dept['HHHT-JY']! }] },
      { password: 'Leaver#Pass2026', mustChangePassword: false },
    );
    const session = await signIn(t.app, 'leaver', 'Leaver#Pass2026');
    const current = (await t.app.inject({ url: `/api/v1/org/users/${created.user.id}`, headers: admin.headers() })).json();
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/org/users/${created.user.id}`, headers: admin.headers(true), payload: { version: current.version, disabled: true } });
    expect(res.statusCode).toBe(200);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: session.headers() })).statusCode).toBe(401);
    const again = await t.app.inject({ method: 'POST', url: '/api/v1/auth/sign-in', payload: { username: 'leaver', password: 'Leaver#Pass2026' } });
    expect(again.statusCode).toBe(403);
    expect(again.json().code).toBe('ACCOUNT_DISABLED');
  });

  it('refuses to move a department under its own sub-department', async () => {
    const gov = (await t.app.inject({ url: '/api/v1/org/departments' })).json().departments.find((d: { code: string }) => d.code === 'HHHT-XC');
    const res = await t.app.inject({ method: 'PATCH', url: `/api/v1/org/departments/${gov.id}`, headers: admin.headers(true), payload: { version: gov.version, parentId: dept['HHHT-XC-ZWFW'] } });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].path).toBe('body.parentId');
  });
});

describe('bad input', () => {
  it.each([
    [{}, ['body.username', 'body.name', 'body.departmentId', 'body.roles']],
    [{ username: 'a'.repeat(65), name: 'x', departmentId: null, roles: [] }, ['body.username', 'body.roles']],
    [{ username: 'ok_name', name: 42, departmentId: 'not-a-uuid', roles: [{ role: 'king', departmentId: null }] }, ['body.name', 'body.departmentId', 'body.roles.0.role']],
  ])('answers %j with field messages', async (payload, paths) => {
    const res = await createUser(admin, payload);
    expect(res.statusCode).toBe(400);
    const got = (res.json().errors as { path: string }[]).map((e) => e.path);
    for (const p of paths) expect(got).toContain(p);
  });

  it('an unknown department is a field error, not a 500', async () => {
    const res = await createUser(admin, { username: 'ghost', name: '幽灵', departmentId: '01a21710-0000-7000-8000-000000000000', roles: [{ role: 'handler', departmentId: '01a21710-0000-7000-8000-000000000000' }] });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors[0].message).toContain('部门不存在');
  });

  it('never answers 5xx to any JSON body (property)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.json(), fc.object().map((o) => JSON.stringify(o))), async (body) => {
        const res = await t.app.inject({ method: 'POST', url: '/api/v1/org/users', headers: { ...admin.headers(true), 'content-type': 'application/json' }, payload: body });
        expect(res.statusCode).toBeGreaterThanOrEqual(400);
        expect(res.statusCode).toBeLessThan(500);
      }),
      { numRuns: 60 },
    );
  });
});

describe('API tokens', () => {
  it('a token acts within its roles without CSRF, records its last use, and stops working when revoked', async () => {
    const created = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/tokens',
      headers: admin.headers(true),
      payload: { name: '省平台对接', roles: ['handler'], departmentId: dept['HHHT-SCJG'] },
    });
    expect(created.statusCode).toBe(201);
    const { token, secret } = created.json();
    expect(secret.startsWith('ys_')).toBe(true);
    const bearer = { authorization: `Bearer ${secret}` };
    const list = await t.app.inject({ url: '/api/v1/org/users', headers: bearer });
    expect(list.statusCode).toBe(200);
    expect((list.json().items as { username: string }[]).map((u) => u.username).sort()).toEqual(['approver', 'inspector']);
    expect((await t.app.inject({ url: '/api/v1/auth/me', headers: bearer })).statusCode).toBe(403);
    const tokens = (await t.app.inject({ url: '/api/v1/auth/tokens', headers: admin.headers() })).json().tokens;
    expect(tokens.find((x: { id: string }) => x.id === token.id).lastUsedAt).not.toBeNull();
    expect(JSON.stringify(tokens)).not.toContain(secret);
    const revoke = await t.app.inject({ method: 'DELETE', url: `/api/v1/auth/tokens/${token.id}`, headers: admin.headers(true) });
    expect(revoke.statusCode).toBe(204);
    expect((await t.app.inject({ url: '/api/v1/org/users', headers: bearer })).statusCode).toBe(401);
  });
});

describe('names of people for other rooms', () => {
  it('gives the audit log name（username） and every other screen the name alone; ids that are not users get nothing', async () => {
    const id = (await queryRows<{ id: string }>(t.services.database.db, sql`select id::text as id from app_user where username = 'admin'`))[0]!.id;
    expect((await t.services.org.users.actorNames([id, 'system'])).get(id)).toBe('系统管理员（admin）');
    const shown = await t.services.org.users.displayNames([id, 'system']);
    expect([...shown.entries()]).toEqual([[id, '系统管理员']]);
  });
});

describe('the audit log over HTTP', () => {
  it('shows an admin who did what, by name, and refuses a handler', async () => {
    const res = await t.app.inject({ url: '/api/v1/audit?action=org.user.create&pageSize=5', headers: admin.headers() });
    expect(res.statusCode).toBe(200);
    const byAdmin = (res.json().items as { actorName: string | null; action: string }[]).filter((r) => r.actorName === '系统管理员（admin）');
    expect(byAdmin.length).toBeGreaterThan(0);
    expect(byAdmin.every((r) => r.action === 'org.user.create')).toBe(true);
    const handler = await signIn(t.app, 'handler', DEMO_PASSWORD);
    expect((await t.app.inject({ url: '/api/v1/audit', headers: handler.headers() })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: '/api/v1/audit', headers: admin.headers(true) })).statusCode).toBe(404);
  });

  it('the chain verifies after all of the above', async () => {
    const result = await t.services.audit.verify();
    expect(result.ok).toBe(true);
  });
});
