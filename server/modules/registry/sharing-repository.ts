// SQL for sharing rules and the share log.
import { and, count, desc, eq, inArray, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toInstant, toNumber } from '../../platform/db/index.ts';
import { entities, licenceTypes, persons, shareLog, sharingRules } from './tables.ts';

export type RuleRow = typeof sharingRules.$inferSelect;
export type ShareLogInsert = typeof shareLog.$inferInsert;

export async function listRules(db: Db): Promise<RuleRow[]> {
  return db.select().from(sharingRules).orderBy(sharingRules.createdAt);
}

export async function insertRule(db: Db, row: typeof sharingRules.$inferInsert) {
  await db.insert(sharingRules).values(row);
}

export async function deleteRule(db: Db, id: string): Promise<boolean> {
  return (await db.delete(sharingRules).where(eq(sharingRules.id, id)).returning({ id: sharingRules.id })).length === 1;
}

/** The purposes for which rules let `department` read `resource`; null when no rule names that pair at all. */
export async function rulePurposes(db: Db, department: string, resource: string): Promise<string[] | null> {
  const rows = await db
    .select({ purposes: sharingRules.purposes })
    .from(sharingRules)
    .where(and(eq(sharingRules.consumerDepartmentId, department), eq(sharingRules.resource, resource)));
  if (rows.length === 0) return null;
  return [...new Set(rows.flatMap((r) => r.purposes))];
}

export async function insertShareLog(db: Db, row: ShareLogInsert) {
  await db.insert(shareLog).values(row);
}

export interface ShareLogFilter {
  /** Limit to requests by these consumer departments or for licences these departments issue; 'all' for no limit. */
  visibleDepartments: 'all' | string[];
  entityId?: string | undefined;
  /** Requests about any of these subjects (a person and the entities they represent). */
  subjects?: { personId: string | null; entityIds: string[] } | undefined;
  allowed?: boolean | undefined;
}

function whereOf(f: ShareLogFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.visibleDepartments !== 'all') {
    const ids = f.visibleDepartments;
    parts.push(
      ids.length
        ? or(
            inArray(shareLog.consumerDepartmentId, ids),
            sql`${shareLog.resource} in (select ${licenceTypes.code} from ${licenceTypes} where ${inArray(licenceTypes.issuingDepartmentId, ids)})`,
          )
        : sql`false`,
    );
  }
  if (f.entityId) parts.push(eq(shareLog.entityId, f.entityId));
  if (f.subjects) {
    const { personId, entityIds } = f.subjects;
    parts.push(or(personId ? eq(shareLog.personId, personId) : undefined, entityIds.length ? inArray(shareLog.entityId, entityIds) : undefined) ?? sql`false`);
  }
  if (f.allowed !== undefined) parts.push(eq(shareLog.allowed, f.allowed));
  return and(...parts);
}

export async function listShareLog(db: Db, f: ShareLogFilter, page: number, pageSize: number) {
  const where = whereOf(f);
  const rows = await db
    .select({ log: shareLog, entityName: entities.name, uscc: entities.uscc, personName: persons.name, typeName: licenceTypes.name })
    .from(shareLog)
    .leftJoin(entities, eq(entities.id, shareLog.entityId))
    .leftJoin(persons, eq(persons.id, shareLog.personId))
    .leftJoin(licenceTypes, eq(licenceTypes.code, shareLog.resource))
    .where(where)
    .orderBy(desc(shareLog.at), desc(shareLog.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [total] = await db.select({ n: count() }).from(shareLog).where(where);
  return {
    rows: rows.map((r) => ({ ...r.log, at: toInstant(r.log.at), subjectName: r.entityName ?? r.personName ?? null, subjectCode: r.uscc ?? null, typeName: r.typeName ?? null })),
    total: toNumber(total?.n),
  };
}

export async function countShareLog(db: Db, entityId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(shareLog).where(eq(shareLog.entityId, entityId));
  return toNumber(row?.n);
}
