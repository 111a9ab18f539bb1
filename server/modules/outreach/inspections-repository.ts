// SQL of service-hall inspections (明查暗访) and their findings.
import { and, asc, desc, eq, gte, ilike, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toNumber } from '../../platform/db/index.ts';
import { likeOf } from './repository.ts';
import { hallFindings, hallInspections } from './tables.ts';

export type InspectionRow = typeof hallInspections.$inferSelect;
export type NewInspection = typeof hallInspections.$inferInsert;
export type FindingRow = typeof hallFindings.$inferSelect;
export type NewFinding = typeof hallFindings.$inferInsert;

export async function insertInspection(tx: Db, row: NewInspection, findings: NewFinding[]) {
  await tx.insert(hallInspections).values(row);
  if (findings.length) await tx.insert(hallFindings).values(findings);
}

export async function setFindingTask(tx: Db, id: string, taskId: string) {
  await tx.update(hallFindings).set({ ledgerTaskId: taskId }).where(eq(hallFindings.id, id));
}

export async function findInspection(db: Db, id: string): Promise<InspectionRow | null> {
  const [row] = await db.select().from(hallInspections).where(eq(hallInspections.id, id));
  return row ?? null;
}

export async function findingsOf(db: Db, inspectionIds: string[]): Promise<FindingRow[]> {
  if (inspectionIds.length === 0) return [];
  return db.select().from(hallFindings).where(inArray(hallFindings.inspectionId, inspectionIds)).orderBy(asc(hallFindings.createdAt), asc(hallFindings.id));
}

export interface InspectionFilter {
  kind?: string | undefined;
  departmentId?: string | undefined;
  q?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
}

export async function listInspections(db: Db, f: InspectionFilter, page: number, pageSize: number): Promise<{ rows: InspectionRow[]; total: number }> {
  const c: SQL[] = [];
  if (f.kind) c.push(eq(hallInspections.mode, f.kind));
  if (f.departmentId) c.push(eq(hallInspections.departmentId, f.departmentId));
  if (f.q) c.push(or(ilike(hallInspections.hallName, likeOf(f.q)), ilike(hallInspections.summary, likeOf(f.q)))!);
  if (f.from) c.push(gte(hallInspections.heldOn, f.from));
  if (f.to) c.push(lte(hallInspections.heldOn, f.to));
  const where = and(...c);
  const rows = await db
    .select()
    .from(hallInspections)
    .where(where)
    .orderBy(desc(hallInspections.heldOn), desc(hallInspections.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [counted] = await db.select({ n: sql<number>`count(*)` }).from(hallInspections).where(where);
  return { rows, total: toNumber(counted!.n) };
}
