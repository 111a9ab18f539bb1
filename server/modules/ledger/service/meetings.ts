// 调度会 (dispatch meetings): the record (date, chair, units present, minutes), the pack prepared for it (live until
// the meeting is held, then frozen in ledger_meeting.pack so later changes do not alter what the meeting saw) and
// its decisions, each a task (source kind 'meeting', origin 'meeting_decision' with the id `<meetingId>:<uuid>`,
// made through the core's createFromOrigin). The office and admins write; routes say who reads.
import type { z } from 'zod';
import type { DecisionBody, MeetingBody, MeetingPack, MeetingView, meetingUpdateBody } from '../../../../common/api/ledger.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import { auditWrite, type Actor } from '../../../platform/audit/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { runWrites, uuidv7, WriteRefused } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import { decisionOriginId, decisionTasks, MEETING_DECISION, meetingOfDecision } from '../board-repository.ts';
import * as repo from '../meetings-repository.ts';
import { presentTaskRow } from './board-snapshot.ts';
import type { CreateFromOrigin } from './origin.ts';
import { livePack } from './pack.ts';
import { refuse, stale, type LedgerDeps, type RulesOf } from './shared.ts';

export type MeetingUpdateBody = z.infer<typeof meetingUpdateBody>;
export type { CreateFromOrigin };

const meetingWhat = { zh: '调度会', en: 'The dispatch meeting' };

export function createLedgerMeetings(database: Database, deps: LedgerDeps, rulesOf: RulesOf, createFromOrigin: CreateFromOrigin) {
  const { db } = database;

  /** The meetings as views, their decisions read in one query. */
  async function viewsOf(rows: repo.MeetingHead[], now: Date): Promise<MeetingView[]> {
    if (rows.length === 0) return [];
    const [decisions, calendar, rules, departments] = await Promise.all([decisionTasks(database.readDb, rows.map((r) => r.id)), deps.calendar(database.readDb), rulesOf(), deps.org.departments()]);
    const byId = new Map(departments.map((d) => [d.id, d]));
    const today = shanghaiDate(now);
    return rows.map((r) => ({
      id: r.id,
      heldOn: r.heldOn,
      title: r.title,
      chair: r.chair,
      location: r.location,
      presentDepartmentIds: r.presentDepartmentIds,
      minutes: r.minutes,
      held: r.held,
      decisions: decisions.filter((t) => meetingOfDecision(t.originId) === r.id).map((t) => presentTaskRow(t, byId, calendar, today, rules)),
      version: r.version,
    }));
  }

  async function found(id: string, d = database.readDb) {
    const row = await repo.findMeeting(d, id);
    if (!row) throw notFound(meetingWhat);
    return row;
  }

  async function get(id: string, now: Date = new Date()): Promise<MeetingView> {
    const row = await found(id, db);
    return (await viewsOf([row], now))[0]!;
  }

  /** The pack for a meeting not held yet (or the live one: meeting null), as things stand at `now`. */
  async function computePack(meeting: repo.MeetingHead | null, now: Date): Promise<MeetingPack> {
    const previous = meeting ? await repo.lastHeld(db, { onOrBefore: meeting.heldOn, exceptId: meeting.id }) : await repo.lastHeld(db, {});
    return livePack(database, deps, rulesOf, { now, meetingId: meeting?.id ?? null, previous });
  }

  /** Every unit said to be present must be a department of the platform. */
  async function checkPresent(ids: readonly string[] | undefined) {
    if (!ids?.length) return;
    const known = new Set((await deps.org.departments()).map((d) => d.id));
    const unknown = ids.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw refuse('参会单位不存在，请从单位列表中选择', 'A unit present is no department of the platform; pick it from the list', `body.presentDepartmentIds.${unknown}`);
  }

  return {
    /** Every meeting, latest first. */
    async list(now: Date = new Date()): Promise<MeetingView[]> {
      return viewsOf(await repo.listMeetings(database.readDb), now);
    },

    get,

    async create(actor: Actor, body: MeetingBody): Promise<MeetingView> {
      await checkPresent(body.presentDepartmentIds);
      const id = uuidv7();
      const now = new Date();
      await runWrites(db, [
        repo.insertMeetingWrite({ id, ...body, pack: null, version: 1, createdAt: now, updatedAt: now }),
        auditWrite(actor, { action: 'ledger.meeting.create', entity: 'ledger_meeting', entityId: id, change: body }),
      ]);
      return get(id);
    },

    async update(actor: Actor, id: string, body: MeetingUpdateBody): Promise<MeetingView> {
      const row = await found(id, db);
      const { version, ...changes } = body;
      await checkPresent(changes.presentDepartmentIds);
      if (row.held && changes.heldOn !== undefined && changes.heldOn !== row.heldOn)
        throw refuse('会议已召开，材料已按当日固定，不能再改会议日期', 'The meeting was held and its pack frozen: its date cannot change', 'heldOn');
      const before = Object.fromEntries(Object.keys(changes).map((k) => [k, row[k as keyof typeof row]]));
      try {
        await runWrites(db, [
          repo.updateMeetingWrite(id, version, changes),
          auditWrite(actor, { action: 'ledger.meeting.update', entity: 'ledger_meeting', entityId: id, change: { before, after: changes } }),
        ]);
      } catch (error) {
        if (error instanceof WriteRefused) throw stale((await found(id, db)).version, '调度会', 'meeting');
        throw error;
      }
      return get(id);
    },

    /** Holds the meeting: its pack, as things stand at `now`, is frozen (once). */
    async hold(actor: Actor, id: string, now: Date = new Date()): Promise<MeetingView> {
      const row = await found(id, db);
      if (row.held) throw refuse('会议已召开，材料已固定', 'The meeting was already held; its pack is frozen');
      if (row.heldOn > shanghaiDate(now)) throw refuse(`会议日期（${row.heldOn}）未到，不能召开`, `The meeting is set for ${row.heldOn}: it cannot be held before then`, 'heldOn');
      const pack = await computePack(row, now);
      try {
        await runWrites(db, [
          repo.holdMeetingWrite(id, pack),
          auditWrite(actor, { action: 'ledger.meeting.hold', entity: 'ledger_meeting', entityId: id, change: { asOf: pack.asOf, since: pack.since, totals: pack.totals } }),
        ]);
      } catch (error) {
        if (error instanceof WriteRefused) throw refuse('会议已召开，材料已固定', 'The meeting was already held; its pack is frozen');
        throw error;
      }
      return get(id, now);
    },

    /** A held meeting's frozen pack; a meeting not held yet, or none (the live pack), as things stand at `now`. */
    async pack(meetingId: string | null, now: Date = new Date()): Promise<MeetingPack> {
      if (!meetingId) return computePack(null, now);
      const row = await found(meetingId, db);
      return row.held ? ((await repo.frozenPack(db, meetingId)) as MeetingPack) : computePack(row, now);
    },

    /** The origin a decision of this meeting carries (for writers in bulk: the demo seed). */
    decisionOrigin(meetingId: string): { originType: string; originId: string } {
      return { originType: MEETING_DECISION, originId: decisionOriginId(meetingId, uuidv7()) };
    },

    /** A decision of the meeting: a task led by the unit named, from the meeting's day to its deadline. */
    async addDecision(actor: Actor, meetingId: string, body: DecisionBody): Promise<{ id: string; number: string }> {
      const row = await found(meetingId, db);
      if (body.dueOn < row.heldOn) throw refuse('完成时限不能早于会议日期', 'The deadline cannot be before the meeting', 'dueOn');
      const made = await createFromOrigin(actor, {
        sourceKind: 'meeting',
        originType: MEETING_DECISION,
        originId: decisionOriginId(meetingId, uuidv7()),
        title: body.title,
        detail: `${row.title}（${row.heldOn}）议定事项`,
        leadDepartmentId: body.leadDepartmentId,
        supportDepartmentIds: body.supportDepartmentIds,
        startsOn: row.heldOn,
        dueOn: body.dueOn,
        expectedResult: body.expectedResult,
      });
      return { id: made.id, number: made.number };
    },
  };
}
export type LedgerMeetings = ReturnType<typeof createLedgerMeetings>;
