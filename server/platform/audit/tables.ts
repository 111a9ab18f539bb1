import { bigserial, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 审计日志: one row per write, appended in the same transaction as the write (DESIGN.md §5.6).
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    /** Append order; the tamper-evident chain (identity issue) follows it. */
    seq: bigserial('seq', { mode: 'number' }).notNull().unique(),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    actorType: text('actor_type').notNull(), // user | token | system | cli
    actorId: text('actor_id'),
    action: text('action').notNull(), // e.g. calendar.override.set
    entity: text('entity').notNull(), // table or aggregate name
    entityId: text('entity_id'),
    ip: text('ip'),
    requestId: text('request_id'),
    /** The change itself, personal data masked by the caller. */
    change: jsonb('change'),
    /** SM3 digest of the canonical JSON of `change`. */
    digest: text('digest').notNull(),
  },
  (t) => [index('audit_log_entity_idx').on(t.entity, t.entityId), index('audit_log_at_idx').on(t.at)],
);
