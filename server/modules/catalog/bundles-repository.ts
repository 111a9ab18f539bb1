// SQL for 一件事 bundles and their editions (normalised like items-repository.ts).
import { and, asc, count, desc, eq, ilike, inArray, max, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toInstant, toJson, toNumber } from '../../platform/db/index.ts';
import { bundles, serviceItems } from './tables.ts';

export type BundleRow = typeof bundles.$inferSelect;
export type NewBundle = typeof bundles.$inferInsert;

const instantOrNull = (v: unknown) => (v === null || v === undefined ? null : toInstant(v));

const normalise = (r: BundleRow): BundleRow => ({
  ...r,
  themes: toJson(r.themes),
  members: toJson(r.members),
  fields: toJson(r.fields),
  keywords: toJson(r.keywords),
  publishedAt: instantOrNull(r.publishedAt),
  retiredAt: instantOrNull(r.retiredAt),
  createdAt: toInstant(r.createdAt),
  updatedAt: toInstant(r.updatedAt),
});

export async function insertBundle(db: Db, row: NewBundle) {
  await db.insert(bundles).values(row);
}

export async function findBundle(db: Db, id: string): Promise<BundleRow | null> {
  const [row] = await db.select().from(bundles).where(eq(bundles.id, id));
  return row ? normalise(row) : null;
}

export async function findBundleByCode(db: Db, code: string, status: 'published' | 'draft'): Promise<BundleRow | null> {
  const [row] = await db
    .select()
    .from(bundles)
    .where(and(eq(bundles.code, code), eq(bundles.status, status)))
    .orderBy(desc(bundles.edition))
    .limit(1);
  return row ? normalise(row) : null;
}

export async function codeExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ id: bundles.id }).from(bundles).where(eq(bundles.code, code)).limit(1);
  return Boolean(row);
}

export async function maxEdition(db: Db, code: string): Promise<number> {
  const [row] = await db.select({ n: max(bundles.edition) }).from(bundles).where(eq(bundles.code, code));
  return toNumber(row?.n);
}

export async function listEditions(db: Db, code: string) {
  const rows = await db
    .select({ id: bundles.id, edition: bundles.edition, status: bundles.status, publishedAt: bundles.publishedAt, retiredAt: bundles.retiredAt, updatedAt: bundles.updatedAt })
    .from(bundles)
    .where(eq(bundles.code, code))
    .orderBy(desc(bundles.edition));
  return rows.map((r) => ({ ...r, publishedAt: instantOrNull(r.publishedAt), retiredAt: instantOrNull(r.retiredAt), updatedAt: toInstant(r.updatedAt) }));
}

export async function updateDraftVersioned(db: Db, id: string, version: number, changes: Partial<NewBundle>): Promise<boolean> {
  const rows = await db
    .update(bundles)
    .set({ ...changes, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(bundles.id, id), eq(bundles.version, version), eq(bundles.status, 'draft')))
    .returning({ id: bundles.id });
  return rows.length === 1;
}

export async function setStatusVersioned(db: Db, id: string, version: number, from: string[], to: 'published' | 'retired'): Promise<boolean> {
  const stamp = to === 'published' ? { publishedAt: sql`now()` } : { retiredAt: sql`now()` };
  const rows = await db
    .update(bundles)
    .set({ status: to, ...stamp, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(bundles.id, id), eq(bundles.version, version), inArray(bundles.status, from)))
    .returning({ id: bundles.id });
  return rows.length === 1;
}

export async function retirePublished(db: Db, code: string): Promise<string | null> {
  const rows = await db
    .update(bundles)
    .set({ status: 'retired', retiredAt: sql`now()`, version: sql`${bundles.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(bundles.code, code), eq(bundles.status, 'published')))
    .returning({ id: bundles.id });
  return rows[0]?.id ?? null;
}

export interface BundleFilter {
  q?: string | undefined;
  status?: string | undefined;
  kind?: string | undefined;
  event?: string | undefined;
  theme?: string | undefined;
  departmentId?: string | undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
const latestEdition = () => sql`not exists (select 1 from ${bundles} as later where later.code = ${bundles.code} and later.edition > ${bundles.edition})`;

function whereOf(f: BundleFilter, scope: 'latest' | 'published'): SQL | undefined {
  // At most one published and one draft edition per code: filtering by those needs no "latest" condition
  // (an item being revised is listed under both); retired means the latest edition is retired.
  const anyEdition = f.status === 'published' || f.status === 'draft';
  const parts: (SQL | undefined)[] = [scope === 'published' ? eq(bundles.status, 'published') : anyEdition ? undefined : latestEdition()];
  const q = f.q?.trim();
  if (q) parts.push(or(ilike(bundles.name, `%${escapeLike(q)}%`), eq(bundles.code, q.toUpperCase()), sql`${bundles.keywords} @> ${JSON.stringify([q])}::jsonb`));
  if (f.status) parts.push(eq(bundles.status, f.status));
  if (f.kind) parts.push(eq(bundles.kind, f.kind));
  if (f.event) parts.push(eq(bundles.event, f.event));
  if (f.theme) parts.push(sql`${bundles.themes} @> ${JSON.stringify([f.theme])}::jsonb`);
  if (f.departmentId) {
    // Led by the department, or with a published member item it implements.
    parts.push(
      or(
        eq(bundles.leadDepartmentId, f.departmentId),
        sql`exists (select 1 from ${serviceItems} where ${serviceItems.status} = 'published' and ${serviceItems.implementingDepartmentId} = ${f.departmentId}
          and ${bundles.members} @> jsonb_build_array(jsonb_build_object('itemCode', ${serviceItems.code})))`,
      ),
    );
  }
  return and(...parts);
}

export async function listBundles(db: Db, f: BundleFilter, scope: 'latest' | 'published', page: number, pageSize: number) {
  const where = whereOf(f, scope);
  const rows = await db
    .select()
    .from(bundles)
    .where(where)
    .orderBy(asc(bundles.code))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(bundles).where(where);
  return { rows: rows.map(normalise), total: toNumber(total?.n) };
}

export async function latestLiveBundles(db: Db): Promise<BundleRow[]> {
  const rows = await db
    .select()
    .from(bundles)
    .where(and(latestEdition(), sql`${bundles.status} <> 'retired'`))
    .orderBy(asc(bundles.code));
  return rows.map(normalise);
}
