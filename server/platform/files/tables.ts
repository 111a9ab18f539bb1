import { bigint, index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 文件: one stored upload. The bytes live in the configured store (local disk under DATA_DIR, or an
// S3-compatible bucket); this row says what they are, who uploaded them and where they are kept.
// `purpose` names what the upload is for (e.g. 'application.material'); `attached_to` is set when a
// room claims the file (the application that uses it), so unclaimed uploads can be swept.
export const storedFiles = pgTable(
  'stored_file',
  {
    id: uuid('id').primaryKey(),
    ownerId: uuid('owner_id'),
    purpose: text('purpose').notNull(),
    name: text('name').notNull(),
    mime: text('mime').notNull(),
    size: bigint('size', { mode: 'number' }).notNull(),
    sha256: text('sha256').notNull(),
    store: text('store').notNull(), // local | s3
    storageKey: text('storage_key').notNull(),
    attachedTo: text('attached_to'),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('stored_file_owner_idx').on(t.ownerId, t.createdAt), index('stored_file_attached_idx').on(t.attachedTo)],
);
