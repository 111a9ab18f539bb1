// SQL for licence types and issued licences.
import { and, asc, count, desc, eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toInstant, toIsoDate, toNumber } from '../../platform/db/index.ts';
import { entities, licences, licenceTypes, persons } from './tables.ts';

export type LicenceTypeRow = typeof licenceTypes.$inferSelect;
export type NewLicence = typeof licences.$inferInsert;

export interface LicenceView {
  id: string;
  typeId: string;
  typeCode: string;
  typeName: string;
  issuingDepartmentId: string;
  entityId: string | null;
  personId: string | null;
  holderName: string;
  /** The entity's USCC, or the person's masked ID number. */
  holderCode: string;
  /** What the signature binds the holder by: the USCC, or the person's keyed ID hash. */
  holderKey: string;
  number: string;
  verificationCode: string;
  issuedOn: string;
  validFrom: string;
  validTo: string | null;
  fields: Record<string, string | number | null>;
  revokedAt: Date | null;
  revokedReason: string | null;
  signature: string;
}

export type LicenceTypeView = LicenceTypeRow & { inUse: boolean };

const typeColumns = {
  ...getTableColumns(licenceTypes),
  // An index probe per type (licence_type_idx leads with type_id): cheap for the few types there are.
  // Spelled out: drizzle leaves columns unqualified in a one-table select, and an unqualified "id" here would be the licence's.
  inUse: sql<boolean>`exists (select 1 from "licence" as l where l.type_id = "licence_type"."id")`,
};

const typeView = (r: LicenceTypeRow & { inUse: unknown }): LicenceTypeView => ({ ...r, inUse: r.inUse === true || r.inUse === 't' });

export async function listLicenceTypes(db: Db): Promise<LicenceTypeView[]> {
  return (await db.select(typeColumns).from(licenceTypes).orderBy(asc(licenceTypes.code))).map(typeView);
}

export async function findLicenceType(db: Db, id: string): Promise<LicenceTypeView | null> {
  const [row] = await db.select(typeColumns).from(licenceTypes).where(eq(licenceTypes.id, id));
  return row ? typeView(row) : null;
}

export async function findLicenceTypeByCode(db: Db, code: string): Promise<LicenceTypeRow | null> {
  const [row] = await db.select().from(licenceTypes).where(eq(licenceTypes.code, code));
  return row ?? null;
}

/** The seed's insert: a code that exists already is skipped. */
export async function insertLicenceType(db: Db, row: typeof licenceTypes.$inferInsert) {
  await db.insert(licenceTypes).values(row).onConflictDoNothing({ target: licenceTypes.code });
}

/** False when the code is taken. */
export async function createLicenceType(db: Db, row: typeof licenceTypes.$inferInsert): Promise<boolean> {
  const rows = await db.insert(licenceTypes).values(row).onConflictDoNothing({ target: licenceTypes.code }).returning({ id: licenceTypes.id });
  return rows.length === 1;
}

/**
 * The type's row locked for the rest of the transaction (edits take it FOR UPDATE, issuing FOR
 * SHARE), so an edit and an issue of the same type never interleave; with whether it is in use.
 */
export async function lockLicenceType(db: Db, id: string, mode: 'update' | 'share'): Promise<LicenceTypeView | null> {
  const locked = await db.select({ id: licenceTypes.id }).from(licenceTypes).where(eq(licenceTypes.id, id)).for(mode);
  if (locked.length === 0) return null;
  return findLicenceType(db, id);
}

export async function updateLicenceTypeVersioned(db: Db, id: string, version: number, changes: Partial<typeof licenceTypes.$inferInsert>): Promise<boolean> {
  const rows = await db
    .update(licenceTypes)
    .set({ ...changes, version: version + 1 })
    .where(and(eq(licenceTypes.id, id), eq(licenceTypes.version, version)))
    .returning({ id: licenceTypes.id });
  return rows.length === 1;
}

export async function insertLicence(db: Db, row: NewLicence) {
  await db.insert(licences).values(row);
}

export async function insertLicences(db: Db, rows: NewLicence[]) {
  if (rows.length) await db.insert(licences).values(rows).onConflictDoNothing();
}

const select = {
  id: licences.id,
  typeId: licences.typeId,
  typeCode: licenceTypes.code,
  typeName: licenceTypes.name,
  issuingDepartmentId: licenceTypes.issuingDepartmentId,
  entityId: licences.entityId,
  personId: licences.personId,
  entityName: entities.name,
  uscc: entities.uscc,
  personName: persons.name,
  personMasked: persons.idNumberMasked,
  personIndex: persons.idNumberIndex,
  number: licences.number,
  verificationCode: licences.verificationCode,
  issuedOn: licences.issuedOn,
  validFrom: licences.validFrom,
  validTo: licences.validTo,
  fields: licences.fields,
  revokedAt: licences.revokedAt,
  revokedReason: licences.revokedReason,
  signature: licences.signature,
};

type Joined = { [K in keyof typeof select]: unknown };

function toView(r: Joined): LicenceView {
  return {
    id: String(r.id),
    typeId: String(r.typeId),
    typeCode: String(r.typeCode),
    typeName: String(r.typeName),
    issuingDepartmentId: String(r.issuingDepartmentId),
    entityId: (r.entityId as string | null) ?? null,
    personId: (r.personId as string | null) ?? null,
    holderName: String(r.entityName ?? r.personName ?? ''),
    holderCode: String(r.uscc ?? r.personMasked ?? ''),
    holderKey: String(r.uscc ?? r.personIndex ?? ''),
    number: String(r.number),
    verificationCode: String(r.verificationCode),
    issuedOn: toIsoDate(r.issuedOn),
    validFrom: toIsoDate(r.validFrom),
    validTo: r.validTo ? toIsoDate(r.validTo) : null,
    fields: r.fields as Record<string, string | number | null>,
    revokedAt: r.revokedAt ? toInstant(r.revokedAt) : null,
    revokedReason: (r.revokedReason as string | null) ?? null,
    signature: String(r.signature),
  };
}

function joined(db: Db) {
  return db
    .select(select)
    .from(licences)
    .innerJoin(licenceTypes, eq(licenceTypes.id, licences.typeId))
    .leftJoin(entities, eq(entities.id, licences.entityId))
    .leftJoin(persons, eq(persons.id, licences.personId));
}

export async function findLicence(db: Db, id: string): Promise<LicenceView | null> {
  const [row] = await joined(db).where(eq(licences.id, id));
  return row ? toView(row) : null;
}

export async function findLicenceByCode(db: Db, code: string): Promise<LicenceView | null> {
  const [row] = await joined(db).where(eq(licences.verificationCode, code));
  return row ? toView(row) : null;
}

export interface LicenceFilter {
  typeId?: string | undefined;
  entityId?: string | undefined;
  personId?: string | undefined;
  status?: 'valid' | 'expired' | 'revoked' | undefined;
  /** Only these licence type codes (sharing), or all. */
  typeCodes?: string[] | undefined;
  today: string;
}

function whereOf(f: LicenceFilter): SQL | undefined {
  const parts: (SQL | undefined)[] = [];
  if (f.typeId) parts.push(eq(licences.typeId, f.typeId));
  if (f.entityId) parts.push(eq(licences.entityId, f.entityId));
  if (f.personId) parts.push(eq(licences.personId, f.personId));
  if (f.typeCodes) parts.push(f.typeCodes.length ? sql`${licenceTypes.code} in ${f.typeCodes}` : sql`false`);
  if (f.status === 'revoked') parts.push(sql`${licences.revokedAt} is not null`);
  if (f.status === 'valid') parts.push(sql`${licences.revokedAt} is null and (${licences.validTo} is null or ${licences.validTo} >= ${f.today})`);
  if (f.status === 'expired') parts.push(sql`${licences.revokedAt} is null and ${licences.validTo} < ${f.today}`);
  return and(...parts);
}

export async function listLicences(db: Db, f: LicenceFilter, page: number, pageSize: number) {
  const where = whereOf(f);
  const rows = await joined(db).where(where).orderBy(desc(licences.issuedOn), desc(licences.id)).limit(pageSize).offset((page - 1) * pageSize);
  const [total] = await db
    .select({ n: count() })
    .from(licences)
    .innerJoin(licenceTypes, eq(licenceTypes.id, licences.typeId))
    .where(where);
  return { rows: rows.map(toView), total: toNumber(total?.n) };
}

export async function setRevoked(db: Db, id: string, at: Date, reason: string, signature: string): Promise<boolean> {
  const rows = await db
    .update(licences)
    .set({ revokedAt: at, revokedReason: reason, signature })
    .where(sql`${licences.id} = ${id} and ${licences.revokedAt} is null`)
    .returning({ id: licences.id });
  return rows.length === 1;
}

export async function countLicences(db: Db): Promise<number> {
  const [row] = await db.select({ n: count() }).from(licences);
  return toNumber(row?.n);
}
