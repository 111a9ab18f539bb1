// The demo city's enterprise service as a plan (pure, deterministic for a seed): the report's section 一(一) —
// 企业帮扶管家 for newly signed and newly established enterprises, ~60 contacts this half-year of which ~8 on-site
// visits with the problems raised (in every state), ~120 key projects with blockers across the four approval stages,
// 6 coordination meetings solving most of them (resolution rate around 85%), 4 inspections of county halls.
// server/seed/outreach.ts writes it through the room's services.
import { addCalendarDays, fromDayNumber, toDayNumber } from '../../common/calendar/index.ts';
import { createRng, randomInt, type Rng } from '../../common/ids/index.ts';
import { PROJECT_STAGES } from '../../common/api/outreach.ts';
import { personName } from './registry-entities.ts';
import { BLOCKER_SOLUTIONS, BLOCKERS, CONTACT_STAFF, CONTACT_SUMMARIES, DISTRICT_UNITS, FINDINGS, HALLS, INSPECTORS, JOINT_WITH, PROBLEMS, PROJECT_KINDS } from './outreach-words.ts';

export interface OutreachSeedCounts {
  /** Stewards assigned (some ended since). */
  stewards: number;
  endedStewards: number;
  contacts: number;
  visits: number;
  projects: number;
  meetings: number;
  inspections: number;
}
/** The report's figures (上半年 对接企业**次, *次实地走访, 堵点项目***个, 推进会*次, 明查暗访*次). */
export const OUTREACH_COUNTS: OutreachSeedCounts = { stewards: 32, endedStewards: 2, contacts: 60, visits: 8, projects: 120, meetings: 6, inspections: 4 };

export interface PlanEnterprise {
  uscc: string;
  name: string;
  districtCode: string;
  establishedOn: string;
  newlySigned: boolean;
}

type Stage = (typeof PROJECT_STAGES)[number];
export interface PlannedProblem {
  title: string;
  detail: string;
  unit: string;
  route: { on: string; dueOn: string; toLedger: boolean } | null;
  answer: { on: string; outcome: 'solved' | 'explained'; text: string } | null;
}
export interface PlannedBlocker {
  stage: Stage;
  unit: string;
  title: string;
  foundOn: string;
  /** Solved at the meeting of this index, directly on a day, or still open. */
  solve: { meeting: number; solution: string } | { on: string; solution: string } | null;
}
export interface OutreachPlan {
  stewards: { uscc: string; reason: 'new_signed' | 'new_established'; name: string; phone: string; unit: string; assignedOn: string; endedOn: string | null }[];
  contacts: { uscc: string; kind: 'visit' | 'contact'; heldOn: string; staff: string; summary: string; problems: PlannedProblem[] }[];
  projects: { code: string; name: string; uscc: string; regionCode: string; investment: number; stage: Stage; year: number; unit: string; blockers: PlannedBlocker[] }[];
  meetings: { heldOn: string; title: string; chair: string; minutes: string }[];
  inspections: { hall: string; unit: string; regionCode: string; mode: 'open' | 'covert'; heldOn: string; inspectors: string; jointWith: string; summary: string; findings: { title: string; detail: string; severity: 'minor' | 'serious'; unit: string; dueOn: string }[] }[];
}

const pick = <T>(rng: Rng, list: readonly T[]): T => list[randomInt(rng, list.length)]!;
const between = (rng: Rng, from: string, to: string) => fromDayNumber(toDayNumber(from) + randomInt(rng, Math.max(1, toDayNumber(to) - toDayNumber(from) + 1)));
const earlier = (a: string, b: string) => (a < b ? a : b);
const later = (a: string, b: string) => (a > b ? a : b);
const unitOf = (district: string) => DISTRICT_UNITS[district] ?? 'HHHT-YSB';
/** 呼和浩特市云谷数据科技有限公司 → 云谷数据科技 (for project names). */
const shortName = (name: string) => name.replace(/^(呼和浩特市|呼和浩特|内蒙古)/, '').replace(/（呼和浩特）/, '').replace(/(股份有限公司|有限责任公司|有限公司|集团)$/, '');

export function planOutreach(input: { seed: number; latest: string; newEnterprises: PlanEnterprise[]; projectEnterprises: PlanEnterprise[]; counts?: Partial<OutreachSeedCounts> }): OutreachPlan {
  const counts = { ...OUTREACH_COUNTS, ...input.counts };
  const rng = createRng(input.seed ^ 0x0e7e_ac11);
  const { latest } = input;
  const year = Number(latest.slice(0, 4));
  const yearStart = `${year}-01-06`;
  const halfStart = latest.slice(5, 7) >= '07' ? `${year}-07-01` : `${year}-01-04`;

  // 帮扶管家: the newly signed and newly established, each from its district's government (or the office).
  const stewards: OutreachPlan['stewards'] = input.newEnterprises.slice(0, counts.stewards).map((e, i) => {
    const assignedOn = between(rng, later(e.establishedOn, addCalendarDays(latest, -330)), addCalendarDays(latest, -20));
    const ended = i < counts.endedStewards;
    return {
      uscc: e.uscc,
      reason: e.newlySigned ? 'new_signed' : 'new_established',
      name: personName(rng),
      phone: `1390471${String(1000 + randomInt(rng, 9000))}`,
      unit: rng() < 0.5 ? 'HHHT-YSB' : unitOf(e.districtCode),
      assignedOn,
      endedOn: ended ? earlier(addCalendarDays(assignedOn, 60 + randomInt(rng, 60)), latest) : null,
    };
  });

  // 企业对接 this half-year, the visits among them; problems raised, routed, answered by age.
  const contacted = [...input.newEnterprises.slice(0, counts.stewards), ...input.projectEnterprises.slice(0, 20)];
  const dates = Array.from({ length: counts.contacts }, () => between(rng, halfStart, latest)).sort();
  const visitAt = new Set<number>();
  while (visitAt.size < Math.min(counts.visits, counts.contacts)) visitAt.add(randomInt(rng, counts.contacts));
  const contacts: OutreachPlan['contacts'] = dates.map((heldOn, i) => {
    const kind = visitAt.has(i) ? 'visit' : 'contact';
    const e = contacted.length ? contacted[rng() < 0.75 ? randomInt(rng, Math.min(contacted.length, counts.stewards)) : randomInt(rng, contacted.length)]! : null;
    const raised = kind === 'visit' ? 1 + randomInt(rng, 2) : rng() < 0.4 ? 1 : 0;
    const problems: PlannedProblem[] = [];
    for (let k = 0; k < raised; k++) {
      const p = pick(rng, PROBLEMS);
      const age = toDayNumber(latest) - toDayNumber(heldOn);
      const routeOn = earlier(addCalendarDays(heldOn, 1 + randomInt(rng, 3)), latest);
      const route = age < 5 && rng() < 0.7 ? null : { on: routeOn, dueOn: addCalendarDays(routeOn, 10 + randomInt(rng, 20)), toLedger: false };
      let answer: PlannedProblem['answer'] = null;
      if (route && age > 20 && rng() < 0.85) {
        const outcome = rng() < 0.82 ? 'solved' : 'explained';
        answer = { on: earlier(addCalendarDays(route.on, 4 + randomInt(rng, 15)), latest), outcome, text: outcome === 'solved' ? p.solved : p.explained };
      }
      if (route && !answer && rng() < 0.5) route.toLedger = true;
      // About one solved problem in four went onto the ledger too (its task closed when the unit solved it);
      // decided by the day, not the generator, so the rest of the plan stays as it was.
      else if (route && answer?.outcome === 'solved' && (toDayNumber(heldOn) + k) % 4 === 0) route.toLedger = true;
      problems.push({ title: p.title, detail: '', unit: p.unit, route, answer });
    }
    return { uscc: e?.uscc ?? '', kind, heldOn, staff: pick(rng, CONTACT_STAFF), summary: pick(rng, CONTACT_SUMMARIES), problems };
  });
  ensureEveryState(contacts, latest);

  // 推进会: spread over the year so far.
  const first = toDayNumber(`${year}-02-20`);
  const span = Math.max(counts.meetings, toDayNumber(latest) - 2 - first);
  const meetings: OutreachPlan['meetings'] = Array.from({ length: counts.meetings }, (_, k) => ({
    heldOn: earlier(fromDayNumber(first + Math.round(((k + 1) * span) / counts.meetings) - (k === counts.meetings - 1 ? 0 : 6)), latest),
    title: `全市${year}年重点项目审批手续办理推进会（第${['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'][k] ?? k + 1}次）`,
    chair: '周建国',
    minutes: '逐个项目听取手续办理进展，现场协调解决审批堵点，明确责任单位和完成时限。',
  }));

  // 重点项目 with their 堵点, at stages up to each project's own.
  const weights: [Stage, number][] = [['planning', 0.25], ['engineering', 0.3], ['construction', 0.3], ['acceptance', 0.15]];
  const projects: OutreachPlan['projects'] = [];
  for (let i = 0; i < counts.projects && input.projectEnterprises.length; i++) {
    const e = input.projectEnterprises[i % input.projectEnterprises.length]!;
    let r = rng();
    const stage = weights.find(([, w]) => (r -= w) < 0)?.[0] ?? 'construction';
    const reached = PROJECT_STAGES.slice(0, PROJECT_STAGES.indexOf(stage) + 1);
    const blockers: PlannedBlocker[] = [];
    const n = 1 + (rng() < 0.55 ? 1 : 0) + (rng() < 0.2 ? 1 : 0);
    for (let k = 0; k < n; k++) {
      const at = k === 0 ? stage : pick(rng, reached);
      const b = pick(rng, BLOCKERS[at]);
      if (blockers.some((x) => x.title === b.title)) continue;
      const foundOn = between(rng, yearStart, addCalendarDays(latest, -3));
      const next = meetings.findIndex((m) => m.heldOn >= addCalendarDays(foundOn, 3));
      let solve: PlannedBlocker['solve'] = null;
      if (rng() < 0.87) {
        solve = next >= 0 && rng() < 0.8 ? { meeting: next, solution: pick(rng, BLOCKER_SOLUTIONS) } : { on: earlier(addCalendarDays(foundOn, 5 + randomInt(rng, 40)), latest), solution: pick(rng, BLOCKER_SOLUTIONS) };
      }
      blockers.push({ stage: at, unit: b.unit, title: b.title, foundOn, solve });
    }
    projects.push({
      code: `XM${year}${String(i + 1).padStart(3, '0')}`,
      name: `${shortName(e.name)}${pick(rng, PROJECT_KINDS)}`,
      uscc: e.uscc,
      regionCode: e.districtCode,
      investment: (5 + randomInt(rng, 400)) * 500,
      stage,
      year,
      unit: unitOf(e.districtCode),
      blockers,
    });
  }

  // 明查暗访 of county halls, open and covert, with the discipline commission or the inspection office.
  const inspectionDays = ['03-18', '06-09', '09-15', '11-05', '05-12', '10-20'];
  const inspections: OutreachPlan['inspections'] = Array.from({ length: counts.inspections }, (_, k) => {
    const h = HALLS[k % HALLS.length]!;
    const heldOn = earlier(`${year}-${inspectionDays[k % inspectionDays.length]}`, addCalendarDays(latest, -1));
    const mode = k % 4 === 1 || k % 4 === 2 ? 'covert' : 'open';
    const chosen = new Set<number>();
    const n = 2 + randomInt(rng, 2);
    while (chosen.size < n) chosen.add(randomInt(rng, FINDINGS.length));
    return {
      hall: h.hall,
      unit: h.unit,
      regionCode: h.region,
      mode,
      heldOn,
      inspectors: INSPECTORS[k % INSPECTORS.length]!,
      jointWith: JOINT_WITH[k % JOINT_WITH.length]!,
      summary: mode === 'covert' ? '以办事群众身份暗访窗口服务、一窗受理和帮办代办落实情况' : '检查大厅运行管理、事项进驻和“好差评”落实情况',
      findings: [...chosen].map((f) => ({ title: FINDINGS[f]!.title, detail: FINDINGS[f]!.detail, severity: FINDINGS[f]!.severity, unit: FINDINGS[f]!.market ? h.market : h.unit, dueOn: addCalendarDays(heldOn, 45) })),
    };
  });

  return { stewards, contacts: contacts.filter((c) => c.uscc !== ''), projects, meetings, inspections };
}

/** The demo shows problems in every state (open, routed, solved, explained): a missing one is taken from the commonest. */
function ensureEveryState(contacts: OutreachPlan['contacts'], latest: string) {
  const all = contacts.flatMap((c) => c.problems.map((p) => ({ heldOn: c.heldOn, p })));
  if (all.length < 4) return;
  const stateOf = (p: PlannedProblem) => (p.answer ? p.answer.outcome : p.route ? 'routed' : 'open');
  for (const want of ['open', 'routed', 'solved', 'explained'] as const) {
    if (all.some(({ p }) => stateOf(p) === want)) continue;
    const tally = new Map<string, number>();
    for (const { p } of all) tally.set(stateOf(p), (tally.get(stateOf(p)) ?? 0) + 1);
    const donor = [...tally].sort((a, b) => b[1] - a[1])[0]![0];
    const donors = all.filter(({ p }) => stateOf(p) === donor);
    // The newest becomes the open one, the oldest the answered ones.
    const x = want === 'open' ? donors[donors.length - 1]! : donors[0]!;
    const on = earlier(addCalendarDays(x.heldOn, 1), latest);
    x.p.route = want === 'open' ? null : { on, dueOn: addCalendarDays(on, 20), toLedger: want === 'routed' };
    x.p.answer = want === 'solved' || want === 'explained' ? { on: earlier(addCalendarDays(on, 5), latest), outcome: want, text: want === 'solved' ? '已协调解决' : '已向企业解释说明' } : null;
  }
}
