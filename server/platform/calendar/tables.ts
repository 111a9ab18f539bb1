import { boolean, date, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

// Admin overrides on top of the State Council's official calendar (common/calendar/official.ts):
// a date made a working day or a day off, e.g. a local holiday or a late notice.
export const calendarOverrides = pgTable('calendar_override', {
  date: date('date', { mode: 'string' }).primaryKey(),
  working: boolean('working').notNull(),
  note: text('note').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

// Years an admin added when their notice appeared (weekends rest unless overridden).
export const calendarYears = pgTable('calendar_year', {
  year: integer('year').primaryKey(),
  note: text('note').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
