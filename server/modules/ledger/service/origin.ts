// Tasks made from something else: a 差评 that needs a longer fix, a hall inspection's finding, a dispatch
// meeting's decision, an enterprise's problem. Each is filed once (the unique (origin_type, origin_id) index) under
// the standing source of its kind and year (HALL-2026, RATING-2026 …, made on demand, its period the whole year).
// The 差评 reader turns each `evaluation.ledger_requested` event into a task, through the events cursor so none is
// missed or doubled.
import { addCalendarDays, shanghaiDate, type IsoDate } from '../../../../common/calendar/index.ts';
import { SOURCE_KIND_LABELS, type SourceKind } from '../../../../common/ledger/vocabulary.ts';
import { auditWrite, systemActor, type Actor } from '../../../platform/audit/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { runWrites, uuidv7 } from '../../../platform/db/index.ts';
import { consumeEvents, EVENT_TYPES, type DomainEvent } from '../../../platform/events/index.ts';
import * as structure from '../structure-repository.ts';
import * as repo from '../tasks-repository.ts';
import { refuse, type LedgerDeps } from './shared.ts';
import type { Tasks } from './tasks.ts';

export interface OriginInput {
  sourceKind: SourceKind;
  originType: string;
  originId: string;
  title: string;
  detail?: string;
  leadDepartmentId: string;
  supportDepartmentIds?: string[];
  startsOn?: IsoDate;
  dueOn: IsoDate;
  expectedResult?: string;
  sourceId?: string;
  /** When it is recorded (the moment the origin was: a seed's past, or now). */
  at?: Date;
}
export type CreateFromOrigin = (actor: Actor, input: OriginInput, tx?: Db) => Promise<{ id: string; number: string; created: boolean }>;

/** What the evaluations room records when a 差评 goes on the ledger (server/modules/evaluations/service/loops.ts). */
export interface RatingLedgerPayload {
  ratingId: string;
  loopId: string;
  departmentId: string;
  title: string;
  /** The fix's deadline (the loop's rectifying step), an instant; null when the loop set none. */
  dueAt: string | null;
  comment: string | null;
}

export const RATING_READER = 'ledger.rating-tasks';
/** Working days a 差评 fix gets when the event names no deadline. */
export const RATING_FIX_DAYS = 15;

const PREFIX: Record<SourceKind, string> = {
  provincial_feedback: 'PFB',
  provincial_plan: 'PPLAN',
  city_plan: 'CPLAN',
  leader_instruction: 'LEADER',
  hall_inspection: 'HALL',
  bad_rating: 'RATING',
  meeting: 'MEETING',
  enterprise: 'ENT',
};
export const standingCode = (kind: SourceKind, year: number) => `${PREFIX[kind]}-${year}`;

/** A unique-index violation (both drivers carry SQLSTATE 23505, possibly wrapped). */
function isUniqueViolation(error: unknown): boolean {
  for (let e = error as { code?: string; cause?: unknown } | undefined, depth = 0; e && depth < 4; e = e.cause as typeof e, depth++) if (e.code === '23505') return true;
  return false;
}

export function createOrigin(database: Database, deps: LedgerDeps, tasks: Tasks) {
  const { db } = database;

  /** The standing source of a kind and year, made when first needed. */
  async function standingSource(d: Db, actor: Actor, kind: SourceKind, year: number): Promise<string> {
    const code = standingCode(kind, year);
    const found = await structure.findSourceByCode(d, code);
    if (found) return found.id;
    const id = uuidv7();
    const label = SOURCE_KIND_LABELS[kind];
    await runWrites(d, [
      structure.ensureSourceWrite({ id, kind, code, title: `${label.zh}（${year}年）`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31`, note: `${label.en}, ${year}: made when its first task arrived` }),
      auditWrite(actor, { action: 'ledger.source.create', entity: 'ledger_source', entityId: id, change: { kind, code, standing: true } }),
    ]);
    return (await structure.findSourceByCode(d, code))!.id;
  }

  /**
   * A task made from something else, once: a second call with the same origin answers the first task. With `tx`
   * everything is written inside it (and nothing is read outside it).
   */
  const createFromOrigin: CreateFromOrigin = async (actor, input, tx) => {
    const d = tx ?? db;
    const existing = await repo.findByOrigin(d, input.originType, input.originId);
    if (existing) return { id: existing.id, number: existing.number, created: false };
    const now = input.at ?? new Date();
    const startsOn = input.startsOn ?? shanghaiDate(now);
    if (input.dueOn < startsOn) throw refuse('完成时限不能早于开始日期', 'The deadline cannot be before the start', 'dueOn');
    // Department names are read outside a transaction only (on PGlite a read beside an open transaction waits for it).
    if (!tx) await tasks.checkDepartments(input.leadDepartmentId, input.supportDepartmentIds);
    let sourceId = input.sourceId;
    if (sourceId) {
      if (!(await structure.findSource(d, sourceId))) throw refuse('台账来源不存在', 'No such ledger source', 'sourceId');
    } else {
      sourceId = await standingSource(d, actor, input.sourceKind, Number(startsOn.slice(0, 4)));
    }
    const body = {
      sourceId,
      issueId: null,
      measureId: null,
      title: input.title.slice(0, 500),
      detail: (input.detail ?? '').slice(0, 4000),
      leadDepartmentId: input.leadDepartmentId,
      supportDepartmentIds: input.supportDepartmentIds ?? [],
      startsOn,
      dueOn: input.dueOn,
      expectedResult: input.expectedResult ?? '',
      needsSecondApproval: false,
      originType: input.originType,
      originId: input.originId,
    };
    try {
      const created = await tasks.insert(actor, body, now, tx);
      return { ...created, created: true };
    } catch (error) {
      // Filed meanwhile by another process: answer that task (inside a caller's transaction the error stands).
      if (tx || !isUniqueViolation(error)) throw error;
      const again = await repo.findByOrigin(db, input.originType, input.originId);
      if (!again) throw error;
      return { id: again.id, number: again.number, created: false };
    }
  };

  /** The task a 差评 event asks for: the rated department leads it; due on the fix's deadline (or in 15 working days). */
  async function ratingTask(tx: Db, event: DomainEvent) {
    const p = event.payload as unknown as RatingLedgerPayload;
    if (!p.ratingId || !p.departmentId) return;
    const calendar = await deps.calendar(tx);
    const startsOn = shanghaiDate(event.createdAt);
    let dueOn = p.dueAt && !Number.isNaN(Date.parse(p.dueAt)) ? shanghaiDate(new Date(p.dueAt)) : safeAdd(calendar.addWorkingDays, startsOn);
    if (dueOn < startsOn) dueOn = startsOn;
    const title = p.title?.trim() || '差评整改';
    await createFromOrigin(
      systemActor,
      { sourceKind: 'bad_rating', originType: 'rating', originId: p.ratingId, title: `差评整改：${title}`, detail: p.comment ?? '', leadDepartmentId: p.departmentId, startsOn, dueOn, expectedResult: '整改到位并回访评价人' },
      tx,
    );
  }

  /** Reads the 差评 events not handled yet; returns how many were handled. */
  async function syncRatings(): Promise<number> {
    return consumeEvents(database, RATING_READER, EVENT_TYPES.ratingLedgerRequested, async (tx, events) => {
      for (const e of events) await ratingTask(tx, e);
    });
  }

  return { createFromOrigin, syncRatings };
}

/** 15 working days on, or three calendar weeks when the calendar has no data for the year it runs into. */
function safeAdd(add: (d: IsoDate, n: number) => IsoDate, from: IsoDate): IsoDate {
  try {
    return add(from, RATING_FIX_DAYS);
  } catch {
    return addCalendarDays(from, 21);
  }
}

export type Origin = ReturnType<typeof createOrigin>;
