import { sql } from 'drizzle-orm';
import { bigint, index, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 审计日志: one row per write, appended in the same transaction as the write (DESIGN.md §5.6).
// Tamper-evident (防篡改): once sealed, each row carries its chain position and the SM3 hash of its
// own content and of the row before it, so altering, deleting or re-ordering a row breaks the chain
// (`yingshang audit verify`). Writers insert unsealed rows (seq, prev_hash, hash null) without any
// lock; the sealer (seal.ts) chains them in order a moment later.
export const auditLog = pgTable(
  'audit_log',
  {
    id: uuid('id').primaryKey(),
    /** Chain position, assigned by the sealer (the previous row's seq + 1); null until sealed. */
    seq: bigint('seq', { mode: 'number' }).unique(),
    /** Set by the app, in whole milliseconds, so the hash covers exactly what is stored. */
    at: timestamp('at', { withTimezone: true }).notNull(),
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
    /** The previous row's `hash` (64 zeros for the first row, or the anchor's hash after a purge). */
    prevHash: text('prev_hash'),
    /** SM3 over the canonical JSON of this row's fields and `prev_hash` (see chain.ts). */
    hash: text('hash'),
  },
  (t) => [
    // The admin page's filters, each ending in id (uuidv7, time order; sealed or not) so "newest
    // first" reads the index backwards.
    index('audit_log_entity_idx').on(t.entity, t.entityId, t.id),
    index('audit_log_actor_idx').on(t.actorId, t.id),
    // text_pattern_ops lets `action like 'org.%'` (prefix filter) use the index under any collation.
    index('audit_log_action_idx').on(t.action.op('text_pattern_ops'), t.id),
    index('audit_log_at_idx').on(t.at),
    // The sealer's queue: the few rows not yet chained, oldest id (uuidv7: time order) first.
    index('audit_log_unsealed_idx').on(t.id).where(sql`seq is null`),
  ],
);

// 审计锚点: where the verified chain starts. A retention purge deletes the oldest rows and records
// the seq and hash of the last one it deleted; verification continues from there. The migration
// that introduced the chain records one `legacy` anchor over the rows written before it.
export const auditAnchors = pgTable(
  'audit_anchor',
  {
    id: uuid('id').primaryKey(),
    /** Rows up to and including this seq are outside the chain (purged, or written before it existed). */
    seq: bigint('seq', { mode: 'number' }).notNull(),
    /** The chain continues from this hash: the next row's prev_hash. */
    hash: text('hash').notNull(),
    kind: text('kind').notNull(), // purge | legacy
    /** How many rows this purge deleted (0 for the legacy anchor). */
    rows: bigint('rows', { mode: 'number' }).notNull(),
    /** The purge deleted rows older than this. */
    cutoff: timestamp('cutoff', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('audit_anchor_seq_idx').on(t.seq)],
);
