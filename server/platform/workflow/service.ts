// Running cases: open one inside the caller's transaction, apply actions atomically against the
// case's version (history, queue rows, the module's own effects and the audit row in one
// transaction), read cases, queues and "what can I do now", and sweep for due-soon/overdue reminders.
import type { Calendar } from '../../../common/calendar/index.ts';
import { auditWrite, type Actor } from '../audit/index.ts';
import type { Database, Db } from '../db/index.ts';
import { runWrites, uuidv7, WriteRefused, type PendingWrite } from '../db/index.ts';
import { AppError, notFound } from '../errors/index.ts';
import { clockDueAt, deadlineState } from './clock.ts';
import { applyAction, availableActions, openCase } from './engine.ts';
import * as repo from './repository.ts';
import type { ActionInput, ActionResult, CaseState, DeadlineState, Holder, HolderEntry, WorkflowActor, WorkflowDefinition } from './types.ts';

const what = { zh: '案件', en: 'Case' };

export interface CaseView {
  id: string;
  workflow: string;
  subjectType: string;
  subjectId: string;
  state: string;
  stateLabel: { zh: string; en: string };
  holders: HolderEntry[];
  initiatorId: string | null;
  stateEnteredAt: string;
  stateDueAt: string | null;
  /** The case clock's deadline (null before it starts, or without a limit). */
  dueAt: string | null;
  deadline: DeadlineState;
  paused: boolean;
  ended: boolean;
  version: number;
}

export const holderKey = (h: Holder) => `${h.kind}:${h.id}`;

/** Queue rows: each holder, and the delegate of a delegated one (both see the case). */
export function holderKeys(state: CaseState): string[] {
  const keys = state.holders.flatMap((h) => [holderKey(h.holder), ...(h.delegatedTo ? [`user:${h.delegatedTo}`] : [])]);
  return [...new Set(keys)];
}

function stateOf(row: repo.CaseRow): CaseState {
  return {
    state: row.state,
    holders: row.holders,
    initiatorId: row.initiatorId,
    stateEnteredAt: row.stateEnteredAt.toISOString(),
    stateDueAt: row.stateDueAt ? row.stateDueAt.toISOString() : null,
    suspendedFrom: row.suspendedFrom,
    clock: row.clock,
    othersActed: row.othersActed,
    trail: row.trail,
    version: row.version,
  };
}

/** The case row's columns for a state (also written by the bulk path, bulk.ts). */
export function columnsOf(def: WorkflowDefinition, s: CaseState, calendar: Calendar) {
  const due = clockDueAt(calendar, s.clock);
  const ended = Boolean(def.states[s.state]?.end);
  return {
    state: s.state,
    holders: s.holders,
    stateEnteredAt: new Date(s.stateEnteredAt),
    stateDueAt: s.stateDueAt ? new Date(s.stateDueAt) : null,
    suspendedFrom: s.suspendedFrom,
    clock: s.clock,
    dueAt: s.clock.pausedAt ? null : due,
    ended,
    othersActed: s.othersActed,
    queueKey: ended ? null : (holderKeys(s)[0] ?? null),
    trail: s.trail,
    version: s.version,
  };
}

/**
 * The further queue rows of a case in a state: one per holder key after the first (the first is the case's own
 * queue_key, columnsOf), none once it has ended. Empty for a case with one holder, the usual one.
 */
export function queueRowsOf(def: WorkflowDefinition, caseId: string, s: CaseState, dueAt: Date | null): repo.NewAssignment[] {
  if (def.states[s.state]?.end) return [];
  const since = new Date(s.stateEnteredAt);
  return holderKeys(s).slice(1).map((key) => ({
    caseId,
    holderKey: key,
    workflow: def.key,
    state: s.state,
    dueAt,
    since,
  }));
}

export interface OpenOptions {
  subjectType: string;
  subjectId: string;
  initiatorId: string | null;
  holders: Holder[];
  limit: CaseState['clock']['limit'];
  maxExtension?: number;
  at?: string;
  /**
   * The caller's own audit row of the same operation names the case (its id and first state), so the opening needs
   * no row of its own: one audit row per business operation (a submission, a call taken) instead of two.
   */
  auditedByCaller?: boolean;
}

export function createWorkflowService(database: Database, deps: { calendar: (db?: Db) => Promise<Calendar> }) {
  const definitions = new Map<string, WorkflowDefinition>();
  const definitionOf = (key: string) => {
    const def = definitions.get(key);
    if (!def) throw new Error(`workflow ${key} is not registered`);
    return def;
  };

  function view(def: WorkflowDefinition, row: repo.CaseRow, calendar: Calendar, now: Date): CaseView {
    const s = stateOf(row);
    const due = clockDueAt(calendar, s.clock);
    return {
      id: row.id,
      workflow: row.workflow,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      state: row.state,
      stateLabel: def.states[row.state]?.label ?? { zh: row.state, en: row.state },
      holders: row.holders,
      initiatorId: row.initiatorId,
      stateEnteredAt: s.stateEnteredAt,
      stateDueAt: s.stateDueAt,
      dueAt: due ? due.toISOString() : null,
      deadline: deadlineState(calendar, s.clock, now, def),
      paused: Boolean(s.clock.pausedAt),
      ended: row.ended,
      version: row.version,
    };
  }

  const service = {
    /** A case row the caller read as jsonb together with its subject (one statement instead of two), for act's `current`. */
    caseFromJson: (json: Record<string, unknown> | string) => repo.caseFromJson(json),

    /** A registered definition by key (its states' labels and queue roles). */
    definition: (key: string) => definitionOf(key),

    /** Registers a checked definition (see defineWorkflow) under its key. */
    register(def: WorkflowDefinition) {
      if (definitions.has(def.key) && definitions.get(def.key) !== def) throw new Error(`workflow ${def.key} registered twice`);
      definitions.set(def.key, def);
      return def;
    },

    /** Opens a case inside the caller's transaction (the module writes its subject in the same one). */
    async open(tx: Db, def: WorkflowDefinition, options: OpenOptions, actor: Actor, now = new Date()): Promise<CaseView> {
      const { view: opened, writes } = await service.openWrites(tx, def, options, actor, now);
      await runWrites(tx, writes);
      return opened;
    },

    /**
     * Opening a case as writes not yet run — the case, its queue rows, its first history entry and the audit row —
     * for a caller that sends them in one statement with its own (runWrites); the view is what they will write.
     */
    async openWrites(db: Db, def: WorkflowDefinition, options: OpenOptions, actor: Actor, now = new Date()): Promise<{ view: CaseView; writes: PendingWrite[] }> {
      const calendar = await deps.calendar(db);
      const s = openCase(def, options, now, calendar);
      const id = uuidv7();
      const cols = columnsOf(def, s, calendar);
      const row = {
        id,
        workflow: def.key,
        subjectType: options.subjectType,
        subjectId: options.subjectId,
        initiatorId: options.initiatorId,
        ...cols,
      };
      const writes = [
        repo.caseInsert(row),
        ...repo.assignmentWrites(id, queueRowsOf(def, id, s, cols.dueAt), true),
        repo.historyInsert({
          id: uuidv7(),
          caseId: id,
          seq: 1,
          at: now,
          action: 'open',
          actorId: actor.type === 'user' ? actor.id : null,
          fromState: s.state,
          toState: s.state,
          comment: null,
          attachments: [],
          data: {},
        }),
        ...(options.auditedByCaller
          ? []
          : [
              auditWrite(actor, {
                action: `workflow.${def.key}.open`,
                entity: 'workflow_case',
                entityId: id,
                change: { subject: `${options.subjectType}:${options.subjectId}`, state: s.state },
              }),
            ]),
      ];
      // The view from what will be written (no read back).
      return {
        view: view(def, { ...row, createdAt: now, updatedAt: now } as repo.CaseRow, calendar, now),
        writes,
      };
    },

    /**
     * Applies an action if the case is still at `version`. Two people acting at once: one wins, the other gets 409
     * with the case's new state. `effects` runs in the same transaction (the module's own writes).
     */
    async act(args: {
      caseId: string;
      action: string;
      actor: Actor;
      who: WorkflowActor;
      /** The action's input, or a function of the case as it is now (checks that need its holders or deadlines). */
      input?: ActionInput | ((current: CaseView) => Promise<ActionInput>);
      version: number;
      now?: Date;
      effects?: (tx: Db, result: ActionResult, row: repo.CaseRow) => Promise<void>;
      /** The module's own writes that need no result (its row's mirror columns, an event): sent with the engine's. */
      writes?: (result: ActionResult, row: repo.CaseRow) => PendingWrite[] | Promise<PendingWrite[]>;
      /** The case as the caller just read it (caseFromJson), to save a read; its version is checked by the write all the same. */
      current?: repo.CaseRow;
    }): Promise<{ case: CaseView; result: ActionResult }> {
      const now = args.now ?? new Date();
      const row = args.current && args.current.id === args.caseId ? args.current : await repo.findCase(database.db, args.caseId);
      if (!row) throw notFound(what);
      const def = definitionOf(row.workflow);
      const conflict = (current: repo.CaseRow) => {
        const label = def.states[current.state]?.label ?? { zh: current.state, en: current.state };
        return new AppError('VERSION_CONFLICT', {
          zh: `案件已被他人处理，当前环节为“${label.zh}”（版本 ${current.version}），请刷新后重试`,
          en: `Someone else acted on this case first: it is now "${label.en}" (version ${current.version}); reload and try again`,
        });
      };
      if (row.version !== args.version) throw conflict(row);
      const calendar = await deps.calendar();
      const input = typeof args.input === 'function' ? await args.input(view(def, row, calendar, now)) : (args.input ?? {});
      const result = applyAction(def, stateOf(row), args.action, args.who, input, now, calendar);
      const cols = columnsOf(def, result.next, calendar);
      const e = result.entry;
      // The engine's writes and the module's pure ones go as one statement; a module with effects that read or
      // need results (an e-licence issued, a parent synchronised) gets a transaction around them.
      // Built before any transaction opens: a module's writes may read (cached) lookups, and on PGlite a read
      // outside an open transaction would wait for it forever.
      const writes = [
        repo.caseUpdate(row.id, args.version, cols),
        // Further queue rows only when the case had some or has some now: a one-holder case moves queue in its own row.
        ...(queueRowsOf(def, row.id, stateOf(row), null).length || holderKeys(result.next).length > 1 ? repo.assignmentWrites(row.id, queueRowsOf(def, row.id, result.next, cols.dueAt)) : []),
        repo.historyInsert({
          id: uuidv7(),
          caseId: row.id,
          seq: result.next.version,
          at: now,
          action: e.action,
          actorId: args.actor.type === 'user' ? args.actor.id : null,
          fromState: e.fromState,
          toState: e.toState,
          comment: e.comment,
          attachments: e.attachments,
          data: e.data,
        }),
        auditWrite(args.actor, {
          action: `workflow.${def.key}.${args.action}`,
          entity: 'workflow_case',
          entityId: row.id,
          change: { from: e.fromState, to: e.toState, version: result.next.version, ...e.data },
        }),
        ...(args.writes ? await args.writes(result, row) : []),
      ];
      try {
        const effects = args.effects;
        if (effects) {
          await database.db.transaction(async (tx) => {
            await runWrites(tx, writes);
            await effects(tx, result, row);
          });
        } else {
          await runWrites(database.db, writes);
        }
      } catch (error) {
        if (error instanceof WriteRefused && error.reason === 'version') throw conflict((await repo.findCase(database.db, row.id)) ?? row);
        throw error;
      }
      const after = { ...row, ...cols, version: result.next.version, updatedAt: now } as repo.CaseRow;
      return { case: view(def, after, calendar, now), result };
    },

    async get(caseId: string, now = new Date()): Promise<CaseView> {
      const row = await repo.findCase(database.db, caseId);
      if (!row) throw notFound(what);
      return view(definitionOf(row.workflow), row, await deps.calendar(), now);
    },

    async ofSubject(subjectType: string, subjectId: string, now = new Date()): Promise<CaseView[]> {
      const calendar = await deps.calendar();
      return (await repo.casesOfSubject(database.db, subjectType, subjectId)).map((r) => view(definitionOf(r.workflow), r, calendar, now));
    },

    history: (caseId: string) => repo.historyOf(database.db, caseId),

    /** Open cases sitting in `state` past that state's own deadline (for module sweeps such as deemed acceptance). */
    async pastStateDue(workflow: string, state: string, now = new Date(), limit = 200) {
      return (await repo.casesPastStateDue(database.db, workflow, state, now, limit)).map((r) => ({
        id: r.id,
        subjectId: r.subjectId,
        version: r.version,
        stateDueAt: r.stateDueAt,
      }));
    },

    /** "What can this user do now" on a case. */
    async actionsFor(caseId: string, who: WorkflowActor) {
      const row = await repo.findCase(database.db, caseId);
      if (!row) throw notFound(what);
      const def = definitionOf(row.workflow);
      return availableActions(def, stateOf(row), who).map((key) => ({
        key,
        label: def.actions[key]!.label,
        effect: def.actions[key]!.effect,
        commentRequired: Boolean(def.actions[key]!.commentRequired),
      }));
    },

    /** A user's work queue: what they or their department's queue hold, soonest deadline first. */
    async queue(filter: Omit<repo.QueueFilter, 'holderKeys'> & { who: WorkflowActor }, now = new Date()): Promise<CaseView[]> {
      const keys = [`user:${filter.who.userId}`, ...(filter.who.departmentId ? [`department:${filter.who.departmentId}`] : [])];
      const rows = await repo.queue(database.readDb, { ...filter, holderKeys: keys });
      const calendar = await deps.calendar();
      const cases = await Promise.all(rows.map((r) => repo.findCase(database.readDb, r.caseId)));
      return cases.filter((c): c is repo.CaseRow => c !== null).map((c) => view(definitionOf(c.workflow), c, calendar, now));
    },

    /**
     * Reminders: each open case due within `soonHours` (due_soon) or past due (overdue, looking back `lookbackDays`)
     * is handed to `send` once per kind and deadline. Returns how many were sent.
     */
    async sweep(send: (notice: { kind: 'due_soon' | 'overdue'; case: CaseView }) => Promise<void>, options: { now?: Date; soonHours?: number; lookbackDays?: number } = {}) {
      const now = options.now ?? new Date();
      const calendar = await deps.calendar();
      const rows = await repo.casesDueBetween(database.db, new Date(now.getTime() - (options.lookbackDays ?? 30) * 86_400_000), new Date(now.getTime() + (options.soonHours ?? 24) * 3_600_000), 1000);
      let sent = 0;
      for (const row of rows) {
        const kind = row.dueAt!.getTime() <= now.getTime() ? 'overdue' : 'due_soon';
        if (!(await repo.claimReminder(database.db, row.id, kind, row.dueAt!.getTime()))) continue;
        await send({ kind, case: view(definitionOf(row.workflow), row, calendar, now) });
        sent++;
      }
      return sent;
    },
  };
  return service;
}

export type WorkflowService = ReturnType<typeof createWorkflowService>;
