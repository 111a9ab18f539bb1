// 销号 in the demo's enterprise service: the ledger tasks the outreach seed made (hall inspection findings, and
// enterprise problems sent to the ledger) run through the ledger's own closure path — the lead unit files progress,
// asks for closure with evidence, the office approves — each on the day it would have happened. A finding due more
// than ten days before the seed's last day was rectified and closed (mostly by its due date, a few a little late),
// except one of the newest of them, still open and overdue (the board's honest red light); a problem its unit
// answered solved is closed from the day of the answer (still under review when the approval would fall after the
// last day). Recent tasks stay 推进中, those ten days old or more with a first progress report. Deterministic for a
// seed; every step on or before `latest`.
import { addCalendarDays, toDayNumber, type Calendar, type IsoDate } from '../../common/calendar/index.ts';
import { createRng, randomInt, type Rng } from '../../common/ids/index.ts';
import type { Actor } from '../platform/audit/index.ts';
import type { Principal, Role } from '../platform/auth/index.ts';
import type { Services } from '../services.ts';
import { EVIDENCE_PDF } from './evidence.ts';

/** A ledger task the outreach seed made, as the seed knows it. */
export interface OriginTask {
  taskId: string;
  kind: 'finding' | 'problem';
  /** The lead unit (the finding's unit, the unit the problem was routed to). */
  departmentId: string;
  startsOn: IsoDate;
  dueOn: IsoDate;
  /** A problem its unit answered solved: the day of the answer. */
  solvedOn?: IsoDate | null;
}

export interface OriginClosureOptions {
  seed: number;
  /** The seed's last day ("now"): nothing happens after it. */
  latest: IsoDate;
  actor: Actor;
  /** The office's principal, who approves (an office account: it also signs for units that have none). */
  office: Principal;
}

export interface OriginClosureReport {
  closed: number;
  /** Closure asked for, the office's approval still to come. */
  reviewing: number;
  open: number;
  /** Open past their due date. */
  overdue: number;
}

/** A finding is closed when it fell due more than this many days before the last day. */
const DUE_AGE_TO_CLOSE = 10;
/** An open task this many days old or more has a first progress report. */
const AGE_TO_REPORT = 10;
/** Who at a unit may work its tasks, in the order a demo account is looked for (the ledger's unit roles). */
const UNIT_STAFF: readonly Role[] = ['handler', 'approver', 'clerk', 'inspector', 'agent'];

const PROGRESS_TEXT = {
  finding: ['已召开专题会议研究整改措施，明确责任人和完成时限，完成窗口人员集中培训，整改过半。', '已制定整改方案并逐项落实，建立日常巡查和通报机制，剩余事项正在推进。', '已对照问题清单开展自查，完成制度修订，正在组织复查。'],
  problem: ['已与企业对接了解具体诉求，协调相关科室研究解决办法。', '已会同相关部门现场办公，解决方案已形成，正在落实。'],
  stalled: ['部分整改措施已落实，涉及设备更换和人员调整的事项需走采购和编制程序，尚未完成，正在加快推进。', '已完成人员培训和制度修订，剩余问题需协调上级部门解决，进度滞后，已明确专人跟进。'],
  early: ['已收到交办事项，正在研究整改措施并组织落实。', '已明确责任科室和责任人，整改工作已启动。'],
} as const;
const DONE_TEXT = {
  finding: ['整改措施已全部落实到位，经单位自查复查未再发现同类问题。', '整改已全部完成，相关工作已纳入日常管理。'],
  problem: ['问题已解决，已书面答复企业。'],
} as const;
const CLOSURE_TEXT = {
  finding: ['问题已整改到位，相关制度已建立并落实，经复查未再发现同类问题，申请销号。', '已按整改方案全部完成整改，附整改前后对比材料，申请销号。'],
  problem: ['问题已解决并答复企业，企业表示满意，申请销号。'],
} as const;
const APPROVE_TEXT = ['经核查整改到位，佐证材料齐全，同意销号。', '整改情况属实，同意销号。', '经实地复查已整改，同意销号。'];
const EVIDENCE_NAME = { finding: ['整改情况报告.pdf', '整改前后对比照片.pdf', '整改台账及复查记录.pdf'], problem: ['问题办理情况及企业反馈.pdf'] } as const;

const pick = <T>(rng: Rng, list: readonly T[]): T => list[randomInt(rng, list.length)]!;
const daysBetween = (from: IsoDate, to: IsoDate) => toDayNumber(to) - toDayNumber(from);
const earlier = (a: IsoDate, b: IsoDate) => (a < b ? a : b);
const later = (a: IsoDate, b: IsoDate) => (a > b ? a : b);
/** The calendar's answer, or `fallback` when it has no data for the years asked about. */
function orElse<T>(f: () => T, fallback: T): T {
  try {
    return f();
  } catch {
    return fallback;
  }
}
/** A moment of a day in the city. */
const at = (day: IsoDate, time: string) => new Date(`${day}T${time}:00+08:00`);

interface Scheduled {
  task: OriginTask;
  progress: { on: IsoDate; value: number; text: string } | null;
  /** The day closure is asked for, and the day the office approves it (null: still under review). */
  closure: { on: IsoDate; done: string; text: string; evidence: string; approveOn: IsoDate | null; approveText: string } | null;
}

/** What happens to each task, and when (pure). */
function schedule(tasks: OriginTask[], options: OriginClosureOptions, calendar: Calendar): Scheduled[] {
  const { latest } = options;
  const rng = createRng(options.seed ^ 0x5e1f_c105);
  // Units work on working days (any day when the calendar lacks the year); nothing after the last day.
  const workday = (d: IsoDate) => earlier(orElse(() => (calendar.isWorkingDay(d) ? d : calendar.nextWorkingDay(d)), d), latest);
  const addWorkdays = (d: IsoDate, n: number) => orElse(() => calendar.addWorkingDays(d, n), addCalendarDays(d, Math.ceil((n * 7) / 5)));

  const due = tasks.filter((t) => t.kind === 'finding' && daysBetween(t.dueOn, latest) > DUE_AGE_TO_CLOSE);
  // One of the newest of them is still open, overdue (which, among findings due the same day, drawn by lot).
  const keep = due.length >= 2 ? 1 : 0;
  const lots = new Map(due.map((t) => [t, rng()]));
  const open = new Set([...due].sort((a, b) => b.dueOn.localeCompare(a.dueOn) || lots.get(a)! - lots.get(b)!).slice(0, keep));

  return tasks.map((task): Scheduled => {
    const age = daysBetween(task.startsOn, latest);
    const firstReport = (from: number, spread: number, value: number, texts: readonly string[]) => {
      const on = workday(addCalendarDays(task.startsOn, from + randomInt(rng, Math.max(1, spread))));
      return { on, value, text: pick(rng, texts) };
    };
    if (task.kind === 'finding' && due.includes(task) && !open.has(task)) {
      const progress = firstReport(7, 10, 40 + 10 * randomInt(rng, 3), PROGRESS_TEXT.finding);
      // Mostly by the due date, one in five a few days late; never on the day of the progress report.
      const late = rng() < 0.2;
      const ahead = Math.max(1, Math.min(15, daysBetween(progress.on, task.dueOn) - 2));
      const asked = late ? addCalendarDays(task.dueOn, 1 + randomInt(rng, 6)) : addCalendarDays(task.dueOn, -randomInt(rng, ahead));
      const on = workday(later(asked, addCalendarDays(progress.on, 2)));
      return { task, progress, closure: { on, done: pick(rng, DONE_TEXT.finding), text: pick(rng, CLOSURE_TEXT.finding), evidence: pick(rng, EVIDENCE_NAME.finding), approveOn: earlier(addWorkdays(on, 1 + randomInt(rng, 5)), latest), approveText: pick(rng, APPROVE_TEXT) } };
    }
    if (task.kind === 'problem' && task.solvedOn) {
      // The unit asks for closure the day it answered the enterprise; the office approves within five working days.
      const on = earlier(task.solvedOn, latest);
      const gap = daysBetween(task.startsOn, on);
      const progress = gap >= 6 ? firstReport(2, gap - 4, 50, PROGRESS_TEXT.problem) : null;
      const approveOn = addWorkdays(on, 1 + randomInt(rng, 5));
      return {
        task,
        progress: progress && progress.on < on ? progress : null,
        closure: { on, done: pick(rng, DONE_TEXT.problem), text: pick(rng, CLOSURE_TEXT.problem), evidence: pick(rng, EVIDENCE_NAME.problem), approveOn: approveOn <= latest ? approveOn : null, approveText: pick(rng, APPROVE_TEXT) },
      };
    }
    if (open.has(task)) return { task, progress: firstReport(10, 10, 60 + 10 * randomInt(rng, 2), PROGRESS_TEXT.stalled), closure: null };
    if (age >= AGE_TO_REPORT) return { task, progress: firstReport(3, age - 4, 20 + 10 * randomInt(rng, 3), PROGRESS_TEXT.early), closure: null };
    return { task, progress: null, closure: null };
  });
}

/** A principal for the seed's own steps (no session). */
const principalOf = (userId: string, name: string, departmentId: string, departmentName: string | null, role: Role): Principal => ({
  via: 'token',
  id: userId,
  userId,
  username: null,
  name,
  kind: 'staff',
  departmentId,
  departmentName,
  roles: [{ role, departmentId }],
  mustChangePassword: false,
  csrfToken: null,
  sessionId: null,
  sessionExpiry: null,
});

/**
 * Who at the lead unit files progress and asks for closure: a demo account of the unit when it has one; else the unit
 * itself, entered by the office's account on its behalf (营商办代为录入) — the reports bear the unit's name, the
 * evidence files are the office user's (a file is claimed only by its uploader).
 */
async function unitPrincipal(services: Services, departmentId: string, departmentName: string | null, officeUserId: string): Promise<Principal> {
  for (const role of UNIT_STAFF) {
    const [userId] = await services.org.users.membersOf(departmentId, [role]);
    const user = userId ? await services.org.users.brief(userId) : null;
    if (user && !user.disabled) return principalOf(user.id, user.name, departmentId, departmentName, role);
  }
  return principalOf(officeUserId, departmentName ?? '牵头单位', departmentId, departmentName, 'handler');
}

/**
 * Runs the outreach seed's ledger tasks through progress and closure as `schedule` has it, through the ledger's
 * services (every rule, audit row and history entry applies). Without an office account nothing is done.
 */
export async function closeOriginTasks(services: Services, tasks: OriginTask[], options: OriginClosureOptions): Promise<OriginClosureReport> {
  const { actor, office, latest } = options;
  const { ledger } = services;
  const report: OriginClosureReport = { closed: 0, reviewing: 0, open: 0, overdue: 0 };
  const countOpen = (t: OriginTask) => {
    report.open++;
    if (t.dueOn < latest) report.overdue++;
  };
  if (!office.userId) {
    tasks.forEach(countOpen);
    return report;
  }
  const officeUserId = office.userId;
  const plan = schedule(tasks, options, await services.calendar.current());
  const names = new Map((await services.org.departments.listDepartments()).map((d) => [d.id, d.name]));
  const units = new Map<string, Principal>();
  const unitOf = async (departmentId: string) => {
    let p = units.get(departmentId);
    if (!p) units.set(departmentId, (p = await unitPrincipal(services, departmentId, names.get(departmentId) ?? null, officeUserId)));
    return p;
  };

  for (const { task, progress, closure } of plan) {
    const unit = await unitOf(task.departmentId);
    if (progress) await ledger.tasks.report(actor, unit, task.taskId, { text: progress.text, progress: progress.value, figures: [], attachmentIds: [] }, at(progress.on, '15:00'));
    if (!closure) {
      countOpen(task);
      continue;
    }
    // The last report says the work is done (100 %), then closure is asked for with the evidence.
    const done = await ledger.tasks.report(actor, unit, task.taskId, { text: closure.done, progress: 100, figures: [], attachmentIds: [] }, at(closure.on, '15:30'));
    const evidence = await services.files.save(null, actor, { ownerId: unit.userId, purpose: 'ledger.evidence', name: closure.evidence, bytes: EVIDENCE_PDF() });
    const asked = await ledger.tasks.act(actor, unit, task.taskId, { action: 'requestClosure', version: done.version, comment: closure.text, attachmentIds: [evidence.id] }, at(closure.on, '16:00'));
    if (!closure.approveOn) {
      report.reviewing++;
      continue;
    }
    // Approved on a later working day, or late on the same day when the last day leaves no other.
    const approvedAt = closure.approveOn > closure.on ? at(closure.approveOn, '10:30') : at(closure.on, '17:30');
    await ledger.tasks.act(actor, office, task.taskId, { action: 'approve', version: asked.version, comment: closure.approveText, attachmentIds: [] }, approvedAt);
    report.closed++;
  }
  return report;
}
