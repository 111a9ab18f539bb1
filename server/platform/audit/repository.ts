// All SQL of the audit log: the chain lock and head, batches for verification, the retention
// purge and its anchors, and the admin page's filtered list. There is deliberately no update.
import { and, asc, count, desc, eq, gt, gte, isNotNull, isNull, like, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { Db, PendingWrite } from '../db/index.ts';
import { insertRow, queryRows, toInstant, toJson, toNumber, uuidv7 } from '../db/index.ts';
import type { ChainHead, StoredRow } from './chain.ts';
import { auditAnchors, auditLog } from './tables.ts';

export type AuditInsert = typeof auditLog.$inferInsert;

/** Advisory lock key serialising appends and purges (the migration lock is 7_260_001). */
const CHAIN_LOCK = 7_260_002;

/** Held until the caller's transaction ends, so the next appender reads this row as its head. */
export async function lockChain(tx: Db): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${CHAIN_LOCK})`);
}

/** For the periodic sealer: false when another process holds the lock. */
export async function tryLockChain(tx: Db): Promise<boolean> {
  const [row] = await queryRows<{ ok: boolean }>(tx, sql`select pg_try_advisory_xact_lock(${CHAIN_LOCK}) as ok`);
  return Boolean(row?.ok);
}

export async function insertAuditRow(tx: Db, row: AuditInsert): Promise<void> {
  await tx.insert(auditLog).values(row);
}

/** The same insert, built and not run (for a batch of writes). */
export const auditRowInsert = (row: AuditInsert): PendingWrite => insertRow(auditLog, row);

/**
 * The same row with members of `change` taken from the batch itself (SQL without parameters, e.g. a number an
 * earlier CTE drew) and no digest: the sealer computes it from the change as stored.
 */
export function auditRowInsertCompleted(row: AuditInsert, members: Record<string, string>): PendingWrite {
  const pairs = Object.entries(members).map(([name, expression]) => {
    if (!/^[A-Za-z][A-Za-z0-9]*$/.test(name)) throw new Error(`audit change member ${name} is not a plain name`);
    return `'${name}', ${expression}`;
  });
  // Only the change column differs from the plain insert: its value completed with the members.
  const write = insertRow(auditLog, { ...row, digest: '', change: row.change ?? null }, { around: { change: (p) => `coalesce(${p}::jsonb, '{}'::jsonb) || jsonb_build_object(${pairs.join(', ')})` } });
  // It reads what another write of the batch returns (a drawn number): it runs with that one, not before.
  return { ...write, late: true };
}

/** The last sealed row. */
export async function findLastRow(db: Db): Promise<ChainHead | null> {
  const [row] = await db.select({ seq: auditLog.seq, hash: auditLog.hash }).from(auditLog).where(isNotNull(auditLog.seq)).orderBy(desc(auditLog.seq)).limit(1);
  return row ? { seq: row.seq!, hash: row.hash ?? '' } : null;
}

/** The oldest unsealed rows (uuidv7 ids sort by time). */
export async function readUnsealed(tx: Db, limit: number): Promise<UnsealedRow[]> {
  const rows = await tx.select().from(auditLog).where(isNull(auditLog.seq)).orderBy(asc(auditLog.id)).limit(limit);
  return rows.map((r) => ({ ...r, at: toInstant(r.at), change: toJson(r.change) }));
}

export type UnsealedRow = Omit<StoredRow, 'seq' | 'prevHash' | 'hash'>;

/** Writes the chain position and hashes of freshly sealed rows in one statement. */
export async function writeSeals(tx: Db, seals: { id: string; digest: string; seq: number; prevHash: string; hash: string }[]): Promise<void> {
  await tx.execute(sql`
    update ${auditLog} as a set seq = s.seq, prev_hash = s."prevHash", hash = s.hash, digest = s.digest
      from jsonb_to_recordset(${JSON.stringify(seals)}::jsonb) as s(id uuid, digest text, seq bigint, "prevHash" text, hash text)
     where a.id = s.id and a.seq is null`);
}

export interface AnchorRow extends ChainHead {
  id: string;
  kind: string;
  rows: number;
  cutoff: Date | null;
  createdAt: Date;
}

export async function findLatestAnchor(db: Db): Promise<AnchorRow | null> {
  const [row] = await db.select().from(auditAnchors).orderBy(desc(auditAnchors.seq), desc(auditAnchors.createdAt)).limit(1);
  return row ? { ...row, cutoff: row.cutoff ? toInstant(row.cutoff) : null, createdAt: toInstant(row.createdAt) } : null;
}

export async function insertAnchor(tx: Db, anchor: { seq: number; hash: string; rows: number; cutoff: Date; createdAt: Date }): Promise<void> {
  await tx.insert(auditAnchors).values({ id: uuidv7(), kind: 'purge', ...anchor });
}

/** A sealed row (callers select only rows with a seq). */
const toStored = (r: typeof auditLog.$inferSelect): StoredRow => ({
  ...r,
  seq: r.seq!,
  prevHash: r.prevHash ?? '',
  hash: r.hash ?? '',
  at: toInstant(r.at),
  change: toJson(r.change),
});

/** A row as listed: sealed or not yet. */
export type AuditRecord = Omit<StoredRow, 'seq' | 'prevHash' | 'hash'> & {
  seq: number | null;
  prevHash: string | null;
  hash: string | null;
};
const toRecord = (r: typeof auditLog.$inferSelect): AuditRecord => ({
  ...r,
  at: toInstant(r.at),
  change: toJson(r.change),
});

/** The next `limit` rows after `afterSeq`, in chain order (keyset paging: constant cost per batch). */
export async function readChainBatch(db: Db, afterSeq: number, limit: number): Promise<StoredRow[]> {
  const rows = await db.select().from(auditLog).where(gt(auditLog.seq, afterSeq)).orderBy(asc(auditLog.seq)).limit(limit);
  return rows.map(toStored);
}

/** Rows at or before `seq`: those outside the chain (written before it existed) when `seq` is the anchor's. */
export async function countRowsThrough(db: Db, seq: number): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog).where(lte(auditLog.seq, seq));
  return toNumber(row?.n);
}

/** The oldest `limit` sealed rows (seq, hash, time), for the purge to find how far the expired prefix runs. */
export async function readOldest(db: Db, limit: number): Promise<{ seq: number; hash: string; at: Date }[]> {
  const rows = await db.select({ seq: auditLog.seq, hash: auditLog.hash, at: auditLog.at }).from(auditLog).where(isNotNull(auditLog.seq)).orderBy(asc(auditLog.seq)).limit(limit);
  return rows.map((r) => ({ seq: r.seq!, hash: r.hash ?? '', at: toInstant(r.at) }));
}

export async function deleteThrough(tx: Db, seq: number): Promise<number> {
  const rows = await queryRows(tx, sql`with gone as (delete from ${auditLog} where ${auditLog.seq} <= ${seq} returning 1) select count(*) as n from gone`);
  return toNumber(rows[0]?.n);
}

// ---- The admin page's list ----

export interface AuditFilters {
  actorId?: string | undefined;
  /** Prefix: 'org.' matches org.department.create and org.user.disable. */
  action?: string | undefined;
  entity?: string | undefined;
  entityId?: string | undefined;
  /** Inclusive. */
  from?: Date | undefined;
  /** Exclusive. */
  to?: Date | undefined;
}

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

function whereOf(f: AuditFilters): SQL | undefined {
  const conditions: SQL[] = [];
  if (f.actorId !== undefined) conditions.push(eq(auditLog.actorId, f.actorId));
  if (f.action) conditions.push(like(auditLog.action, `${escapeLike(f.action)}%`));
  if (f.entity !== undefined) conditions.push(eq(auditLog.entity, f.entity));
  if (f.entityId !== undefined) conditions.push(eq(auditLog.entityId, f.entityId));
  if (f.from) conditions.push(gte(auditLog.at, f.from));
  if (f.to) conditions.push(lt(auditLog.at, f.to));
  return conditions.length ? and(...conditions) : undefined;
}

/** Newest first. */
export async function listAuditRows(db: Db, filters: AuditFilters, limit: number, offset: number): Promise<AuditRecord[]> {
  const rows = await db.select().from(auditLog).where(whereOf(filters)).orderBy(desc(auditLog.id)).limit(limit).offset(offset);
  return rows.map(toRecord);
}

export async function countAuditRows(db: Db, filters: AuditFilters): Promise<number> {
  const [row] = await db.select({ n: count() }).from(auditLog).where(whereOf(filters));
  return toNumber(row?.n);
}
