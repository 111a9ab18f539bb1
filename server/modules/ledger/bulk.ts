// Tasks in bulk (workbook imports, the demo seed): each task's number from the yearly sequence, its case computed
// by the engine (opened in 推进中 and, for the seed, run along the closure path to where the row says it stands),
// then the tasks, reports, cases, queue rows and history inserted many rows a statement, and ONE audit row for
// the whole batch. The caller passes a transaction, so a batch is all or nothing.
import type { Calendar, IsoDate } from '../../../common/calendar/index.ts';
import { shanghaiDate } from '../../../common/calendar/index.ts';
import type { TaskState } from '../../../common/ledger/vocabulary.ts';
import { appendAudit, type Actor } from '../../platform/audit/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { insertRecordset, uuidv7 } from '../../platform/db/index.ts';
import { applyAction, openCase, SYSTEM_ACTOR_ID, workflowBulk, type ActionInput, type CaseState, type Holder, type WorkflowActor } from '../../platform/workflow/index.ts';
import { reserveNumbers } from './numbers.ts';
import { ledgerReports, ledgerTasks } from './tables.ts';
import { taskWorkflow } from './workflow.ts';

/** A report to write with a task (its history: progress notes, the closure request …). */
export interface BulkReport {
  at: Date;
  kind?: 'progress' | 'closure' | 'review' | 'provincial' | 'escalation' | 'note';
  text: string;
  progress?: number | null;
  figures?: { label: string; value: string }[];
  authorId?: string | null;
  authorName?: string;
  departmentId?: string | null;
}

export interface BulkTaskRow {
  sourceId: string;
  issueId?: string | null;
  measureId?: string | null;
  title: string;
  detail?: string;
  leadDepartmentId: string;
  supportDepartmentIds?: string[];
  startsOn: IsoDate;
  dueOn: IsoDate;
  batch?: string | null;
  expectedResult?: string;
  /** 0–100 (a closed task defaults to 100). */
  progress?: number;
  needsSecondApproval?: boolean;
  /** Where the case stands (default 'doing'); a closed task runs through the closure path up to `closedAt`. */
  state?: TaskState;
  /** When it was closed (closed) or cancelled; default now. */
  closedAt?: Date | null;
  /** When the closure was asked for (reviewing, provincial, closed); default a day before closedAt, or now. */
  closureRequestedAt?: Date | null;
  escalated?: boolean;
  /** When the task was made (default now); its year picks the number's year. */
  createdAt?: Date;
  createdBy?: string | null;
  originType?: string | null;
  originId?: string | null;
  reports?: BulkReport[];
}

export interface BulkOptions {
  /** The office's department: holds the cases under review (default: the lead unit). */
  officeDepartmentId?: string | null;
  now?: Date;
  /** The audit row's action (default 'ledger.task.bulk') and extra change members (e.g. the import's id). */
  auditAction?: string;
  auditChange?: Record<string, unknown>;
}

type NewTask = typeof ledgerTasks.$inferInsert;
type NewReport = typeof ledgerReports.$inferInsert;
const DAY = 86_400_000;
/** Rows a statement: one jsonb parameter each, a few MB at most. */
const CHUNK = 1000;

interface Planned {
  task: NewTask;
  reports: NewReport[];
  cases: workflowBulk.NewCase[];
  history: workflowBulk.NewHistory[];
  queue: workflowBulk.NewAssignment[];
}

/** The case of one task, run through the engine to the row's state. */
function planCase(row: BulkTaskRow, taskId: string, created: Date, now: Date, userId: string | null, officeId: string, calendar: Calendar, out: Planned) {
  const def = taskWorkflow;
  const lead: Holder = { kind: 'department', id: row.leadDepartmentId };
  const caseId = uuidv7(created.getTime());
  let state: CaseState = openCase(def, { initiatorId: userId, holders: [lead], limit: null }, created, calendar);
  const history: workflowBulk.NewHistory[] = [
    { id: uuidv7(created.getTime()), caseId, seq: 1, at: created, action: 'open', actorId: userId, fromState: state.state, toState: state.state, comment: null, attachments: [], data: {} },
  ];
  const unit: WorkflowActor = { userId: userId ?? SYSTEM_ACTOR_ID, departmentId: row.leadDepartmentId, roles: ['handler'] };
  const office: WorkflowActor = { userId: userId ?? SYSTEM_ACTOR_ID, departmentId: officeId, roles: ['office'] };
  const step = (key: string, by: WorkflowActor, at: Date, input: ActionInput = {}) => {
    const result = applyAction(def, state, key, by, input, at, calendar);
    state = result.next;
    const e = result.entry;
    history.push({ id: uuidv7(at.getTime()), caseId, seq: state.version, at, action: e.action, actorId: userId, fromState: e.fromState, toState: e.toState, comment: e.comment, attachments: e.attachments, data: e.data });
  };
  const target = row.state ?? 'doing';
  const ended = row.closedAt ?? new Date(Math.max(created.getTime(), now.getTime()));
  const requested = row.closureRequestedAt ?? new Date(Math.max(created.getTime(), ended.getTime() - DAY));
  if (target === 'reviewing' || target === 'provincial' || target === 'closed') {
    step('requestClosure', unit, requested, { comment: '任务已完成，申请销号 / done, closure requested', holders: [{ kind: 'department', id: officeId }] });
    const second = row.needsSecondApproval || target === 'provincial';
    if (target === 'provincial' || (target === 'closed' && second)) step('submitProvince', office, target === 'closed' ? new Date(Math.max(requested.getTime(), ended.getTime() - DAY)) : ended);
    if (target === 'closed') step(second ? 'provincialAccept' : 'approve', office, ended);
  } else if (target === 'cancelled') {
    step('cancel', office, ended, { comment: '任务撤销 / cancelled' });
  }
  const columns = workflowBulk.caseColumns(def, state, calendar);
  const last = history[history.length - 1]!.at as Date;
  out.cases.push({ id: caseId, workflow: def.key, subjectType: 'ledger_task', subjectId: taskId, initiatorId: userId, ...columns, createdAt: created, updatedAt: last });
  out.history.push(...history);
  out.queue.push(...workflowBulk.queueRowsOf(def, caseId, state, columns.dueAt ?? null));
  return { caseId, submittedAt: history.find((h) => h.action === 'submitProvince')?.at ?? null, acceptedAt: history.find((h) => h.action === 'provincialAccept')?.at ?? null };
}

/** Inserts tasks with their numbers, cases, queue rows, history and reports, and ONE audit row for the batch. */
export async function insertTasks(tx: Db, rows: BulkTaskRow[], actor: Actor, calendar: Calendar, options: BulkOptions = {}): Promise<{ ids: string[]; numbers: string[] }> {
  if (rows.length === 0) return { ids: [], numbers: [] };
  const now = options.now ?? new Date();
  const userId = actor.type === 'user' ? actor.id : null;
  // Numbers by the year each task was made in, reserved in one statement per year.
  const yearOf = (r: BulkTaskRow) => Number(shanghaiDate(r.createdAt ?? now).slice(0, 4));
  const byYear = new Map<number, number[]>();
  rows.forEach((r, i) => byYear.set(yearOf(r), [...(byYear.get(yearOf(r)) ?? []), i]));
  const numbers: string[] = new Array<string>(rows.length);
  for (const [year, indexes] of [...byYear].sort((a, b) => a[0] - b[0])) {
    const drawn = await reserveNumbers(tx, year, indexes.length);
    indexes.forEach((index, k) => (numbers[index] = drawn[k]!));
  }

  const out: Planned[] = [];
  const ids: string[] = [];
  for (const [i, row] of rows.entries()) {
    const created = row.createdAt ?? now;
    const id = uuidv7(created.getTime());
    ids.push(id);
    const planned: Planned = { task: {} as NewTask, reports: [], cases: [], history: [], queue: [] };
    const officeId = options.officeDepartmentId ?? row.leadDepartmentId;
    const c = planCase(row, id, created, now, userId, officeId, calendar, planned);
    const state = row.state ?? 'doing';
    const reports: NewReport[] = (row.reports ?? []).map((r) => ({
      id: uuidv7(r.at.getTime()),
      taskId: id,
      at: r.at,
      authorId: r.authorId ?? null,
      authorName: r.authorName ?? '',
      departmentId: r.departmentId ?? null,
      kind: r.kind ?? 'progress',
      text: r.text,
      figures: r.figures ?? [],
      progress: r.progress ?? null,
      attachments: [],
    }));
    const lastReport = reports.reduce<Date | null>((m, r) => (!m || (r.at as Date) > m ? (r.at as Date) : m), null);
    const reported = [...reports].sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime()).filter((r) => r.progress !== null && r.progress !== undefined);
    const progress = row.progress ?? (state === 'closed' ? 100 : (reported[reported.length - 1]?.progress ?? 0));
    planned.task = {
      id,
      number: numbers[i]!,
      sourceId: row.sourceId,
      issueId: row.issueId ?? null,
      measureId: row.measureId ?? null,
      title: row.title,
      detail: row.detail ?? '',
      leadDepartmentId: row.leadDepartmentId,
      supportDepartmentIds: row.supportDepartmentIds ?? [],
      startsOn: row.startsOn,
      dueOn: row.dueOn,
      batch: row.batch ?? null,
      expectedResult: row.expectedResult ?? '',
      progress: Math.max(0, Math.min(100, Math.round(progress))),
      state,
      needsSecondApproval: row.needsSecondApproval ?? false,
      provincialSubmittedAt: c.submittedAt as Date | null,
      provincialAcceptedAt: c.acceptedAt as Date | null,
      closedAt: state === 'closed' ? (row.closedAt ?? now) : null,
      escalated: row.escalated ?? false,
      lastReportAt: lastReport,
      reportCount: reports.length,
      sentBackCount: 0,
      caseId: c.caseId,
      originType: row.originType ?? null,
      originId: row.originId ?? null,
      createdBy: row.createdBy ?? userId,
      version: 1,
      createdAt: created,
      updatedAt: created,
    };
    planned.reports = reports;
    out.push(planned);
  }

  for (let i = 0; i < out.length; i += CHUNK) await insertRecordset(tx, ledgerTasks, out.slice(i, i + CHUNK).map((p) => p.task) as Record<string, unknown>[]);
  const reports = out.flatMap((p) => p.reports);
  for (let i = 0; i < reports.length; i += CHUNK) await insertRecordset(tx, ledgerReports, reports.slice(i, i + CHUNK) as Record<string, unknown>[]);
  await workflowBulk.insertCases(tx, out.flatMap((p) => p.cases));
  await workflowBulk.insertHistories(tx, out.flatMap((p) => p.history));
  await workflowBulk.insertAssignments(tx, out.flatMap((p) => p.queue));
  const states: Record<string, number> = {};
  for (const p of out) states[p.task.state!] = (states[p.task.state!] ?? 0) + 1;
  await appendAudit(tx, actor, {
    action: options.auditAction ?? 'ledger.task.bulk',
    entity: 'ledger_task',
    change: { count: rows.length, first: numbers[0], last: numbers[numbers.length - 1], states, reports: reports.length, ...options.auditChange },
  });
  return { ids, numbers };
}
