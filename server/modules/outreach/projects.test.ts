// Key projects and their blockers through HTTP: blockers by stage and department, a unit seeing only its own,
// solving one directly, a coordination meeting solving several in one transaction (a stale one undoes it all),
// and the resolution rate; hall inspections whose findings become ledger tasks shown with their numbers and states.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOutreachTestApp, daysFromToday, expectRefusedInBoth, inspectionBody, outreachSender, projectBody, todayIso, unknownUscc, type OutreachTestApp } from '../../test/outreach-factories.ts';

let t: OutreachTestApp;
let send: ReturnType<typeof outreachSender>;

beforeAll(async () => {
  t = await createOutreachTestApp();
  send = outreachSender(t);
}, 120_000);
afterAll(() => t.close());

interface Blocker {
  id: string;
  version: number;
  state: string;
  projectId: string;
}

const blocker = async (projectId: string, stage: string, dept: string, title: string, foundOn = daysFromToday(-20)) => {
  const res = await send('office', 'POST', `/projects/${projectId}/blockers`, { stage, departmentId: t.dept[dept], title, foundOn });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Blocker;
};

describe('key projects and blockers', () => {
  let projectId: string;
  let blockers: Blocker[];

  it('adds a project of a registered enterprise; an unknown one or a taken code is refused', async () => {
    const res = await send('office', 'POST', '/projects', projectBody(t, t.enterprises[3]!.uscc, 'XM-2026-001'));
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ code: 'XM-2026-001', enterpriseName: t.enterprises[3]!.name, investment: 52000, blockers: 0, solved: 0, blockerList: [] });
    projectId = res.json().id;
    expect(await expectRefusedInBoth(send, 'office', 'POST', '/projects', projectBody(t, unknownUscc(), 'XM-2026-002'))).toBe(422);
    expect(await expectRefusedInBoth(send, 'office', 'POST', '/projects', projectBody(t, t.enterprises[3]!.uscc, 'XM-2026-001'))).toBe(409);
    expect(await expectRefusedInBoth(send, 'office', 'POST', '/projects', projectBody(t, t.enterprises[3]!.uscc, 'XM-2026-003', { stage: 'permits' }))).toBe(400);
  });

  it('records blockers by stage and department; a unit sees its own blockers only', async () => {
    blockers = [
      await blocker(projectId, 'planning', 'HHHT-ZRZY', '用地规划条件未明确'),
      await blocker(projectId, 'engineering', 'HHHT-ZJ', '施工图审查意见反复'),
      await blocker(projectId, 'construction', 'HHHT-ZJ', '施工许可要件缺少人防意见'),
      await blocker(projectId, 'acceptance', 'HHHT-SCJG', '特种设备验收排期长'),
    ];
    expect(await expectRefusedInBoth(send, 'office', 'POST', `/projects/${projectId}/blockers`, { stage: 'planning', departmentId: t.dept['HHHT-ZJ'], title: '未来的堵点', foundOn: daysFromToday(2) })).toBe(400);
    const office = (await send('leader', 'GET', `/projects/${projectId}`)).json();
    expect(office).toMatchObject({ blockers: 4, solved: 0 });
    expect(office.blockerList.map((b: { stage: string }) => b.stage)).toEqual(['planning', 'engineering', 'construction', 'acceptance']);

    const zj = (await send('handler', 'GET', `/projects/${projectId}`)).json();
    expect(zj.blockerList.map((b: { departmentName: string }) => b.departmentName)).toEqual(['呼和浩特市住房和城乡建设局', '呼和浩特市住房和城乡建设局']);
    expect(zj.blockers).toBe(2);
    expect((await send('handler', 'GET', '/projects')).json().items.map((p: { id: string }) => p.id)).toEqual([projectId]);
    expect((await send('clerk', 'GET', '/projects')).json().total).toBe(0);
    expect((await send('clerk', 'GET', `/projects/${projectId}`)).statusCode).toBe(404);
    expect((await send('handler', 'POST', `/projects/${projectId}/blockers`, { stage: 'planning', departmentId: t.dept['HHHT-ZJ'], title: 'x', foundOn: todayIso() })).statusCode).toBe(403);
    expect((await send('qiye', 'GET', '/projects')).statusCode).toBe(403);
    expect((await send('office', 'GET', `/projects?stage=engineering&departmentId=${t.dept['HHHT-ZJ']}`)).json().total).toBe(1);
    expect((await send('office', 'GET', '/projects?state=blocked')).json().total).toBe(1);
  });

  it('solves a blocker without a meeting; a stale version is 409, solving it again 422', async () => {
    const b = blockers[0]!;
    expect(await expectRefusedInBoth(send, 'office', 'POST', `/blockers/${b.id}/solve`, { version: b.version, solvedOn: daysFromToday(-30), solution: '早于发现' })).toBe(400);
    expect((await send('office', 'POST', `/blockers/${b.id}/solve`, { version: b.version + 1, solvedOn: todayIso(), solution: '已明确' })).statusCode).toBe(409);
    const solved = await send('office', 'POST', `/blockers/${b.id}/solve`, { version: b.version, solvedOn: daysFromToday(-10), solution: '自然资源局出具规划条件' });
    expect(solved.statusCode, solved.body).toBe(200);
    expect(solved.json()).toMatchObject({ state: 'solved', solvedOn: daysFromToday(-10), solvedMeetingId: null });
    expect((await send('office', 'POST', `/blockers/${b.id}/solve`, { version: solved.json().version, solvedOn: todayIso(), solution: '再解决' })).statusCode).toBe(422);
  });

  it('records a coordination meeting solving blockers in one transaction; a stale one undoes all of it', async () => {
    const [, b1, b2] = blockers;
    const body = { heldOn: daysFromToday(-5), title: '全市重点项目审批手续办理推进会（第一次）', chair: '周建国', departmentIds: [t.dept['HHHT-ZJ'], t.dept['HHHT-ZRZY']], minutes: '逐项研究项目堵点' };
    const stale = await send('office', 'POST', '/project-meetings', { ...body, solved: [{ blockerId: b1!.id, version: b1!.version, solution: '联合审图' }, { blockerId: b2!.id, version: b2!.version + 3, solution: '容缺受理' }] });
    expect(stale.statusCode).toBe(409);
    expect((await send('office', 'GET', '/project-meetings')).json().total).toBe(0);
    expect((await send('office', 'GET', `/projects/${projectId}`)).json().solved).toBe(1);
    expect(await expectRefusedInBoth(send, 'office', 'POST', '/project-meetings', { ...body, solved: [{ blockerId: b1!.id, version: 1, solution: 'a' }, { blockerId: b1!.id, version: 1, solution: 'b' }] })).toBe(400);
    expect(await expectRefusedInBoth(send, 'office', 'POST', '/project-meetings', { ...body, solved: [{ blockerId: blockers[0]!.id, version: 2, solution: 'a' }] })).toBe(422);

    const held = await send('office', 'POST', '/project-meetings', { ...body, solved: [{ blockerId: b1!.id, version: b1!.version, solution: '联合审图，一次性出具意见' }, { blockerId: b2!.id, version: b2!.version, solution: '人防意见容缺受理' }] });
    expect(held.statusCode, held.body).toBe(201);
    expect(held.json().solved.map((s: { id: string }) => s.id).sort()).toEqual([b1!.id, b2!.id].sort());
    const project = (await send('office', 'GET', `/projects/${projectId}`)).json();
    expect(project).toMatchObject({ blockers: 4, solved: 3 });
    expect(project.blockerList.filter((b: { solvedMeetingId: string | null }) => b.solvedMeetingId === held.json().id)).toHaveLength(2);
    expect((await send('leader', 'GET', '/project-meetings')).json().items[0].solved).toHaveLength(2);
  });

  it('counts the resolution rate as solved ÷ found over a period, by stage and by department', async () => {
    const year = todayIso().slice(0, 4);
    const stats = (await send('leader', 'GET', `/stats?from=${year}-01-01&to=${todayIso()}`)).json();
    expect(stats).toMatchObject({ projectsBlocked: 1, blockersFound: 4, blockersSolved: 3, projectsUnblocked: 0, resolutionRate: 0.75, coordinationMeetings: 1 });
    expect(stats.blockersByStage).toEqual([
      { stage: 'planning', found: 1, solved: 1 },
      { stage: 'engineering', found: 1, solved: 1 },
      { stage: 'construction', found: 1, solved: 1 },
      { stage: 'acceptance', found: 1, solved: 0 },
    ]);
    expect(stats.blockersByDepartment.find((d: { departmentId: string }) => d.departmentId === t.dept['HHHT-ZJ'])).toMatchObject({ found: 2, solved: 2, departmentName: '呼和浩特市住房和城乡建设局' });
    // Before anything was solved the same blockers count as found, none solved.
    const early = (await send('leader', 'GET', `/stats?from=${daysFromToday(-25)}&to=${daysFromToday(-15)}`)).json();
    expect(early).toMatchObject({ blockersFound: 4, blockersSolved: 0, resolutionRate: 0 });
    expect((await send('leader', 'GET', `/stats?from=${daysFromToday(-1)}&to=${todayIso()}`)).json().resolutionRate).toBeNull();
    expect(await expectRefusedInBoth(send, 'leader', 'GET', `/stats?from=${todayIso()}&to=${daysFromToday(-3)}`)).toBe(400);
    expect((await send('handler', 'GET', `/stats?from=${year}-01-01&to=${todayIso()}`)).statusCode).toBe(403);
  });
});

describe('hall inspections', () => {
  it('turns each finding into a ledger task for its unit and shows the tasks’ numbers and states', async () => {
    const res = await send('office', 'POST', '/inspections', inspectionBody(t));
    expect(res.statusCode, res.body).toBe(201);
    const v = res.json();
    expect(v).toMatchObject({ hallName: '赛罕区政务服务中心', mode: 'covert', departmentName: '赛罕区政务服务局' });
    expect(v.findings).toHaveLength(2);
    for (const f of v.findings) {
      expect(f.ledgerTaskId).toBeTruthy();
      expect(f.taskNumber).toMatch(/^TZ\d{4}\d{5}$/);
      expect(f.taskState).toBe('doing');
    }
    const office = await t.services.sessions.principalFor(t.browsers.office.cookie.slice('ys_session='.length), (s) => t.services.org.auth.loadSessionPrincipal(s));
    const task = await t.services.ledger.tasks.get(office!, v.findings[0].ledgerTaskId);
    expect(task).toMatchObject({ sourceKind: 'hall_inspection', leadDepartmentId: t.dept['HHHT-SH-ZWFW'], dueOn: daysFromToday(20) });
    expect(task.origin).toEqual({ type: 'hall_finding', id: v.findings[0].id });
    expect((await send('leader', 'GET', `/inspections/${v.id}`)).json().findings.map((f: { taskNumber: string }) => f.taskNumber)).toEqual(v.findings.map((f: { taskNumber: string }) => f.taskNumber));
    expect((await send('leader', 'GET', '/inspections?kind=covert')).json().total).toBe(1);
    expect((await send('leader', 'GET', '/inspections?kind=open')).json().total).toBe(0);
  });

  it('refuses a finding due before the inspection or for an unknown unit, writing nothing', async () => {
    const before = (await send('office', 'GET', '/inspections')).json().total;
    const bad = inspectionBody(t);
    expect(await expectRefusedInBoth(send, 'office', 'POST', '/inspections', { ...bad, findings: [{ ...bad.findings[0], dueOn: daysFromToday(-10) }] })).toBe(400);
    expect(await expectRefusedInBoth(send, 'office', 'POST', '/inspections', { ...bad, findings: [{ ...bad.findings[0], departmentId: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b' }] })).toBe(422);
    expect(await expectRefusedInBoth(send, 'office', 'POST', '/inspections', { ...bad, mode: 'secret' })).toBe(400);
    expect((await send('office', 'GET', '/inspections')).json().total).toBe(before);
    expect((await send('handler', 'GET', '/inspections')).statusCode).toBe(403);
    expect((await send('leader', 'POST', '/inspections', bad)).statusCode).toBe(403);
  });
});
