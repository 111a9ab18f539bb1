import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import type { CaseClock, Holder, HolderEntry } from './types.ts';

// 案件: one running instance of a workflow. The module that owns the subject (an application, a
// ticket, a ledger task …) keeps its own row and points here by `subject_id`.
export const workflowCases = pgTable(
  'workflow_case',
  {
    id: uuid('id').primaryKey(),
    workflow: text('workflow').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: uuid('subject_id').notNull(),
    state: text('state').notNull(),
    holders: jsonb('holders').$type<HolderEntry[]>().notNull(),
    initiatorId: uuid('initiator_id'),
    stateEnteredAt: timestamp('state_entered_at', { withTimezone: true, precision: 3 }).notNull(),
    stateDueAt: timestamp('state_due_at', { withTimezone: true, precision: 3 }),
    suspendedFrom: text('suspended_from'),
    clock: jsonb('clock').$type<CaseClock>().notNull(),
    /** The case clock's due time, denormalised for queues and reminder sweeps (null: not started or paused). */
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }),
    ended: boolean('ended').notNull().default(false),
    othersActed: boolean('others_acted').notNull().default(false),
    /**
     * 待办: the first holder key of an open case ('user:<id>' or 'department:<id>'; null once ended), so the queue of
     * the usual case — one holder — is read off this row's own index, and a step moves the case between queues
     * with the update it makes anyway. Further keys (会签 holders, delegates) are workflow_assignment rows.
     */
    queueKey: text('queue_key'),
    trail: jsonb('trail').$type<{ state: string; holders: Holder[] }[]>().notNull(),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('workflow_case_subject_idx').on(t.subjectType, t.subjectId),
    index('workflow_case_due_idx').on(t.dueAt).where(sql`not ended`),
    index('workflow_case_queue_idx').on(t.queueKey, t.dueAt, t.id).where(sql`queue_key is not null`),
  ],
);

// 待办, the further keys: an open case's holder keys after its first (which is the case's queue_key), one row each —
// the other holders of a 会签 and the delegates. Most cases have none, so most steps write no row here. A queue
// reads both, each one index range ordered by deadline.
export const workflowAssignments = pgTable(
  'workflow_assignment',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => workflowCases.id, { onDelete: 'cascade' }),
    holderKey: text('holder_key').notNull(),
    workflow: text('workflow').notNull(),
    state: text('state').notNull(),
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }),
    since: timestamp('since', { withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.holderKey] }), index('workflow_assignment_queue_idx').on(t.holderKey, t.dueAt, t.caseId)],
);

// 办理记录: the append-only history of a case's actions.
export const workflowHistory = pgTable(
  'workflow_history',
  {
    id: uuid('id').primaryKey(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => workflowCases.id, { onDelete: 'cascade' }),
    seq: integer('seq').notNull(),
    at: timestamp('at', { withTimezone: true, precision: 3 }).notNull(),
    action: text('action').notNull(),
    actorId: uuid('actor_id'),
    fromState: text('from_state').notNull(),
    toState: text('to_state').notNull(),
    comment: text('comment'),
    attachments: jsonb('attachments').$type<string[]>().notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [index('workflow_history_case_idx').on(t.caseId, t.seq)],
);

// 提醒: reminders already sent, so the periodic sweep sends each (case, kind, due time) once.
export const workflowReminders = pgTable(
  'workflow_reminder',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => workflowCases.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(), // due_soon | overdue
    dueAtMs: bigint('due_at_ms', { mode: 'number' }).notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.kind, t.dueAtMs] })],
);
