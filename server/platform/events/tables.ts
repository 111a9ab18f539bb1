import { bigint, bigserial, index, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// 领域事件: an append-only outbox of facts one room records for others to act on later, written in
// the same transaction as the fact itself (a failed post-check → the credit room's record; a bad
// rating's long fix → the ledger). Readers keep their own position (the id they read up to).
export const domainEvents = pgTable(
  'domain_event',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    type: text('type').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('domain_event_type_idx').on(t.type, t.id), index('domain_event_subject_idx').on(t.subjectType, t.subjectId)],
);

// 读取位置: how far each reader has handled events of a type (one row per reader).
export const eventCursors = pgTable('event_cursor', {
  reader: text('reader').primaryKey(),
  lastId: bigint('last_id', { mode: 'number' }).notNull().default(0),
  updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
