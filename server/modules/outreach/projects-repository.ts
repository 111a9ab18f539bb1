// SQL of key projects (重点项目), their approval blockers (堵点) and the coordination meetings (推进会) that solve them.
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toNumber } from '../../platform/db/index.ts';
import { likeOf, NONE } from './repository.ts';
import { keyProjects, projectBlockers, projectMeetings } from './tables.ts';

export type ProjectRow = typeof keyProjects.$inferSelect;
export type NewProject = typeof keyProjects.$inferInsert;
export type BlockerRow = typeof projectBlockers.$inferSelect;
export type NewBlocker = typeof projectBlockers.$inferInsert;
export type MeetingRow = typeof projectMeetings.$inferSelect;
export type NewMeeting = typeof projectMeetings.$inferInsert;
export type ProjectListRow = ProjectRow & { blockers: number; solved: number };

const idList = (ids: string[]) => sql.join((ids.length ? ids : [NONE]).map((i) => sql`${i}::uuid`), sql`, `);

// ── projects ──

export async function insertProject(tx: Db, row: NewProject) {
  await tx.insert(keyProjects).values(row);
}

export async function projectByCode(db: Db, code: string): Promise<ProjectRow | null> {
  const [row] = await db.select().from(keyProjects).where(eq(keyProjects.code, code));
  return row ?? null;
}

export interface ProjectFilter {
  /** A unit's staff: projects their departments follow or hold a blocker of; counts of those blockers only. */
  departments: 'all' | string[];
  ids?: string[];
  uscc?: string | undefined;
  stage?: string | undefined;
  year?: number | undefined;
  /** blocked (a blocker open) · unblocked (blockers, all solved) · clear (none) */
  state?: 'blocked' | 'unblocked' | 'clear' | undefined;
  departmentId?: string | undefined;
  q?: string | undefined;
}

function countsOf(departments: 'all' | string[]) {
  const mine = departments === 'all' ? sql`` : sql` and b."department_id" in (${idList(departments)})`;
  return {
    blockers: sql<number>`(select count(*) from "project_blocker" b where b."project_id" = "key_project"."id"${mine})`,
    solved: sql<number>`(select count(*) from "project_blocker" b where b."project_id" = "key_project"."id" and b."state" = 'solved'${mine})`,
  };
}
const hasBlocker = (extra: SQL) => sql`exists (select 1 from "project_blocker" b where b."project_id" = "key_project"."id" and ${extra})`;

export async function listProjects(db: Db, f: ProjectFilter, page: number, pageSize: number): Promise<{ rows: ProjectListRow[]; total: number }> {
  const c: SQL[] = [];
  if (f.departments !== 'all') c.push(or(inArray(keyProjects.departmentId, f.departments.length ? f.departments : [NONE]), hasBlocker(sql`b."department_id" in (${idList(f.departments)})`))!);
  if (f.ids) c.push(inArray(keyProjects.id, f.ids.length ? f.ids : [NONE]));
  if (f.uscc) c.push(eq(keyProjects.uscc, f.uscc));
  if (f.stage) c.push(eq(keyProjects.stage, f.stage));
  if (f.year) c.push(eq(keyProjects.year, f.year));
  if (f.state === 'blocked') c.push(hasBlocker(sql`b."state" = 'open'`));
  if (f.state === 'unblocked') c.push(and(hasBlocker(sql`true`), sql`not ${hasBlocker(sql`b."state" = 'open'`)}`)!);
  if (f.state === 'clear') c.push(sql`not ${hasBlocker(sql`true`)}`);
  if (f.departmentId) c.push(or(eq(keyProjects.departmentId, f.departmentId), hasBlocker(sql`b."department_id" = ${f.departmentId}::uuid`))!);
  if (f.q) c.push(or(ilike(keyProjects.name, likeOf(f.q)), ilike(keyProjects.enterpriseName, likeOf(f.q)), eq(keyProjects.code, f.q))!);
  const where = and(...c);
  const rows = await db
    .select({ p: keyProjects, ...countsOf(f.departments) })
    .from(keyProjects)
    .where(where)
    .orderBy(desc(keyProjects.year), asc(keyProjects.code))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [counted] = await db.select({ n: sql<number>`count(*)` }).from(keyProjects).where(where);
  return { rows: rows.map((r) => ({ ...r.p, blockers: toNumber(r.blockers), solved: toNumber(r.solved) })), total: toNumber(counted!.n) };
}

export async function projectWithCounts(db: Db, id: string, departments: 'all' | string[]): Promise<ProjectListRow | null> {
  const [r] = await db.select({ p: keyProjects, ...countsOf(departments) }).from(keyProjects).where(eq(keyProjects.id, id));
  return r ? { ...r.p, blockers: toNumber(r.blockers), solved: toNumber(r.solved) } : null;
}

export async function findProject(db: Db, id: string): Promise<ProjectRow | null> {
  const [row] = await db.select().from(keyProjects).where(eq(keyProjects.id, id));
  return row ?? null;
}

/** Marks the project changed (a blocker added or solved), so an editor holding an older copy is told. */
export async function touchProject(tx: Db, id: string) {
  await tx
    .update(keyProjects)
    .set({ version: sql`${keyProjects.version} + 1`, updatedAt: new Date() })
    .where(eq(keyProjects.id, id));
}

// ── blockers ──

export async function insertBlocker(tx: Db, row: NewBlocker) {
  await tx.insert(projectBlockers).values(row);
}

export async function findBlocker(db: Db, id: string): Promise<BlockerRow | null> {
  const [row] = await db.select().from(projectBlockers).where(eq(projectBlockers.id, id));
  return row ?? null;
}

export async function blockersByIds(db: Db, ids: string[]): Promise<BlockerRow[]> {
  if (ids.length === 0) return [];
  return db.select().from(projectBlockers).where(inArray(projectBlockers.id, ids));
}

export async function blockersOfProject(db: Db, projectId: string, departments: 'all' | string[]): Promise<BlockerRow[]> {
  const c: SQL[] = [eq(projectBlockers.projectId, projectId)];
  if (departments !== 'all') c.push(inArray(projectBlockers.departmentId, departments.length ? departments : [NONE]));
  return db
    .select()
    .from(projectBlockers)
    .where(and(...c))
    .orderBy(asc(projectBlockers.foundOn), asc(projectBlockers.id));
}

/** Solves an open blocker at the version seen; the row, or null when it changed meanwhile or is solved already. */
export async function solveBlocker(tx: Db, id: string, version: number, solution: { solvedOn: string; solution: string; meetingId: string | null }): Promise<BlockerRow | null> {
  const [row] = await tx
    .update(projectBlockers)
    .set({ state: 'solved', solvedOn: solution.solvedOn, solution: solution.solution, solvedMeetingId: solution.meetingId, version: sql`${projectBlockers.version} + 1`, updatedAt: new Date() })
    .where(and(eq(projectBlockers.id, id), eq(projectBlockers.version, version), eq(projectBlockers.state, 'open')))
    .returning();
  return row ?? null;
}

// ── coordination meetings ──

export async function insertMeeting(tx: Db, row: NewMeeting) {
  await tx.insert(projectMeetings).values(row);
}

export async function findMeeting(db: Db, id: string): Promise<MeetingRow | null> {
  const [row] = await db.select().from(projectMeetings).where(eq(projectMeetings.id, id));
  return row ?? null;
}

export async function listMeetings(db: Db, f: { from?: string | undefined; to?: string | undefined; q?: string | undefined }, page: number, pageSize: number): Promise<{ rows: MeetingRow[]; total: number }> {
  const c: SQL[] = [];
  if (f.from) c.push(gte(projectMeetings.heldOn, f.from));
  if (f.to) c.push(lte(projectMeetings.heldOn, f.to));
  if (f.q) c.push(or(ilike(projectMeetings.title, likeOf(f.q)), ilike(projectMeetings.minutes, likeOf(f.q)))!);
  const where = and(...c);
  const rows = await db
    .select()
    .from(projectMeetings)
    .where(where)
    .orderBy(desc(projectMeetings.heldOn), desc(projectMeetings.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [counted] = await db.select({ n: sql<number>`count(*)` }).from(projectMeetings).where(where);
  return { rows, total: toNumber(counted!.n) };
}

/** The blockers each meeting solved, with their projects' names. */
export async function solvedAtMeetings(db: Db, meetingIds: string[]): Promise<{ meetingId: string; id: string; title: string; projectName: string }[]> {
  if (meetingIds.length === 0) return [];
  const rows = await db
    .select({ meetingId: projectBlockers.solvedMeetingId, id: projectBlockers.id, title: projectBlockers.title, projectName: keyProjects.name })
    .from(projectBlockers)
    .innerJoin(keyProjects, eq(keyProjects.id, projectBlockers.projectId))
    .where(inArray(projectBlockers.solvedMeetingId, meetingIds))
    .orderBy(asc(keyProjects.code), asc(projectBlockers.id));
  return rows.map((r) => ({ ...r, meetingId: r.meetingId! }));
}
