// SQL of the outreach room's stewards (帮扶管家), contacts (对接/走访) and the problems enterprises raise.
import { and, asc, desc, eq, gte, ilike, inArray, isNull, isNotNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toNumber } from '../../platform/db/index.ts';
import { outreachContacts, outreachProblems, outreachStewards } from './tables.ts';

export type StewardRow = typeof outreachStewards.$inferSelect;
export type NewSteward = typeof outreachStewards.$inferInsert;
export type ContactRow = typeof outreachContacts.$inferSelect;
export type NewContact = typeof outreachContacts.$inferInsert;
export type ProblemRow = typeof outreachProblems.$inferSelect;
export type NewProblem = typeof outreachProblems.$inferInsert;

/** `LIKE` text matching the words anywhere (wildcards in the words taken literally). */
export const likeOf = (q: string) => `%${q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
export const NONE = '00000000-0000-0000-0000-000000000000';
const count = async (db: Db, table: typeof outreachStewards | typeof outreachContacts | typeof outreachProblems, where: SQL | undefined) =>
  toNumber((await db.select({ n: sql<number>`count(*)` }).from(table).where(where))[0]!.n);

// ── stewards ──

export async function activeSteward(db: Db, uscc: string): Promise<StewardRow | null> {
  const [row] = await db.select().from(outreachStewards).where(and(eq(outreachStewards.uscc, uscc), isNull(outreachStewards.endedOn))).limit(1);
  return row ?? null;
}

/** Refused with a unique violation (outreach_steward_active_key) while the enterprise has an active steward. */
export async function insertSteward(tx: Db, row: NewSteward) {
  await tx.insert(outreachStewards).values(row);
}

export async function findSteward(db: Db, id: string): Promise<StewardRow | null> {
  const [row] = await db.select().from(outreachStewards).where(eq(outreachStewards.id, id));
  return row ?? null;
}

/** Ends a steward at the version seen; the row, or null when it changed meanwhile. */
export async function endSteward(tx: Db, id: string, version: number, endedOn: string, note: string | undefined): Promise<StewardRow | null> {
  const [row] = await tx
    .update(outreachStewards)
    .set({ endedOn, ...(note !== undefined ? { note } : {}), version: sql`${outreachStewards.version} + 1`, updatedAt: new Date() })
    .where(and(eq(outreachStewards.id, id), eq(outreachStewards.version, version), isNull(outreachStewards.endedOn)))
    .returning();
  return row ?? null;
}

export interface StewardFilter {
  uscc?: string | undefined;
  state?: 'active' | 'ended' | undefined;
  departmentId?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

/** Contacts with the enterprise while the steward served, and its problems still open. */
const stewardCounts = {
  contacts: sql<number>`(select count(*) from "outreach_contact" c where c."uscc" = "outreach_steward"."uscc" and c."held_on" >= "outreach_steward"."assigned_on" and ("outreach_steward"."ended_on" is null or c."held_on" <= "outreach_steward"."ended_on"))`,
  openProblems: sql<number>`(select count(*) from "outreach_problem" p where p."uscc" = "outreach_steward"."uscc" and p."state" in ('open', 'routed'))`,
};
export type StewardListRow = StewardRow & { contacts: number; openProblems: number };

export async function listStewards(db: Db, f: StewardFilter, page: number, pageSize: number): Promise<{ rows: StewardListRow[]; total: number }> {
  const c: SQL[] = [];
  if (f.uscc) c.push(eq(outreachStewards.uscc, f.uscc));
  if (f.state === 'active') c.push(isNull(outreachStewards.endedOn));
  if (f.state === 'ended') c.push(isNotNull(outreachStewards.endedOn));
  if (f.departmentId) c.push(eq(outreachStewards.departmentId, f.departmentId));
  if (f.q) c.push(or(ilike(outreachStewards.enterpriseName, likeOf(f.q)), ilike(outreachStewards.stewardName, likeOf(f.q)))!);
  if (f.from) c.push(gte(outreachStewards.assignedOn, f.from));
  if (f.to) c.push(lte(outreachStewards.assignedOn, f.to));
  const where = and(...c);
  const rows = await db
    .select({ s: outreachStewards, ...stewardCounts })
    .from(outreachStewards)
    .where(where)
    .orderBy(desc(outreachStewards.assignedOn), asc(outreachStewards.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows: rows.map((r) => ({ ...r.s, contacts: toNumber(r.contacts), openProblems: toNumber(r.openProblems) })), total: await count(db, outreachStewards, where) };
}

export async function stewardWithCounts(db: Db, id: string): Promise<StewardListRow | null> {
  const [r] = await db.select({ s: outreachStewards, ...stewardCounts }).from(outreachStewards).where(eq(outreachStewards.id, id));
  return r ? { ...r.s, contacts: toNumber(r.contacts), openProblems: toNumber(r.openProblems) } : null;
}

// ── contacts ──

export async function insertContact(tx: Db, row: NewContact) {
  await tx.insert(outreachContacts).values(row);
}

export async function findContact(db: Db, id: string): Promise<ContactRow | null> {
  const [row] = await db.select().from(outreachContacts).where(eq(outreachContacts.id, id));
  return row ?? null;
}

export interface ContactFilter {
  uscc?: string | undefined;
  kind?: string | undefined;
  departmentId?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listContacts(db: Db, f: ContactFilter, page: number, pageSize: number): Promise<{ rows: ContactRow[]; total: number }> {
  const c: SQL[] = [];
  if (f.uscc) c.push(eq(outreachContacts.uscc, f.uscc));
  if (f.kind) c.push(eq(outreachContacts.kind, f.kind));
  if (f.departmentId) c.push(eq(outreachContacts.departmentId, f.departmentId));
  if (f.q) c.push(or(ilike(outreachContacts.enterpriseName, likeOf(f.q)), ilike(outreachContacts.summary, likeOf(f.q)), ilike(outreachContacts.staff, likeOf(f.q)))!);
  if (f.from) c.push(gte(outreachContacts.heldOn, f.from));
  if (f.to) c.push(lte(outreachContacts.heldOn, f.to));
  const where = and(...c);
  const rows = await db
    .select()
    .from(outreachContacts)
    .where(where)
    .orderBy(desc(outreachContacts.heldOn), desc(outreachContacts.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: await count(db, outreachContacts, where) };
}

// ── problems ──

export async function insertProblems(tx: Db, rows: NewProblem[]) {
  if (rows.length) await tx.insert(outreachProblems).values(rows);
}

export async function findProblem(db: Db, id: string): Promise<ProblemRow | null> {
  const [row] = await db.select().from(outreachProblems).where(eq(outreachProblems.id, id));
  return row ?? null;
}

export async function problemsOfContacts(db: Db, contactIds: string[]): Promise<ProblemRow[]> {
  if (contactIds.length === 0) return [];
  return db.select().from(outreachProblems).where(inArray(outreachProblems.contactId, contactIds)).orderBy(asc(outreachProblems.createdAt), asc(outreachProblems.id));
}

/** A versioned change of a problem; the row, or null when it changed meanwhile. */
export async function updateProblem(tx: Db, id: string, version: number, changes: Partial<NewProblem>): Promise<ProblemRow | null> {
  const [row] = await tx
    .update(outreachProblems)
    .set({ ...changes, version: sql`${outreachProblems.version} + 1`, updatedAt: new Date() })
    .where(and(eq(outreachProblems.id, id), eq(outreachProblems.version, version)))
    .returning();
  return row ?? null;
}

export interface ProblemFilter {
  /** Problems routed to these departments only ('all' for no limit). */
  departments: 'all' | string[];
  uscc?: string | undefined;
  state?: string | undefined;
  departmentId?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listProblems(db: Db, f: ProblemFilter, page: number, pageSize: number): Promise<{ rows: ProblemRow[]; total: number }> {
  const c: SQL[] = [];
  if (f.departments !== 'all') c.push(inArray(outreachProblems.departmentId, f.departments.length ? f.departments : [NONE]));
  if (f.uscc) c.push(eq(outreachProblems.uscc, f.uscc));
  if (f.state === 'pending') c.push(inArray(outreachProblems.state, ['open', 'routed']));
  else if (f.state) c.push(eq(outreachProblems.state, f.state));
  if (f.departmentId) c.push(eq(outreachProblems.departmentId, f.departmentId));
  if (f.q) c.push(or(ilike(outreachProblems.enterpriseName, likeOf(f.q)), ilike(outreachProblems.title, likeOf(f.q)))!);
  if (f.from) c.push(gte(outreachProblems.raisedOn, f.from));
  if (f.to) c.push(lte(outreachProblems.raisedOn, f.to));
  const where = and(...c);
  const rows = await db
    .select()
    .from(outreachProblems)
    .where(where)
    .orderBy(desc(outreachProblems.raisedOn), desc(outreachProblems.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  return { rows, total: await count(db, outreachProblems, where) };
}

/** Links a problem to the ledger task made of it (inside the routing's transaction, after its versioned change). */
export async function setProblemTask(tx: Db, id: string, taskId: string) {
  await tx.update(outreachProblems).set({ ledgerTaskId: taskId }).where(eq(outreachProblems.id, id));
}

/** Everything outreach holds on one enterprise (its page). */
export async function stewardsOf(db: Db, uscc: string): Promise<StewardListRow[]> {
  const rows = await db.select({ s: outreachStewards, ...stewardCounts }).from(outreachStewards).where(eq(outreachStewards.uscc, uscc)).orderBy(desc(outreachStewards.assignedOn), desc(outreachStewards.id));
  return rows.map((r) => ({ ...r.s, contacts: toNumber(r.contacts), openProblems: toNumber(r.openProblems) }));
}

export async function problemsOf(db: Db, uscc: string, limit: number): Promise<ProblemRow[]> {
  return db.select().from(outreachProblems).where(eq(outreachProblems.uscc, uscc)).orderBy(desc(outreachProblems.raisedOn), desc(outreachProblems.id)).limit(limit);
}
