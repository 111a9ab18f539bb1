import { and, asc, count, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toNumber } from '../../platform/db/index.ts';
import { departments, regions } from './tables.ts';

export type RegionRow = typeof regions.$inferSelect;
export type DepartmentRow = typeof departments.$inferSelect;
export type NewDepartment = Omit<typeof departments.$inferInsert, 'createdAt' | 'updatedAt' | 'version'>;

export async function listRegions(db: Db): Promise<RegionRow[]> {
  return db.select().from(regions).orderBy(asc(regions.code));
}

export async function upsertRegions(db: Db, rows: RegionRow[]): Promise<void> {
  for (const row of rows) {
    await db
      .insert(regions)
      .values(row)
      .onConflictDoUpdate({ target: regions.code, set: { name: row.name, nameEn: row.nameEn, level: row.level, parentCode: row.parentCode } });
  }
}

export async function listDepartments(db: Db): Promise<DepartmentRow[]> {
  return db.select().from(departments).orderBy(asc(departments.sort), asc(departments.code));
}

export async function findDepartmentByCode(db: Db, code: string): Promise<DepartmentRow | null> {
  const [row] = await db.select().from(departments).where(eq(departments.code, code));
  return row ?? null;
}

export async function insertDepartment(db: Db, row: NewDepartment): Promise<void> {
  await db.insert(departments).values(row);
}

export async function countDepartments(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(departments);
  return toNumber(row?.n);
}

export async function findDepartment(db: Db, id: string): Promise<DepartmentRow | null> {
  const [row] = await db.select().from(departments).where(eq(departments.id, id));
  return row ?? null;
}

export async function updateDepartmentVersioned(
  db: Db,
  id: string,
  version: number,
  changes: Partial<Omit<NewDepartment, 'id' | 'code'>>,
): Promise<boolean> {
  const rows = await db
    .update(departments)
    .set({ ...changes, version: version + 1, updatedAt: sql`now()` })
    .where(and(eq(departments.id, id), eq(departments.version, version)))
    .returning({ id: departments.id });
  return rows.length === 1;
}

export async function regionExists(db: Db, code: string): Promise<boolean> {
  const [row] = await db.select({ code: regions.code }).from(regions).where(eq(regions.code, code));
  return Boolean(row);
}
