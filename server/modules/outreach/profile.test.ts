// 企业服务 in the enterprise file (一企一档): staff reading an enterprise's file see its current steward, its contacts
// and visits and the problems it raised (one row each, newest first, the whole count told), and its key projects
// with their blockers; a unit's staff and the enterprise's own accounts do not see either section.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contactBody, createOutreachTestApp, daysFromToday, outreachSender, projectBody, stewardBody, type OutreachTestApp, type Who } from '../../test/outreach-factories.ts';

let t: OutreachTestApp;
let send: ReturnType<typeof outreachSender>;

interface Section {
  key: string;
  title: { zh: string; en: string };
  count: number;
  columns: { key: string; type: string; statusLabels?: Record<string, { zh: string; en: string; tone?: string }> }[];
  rows: { cells: Record<string, string | number | null>; link: string | null }[];
}

beforeAll(async () => {
  t = await createOutreachTestApp();
  send = outreachSender(t);
}, 120_000);
afterAll(() => t.close());

async function staffFile(uscc: string, who: Who = 'office'): Promise<Section[]> {
  const res = await t.app.inject({ url: `/api/v1/registry/entities/${uscc}/profile`, headers: t.browsers[who].headers() });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().sections;
}
const section = (sections: Section[], key: string) => {
  const found = sections.find((s) => s.key === key);
  if (!found) throw new Error(`no section ${key} in ${sections.map((s) => s.key).join(', ')}`);
  return found;
};

describe('the outreach section of the enterprise file', () => {
  it('shows the steward, the contacts and the problems raised with their state, newest first, linked to the office’s pages', async () => {
    const { uscc } = t.enterprises[3]!;
    expect((await send('office', 'POST', '/stewards', stewardBody(t, uscc))).statusCode).toBe(201);
    const visit = await send('office', 'POST', '/contacts', contactBody(uscc, { departmentId: t.dept['HHHT-YSB'] }));
    expect(visit.statusCode, visit.body).toBe(201);
    const call = await send('office', 'POST', '/contacts', contactBody(uscc, { kind: 'contact', heldOn: daysFromToday(-1), summary: '电话回访用电增容进展', problems: [] }));
    expect(call.statusCode, call.body).toBe(201);
    const [road] = visit.json().problems as { id: string; version: number; title: string }[];
    const routed = await send('office', 'POST', `/problems/${road!.id}/route`, { version: road!.version, departmentId: t.dept['HHHT-ZJ'], dueOn: daysFromToday(15) });
    expect(routed.statusCode, routed.body).toBe(200);

    const sections = await staffFile(uscc);
    const outreach = section(sections, 'outreach');
    expect(outreach.title).toEqual({ zh: '企业服务', en: 'Enterprise service' });
    expect(outreach.columns.map((c) => c.key)).toEqual(['kind', 'on', 'who', 'unit', 'summary', 'state']);
    const state = outreach.columns.find((c) => c.key === 'state')!;
    expect(state).toMatchObject({ type: 'status', statusLabels: { open: { zh: '待交办', en: 'To route' }, routed: { zh: '办理中', en: 'With a unit' }, solved: { zh: '已解决', en: 'Solved' } } });
    expect(outreach.columns.find((c) => c.key === 'kind')!.statusLabels).toMatchObject({ visit: { zh: '实地走访', en: 'On-site visit' }, problem: { zh: '反映问题' } });
    // One steward, two contacts, two problems: all told, all sent.
    expect(outreach.count).toBe(5);
    expect(outreach.rows.map((r) => [r.cells.kind, r.cells.on])).toEqual([
      ['steward', daysFromToday(-30)],
      ['contact', daysFromToday(-1)],
      ['visit', daysFromToday(-3)],
      ['problem', daysFromToday(-3)],
      ['problem', daysFromToday(-3)],
    ]);
    expect(outreach.rows[0]!.cells).toMatchObject({ who: '李明 13904711234', unit: '呼和浩特市优化营商环境工作专班办公室', state: 'serving' });
    expect(outreach.rows[2]!.cells).toMatchObject({ who: '刘晓燕、王磊', unit: '呼和浩特市优化营商环境工作专班办公室', summary: '走访企业生产车间，了解用地和用电需求', state: null });
    const problems = outreach.rows.filter((r) => r.cells.kind === 'problem').map((r) => [r.cells.summary, r.cells.state, r.cells.unit]);
    expect(problems).toEqual(expect.arrayContaining([['厂区道路未接通市政管网', 'routed', '呼和浩特市住房和城乡建设局'], ['用电增容审批慢', 'open', null]]));
    for (const row of outreach.rows) {
      expect(row.link).toBe(row.cells.kind === 'problem' ? `/office/outreach/problems?uscc=${uscc}` : `/office/outreach/enterprises/${uscc}`);
    }
  });

  it('shows the key projects with their open and solved blockers, linked to the project page', async () => {
    const { uscc } = t.enterprises[3]!;
    const project = await send('office', 'POST', '/projects', projectBody(t, uscc, 'XM-2026-101'));
    expect(project.statusCode, project.body).toBe(201);
    const id = project.json().id as string;
    const add = (title: string) => send('office', 'POST', `/projects/${id}/blockers`, { stage: 'engineering', departmentId: t.dept['HHHT-ZJ'], title, foundOn: daysFromToday(-5) });
    const first = (await add('施工图审查意见反复')).json();
    expect((await add('人防意见未出具')).statusCode).toBe(201);
    expect((await send('office', 'POST', `/blockers/${first.id}/solve`, { version: first.version, solvedOn: daysFromToday(-1), solution: '联合审图' })).statusCode).toBe(200);

    const projects = section(await staffFile(uscc), 'projects');
    expect(projects.title).toEqual({ zh: '重点项目', en: 'Key projects' });
    expect(projects.count).toBe(1);
    expect(projects.rows).toEqual([
      { cells: { code: 'XM-2026-101', project: 'XM-2026-101 数据中心二期项目', year: daysFromToday(0).slice(0, 4), stage: 'engineering', open: 1, solved: 1 }, link: `/office/projects/${id}` },
    ]);
    expect(projects.columns.find((c) => c.key === 'stage')!.statusLabels!.engineering).toEqual({ zh: '工程建设许可', en: 'Engineering permit' });
  });

  it('sends the newest twenty rows and counts them all', async () => {
    const { uscc } = t.enterprises[4]!;
    for (let i = 0; i < 12; i++) {
      const res = await send('office', 'POST', '/contacts', contactBody(uscc, { heldOn: daysFromToday(-2 * i - 1), summary: `第 ${i + 1} 次走访`, problems: [{ title: `问题 ${i + 1}` }] }));
      expect(res.statusCode, res.body).toBe(201);
    }
    const outreach = section(await staffFile(uscc), 'outreach');
    expect(outreach.count).toBe(24);
    expect(outreach.rows).toHaveLength(20);
    const dates = outreach.rows.map((r) => r.cells.on as string);
    expect([...dates].sort().reverse()).toEqual(dates);
    expect(dates[0]).toBe(daysFromToday(-1));
    // Each day's visit comes before the problem raised at it.
    expect(outreach.rows.slice(0, 2).map((r) => [r.cells.kind, r.cells.summary])).toEqual([['visit', '第 1 次走访'], ['problem', '问题 1']]);
  });

  it('is empty, not an error, for an enterprise outreach knows nothing of', async () => {
    const sections = await staffFile(t.enterprises[2]!.uscc);
    expect(section(sections, 'outreach')).toMatchObject({ count: 0, rows: [] });
    expect(section(sections, 'projects')).toMatchObject({ count: 0, rows: [] });
    const keys = sections.map((s) => s.key);
    expect(keys.indexOf('outreach')).toBeGreaterThan(keys.indexOf('licences'));
    expect(keys.indexOf('projects')).toBeLessThan(keys.indexOf('sharing'));
  });

  it('is shown to the office and leaders, not to a unit’s staff reading the file', async () => {
    const { uscc } = t.enterprises[3]!;
    expect((await staffFile(uscc, 'leader')).map((s) => s.key)).toEqual(expect.arrayContaining(['outreach', 'projects']));
    const unit = await staffFile(uscc, 'handler');
    const keys = unit.map((s) => s.key);
    expect(keys).toContain('licences');
    expect(keys).not.toContain('outreach');
    expect(keys).not.toContain('projects');
  });

  it('is not shown to the enterprise’s own accounts', async () => {
    const { uscc } = t.enterprises[3]!;
    const link = await t.app.inject({ method: 'POST', url: `/api/v1/registry/entities/${uscc}/accounts`, headers: t.browsers.office.headers(true), payload: { username: 'qiye', role: 'agent' } });
    expect(link.statusCode, link.body).toBe(201);
    const mine = await t.app.inject({ url: `/api/v1/me/entities/${uscc}/profile`, headers: t.browsers.qiye.headers() });
    expect(mine.statusCode, mine.body).toBe(200);
    const keys = (mine.json().sections as Section[]).map((s) => s.key);
    expect(keys).toContain('licences');
    expect(keys).not.toContain('outreach');
    expect(keys).not.toContain('projects');
    expect(mine.body).not.toContain('厂区道路未接通市政管网');
    expect(mine.body).not.toContain('13904711234');
  });
});
