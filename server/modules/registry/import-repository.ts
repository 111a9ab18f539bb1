// SQL for bulk work on market entities: import (which USCCs exist, inserts that say which rows
// went in), export (keyset pages), and the demo seed's bulk inserts of persons, licences and share logs.
import { and, asc, eq, getTableColumns, gt, inArray, like, or, sql, type SQL } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../../platform/db/index.ts';
import { queryRows, toIsoDate, toNumber } from '../../platform/db/index.ts';
import type { EntityFilter, EntityRow, NewEntity } from './entities-repository.ts';
import type { NewLicence } from './licences-repository.ts';
import { entities, licences, licenceTypes, persons, shareLog } from './tables.ts';

/** Which of these USCCs are registered already, each with its holder's name. */
export async function findRegisteredUsccs(db: Db, usccs: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (let i = 0; i < usccs.length; i += 5000) {
    const chunk = usccs.slice(i, i + 5000);
    const rows = await db.select({ uscc: entities.uscc, name: entities.name }).from(entities).where(inArray(entities.uscc, chunk));
    for (const r of rows) found.set(r.uscc, r.name);
  }
  return found;
}

/**
 * Many rows in one statement, passed as one JSON parameter and expanded by jsonb_to_recordset: for
 * thousands of rows this is several times faster than a multi-row VALUES list (nothing to build per
 * value, one parameter to send), on both engines. Columns and their SQL types come from the table.
 */
async function insertRecordset<T extends Record<string, unknown>>(db: Db, table: PgTable, rows: T[], tail: SQL): Promise<Record<string, unknown>[]> {
  if (rows.length === 0) return [];
  const columns = getTableColumns(table) as Record<string, PgColumn>;
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => columns[k] && rows.some((r) => r[k] !== undefined));
  const names = keys.map((k) => `"${columns[k]!.name}"`).join(', ');
  const definitions = keys.map((k) => `"${columns[k]!.name}" ${columns[k]!.getSQLType()}`).join(', ');
  const json = JSON.stringify(rows.map((r) => Object.fromEntries(keys.map((k) => [columns[k]!.name, r[k] ?? null]))));
  return queryRows(
    db,
    sql`insert into ${table} (${sql.raw(names)}) select ${sql.raw(names)} from jsonb_to_recordset(${json}::jsonb) as r(${sql.raw(definitions)}) ${tail}`,
  );
}

/** Many rows in one statement; a USCC registered meanwhile is skipped. Returns the USCCs inserted. */
export async function insertEntitiesReturningUscc(db: Db, rows: NewEntity[]): Promise<string[]> {
  const inserted = await insertRecordset(db, entities, rows as Record<string, unknown>[], sql`on conflict (uscc) do nothing returning uscc`);
  return inserted.map((r) => String(r.uscc));
}

/** The seed's licences, thousands a statement (the service issues one at a time). */
export async function insertLicencesBulk(db: Db, rows: NewLicence[]): Promise<number> {
  return (await insertRecordset(db, licences, rows as Record<string, unknown>[], sql`on conflict do nothing returning 1 as ok`)).length;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

// The same filter as the entity search (entities-repository.ts `whereOf`), which that file does not export.
function whereOf(f: EntityFilter): (SQL | undefined)[] {
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
  return parts;
}

/** One page of an export in id (registration) order, after the last id of the previous page. */
export async function exportPage(db: Db, f: EntityFilter, afterId: string | null, limit: number): Promise<EntityRow[]> {
  const parts = whereOf(f);
  if (afterId) parts.push(gt(entities.id, afterId));
  const rows = await db
    .select()
    .from(entities)
    .where(and(...parts))
    .orderBy(asc(entities.id))
    .limit(limit);
  return rows.map((r) => ({
    ...r,
    registeredCapitalFen: r.registeredCapitalFen === null ? null : toNumber(r.registeredCapitalFen),
    establishedOn: toIsoDate(r.establishedOn),
  }));
}

/** The demo seed's share-log rows (the service writes one at a time for live requests). */
export async function insertShareLogs(db: Db, rows: (typeof shareLog.$inferInsert)[]) {
  if (rows.length) await db.insert(shareLog).values(rows);
}

/** Many persons in one statement; an ID number already known is skipped. Returns the keyed hashes inserted. */
export async function insertPersonsReturningIndex(db: Db, rows: (typeof persons.$inferInsert)[]): Promise<string[]> {
  const inserted = await insertRecordset(db, persons, rows as Record<string, unknown>[], sql`on conflict (id_number_index) do nothing returning id_number_index`);
  return inserted.map((r) => String(r.id_number_index));
}

// Reads for bulk work (the demo applications seed): many holders in one query.

/** The entities with these USCCs (those registered). */
export async function entitiesByUscc(db: Db, usccs: string[]): Promise<EntityRow[]> {
  const out: EntityRow[] = [];
  for (let i = 0; i < usccs.length; i += 5000) out.push(...(await db.select().from(entities).where(inArray(entities.uscc, usccs.slice(i, i + 5000)))));
  return out;
}

/** The licences of these types that these entities hold, valid on `today` (not revoked, not expired). */
export async function validLicencesOf(db: Db, entityIds: string[], typeCodes: string[], today: string): Promise<{ entityId: string; typeCode: string; id: string; number: string }[]> {
  if (!entityIds.length || !typeCodes.length) return [];
  const out: { entityId: string; typeCode: string; id: string; number: string }[] = [];
  for (let i = 0; i < entityIds.length; i += 5000) {
    const rows = await db
      .select({ entityId: licences.entityId, typeCode: licenceTypes.code, id: licences.id, number: licences.number })
      .from(licences)
      .innerJoin(licenceTypes, eq(licenceTypes.id, licences.typeId))
      .where(and(inArray(licences.entityId, entityIds.slice(i, i + 5000)), inArray(licenceTypes.code, typeCodes), sql`${licences.revokedAt} is null`, sql`(${licences.validTo} is null or ${licences.validTo} >= ${today})`))
      .orderBy(asc(licences.issuedOn), asc(licences.id));
    for (const r of rows) out.push({ entityId: r.entityId!, typeCode: r.typeCode, id: r.id, number: r.number });
  }
  return out;
}
