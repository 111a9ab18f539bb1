// 企业服务 through HTTP: stewards (one active per enterprise, ended explicitly), contacts with the problems raised,
// routing a problem to a unit (and onto the ledger, once however often asked), the unit's answer, the data scope
// of another unit, the enterprise page, and bad input answered 4xx in both languages.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows, uuidv7 } from '../../platform/db/index.ts';
import { contactBody, createOutreachTestApp, expectRefusedInBoth, daysFromToday, outreachSender, stewardBody, unknownUscc, type OutreachTestApp } from '../../test/outreach-factories.ts';

let t: OutreachTestApp;
let send: ReturnType<typeof outreachSender>;

beforeAll(async () => {
  t = await createOutreachTestApp();
  send = outreachSender(t);
}, 120_000);
afterAll(() => t.close());

describe('stewards', () => {
  it('assigns a steward to a registered enterprise, refuses a second while one is active, and assigns again once ended', async () => {
    const { uscc, name } = t.enterprises[0]!;
    const first = await send('office', 'POST', '/stewards', stewardBody(t, uscc));
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ uscc, enterpriseName: name, reason: 'new_signed', endedOn: null, departmentName: '呼和浩特市优化营商环境工作专班办公室', contacts: 0, openProblems: 0, version: 1 });

    const second = await send('office', 'POST', '/stewards', stewardBody(t, uscc, { stewardName: '王芳' }));
    expect(second.statusCode).toBe(422);
    expect(second.json().detail).toContain('已有在岗帮扶管家');
    // Refused by the database's one-active index and told as before: who serves since when, on the field.
    expect(second.json().detail).toContain(`（李明，${daysFromToday(-30)} 起）`);
    expect(second.json().errors[0].path).toBe('body.uscc');
    const secondEn = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/stewards', headers: { ...t.browsers.office.headers(true), 'accept-language': 'en' }, payload: stewardBody(t, uscc, { stewardName: '王芳' }) });
    expect(secondEn.statusCode).toBe(422);
    expect(secondEn.json().detail).toContain('already has an active steward (李明');
    const active = (await send('leader', 'GET', `/stewards?uscc=${uscc}`)).json();
    expect(active.total).toBe(1);
    // The database holds the rule by itself too (a writer that skipped the service).
    const clash = await t.services.database.db
      .execute(
        sql`insert into outreach_steward (id, uscc, enterprise_name, reason, steward_name, department_id, assigned_on) values (${uuidv7()}, ${uscc}, ${name}, 'other', '赵磊', ${t.dept['HHHT-YSB']!}, ${daysFromToday(-2)})`,
      )
      .then(
        () => null,
        (e: { code?: string; cause?: { code?: string } }) => e.cause?.code ?? e.code,
      );
    expect(clash).toBe('23505');

    const stale = await send('office', 'POST', `/stewards/${first.json().id}/end`, { version: 9, endedOn: daysFromToday(-1) });
    expect(stale.statusCode).toBe(409);
    const early = await send('office', 'POST', `/stewards/${first.json().id}/end`, { version: 1, endedOn: daysFromToday(-60) });
    expect(early.statusCode).toBe(422);
    const ended = await send('office', 'POST', `/stewards/${first.json().id}/end`, { version: 1, endedOn: daysFromToday(-1), note: '企业已正常投产' });
    expect(ended.statusCode, ended.body).toBe(200);
    expect(ended.json()).toMatchObject({ endedOn: daysFromToday(-1), note: '企业已正常投产', version: 2 });
    expect((await send('office', 'POST', `/stewards/${first.json().id}/end`, { version: 2, endedOn: daysFromToday(-1) })).statusCode).toBe(422);

    const again = await send('office', 'POST', '/stewards', stewardBody(t, uscc, { stewardName: '王芳', assignedOn: daysFromToday(-1) }));
    expect(again.statusCode, again.body).toBe(201);
    const list = (await send('leader', 'GET', `/stewards?uscc=${uscc}`)).json();
    expect(list.total).toBe(2);
    expect((await send('leader', 'GET', `/stewards?uscc=${uscc}&state=active`)).json().items.map((s: { stewardName: string }) => s.stewardName)).toEqual(['王芳']);
  });

  it('allows only one of two simultaneous assignments to the same enterprise', async () => {
    const { uscc } = t.enterprises[1]!;
    const results = await Promise.all([send('office', 'POST', '/stewards', stewardBody(t, uscc)), send('admin', 'POST', '/stewards', stewardBody(t, uscc, { stewardName: '赵磊' }))]);
    expect(results.map((r) => r.statusCode).sort()).toEqual([201, 422]);
  });

  it('refuses an enterprise the registry does not know, in both languages', async () => {
    const res = await send('office', 'POST', '/stewards', stewardBody(t, unknownUscc()));
    expect(res.statusCode).toBe(422);
    const body = res.json();
    expect(body.detail).toMatch(/未在市场主体库中登记/);
    expect(body.errors[0].path).toBe('body.uscc');
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/stewards', headers: { ...t.browsers.office.headers(true), 'accept-language': 'en' }, payload: stewardBody(t, unknownUscc()) });
    expect(en.json().detail).toMatch(/No market entity/);
  });

  it('takes a steward account only when it is an enabled staff user', async () => {
    const { uscc } = t.enterprises[3]!;
    const users = await queryRows<{ id: string; kind: string }>(t.services.database.db, sql`select id, kind from app_user where username in ('handler', 'qiye') order by username`);
    const handler = users.find((u) => u.kind === 'staff')!.id;
    const applicant = users.find((u) => u.kind === 'applicant')!.id;
    for (const stewardUserId of [applicant, uuidv7()]) {
      const res = await send('office', 'POST', '/stewards', stewardBody(t, uscc, { stewardUserId }));
      expect(res.statusCode).toBe(422);
      expect(res.json().errors[0]).toMatchObject({ path: 'body.stewardUserId', message: expect.stringContaining('工作人员账号') });
    }
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/outreach/stewards', headers: { ...t.browsers.office.headers(true), 'accept-language': 'en' }, payload: stewardBody(t, uscc, { stewardUserId: applicant }) });
    expect(en.json().detail).toContain('must be a staff account');
    const ok = await send('office', 'POST', '/stewards', stewardBody(t, uscc, { stewardUserId: handler }));
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json().stewardUserId).toBe(handler);
  });

  it('keeps stewards from leaders’ writes, units and applicants', async () => {
    expect((await send('leader', 'POST', '/stewards', stewardBody(t, t.enterprises[2]!.uscc))).statusCode).toBe(403);
    expect((await send('handler', 'GET', '/stewards')).statusCode).toBe(403);
    expect((await send('qiye', 'GET', '/stewards')).statusCode).toBe(403);
  });
});

describe('contacts and problems', () => {
  let contact: { id: string; problems: { id: string; version: number; state: string }[] };

  it('records a visit with the problems raised, in one go', async () => {
    const res = await send('office', 'POST', '/contacts', contactBody(t.enterprises[0]!.uscc));
    expect(res.statusCode, res.body).toBe(201);
    contact = res.json();
    expect(contact.problems).toHaveLength(2);
    expect(contact.problems.every((p) => p.state === 'open')).toBe(true);
    const got = (await send('leader', 'GET', `/contacts/${contact.id}`)).json();
    expect(got).toMatchObject({ kind: 'visit', enterpriseName: t.enterprises[0]!.name });
    // The steward's row counts contacts while serving and the enterprise's open problems.
    const steward = (await send('office', 'GET', `/stewards?uscc=${t.enterprises[0]!.uscc}&state=active`)).json().items[0];
    expect(steward.openProblems).toBe(2);
  });

  it('lists contacts by period, kind, enterprise and words', async () => {
    await send('office', 'POST', '/contacts', contactBody(t.enterprises[1]!.uscc, { kind: 'contact', heldOn: daysFromToday(-40), summary: '电话了解融资需求', problems: [] }));
    const visits = (await send('office', 'GET', '/contacts?kind=visit')).json();
    expect(visits.items.every((c: { kind: string }) => c.kind === 'visit')).toBe(true);
    const recent = (await send('office', 'GET', `/contacts?from=${daysFromToday(-10)}`)).json();
    expect(recent.items.every((c: { heldOn: string }) => c.heldOn >= daysFromToday(-10))).toBe(true);
    expect((await send('office', 'GET', '/contacts?q=融资')).json().total).toBe(1);
    expect((await send('office', 'GET', `/contacts?uscc=${t.enterprises[1]!.uscc}`)).json().total).toBe(1);
    expect((await send('office', 'GET', '/contacts?kind=lunch')).statusCode).toBe(400);
  });

  it('routes a problem to a unit onto the ledger, making exactly one task however often asked', async () => {
    const p = contact.problems[0]!;
    const routed = await send('office', 'POST', `/problems/${p.id}/route`, { version: p.version, departmentId: t.dept['HHHT-ZJ'], dueOn: daysFromToday(15), toLedger: true });
    expect(routed.statusCode, routed.body).toBe(200);
    const v = routed.json();
    expect(v).toMatchObject({ state: 'routed', departmentId: t.dept['HHHT-ZJ'], dueOn: daysFromToday(15) });
    expect(v.ledgerTaskId).toBeTruthy();
    const again = await send('office', 'POST', `/problems/${p.id}/route`, { version: v.version, departmentId: t.dept['HHHT-ZJ'], dueOn: daysFromToday(20), toLedger: true });
    expect(again.statusCode, again.body).toBe(200);
    expect(again.json().ledgerTaskId).toBe(v.ledgerTaskId);
    const tasks = await queryRows<{ n: unknown }>(t.services.database.db, sql`select count(*) as n from ledger_task where origin_type = 'enterprise_problem' and origin_id = ${p.id}`);
    expect(Number(tasks[0]!.n)).toBe(1);
    const task = await t.services.ledger.tasks.get((await principal('office'))!, v.ledgerTaskId);
    expect(task).toMatchObject({ leadDepartmentId: t.dept['HHHT-ZJ'], sourceKind: 'enterprise', state: 'doing' });
    // A stale screen is told.
    expect((await send('office', 'POST', `/problems/${p.id}/route`, { version: v.version, departmentId: t.dept['HHHT-ZJ'], dueOn: daysFromToday(20) })).statusCode).toBe(409);
  });

  it('lets the unit see and answer its problem; another unit gets 404', async () => {
    const p = contact.problems[0]!;
    const mine = (await send('handler', 'GET', '/problems')).json();
    expect(mine.items.map((x: { id: string }) => x.id)).toEqual([p.id]);
    expect((await send('approver', 'GET', '/problems')).json().total).toBe(0);
    expect((await send('approver', 'GET', `/problems/${p.id}`)).statusCode).toBe(404);
    const current = (await send('handler', 'GET', `/problems/${p.id}`)).json();
    expect((await send('approver', 'POST', `/problems/${p.id}/answer`, { version: current.version, outcome: 'solved', answer: '已协调' })).statusCode).toBe(404);
    expect((await send('leader', 'POST', `/problems/${p.id}/answer`, { version: current.version, outcome: 'solved', answer: '已协调' })).statusCode).toBe(403);
    const answered = await send('handler', 'POST', `/problems/${p.id}/answer`, { version: current.version, outcome: 'solved', answer: '已协调市政管网接入，企业已确认' });
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json()).toMatchObject({ state: 'solved', answer: '已协调市政管网接入，企业已确认' });
    expect(answered.json().solvedAt).toBeTruthy();
    expect((await send('handler', 'POST', `/problems/${p.id}/answer`, { version: answered.json().version, outcome: 'explained', answer: 'x' })).statusCode).toBe(422);
    expect((await send('office', 'POST', `/problems/${p.id}/route`, { version: answered.json().version, departmentId: t.dept['HHHT-ZJ'], dueOn: daysFromToday(5) })).statusCode).toBe(422);
  });

  it('routes without the ledger, and the unit explains what cannot be solved', async () => {
    const p = contact.problems[1]!;
    const unrouted = await send('handler', 'POST', `/problems/${p.id}/answer`, { version: p.version, outcome: 'explained', answer: '—' });
    expect(unrouted.statusCode).toBe(404);
    const routed = (await send('office', 'POST', `/problems/${p.id}/route`, { version: p.version, departmentId: t.dept['HHHT-SCJG'], dueOn: daysFromToday(10) })).json();
    expect(routed.ledgerTaskId).toBeNull();
    const explained = await send('approver', 'POST', `/problems/${p.id}/answer`, { version: routed.version, outcome: 'explained', answer: '电力增容属供电公司职责，已向企业解释并转供电公司' });
    expect(explained.statusCode, explained.body).toBe(200);
    expect(explained.json().state).toBe('explained');
    const states = (await send('office', 'GET', `/problems?uscc=${t.enterprises[0]!.uscc}`)).json().items.map((x: { state: string }) => x.state).sort();
    expect(states).toEqual(['explained', 'solved']);
    expect((await send('office', 'GET', '/problems?state=pending')).json().items.every((x: { state: string }) => x.state === 'open' || x.state === 'routed')).toBe(true);
  });

  it('refuses bad input with 4xx in both languages', async () => {
    const u = t.enterprises[0]!.uscc;
    const p = (await send('office', 'POST', '/contacts', contactBody(t.enterprises[2]!.uscc, { kind: 'contact' }))).json().problems[0];
    const statuses = [
      await expectRefusedInBoth(send, 'office', 'POST', '/contacts', contactBody(u, { heldOn: '2026-13-45x' })),
      await expectRefusedInBoth(send, 'office', 'POST', '/contacts', contactBody(u, { heldOn: daysFromToday(3) })),
      await expectRefusedInBoth(send, 'office', 'POST', '/contacts', contactBody(unknownUscc())),
      await expectRefusedInBoth(send, 'office', 'POST', '/contacts', contactBody('123')),
      await expectRefusedInBoth(send, 'office', 'POST', '/contacts', contactBody(u, { problems: [{ title: '' }] })),
      await expectRefusedInBoth(send, 'office', 'POST', '/contacts', contactBody(u, { departmentId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' })),
      await expectRefusedInBoth(send, 'office', 'POST', `/problems/${p.id}/route`, { version: p.version, departmentId: t.dept['HHHT-ZJ'], dueOn: daysFromToday(-5) }),
      await expectRefusedInBoth(send, 'office', 'GET', '/problems?state=whatever'),
      await expectRefusedInBoth(send, 'office', 'GET', '/contacts/not-a-uuid'),
      await expectRefusedInBoth(send, 'office', 'POST', '/stewards', stewardBody(t, u, { reason: 'friendship' })),
    ];
    expect(statuses).toEqual([400, 400, 422, 400, 400, 422, 400, 400, 400, 400]);
    expect((await send('office', 'GET', '/contacts/0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b')).statusCode).toBe(404);
  });
});

describe('the enterprise page', () => {
  it('gathers the steward, contacts, problems and projects of one enterprise', async () => {
    const { uscc, name } = t.enterprises[0]!;
    const page = await send('leader', 'GET', `/enterprises/${uscc.toLowerCase()}`);
    expect(page.statusCode, page.body).toBe(200);
    const v = page.json();
    expect(v).toMatchObject({ uscc, name, steward: { stewardName: '王芳' }, contactsTotal: 1 });
    expect(v.stewards).toHaveLength(2);
    expect(v.problems).toHaveLength(2);
    expect((await send('leader', 'GET', `/enterprises/${unknownUscc()}`)).statusCode).toBe(404);
    expect((await send('handler', 'GET', `/enterprises/${uscc}`)).statusCode).toBe(403);
  });
});

async function principal(who: 'office') {
  const token = t.browsers[who].cookie.slice('ys_session='.length);
  return t.services.sessions.principalFor(token, (s) => t.services.org.auth.loadSessionPrincipal(s));
}
