// The demo city's enterprise service: the plan matches the report's section 一(一) (stewards, ~60 contacts with ~8
// visits, problems in every state, ~120 key projects with blockers at every stage solved mostly at 6 meetings, a
// resolution rate of 80–90 %, 4 hall inspections open and covert) and is the same for a seed; written small
// through the services over the demo registry, the figures agree, findings are ledger tasks — the older ones closed
// through the ledger's workflow, the recent and one overdue still open, nothing dated after the seed's last day —
// and a second run adds none.
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays, endOfShanghaiDay, shanghaiDate } from '../../../common/calendar/index.ts';
import { PROJECT_STAGES } from '../../../common/api/outreach.ts';
import { systemActor } from '../../platform/audit/index.ts';
import { queryRows } from '../../platform/db/index.ts';
import { planOutreach, seedOutreach, type OutreachPlan, type OutreachSeedReport } from '../../seed/outreach.ts';
import { closeOriginTasks } from '../../seed/outreach-closure.ts';
import { demoEntities, seedRegistry, SEED_LATEST_DATE } from '../../seed/registry.ts';
import { createCatalogTestApp, type CatalogTestApp } from '../../test/catalog-factories.ts';

const LATEST = '2026-11-20';

function enterprises(seed: number) {
  const g = demoEntities(seed, LATEST);
  const all = Array.from({ length: 3000 }, () => g.next()).filter((e) => e.kind === 'enterprise' && e.status === 'active');
  const entry = (e: (typeof all)[number]) => ({ uscc: e.uscc, name: e.name, districtCode: e.districtCode, establishedOn: e.establishedOn, newlySigned: e.tags.includes('newly_signed') });
  const isNew = (e: (typeof all)[number]) => e.tags.includes('newly_signed') || e.establishedOn >= addCalendarDays(LATEST, -365);
  return { newEnterprises: all.filter(isNew).map(entry), projectEnterprises: all.filter((e) => !isNew(e) && 'CDEIKMG'.includes(e.industrySection)).map(entry) };
}

const problemState = (p: OutreachPlan['contacts'][number]['problems'][number]) => (p.answer ? p.answer.outcome : p.route ? 'routed' : 'open');

describe('the plan', () => {
  const plan = planOutreach({ seed: 2026, latest: LATEST, ...enterprises(2026) });

  it('is the same for a seed and differs for another', () => {
    expect(planOutreach({ seed: 2026, latest: LATEST, ...enterprises(2026) })).toEqual(plan);
    expect(planOutreach({ seed: 7, latest: LATEST, ...enterprises(2026) }).contacts).not.toEqual(plan.contacts);
  });

  it('has the report’s figures: stewards, this half-year’s contacts and visits, problems in every state', () => {
    expect(plan.stewards).toHaveLength(32);
    expect(plan.stewards.filter((s) => s.endedOn === null)).toHaveLength(30);
    expect(new Set(plan.stewards.map((s) => s.uscc)).size).toBe(32);
    expect(plan.stewards.every((s) => s.assignedOn <= LATEST && (s.endedOn === null || (s.endedOn >= s.assignedOn && s.endedOn <= LATEST)))).toBe(true);
    expect(plan.contacts).toHaveLength(60);
    expect(plan.contacts.filter((c) => c.kind === 'visit')).toHaveLength(8);
    expect(plan.contacts.every((c) => c.heldOn >= '2026-07-01' && c.heldOn <= LATEST)).toBe(true);
    const states = plan.contacts.flatMap((c) => c.problems.map(problemState));
    expect(new Set(states)).toEqual(new Set(['open', 'routed', 'solved', 'explained']));
    expect(plan.contacts.flatMap((c) => c.problems).some((p) => p.route?.toLedger)).toBe(true);
  });

  it('has ~120 key projects with blockers at every stage, most solved at 6 meetings, a resolution rate of 80–90 %', () => {
    expect(plan.projects).toHaveLength(120);
    const blockers = plan.projects.flatMap((p) => p.blockers);
    expect(new Set(blockers.map((b) => b.stage))).toEqual(new Set(PROJECT_STAGES));
    const solved = blockers.filter((b) => b.solve);
    const rate = solved.length / blockers.length;
    expect(rate).toBeGreaterThanOrEqual(0.8);
    expect(rate).toBeLessThanOrEqual(0.9);
    expect(plan.meetings).toHaveLength(6);
    const atMeetings = solved.filter((b) => b.solve && 'meeting' in b.solve);
    expect(atMeetings.length / solved.length).toBeGreaterThan(0.6);
    for (const b of atMeetings) expect(plan.meetings[(b.solve as { meeting: number }).meeting]!.heldOn >= b.foundOn).toBe(true);
    expect(plan.meetings.every((m, i) => i === 0 || m.heldOn > plan.meetings[i - 1]!.heldOn)).toBe(true);
  });

  it('has 4 inspections of county halls, open and covert, each with findings', () => {
    expect(plan.inspections).toHaveLength(4);
    expect(new Set(plan.inspections.map((i) => i.mode))).toEqual(new Set(['open', 'covert']));
    expect(plan.inspections.every((i) => i.findings.length >= 2 && i.findings.every((f) => f.dueOn > i.heldOn))).toBe(true);
  });
});

describe('seeding through the services', () => {
  let t: CatalogTestApp;
  let report: OutreachSeedReport;
  const counts = { stewards: 5, endedStewards: 1, contacts: 12, visits: 3, projects: 8, meetings: 2, inspections: 2 };

  beforeAll(async () => {
    t = await createCatalogTestApp();
    await seedRegistry(t.services, { seed: 11, scale: 'small', entities: 600, licences: false, actor: systemActor });
    report = await seedOutreach(t.services, { seed: 11, counts, actor: systemActor });
  }, 180_000);
  afterAll(() => t.close());
  const officeOf = async () => {
    const u = (await t.services.org.users.findByUsername('office'))!;
    return { via: 'token' as const, id: u.id, userId: u.id, username: 'office', name: u.name, kind: 'staff' as const, departmentId: u.departmentId, departmentName: null, roles: [{ role: 'office' as const, departmentId: u.departmentId }], mustChangePassword: false, csrfToken: null, sessionId: null, sessionExpiry: null };
  };

  it('writes the plan, and the room’s figures agree', async () => {
    expect(report).toMatchObject({ skipped: false, stewards: 5, contacts: 12, visits: 3, projects: 8, meetings: 2, inspections: 2 });
    const stats = await t.services.outreach.stats.stats({ from: '2026-01-01', to: '2026-12-31' });
    expect(stats).toMatchObject({ contacts: 12, visits: 3, problemsRaised: report.problems, blockersFound: report.blockers, blockersSolved: report.blockersSolved, projectsBlocked: 8, coordinationMeetings: 2, hallInspections: 2, hallFindings: report.findings });
    const active = await t.services.outreach.stewards.list({ state: 'active', page: 1, pageSize: 50 });
    expect(active.total).toBe(4);
  });

  it('makes a ledger task of every finding', async () => {
    const list = await t.services.outreach.inspections.list({ page: 1, pageSize: 10 });
    const findings = list.items.flatMap((i) => i.findings);
    expect(findings.length).toBe(report.findings);
    expect(findings.every((f) => f.ledgerTaskId && f.taskNumber && (f.taskState === 'doing' || f.taskState === 'closed'))).toBe(true);
  });

  it('closes the older origin tasks through the workflow, leaves the recent and an overdue one open, dates nothing after the last day', async () => {
    const today = shanghaiDate(new Date());
    const latest = SEED_LATEST_DATE < today ? SEED_LATEST_DATE : today;
    const rows = <T>(query: ReturnType<typeof sql>) => queryRows<T>(t.services.database.db, query);
    const tasks = await rows<{ id: string; origin_type: string; state: string; due_on: string; progress: number; closed_at: Date | null }>(
      sql`select id, origin_type, state, due_on::text as due_on, progress, closed_at from ledger_task where origin_type in ('hall_finding', 'enterprise_problem')`,
    );
    expect(tasks).toHaveLength(report.ledgerTasks);
    const closed = tasks.filter((x) => x.state === 'closed');
    expect(closed.length).toBe(report.ledgerTasksClosed);
    expect(closed.some((x) => x.origin_type === 'hall_finding')).toBe(true);
    expect(closed.every((x) => x.closed_at && x.progress === 100)).toBe(true);
    // Only closed or still worked; one at least open past its due date (the board's red light).
    expect(tasks.every((x) => x.state === 'closed' || x.state === 'doing')).toBe(true);
    expect(tasks.some((x) => x.state === 'doing' && x.due_on < latest)).toBe(true);
    // Each closed through the steps: progress, the unit's request with evidence, the office's approval.
    for (const x of closed) {
      const detail = await t.services.ledger.tasks.get(await officeOf(), x.id);
      const kinds = detail.reports.map((r) => r.kind);
      expect(kinds).toEqual(expect.arrayContaining(['progress', 'closure', 'review']));
      expect(detail.reports.find((r) => r.kind === 'closure')!.attachments.length).toBe(1);
    }
    const end = endOfShanghaiDay(latest);
    const [last] = await rows<{ report: Date | null; closed: Date | null; step: Date | null; created: Date | null; problem: Date | null }>(sql`
      select (select max(r.at) from ledger_report r join ledger_task t on t.id = r.task_id where t.origin_type in ('hall_finding', 'enterprise_problem')) as report,
             (select max(greatest(closed_at, last_report_at)) from ledger_task where origin_type in ('hall_finding', 'enterprise_problem')) as closed,
             (select max(h.at) from workflow_history h join ledger_task t on t.case_id = h.case_id where t.origin_type in ('hall_finding', 'enterprise_problem')) as step,
             (select max(created_at) from ledger_task where origin_type in ('hall_finding', 'enterprise_problem')) as created,
             (select max(greatest(routed_at, solved_at)) from outreach_problem) as problem`);
    for (const at of Object.values(last!)) expect(at && new Date(at).getTime() <= end.getTime()).toBe(true);
  });

  it('closes the ledger task of a problem its unit answered solved, from the day of the answer', async () => {
    const today = shanghaiDate(new Date());
    const latest = SEED_LATEST_DATE < today ? SEED_LATEST_DATE : today;
    const day = (n: number) => addCalendarDays(latest, n);
    const at = (d: string) => new Date(`${d}T10:00:00+08:00`);
    const office = await officeOf();
    const { items } = await t.services.outreach.contacts.listContacts({ page: 1, pageSize: 1 });
    const unit = t.dept['HHHT-ZWFW']!;
    const contact = await t.services.outreach.contacts.record(systemActor, office, { uscc: items[0]!.uscc, kind: 'contact', heldOn: day(-30), staff: '王敏', departmentId: t.dept['HHHT-YSB']!, summary: '回访', problems: [{ title: '跨部门联办时间长', detail: '' }] }, at(day(-30)));
    const routed = await t.services.outreach.contacts.route(systemActor, contact.problems[0]!.id, { version: contact.problems[0]!.version, departmentId: unit, dueOn: day(-10), toLedger: true }, at(day(-29)));
    await t.services.outreach.contacts.answer(systemActor, office, routed.id, { version: routed.version, outcome: 'solved', answer: '已协调解决' }, at(day(-15)));
    const done = await closeOriginTasks(t.services, [{ taskId: routed.ledgerTaskId!, kind: 'problem', departmentId: unit, startsOn: day(-29), dueOn: day(-10), solvedOn: day(-15) }], { seed: 11, latest, actor: systemActor, office });
    expect(done).toEqual({ closed: 1, reviewing: 0, open: 0, overdue: 0 });
    const task = await t.services.ledger.tasks.get(office, routed.ledgerTaskId!);
    expect(task).toMatchObject({ state: 'closed', progress: 100 });
    const closure = task.reports.find((r) => r.kind === 'closure')!;
    expect(shanghaiDate(new Date(closure.at))).toBe(day(-15));
    expect(task.reports.every((r) => new Date(r.at).getTime() <= endOfShanghaiDay(latest).getTime())).toBe(true);
  });

  it('adds nothing when run again', async () => {
    expect((await seedOutreach(t.services, { seed: 11, counts, actor: systemActor })).skipped).toBe(true);
  });
});
