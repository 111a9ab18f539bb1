// The demo city's enterprise service (企业服务, the report's section 一(一)): stewards, this half-year's contacts and
// visits with their problems, key projects with blockers solved at coordination meetings, hall inspections whose
// findings are ledger tasks — planned by outreach-plan.ts from the demo registry's enterprises and written through
// the room's services (so every rule and audit row applies), each at the day it happened; the older ledger tasks then
// go through closure (销号, outreach-closure.ts). Deterministic for a seed; a database that has outreach records
// already is left alone.
import { shanghaiDate, addCalendarDays } from '../../common/calendar/index.ts';
import { cliActor, type Actor } from '../platform/audit/index.ts';
import type { Principal } from '../platform/auth/index.ts';
import { registryBulk } from '../modules/registry/index.ts';
import type { Services } from '../services.ts';
import { closeOriginTasks, type OriginTask } from './outreach-closure.ts';
import { planOutreach, OUTREACH_COUNTS, type OutreachPlan, type OutreachSeedCounts, type PlanEnterprise } from './outreach-plan.ts';
import { demoEntities, SEED_LATEST_DATE } from './registry.ts';

export { OUTREACH_COUNTS, planOutreach, type OutreachPlan, type OutreachSeedCounts } from './outreach-plan.ts';

export interface OutreachSeedOptions {
  seed: number;
  scale?: 'small' | 'city';
  log?: (line: string) => void;
  actor?: Actor;
  /** Fewer records (tests); the report's figures otherwise. */
  counts?: Partial<OutreachSeedCounts>;
}

export interface OutreachSeedReport {
  skipped: boolean;
  stewards: number;
  contacts: number;
  visits: number;
  problems: number;
  projects: number;
  blockers: number;
  blockersSolved: number;
  meetings: number;
  inspections: number;
  findings: number;
  ledgerTasks: number;
  /** Of those, closed (销号) through the ledger's workflow. */
  ledgerTasksClosed: number;
}

/** Sections whose enterprises have construction projects (manufacturing, energy, building, IT, property, research, trade). */
const PROJECT_SECTIONS = new Set(['C', 'D', 'E', 'I', 'K', 'M', 'G']);
/** How far into the demo registry to look for enterprises (the small city has 3,000 entities). */
const SCAN_LIMIT = 20_000;

/** The day's moment the seed acts at (10 a.m. in the city). */
const at = (day: string) => new Date(`${day}T10:00:00+08:00`);

export async function seedOutreach(services: Services, options: OutreachSeedOptions): Promise<OutreachSeedReport> {
  const log = options.log ?? (() => undefined);
  const actor = options.actor ?? cliActor;
  const { outreach } = services;
  const report: OutreachSeedReport = { skipped: false, stewards: 0, contacts: 0, visits: 0, problems: 0, projects: 0, blockers: 0, blockersSolved: 0, meetings: 0, inspections: 0, findings: 0, ledgerTasks: 0, ledgerTasksClosed: 0 };
  const before = await outreach.stats.stats({ from: '2000-01-01', to: '2100-12-31' });
  if (before.contacts + before.stewards + before.blockersFound + before.hallInspections + before.coordinationMeetings > 0) {
    log('outreach: records exist already; none added');
    return { ...report, skipped: true };
  }
  const today = shanghaiDate(new Date());
  const latest = SEED_LATEST_DATE < today ? SEED_LATEST_DATE : today;
  const counts = { ...OUTREACH_COUNTS, ...options.counts };
  const found = await demoEnterprises(services, options.seed, today, latest, counts);
  const plan = planOutreach({ seed: options.seed, latest, ...found, counts });

  const departments = await services.org.departments.listDepartments();
  const dept = (code: string) => {
    const id = departments.find((d) => d.code === code)?.id;
    if (!id) throw new Error(`demo department ${code} is missing (seed the departments first)`);
    return id;
  };
  const office = await officePrincipal(services, dept('HHHT-YSB'));
  /** The ledger tasks made on the way (findings, problems sent to the ledger), for closure at the end. */
  const origins: OriginTask[] = [];

  for (const s of plan.stewards) {
    const v = await outreach.stewards.assign(actor, { uscc: s.uscc, reason: s.reason, stewardUserId: null, stewardName: s.name, stewardPhone: s.phone, departmentId: dept(s.unit), assignedOn: s.assignedOn, note: '' }, at(s.assignedOn));
    if (s.endedOn) await outreach.stewards.end(actor, v.id, { version: v.version, endedOn: s.endedOn, note: '企业已正常生产经营，帮扶期满' }, at(s.endedOn));
    report.stewards++;
  }
  log(`outreach: ${report.stewards} stewards`);

  for (const c of plan.contacts) {
    const v = await outreach.contacts.record(actor, office, { uscc: c.uscc, kind: c.kind, heldOn: c.heldOn, staff: c.staff, departmentId: dept('HHHT-YSB'), summary: c.summary, problems: c.problems.map((p) => ({ title: p.title, detail: p.detail })) }, at(c.heldOn));
    report.contacts++;
    if (c.kind === 'visit') report.visits++;
    for (const [i, p] of c.problems.entries()) {
      let { id, version } = v.problems[i]!;
      report.problems++;
      if (!p.route) continue;
      const routed = await outreach.contacts.route(actor, id, { version, departmentId: dept(p.unit), dueOn: p.route.dueOn, toLedger: p.route.toLedger }, at(p.route.on));
      ({ id, version } = routed);
      if (routed.ledgerTaskId) {
        report.ledgerTasks++;
        origins.push({ taskId: routed.ledgerTaskId, kind: 'problem', departmentId: dept(p.unit), startsOn: p.route.on, dueOn: p.route.dueOn, solvedOn: p.answer?.outcome === 'solved' ? p.answer.on : null });
      }
      if (p.answer) await outreach.contacts.answer(actor, office, id, { version, outcome: p.answer.outcome, answer: p.answer.text }, at(p.answer.on));
    }
  }
  log(`outreach: ${report.contacts} contacts (${report.visits} visits), ${report.problems} problems`);

  const blockerIds = new Map<OutreachPlan['projects'][number]['blockers'][number], string>();
  for (const p of plan.projects) {
    const v = await outreach.projects.create(actor, office, { code: p.code, name: p.name, uscc: p.uscc, regionCode: p.regionCode, investment: p.investment, stage: p.stage, year: p.year, departmentId: dept(p.unit) });
    report.projects++;
    for (const b of p.blockers) {
      const added = await outreach.projects.addBlocker(actor, v.id, { stage: b.stage, departmentId: dept(b.unit), title: b.title, detail: '', foundOn: b.foundOn }, at(latest));
      blockerIds.set(b, added.id);
      report.blockers++;
    }
  }
  const blockers = plan.projects.flatMap((p) => p.blockers);
  for (const [k, m] of plan.meetings.entries()) {
    const solved = blockers.filter((b) => b.solve && 'meeting' in b.solve && b.solve.meeting === k);
    await outreach.projects.holdMeeting(
      actor,
      { heldOn: m.heldOn, title: m.title, chair: m.chair, departmentIds: [...new Set(solved.map((b) => dept(b.unit)))], minutes: `${m.minutes}本次会议协调解决堵点 ${solved.length} 个。`, solved: solved.map((b) => ({ blockerId: blockerIds.get(b)!, version: 1, solution: b.solve!.solution })) },
      at(m.heldOn),
    );
    report.meetings++;
    report.blockersSolved += solved.length;
  }
  for (const b of blockers) {
    if (!b.solve || !('on' in b.solve)) continue;
    await outreach.projects.solve(actor, blockerIds.get(b)!, { version: 1, solvedOn: b.solve.on, solution: b.solve.solution, meetingId: null }, at(latest));
    report.blockersSolved++;
  }
  log(`outreach: ${report.projects} key projects, ${report.blockers} blockers (${report.blockersSolved} solved), ${report.meetings} meetings`);

  for (const i of plan.inspections) {
    const v = await outreach.inspections.record(
      actor,
      { hallName: i.hall, departmentId: dept(i.unit), regionCode: i.regionCode, mode: i.mode, heldOn: i.heldOn, inspectors: i.inspectors, jointWith: i.jointWith, summary: i.summary, findings: i.findings.map((f) => ({ title: f.title, detail: f.detail, severity: f.severity, departmentId: dept(f.unit), dueOn: f.dueOn })) },
      at(i.heldOn),
    );
    report.inspections++;
    report.findings += v.findings.length;
    for (const f of v.findings) {
      if (!f.ledgerTaskId) continue;
      report.ledgerTasks++;
      origins.push({ taskId: f.ledgerTaskId, kind: 'finding', departmentId: f.departmentId, startsOn: i.heldOn, dueOn: f.dueOn });
    }
  }
  const closure = await closeOriginTasks(services, origins, { seed: options.seed, latest, actor, office });
  report.ledgerTasksClosed = closure.closed;
  log(
    `outreach: ${report.inspections} hall inspections, ${report.findings} findings; ${report.ledgerTasks} ledger tasks, ${closure.closed} closed (销号), ` +
      `${closure.reviewing} under review, ${closure.open} open (${closure.overdue} overdue)`,
  );
  return report;
}

/**
 * The demo registry's enterprises the plan draws on, in the registry generator's order (server/seed/registry.ts):
 * active enterprises newly signed (tagged) or established within the last year, and those of sections that build
 * (key projects first). Each is checked to be in the registry — it may hold fewer than the generator makes.
 */
async function demoEnterprises(services: Services, seed: number, today: string, latest: string, counts: OutreachSeedCounts) {
  const registered = Math.min(SCAN_LIMIT, await registryBulk.countEntities(services.database.db));
  const wantNew = counts.stewards;
  const wantProjects = Math.max(1, Math.ceil(counts.projects * 0.8));
  const yearAgo = addCalendarDays(latest, -365);
  const newEnterprises: PlanEnterprise[] = [];
  const keyProjects: PlanEnterprise[] = [];
  const builders: PlanEnterprise[] = [];
  const generator = demoEntities(seed, today);
  const exists = async (uscc: string) => (await services.registry.entities.findRowByUscc(uscc)) !== null;
  for (let i = 0; i < registered && (newEnterprises.length < wantNew || keyProjects.length + builders.length < wantProjects); i++) {
    const e = generator.next();
    if (e.kind !== 'enterprise' || e.status !== 'active') continue;
    const entry: PlanEnterprise = { uscc: e.uscc, name: e.name, districtCode: e.districtCode, establishedOn: e.establishedOn, newlySigned: e.tags.includes('newly_signed') };
    const isNew = entry.newlySigned || e.establishedOn >= yearAgo;
    if (isNew && newEnterprises.length < wantNew) {
      if (await exists(e.uscc)) newEnterprises.push(entry);
    } else if (PROJECT_SECTIONS.has(e.industrySection) && keyProjects.length + builders.length < wantProjects && (await exists(e.uscc))) {
      (e.tags.includes('key_project') ? keyProjects : builders).push(entry);
    }
  }
  return { newEnterprises, projectEnterprises: [...keyProjects, ...builders] };
}

/** The office's principal the seed records contacts and answers as (the demo office account when there is one). */
async function officePrincipal(services: Services, officeDepartmentId: string): Promise<Principal> {
  const user = await services.org.users.findByUsername('office');
  return {
    via: 'session',
    id: user?.id ?? 'demo-seed',
    userId: user?.id ?? null,
    username: user ? 'office' : null,
    name: user?.name ?? '营商办',
    kind: 'staff',
    departmentId: officeDepartmentId,
    departmentName: null,
    roles: [{ role: 'office', departmentId: officeDepartmentId }],
    mustChangePassword: false,
    csrfToken: null,
    sessionId: null,
    sessionExpiry: null,
  };
}
