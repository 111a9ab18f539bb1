// How a rating is shown to whoever asks. The rater's identity is the one thing guarded here: the office sees
// it; for a real-name rating, so does the person who holds its loop by name; the rater sees their own; nobody
// else — not the rated department's queue, not the public.
import type { AppealView, LoopView, RatingView } from '../../../../common/api/evaluations.ts';
import { LOOP_STATE_LABELS, type LoopState } from '../../../../common/api/evaluations.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { CaseView, WorkflowDefinition } from '../../../platform/workflow/index.ts';
import type { AppealRow, RatingRow } from '../repository.ts';
import { holdsByName } from './loops.ts';
import { isBad, isOffice, workflowActorOf, type EvaluationsDeps } from './shared.ts';

type Names = Map<string, string>;
type LoopSummary = Omit<LoopView, 'actions' | 'history'>;

const score = (s: RatingRow['first']) => ({ level: s.level, dimensions: s.dimensions, comment: s.comment, ratedAt: s.ratedAt });

/** Whether this principal may know who gave the rating. */
export function seesRater(p: Principal | null, r: RatingRow, loop: Pick<CaseView, 'holders'> | null): boolean {
  if (!p) return false;
  if (p.userId && p.userId === r.raterUserId) return true;
  if (isOffice(p)) return true;
  return r.realName && loop !== null && holdsByName(loop, p.userId ?? p.id);
}

/** The loop's light: its own clock, or the step's deadline when that is what runs (a ledger fix). */
function loopDeadline(c: CaseView, now: Date): LoopView['deadline'] {
  if (c.ended) return 'none';
  if (c.stateDueAt && Date.parse(c.stateDueAt) < now.getTime()) return 'overdue';
  return c.deadline;
}

export function loopSummary(r: RatingRow, c: CaseView, names: Names, now: Date): LoopSummary {
  const state = (r.loopState ?? c.state) as LoopState;
  return {
    id: c.id,
    state,
    stateLabel: LOOP_STATE_LABELS[state] ?? c.stateLabel,
    holders: c.holders.map((h) => ({ kind: h.holder.kind, id: h.holder.id, name: names.get(h.holder.id) ?? h.holder.id })),
    // While a ledger fix runs the loop's clock stands still: its deadline is not known until the clock runs again.
    dueAt: c.paused ? null : c.dueAt,
    stateDueAt: c.stateDueAt,
    deadline: loopDeadline(c, now),
    decision: (r.loopDecision as LoopView['decision']) ?? null,
    calledBack: r.calledBackAt ? { at: r.calledBackAt.toISOString(), contacted: Boolean(r.callbackContacted), satisfied: r.callbackSatisfied } : null,
    closedAt: r.loopClosedAt?.toISOString() ?? null,
    onTime: r.loopOnTime,
    version: c.version,
  };
}

export function ratingBase(p: Principal | null, r: RatingRow, c: CaseView | null, names: Names, now: Date, raterName: string | null) {
  return {
    id: r.id,
    channel: r.channel as RatingView['channel'],
    subjectType: r.subjectType as RatingView['subjectType'],
    subjectId: r.subjectId,
    subjectTitle: r.subjectTitle,
    subjectNumber: r.subjectNumber,
    departmentId: r.departmentId,
    departmentName: names.get(r.departmentId) ?? r.departmentId,
    itemCode: r.itemCode,
    hallId: r.hallId,
    hallName: r.hallId ? (names.get(r.hallId) ?? null) : null,
    first: score(r.first),
    supplement: r.supplement ? score(r.supplement) : null,
    level: r.level,
    bad: isBad(r.level),
    realName: r.realName,
    rater: seesRater(p, r, c) && (r.raterUserId || raterName) ? { userId: r.raterUserId, name: raterName ?? '—', phoneMasked: null } : null,
    status: r.status as RatingView['status'],
    removedReason: r.removedReason,
    loop: c ? loopSummary(r, c, names, now) : null,
    mayAppeal: false,
    version: r.version,
  };
}

export function appealView(a: AppealRow, names: Names, evidence: Map<string, { id: string; name: string }>): AppealView {
  return {
    id: a.id,
    status: a.status as AppealView['status'],
    reason: a.reason,
    evidence: a.evidence.map((id) => evidence.get(id) ?? { id, name: id }),
    filedByName: names.get(a.filedBy) ?? '—',
    filedAt: a.filedAt.toISOString(),
    decisionComment: a.decisionComment,
    decidedByName: a.decidedBy ? (names.get(a.decidedBy) ?? '—') : null,
    decidedAt: a.decidedAt?.toISOString() ?? null,
    version: a.version,
  };
}

/** The full view: the loop with the user's possible actions and its history, the appeals, whether one may be filed. */
export async function ratingDetail(deps: EvaluationsDeps, def: WorkflowDefinition, p: Principal | null, r: RatingRow, appeals: AppealRow[], now: Date): Promise<RatingView> {
  const loop = r.loopId ? await deps.workflow.get(r.loopId, now) : null;
  const history = loop ? await deps.workflow.history(loop.id) : [];
  const departments = await deps.org.departments();
  const userIds = [...(loop?.holders.filter((h) => h.holder.kind === 'user').map((h) => h.holder.id) ?? []), ...history.map((h) => h.actorId).filter((x): x is string => x !== null), ...appeals.flatMap((a) => [a.filedBy, a.decidedBy ?? '']).filter(Boolean), ...(r.raterUserId ? [r.raterUserId] : [])];
  const names: Names = new Map([...departments.map((d) => [d.id, d.name] as const), ...(await deps.org.userNames([...new Set(userIds)]))]);
  const evidence = await deps.files.describe(appeals.flatMap((a) => a.evidence));
  const base = ratingBase(p, r, loop, names, now, r.raterUserId ? (names.get(r.raterUserId) ?? null) : null);
  const staffOfDepartment = p !== null && p.departmentId === r.departmentId && hasAnyRole(p, ['approver', 'leader']);
  let actions: LoopView['actions'] = [];
  if (loop && p && !loop.ended) {
    const userId = p.userId ?? p.id;
    const named = holdsByName(loop, userId);
    actions = (await deps.workflow.actionsFor(loop.id, workflowActorOf(p)))
      .filter((a) => a.key !== 'void' && (named || !['fixNow', 'toLedger', 'explain', 'completeFix', 'callBack'].includes(a.key)))
      .map((a) => ({ key: a.key, label: a.label, commentRequired: a.commentRequired }));
  }
  return {
    ...base,
    loop: loop && base.loop ? { ...base.loop, actions, history: history.map((h) => ({ at: h.at.toISOString(), action: h.action, actionLabel: def.actions[h.action]?.label ?? { zh: '发起', en: 'Opened' }, actorName: h.actorId ? (names.get(h.actorId) ?? null) : null, fromState: h.fromState, toState: h.toState, comment: h.comment, data: h.data })) } : null,
    appeals: appeals.map((a) => appealView(a, names, evidence)),
    mayAppeal: staffOfDepartment && r.status === 'valid' && appeals.length === 0,
  };
}
