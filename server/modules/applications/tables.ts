import { sql } from 'drizzle-orm';
import { boolean, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

/** One material of an application and how it was satisfied. */
export interface ApplicationMaterial {
  key: string;
  name: string;
  required: boolean;
  /** uploaded: files given; fetched: taken from the registry (免提交); paper: shown at the window; missing. */
  status: 'uploaded' | 'fetched' | 'paper' | 'missing';
  fileIds: string[];
  /** When fetched: the licence (or record) the registry gave, and the share-log entry of that read. */
  licenceId: string | null;
  licenceNumber: string | null;
}

// 办件: one application. A bundle (一件事) submission is a parent row (kind 'bundle') with one child row
// (kind 'member') per member item; a single item's application is kind 'item'. Drafts have no number
// and no case. `state` mirrors the workflow case's state (or 'draft') so lists filter on one table.
export const applications = pgTable(
  'application',
  {
    id: uuid('id').primaryKey(),
    /** 办件编号 = 实施编码 + yyyyMMdd + daily sequence; null while a draft. */
    number: text('number'),
    kind: text('kind').notNull(), // item | bundle | member
    parentId: uuid('parent_id'),
    /** The catalogue edition applied under (items and members), or the bundle's row (bundles). */
    itemId: uuid('item_id'),
    itemCode: text('item_code'),
    bundleId: uuid('bundle_id'),
    bundleCode: text('bundle_code'),
    title: text('title').notNull(),
    /** Who decides (the item's implementing department); null for a bundle's parent. */
    departmentId: uuid('department_id'),
    /** Where it was received: a hall's department for window, assisted and cross-region intake. */
    intakeDepartmentId: uuid('intake_department_id'),
    /** online (网办) | mobile (掌上办) | window (一窗受理) | assisted (帮办代办) | crossRegion (通办) */
    channel: text('channel').notNull(),
    /** The staff member who filled it in for the applicant (window, assisted, cross-region). */
    assistedBy: uuid('assisted_by'),
    /** The applicant's account (null when a clerk files for someone without one). */
    applicantUserId: uuid('applicant_user_id'),
    applicantKind: text('applicant_kind').notNull(), // entity | person
    applicantUscc: text('applicant_uscc'),
    applicantName: text('applicant_name').notNull(),
    contactPhoneEnc: text('contact_phone_enc'),
    contactPhoneMasked: text('contact_phone_masked'),
    formData: jsonb('form_data').$type<Record<string, unknown>>().notNull(),
    materials: jsonb('materials').$type<ApplicationMaterial[]>().notNull(),
    /** 告知承诺: decided on the applicant's signed commitment. */
    commitment: boolean('commitment').notNull().default(false),
    state: text('state').notNull(),
    /** approved | refused (不予受理) | rejected (不予许可) | withdrawn | terminated | null while open. */
    outcome: text('outcome'),
    caseId: uuid('case_id'),
    /** electronic | post (邮寄) */
    delivery: text('delivery').notNull().default('electronic'),
    postAddress: text('post_address'),
    /** pending | sent | delivered, for postal delivery. */
    postStatus: text('post_status'),
    postTracking: text('post_tracking'),
    resultLicenceId: uuid('result_licence_id'),
    /** Materials the applicant was not asked for (fetched from the registry). */
    exemptedCount: integer('exempted_count').notNull().default(0),
    submittedAt: timestamp('submitted_at', { withTimezone: true, precision: 3 }),
    acceptedAt: timestamp('accepted_at', { withTimezone: true, precision: 3 }),
    decidedAt: timestamp('decided_at', { withTimezone: true, precision: 3 }),
    finishedAt: timestamp('finished_at', { withTimezone: true, precision: 3 }),
    /** Mirrors of the case clock, for lists and statistics. */
    dueAt: timestamp('due_at', { withTimezone: true, precision: 3 }),
    workingDays: numeric('working_days', { precision: 8, scale: 2, mode: 'number' }),
    onTime: boolean('on_time'),
    version: integer('version').notNull().default(1),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('application_number_key').on(t.number),
    index('application_applicant_idx').on(t.applicantUserId, t.createdAt.desc()),
    index('application_uscc_idx').on(t.applicantUscc, t.createdAt.desc()),
    index('application_department_idx').on(t.departmentId, t.submittedAt.desc()),
    index('application_parent_idx').on(t.parentId).where(sql`parent_id is not null`),
    index('application_submitted_idx').on(t.submittedAt.desc()),
    index('application_item_idx').on(t.itemCode, t.submittedAt.desc()),
    index('application_case_idx').on(t.caseId),
  ],
);

// 办件编号 daily sequences: one row per implementing code and day, bumped inside the submitting
// transaction, so numbers have no gaps (a rolled-back submission gives its number back).
export const applicationSequences = pgTable(
  'application_sequence',
  {
    prefix: text('prefix').notNull(),
    day: text('day').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.prefix, t.day] })],
);

// 事后核查: the check a commitment-based approval owes, run as its own workflow case.
export const postChecks = pgTable(
  'post_check',
  {
    id: uuid('id').primaryKey(),
    applicationId: uuid('application_id').notNull(),
    departmentId: uuid('department_id').notNull(),
    caseId: uuid('case_id'),
    /** pending | passed | failed */
    result: text('result').notNull().default('pending'),
    findings: text('findings'),
    dueOn: text('due_on').notNull(),
    checkedAt: timestamp('checked_at', { withTimezone: true, precision: 3 }),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('post_check_application_idx').on(t.applicationId), index('post_check_department_idx').on(t.departmentId, t.result)],
);

// 承诺制限制: an applicant (by USCC or account) barred from commitment-based approval after a false
// commitment, until an office user lifts it (信用修复).
export const commitmentBlocks = pgTable(
  'commitment_block',
  {
    id: uuid('id').primaryKey(),
    /** 'uscc:<code>' or 'user:<id>' */
    applicantKey: text('applicant_key').notNull(),
    applicationId: uuid('application_id').notNull(),
    reason: text('reason').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true, precision: 3 }).notNull().defaultNow(),
    liftedAt: timestamp('lifted_at', { withTimezone: true, precision: 3 }),
    liftedBy: uuid('lifted_by'),
    liftReason: text('lift_reason'),
  },
  (t) => [index('commitment_block_key_idx').on(t.applicantKey).where(sql`lifted_at is null`)],
);
