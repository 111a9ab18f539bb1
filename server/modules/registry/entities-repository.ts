// SQL for market entities and persons.
import { and, asc, count, eq, like, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toInstant, toIsoDate, toNumber } from '../../platform/db/index.ts';
import { entities, persons } from './tables.ts';

export type EntityRow = typeof entities.$inferSelect;
export type NewEntity = typeof entities.$inferInsert;
export type PersonRow = typeof persons.$inferSelect;

const normalise = (r: EntityRow): EntityRow => ({
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
  return row ? normalise(row) : null;
}

export async function findEntity(db: Db, id: string): Promise<EntityRow | null> {
  const [row] = await db.select().from(entities).where(eq(entities.id, id));
  return row ? normalise(row) : null;
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

function whereOf(f: EntityFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.q) {
    const q = f.q.trim();
    if (/^[0-9A-Z]{18}$/i.test(q)) parts.push(eq(entities.uscc, q.toUpperCase()));
    else parts.push(or(like(entities.name, `${escapeLike(q)}%`), eq(entities.legalRepresentative, q)));
  }
  if (f.status) parts.push(eq(entities.status, f.status));
  if (f.tag) parts.push(sql`${entities.tags} @> ${JSON.stringify([f.tag])}::jsonb`);
  if (f.districtCode) parts.push(eq(entities.districtCode, f.districtCode));
  if (f.industrySection) parts.push(eq(entities.industrySection, f.industrySection));
  return and(...parts);
}

/** Ordered by name so a prefix search reads the name index in order and stops at the page. */
export async function listEntities(db: Db, f: EntityFilter, page: number, pageSize: number) {
  const where = whereOf(f);
  const rows = await db.select().from(entities).where(where).orderBy(asc(entities.name)).limit(pageSize).offset((page - 1) * pageSize);
  // Counting every match of a one-character prefix over 400k rows is the slow part; cap it.
  const [total] = await db.select({ n: count() }).from(sql`(select 1 from ${entities} ${where ? sql`where ${where}` : sql``} limit 10001) as capped`);
  return { rows: rows.map(normalise), total: toNumber(total?.n) };
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
