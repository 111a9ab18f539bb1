// 差评整改闭环: a bad rating's loop runs as a workflow case held by the rated department. A named person
// verifies (核实) and decides — fixed at once, a ledger item with its own deadline (the ledger room hears of
// it through an event), or an explanation when the complaint has no basis — then calls the rater back and
// closes. Each step mirrors onto the rating (loop_*) and the tally in the same transaction.
import type { LoopActionBody } from '../../../../common/api/evaluations.ts';
import type { Calendar } from '../../../../common/calendar/index.ts';
import type { Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { emitEvent, EVENT_TYPES } from '../../../platform/events/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import { deadlineState, type ActionInput, type ActionResult, type CaseView, type WorkflowDefinition } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import { addTally } from '../tally-repository.ts';
import { DECIDING_ACTIONS, DECISION_OF, LOOP_QUEUE_ROLES } from '../workflow.ts';
import { isStaff, refuse, seesAllRatings, staleRating, tallyChange, workflowActorOf, type EvaluationsDeps } from './shared.ts';

const loopWhat = { zh: '差评整改', en: 'Bad-rating loop' };
/** Steps only the named verifier (or whoever the loop was handed to by name) may take. */
const NAMED_ONLY = new Set([...DECIDING_ACTIONS, 'completeFix', 'callBack']);

/** Whether the user holds the case by name (or as a named holder's delegate): department queues do not count. */
export const holdsByName = (c: Pick<CaseView, 'holders'>, userId: string | null) =>
  userId !== null && c.holders.some((h) => (h.holder.kind === 'user' && h.holder.id === userId) || h.delegatedTo === userId);

/** The rating's loop mirror after an action (also computed by the bulk path, bulk.ts). */
export function loopMirror(def: WorkflowDefinition, result: ActionResult, action: string, calendar: Calendar, ledgerLate: boolean, now: Date): Partial<repo.NewRating> {
  const next = result.next;
  const out: Partial<repo.NewRating> = { loopState: next.state };
  if (DECISION_OF[action]) out.loopDecision = DECISION_OF[action];
  if (action === 'reopen') Object.assign(out, { loopDecision: null, calledBackAt: null, callbackContacted: null, callbackSatisfied: null });
  if (action === 'callBack') {
    out.calledBackAt = now;
    out.callbackContacted = Boolean(result.entry.data.contacted);
    out.callbackSatisfied = (result.entry.data.satisfied as boolean | null) ?? null;
  }
  if (next.state === 'closed') {
    out.loopClosedAt = now;
    out.loopOnTime = deadlineState(calendar, next.clock, now, def) !== 'overdue' && !ledgerLate;
  }
  return out;
}

export function createLoopService(database: Database, deps: EvaluationsDeps, def: WorkflowDefinition) {
  const { db } = database;

  /** Opens the loop inside the rating's transaction, held by the rated department's queue. */
  async function open(tx: Db, ratingId: string, departmentId: string, actor: Actor, now: Date): Promise<string> {
    const view = await deps.workflow.open(tx, def, { subjectType: 'rating', subjectId: ratingId, initiatorId: null, holders: [{ kind: 'department', id: departmentId }], limit: { unit: 'workingDays', value: deps.limits.loopDays } }, actor, now);
    return view.id;
  }

  /** Tells the department's people a 差评 arrived (after the commit). */
  async function announce(departmentId: string, ratingId: string, title: string) {
    const users = await deps.org.membersOf(departmentId, LOOP_QUEUE_ROLES);
    if (users.length) {
      await deps.notify(db, users, { kind: 'evaluation.bad', title: { zh: '收到差评，请指派核实人', en: 'A bad rating arrived: name who verifies it' }, body: { zh: title, en: title }, link: `/work/evaluations/${ratingId}` });
    }
  }

  /** Whether the principal may see and work on ratings of this department. */
  async function inScope(p: Principal, departmentId: string) {
    if (!isStaff(p)) return false;
    if (seesAllRatings(p)) return true;
    const visible = await deps.org.visibleDepartments(p);
    return visible === 'all' || visible.includes(departmentId);
  }

  async function inputFor(rating: repo.RatingRow, body: LoopActionBody, current: CaseView, p: Principal, now: Date): Promise<ActionInput> {
    const input: ActionInput = { comment: body.comment ?? null, attachments: body.attachments };
    const userId = p.userId ?? p.id;
    if (NAMED_ONLY.has(body.action) && !holdsByName(current, userId)) {
      throw refuse('差评须由具名核实人处理：请先指派核实人', 'A bad rating is handled by a named person: name the verifier first');
    }
    switch (body.action) {
      case 'assign':
      case 'handover': {
        if (!body.assigneeId) throw refuse('请选择核实人', 'Choose who verifies it', 'body.assigneeId');
        const members = await deps.org.membersOf(rating.departmentId, []);
        if (!members.includes(body.assigneeId)) throw refuse('核实人须是被评价部门的工作人员', 'The verifier must work in the rated department', 'body.assigneeId');
        input.holders = [{ kind: 'user', id: body.assigneeId }];
        break;
      }
      case 'completeFix':
        input.data = { late: current.stateDueAt !== null && now.getTime() > Date.parse(current.stateDueAt) };
        break;
      case 'callBack':
        if (body.contacted === undefined) throw refuse('请选择是否已联系上评价人', 'Say whether the rater was reached', 'body.contacted');
        if (body.contacted && body.satisfied === undefined) throw refuse('请记录评价人对整改是否满意', 'Record whether the rater is satisfied', 'body.satisfied');
        input.data = { contacted: body.contacted, satisfied: body.contacted ? body.satisfied : null };
        break;
      case 'reopen':
        input.toState = 'verifying';
        break;
    }
    return input;
  }

  return {
    open,
    announce,
    inScope,

    async act(actor: Actor, p: Principal, loopId: string, body: LoopActionBody, now = new Date()) {
      const rating = await repo.findRatingByLoop(db, loopId);
      if (!rating || !(await inScope(p, rating.departmentId))) throw notFound(loopWhat);
      if (body.action === 'void') throw refuse('撤销只能由申诉审核自动完成', 'A loop is voided only by an upheld appeal');
      const calendar = await deps.calendar();
      // A ledger fix finished after its own deadline makes the whole loop late (read before the transaction).
      const ledgerLate = body.action === 'callBack' ? (await deps.workflow.history(loopId)).some((h) => h.action === 'completeFix' && h.data.late === true) : false;
      const { result } = await deps.workflow.act({
        caseId: loopId,
        action: body.action,
        actor,
        who: workflowActorOf(p),
        input: (current) => inputFor(rating, body, current, p, now),
        version: body.version,
        now,
        effects: async (tx: Db, result: ActionResult) => {
          const after = await repo.updateRatingVersioned(tx, rating.id, rating.version, loopMirror(def, result, body.action, calendar, ledgerLate, now));
          if (!after) throw staleRating(rating.version + 1);
          await addTally(tx, tallyChange(rating, after));
          if (body.action === 'toLedger') {
            await emitEvent(tx, {
              type: EVENT_TYPES.ratingLedgerRequested,
              subjectType: 'rating',
              subjectId: rating.id,
              payload: { ratingId: rating.id, loopId, departmentId: rating.departmentId, title: rating.subjectTitle, dueAt: result.next.stateDueAt, comment: body.comment ?? null },
            });
          }
        },
      });
      const named = result.notify.filter((h) => h.kind === 'user').map((h) => h.id);
      if (named.length && ['assign', 'handover', 'urge', 'reopen'].includes(body.action)) {
        const label = def.actions[body.action]!.label;
        await deps.notify(db, named, { kind: `evaluation.${body.action}`, title: { zh: `差评整改：${label.zh}`, en: `Bad-rating loop: ${label.en}` }, body: { zh: rating.subjectTitle, en: rating.subjectTitle }, link: `/work/evaluations/${rating.id}` });
      }
      return rating.id;
    },

    /** People of the rated department who may be named to verify. */
    async assignees(p: Principal, loopId: string) {
      const rating = await repo.findRatingByLoop(db, loopId);
      if (!rating || !(await inScope(p, rating.departmentId))) throw notFound(loopWhat);
      const ids = await deps.org.membersOf(rating.departmentId, []);
      const names = await deps.org.userNames(ids);
      return ids.map((id) => ({ id, name: names.get(id) ?? id })).sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    },
  };
}

export type LoopService = ReturnType<typeof createLoopService>;
