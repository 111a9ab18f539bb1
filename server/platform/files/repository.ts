// SQL for stored uploads (文件).
import { and, asc, eq, inArray, isNull, lt } from 'drizzle-orm';
import type { Db } from '../db/index.ts';
import { toInstant } from '../db/index.ts';
import { storedFiles } from './tables.ts';

export interface StoredFileRow {
  id: string;
  ownerId: string | null;
  purpose: string;
  name: string;
  mime: string;
  size: number;
  sha256: string;
  store: 'local' | 's3';
  storageKey: string;
  attachedTo: string | null;
  createdAt: Date;
}

const normalise = (r: typeof storedFiles.$inferSelect): StoredFileRow => ({
  ...r,
  size: Number(r.size),
  store: r.store === 's3' ? 's3' : 'local',
  createdAt: toInstant(r.createdAt),
});

export async function insertFile(db: Db, row: Omit<StoredFileRow, 'createdAt' | 'attachedTo'>): Promise<StoredFileRow> {
  const [inserted] = await db.insert(storedFiles).values({ ...row, attachedTo: null }).returning();
  return normalise(inserted!);
}

export async function findFile(db: Db, id: string): Promise<StoredFileRow | null> {
  const [row] = await db.select().from(storedFiles).where(eq(storedFiles.id, id));
  return row ? normalise(row) : null;
}

export async function findFiles(db: Db, ids: string[]): Promise<StoredFileRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(storedFiles).where(inArray(storedFiles.id, ids));
  return rows.map(normalise);
}

/** The rows of `ids` that exist, locked until the caller's transaction ends (so a claim is decided once). */
export async function lockFiles(db: Db, ids: string[]): Promise<StoredFileRow[]> {
  if (ids.length === 0) return [];
  const rows = await db.select().from(storedFiles).where(inArray(storedFiles.id, ids)).orderBy(asc(storedFiles.id)).for('update');
  return rows.map(normalise);
}

export async function setAttachedTo(db: Db, ids: string[], attachedTo: string): Promise<void> {
  if (ids.length === 0) return;
  await db.update(storedFiles).set({ attachedTo }).where(inArray(storedFiles.id, ids));
}

/** Unclaimed uploads made before `cutoff`, oldest first. */
export async function listUnattachedBefore(db: Db, cutoff: Date, limit: number): Promise<StoredFileRow[]> {
  const rows = await db
    .select()
    .from(storedFiles)
    .where(and(isNull(storedFiles.attachedTo), lt(storedFiles.createdAt, cutoff)))
    .orderBy(asc(storedFiles.createdAt), asc(storedFiles.id))
    .limit(limit);
  return rows.map(normalise);
}

/** Deletes those of `ids` still unclaimed (a claim that won the race keeps its file); returns what went. */
export async function deleteUnattached(db: Db, ids: string[]): Promise<StoredFileRow[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .delete(storedFiles)
    .where(and(inArray(storedFiles.id, ids), isNull(storedFiles.attachedTo)))
    .returning();
  return rows.map(normalise);
}
