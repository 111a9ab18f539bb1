// Bulk ratings for the demo seed and the benchmark: each 差评's loop runs through the real engine
// functions (openCase, then applyAction for each planned step at its instant) and yields the rows the
// services would have written — the case, its history and queue, the rating's loop mirror — which are
// then inserted many at a time with the tally they add up to. Callers pass a transaction and append one
// audit row per batch. Not for request handlers.
import type { Calendar } from '../../../common/calendar/index.ts';
import { shanghaiDate } from '../../../common/calendar/index.ts';
import type { Db } from '../../platform/db/index.ts';
import { uuidv7 } from '../../platform/db/index.ts';
import { applyAction, openCase, workflowBulk, type ActionInput, type WorkflowActor, type WorkflowDefinition } from '../../platform/workflow/index.ts';
import * as repo from './repository.ts';
import { evaluationWindowSessions } from './tables.ts';
import { addTally, type Counts, type TallyKey } from './tally-repository.ts';
import { loopMirror } from './service/loops.ts';
import { contribution, isBad, tallyKeyOf } from './service/shared.ts';

export type { NewInvitation, NewRating } from './repository.ts';
export type NewWindowSession = typeof evaluationWindowSessions.$inferInsert;

export interface LoopStep {
  action: string;
  at: Date;
  by: WorkflowActor;
  /** Who the history names (null for a department's stand-in staff). */
  actorId: string | null;
  input?: ActionInput;
}

export interface SimulatedRatings {
  ratings: repo.NewRating[];
  cases: workflowBulk.NewCase[];
  history: workflowBulk.NewHistory[];
  queue: workflowBulk.NewAssignment[];
}

/**
 * The rows of ratings as given at `ratedAt`: a 差评 opens its loop then (held by the rated department) and
 * takes its steps in order; the engine refuses a step its rules do not allow, as the service would.
 */
export function simulateRatings(def: WorkflowDefinition, calendar: Calendar, loopDays: number, plans: { rating: Omit<repo.NewRating, 'level'> & { id: string }; steps?: LoopStep[] }[]): SimulatedRatings {
  const out: SimulatedRatings = { ratings: [], cases: [], history: [], queue: [] };
  for (const plan of plans) {
    const level = plan.rating.supplement?.level ?? plan.rating.first.level;
    let rating: repo.NewRating = { status: 'valid', version: 1, ...plan.rating, level, loopId: null, loopState: null };
    if (isBad(level)) {
      const at = plan.rating.ratedAt as Date;
      const caseId = uuidv7();
      let state = openCase(def, { initiatorId: null, holders: [{ kind: 'department', id: rating.departmentId }], limit: { unit: 'workingDays', value: loopDays } }, at, calendar);
      const caseRow: workflowBulk.NewCase = { id: caseId, workflow: def.key, subjectType: 'rating', subjectId: rating.id, initiatorId: null, ...workflowBulk.caseColumns(def, state, calendar), createdAt: at, updatedAt: at };
      out.history.push({ id: uuidv7(), caseId, seq: 1, at, action: 'open', actorId: null, fromState: state.state, toState: state.state, comment: null, attachments: [], data: {} });
      rating = { ...rating, loopId: caseId, loopState: state.state };
      let ledgerLate = false;
      for (const step of plan.steps ?? []) {
        const input: ActionInput = { ...step.input };
        if (step.action === 'completeFix') input.data = { late: state.stateDueAt !== null && step.at.getTime() > Date.parse(state.stateDueAt) };
        if (step.action === 'reopen') input.toState = 'verifying';
        const result = applyAction(def, state, step.action, step.by, input, step.at, calendar);
        if (step.action === 'completeFix' && result.entry.data.late === true) ledgerLate = true;
        state = result.next;
        Object.assign(caseRow, workflowBulk.caseColumns(def, state, calendar), { updatedAt: step.at });
        out.history.push({ id: uuidv7(), caseId, seq: state.version, at: step.at, action: result.entry.action, actorId: step.actorId, fromState: result.entry.fromState, toState: result.entry.toState, comment: result.entry.comment, attachments: result.entry.attachments, data: result.entry.data });
        rating = { ...rating, ...loopMirror(def, result, step.action, calendar, ledgerLate, step.at), version: (rating.version ?? 1) + 1, updatedAt: step.at };
      }
      out.cases.push(caseRow);
      out.queue.push(...workflowBulk.queueRowsOf(def, caseId, state, caseRow.dueAt ?? null));
    }
    out.ratings.push(rating);
  }
  return out;
}

/** Inserts invitations, window visits, simulated ratings with their loops, and appeals — and the tally they make. */
export async function insertRatings(tx: Db, rows: { invitations?: repo.NewInvitation[]; sessions?: NewWindowSession[]; simulated?: SimulatedRatings; appeals?: Parameters<typeof repo.insertAppealsBulk>[1] }) {
  const changes: { key: TallyKey; counts: Partial<Counts> }[] = [];
  if (rows.invitations?.length) {
    await repo.insertInvitationsBulk(tx, rows.invitations);
    for (const i of rows.invitations) changes.push({ key: { day: shanghaiDate(i.endedAt as Date), departmentId: i.departmentId, itemCode: i.itemCode ?? '', hallId: i.hallId ?? '', channel: 'online' }, counts: { invited: 1 } });
  }
  if (rows.sessions?.length) {
    for (let i = 0; i < rows.sessions.length; i += 1000) await tx.insert(evaluationWindowSessions).values(rows.sessions.slice(i, i + 1000));
    for (const s of rows.sessions) changes.push({ key: { day: shanghaiDate(s.createdAt as Date), departmentId: s.departmentId, itemCode: s.itemCode ?? '', hallId: s.hallId, channel: 'window' }, counts: { invited: 1 } });
  }
  const sim = rows.simulated;
  if (sim) {
    await workflowBulk.insertCases(tx, sim.cases);
    await workflowBulk.insertHistories(tx, sim.history);
    await workflowBulk.insertAssignments(tx, sim.queue);
    await repo.insertRatingsBulk(tx, sim.ratings);
    for (const r of sim.ratings) {
      const row = { status: 'valid', calledBackAt: null, loopState: null, loopOnTime: null, loopId: null, ...r } as repo.RatingRow;
      changes.push({ key: tallyKeyOf(row), counts: contribution(row) });
    }
  }
  if (rows.appeals?.length) await repo.insertAppealsBulk(tx, rows.appeals);
  await addTally(tx, changes);
}
