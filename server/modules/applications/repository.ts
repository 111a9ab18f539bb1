// SQL for applications (办件), their daily number sequences, post-checks and commitment blocks.
import { and, asc, desc, eq, gte, ilike, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db, PendingWrite } from '../../platform/db/index.ts';
import { decodeRow, insertRecordset, insertRow, runStatement, selectById, toInstant, updateRow } from '../../platform/db/index.ts';
import { applications, applicationSequences, commitmentBlocks, postChecks } from './tables.ts';

export type ApplicationRow = typeof applications.$inferSelect;
export type NewApplication = typeof applications.$inferInsert;
export type PostCheckRow = typeof postChecks.$inferSelect;
export type NewPostCheck = typeof postChecks.$inferInsert;
export type NewBlock = typeof commitmentBlocks.$inferInsert;

const instantOrNull = (v: Date | string | null) => (v === null ? null : toInstant(v));

export const normalise = (r: ApplicationRow): ApplicationRow => ({
  ...r,
  workingDays: r.workingDays === null ? null : Number(r.workingDays),
  submittedAt: instantOrNull(r.submittedAt),
  acceptedAt: instantOrNull(r.acceptedAt),
  decidedAt: instantOrNull(r.decidedAt),
  finishedAt: instantOrNull(r.finishedAt),
  dueAt: instantOrNull(r.dueAt),
  createdAt: toInstant(r.createdAt),
  updatedAt: toInstant(r.updatedAt),
});

export async function insertApplication(db: Db, row: NewApplication) {
  await db.insert(applications).values(row);
}

// Bulk writes (the demo seed and benchmarks, through bulk.ts): a thousand rows a statement, as one JSON
// parameter (insertRecordset).
const SLICE = 1000;
async function inSlices<T extends Record<string, unknown>>(db: Db, table: Parameters<typeof insertRecordset>[1], rows: T[]) {
  for (let i = 0; i < rows.length; i += SLICE) await insertRecordset(db, table, rows.slice(i, i + SLICE));
}

export const insertApplications = (db: Db, rows: NewApplication[]) => inSlices(db, applications, rows);
export const insertPostChecks = (db: Db, rows: NewPostCheck[]) => inSlices(db, postChecks, rows);
export const insertBlocks = (db: Db, rows: NewBlock[]) => inSlices(db, commitmentBlocks, rows);

/** Raises daily sequences to at least these values (numbers drawn in bulk stay gapless: the next is `last + 1`). */
export async function raiseSequences(db: Db, rows: { prefix: string; day: string; last: number }[]) {
  for (let i = 0; i < rows.length; i += SLICE) {
    await insertRecordset(db, applicationSequences, rows.slice(i, i + SLICE), sql`on conflict (prefix, day) do update set last = greatest(${applicationSequences}.last, excluded.last)`);
  }
}

export async function countApplications(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)` }).from(applications);
  return Number(row?.n ?? 0);
}

export async function findApplication(db: Db, id: string): Promise<ApplicationRow | null> {
  // Read on every submission and action: a statement of fixed text, prepared once per connection.
  const row = await selectById<ApplicationRow>(db, applications, id);
  return row ? normalise(row) : null;
}

/**
 * The application and its workflow case (as jsonb, for the engine to decode) in one statement: what every action
 * reads first. The case is the engine's published row (DESIGN.md §7), read here only to save a round trip.
 */
export async function findWithCase(db: Db, id: string): Promise<{ row: ApplicationRow; caseJson: Record<string, unknown> | null } | null> {
  const rows = (await runStatement(db, 'select to_jsonb(a) as "a", to_jsonb(c) as "c" from "application" a left join "workflow_case" c on c.id = a.case_id where a.id = $1', [id])) as {
    a: Record<string, unknown>;
    c: Record<string, unknown> | null;
  }[];
  const r = rows[0];
  return r ? { row: normalise(decodeRow<ApplicationRow>(applications, r.a)), caseJson: r.c } : null;
}

export async function findByCase(db: Db, caseId: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.caseId, caseId));
  return row ? normalise(row) : null;
}

export async function findByNumber(db: Db, number: string): Promise<ApplicationRow | null> {
  const [row] = await db.select().from(applications).where(eq(applications.number, number));
  return row ? normalise(row) : null;
}

export async function membersOf(db: Db, parentId: string): Promise<ApplicationRow[]> {
  const rows = await db.select().from(applications).where(eq(applications.parentId, parentId)).orderBy(asc(applications.createdAt), asc(applications.id));
  return rows.map(normalise);
}

/** Writes the changes if the row is still at `version`; bumps it. False when someone else changed it first. */
export async function updateVersioned(db: Db, id: string, version: number, changes: Partial<NewApplication>): Promise<boolean> {
  const rows = await db
    .update(applications)
    .set({ ...changes, version: sql`${applications.version} + 1`, updatedAt: new Date() })
    .where(and(eq(applications.id, id), eq(applications.version, version)))
    .returning({ id: applications.id });
  return rows.length === 1;
}

/** The same writes built and not run, for a batch (runWrites): the versioned one is required ('version'). */
export const insertWrite = (row: NewApplication): PendingWrite => insertRow(applications, row);
export const updateVersionedWrite = (id: string, version: number, changes: Partial<NewApplication>, computed?: Record<string, string>): PendingWrite =>
  updateRow(applications, { ...changes, updatedAt: new Date() }, { id, version }, { increment: ['version'], required: 'version', ...(computed ? { computed } : {}) });
export const updateWrite = (id: string, changes: Partial<NewApplication>): PendingWrite => updateRow(applications, { ...changes, updatedAt: new Date() }, { id }, { increment: ['version'] });

/** Workflow-driven changes (the case's own version already serialises them). */
export async function update(db: Db, id: string, changes: Partial<NewApplication>) {
  await db
    .update(applications)
    .set({ ...changes, version: sql`${applications.version} + 1`, updatedAt: new Date() })
    .where(eq(applications.id, id));
}

export async function deleteDraft(db: Db, id: string, version: number): Promise<boolean> {
  const rows = await db
    .delete(applications)
    .where(and(eq(applications.id, id), eq(applications.version, version), eq(applications.state, 'draft')))
    .returning({ id: applications.id });
  return rows.length === 1;
}

/** The next number of the day for a prefix, inside the caller's transaction: gapless (a rollback gives it back). */
export async function nextSequence(db: Db, prefix: string, day: string): Promise<number> {
  // Drawn in every submission's transaction: fixed text, prepared once per connection.
  const rows = (await runStatement(db, 'insert into "application_sequence" ("prefix", "day", "last") values ($1, $2, 1) on conflict ("prefix", "day") do update set "last" = "application_sequence"."last" + 1 returning "last"', [prefix, day])) as {
    last: number | string;
  }[];
  return Number(rows[0]!.last);
}

/**
 * The day's next number drawn inside a batch (as the CTE `drawn_number`), formatted as applicationNumber()
 * formats it (numbers.ts: prefix + yyyyMMdd + at least 4 digits). A batch that draws it holds the sequence
 * row's lock only for that one statement, so submissions to the same item queue for less than a round trip.
 */
export const drawNumberWrite = (prefix: string, day: string): PendingWrite => ({
  as: 'drawn_number',
  text:
    'insert into "application_sequence" ("prefix", "day", "last") values ($1, $2, 1) on conflict ("prefix", "day") do update set "last" = "application_sequence"."last" + 1 ' +
    `returning $3::text || case when "last" < 10000 then lpad("last"::text, 4, '0') else "last"::text end as "number"`,
  params: [prefix, day, `${prefix}${day.replaceAll('-', '')}`],
});
/** The number drawn_number drew, for the other writes of its batch. */
export const DRAWN_NUMBER = '(select "number" from drawn_number)';

export interface ListFilter {
  applicantUserId?: string;
  /** Rows whose deciding or receiving department is one of these ('all' for no limit). */
  departments?: 'all' | string[];
  kinds?: string[];
  q?: string;
  state?: string;
  channel?: string;
  departmentId?: string;
  itemCode?: string;
  overdueAt?: Date;
  from?: Date;
  to?: Date;
  includeDrafts?: boolean;
}

function where(f: ListFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.applicantUserId) parts.push(eq(applications.applicantUserId, f.applicantUserId));
  if (f.departments && f.departments !== 'all') {
    const ids = f.departments.length ? f.departments : ['00000000-0000-0000-0000-000000000000'];
    parts.push(or(inArray(applications.departmentId, ids), inArray(applications.intakeDepartmentId, ids)));
  }
  if (f.kinds) parts.push(inArray(applications.kind, f.kinds));
  if (!f.includeDrafts) parts.push(sql`${applications.state} <> 'draft'`);
  if (f.state) parts.push(eq(applications.state, f.state));
  if (f.channel) parts.push(eq(applications.channel, f.channel));
  if (f.departmentId) parts.push(eq(applications.departmentId, f.departmentId));
  if (f.itemCode) parts.push(or(eq(applications.itemCode, f.itemCode), eq(applications.bundleCode, f.itemCode)));
  if (f.overdueAt) parts.push(and(isNull(applications.finishedAt), lt(applications.dueAt, f.overdueAt)));
  if (f.from) parts.push(gte(applications.submittedAt, f.from));
  if (f.to) parts.push(lt(applications.submittedAt, f.to));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(or(ilike(applications.number, like), ilike(applications.title, like), ilike(applications.applicantName, like), eq(applications.applicantUscc, f.q.toUpperCase())));
  }
  const defined = parts.filter((p): p is SQL => p !== undefined);
  return defined.length ? and(...defined) : undefined;
}

export async function list(db: Db, f: ListFilter, page: number, pageSize: number) {
  const w = where(f);
  const [rows, [count]] = await Promise.all([
    db
      .select()
      .from(applications)
      .where(w)
      .orderBy(desc(sql`coalesce(${applications.submittedAt}, ${applications.createdAt})`), desc(applications.id))
      .limit(pageSize)
      .offset((page - 1) * pageSize),
    db
      .select({ n: sql<number>`count(*)` })
      .from(applications)
      .where(w),
  ]);
  return { rows: rows.map(normalise), total: Number(count?.n ?? 0) };
}

/** Rows in id order after `afterId`, for streaming exports. */
export async function exportPage(db: Db, f: ListFilter, afterId: string | null, limit: number): Promise<ApplicationRow[]> {
  const w = where(f);
  const rows = await db
    .select()
    .from(applications)
    .where(afterId ? and(w, sql`${applications.id} > ${afterId}`) : w)
    .orderBy(asc(applications.id))
    .limit(limit);
  return rows.map(normalise);
}

export async function byCaseIds(db: Db, caseIds: string[]): Promise<ApplicationRow[]> {
  if (!caseIds.length) return [];
  return (await db.select().from(applications).where(inArray(applications.caseId, caseIds))).map(normalise);
}

// 事后核查

export async function insertPostCheck(db: Db, row: typeof postChecks.$inferInsert) {
  await db.insert(postChecks).values(row);
}

export async function postCheckOf(db: Db, applicationId: string): Promise<PostCheckRow | null> {
  const [row] = await db.select().from(postChecks).where(eq(postChecks.applicationId, applicationId)).orderBy(desc(postChecks.createdAt)).limit(1);
  return row ?? null;
}

export async function findPostCheckByCase(db: Db, caseId: string): Promise<PostCheckRow | null> {
  const [row] = await db.select().from(postChecks).where(eq(postChecks.caseId, caseId));
  return row ?? null;
}

export async function setPostCheckCase(db: Db, id: string, caseId: string) {
  await db.update(postChecks).set({ caseId }).where(eq(postChecks.id, id));
}

export async function findPostCheck(db: Db, id: string): Promise<PostCheckRow | null> {
  const [row] = await db.select().from(postChecks).where(eq(postChecks.id, id));
  return row ?? null;
}

export async function setPostCheckResult(db: Db, id: string, result: 'passed' | 'failed', findings: string | null, at: Date) {
  await db.update(postChecks).set({ result, findings, checkedAt: at }).where(eq(postChecks.id, id));
}

// 承诺制限制

export async function activeBlock(db: Db, keys: string[]) {
  if (!keys.length) return null;
  const [row] = await db
    .select()
    .from(commitmentBlocks)
    .where(and(inArray(commitmentBlocks.applicantKey, keys), isNull(commitmentBlocks.liftedAt)))
    .limit(1);
  return row ?? null;
}

export async function insertBlock(db: Db, row: typeof commitmentBlocks.$inferInsert) {
  await db.insert(commitmentBlocks).values(row);
}

/** The bars with the barred application's applicant name and number (the list names whom it bars, not just a code). */
export async function listBlocks(db: Db, activeOnly: boolean) {
  const rows = await db
    .select({ block: commitmentBlocks, applicantName: applications.applicantName, applicationNumber: applications.number })
    .from(commitmentBlocks)
    .leftJoin(applications, eq(applications.id, commitmentBlocks.applicationId))
    .where(activeOnly ? isNull(commitmentBlocks.liftedAt) : undefined)
    .orderBy(desc(commitmentBlocks.createdAt))
    .limit(500);
  return rows.map((r) => ({ ...r.block, applicantName: r.applicantName, applicationNumber: r.applicationNumber }));
}

export async function liftBlock(db: Db, id: string, by: string, reason: string, at: Date): Promise<boolean> {
  const rows = await db
    .update(commitmentBlocks)
    .set({ liftedAt: at, liftedBy: by, liftReason: reason })
    .where(and(eq(commitmentBlocks.id, id), isNull(commitmentBlocks.liftedAt)))
    .returning({ id: commitmentBlocks.id });
  return rows.length === 1;
}

/** Post-checks of some departments ('all' for the office), with their application's particulars. */
export async function listPostChecks(db: Db, f: { departments: 'all' | string[]; result?: string; limit: number }) {
  const parts: SQL[] = [];
  if (f.departments !== 'all') parts.push(inArray(postChecks.departmentId, f.departments.length ? f.departments : ['00000000-0000-0000-0000-000000000000']));
  if (f.result) parts.push(eq(postChecks.result, f.result));
  return db
    .select({
      check: postChecks,
      number: applications.number,
      title: applications.title,
      applicantName: applications.applicantName,
    })
    .from(postChecks)
    .innerJoin(applications, eq(applications.id, postChecks.applicationId))
    .where(parts.length ? and(...parts) : undefined)
    .orderBy(asc(postChecks.dueOn), asc(postChecks.id))
    .limit(f.limit);
}

/** Postal delivery status, compare-and-set on the status the clerk saw. */
export async function setPostStatus(db: Db, id: string, expected: string | null, status: string, tracking: string | null): Promise<boolean> {
  const rows = await db
    .update(applications)
    .set({
      postStatus: status,
      postTracking: tracking,
      version: sql`${applications.version} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(applications.id, id), expected === null ? isNull(applications.postStatus) : eq(applications.postStatus, expected)))
    .returning({ id: applications.id });
  return rows.length === 1;
}

/** Top-level applications that ended with a decision (done, not accepted, refused), oldest first: what invites a rating. */
export async function endedApplications(db: Db): Promise<ApplicationRow[]> {
  const rows = await db
    .select()
    .from(applications)
    .where(and(inArray(applications.kind, ['item', 'bundle']), inArray(applications.state, ['done', 'refused', 'rejected'])))
    .orderBy(asc(applications.finishedAt));
  return rows.map(normalise);
}

/** The deciding department of each bundle parent among `parentIds` (its first member's). */
export async function bundleDepartments(db: Db, parentIds: string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (let i = 0; i < parentIds.length; i += 1000) {
    const rows = await db
      .select({ parentId: applications.parentId, departmentId: applications.departmentId })
      .from(applications)
      .where(inArray(applications.parentId, parentIds.slice(i, i + 1000)))
      .orderBy(asc(applications.createdAt), asc(applications.id));
    for (const r of rows) if (r.parentId && r.departmentId && !out.has(r.parentId)) out.set(r.parentId, r.departmentId);
  }
  return out;
}
