// Ledger tasks: creating one (its number reserved and its case opened on the workflow engine in the same
// transaction, held by the lead unit's queue), the office's edits (versioned; a new lead unit takes the case
// over), and progress reports by the lead or a support unit (text, figures, progress, attachments).
import type { ProgressBody, TaskBody, TaskUpdateBody } from '../../../../common/api/ledger.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db, PendingWrite } from '../../../platform/db/index.ts';
import { runWrites, uuidv7, WriteRefused } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import type { WorkflowDefinition } from '../../../platform/workflow/index.ts';
import { reserveNumbers } from '../numbers.ts';
import * as structure from '../structure-repository.ts';
import * as repo from '../tasks-repository.ts';
import { UNIT_ROLES } from '../workflow.ts';
import { forbidden, isOffice, refuse, stale, what, type LedgerDeps } from './shared.ts';
import { isOpen, isUnitOf, whoOf, type TaskReads } from './views.ts';

/** What a new task is made of (a TaskBody, or what another room hands over with its origin). */
export type NewTaskInput = Omit<TaskBody, 'batch'> & { batch?: string | null; originType?: string | null; originId?: string | null };

/** Where a task's uploads are claimed (the files reader asks the ledger who may read them). */
export const attachedTo = (taskId: string) => `ledger-task:${taskId}`;
export const taskLink = (taskId: string) => `/ledger/tasks/${taskId}`;
const staleTask = (current: number) => stale(current, '台账任务', 'task');

export function createTasks(database: Database, deps: LedgerDeps, def: WorkflowDefinition, reads: TaskReads) {
  const { db } = database;

  /** Lead and support units exist; the support list has no duplicates nor the lead. */
  async function checkDepartments(lead: string | undefined, support: string[] | undefined) {
    const known = new Set((await deps.org.departments()).map((d) => d.id));
    if (lead !== undefined && !known.has(lead)) throw refuse('牵头单位不存在', 'No such lead unit', 'body.leadDepartmentId');
    const missing = (support ?? []).find((d) => !known.has(d));
    if (missing) throw refuse('配合单位不存在', 'No such support unit', 'body.supportDepartmentIds');
  }
  const supportOf = (support: string[], lead: string) => [...new Set(support)].filter((d) => d !== lead);

  /** The source exists; the issue belongs to it and the measure to the issue (the issue follows from the measure). */
  async function checkPlace(d: Db, input: Pick<NewTaskInput, 'sourceId' | 'issueId' | 'measureId'>) {
    if (!(await structure.findSource(d, input.sourceId))) throw refuse('台账来源不存在', 'No such ledger source', 'body.sourceId');
    let issueId = input.issueId ?? null;
    if (input.measureId) {
      const measure = await structure.findMeasure(d, input.measureId);
      if (!measure) throw refuse('整改措施不存在', 'No such measure', 'body.measureId');
      if (issueId && measure.issueId !== issueId) throw refuse('整改措施不属于所选问题', 'The measure belongs to another issue', 'body.measureId');
      issueId = measure.issueId;
    }
    if (issueId) {
      const issue = await structure.findIssue(d, issueId);
      if (!issue || issue.sourceId !== input.sourceId) throw refuse('问题不属于所选台账来源', 'The issue belongs to another source', 'body.issueId');
    }
    return { issueId, measureId: input.measureId ?? null };
  }

  /**
   * A new task as writes (the task, its case held by the lead unit's queue, the audit row) once its number is known,
   * and the statement that reserves the number and sends them: inside `tx` when given, else in a transaction of its own.
   */
  async function insert(actor: Actor, input: NewTaskInput, now: Date, tx?: Db): Promise<{ id: string; number: string }> {
    const id = uuidv7();
    const actorUserId = actor.type === 'user' ? actor.id : null;
    const opened = await deps.workflow.openWrites(
      tx ?? db,
      def,
      { subjectType: 'ledger_task', subjectId: id, initiatorId: actorUserId, holders: [{ kind: 'department', id: input.leadDepartmentId }], limit: null },
      actor,
      now,
    );
    const lead = input.leadDepartmentId;
    const row: repo.NewTask = {
      id,
      number: '',
      sourceId: input.sourceId,
      issueId: input.issueId ?? null,
      measureId: input.measureId ?? null,
      title: input.title,
      detail: input.detail ?? '',
      leadDepartmentId: lead,
      supportDepartmentIds: supportOf(input.supportDepartmentIds ?? [], lead),
      startsOn: input.startsOn,
      dueOn: input.dueOn,
      batch: input.batch ?? null,
      expectedResult: input.expectedResult ?? '',
      needsSecondApproval: input.needsSecondApproval ?? false,
      state: opened.view.state,
      caseId: opened.view.id,
      originType: input.originType ?? null,
      originId: input.originId ?? null,
      createdBy: actorUserId,
      createdAt: now,
      updatedAt: now,
    };
    const run = async (d: Db) => {
      const [number] = await reserveNumbers(d, Number(shanghaiDate(now).slice(0, 4)), 1);
      await runWrites(d, [
        repo.insertTaskWrite({ ...row, number: number! }),
        ...opened.writes,
        auditWrite(actor, {
          action: 'ledger.task.create',
          entity: 'ledger_task',
          entityId: id,
          change: { number, sourceId: row.sourceId, issueId: row.issueId, measureId: row.measureId, title: row.title, leadDepartmentId: lead, supportDepartmentIds: row.supportDepartmentIds, startsOn: row.startsOn, dueOn: row.dueOn, needsSecondApproval: row.needsSecondApproval, origin: row.originId ? `${row.originType}:${row.originId}` : null },
        }),
      ]);
      return number!;
    };
    const number = tx ? await run(tx) : await db.transaction(run);
    return { id, number };
  }

  /** Tells a unit's people (after the commit; a failed notice never undoes the step). */
  async function tellUnit(departmentId: string, message: NotifyMessage, except: string | null) {
    const users = (await deps.org.membersOf(departmentId, UNIT_ROLES)).filter((u) => u !== except);
    if (users.length) await deps.notify(db, users, message).catch(() => undefined);
  }

  return {
    insert,
    checkDepartments,
    tellUnit,

    async create(actor: Actor, p: Principal, body: TaskBody, now = new Date()): Promise<{ id: string; number: string }> {
      if (!isOffice(p)) throw forbidden('只有营商办可以新建台账任务', 'Only the office creates ledger tasks');
      await checkDepartments(body.leadDepartmentId, body.supportDepartmentIds);
      const place = await checkPlace(db, body);
      const created = await insert(actor, { ...body, ...place }, now);
      await tellUnit(body.leadDepartmentId, { kind: 'ledger.task', title: { zh: `新的台账任务：${created.number}`, en: `A new ledger task: ${created.number}` }, body: { zh: body.title, en: body.title }, link: taskLink(created.id) }, p.userId);
      return created;
    },

    async update(actor: Actor, p: Principal, id: string, body: TaskUpdateBody, now = new Date()) {
      if (!isOffice(p)) throw forbidden('只有营商办可以修改台账任务', 'Only the office edits ledger tasks');
      const found = await repo.findWithCase(db, id);
      if (!found) throw notFound(what);
      const t = found.row;
      if (t.version !== body.version) throw staleTask(t.version);
      if (!isOpen(t.state)) throw refuse('任务已结束，不能再修改', 'The task has ended: it can no longer be edited');
      const { version: _version, ...fields } = body;
      const lead = fields.leadDepartmentId ?? t.leadDepartmentId;
      await checkDepartments(fields.leadDepartmentId, fields.supportDepartmentIds);
      const dueOn = fields.dueOn ?? t.dueOn;
      if (dueOn < t.startsOn) throw refuse('完成时限不能早于开始日期', 'The deadline cannot be before the start', 'body.dueOn');
      const changes: Partial<repo.NewTask> = Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined));
      changes.supportDepartmentIds = supportOf(fields.supportDepartmentIds ?? t.supportDepartmentIds, lead);
      const leadChanges = lead !== t.leadDepartmentId;
      if (leadChanges && t.state !== 'doing') throw refuse('销号审核期间不能更换牵头单位', 'The lead unit cannot change while closure is under review', 'body.leadDepartmentId');
      const writes: PendingWrite[] = [
        repo.updateTaskWrite(t.id, t.version, changes),
        auditWrite(actor, { action: 'ledger.task.update', entity: 'ledger_task', entityId: t.id, change: { before: Object.fromEntries(Object.keys(changes).map((k) => [k, t[k as keyof repo.TaskRow]])), after: changes } }),
      ];
      try {
        if (leadChanges && t.caseId && found.caseJson) {
          // The new lead unit's queue takes the case over (转办), in the same statement as the task's new columns.
          const current = deps.workflow.caseFromJson(found.caseJson);
          await deps.workflow.act({ caseId: t.caseId, action: 'handover', actor, who: whoOf(p), input: { holders: [{ kind: 'department', id: lead }], comment: null }, version: current.version, current, now, writes: () => writes });
        } else {
          await runWrites(db, writes);
        }
      } catch (error) {
        if (error instanceof WriteRefused && error.reason === repo.TASK_STALE) throw staleTask((await repo.findTask(db, id))?.version ?? t.version + 1);
        throw error;
      }
      if (leadChanges) await tellUnit(lead, { kind: 'ledger.task', title: { zh: `台账任务转由贵单位牵头：${t.number}`, en: `Your unit now leads ledger task ${t.number}` }, body: { zh: changes.title ?? t.title, en: changes.title ?? t.title }, link: taskLink(t.id) }, p.userId);
      return reads.get(p, id, now);
    },

    /** 进展报告: the lead or a support unit, while the task is being worked; the task mirrors the progress. */
    async report(actor: Actor, p: Principal, id: string, body: ProgressBody, now = new Date()) {
      const { t, v } = await reads.readable(p, id);
      if (!isUnitOf(v, t)) throw forbidden('只有牵头单位或配合单位可以报送进展', 'Only the lead or a support unit files progress');
      if (t.state !== 'doing') throw refuse('任务已申请销号或已结束，不能再报送进展', 'Closure has been asked for or the task has ended: no more progress reports');
      const unit = v.units.includes(t.leadDepartmentId) ? t.leadDepartmentId : (t.supportDepartmentIds.find((d) => v.units.includes(d)) ?? p.departmentId);
      const reportId = uuidv7();
      const writes: PendingWrite[] = [
        repo.insertReportWrite({ id: reportId, taskId: t.id, at: now, authorId: p.userId, authorName: p.name, departmentId: unit, kind: 'progress', text: body.text, figures: body.figures, progress: body.progress, attachments: body.attachmentIds }),
        repo.mirrorTaskWrite(t.id, { progress: body.progress, lastReportAt: now }, ['reportCount']),
        auditWrite(actor, { action: 'ledger.task.report', entity: 'ledger_task', entityId: t.id, change: { reportId, progress: body.progress, figures: body.figures, attachments: body.attachmentIds } }),
      ];
      if (body.attachmentIds.length) {
        await db.transaction(async (tx) => {
          await runWrites(tx, writes);
          await deps.files.attach(tx, body.attachmentIds, attachedTo(t.id), [p.userId]);
        });
      } else {
        await runWrites(db, writes);
      }
      return reads.get(p, id, now);
    },
  };
}

export type Tasks = ReturnType<typeof createTasks>;
