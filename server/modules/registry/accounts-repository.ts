// SQL for the applicant accounts linked to market entities (企业账号关联).
import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toInstant } from '../../platform/db/index.ts';
import type { EntityRow } from './entities-repository.ts';
import { normaliseEntity } from './entities-repository.ts';
import { entities, entityAccounts } from './tables.ts';

export type AccountRow = typeof entityAccounts.$inferSelect;
export type NewAccount = typeof entityAccounts.$inferInsert;

const normalise = (r: AccountRow): AccountRow => ({ ...r, createdAt: toInstant(r.createdAt) });

export async function listAccounts(db: Db, entityId: string): Promise<AccountRow[]> {
  const rows = await db.select().from(entityAccounts).where(eq(entityAccounts.entityId, entityId)).orderBy(asc(entityAccounts.createdAt), asc(entityAccounts.id));
  return rows.map(normalise);
}

/** False when the account is linked to the entity already. */
export async function insertAccount(db: Db, row: NewAccount): Promise<boolean> {
  const rows = await db.insert(entityAccounts).values(row).onConflictDoNothing().returning({ id: entityAccounts.id });
  return rows.length === 1;
}

/** The seed's links; existing pairs are skipped. */
export async function insertAccounts(db: Db, rows: NewAccount[]): Promise<number> {
  if (rows.length === 0) return 0;
  return (await db.insert(entityAccounts).values(rows).onConflictDoNothing().returning({ id: entityAccounts.id })).length;
}

/** The removed link, or null when there was none. */
export async function deleteAccount(db: Db, entityId: string, userId: string): Promise<AccountRow | null> {
  const [row] = await db
    .delete(entityAccounts)
    .where(and(eq(entityAccounts.entityId, entityId), eq(entityAccounts.userId, userId)))
    .returning();
  return row ? normalise(row) : null;
}

/** The entities a user represents, by name. */
export async function entitiesOfUser(db: Db, userId: string): Promise<{ entity: EntityRow; account: AccountRow }[]> {
  const rows = await db
    .select({ entity: entities, account: entityAccounts })
    .from(entityAccounts)
    .innerJoin(entities, eq(entities.id, entityAccounts.entityId))
    .where(eq(entityAccounts.userId, userId))
    .orderBy(asc(entities.name), desc(entityAccounts.createdAt));
  return rows.map((r) => ({ entity: normaliseEntity(r.entity), account: normalise(r.account) }));
}

/** The link of a user to the entity with this USCC, or null. */
export async function findLink(db: Db, userId: string, uscc: string): Promise<{ entity: EntityRow; account: AccountRow } | null> {
  const [row] = await db
    .select({ entity: entities, account: entityAccounts })
    .from(entityAccounts)
    .innerJoin(entities, eq(entities.id, entityAccounts.entityId))
    .where(and(eq(entityAccounts.userId, userId), eq(entities.uscc, uscc)));
  return row ? { entity: normaliseEntity(row.entity), account: normalise(row.account) } : null;
}

export async function entityIdsOfUser(db: Db, userId: string): Promise<string[]> {
  const rows = await db.select({ id: entityAccounts.entityId }).from(entityAccounts).where(eq(entityAccounts.userId, userId));
  return rows.map((r) => r.id);
}
