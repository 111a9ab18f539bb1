// Ledger tasks: numbers and cases, the list's filters (lights on working days around National Day), the detail's
// history and actions, progress reports, a new lead unit taking the case over, data scope, and bad input → 4xx.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../platform/audit/index.ts';
import { createLedgerTestApp, detailOf, ledgerPrincipal, ledgerSender, makeSource, makeTask, uploadEvidence, type LedgerTestApp } from '../../test/ledger-factories.ts';

let t: LedgerTestApp;
let send: ReturnType<typeof ledgerSender>;

beforeAll(async () => {
  t = await createLedgerTestApp();
  send = ledgerSender(t);
});
afterAll(async () => t?.close());

const ids = (page: { items: { id: string }[] }) => page.items.map((i) => i.id);
const at = (date: string) => new Date(`${date}T10:00:00+08:00`);

describe('tasks', () => {
  it('gets a TZ number and a case held by the lead unit; the unit is told', async () => {
    const { id, number } = await makeTask(t);
    expect(number).toMatch(/^TZ\d{4}\d{5}$/);
    const d = await detailOf(t, 'handler', id);
    expect(d).toMatchObject({ number, state: 'doing', stateLabel: { zh: '推进中' }, leadDepartmentName: '住建局', supportDepartments: [{ id: t.dept['HHHT-SCJG'], name: '市场监管局' }] });
    expect(d.caseId).toEqual(expect.any(String));
    const notices = await t.app.inject({ method: 'GET', url: '/api/v1/me/notifications', headers: t.browsers.handler.headers() });
    expect(JSON.stringify(notices.json())).toContain(number);
    const next = await makeTask(t);
    expect(Number(next.number.slice(6))).toBeGreaterThan(Number(number.slice(6)));
  });

  it('hangs tasks on issues and measures, and checks they belong together', async () => {
    const sourceId = await makeSource(t, { kind: 'provincial_feedback', title: '2025 年度自治区营商环境评价反馈问题清单' });
    const issue = await send('office', 'POST', '/issues', { sourceId, code: 'P-03', title: '工程建设项目审批环节多、时间长', indicator: '办理建筑许可' });
    expect(issue.statusCode, issue.body).toBe(201);
    const measure = await send('office', 'POST', '/measures', { issueId: issue.json().id, code: 'P-03-1', title: '推行并联审批' });
    expect(measure.statusCode, measure.body).toBe(201);
    const task = await makeTask(t, { sourceId, measureId: measure.json().id });
    const d = await detailOf(t, 'office', task.id);
    expect(d).toMatchObject({ issue: { code: 'P-03' }, measure: { code: 'P-03-1' }, sourceKind: 'provincial_feedback' });
    const other = await makeSource(t);
    const wrong = await send('office', 'POST', '/tasks', { sourceId: other, measureId: measure.json().id, title: '错位任务', leadDepartmentId: t.dept['HHHT-ZJ'], startsOn: '2026-03-01', dueOn: '2026-12-31' });
    expect(wrong.statusCode).toBe(422);
    const listed = await send('office', 'GET', `/tasks?measureId=${measure.json().id}`);
    expect(ids(listed.json())).toEqual([task.id]);
    const tree = await send('leader', 'GET', `/sources/${sourceId}/tree`);
    expect(tree.json().issues[0]).toMatchObject({ code: 'P-03', tasks: 1, closed: 0, measures: [{ code: 'P-03-1', tasks: 1 }] });
  });

  it('filters the list by source kind, unit, state, batch, due dates, text and mine', async () => {
    const sourceId = await makeSource(t, { kind: 'leader_instruction', title: '市领导批示事项' });
    const a = await makeTask(t, { sourceId, title: '清理拖欠中小企业账款', batch: '6月', leadDepartmentId: t.dept['HHHT-CZ'], supportDepartmentIds: [], dueOn: '2026-06-30' });
    const b = await makeTask(t, { sourceId, title: '开展涉企收费专项检查', batch: '10月', dueOn: '2026-10-31' });
    const kind = await send('office', 'GET', '/tasks?sourceKind=leader_instruction&pageSize=50');
    expect(ids(kind.json()).sort()).toEqual([a.id, b.id].sort());
    expect(ids((await send('office', 'GET', `/tasks?sourceId=${sourceId}&batch=${encodeURIComponent('6月')}`)).json())).toEqual([a.id]);
    expect(ids((await send('office', 'GET', `/tasks?sourceId=${sourceId}&departmentId=${t.dept['HHHT-SCJG']}`)).json())).toEqual([b.id]);
    expect(ids((await send('office', 'GET', `/tasks?sourceId=${sourceId}&dueFrom=2026-07-01&dueTo=2026-12-31`)).json())).toEqual([b.id]);
    expect(ids((await send('office', 'GET', `/tasks?sourceId=${sourceId}&q=${encodeURIComponent('拖欠')}`)).json())).toEqual([a.id]);
    expect(ids((await send('office', 'GET', `/tasks?q=${a.number}`)).json())).toEqual([a.id]);
    expect(ids((await send('office', 'GET', `/tasks?sourceId=${sourceId}&state=closed`)).json())).toEqual([]);
    // The support unit's own list holds b, not a; the office's `mine` holds neither.
    expect(ids((await send('approver', 'GET', `/tasks?sourceId=${sourceId}&mine=true`)).json())).toEqual([b.id]);
    expect(ids((await send('office', 'GET', `/tasks?sourceId=${sourceId}&mine=true`)).json())).toEqual([]);
  });

  it('shows a unit only its own tasks; others get 404', async () => {
    const { id } = await makeTask(t);
    expect((await send('clerk', 'GET', `/tasks/${id}`)).statusCode).toBe(404);
    expect(ids((await send('clerk', 'GET', '/tasks?pageSize=200')).json())).not.toContain(id);
    expect((await send('clerk', 'POST', `/tasks/${id}/reports`, { text: '越权报送', progress: 10 })).statusCode).toBe(404);
    expect((await send('qiye', 'GET', '/tasks')).statusCode).toBe(403);
    expect((await send('leader', 'GET', `/tasks/${id}`)).statusCode).toBe(200);
    expect((await send('approver', 'GET', `/tasks/${id}`)).statusCode).toBe(200);
    expect((await send('handler', 'POST', '/tasks', { title: 'x' })).statusCode).toBe(403);
  });

  it('files progress with figures and attachments from a phone, mirrored on the task', async () => {
    const { id } = await makeTask(t);
    const photo = await uploadEvidence(t, 'handler', '现场照片.pdf');
    const res = await send('handler', 'POST', `/tasks/${id}/reports`, { text: '已完成 12 个项目的并联审批试点', progress: 55, figures: [{ label: '试点项目', value: '12 个' }], attachmentIds: [photo] });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ progress: 55, reports: [{ kind: 'progress', authorName: '杨帆', departmentName: '住建局', figures: [{ label: '试点项目', value: '12 个' }], attachments: [{ id: photo, name: '现场照片.pdf' }] }] });
    expect(res.json().lastReportAt).not.toBeNull();
    const again = await send('handler', 'POST', `/tasks/${id}/reports`, { text: '重复使用同一附件', progress: 60, attachmentIds: [photo] });
    expect(again.statusCode).toBe(201);
    const other = await makeTask(t);
    expect((await send('handler', 'POST', `/tasks/${other.id}/reports`, { text: '附件已用于其他任务', progress: 10, attachmentIds: [photo] })).statusCode).toBe(409);
  });

  it('hands the case over when the office changes the lead unit', async () => {
    const { id } = await makeTask(t, { leadDepartmentId: t.dept['HHHT-SCJG'], supportDepartmentIds: [t.dept['HHHT-ZJ']!] });
    expect((await detailOf(t, 'handler', id)).actions.map((a) => a.key)).not.toContain('requestClosure');
    const d = await detailOf(t, 'office', id);
    const edited = await send('office', 'PUT', `/tasks/${id}`, { version: d.version, leadDepartmentId: t.dept['HHHT-ZJ'], dueOn: '2026-12-31' });
    expect(edited.statusCode, edited.body).toBe(200);
    // The old lead became no support of itself: the new lead is removed from the support list.
    expect(edited.json()).toMatchObject({ leadDepartmentId: t.dept['HHHT-ZJ'], supportDepartmentIds: [], dueOn: '2026-12-31' });
    expect((await detailOf(t, 'handler', id)).actions.map((a) => a.key)).toContain('requestClosure');
    expect((await send('approver', 'GET', `/tasks/${id}`)).statusCode).toBe(404);
    const early = await send('office', 'PUT', `/tasks/${id}`, { version: edited.json().version, dueOn: '2026-01-01' });
    expect(early.statusCode).toBe(422);
  });
});

describe('lights on working days (National Day 2026: 10-01 … 10-07 off, 09-20 and 10-10 worked)', () => {
  // 14 working days from 09-14 to 10-09; progress 60 keeps the half-time check quiet.
  let taskId: string;
  let farId: string;
  let sourceId: string;
  beforeAll(async () => {
    sourceId = await makeSource(t, { title: '灯色测试方案' });
    taskId = (await makeTask(t, { sourceId, startsOn: '2026-09-14', dueOn: '2026-10-09' })).id;
    farId = (await makeTask(t, { sourceId, startsOn: '2026-09-14', dueOn: '2026-12-31' })).id;
    for (const id of [taskId, farId]) await send('handler', 'POST', `/tasks/${id}/reports`, { text: '按计划推进', progress: 60 });
  });
  const lightList = async (light: string, date: string) => {
    const p = await ledgerPrincipal(t, 'office');
    return ids(await t.services.ledger.tasks.list(p, { sourceId, light: light as 'green', page: 1, pageSize: 50 }, at(date)));
  };

  it('is green with 4 of 14 working days left (09-28), though half the calendar is gone', async () => {
    expect(await lightList('green', '2026-09-28')).toEqual([taskId, farId]);
    expect(await lightList('amber', '2026-09-28')).toEqual([]);
  });
  it('is amber with 2 of 14 working days left (09-30), when a third of the calendar days remain', async () => {
    expect(await lightList('amber', '2026-09-30')).toEqual([taskId]);
    expect(await lightList('green', '2026-09-30')).toEqual([farId]);
    // Through the holiday the working days left stay 2.
    expect(await lightList('amber', '2026-10-05')).toEqual([taskId]);
    const p = await ledgerPrincipal(t, 'office');
    const row = (await t.services.ledger.tasks.list(p, { sourceId, light: 'amber', page: 1, pageSize: 50 }, at('2026-10-05'))).items[0]!;
    expect(row).toMatchObject({ light: 'amber', amberReason: 'time', daysLeft: 2 });
  });
  it('is amber on its deadline and red the day after (10-10, a make-up working Saturday)', async () => {
    expect(await lightList('amber', '2026-10-09')).toEqual([taskId]);
    expect(await lightList('red', '2026-10-09')).toEqual([]);
    expect(await lightList('red', '2026-10-10')).toEqual([taskId]);
    expect(await lightList('amber', '2026-10-10')).toEqual([]);
  });
  it('follows the rules the office saves (amber share 10%: 2 of 14 left is green)', async () => {
    const current = await send('office', 'GET', '/settings');
    const saved = await send('office', 'PUT', '/settings', { version: current.json().version, rules: { ...current.json().rules, amberShare: 0.1 } });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await lightList('amber', '2026-09-30')).toEqual([]);
    await send('office', 'PUT', '/settings', { version: saved.json().version, rules: { ...saved.json().rules, amberShare: 0.2 } });
    expect(await lightList('amber', '2026-09-30')).toEqual([taskId]);
  });
  it('is done once closed or cancelled', async () => {
    const { id } = await makeTask(t, { sourceId, startsOn: '2026-09-14', dueOn: '2026-10-09' });
    const d = await detailOf(t, 'office', id);
    await send('office', 'POST', `/tasks/${id}/actions`, { action: 'cancel', version: d.version, comment: '重复任务' });
    expect(await lightList('done', '2026-10-10')).toEqual([id]);
    expect(await lightList('red', '2026-10-10')).toEqual([taskId]);
  });
});

describe('bad input', () => {
  it('answers 4xx in Chinese and English, never 5xx', async () => {
    const bad = await send('office', 'POST', '/tasks', { sourceId: 'nope', title: '', leadDepartmentId: t.dept['HHHT-ZJ'], startsOn: '2026-05-01', dueOn: '2026-04-01' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors.map((e: { message: string }) => e.message).join(' ')).toMatch(/编号格式不对|不能为空/);
    const en = await t.app.inject({ method: 'GET', url: '/api/v1/ledger/tasks?light=purple', headers: { ...t.browsers.office.headers(), 'accept-language': 'en' } });
    expect(en.statusCode).toBe(400);
    const missing = await send('office', 'POST', '/tasks', { sourceId: '01890000-0000-7000-8000-000000000000', title: '无来源', leadDepartmentId: t.dept['HHHT-ZJ'], startsOn: '2026-03-01', dueOn: '2026-04-01' });
    expect(missing.statusCode).toBe(422);
    expect(missing.json().errors[0]).toMatchObject({ path: 'body.sourceId', message: '台账来源不存在' });
    const sourceId = await makeSource(t);
    await fc.assert(
      fc.asyncProperty(fc.record({ title: fc.string({ maxLength: 8 }), progress: fc.integer({ min: -5, max: 105 }), startsOn: fc.constantFrom('2026-01-01', '2026-13-01', 'x'), dueOn: fc.constantFrom('2026-02-01', '2025-12-31') }), async (v) => {
        const res = await send('office', 'POST', '/tasks', { sourceId, title: v.title, leadDepartmentId: t.dept['HHHT-ZJ'], startsOn: v.startsOn, dueOn: v.dueOn });
        expect(res.statusCode).toBeLessThan(500);
        const rep = await send('handler', 'POST', `/tasks/01890000-0000-7000-8000-000000000000/reports`, { text: v.title, progress: v.progress });
        expect([400, 404]).toContain(rep.statusCode);
      }),
      { numRuns: 15 },
    );
  });

  it('keeps createFromOrigin and the service honest without the routes', async () => {
    await expect(t.services.ledger.tasks.createFromOrigin(systemActor, { sourceKind: 'hall_inspection', originType: 'finding', originId: 'x-1', title: '窗口无引导标识', leadDepartmentId: t.dept['HHHT-ZWFW']!, startsOn: '2026-05-01', dueOn: '2026-04-01' })).rejects.toMatchObject({ status: 422 });
  });
});
