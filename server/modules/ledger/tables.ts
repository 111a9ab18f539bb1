// 督办台账: the leading group's member units (领导小组成员单位), the ledger's sources (a provincial evaluation's
// feedback, an action plan, the city's plan, leaders' instructions, hall inspections, 差评, meeting decisions),
// issues → measures → tasks, progress reports, 挂牌督办 escalations, dispatch meetings (调度会) and workbook
// imports. A task's closure path (销号, with the second, 自治区 approval) runs on the workflow engine; `state`
// mirrors its case so the board, packs and exports read one table.
import { sql } from 'drizzle-orm';
import { boolean, date, index, integer, jsonb, pgTable, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

// 领导小组成员单位: a unit's membership over time (joined/left), its named leader (分管领导), contact and duties.
export const ledgerMembers = pgTable(
  'ledger_member',
  {
    id: uuid('id').primaryKey(),
    departmentId: uuid('department_id').notNull(),
    /** 组长/副组长/成员单位 */
    role: text('role').notNull().default('member'),
    leaderName: text('leader_name').notNull(),
    leaderTitle: text('leader_title').notNull().default(''),
    contactName: text('contact_name').notNull().default(''),
    /** An office telephone (work contact, not personal data). */
    contactPhone: text('contact_phone').notNull().default(''),
    duties: text('duties').notNull().default(''),
    joinedOn: date('joined_on', { mode: 'string' }).notNull(),
    leftOn: date('left_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('ledger_member_department_idx').on(t.departmentId, t.joinedOn)],
);

// 台账来源: a document or channel tasks come from; a plan's period drives 时间过半任务过半.
export const ledgerSources = pgTable(
  'ledger_source',
  {
    id: uuid('id').primaryKey(),
    kind: text('kind').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    /** 文号 */
    documentNo: text('document_no').notNull().default(''),
    issuedOn: date('issued_on', { mode: 'string' }),
    periodStart: date('period_start', { mode: 'string' }).notNull(),
    periodEnd: date('period_end', { mode: 'string' }).notNull(),
    /** The plan this one implements (the city plan → the province's action plan). */
    parentId: uuid('parent_id'),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ledger_source_code_key').on(t.code), index('ledger_source_kind_idx').on(t.kind)],
);

// 问题: one finding or item of a source (反馈问题第 3 项).
export const ledgerIssues = pgTable(
  'ledger_issue',
  {
    id: uuid('id').primaryKey(),
    sourceId: uuid('source_id').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    detail: text('detail').notNull().default(''),
    /** The evaluation indicator it concerns (开办企业 …), free text until the indicators room exists. */
    indicator: text('indicator').notNull().default(''),
    leadDepartmentId: uuid('lead_department_id'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ledger_issue_code_key').on(t.sourceId, t.code)],
);

// 整改措施: how an issue is to be put right; tasks hang from it.
export const ledgerMeasures = pgTable(
  'ledger_measure',
  {
    id: uuid('id').primaryKey(),
    issueId: uuid('issue_id').notNull(),
    code: text('code').notNull(),
    title: text('title').notNull(),
    leadDepartmentId: uuid('lead_department_id'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('ledger_measure_code_key').on(t.issueId, t.code)],
);

// 任务: the unit of work and of closure. `origin` links a task made from something else (a 差评 loop, a hall
// inspection finding, a meeting decision, an enterprise's problem).
export const ledgerTasks = pgTable(
  'ledger_task',
  {
    id: uuid('id').primaryKey(),
    /** TZ + year + 5 digits */
    number: text('number').notNull(),
    sourceId: uuid('source_id').notNull(),
    issueId: uuid('issue_id'),
    measureId: uuid('measure_id'),
    title: text('title').notNull(),
    detail: text('detail').notNull().default(''),
    leadDepartmentId: uuid('lead_department_id').notNull(),
    supportDepartmentIds: jsonb('support_department_ids').$type<string[]>().notNull().default([]),
    startsOn: date('starts_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    /** A batch deadline's label ("6月" / "10月"), when the source set deadlines in batches. */
    batch: text('batch'),
    expectedResult: text('expected_result').notNull().default(''),
    /** 0–100, from the last progress report. */
    progress: integer('progress').notNull().default(0),
    /** doing · reviewing · provincial · closed · cancelled (mirrors the case) */
    state: text('state').notNull().default('doing'),
    needsSecondApproval: boolean('needs_second_approval').notNull().default(false),
    /** 报送自治区销号 / 自治区已销号 */
    provincialSubmittedAt: at('provincial_submitted_at'),
    provincialAcceptedAt: at('provincial_accepted_at'),
    closedAt: at('closed_at'),
    /** 挂牌督办 */
    escalated: boolean('escalated').notNull().default(false),
    lastReportAt: at('last_report_at'),
    reportCount: integer('report_count').notNull().default(0),
    sentBackCount: integer('sent_back_count').notNull().default(0),
    caseId: uuid('case_id'),
    originType: text('origin_type'),
    originId: text('origin_id'),
    createdBy: uuid('created_by'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('ledger_task_number_key').on(t.number),
    index('ledger_task_lead_idx').on(t.leadDepartmentId, t.dueOn),
    index('ledger_task_source_idx').on(t.sourceId, t.dueOn),
    index('ledger_task_measure_idx').on(t.measureId),
    index('ledger_task_issue_idx').on(t.issueId),
    index('ledger_task_state_idx').on(t.state, t.dueOn),
    uniqueIndex('ledger_task_origin_key').on(t.originType, t.originId).where(sql`${t.originId} is not null`),
  ],
);

// 进展报告: what a unit reports (text, figures, attachments) and the progress it claims.
export const ledgerReports = pgTable(
  'ledger_report',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id').notNull(),
    at: at('at').notNull(),
    authorId: uuid('author_id'),
    authorName: text('author_name').notNull().default(''),
    departmentId: uuid('department_id'),
    /** progress · closure (销号申请) · review (审核意见) · provincial (自治区) · escalation · note */
    kind: text('kind').notNull().default('progress'),
    text: text('text').notNull(),
    figures: jsonb('figures').$type<{ label: string; value: string }[]>().notNull().default([]),
    progress: integer('progress'),
    attachments: jsonb('attachments').$type<string[]>().notNull().default([]),
  },
  (t) => [index('ledger_report_task_idx').on(t.taskId, t.at)],
);

// 挂牌督办: an escalation of a task with its own tracking (opened, followed up, lifted).
export const ledgerEscalations = pgTable(
  'ledger_escalation',
  {
    id: uuid('id').primaryKey(),
    taskId: uuid('task_id').notNull(),
    openedAt: at('opened_at').notNull(),
    openedBy: uuid('opened_by'),
    reason: text('reason').notNull(),
    /** 专班督办 / 市政府督办 */
    level: text('level').notNull().default('office'),
    /** The date the unit must answer by. */
    answerBy: date('answer_by', { mode: 'string' }),
    liftedAt: at('lifted_at'),
    liftedBy: uuid('lifted_by'),
    liftNote: text('lift_note'),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('ledger_escalation_task_idx').on(t.taskId, t.openedAt)],
);

// 调度会: a meeting record; its pack is frozen when the meeting is held; its decisions are tasks (origin 'meeting').
export const ledgerMeetings = pgTable(
  'ledger_meeting',
  {
    id: uuid('id').primaryKey(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    title: text('title').notNull(),
    chair: text('chair').notNull().default(''),
    location: text('location').notNull().default(''),
    presentDepartmentIds: jsonb('present_department_ids').$type<string[]>().notNull().default([]),
    minutes: text('minutes').notNull().default(''),
    /** The pack as it stood when the meeting was held (null until then). */
    pack: jsonb('pack'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('ledger_meeting_held_idx').on(t.heldOn)],
);

// A workbook import: its mapping, progress and row-by-row report (the web and the CLI poll it).
export const ledgerImports = pgTable('ledger_import', {
  id: uuid('id').primaryKey(),
  fileName: text('file_name').notNull(),
  sourceId: uuid('source_id'),
  mapping: jsonb('mapping').$type<Record<string, string>>().notNull().default({}),
  /** parsing · importing · done · failed */
  status: text('status').notNull(),
  total: integer('total').notNull().default(0),
  processed: integer('processed').notNull().default(0),
  imported: integer('imported').notNull().default(0),
  rejected: integer('rejected').notNull().default(0),
  problems: jsonb('problems').$type<{ row: number; column: string; message: { zh: string; en: string } }[]>().notNull().default([]),
  createdBy: uuid('created_by'),
  createdAt: at('created_at').notNull().defaultNow(),
  /** Moved on every progress update; an unfinished import not moved for 10 minutes was interrupted (the sweep). */
  updatedAt: at('updated_at').notNull().defaultNow(),
  finishedAt: at('finished_at'),
});

// The module's configurable rules (amber share, …), versioned like the hotline's.
export const ledgerSettings = pgTable('ledger_setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: at('updated_at').notNull().defaultNow(),
  updatedBy: uuid('updated_by'),
});

// The task number's yearly sequence.
export const ledgerSequences = pgTable('ledger_sequence', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull().default(0),
});
