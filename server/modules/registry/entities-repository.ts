// SQL for market entities and persons.
import { and, count, eq, like, notLike, sql, type SQL } from 'drizzle-orm';
import { unionAll } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/index.ts';
import { toInstant, toIsoDate, toNumber } from '../../platform/db/index.ts';
import { entities, persons } from './tables.ts';

export type EntityRow = typeof entities.$inferSelect;
export type NewEntity = typeof entities.$inferInsert;
export type PersonRow = typeof persons.$inferSelect;

export const normaliseEntity = (r: EntityRow): EntityRow => ({
  ...r,
  registeredCapitalFen: r.registeredCapitalFen === null ? null : toNumber(r.registeredCapitalFen),
  establishedOn: toIsoDate(r.establishedOn),
  createdAt: toInstant(r.createdAt),
  updatedAt: toInstant(r.updatedAt),
});

export async function insertEntity(db: Db, row: NewEntity) {
  await db.insert(entities).values(row);
}

/** Many rows in one statement (import, seed); existing USCCs are skipped. Returns how many were inserted. */
export async function insertEntities(db: Db, rows: NewEntity[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(entities).values(rows).onConflictDoNothing({ target: entities.uscc }).returning({ id: entities.id });
  return inserted.length;
}

export async function findEntityByUscc(db: Db, uscc: string): Promise<EntityRow | null> {
  const [row] = await db.select().from(entities).where(eq(entities.uscc, uscc));
  return row ? normaliseEntity(row) : null;
}

export async function findEntity(db: Db, id: string): Promise<EntityRow | null> {
  const [row] = await db.select().from(entities).where(eq(entities.id, id));
  return row ? normaliseEntity(row) : null;
}

export async function updateEntityVersioned(db: Db, id: string, version: number, changes: Partial<NewEntity>): Promise<boolean> {
  const rows = await db
    .update(entities)
    .set({ ...changes, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(entities.id, id), eq(entities.version, version)))
    .returning({ id: entities.id });
  return rows.length === 1;
}

export interface EntityFilter {
  /** A full USCC, a name prefix, or a legal representative's exact name. */
  q?: string | undefined;
  status?: string | undefined;
  tag?: string | undefined;
  districtCode?: string | undefined;
  industrySection?: string | undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The filters other than `q`. */
function filtersOf(f: EntityFilter): (SQL | undefined)[] {
  const parts: (SQL | undefined)[] = [];
  if (f.status) parts.push(eq(entities.status, f.status));
  if (f.tag) parts.push(sql`${entities.tags} @> ${JSON.stringify([f.tag])}::jsonb`);
  if (f.districtCode) parts.push(eq(entities.districtCode, f.districtCode));
  if (f.industrySection) parts.push(eq(entities.industrySection, f.industrySection));
  return parts;
}

// Name order by the pattern index's own operator: `order by name` under a database collation other
// than C cannot use a text_pattern_ops index, so every match of a common prefix ("呼和") was sorted.
// With ~<~ the index is read in order and the scan stops at the page. (Code-point order, as before
// under C/C.UTF-8.) A fresh SQL object each time: drizzle rewrites a set operation's ORDER BY in place.
const byName = () => sql`${entities.name} using ~<~`;
const capped = (where: SQL | undefined) => sql`(select count(*) from (select 1 from ${entities} ${where ? sql`where ${where}` : sql``} limit 10001) as c)`;

/**
 * A name prefix and a legal representative's name are two index-ordered branches (an OR of the two
 * can only be read by a bitmap scan and sorted); a USCC is one row. The total is capped at 10,001.
 */
export async function listEntities(db: Db, f: EntityFilter, page: number, pageSize: number) {
  const q = f.q?.trim();
  const others = filtersOf(f);
  const offset = (page - 1) * pageSize;
  if (q && !/^[0-9A-Z]{18}$/i.test(q)) {
    const prefix = like(entities.name, `${escapeLike(q)}%`);
    const byRep = and(eq(entities.legalRepresentative, q), notLike(entities.name, `${escapeLike(q)}%`));
    const first = db.select().from(entities).where(and(prefix, ...others)).orderBy(byName()).limit(offset + pageSize);
    const second = db.select().from(entities).where(and(byRep, ...others)).orderBy(byName()).limit(offset + pageSize);
    const rows = await unionAll(first, second).orderBy(byName()).limit(pageSize).offset(offset);
    const [total] = await db.select({ n: sql<number>`${capped(and(prefix, ...others))} + ${capped(and(byRep, ...others))}` }).from(sql`(select 1) as one`);
    return { rows: rows.map(normaliseEntity), total: Math.min(10001, toNumber(total?.n)) };
  }
  const where = and(...(q ? [eq(entities.uscc, q.toUpperCase())] : []), ...others);
  const rows = await db.select().from(entities).where(where).orderBy(byName()).limit(pageSize).offset(offset);
  const [total] = await db.select({ n: sql<number>`${capped(where)}` }).from(sql`(select 1) as one`);
  return { rows: rows.map(normaliseEntity), total: toNumber(total?.n) };
}

export async function countEntities(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(entities);
  return toNumber(row?.n);
}

export async function insertPerson(db: Db, row: typeof persons.$inferInsert) {
  await db.insert(persons).values(row).onConflictDoNothing({ target: persons.idNumberIndex });
}

export async function insertPersons(db: Db, rows: (typeof persons.$inferInsert)[]): Promise<number> {
  if (rows.length === 0) return 0;
  const inserted = await db.insert(persons).values(rows).onConflictDoNothing({ target: persons.idNumberIndex }).returning({ id: persons.id });
  return inserted.length;
}

export async function findPersonByIndex(db: Db, idNumberIndex: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(persons).where(eq(persons.idNumberIndex, idNumberIndex));
  return row ?? null;
}

export async function findPerson(db: Db, id: string): Promise<PersonRow | null> {
  const [row] = await db.select().from(persons).where(eq(persons.id, id));
  return row ?? null;
}
