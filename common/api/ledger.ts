// 督办台账 (ledger): contracts shared by the server and the web — the leading group, sources, issues → measures →
// tasks, progress reports, closure (销号) with the province's second approval, 挂牌督办, lights, the half-time check,
// dispatch meetings with their packs, workbook imports, and the statistics the metrics read.
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { ESCALATION_LEVELS, LIGHTS, MEMBER_ROLES, SOURCE_KINDS, TASK_STATES } from '../ledger/vocabulary.ts';

const date = isoDate;
const text = (max: number) => z.string().trim().min(1, '不能为空 / required').max(max, `最多 ${max} 字 / at most ${max} characters`);
const uuid = z.string().uuid('编号格式不对 / not a valid id');
const version = z.number().int().min(1);
const label = z.object({ zh: z.string(), en: z.string() });

export const sourceKindSchema = z.enum(SOURCE_KINDS);
export const taskStateSchema = z.enum(TASK_STATES);
export const lightSchema = z.enum(LIGHTS);

// ── the leading group (领导小组成员单位) ─────────────────────────────────────────────────────────────
export const memberBody = z.object({
  departmentId: uuid,
  role: z.enum(MEMBER_ROLES).default('member'),
  leaderName: text(50),
  leaderTitle: z.string().trim().max(100).default(''),
  contactName: z.string().trim().max(50).default(''),
  contactPhone: z.string().trim().max(30).default(''),
  duties: z.string().trim().max(2000).default(''),
  joinedOn: date,
  note: z.string().trim().max(500).default(''),
});
export type MemberBody = z.infer<typeof memberBody>;
/** Only the fields given change (no defaults filled in, unlike memberBody). */
export const memberUpdateBody = z
  .object({
    departmentId: uuid,
    role: z.enum(MEMBER_ROLES),
    leaderName: text(50),
    leaderTitle: z.string().trim().max(100),
    contactName: z.string().trim().max(50),
    contactPhone: z.string().trim().max(30),
    duties: z.string().trim().max(2000),
    joinedOn: date,
    note: z.string().trim().max(500),
  })
  .partial()
  .extend({ version, leftOn: date.nullable().optional() });
export type MemberUpdateBody = z.infer<typeof memberUpdateBody>;
export const memberView = z.object({
  id: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  role: z.enum(MEMBER_ROLES),
  leaderName: z.string(),
  leaderTitle: z.string(),
  contactName: z.string(),
  contactPhone: z.string(),
  duties: z.string(),
  joinedOn: z.string(),
  leftOn: z.string().nullable(),
  note: z.string(),
  version: z.number(),
});
export type MemberView = z.infer<typeof memberView>;
/** The group on a date (members then), and the changes in a period (joined / left). */
export const membersQuery = z.object({ on: date.optional(), changesFrom: date.optional(), changesTo: date.optional() });

// ── sources, issues, measures ────────────────────────────────────────────────────────────────────
export const sourceBody = z
  .object({
    kind: sourceKindSchema,
    code: text(40),
    title: text(200),
    documentNo: z.string().trim().max(100).default(''),
    issuedOn: date.nullable().default(null),
    periodStart: date,
    periodEnd: date,
    parentId: uuid.nullable().default(null),
    note: z.string().trim().max(2000).default(''),
  })
  .refine((v) => v.periodEnd >= v.periodStart, { path: ['periodEnd'], message: '结束日期不能早于开始日期 / the period cannot end before it starts' });
export type SourceBody = z.infer<typeof sourceBody>;
export const sourceView = z.object({
  id: z.string(),
  kind: sourceKindSchema,
  code: z.string(),
  title: z.string(),
  documentNo: z.string(),
  issuedOn: z.string().nullable(),
  periodStart: z.string(),
  periodEnd: z.string(),
  parentId: z.string().nullable(),
  note: z.string(),
  version: z.number(),
  /** counts: tasks, closed, and the half-time check on today */
  tasks: z.number(),
  closed: z.number(),
});
export type SourceView = z.infer<typeof sourceView>;

export const issueBody = z.object({
  sourceId: uuid,
  code: text(40),
  title: text(300),
  detail: z.string().trim().max(4000).default(''),
  indicator: z.string().trim().max(60).default(''),
  leadDepartmentId: uuid.nullable().default(null),
});
export type IssueBody = z.infer<typeof issueBody>;
export const measureBody = z.object({ issueId: uuid, code: text(40), title: text(500), leadDepartmentId: uuid.nullable().default(null) });
export type MeasureBody = z.infer<typeof measureBody>;
export const issueView = z.object({
  id: z.string(),
  sourceId: z.string(),
  code: z.string(),
  title: z.string(),
  detail: z.string(),
  indicator: z.string(),
  leadDepartmentId: z.string().nullable(),
  version: z.number(),
  measures: z.array(z.object({ id: z.string(), code: z.string(), title: z.string(), leadDepartmentId: z.string().nullable(), version: z.number(), tasks: z.number(), closed: z.number() })),
  tasks: z.number(),
  closed: z.number(),
});
export type IssueView = z.infer<typeof issueView>;

// ── tasks ────────────────────────────────────────────────────────────────────────────────────────
export const taskBody = z
  .object({
    sourceId: uuid,
    issueId: uuid.nullable().default(null),
    measureId: uuid.nullable().default(null),
    title: text(500),
    detail: z.string().trim().max(4000).default(''),
    leadDepartmentId: uuid,
    supportDepartmentIds: z.array(uuid).max(30).default([]),
    startsOn: date,
    dueOn: date,
    batch: z.string().trim().max(20).nullable().default(null),
    expectedResult: z.string().trim().max(2000).default(''),
    needsSecondApproval: z.boolean().default(false),
  })
  .refine((v) => v.dueOn >= v.startsOn, { path: ['dueOn'], message: '完成时限不能早于开始日期 / the deadline cannot be before the start' });
export type TaskBody = z.infer<typeof taskBody>;
export const taskUpdateBody = z.object({
  version,
  title: text(500).optional(),
  detail: z.string().trim().max(4000).optional(),
  leadDepartmentId: uuid.optional(),
  supportDepartmentIds: z.array(uuid).max(30).optional(),
  dueOn: date.optional(),
  batch: z.string().trim().max(20).nullable().optional(),
  expectedResult: z.string().trim().max(2000).optional(),
  needsSecondApproval: z.boolean().optional(),
});
export type TaskUpdateBody = z.infer<typeof taskUpdateBody>;

export const taskListQuery = z.object({
  sourceId: uuid.optional(),
  sourceKind: sourceKindSchema.optional(),
  issueId: uuid.optional(),
  measureId: uuid.optional(),
  departmentId: uuid.optional(),
  /** mine: the caller's own unit (lead or support) */
  mine: z.coerce.boolean().optional(),
  state: taskStateSchema.optional(),
  light: lightSchema.optional(),
  batch: z.string().max(20).optional(),
  escalated: z.coerce.boolean().optional(),
  dueFrom: date.optional(),
  dueTo: date.optional(),
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TaskListQuery = z.infer<typeof taskListQuery>;

export const taskRow = z.object({
  id: z.string(),
  number: z.string(),
  sourceId: z.string(),
  sourceKind: sourceKindSchema,
  sourceTitle: z.string(),
  issueId: z.string().nullable(),
  measureId: z.string().nullable(),
  title: z.string(),
  leadDepartmentId: z.string(),
  leadDepartmentName: z.string(),
  supportDepartmentIds: z.array(z.string()),
  startsOn: z.string(),
  dueOn: z.string(),
  batch: z.string().nullable(),
  progress: z.number(),
  state: taskStateSchema,
  stateLabel: label,
  light: lightSchema,
  amberReason: z.enum(['time', 'half']).nullable(),
  daysLeft: z.number(),
  escalated: z.boolean(),
  needsSecondApproval: z.boolean(),
  lastReportAt: z.string().nullable(),
  closedAt: z.string().nullable(),
  version: z.number(),
});
export type TaskRow = z.infer<typeof taskRow>;
export const taskPage = z.object({ items: z.array(taskRow), total: z.number(), page: z.number(), pageSize: z.number() });

export const reportView = z.object({
  id: z.string(),
  at: z.string(),
  kind: z.string(),
  authorName: z.string(),
  departmentName: z.string().nullable(),
  text: z.string(),
  figures: z.array(z.object({ label: z.string(), value: z.string() })),
  progress: z.number().nullable(),
  attachments: z.array(z.object({ id: z.string(), name: z.string() })),
});
export type ReportView = z.infer<typeof reportView>;
export const escalationView = z.object({
  id: z.string(),
  openedAt: z.string(),
  reason: z.string(),
  level: z.enum(ESCALATION_LEVELS),
  answerBy: z.string().nullable(),
  liftedAt: z.string().nullable(),
  liftNote: z.string().nullable(),
  version: z.number(),
});
export const taskDetail = taskRow.extend({
  detail: z.string(),
  expectedResult: z.string(),
  supportDepartments: z.array(z.object({ id: z.string(), name: z.string() })),
  issue: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  measure: z.object({ id: z.string(), code: z.string(), title: z.string() }).nullable(),
  origin: z.object({ type: z.string(), id: z.string() }).nullable(),
  provincialSubmittedAt: z.string().nullable(),
  provincialAcceptedAt: z.string().nullable(),
  caseId: z.string().nullable(),
  caseVersion: z.number().nullable(),
  reports: z.array(reportView),
  escalations: z.array(escalationView),
  /** What the caller may do now (workflow actions and the module's own: report, edit, escalate). */
  actions: z.array(z.object({ key: z.string(), label, commentRequired: z.boolean() })),
});
export type TaskDetail = z.infer<typeof taskDetail>;

/** 进展报告 (also a phone form). */
export const progressBody = z.object({
  text: text(4000),
  progress: z.number().int().min(0).max(100),
  figures: z.array(z.object({ label: text(40), value: text(40) })).max(20).default([]),
  attachmentIds: z.array(uuid).max(9).default([]),
});
export type ProgressBody = z.infer<typeof progressBody>;

/** A step on the closure path: requestClosure, approve, sendBack, provincialAccept, provincialReject, cancel. */
export const taskActionBody = z.object({
  action: z.enum(['requestClosure', 'approve', 'sendBack', 'submitProvince', 'provincialAccept', 'provincialReject', 'urge', 'cancel']),
  version,
  comment: z.string().trim().max(2000).optional(),
  attachmentIds: z.array(uuid).max(9).default([]),
});
export type TaskActionBody = z.infer<typeof taskActionBody>;

export const escalateBody = z.object({ version, reason: text(1000), level: z.enum(ESCALATION_LEVELS).default('office'), answerBy: date.nullable().default(null) });
export const liftEscalationBody = z.object({ version, note: text(1000) });

// ── the board, the half-time check, statistics ───────────────────────────────────────────────────
export const lightCounts = z.object({ green: z.number(), amber: z.number(), red: z.number(), done: z.number() });
export const halfTimeRow = z.object({
  key: z.string(),
  label: z.string(),
  total: z.number(),
  closed: z.number(),
  timeShare: z.number(),
  taskShare: z.number(),
  halfTimeReached: z.boolean(),
  met: z.boolean().nullable(),
});
export const boardView = z.object({
  asOf: z.string(),
  totals: lightCounts.extend({ total: z.number(), escalated: z.number(), reviewing: z.number() }),
  byUnit: z.array(lightCounts.extend({ departmentId: z.string(), name: z.string(), total: z.number() })),
  bySource: z.array(lightCounts.extend({ sourceId: z.string(), kind: sourceKindSchema, title: z.string(), total: z.number() })),
  halfTime: z.object({ byPlan: z.array(halfTimeRow), byUnit: z.array(halfTimeRow), bySource: z.array(halfTimeRow) }),
  /** Tasks closed per month (the last 12). */
  closedByMonth: z.array(z.object({ month: z.string(), closed: z.number() })),
});
export type BoardView = z.infer<typeof boardView>;
export const boardQuery = z.object({ sourceId: uuid.optional(), on: date.optional() });

export const ledgerStatsQuery = z.object({ from: date, to: date });
export const ledgerStats = z.object({
  from: z.string(),
  to: z.string(),
  /** issues listed and closed by source kind and by batch */
  bySource: z.array(z.object({ kind: sourceKindSchema, issues: z.number(), tasks: z.number(), closed: z.number() })),
  byBatch: z.array(z.object({ batch: z.string(), tasks: z.number(), closed: z.number() })),
  tasks: z.number(),
  closed: z.number(),
  closureRate: z.number().nullable(),
  provincialSubmitted: z.number(),
  provincialAccepted: z.number(),
  escalations: z.number(),
  meetings: z.number(),
});
export type LedgerStats = z.infer<typeof ledgerStats>;

// ── dispatch meetings (调度会) ─────────────────────────────────────────────────────────────────────
export const meetingBody = z.object({
  heldOn: date,
  title: text(200),
  chair: z.string().trim().max(50).default(''),
  location: z.string().trim().max(100).default(''),
  presentDepartmentIds: z.array(uuid).max(100).default([]),
  minutes: z.string().trim().max(10000).default(''),
});
export type MeetingBody = z.infer<typeof meetingBody>;
export const meetingUpdateBody = meetingBody.partial().extend({ version });
/** A decision of the meeting: becomes a task (source kind 'meeting'). */
export const decisionBody = z.object({
  title: text(500),
  leadDepartmentId: uuid,
  supportDepartmentIds: z.array(uuid).max(30).default([]),
  dueOn: date,
  expectedResult: z.string().trim().max(2000).default(''),
});
export type DecisionBody = z.infer<typeof decisionBody>;

const packTask = z.object({ id: z.string(), number: z.string(), title: z.string(), dueOn: z.string(), progress: z.number(), daysLeft: z.number(), state: taskStateSchema, escalated: z.boolean(), closedAt: z.string().nullable() });
export const packUnit = z.object({
  departmentId: z.string(),
  name: z.string(),
  overdue: z.array(packTask),
  atRisk: z.array(packTask),
  newlyClosed: z.array(packTask),
  openDecisions: z.array(packTask),
  silent: z.number(),
  total: z.number(),
  closed: z.number(),
});
export const meetingPack = z.object({
  asOf: z.string(),
  since: z.string().nullable(),
  previousMeetingId: z.string().nullable(),
  totals: z.object({ overdue: z.number(), atRisk: z.number(), newlyClosed: z.number(), openDecisions: z.number(), total: z.number(), closed: z.number() }),
  units: z.array(packUnit),
});
export type MeetingPack = z.infer<typeof meetingPack>;
export const meetingView = z.object({
  id: z.string(),
  heldOn: z.string(),
  title: z.string(),
  chair: z.string(),
  location: z.string(),
  presentDepartmentIds: z.array(z.string()),
  minutes: z.string(),
  held: z.boolean(),
  decisions: z.array(taskRow),
  version: z.number(),
});
export type MeetingView = z.infer<typeof meetingView>;

// The workbook import's and the rules' contracts live in ledger-workbook.ts (re-exported here).
export * from './ledger-workbook.ts';

// ── replies and update bodies of the core routes (added with the ledger room's core) ─────────────
export const membersReply = z.object({
  items: z.array(memberView),
  /** With changesFrom/changesTo: who joined and who left in that period. */
  changes: z.object({ joined: z.array(memberView), left: z.array(memberView) }).nullable(),
});
export const sourcesReply = z.object({ items: z.array(sourceView) });
/** PUT /sources/:id: the whole source again, with the version it was read at. */
export const sourceUpdateBody = z.intersection(sourceBody, z.object({ version }));
const counted = { tasks: z.number(), closed: z.number() };
export const sourceTree = z.object({ source: sourceView, issues: z.array(issueView), unassigned: z.object(counted) });
export type SourceTree = z.infer<typeof sourceTree>;
/** An issue stays in its source and a measure under its issue; only the fields given change. */
export const issueUpdateBody = z
  .object({ code: text(40), title: text(300), detail: z.string().trim().max(4000), indicator: z.string().trim().max(60), leadDepartmentId: uuid.nullable() })
  .partial()
  .extend({ version });
export const measureUpdateBody = z.object({ code: text(40), title: text(500), leadDepartmentId: uuid.nullable() }).partial().extend({ version });
export const issueRow = issueView.omit({ measures: true, tasks: true, closed: true });
export const measureRow = z.object({ id: z.string(), issueId: z.string(), code: z.string(), title: z.string(), leadDepartmentId: z.string().nullable(), version: z.number() });
export const taskCreated = z.object({ id: z.string(), number: z.string() });
