import { sql } from 'drizzle-orm';
import { index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

/** A text in both languages (zh is what users see by default). */
export interface BilingualText {
  zh: string;
  en: string;
}

// 站内消息: one in-app notification for one user. Domain-free: `kind` and `link` are whatever the
// sending room chose (e.g. 'workflow.overdue', '/cases/…'). user_id has no foreign key so this room
// does not depend on org's tables; a deleted user's messages simply stop being read.
export const notifications = pgTable(
  'notification',
  {
    id: uuid('id').primaryKey(),
    userId: uuid('user_id').notNull(),
    kind: text('kind').notNull(),
    title: jsonb('title').$type<BilingualText>().notNull(),
    body: jsonb('body').$type<BilingualText>().notNull(),
    link: text('link'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp('read_at', { withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('notification_user_created_idx').on(t.userId, t.createdAt.desc()),
    index('notification_unread_idx').on(t.userId, t.createdAt.desc()).where(sql`read_at is null`),
  ],
);
