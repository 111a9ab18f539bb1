import { and, asc, eq, gte, lte, sql } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { toInstant, toIsoDate } from '../db/index.ts';
import { calendarOverrides, calendarYears } from './tables.ts';

export interface OverrideRow {
  date: string;
  working: boolean;
  note: string;
  version: number;
  updatedAt: Date;
}

export interface YearRow {
  year: number;
  note: string;
  createdAt: Date;
}

const toOverride = (r: typeof calendarOverrides.$inferSelect): OverrideRow => ({
  date: toIsoDate(r.date),
  working: r.working,
  note: r.note,
  version: r.version,
  updatedAt: toInstant(r.updatedAt),
});

/** All overrides, or those of one year, by date. */
export async function listOverrides(db: Db, year?: number): Promise<OverrideRow[]> {
  const inYear = year === undefined ? undefined : and(gte(calendarOverrides.date, `${year}-01-01`), lte(calendarOverrides.date, `${year}-12-31`));
  const rows = await db.select().from(calendarOverrides).where(inYear).orderBy(asc(calendarOverrides.date));
  return rows.map(toOverride);
}

export async function findOverride(db: Db, date: string): Promise<OverrideRow | null> {
  const [row] = await db.select().from(calendarOverrides).where(eq(calendarOverrides.date, date));
  return row ? toOverride(row) : null;
}

export async function insertOverride(db: Db, row: { date: string; working: boolean; note: string }) {
  await db.insert(calendarOverrides).values(row);
}

/** Updates only if the stored version is `expectedVersion`; returns whether a row changed. */
export async function updateOverride(
  db: Db,
  row: { date: string; working: boolean; note: string },
  expectedVersion: number,
): Promise<boolean> {
  const changed = await db
    .update(calendarOverrides)
    .set({ working: row.working, note: row.note, version: expectedVersion + 1, updatedAt: sql`now()` })
    .where(sql`${calendarOverrides.date} = ${row.date} and ${calendarOverrides.version} = ${expectedVersion}`)
    .returning({ date: calendarOverrides.date });
  return changed.length === 1;
}

export async function deleteOverride(db: Db, date: string): Promise<boolean> {
  const removed = await db
    .delete(calendarOverrides)
    .where(eq(calendarOverrides.date, date))
    .returning({ date: calendarOverrides.date });
  return removed.length === 1;
}

export async function listYears(db: Db): Promise<YearRow[]> {
  const rows = await db.select().from(calendarYears).orderBy(asc(calendarYears.year));
  return rows.map((r) => ({ year: r.year, note: r.note, createdAt: toInstant(r.createdAt) }));
}

export async function insertYear(db: Db, row: { year: number; note: string }): Promise<boolean> {
  const inserted = await db
    .insert(calendarYears)
    .values(row)
    .onConflictDoNothing()
    .returning({ year: calendarYears.year });
  return inserted.length === 1;
}
