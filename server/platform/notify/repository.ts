// SQL for in-app notifications (站内消息).
import { and, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db, PendingWrite } from '../db/index.ts';
import { insertRows, queryRows, runWrites, toInstant, toJson, toNumber } from '../db/index.ts';
import { notifications, type BilingualText } from './tables.ts';

export interface NotificationRow {
  id: string;
  userId: string;
  kind: string;
  title: BilingualText;
  body: BilingualText;
  link: string | null;
  createdAt: Date;
  readAt: Date | null;
}

export type NewNotification = Omit<NotificationRow, 'createdAt' | 'readAt'>;

const normalise = (r: typeof notifications.$inferSelect): NotificationRow => ({
  id: r.id,
  userId: r.userId,
  kind: r.kind,
  title: toJson<BilingualText>(r.title),
  body: toJson<BilingualText>(r.body),
  link: r.link,
  createdAt: toInstant(r.createdAt),
  readAt: r.readAt ? toInstant(r.readAt) : null,
});

export async function insertNotifications(db: Db, rows: NewNotification[]): Promise<void> {
  if (rows.length === 0) return;
  // One statement of fixed text (the rows as one jsonb parameter).
  await runWrites(db, [notificationsWrite(rows)]);
}

/** The same insert as a write for a caller's batch. */
export const notificationsWrite = (rows: NewNotification[]): PendingWrite => insertRows(notifications, rows);

const ownedBy = (userId: string, unreadOnly: boolean) => (unreadOnly ? and(eq(notifications.userId, userId), isNull(notifications.readAt)) : eq(notifications.userId, userId));

/** A user's notifications, newest first, one page; with the total for the filter. */
export async function listNotifications(db: Db, userId: string, options: { unreadOnly: boolean; limit: number; offset: number }): Promise<{ rows: NotificationRow[]; total: number }> {
  const where = ownedBy(userId, options.unreadOnly);
  const rows = await db.select().from(notifications).where(where).orderBy(desc(notifications.createdAt), desc(notifications.id)).limit(options.limit).offset(options.offset);
  const [total] = await db.select({ n: count() }).from(notifications).where(where);
  return { rows: rows.map(normalise), total: toNumber(total?.n) };
}

export async function countUnread(db: Db, userId: string): Promise<number> {
  const [row] = await db.select({ n: count() }).from(notifications).where(ownedBy(userId, true));
  return toNumber(row?.n);
}

/** Marks the given notifications read, only those of `userId` still unread; returns how many changed. */
export async function markNotificationsRead(db: Db, userId: string, ids: string[]): Promise<number> {
  if (ids.length === 0) return 0;
  const changed = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), inArray(notifications.id, ids), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return changed.length;
}

/**
 * Inserts each row whose user has no notification of the row's kind yet (a notice sent once, whatever runs it);
 * returns the users written to.
 */
export async function insertNotificationsOnce(db: Db, rows: NewNotification[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const doc = JSON.stringify(rows.map((r) => ({ id: r.id, user_id: r.userId, kind: r.kind, title: r.title, body: r.body, link: r.link })));
  const written = await queryRows<{ user_id: string }>(
    db,
    sql`insert into notification (id, user_id, kind, title, body, link)
        select r.id, r.user_id, r.kind, r.title, r.body, r.link from jsonb_populate_recordset(null::notification, ${doc}::jsonb) r
        where not exists (select 1 from notification n where n.user_id = r.user_id and n.kind = r.kind)
        returning user_id`,
  );
  return written.map((w) => w.user_id);
}
