// SQL for service items (事项) and their editions. Timestamps come back as Dates and jsonb as values
// on both engines (normalised here); counts through toNumber.
import { and, asc, count, desc, eq, ilike, inArray, max, or, sql, type SQL } from 'drizzle-orm';
import type { Db, PendingCheck } from '../../platform/db/index.ts';
import { toInstant, toJson, toNumber } from '../../platform/db/index.ts';
import { serviceItems } from './tables.ts';

export type ItemRow = typeof serviceItems.$inferSelect;
export type NewItem = typeof serviceItems.$inferInsert;

const instantOrNull = (v: unknown) => (v === null || v === undefined ? null : toInstant(v));

export const normaliseItem = (r: ItemRow): ItemRow => ({
  ...r,
  onlineStages: toJson(r.onlineStages),
  fee: toJson(r.fee),
  materials: toJson(r.materials),
  conditions: toJson(r.conditions),
  steps: toJson(r.steps),
  events: toJson(r.events),
  themes: toJson(r.themes),
  keywords: toJson(r.keywords),
  form: toJson(r.form),
  publishedAt: instantOrNull(r.publishedAt),
  retiredAt: instantOrNull(r.retiredAt),
  createdAt: toInstant(r.createdAt),
  updatedAt: toInstant(r.updatedAt),
});

export async function insertItem(db: Db, row: NewItem) {
  await db.insert(serviceItems).values(row);
}

export async function findItem(db: Db, id: string): Promise<ItemRow | null> {
  const [row] = await db.select().from(serviceItems).where(eq(serviceItems.id, id));
  return row ? normaliseItem(row) : null;
}

export async function findItemByCode(db: Db, code: string, status: 'published' | 'draft'): Promise<ItemRow | null> {
  const [row] = await db
    .select()
    .from(serviceItems)
    .where(and(eq(serviceItems.code, code), eq(serviceItems.status, status)))
    .orderBy(desc(serviceItems.edition))
    .limit(1);
  return row ? normaliseItem(row) : null;
}

export async function codeExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ id: serviceItems.id }).from(serviceItems).where(eq(serviceItems.code, code)).limit(1);
  return Boolean(row);
}

export async function maxEdition(db: Db, code: string): Promise<number> {
  const [row] = await db.select({ n: max(serviceItems.edition) }).from(serviceItems).where(eq(serviceItems.code, code));
  return toNumber(row?.n);
}

export async function listEditions(db: Db, code: string) {
  const rows = await db
    .select({ id: serviceItems.id, edition: serviceItems.edition, status: serviceItems.status, publishedAt: serviceItems.publishedAt, retiredAt: serviceItems.retiredAt, updatedAt: serviceItems.updatedAt })
    .from(serviceItems)
    .where(eq(serviceItems.code, code))
    .orderBy(desc(serviceItems.edition));
  return rows.map((r) => ({ ...r, publishedAt: instantOrNull(r.publishedAt), retiredAt: instantOrNull(r.retiredAt), updatedAt: toInstant(r.updatedAt) }));
}

/** Changes a draft if its version still matches; false when it does not (or it is no longer a draft). */
export async function updateDraftVersioned(db: Db, id: string, version: number, changes: Partial<NewItem>): Promise<boolean> {
  const rows = await db
    .update(serviceItems)
    .set({ ...changes, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(serviceItems.id, id), eq(serviceItems.version, version), eq(serviceItems.status, 'draft')))
    .returning({ id: serviceItems.id });
  return rows.length === 1;
}

/** Moves an edition from one status to another if its version matches. */
export async function setStatusVersioned(db: Db, id: string, version: number, from: string[], to: 'published' | 'retired'): Promise<boolean> {
  const stamp = to === 'published' ? { publishedAt: sql`now()` } : { retiredAt: sql`now()` };
  const rows = await db
    .update(serviceItems)
    .set({ status: to, ...stamp, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(serviceItems.id, id), eq(serviceItems.version, version), inArray(serviceItems.status, from)))
    .returning({ id: serviceItems.id });
  return rows.length === 1;
}

/** Retires the published edition of a code (before another edition is published); returns its id, if any. */
export async function retirePublished(db: Db, code: string): Promise<string | null> {
  const rows = await db
    .update(serviceItems)
    .set({ status: 'retired', retiredAt: sql`now()`, version: sql`${serviceItems.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(serviceItems.code, code), eq(serviceItems.status, 'published')))
    .returning({ id: serviceItems.id });
  return rows[0]?.id ?? null;
}

export interface ItemFilter {
  q?: string | undefined;
  status?: string | undefined;
  departmentId?: string | undefined;
  type?: string | undefined;
  event?: string | undefined;
  theme?: string | undefined;
  target?: string | undefined;
  fullyOnline?: 'true' | 'false' | undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The latest edition of each code (the admin list shows one row per item). */
const latestEdition = () => sql`not exists (select 1 from ${serviceItems} as later where later.code = ${serviceItems.code} and later.edition > ${serviceItems.edition})`;

function whereOf(f: ItemFilter, scope: 'latest' | 'published'): SQL | undefined {
  // At most one published and one draft edition per code: filtering by those needs no "latest" condition
  // (an item being revised is listed under both); retired means the latest edition is retired.
  const anyEdition = f.status === 'published' || f.status === 'draft';
  const parts: (SQL | undefined)[] = [scope === 'published' ? eq(serviceItems.status, 'published') : anyEdition ? undefined : latestEdition()];
  const q = f.q?.trim();
  if (q) {
    parts.push(or(ilike(serviceItems.name, `%${escapeLike(q)}%`), eq(serviceItems.code, q.toUpperCase()), sql`${serviceItems.keywords} @> ${JSON.stringify([q])}::jsonb`));
  }
  if (f.status) parts.push(eq(serviceItems.status, f.status));
  if (f.departmentId) parts.push(or(eq(serviceItems.implementingDepartmentId, f.departmentId), eq(serviceItems.competentDepartmentId, f.departmentId)));
  if (f.type) parts.push(eq(serviceItems.type, f.type));
  if (f.event) parts.push(sql`${serviceItems.events} @> ${JSON.stringify([f.event])}::jsonb`);
  if (f.theme) parts.push(sql`${serviceItems.themes} @> ${JSON.stringify([f.theme])}::jsonb`);
  if (f.target) parts.push(f.target === 'both' ? eq(serviceItems.target, 'both') : inArray(serviceItems.target, [f.target, 'both']));
  if (f.fullyOnline) parts.push(eq(serviceItems.fullyOnline, f.fullyOnline === 'true'));
  return and(...parts);
}

export async function listItems(db: Db, f: ItemFilter, scope: 'latest' | 'published', page: number, pageSize: number) {
  const where = whereOf(f, scope);
  const rows = await db
    .select()
    .from(serviceItems)
    .where(where)
    .orderBy(asc(serviceItems.code))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(serviceItems).where(where);
  return { rows: rows.map(normaliseItem), total: toNumber(total?.n) };
}

/** The latest edition of every code whose latest edition is not retired (the quality check). */
export async function latestLiveEditions(db: Db): Promise<ItemRow[]> {
  const rows = await db
    .select()
    .from(serviceItems)
    .where(and(latestEdition(), sql`${serviceItems.status} <> 'retired'`))
    .orderBy(asc(serviceItems.code));
  return rows.map(normaliseItem);
}

/** The published editions of these codes. */
export async function publishedByCodes(db: Db, codes: string[]): Promise<ItemRow[]> {
  if (codes.length === 0) return [];
  const rows = await db
    .select()
    .from(serviceItems)
    .where(and(inArray(serviceItems.code, codes), eq(serviceItems.status, 'published')));
  return rows.map(normaliseItem);
}

/**
 * A check for another room's batched write (runWrites): these editions are all still published when the
 * write commits, so a case is never opened under an edition retired a moment before ('item_retired').
 */
export const publishedCheck = (ids: string[]): PendingCheck => ({
  holds: {
    text: 'coalesce((select count(*) from "service_item" where "id" in (select (jsonb_array_elements_text($1::jsonb))::uuid) and "status" = \'published\') = $2::int, false)',
    params: [JSON.stringify(ids), new Set(ids).size],
  },
  reason: 'item_retired',
});
