// 企业服务: enterprise stewards (企业帮扶管家) sent to newly signed or newly established enterprises, the office's
// contacts and visits (对接/实地走访) with the problems enterprises raise, key projects (重点项目) with their
// approval blockers (堵点) and the coordination meetings (推进会) that solve them, and service-hall inspections
// (明查暗访) whose findings become ledger tasks.
import { sql } from 'drizzle-orm';
import { index, integer, jsonb, numeric, pgTable, text, timestamp, uniqueIndex, uuid, date, boolean } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

// 帮扶管家: one steward per enterprise at a time (outreach_steward_active_key).
export const outreachStewards = pgTable(
  'outreach_steward',
  {
    id: uuid('id').primaryKey(),
    uscc: text('uscc').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    /** new_signed (新签约) · new_established (新落地) · other */
    reason: text('reason').notNull(),
    stewardUserId: uuid('steward_user_id'),
    stewardName: text('steward_name').notNull(),
    stewardPhone: text('steward_phone').notNull().default(''),
    departmentId: uuid('department_id').notNull(),
    assignedOn: date('assigned_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    index('outreach_steward_uscc_idx').on(t.uscc),
    index('outreach_steward_department_idx').on(t.departmentId),
    // One active steward per enterprise, held by the database too (the service checks first, under a lock).
    uniqueIndex('outreach_steward_active_key').on(t.uscc).where(sql`${t.endedOn} is null`),
  ],
);

// 企业对接: a visit (实地走访) or a contact (电话/座谈/线上对接).
export const outreachContacts = pgTable(
  'outreach_contact',
  {
    id: uuid('id').primaryKey(),
    uscc: text('uscc').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    /** visit · contact */
    kind: text('kind').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    /** Who went or called (names, free text) */
    staff: text('staff').notNull(),
    departmentId: uuid('department_id'),
    summary: text('summary').notNull().default(''),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('outreach_contact_held_idx').on(t.heldOn), index('outreach_contact_uscc_idx').on(t.uscc, t.heldOn)],
);

// 企业反映问题: raised at a contact (or directly), routed to a unit, tracked to solved.
export const outreachProblems = pgTable(
  'outreach_problem',
  {
    id: uuid('id').primaryKey(),
    contactId: uuid('contact_id'),
    uscc: text('uscc').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    title: text('title').notNull(),
    detail: text('detail').notNull().default(''),
    raisedOn: date('raised_on', { mode: 'string' }).notNull(),
    /** open · routed · solved · explained (无法解决，已解释) */
    state: text('state').notNull().default('open'),
    departmentId: uuid('department_id'),
    routedAt: at('routed_at'),
    dueOn: date('due_on', { mode: 'string' }),
    answer: text('answer').notNull().default(''),
    solvedAt: at('solved_at'),
    ledgerTaskId: uuid('ledger_task_id'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('outreach_problem_state_idx').on(t.state, t.raisedOn), index('outreach_problem_department_idx').on(t.departmentId, t.state), index('outreach_problem_uscc_idx').on(t.uscc, t.raisedOn)],
);

// 重点项目: a key project of an enterprise in the registry.
export const keyProjects = pgTable(
  'key_project',
  {
    id: uuid('id').primaryKey(),
    code: text('code').notNull(),
    name: text('name').notNull(),
    uscc: text('uscc').notNull(),
    enterpriseName: text('enterprise_name').notNull(),
    regionCode: text('region_code').notNull(),
    /** 万元 */
    investment: numeric('investment', { precision: 14, scale: 2 }).notNull().default('0'),
    /** 立项用地规划许可 · 工程建设许可 · 施工许可 · 竣工验收 (the four approval stages) */
    stage: text('stage').notNull(),
    year: integer('year').notNull(),
    /** 市本级/旗县区/开发区 — who follows it */
    departmentId: uuid('department_id'),
    active: boolean('active').notNull().default(true),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('key_project_code_key').on(t.code), index('key_project_year_idx').on(t.year), index('key_project_uscc_idx').on(t.uscc)],
);

// 堵点: an approval blocker of a project, at a stage, held by a department; solved at a meeting or otherwise.
export const projectBlockers = pgTable(
  'project_blocker',
  {
    id: uuid('id').primaryKey(),
    projectId: uuid('project_id').notNull(),
    stage: text('stage').notNull(),
    departmentId: uuid('department_id').notNull(),
    title: text('title').notNull(),
    detail: text('detail').notNull().default(''),
    foundOn: date('found_on', { mode: 'string' }).notNull(),
    /** open · solved */
    state: text('state').notNull().default('open'),
    solvedOn: date('solved_on', { mode: 'string' }),
    solvedMeetingId: uuid('solved_meeting_id'),
    solution: text('solution').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('project_blocker_project_idx').on(t.projectId), index('project_blocker_state_idx').on(t.state, t.foundOn)],
);

// 推进会: a coordination meeting on project approvals.
export const projectMeetings = pgTable(
  'project_meeting',
  {
    id: uuid('id').primaryKey(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    chair: text('chair').notNull().default(''),
    departmentIds: jsonb('department_ids').$type<string[]>().notNull().default([]),
    minutes: text('minutes').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('project_meeting_held_idx').on(t.heldOn)],
);

// 明查暗访: an inspection of a service hall, open (明查) or covert (暗访).
export const hallInspections = pgTable(
  'hall_inspection',
  {
    id: uuid('id').primaryKey(),
    hallName: text('hall_name').notNull(),
    /** The department that runs the hall (a county's 政务服务中心 …) */
    departmentId: uuid('department_id').notNull(),
    regionCode: text('region_code').notNull(),
    /** open · covert */
    mode: text('mode').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    inspectors: text('inspectors').notNull(),
    /** 联合纪委监委/督查室 … */
    jointWith: text('joint_with').notNull().default(''),
    summary: text('summary').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('hall_inspection_held_idx').on(t.heldOn)],
);

// A finding of an inspection; each becomes a rectification task on the ledger (ledgerTaskId).
export const hallFindings = pgTable(
  'hall_finding',
  {
    id: uuid('id').primaryKey(),
    inspectionId: uuid('inspection_id').notNull(),
    title: text('title').notNull(),
    detail: text('detail').notNull().default(''),
    /** minor · serious */
    severity: text('severity').notNull().default('minor'),
    departmentId: uuid('department_id').notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    ledgerTaskId: uuid('ledger_task_id'),
    createdAt: at('created_at').notNull().defaultNow(),
  },
  (t) => [index('hall_finding_inspection_idx').on(t.inspectionId)],
);
