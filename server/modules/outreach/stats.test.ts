// The outreach figures of a period against a model: random contacts (with problems, some solved), stewards,
// blockers found and solved on random days, meetings and inspections (with findings on the ledger), and random
// periods — every count and the resolution rate must be what the definitions in stats-repository.ts say.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../../common/calendar/index.ts';
import { PROJECT_STAGES, type OutreachStats } from '../../../common/api/outreach.ts';
import { systemActor } from '../../platform/audit/index.ts';
import type { Principal } from '../../platform/auth/index.ts';
import { createOutreachTestApp, projectBody, todayIso, type OutreachTestApp } from '../../test/outreach-factories.ts';

let t: OutreachTestApp;
let office: Principal;
const projects: string[] = [];

beforeAll(async () => {
  t = await createOutreachTestApp();
  office = (await t.services.sessions.principalFor(t.browsers.office.cookie.slice('ys_session='.length), (s) => t.services.org.auth.loadSessionPrincipal(s)))!;
  for (const [i, e] of t.enterprises.slice(0, 3).entries()) projects.push((await t.services.outreach.projects.create(systemActor, office, projectBody(t, e.uscc, `P-${i}`) as never)).id);
}, 120_000);
afterAll(() => t.close());

const day = (offset: number) => addCalendarDays(todayIso(), offset);

interface Model {
  contacts: { uscc: string; kind: string; heldOn: string }[];
  problems: { raisedOn: string; solved: boolean }[];
  stewards: { assignedOn: string; endedOn: string }[];
  blockers: { projectId: string; stage: string; foundOn: string; solvedOn: string | null }[];
  meetings: string[];
  inspections: { heldOn: string; findings: number }[];
}
const model: Model = { contacts: [], problems: [], stewards: [], blockers: [], meetings: [], inspections: [] };

function expected(from: string, to: string): Omit<OutreachStats, 'blockersByDepartment'> {
  const inside = (d: string) => d >= from && d <= to;
  const contacts = model.contacts.filter((c) => inside(c.heldOn));
  const problems = model.problems.filter((p) => inside(p.raisedOn));
  const blockers = model.blockers.filter((b) => inside(b.foundOn));
  const solved = (b: Model['blockers'][number]) => b.solvedOn !== null && b.solvedOn <= to;
  const blockedProjects = [...new Set(blockers.map((b) => b.projectId))];
  const inspections = model.inspections.filter((i) => inside(i.heldOn));
  return {
    from,
    to,
    contacts: contacts.length,
    visits: contacts.filter((c) => c.kind === 'visit').length,
    enterprisesContacted: new Set(contacts.map((c) => c.uscc)).size,
    stewards: model.stewards.filter((s) => s.assignedOn <= to && s.endedOn >= from).length,
    problemsRaised: problems.length,
    // Answers are given today: they count once the period reaches today.
    problemsSolved: problems.filter((p) => p.solved && todayIso() <= to).length,
    projectsBlocked: blockedProjects.length,
    blockersFound: blockers.length,
    blockersSolved: blockers.filter(solved).length,
    projectsUnblocked: blockedProjects.filter((id) => blockers.filter((b) => b.projectId === id).every(solved)).length,
    resolutionRate: blockers.length ? Math.round((blockers.filter(solved).length / blockers.length) * 10_000) / 10_000 : null,
    coordinationMeetings: model.meetings.filter(inside).length,
    hallInspections: inspections.length,
    hallFindings: inspections.reduce((n, i) => n + i.findings, 0),
    blockersByStage: PROJECT_STAGES.map((stage) => ({ stage, found: blockers.filter((b) => b.stage === stage).length, solved: blockers.filter((b) => b.stage === stage && solved(b)).length })),
  };
}

const offset = fc.integer({ min: -200, max: 0 });
const batch = fc.record({
  contacts: fc.array(fc.record({ e: fc.nat(4), visit: fc.boolean(), on: offset, problems: fc.nat(2), solve: fc.boolean() }), { maxLength: 3 }),
  steward: fc.option(fc.record({ e: fc.nat(4), on: offset, days: fc.nat(120) })),
  blockers: fc.array(fc.record({ p: fc.nat(2), stage: fc.constantFrom(...PROJECT_STAGES), on: fc.integer({ min: -200, max: -1 }), solveAfter: fc.option(fc.nat(90)) }), { maxLength: 4 }),
  meeting: fc.option(offset),
  inspection: fc.option(fc.record({ on: offset, findings: fc.nat(2) })),
  from: fc.integer({ min: -230, max: 0 }),
  length: fc.integer({ min: 0, max: 240 }),
});

describe('outreach figures of a period', () => {
  it('match the model for random records and periods', async () => {
    const today = todayIso();
    await fc.assert(
      fc.asyncProperty(batch, async (b) => {
        const { outreach } = t.services;
        for (const c of b.contacts) {
          const e = t.enterprises[c.e]!;
          const heldOn = day(c.on);
          const problems = Array.from({ length: c.problems }, (_, i) => ({ title: `问题${i + 1}`, detail: '' }));
          const v = await outreach.contacts.record(systemActor, office, { uscc: e.uscc, kind: c.visit ? 'visit' : 'contact', heldOn, staff: '刘晓燕', departmentId: null, summary: '', problems });
          model.contacts.push({ uscc: e.uscc, kind: c.visit ? 'visit' : 'contact', heldOn });
          for (const p of v.problems) {
            if (c.solve) await outreach.contacts.answer(systemActor, office, p.id, { version: p.version, outcome: 'solved', answer: '当场解决' });
            model.problems.push({ raisedOn: heldOn, solved: c.solve });
          }
        }
        if (b.steward) {
          const assignedOn = day(b.steward.on);
          const endedOn = [addCalendarDays(assignedOn, b.steward.days), today].sort()[0]!;
          const s = await outreach.stewards.assign(systemActor, { uscc: t.enterprises[b.steward.e]!.uscc, reason: 'new_established', stewardUserId: null, stewardName: '王磊', stewardPhone: '', departmentId: t.dept['HHHT-YSB']!, assignedOn, note: '' });
          await outreach.stewards.end(systemActor, s.id, { version: s.version, endedOn });
          model.stewards.push({ assignedOn, endedOn });
        }
        for (const x of b.blockers) {
          const foundOn = day(x.on);
          const v = await outreach.projects.addBlocker(systemActor, projects[x.p]!, { stage: x.stage, departmentId: t.dept['HHHT-ZJ']!, title: '堵点', detail: '', foundOn });
          let solvedOn: string | null = null;
          if (x.solveAfter !== null) {
            solvedOn = [addCalendarDays(foundOn, x.solveAfter), today].sort()[0]!;
            await outreach.projects.solve(systemActor, v.id, { version: v.version, solvedOn, solution: '已协调', meetingId: null });
          }
          model.blockers.push({ projectId: projects[x.p]!, stage: x.stage, foundOn, solvedOn });
        }
        if (b.meeting !== null) {
          await outreach.projects.holdMeeting(systemActor, { heldOn: day(b.meeting), title: '推进会', chair: '', departmentIds: [], minutes: '', solved: [] });
          model.meetings.push(day(b.meeting));
        }
        if (b.inspection) {
          const heldOn = day(b.inspection.on);
          const findings = Array.from({ length: b.inspection.findings }, (_, i) => ({ title: `问题${i + 1}`, detail: '', severity: 'minor' as const, departmentId: t.dept['HHHT-SH-ZWFW']!, dueOn: addCalendarDays(today, 30) }));
          await outreach.inspections.record(systemActor, { hallName: '大厅', departmentId: t.dept['HHHT-SH-ZWFW']!, regionCode: '150105', mode: 'open', heldOn, inspectors: '营商办', jointWith: '', summary: '', findings });
          model.inspections.push({ heldOn, findings: findings.length });
        }
        const from = day(b.from);
        const to = addCalendarDays(from, b.length);
        for (const [f, tt] of [[from, to], [day(-400), today]] as const) {
          const { blockersByDepartment, ...got } = await outreach.stats.stats({ from: f, to: tt });
          expect(got).toEqual(expected(f, tt));
          expect(blockersByDepartment.reduce((n, d) => n + d.found, 0)).toBe(got.blockersFound);
        }
      }),
      { numRuns: 8, seed: 20261127 },
    );
  });
});
