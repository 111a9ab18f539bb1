// 销号: the lead unit asks for closure with evidence; the office approves it, or — for a task that needs the
// province's approval (自治区销号) — submits it and records the province's answer; or sends it back with reasons.
// Urging and cancelling too. Each step is one statement (a transaction when evidence files are claimed): the
// engine's writes, the task's versioned mirror columns (a stale screen gets 409), the history row in
// ledger_report and the notices. 挂牌督办: escalations with their own version, lifted with a note.
import type { TaskActionBody } from '../../../../common/api/ledger.ts';
import type { EscalationLevel } from '../../../../common/ledger/vocabulary.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db, PendingWrite } from '../../../platform/db/index.ts';
import { runWrites, uuidv7, WriteRefused } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import type { ActionInput, ActionResult } from '../../../platform/workflow/index.ts';
import * as repo from '../tasks-repository.ts';
import { taskWorkflow, UNIT_ROLES } from '../workflow.ts';
import { forbidden, isOffice, refuse, stale, what, type LedgerDeps } from './shared.ts';
import { attachedTo, taskLink, type Tasks } from './tasks.ts';
import { isOpen, mayRead, viewerOf, whoOf, type TaskReads } from './views.ts';

type Action = TaskActionBody['action'];
type ReportKind = 'closure' | 'review' | 'provincial' | 'note';
const KIND_OF: Record<Action, ReportKind> = {
  requestClosure: 'closure',
  approve: 'review',
  submitProvince: 'review',
  sendBack: 'review',
  provincialAccept: 'provincial',
  provincialReject: 'provincial',
  urge: 'note',
  cancel: 'note',
};
/** Who hears of a step: the office (a closure to review) or the lead unit (everything else it must know). */
const TELLS_UNIT = new Set<Action>(['approve', 'sendBack', 'provincialAccept', 'provincialReject', 'urge', 'cancel']);
/** The office's steps of the review (the engine checks them too; this answers before the kind-of-approval checks). */
const REVIEWS = new Set<Action>(['approve', 'submitProvince', 'sendBack', 'provincialAccept', 'provincialReject']);
const staleTask = (current: number) => stale(current, '台账任务', 'task');

export interface EscalateBody {
  version: number;
  reason: string;
  level: EscalationLevel;
  answerBy: string | null;
}

export function createClosure(database: Database, deps: LedgerDeps, reads: TaskReads, tasks: Tasks) {
  const { db } = database;

  /** Checks of each step beyond the engine's (who, when): evidence, reasons, the kind of approval. */
  async function inputOf(t: repo.TaskRow, p: Principal, body: TaskActionBody): Promise<ActionInput> {
    const comment = body.comment?.trim() || null;
    const input: ActionInput = { comment, attachments: body.attachmentIds };
    if (REVIEWS.has(body.action) && !isOffice(p)) throw forbidden('只有营商办可以审核销号', 'Only the office reviews closures');
    switch (body.action) {
      case 'requestClosure': {
        if (p.departmentId !== t.leadDepartmentId) throw forbidden('只有牵头单位可以申请销号', 'Only the lead unit asks for closure');
        if (!comment) throw refuse('请说明完成情况', 'Say how the task was done', 'body.comment');
        if (body.attachmentIds.length === 0) throw refuse('申请销号须附佐证材料', 'A closure request needs evidence: attach at least one file', 'body.attachmentIds');
        const office = await deps.org.officeDepartmentId();
        if (!office) throw refuse('尚未设置营商办（需有营商办人员所在的部门）', 'No office department is set up yet (a department with office staff)');
        input.holders = [{ kind: 'department', id: office }];
        break;
      }
      case 'approve':
        if (t.needsSecondApproval) throw refuse('此任务须报自治区销号：请选择“审核通过，报自治区销号”', 'This task needs the province’s approval: submit it to the province instead');
        break;
      case 'submitProvince':
        if (!t.needsSecondApproval) throw refuse('此任务无需报自治区销号：请直接审核通过', 'This task needs no provincial approval: approve it instead');
        break;
      case 'sendBack':
      case 'provincialReject':
        if (!comment) throw refuse('请写明退回原因', 'Give the reasons for sending it back', 'body.comment');
        input.toState = 'doing';
        break;
      case 'cancel':
        if (!comment) throw refuse('请写明撤销原因', 'Give the reason for cancelling', 'body.comment');
        break;
    }
    return input;
  }

  /** The task's mirror columns after a step. */
  function mirrorOf(action: Action, result: ActionResult, now: Date): { changes: Partial<repo.NewTask>; increment: string[] } {
    const changes: Partial<repo.NewTask> = { state: result.next.state };
    if (result.next.state === 'closed') changes.closedAt = now;
    if (action === 'submitProvince') changes.provincialSubmittedAt = now;
    if (action === 'provincialAccept') changes.provincialAcceptedAt = now;
    return { changes, increment: action === 'sendBack' || action === 'provincialReject' ? ['sentBackCount'] : [] };
  }

  function noticeOf(t: repo.TaskRow, action: Action, comment: string | null): NotifyMessage {
    const label = taskWorkflow.actions[action]!.label;
    const words = action === 'requestClosure' ? { zh: `销号申请待审核：${t.number}`, en: `A closure to review: ${t.number}` } : { zh: `台账任务${label.zh}：${t.number}`, en: `Ledger task ${t.number}: ${label.en}` };
    return { kind: `ledger.${action}`, title: words, body: { zh: `${t.title}${comment ? `（${comment}）` : ''}`, en: `${t.title}${comment ? ` (${comment})` : ''}` }, link: taskLink(t.id) };
  }

  async function usersToTell(t: repo.TaskRow, action: Action): Promise<string[]> {
    if (action === 'requestClosure') {
      const office = await deps.org.officeDepartmentId();
      return office ? deps.org.membersOf(office, ['office']) : [];
    }
    if (!TELLS_UNIT.has(action)) return [];
    return deps.org.membersOf(t.leadDepartmentId, UNIT_ROLES);
  }

  /** A step on the closure path (the body's version is the task's). */
  async function act(actor: Actor, p: Principal, id: string, body: TaskActionBody, now = new Date()) {
    const found = await repo.findWithCase(db, id);
    if (!found || !mayRead(await viewerOf(deps, p), found.row)) throw notFound(what);
    const t = found.row;
    if (t.version !== body.version) throw staleTask(t.version);
    if (!t.caseId || !found.caseJson || !isOpen(t.state)) throw refuse('任务已结束，不能再办理', 'The task has ended: nothing more to do on it');
    const input = await inputOf(t, p, body);
    const current = deps.workflow.caseFromJson(found.caseJson);
    const tell = (await usersToTell(t, body.action)).filter((u) => u !== p.userId);
    const notice = tell.length ? deps.prepareNotice(tell, noticeOf(t, body.action, input.comment ?? null)) : null;
    const files = body.action === 'requestClosure' ? body.attachmentIds : [];
    try {
      await deps.workflow.act({
        caseId: t.caseId,
        action: body.action,
        actor,
        who: whoOf(p),
        input,
        version: current.version,
        current,
        now,
        writes: (result) => {
          const { changes, increment } = mirrorOf(body.action, result, now);
          const label = taskWorkflow.actions[body.action]!.label.zh;
          const writes: PendingWrite[] = [
            repo.updateTaskWrite(t.id, t.version, changes, increment),
            repo.insertReportWrite({ id: uuidv7(), taskId: t.id, at: now, authorId: p.userId, authorName: p.name, departmentId: p.departmentId, kind: KIND_OF[body.action], text: input.comment ? `${label}：${input.comment}` : label, progress: null, attachments: files }),
          ];
          if (notice?.write) writes.push(notice.write);
          return writes;
        },
        ...(files.length ? { effects: async (tx: Db) => deps.files.attach(tx, files, attachedTo(t.id), [p.userId]) } : {}),
      });
    } catch (error) {
      if (error instanceof WriteRefused && error.reason === repo.TASK_STALE) throw staleTask((await repo.findTask(db, id))?.version ?? t.version + 1);
      throw error;
    }
    await notice?.send().catch(() => undefined);
    return reads.get(p, id, now);
  }

  /** 挂牌督办: the office escalates an open task (one open escalation at a time) and tells the unit. */
  async function escalate(actor: Actor, p: Principal, id: string, body: EscalateBody, now = new Date()) {
    if (!isOffice(p)) throw forbidden('只有营商办可以挂牌督办', 'Only the office escalates tasks');
    const { t } = await reads.readable(p, id);
    if (t.version !== body.version) throw staleTask(t.version);
    if (!isOpen(t.state)) throw refuse('任务已结束，不能挂牌督办', 'The task has ended: it cannot be escalated');
    if (t.escalated) throw refuse('此任务已在挂牌督办中', 'This task is already escalated');
    if (body.answerBy && body.answerBy < t.startsOn) throw refuse('答复期限不能早于任务开始日期', 'The answer-by date cannot be before the task starts', 'body.answerBy');
    const escalationId = uuidv7();
    try {
      await runWrites(db, [
        repo.updateTaskWrite(t.id, t.version, { escalated: true }),
        repo.insertEscalationWrite({ id: escalationId, taskId: t.id, openedAt: now, openedBy: p.userId, reason: body.reason, level: body.level, answerBy: body.answerBy }),
        repo.insertReportWrite({ id: uuidv7(), taskId: t.id, at: now, authorId: p.userId, authorName: p.name, departmentId: p.departmentId, kind: 'escalation', text: `挂牌督办：${body.reason}`, progress: null, attachments: [] }),
        auditWrite(actor, { action: 'ledger.task.escalate', entity: 'ledger_task', entityId: t.id, change: { escalationId, reason: body.reason, level: body.level, answerBy: body.answerBy } }),
      ]);
    } catch (error) {
      if (error instanceof WriteRefused && error.reason === repo.TASK_STALE) throw staleTask((await repo.findTask(db, id))?.version ?? t.version + 1);
      throw error;
    }
    const answer = body.answerBy ? { zh: `，请于 ${body.answerBy} 前答复`, en: `; answer by ${body.answerBy}` } : { zh: '', en: '' };
    await tasks.tellUnit(t.leadDepartmentId, { kind: 'ledger.escalate', title: { zh: `台账任务被挂牌督办：${t.number}`, en: `Ledger task escalated: ${t.number}` }, body: { zh: `${t.title}：${body.reason}${answer.zh}`, en: `${t.title}: ${body.reason}${answer.en}` }, link: taskLink(t.id) }, p.userId);
    return reads.get(p, id, now);
  }

  /** Lifts an escalation (its own version) with a note; the task is no longer escalated. */
  async function lift(actor: Actor, p: Principal, id: string, escalationId: string, body: { version: number; note: string }, now = new Date()) {
    if (!isOffice(p)) throw forbidden('只有营商办可以解除挂牌督办', 'Only the office lifts escalations');
    const { t } = await reads.readable(p, id);
    const e = await repo.findEscalation(db, escalationId);
    if (!e || e.taskId !== t.id) throw notFound({ zh: '挂牌督办记录', en: 'Escalation' });
    if (e.version !== body.version) throw stale(e.version, '挂牌督办记录', 'escalation');
    if (e.liftedAt) throw refuse('此挂牌督办已解除', 'This escalation has been lifted already');
    const stillOpen = (await repo.openEscalations(db, t.id)).some((o) => o.id !== e.id);
    try {
      await runWrites(db, [
        repo.updateEscalationWrite(e.id, e.version, { liftedAt: now, liftedBy: p.userId, liftNote: body.note }),
        repo.mirrorTaskWrite(t.id, { escalated: stillOpen }),
        repo.insertReportWrite({ id: uuidv7(), taskId: t.id, at: now, authorId: p.userId, authorName: p.name, departmentId: p.departmentId, kind: 'escalation', text: `解除挂牌督办：${body.note}`, progress: null, attachments: [] }),
        auditWrite(actor, { action: 'ledger.task.lift', entity: 'ledger_escalation', entityId: e.id, change: { taskId: t.id, note: body.note } }),
      ]);
    } catch (error) {
      if (error instanceof WriteRefused && error.reason === repo.ESCALATION_STALE) throw stale((await repo.findEscalation(db, e.id))?.version ?? e.version + 1, '挂牌督办记录', 'escalation');
      throw error;
    }
    return reads.get(p, id, now);
  }

  return { act, escalate, lift };
}

export type Closure = ReturnType<typeof createClosure>;
