// SQL for 好差评: invitations, window visits, ratings (with their loop mirror) and appeals.
import { and, desc, eq, gte, inArray, isNull, lt, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { insertRecordset, toInstant } from '../../platform/db/index.ts';
import { evaluationInvitations, evaluationWindowSessions, ratingAppeals, ratings } from './tables.ts';

export type InvitationRow = typeof evaluationInvitations.$inferSelect;
export type NewInvitation = typeof evaluationInvitations.$inferInsert;
export type SessionRow = typeof evaluationWindowSessions.$inferSelect;
export type RatingRow = typeof ratings.$inferSelect;
export type NewRating = typeof ratings.$inferInsert;
export type AppealRow = typeof ratingAppeals.$inferSelect;

const at = (v: Date | string | null) => (v === null ? null : toInstant(v));
const invitation = (r: InvitationRow): InvitationRow => ({ ...r, endedAt: toInstant(r.endedAt), rateUntil: toInstant(r.rateUntil) });
const session = (r: SessionRow): SessionRow => ({ ...r, expiresAt: toInstant(r.expiresAt), createdAt: toInstant(r.createdAt) });
export const rating = (r: RatingRow): RatingRow => ({
  ...r,
  ratedAt: toInstant(r.ratedAt),
  removedAt: at(r.removedAt),
  calledBackAt: at(r.calledBackAt),
  loopClosedAt: at(r.loopClosedAt),
  createdAt: toInstant(r.createdAt),
  updatedAt: toInstant(r.updatedAt),
});
const appeal = (r: AppealRow): AppealRow => ({ ...r, filedAt: toInstant(r.filedAt), decidedAt: at(r.decidedAt) });

// — invitations —

/** Inserts invitations not yet recorded; returns the ones inserted (a replayed event adds nothing). */
export async function insertInvitations(db: Db, rows: NewInvitation[]): Promise<InvitationRow[]> {
  if (!rows.length) return [];
  const added = await db.insert(evaluationInvitations).values(rows).onConflictDoNothing().returning();
  return added.map(invitation);
}

export async function insertInvitationsBulk(db: Db, rows: NewInvitation[]) {
  for (let i = 0; i < rows.length; i += 1000) await insertRecordset(db, evaluationInvitations, rows.slice(i, i + 1000));
}

export async function findInvitation(db: Db, subjectType: string, subjectId: string): Promise<InvitationRow | null> {
  const [row] = await db.select().from(evaluationInvitations).where(and(eq(evaluationInvitations.subjectType, subjectType), eq(evaluationInvitations.subjectId, subjectId)));
  return row ? invitation(row) : null;
}

export async function invitationsOf(db: Db, userId: string, limit = 200): Promise<InvitationRow[]> {
  const rows = await db.select().from(evaluationInvitations).where(eq(evaluationInvitations.raterUserId, userId)).orderBy(desc(evaluationInvitations.endedAt)).limit(limit);
  return rows.map(invitation);
}

export async function setInvitationRating(db: Db, id: string, ratingId: string) {
  await db.update(evaluationInvitations).set({ ratingId }).where(eq(evaluationInvitations.id, id));
}

// — window visits —

export async function insertSession(db: Db, row: typeof evaluationWindowSessions.$inferInsert) {
  await db.insert(evaluationWindowSessions).values(row);
}

export async function findSession(db: Db, id: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(evaluationWindowSessions).where(eq(evaluationWindowSessions.id, id));
  return row ? session(row) : null;
}

export async function findSessionByToken(db: Db, tokenHash: string): Promise<SessionRow | null> {
  const [row] = await db.select().from(evaluationWindowSessions).where(eq(evaluationWindowSessions.tokenHash, tokenHash));
  return row ? session(row) : null;
}

/** Binds the rating to the visit if it has none yet (one rating per visit, even with two taps at once). */
export async function claimSession(db: Db, id: string, ratingId: string): Promise<boolean> {
  const rows = await db.update(evaluationWindowSessions).set({ ratingId }).where(and(eq(evaluationWindowSessions.id, id), isNull(evaluationWindowSessions.ratingId))).returning({ id: evaluationWindowSessions.id });
  return rows.length === 1;
}

// — ratings —

export async function insertRating(db: Db, row: NewRating) {
  await db.insert(ratings).values(row);
}

export async function insertRatingsBulk(db: Db, rows: NewRating[]) {
  for (let i = 0; i < rows.length; i += 1000) await insertRecordset(db, ratings, rows.slice(i, i + 1000));
}

export async function findRating(db: Db, id: string): Promise<RatingRow | null> {
  const [row] = await db.select().from(ratings).where(eq(ratings.id, id));
  return row ? rating(row) : null;
}

export async function findRatingByLoop(db: Db, loopId: string): Promise<RatingRow | null> {
  const [row] = await db.select().from(ratings).where(eq(ratings.loopId, loopId));
  return row ? rating(row) : null;
}

/** Changes a rating if it is still at `version`; returns the new row, or null when someone changed it first. */
export async function updateRatingVersioned(db: Db, id: string, version: number, patch: Partial<NewRating>): Promise<RatingRow | null> {
  const [row] = await db
    .update(ratings)
    .set({ ...patch, version: sql`${ratings.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(ratings.id, id), eq(ratings.version, version)))
    .returning();
  return row ? rating(row) : null;
}

/** Public reviews from one source since an instant (a simple guard against flooding). */
export async function countFromSource(db: Db, sourceHash: string, since: Date): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(ratings).where(and(eq(ratings.sourceHash, sourceHash), gte(ratings.ratedAt, since)));
  return Number(row?.n ?? 0);
}

export interface RatingFilter {
  departmentIds?: string[] | 'all';
  departmentId?: string;
  itemCode?: string;
  hallId?: string;
  channel?: string;
  level?: number;
  bad?: boolean;
  loopState?: string;
  status?: string;
  loopIds?: string[];
  from?: Date;
  to?: Date;
}

function whereOf(f: RatingFilter): SQL | undefined {
  const parts: SQL[] = [];
  if (f.departmentIds && f.departmentIds !== 'all') parts.push(f.departmentIds.length ? inArray(ratings.departmentId, f.departmentIds) : sql`false`);
  if (f.departmentId) parts.push(eq(ratings.departmentId, f.departmentId));
  if (f.itemCode) parts.push(eq(ratings.itemCode, f.itemCode));
  if (f.hallId) parts.push(eq(ratings.hallId, f.hallId));
  if (f.channel) parts.push(eq(ratings.channel, f.channel));
  if (f.level) parts.push(eq(ratings.level, f.level));
  if (f.bad !== undefined) parts.push(f.bad ? sql`${ratings.level} <= 2` : sql`${ratings.level} > 2`);
  if (f.loopState) parts.push(eq(ratings.loopState, f.loopState));
  if (f.status) parts.push(eq(ratings.status, f.status));
  if (f.loopIds) parts.push(f.loopIds.length ? inArray(ratings.loopId, f.loopIds) : sql`false`);
  if (f.from) parts.push(gte(ratings.ratedAt, f.from));
  if (f.to) parts.push(lt(ratings.ratedAt, f.to));
  return parts.length ? and(...parts) : undefined;
}

export async function listRatings(db: Db, f: RatingFilter, page: number, pageSize: number): Promise<{ rows: RatingRow[]; total: number }> {
  const where = whereOf(f);
  const [rows, [count]] = await Promise.all([
    db.select().from(ratings).where(where).orderBy(desc(ratings.ratedAt), desc(ratings.id)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)` }).from(ratings).where(where),
  ]);
  return { rows: rows.map(rating), total: Number(count?.n ?? 0) };
}

export async function ratingsByIds(db: Db, ids: string[]): Promise<RatingRow[]> {
  if (!ids.length) return [];
  return (await db.select().from(ratings).where(inArray(ratings.id, ids))).map(rating);
}

// — appeals —

export async function insertAppeal(db: Db, row: typeof ratingAppeals.$inferInsert) {
  await db.insert(ratingAppeals).values(row);
}

export async function findAppeal(db: Db, id: string): Promise<AppealRow | null> {
  const [row] = await db.select().from(ratingAppeals).where(eq(ratingAppeals.id, id));
  return row ? appeal(row) : null;
}

export async function appealsOf(db: Db, ratingId: string): Promise<AppealRow[]> {
  return (await db.select().from(ratingAppeals).where(eq(ratingAppeals.ratingId, ratingId)).orderBy(desc(ratingAppeals.filedAt))).map(appeal);
}

export async function listAppeals(db: Db, status: string | undefined, page: number, pageSize: number): Promise<{ rows: AppealRow[]; total: number }> {
  const where = status ? eq(ratingAppeals.status, status) : undefined;
  const [rows, [count]] = await Promise.all([
    db.select().from(ratingAppeals).where(where).orderBy(desc(ratingAppeals.filedAt)).limit(pageSize).offset((page - 1) * pageSize),
    db.select({ n: sql<number>`count(*)` }).from(ratingAppeals).where(where),
  ]);
  return { rows: rows.map(appeal), total: Number(count?.n ?? 0) };
}

export async function decideAppeal(db: Db, id: string, version: number, patch: Partial<typeof ratingAppeals.$inferInsert>): Promise<AppealRow | null> {
  const [row] = await db
    .update(ratingAppeals)
    .set({ ...patch, version: sql`${ratingAppeals.version} + 1` })
    .where(and(eq(ratingAppeals.id, id), eq(ratingAppeals.version, version), eq(ratingAppeals.status, 'filed')))
    .returning();
  return row ? appeal(row) : null;
}

export async function insertAppealsBulk(db: Db, rows: (typeof ratingAppeals.$inferInsert)[]) {
  for (let i = 0; i < rows.length; i += 1000) await insertRecordset(db, ratingAppeals, rows.slice(i, i + 1000));
}
