import { index, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';

// 会话: one row per signed-in browser. The cookie carries a random token; only its SM3 hash is
// stored, so a copy of the database cannot be used to sign in.
export const sessions = pgTable(
  'session',
  {
    tokenHash: text('token_hash').primaryKey(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull(),
    lastSeenAt: timestamp('last_seen_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    ip: text('ip'),
    userAgent: text('user_agent'),
    via: text('via').notNull(), // password | oidc
  },
  (t) => [index('session_user_idx').on(t.userId)],
);
