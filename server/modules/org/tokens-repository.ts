import { desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/index.ts';
import { toInstant } from '../../platform/db/index.ts';
import { apiTokens } from './tables.ts';

export type TokenRow = typeof apiTokens.$inferSelect;

const normalise = (r: TokenRow): TokenRow => ({
  ...r,
  createdAt: toInstant(r.createdAt),
  expiresAt: r.expiresAt ? toInstant(r.expiresAt) : null,
  lastUsedAt: r.lastUsedAt ? toInstant(r.lastUsedAt) : null,
  revokedAt: r.revokedAt ? toInstant(r.revokedAt) : null,
});

export async function insertToken(db: Db, row: typeof apiTokens.$inferInsert) {
  await db.insert(apiTokens).values(row);
}

export async function findTokenBySecretHash(db: Db, secretHash: string): Promise<TokenRow | null> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.secretHash, secretHash));
  return row ? normalise(row) : null;
}

export async function findToken(db: Db, id: string): Promise<TokenRow | null> {
  const [row] = await db.select().from(apiTokens).where(eq(apiTokens.id, id));
  return row ? normalise(row) : null;
}

export async function listTokens(db: Db): Promise<TokenRow[]> {
  return (await db.select().from(apiTokens).orderBy(desc(apiTokens.createdAt))).map(normalise);
}

export async function markTokenUsed(db: Db, id: string, at: Date) {
  await db.update(apiTokens).set({ lastUsedAt: at }).where(eq(apiTokens.id, id));
}

export async function revokeToken(db: Db, id: string): Promise<boolean> {
  const rows = await db
    .update(apiTokens)
    .set({ revokedAt: sql`now()` })
    .where(sql`${apiTokens.id} = ${id} and ${apiTokens.revokedAt} is null`)
    .returning({ id: apiTokens.id });
  return rows.length === 1;
}
