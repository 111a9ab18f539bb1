// The ledger's structure: the leading group's members over time, sources with their parent plans, issues →
// measures, the rules; versioned (409), audited, and bad input answered with 4xx in both languages.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/index.ts';
import { createLedgerTestApp, ledgerSender, makeSource, type LedgerTestApp } from '../../test/ledger-factories.ts';

let t: LedgerTestApp;
let send: ReturnType<typeof ledgerSender>;

beforeAll(async () => {
  t = await createLedgerTestApp();
  send = ledgerSender(t);
});
afterAll(async () => t?.close());

const audited = async (action: string, entityId: string) =>
  (await queryRows<{ n: number }>(t.services.database.db, sql`select count(*) as n from audit_log where action = ${action} and entity_id = ${entityId}`)).map((r) => Number(r.n))[0];

describe('the leading group', () => {
  it('records members joining and leaving, lists the group on a date and the changes in a period', async () => {
    const zj = await send('office', 'POST', '/members', { departmentId: t.dept['HHHT-ZJ'], role: 'member', leaderName: '王建军', leaderTitle: '副局长', contactName: '李明', contactPhone: '0471-6000001', duties: '牵头办理建筑许可指标', joinedOn: '2025-01-10' });
    expect(zj.statusCode, zj.body).toBe(201);
    expect(zj.json()).toMatchObject({ departmentName: '呼和浩特市住房和城乡建设局', role: 'member', leftOn: null, version: 1 });
    const sw = await send('office', 'POST', '/members', { departmentId: t.dept['HHHT-SW2'], leaderName: '赵刚', joinedOn: '2026-03-01' });
    expect(sw.statusCode).toBe(201);
    const left = await send('office', 'PUT', `/members/${zj.json().id}`, { version: 1, leftOn: '2026-04-30', note: '职责调整，退出成员单位' });
    expect(left.statusCode, left.body).toBe(200);
    expect(left.json()).toMatchObject({ leftOn: '2026-04-30', leaderName: '王建军', duties: '牵头办理建筑许可指标', version: 2 });
    expect(await audited('ledger.member.update', zj.json().id)).toBe(1);

    const early = await send('office', 'GET', '/members?on=2026-02-01');
    expect(early.json().items.map((m: { id: string }) => m.id)).toEqual([zj.json().id]);
    const later = await send('approver', 'GET', '/members?on=2026-06-01');
    expect(later.json().items.map((m: { id: string }) => m.id)).toEqual([sw.json().id]);
    const changes = (await send('office', 'GET', '/members?changesFrom=2026-01-01&changesTo=2026-06-30')).json().changes;
    expect(changes.joined.map((m: { id: string }) => m.id)).toEqual([sw.json().id]);
    expect(changes.left.map((m: { id: string }) => m.id)).toEqual([zj.json().id]);

    const stale = await send('office', 'PUT', `/members/${zj.json().id}`, { version: 1, note: '旧页面' });
    expect(stale.statusCode).toBe(409);
    const backwards = await send('office', 'PUT', `/members/${sw.json().id}`, { version: 1, leftOn: '2026-01-01' });
    expect(backwards.statusCode).toBe(422);
    expect((await send('handler', 'POST', '/members', { departmentId: t.dept['HHHT-ZJ'], leaderName: '某某', joinedOn: '2026-01-01' })).statusCode).toBe(403);
    const noDept = await send('office', 'POST', '/members', { departmentId: '01890000-0000-7000-8000-000000000000', leaderName: '某某', joinedOn: '2026-01-01' });
    expect(noDept.statusCode).toBe(422);
  });
});

describe('sources, issues and measures', () => {
  it('links a city plan to the province’s plan, refuses loops and duplicate codes, versions edits', async () => {
    const province = await makeSource(t, { kind: 'provincial_plan', code: 'NMG-2026-PLAN', title: '内蒙古自治区优化营商环境行动方案' });
    const city = await makeSource(t, { kind: 'city_plan', code: 'HHHT-2026-PLAN', parentId: province });
    const dup = await send('office', 'POST', '/sources', { kind: 'city_plan', code: 'HHHT-2026-PLAN', title: '重复', periodStart: '2026-01-01', periodEnd: '2026-12-31' });
    expect(dup.statusCode).toBe(409);
    const s = (await send('office', 'GET', `/sources/${province}`)).json();
    const loop = await send('office', 'PUT', `/sources/${province}`, { ...s, parentId: city });
    expect(loop.statusCode).toBe(422);
    const edited = await send('office', 'PUT', `/sources/${province}`, { ...s, documentNo: '内政发〔2026〕5号' });
    expect(edited.statusCode, edited.body).toBe(200);
    expect(edited.json()).toMatchObject({ documentNo: '内政发〔2026〕5号', version: 2, tasks: 0 });
    expect((await send('office', 'PUT', `/sources/${province}`, { ...s, title: '旧版本' })).statusCode).toBe(409);
    expect(await audited('ledger.source.update', province)).toBe(1);
    const list = (await send('clerk', 'GET', '/sources')).json().items.map((x: { id: string; parentId: string | null }) => [x.id, x.parentId]);
    expect(list).toEqual(expect.arrayContaining([[city, province]]));
  });

  it('builds the issue → measure tree and versions their edits', async () => {
    const sourceId = await makeSource(t, { kind: 'provincial_feedback' });
    const issue = (await send('office', 'POST', '/issues', { sourceId, code: 'F-01', title: '开办企业环节仍偏多', indicator: '开办企业', leadDepartmentId: t.dept['HHHT-SCJG'] })).json();
    expect((await send('office', 'POST', '/issues', { sourceId, code: 'F-01', title: '重复编号' })).statusCode).toBe(409);
    const m1 = (await send('office', 'POST', '/measures', { issueId: issue.id, code: 'F-01-1', title: '一网通办开办企业' })).json();
    await send('office', 'POST', '/measures', { issueId: issue.id, code: 'F-01-2', title: '免费刻制公章' });
    const renamed = await send('office', 'PUT', `/issues/${issue.id}`, { version: 1, title: '开办企业环节和时间仍偏多' });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(renamed.json()).toMatchObject({ title: '开办企业环节和时间仍偏多', indicator: '开办企业', version: 2 });
    expect((await send('office', 'PUT', `/issues/${issue.id}`, { version: 1, title: '旧' })).statusCode).toBe(409);
    expect((await send('office', 'PUT', `/measures/${m1.id}`, { version: 1, code: 'F-01-2' })).statusCode).toBe(409);
    const tree = (await send('office', 'GET', `/sources/${sourceId}/tree`)).json();
    expect(tree.issues).toHaveLength(1);
    expect(tree.issues[0].measures.map((m: { code: string }) => m.code)).toEqual(['F-01-1', 'F-01-2']);
    expect(tree.unassigned).toEqual({ tasks: 0, closed: 0 });
    expect((await send('office', 'GET', '/sources/01890000-0000-7000-8000-000000000000/tree')).statusCode).toBe(404);
  });

  it('answers bad input with 400 and field messages in the caller’s language', async () => {
    const body = { kind: 'city_plan', code: 'BAD-1', title: '倒置的周期', periodStart: '2026-12-31', periodEnd: '2026-01-01' };
    const zh = await send('office', 'POST', '/sources', body);
    expect(zh.statusCode).toBe(400);
    expect(zh.json().errors[0].message).toContain('结束日期不能早于开始日期');
    const en = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/sources', headers: { ...t.browsers.office.headers(true), 'accept-language': 'en' }, payload: { ...body, kind: 'whatever' } });
    expect(en.statusCode).toBe(400);
    expect(en.json().errors.length).toBeGreaterThan(0);
    const noSource = await t.app.inject({ method: 'POST', url: '/api/v1/ledger/issues', headers: { ...t.browsers.office.headers(true), 'accept-language': 'en' }, payload: { sourceId: '01890000-0000-7000-8000-000000000000', code: 'X', title: 'x' } });
    expect(noSource.statusCode).toBe(422);
    expect(noSource.json().errors[0].message).toBe('No such ledger source');
  });
});

describe('the rules', () => {
  it('are the defaults until saved, versioned and audited', async () => {
    const first = await send('leader', 'GET', '/settings');
    expect(first.json()).toEqual({ rules: { amberShare: 0.2, halfTimeShare: 0.5, halfTaskShare: 0.5, silentWorkingDays: 10 }, version: 0 });
    expect((await send('leader', 'PUT', '/settings', first.json())).statusCode).toBe(403);
    const saved = await send('office', 'PUT', '/settings', { version: 0, rules: { ...first.json().rules, silentWorkingDays: 15 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ rules: { silentWorkingDays: 15 }, version: 1 });
    expect((await t.services.ledger.rules()).silentWorkingDays).toBe(15);
    expect((await send('office', 'PUT', '/settings', { version: 0, rules: first.json().rules })).statusCode).toBe(409);
    expect((await send('office', 'PUT', '/settings', { version: 1, rules: { ...first.json().rules, amberShare: 2 } })).statusCode).toBe(400);
    const [row] = await queryRows<{ n: number }>(t.services.database.db, sql`select count(*) as n from audit_log where action = 'ledger.settings.save'`);
    expect(Number(row!.n)).toBe(1);
  });
});
