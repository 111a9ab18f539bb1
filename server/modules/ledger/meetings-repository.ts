// SQL of dispatch meetings (调度会): the records, the meeting held before another (whose frozen pack sets where the
// next pack starts), and the writes (a versioned update; holding stores the pack once).
import { and, desc, eq, getTableColumns, isNotNull, lte, ne, sql } from 'drizzle-orm';
import type { Db, PendingWrite } from '../../platform/db/index.ts';
import { insertRow, pending, toJson, updateRow } from '../../platform/db/index.ts';
import { ledgerMeetings } from './tables.ts';

export type MeetingRow = typeof ledgerMeetings.$inferSelect;
export type NewMeeting = typeof ledgerMeetings.$inferInsert;

export type MeetingHead = Omit<MeetingRow, 'pack'> & { held: boolean };

const { pack: _pack, ...headColumns } = getTableColumns(ledgerMeetings);
const heldColumn = sql<boolean>`(${ledgerMeetings.pack} is not null)`;

/** A meeting without its pack (a pack lists thousands of tasks), and whether it was held. */
export async function findMeeting(db: Db, id: string): Promise<MeetingHead | null> {
  const [row] = await db
    .select({ ...headColumns, held: heldColumn })
    .from(ledgerMeetings)
    .where(eq(ledgerMeetings.id, id));
  return row ?? null;
}

/** The pack frozen when the meeting was held (null until then). */
export async function frozenPack(db: Db, id: string): Promise<unknown> {
  const [row] = await db.select({ pack: ledgerMeetings.pack }).from(ledgerMeetings).where(eq(ledgerMeetings.id, id));
  return row?.pack === null || row?.pack === undefined ? null : toJson(row.pack);
}

/** Every meeting, latest first (a few a month: no paging), without their packs. */
export async function listMeetings(db: Db): Promise<MeetingHead[]> {
  return db
    .select({ ...headColumns, held: heldColumn })
    .from(ledgerMeetings)
    .orderBy(desc(ledgerMeetings.heldOn), desc(ledgerMeetings.createdAt));
}

/**
 * The last meeting held on or before `heldOn` (other than `exceptId`), with when its pack was frozen: the next pack
 * counts what was closed after that instant.
 */
export async function lastHeld(db: Db, f: { onOrBefore?: string; exceptId?: string }): Promise<{ id: string; heldOn: string; packAsOf: string | null } | null> {
  const where = [isNotNull(ledgerMeetings.pack)];
  if (f.onOrBefore) where.push(lte(ledgerMeetings.heldOn, f.onOrBefore));
  if (f.exceptId) where.push(ne(ledgerMeetings.id, f.exceptId));
  // Only the frozen pack's instant (a pack lists thousands of tasks; it is not read to find where the next starts).
  const [row] = await db
    .select({ id: ledgerMeetings.id, heldOn: ledgerMeetings.heldOn, packAsOf: sql<string | null>`${ledgerMeetings.pack}->>'asOf'` })
    .from(ledgerMeetings)
    .where(and(...where))
    .orderBy(desc(ledgerMeetings.heldOn), desc(ledgerMeetings.updatedAt))
    .limit(1);
  return row ? { id: row.id, heldOn: row.heldOn, packAsOf: row.packAsOf ?? null } : null;
}

export const insertMeetingWrite = (row: NewMeeting): PendingWrite => insertRow(ledgerMeetings, row as Record<string, unknown>);

/** A versioned update (refused as 'version' when someone changed the meeting meanwhile). */
export const updateMeetingWrite = (id: string, version: number, changes: Partial<NewMeeting>): PendingWrite =>
  updateRow(ledgerMeetings, { ...changes, updatedAt: new Date() }, { id, version }, { increment: ['version'], required: 'version' });

/** Freezes the pack, once: refused as 'held' when the meeting was held meanwhile. */
export const holdMeetingWrite = (id: string, pack: unknown): PendingWrite =>
  pending(
    sql`update ledger_meeting set pack = ${JSON.stringify(pack)}::jsonb, version = version + 1, updated_at = ${new Date().toISOString()}::timestamptz
        where id = ${id} and pack is null returning 1`,
    'held',
  );
