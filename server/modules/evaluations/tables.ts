import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** A set of scores: the level, optional dimensions, a comment, and when. */
export interface ScoreSet {
  level: number;
  dimensions: Record<string, number>;
  comment: string | null;
  ratedAt: string;
}

// 邀评: a finished case that invites its applicant to rate it (from the applications room's
// `application.ended` event). The rating window runs from `ended_at` to `rate_until`.
export const evaluationInvitations = pgTable(
  'evaluation_invitation',
  {
    id: uuid('id').primaryKey(),
    subjectType: text('subject_type').notNull(), // application
    subjectId: uuid('subject_id').notNull(),
    raterUserId: uuid('rater_user_id'),
    departmentId: uuid('department_id').notNull(),
    itemCode: text('item_code'),
    hallId: uuid('hall_id'),
    title: text('title').notNull(),
    number: text('number'),
    endedAt: timestamp('ended_at', { withTimezone: true, precision: 3 }).notNull(),
    rateUntil: timestamp('rate_until', { withTimezone: true, precision: 3 }).notNull(),
    ratingId: uuid('rating_id'),
  },
  (t) => [uniqueIndex('evaluation_invitation_subject_key').on(t.subjectType, t.subjectId), index('evaluation_invitation_rater_idx').on(t.raterUserId, t.endedAt.desc())],
);

// 一次一评: a window visit the clerk opened a rating page for (one rating, within minutes).
export const evaluationWindowSessions = pgTable('evaluation_window_session', {
  id: uuid('id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  clerkId: uuid('clerk_id').notNull(),
  /** The clerk's department (the hall). */
  hallId: uuid('hall_id').notNull(),
  /** The department rated: the application's deciding department, or the hall itself. */
  departmentId: uuid('department_id').notNull(),
  applicationId: uuid('application_id'),
  itemCode: text('item_code'),
  service: text('service').notNull(),
  expiresAt: timestamp('expires_at', { withTimezone: true, precision: 3 }).notNull(),
  ratingId: uuid('rating_id'),
  createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

// 评价: one rating. The loop's progress is mirrored here (loop_*) so lists and the tally need no join.
export const ratings = pgTable(
  'rating',
  {
    id: uuid('id').primaryKey(),
    channel: text('channel').notNull(), // online | window | public
    subjectType: text('subject_type').notNull(), // application | windowVisit | department
    subjectId: text('subject_id').notNull(),
    subjectTitle: text('subject_title').notNull(),
    subjectNumber: text('subject_number'),
    departmentId: uuid('department_id').notNull(),
    itemCode: text('item_code'),
    hallId: uuid('hall_id'),
    /** The rater's account, when known (kept for the office even when anonymous). */
    raterUserId: uuid('rater_user_id'),
    realName: boolean('real_name').notNull(),
    /** A keyed hash of the public reviewer's address (rate limiting only). */
    sourceHash: text('source_hash'),
    first: jsonb('first').$type<ScoreSet>().notNull(),
    supplement: jsonb('supplement').$type<ScoreSet>(),
    /** The supplement's level when there is one, else the first. */
    level: smallint('level').notNull(),
    ratedAt: timestamp('rated_at', { withTimezone: true, precision: 3 }).notNull(),
    status: text('status').notNull().default('valid'), // valid | removed
    removedReason: text('removed_reason'),
    removedAt: timestamp('removed_at', { withTimezone: true, precision: 3 }),
    loopId: uuid('loop_id'),
    loopState: text('loop_state'),
    loopDecision: text('loop_decision'),
    calledBackAt: timestamp('called_back_at', { withTimezone: true, precision: 3 }),
    callbackContacted: boolean('callback_contacted'),
    callbackSatisfied: boolean('callback_satisfied'),
    loopClosedAt: timestamp('loop_closed_at', { withTimezone: true, precision: 3 }),
    loopOnTime: boolean('loop_on_time'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('rating_subject_key').on(t.subjectType, t.subjectId).where(sql`channel <> 'public'`),
    index('rating_department_idx').on(t.departmentId, t.ratedAt.desc()),
    index('rating_rated_at_idx').on(t.ratedAt.desc()),
    index('rating_loop_idx').on(t.loopId),
    index('rating_source_idx').on(t.sourceHash, t.ratedAt).where(sql`source_hash is not null`),
  ],
);

// 申诉: a department's claim that a rating is malicious or mistaken; the office decides.
export const ratingAppeals = pgTable(
  'rating_appeal',
  {
    id: uuid('id').primaryKey(),
    ratingId: uuid('rating_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    reason: text('reason').notNull(),
    evidence: jsonb('evidence').$type<string[]>().notNull(),
    status: text('status').notNull().default('filed'), // filed | upheld | dismissed
    filedBy: uuid('filed_by').notNull(),
    filedAt: timestamp('filed_at', { withTimezone: true, precision: 3 }).notNull(),
    decidedBy: uuid('decided_by'),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
    decisionComment: text('decision_comment'),
    version: integer('version').notNull().default(1),
  },
  (t) => [uniqueIndex('rating_appeal_rating_key').on(t.ratingId), index('rating_appeal_status_idx').on(t.status, t.filedAt)],
);

// 好差评统计: per day, department, item, hall and channel, the counts every metric is made of. Each write
// to an invitation, a window visit or a rating adds its change here in the same transaction, so metrics
// never read the ratings themselves. Ratings count on the day they were given; invitations on the day the
// case ended. A year of a million ratings is some 200 000 daily rows; the same counts per month
// (evaluation_tally_month, written alongside) are an eighth of that, and a period's whole months are read
// from there. Each change is counted twice: under its item (without its hall) for figures by item, and under
// the item code '*' (all items, with its hall) for every other figure.
const counts = () => ({
  invited: integer('invited').notNull().default(0),
  rated: integer('rated').notNull().default(0),
  /** Ratings given on an invitation (online or at the window): the numerator of the rating rate. */
  answered: integer('answered').notNull().default(0),
  l1: integer('l1').notNull().default(0),
  l2: integer('l2').notNull().default(0),
  l3: integer('l3').notNull().default(0),
  l4: integer('l4').notNull().default(0),
  l5: integer('l5').notNull().default(0),
  bad: integer('bad').notNull().default(0),
  calledBack: integer('called_back').notNull().default(0),
  rectified: integer('rectified').notNull().default(0),
  realNameBad: integer('real_name_bad').notNull().default(0),
  realNameBadClosed: integer('real_name_bad_closed').notNull().default(0),
  loopsClosed: integer('loops_closed').notNull().default(0),
  loopsOnTime: integer('loops_on_time').notNull().default(0),
});

export const evaluationTally = pgTable(
  'evaluation_tally',
  {
    day: date('day').notNull(),
    departmentId: uuid('department_id').notNull(),
    itemCode: text('item_code').notNull().default(''),
    hallId: text('hall_id').notNull().default(''),
    channel: text('channel').notNull(),
    ...counts(),
  },
  (t) => [
    primaryKey({ columns: [t.day, t.departmentId, t.itemCode, t.hallId, t.channel] }),
    index('evaluation_tally_department_idx').on(t.departmentId, t.day),
    // The all-items rows ('*') of a period, without walking every item's.
    index('evaluation_tally_all_items_idx').on(t.day, t.departmentId).where(sql`item_code = '*'`),
  ],
);

/** The same counts per month (`month` is the month's first day). */
export const evaluationTallyMonth = pgTable(
  'evaluation_tally_month',
  {
    month: date('month').notNull(),
    departmentId: uuid('department_id').notNull(),
    itemCode: text('item_code').notNull().default(''),
    hallId: text('hall_id').notNull().default(''),
    channel: text('channel').notNull(),
    ...counts(),
  },
  (t) => [
    primaryKey({ columns: [t.month, t.departmentId, t.itemCode, t.hallId, t.channel] }),
    index('evaluation_tally_month_department_idx').on(t.departmentId, t.month),
    index('evaluation_tally_month_all_items_idx').on(t.month, t.departmentId).where(sql`item_code = '*'`),
  ],
);
