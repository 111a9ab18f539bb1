// Who sees which tasks, and the task as lists and the detail show it. The office, leaders and admins see every
// task; a unit's staff the tasks their department (or one below it, per their role's scope) leads or supports;
// anyone else gets 404. Lights are worked out at read time from the task's dates and progress, on working days,
// with the live rules, on the Shanghai date of `now`.
import type { TaskDetail, TaskListQuery, TaskRow as TaskRowView } from '../../../../common/api/ledger.ts';
import type { Calendar, IsoDate } from '../../../../common/calendar/index.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { TASK_STATE_LABELS, taskLight, type EscalationLevel, type LedgerRules, type LightResult, type TaskState } from '../../../../common/ledger/vocabulary.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import type { WorkflowActor } from '../../../platform/workflow/index.ts';
import * as structure from '../structure-repository.ts';
import * as repo from '../tasks-repository.ts';
import { isOffice, seesAll, what, workflowActorOf, type LedgerDeps, type RulesOf } from './shared.ts';

const t2 = (zh: string, en: string) => ({ zh, en });

export interface Viewer {
  principal: Principal;
  /** The office, leaders and admins: every task. */
  all: boolean;
  /** The departments whose tasks this viewer sees (their role's scope) — and, for those who see all, their own. */
  units: string[];
  /** The departments this viewer holds a role in (`mine`). */
  own: string[];
}

/** What `tasks.states` tells of a task. */
export interface TaskStateOf {
  number: string;
  state: TaskState;
  stateLabel: { zh: string; en: string };
}

export async function viewerOf(deps: LedgerDeps, p: Principal): Promise<Viewer> {
  // Staff and API tokens (which hold staff roles in a department); applicants see no ledger.
  if (p.kind === 'applicant') return { principal: p, all: false, units: [], own: [] };
  const own = [...new Set([p.departmentId, ...p.roles.map((r) => r.departmentId)].filter((d): d is string => Boolean(d)))];
  const visible = await deps.org.visibleDepartments(p);
  return { principal: p, all: seesAll(p) || visible === 'all', units: visible === 'all' ? own : visible, own };
}

export const isOpen = (state: string) => state !== 'closed' && state !== 'cancelled';
const supportsAny = (t: Pick<repo.TaskRow, 'supportDepartmentIds'>, ids: string[]) => t.supportDepartmentIds.some((d) => ids.includes(d));
/** The viewer's unit leads or supports the task. */
export const isUnitOf = (v: Viewer, t: Pick<repo.TaskRow, 'leadDepartmentId' | 'supportDepartmentIds'>) => v.units.includes(t.leadDepartmentId) || supportsAny(t, v.units);
export const mayRead = (v: Viewer, t: Pick<repo.TaskRow, 'leadDepartmentId' | 'supportDepartmentIds'>) => v.all || isUnitOf(v, t);
/** Progress is filed by the lead or a support unit while the task is being worked. */
export const mayReport = (v: Viewer, t: Pick<repo.TaskRow, 'leadDepartmentId' | 'supportDepartmentIds' | 'state'>) => t.state === 'doing' && isUnitOf(v, t);

/** The engine's view of the caller: an administrator acts for the office on the ledger. */
export function whoOf(p: Principal): WorkflowActor {
  const who = workflowActorOf(p);
  return isOffice(p) && !who.roles.includes('office') ? { ...who, roles: [...who.roles, 'office'] } : who;
}

/** A calendar whose working-day counts are remembered (many tasks share their dates). */
export function countingCalendar(calendar: Calendar): Calendar {
  const memo = new Map<string, number>();
  return {
    ...calendar,
    workingDaysBetween(from: IsoDate, to: IsoDate) {
      const key = `${from}|${to}`;
      let n = memo.get(key);
      if (n === undefined) {
        n = calendar.workingDaysBetween(from, to);
        memo.set(key, n);
      }
      return n;
    },
  };
}

export const lightOf = (calendar: Calendar, t: { state: string; startsOn: string; dueOn: string; progress: number }, today: IsoDate, rules: LedgerRules): LightResult =>
  taskLight(calendar, { state: t.state as TaskState, startsOn: t.startsOn, dueOn: t.dueOn, progress: t.progress }, today, rules);

export function rowOf(t: repo.ListedTask, departmentName: (id: string) => string, light: LightResult): TaskRowView {
  const state = t.state as TaskState;
  return {
    id: t.id,
    number: t.number,
    sourceId: t.sourceId,
    sourceKind: t.sourceKind,
    sourceTitle: t.sourceTitle,
    issueId: t.issueId,
    measureId: t.measureId,
    title: t.title,
    leadDepartmentId: t.leadDepartmentId,
    leadDepartmentName: departmentName(t.leadDepartmentId),
    supportDepartmentIds: t.supportDepartmentIds,
    startsOn: t.startsOn,
    dueOn: t.dueOn,
    batch: t.batch,
    progress: t.progress,
    state,
    stateLabel: TASK_STATE_LABELS[state] ?? t2(state, state),
    light: light.light,
    amberReason: light.amberReason,
    daysLeft: light.daysLeft,
    escalated: t.escalated,
    needsSecondApproval: t.needsSecondApproval,
    lastReportAt: t.lastReportAt?.toISOString() ?? null,
    closedAt: t.closedAt?.toISOString() ?? null,
    version: t.version,
  };
}

const MODULE_ACTIONS = {
  report: t2('报送进展', 'File progress'),
  edit: t2('修改任务', 'Edit the task'),
  escalate: t2('挂牌督办', 'Escalate'),
  lift: t2('解除挂牌督办', 'Lift the escalation'),
};

export function createTaskReads(database: Database, deps: LedgerDeps, rulesOf: RulesOf) {
  const { db } = database;

  async function namer() {
    const all = new Map((await deps.org.departments()).map((d) => [d.id, d.shortName || d.name]));
    return (id: string) => all.get(id) ?? id;
  }

  /** The task if the principal may read it (404 otherwise, as for a task that does not exist). */
  async function readable(p: Principal, id: string): Promise<{ t: repo.TaskRow; v: Viewer }> {
    const [t, v] = await Promise.all([repo.findTask(db, id), viewerOf(deps, p)]);
    if (!t || !mayRead(v, t)) throw notFound(what);
    return { t, v };
  }

  async function actionsOf(t: repo.TaskRow, v: Viewer): Promise<TaskDetail['actions']> {
    const p = v.principal;
    const out: TaskDetail['actions'] = [];
    const open = isOpen(t.state);
    if (t.caseId && open) {
      for (const a of await deps.workflow.actionsFor(t.caseId, whoOf(p))) {
        // A lead unit changes through `edit`; approve and submitProvince each fit one kind of task.
        if (a.key === 'handover' || (a.key === 'approve' && t.needsSecondApproval) || (a.key === 'submitProvince' && !t.needsSecondApproval)) continue;
        out.push({ key: a.key, label: a.label, commentRequired: a.commentRequired });
      }
    }
    if (mayReport(v, t)) out.push({ key: 'report', label: MODULE_ACTIONS.report, commentRequired: true });
    if (isOffice(p) && open) out.push({ key: 'edit', label: MODULE_ACTIONS.edit, commentRequired: false });
    if (isOffice(p) && open && !t.escalated) out.push({ key: 'escalate', label: MODULE_ACTIONS.escalate, commentRequired: true });
    if (isOffice(p) && t.escalated) out.push({ key: 'lift', label: MODULE_ACTIONS.lift, commentRequired: true });
    return out;
  }

  async function get(p: Principal, id: string, now = new Date()): Promise<TaskDetail> {
    const { t, v } = await readable(p, id);
    const [name, calendar, rules, source, reports, escalations, issue, measure, caseView, actions] = await Promise.all([
      namer(),
      deps.calendar(),
      rulesOf(),
      structure.findSource(db, t.sourceId),
      repo.reportsOf(db, t.id),
      repo.escalationsOf(db, t.id),
      t.issueId ? structure.findIssue(db, t.issueId) : Promise.resolve(null),
      t.measureId ? structure.findMeasure(db, t.measureId) : Promise.resolve(null),
      t.caseId ? deps.workflow.get(t.caseId).catch(() => null) : Promise.resolve(null),
      actionsOf(t, v),
    ]);
    const files = await deps.files.describe(reports.flatMap((r) => r.attachments));
    const listed: repo.ListedTask = { ...t, sourceKind: (source?.kind ?? 'city_plan') as repo.ListedTask['sourceKind'], sourceTitle: source?.title ?? '' };
    return {
      ...rowOf(listed, name, lightOf(calendar, t, shanghaiDate(now), rules)),
      detail: t.detail,
      expectedResult: t.expectedResult,
      supportDepartments: t.supportDepartmentIds.map((d) => ({ id: d, name: name(d) })),
      issue: issue ? { id: issue.id, code: issue.code, title: issue.title } : null,
      measure: measure ? { id: measure.id, code: measure.code, title: measure.title } : null,
      origin: t.originType && t.originId ? { type: t.originType, id: t.originId } : null,
      provincialSubmittedAt: t.provincialSubmittedAt?.toISOString() ?? null,
      provincialAcceptedAt: t.provincialAcceptedAt?.toISOString() ?? null,
      caseId: t.caseId,
      caseVersion: caseView?.version ?? null,
      reports: reports.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        kind: r.kind,
        authorName: r.authorName,
        departmentName: r.departmentId ? name(r.departmentId) : null,
        text: r.text,
        figures: r.figures,
        progress: r.progress,
        attachments: r.attachments.map((a) => ({ id: a, name: files.get(a)?.name ?? a })),
      })),
      escalations: escalations.map((e) => ({
        id: e.id,
        openedAt: e.openedAt.toISOString(),
        reason: e.reason,
        level: e.level as EscalationLevel,
        answerBy: e.answerBy,
        liftedAt: e.liftedAt?.toISOString() ?? null,
        liftNote: e.liftNote,
        version: e.version,
      })),
      actions,
    };
  }

  /** The list with every filter; `light` is computed for the matching open tasks (read small, filtered here). */
  async function list(p: Principal, q: TaskListQuery, now = new Date()) {
    const v = await viewerOf(deps, p);
    if (!v.all && v.units.length === 0) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
    const today = shanghaiDate(now);
    const [name, base, rules] = await Promise.all([namer(), deps.calendar(), rulesOf()]);
    const calendar = countingCalendar(base);
    const filter: repo.TaskFilter = {
      departments: v.all ? 'all' : v.units,
      ...(q.mine ? { units: v.own } : {}),
      sourceId: q.sourceId,
      sourceKind: q.sourceKind,
      issueId: q.issueId,
      measureId: q.measureId,
      departmentId: q.departmentId,
      state: q.state,
      batch: q.batch,
      escalated: q.escalated,
      dueFrom: q.dueFrom,
      dueTo: q.dueTo,
      q: q.q,
    };
    // done and red are plain conditions; amber and green depend on working days, so those are worked out here.
    if (q.light === 'done') filter.openness = 'ended';
    if (q.light === 'red') Object.assign(filter, { openness: 'open', dueBefore: today });
    let rows: repo.ListedTask[];
    let total: number;
    if (q.light === 'amber' || q.light === 'green') {
      const small = await repo.lightColumns(db, { ...filter, openness: 'open', dueOnOrAfter: today });
      const ids = small.filter((s) => lightOf(calendar, s, today, rules).light === q.light).map((s) => s.id);
      total = ids.length;
      const pageIds = ids.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
      const byId = new Map((await repo.listedByIds(db, pageIds)).map((r) => [r.id, r]));
      rows = pageIds.map((id) => byId.get(id)).filter((r): r is repo.ListedTask => r !== undefined);
    } else {
      ({ rows, total } = await repo.listTasks(db, filter, q.page, q.pageSize));
    }
    return { items: rows.map((r) => rowOf(r, name, lightOf(calendar, r, today, rules))), total, page: q.page, pageSize: q.pageSize };
  }

  /**
   * The number and state (with its label) of tasks by id, in one query, for other rooms' views of the tasks they
   * made (an inspection's findings); no data scope — the caller's view is its own. Unknown ids are left out.
   */
  async function states(ids: string[]): Promise<Map<string, TaskStateOf>> {
    const rows = await repo.numbersAndStates(db, ids);
    return new Map(rows.map((r) => [r.id, { number: r.number, state: r.state, stateLabel: TASK_STATE_LABELS[r.state] }]));
  }

  return { readable, get, list, namer, states, mayReadId: async (p: Principal, id: string) => readable(p, id).then(() => true, () => false) };
}

export type TaskReads = ReturnType<typeof createTaskReads>;
