// 企业服务 (outreach): contracts shared by the server and the web — stewards (帮扶管家), contacts and visits
// (对接/实地走访) with the problems enterprises raise, key projects (重点项目) and their approval blockers (堵点) with
// coordination meetings (推进会), and service-hall inspections (明查暗访) whose findings become ledger tasks.
import { z } from 'zod';
import { isoDate } from './dates.ts';

const t = (zh: string, en: string) => ({ zh, en });
const date = isoDate;
const text = (max: number) => z.string().trim().min(1, '不能为空 / required').max(max, `最多 ${max} 字 / at most ${max} characters`);
const uuid = z.string().uuid('编号格式不对 / not a valid id');
const version = z.number().int().min(1);
const uscc = z.string().trim().toUpperCase().length(18, '统一社会信用代码应为 18 位 / a USCC has 18 characters');

export const STEWARD_REASONS = ['new_signed', 'new_established', 'other'] as const;
export const STEWARD_REASON_LABELS = { new_signed: t('新签约企业', 'Newly signed'), new_established: t('新落地企业', 'Newly established'), other: t('其他', 'Other') } as const;
export const CONTACT_KINDS = ['visit', 'contact'] as const;
export const CONTACT_KIND_LABELS = { visit: t('实地走访', 'On-site visit'), contact: t('对接联系', 'Contact') } as const;
export const PROBLEM_STATES = ['open', 'routed', 'solved', 'explained'] as const;
export const PROBLEM_STATE_LABELS = { open: t('待交办', 'To route'), routed: t('办理中', 'With a unit'), solved: t('已解决', 'Solved'), explained: t('已解释说明', 'Explained') } as const;
/** The four stages of construction-project approval (工程建设项目审批). */
export const PROJECT_STAGES = ['planning', 'engineering', 'construction', 'acceptance'] as const;
export const PROJECT_STAGE_LABELS = {
  planning: t('立项用地规划许可', 'Project and land-use planning'),
  engineering: t('工程建设许可', 'Engineering permit'),
  construction: t('施工许可', 'Construction permit'),
  acceptance: t('竣工验收', 'Completion acceptance'),
} as const;
export const INSPECTION_MODES = ['open', 'covert'] as const;
export const INSPECTION_MODE_LABELS = { open: t('明查', 'Announced'), covert: t('暗访', 'Covert') } as const;

// ── stewards ──
export const stewardBody = z.object({
  uscc,
  reason: z.enum(STEWARD_REASONS),
  stewardUserId: uuid.nullable().default(null),
  stewardName: text(50),
  stewardPhone: z.string().trim().max(30).default(''),
  departmentId: uuid,
  assignedOn: date,
  note: z.string().trim().max(1000).default(''),
});
export type StewardBody = z.infer<typeof stewardBody>;
export const stewardEndBody = z.object({ version, endedOn: date, note: z.string().trim().max(1000).optional() });
export const stewardView = z.object({
  id: z.string(),
  uscc: z.string(),
  enterpriseName: z.string(),
  reason: z.enum(STEWARD_REASONS),
  stewardUserId: z.string().nullable(),
  stewardName: z.string(),
  stewardPhone: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  assignedOn: z.string(),
  endedOn: z.string().nullable(),
  note: z.string(),
  contacts: z.number(),
  openProblems: z.number(),
  version: z.number(),
});
export type StewardView = z.infer<typeof stewardView>;

// ── contacts and problems ──
export const contactBody = z.object({
  uscc,
  kind: z.enum(CONTACT_KINDS),
  heldOn: date,
  staff: text(200),
  departmentId: uuid.nullable().default(null),
  summary: z.string().trim().max(4000).default(''),
  /** Problems the enterprise raised at this contact. */
  problems: z.array(z.object({ title: text(200), detail: z.string().trim().max(2000).default('') })).max(20).default([]),
});
export type ContactBody = z.infer<typeof contactBody>;
export const problemView = z.object({
  id: z.string(),
  contactId: z.string().nullable(),
  uscc: z.string(),
  enterpriseName: z.string(),
  title: z.string(),
  detail: z.string(),
  raisedOn: z.string(),
  state: z.enum(PROBLEM_STATES),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  dueOn: z.string().nullable(),
  answer: z.string(),
  solvedAt: z.string().nullable(),
  ledgerTaskId: z.string().nullable(),
  version: z.number(),
});
export type ProblemView = z.infer<typeof problemView>;
export const contactView = z.object({
  id: z.string(),
  uscc: z.string(),
  enterpriseName: z.string(),
  kind: z.enum(CONTACT_KINDS),
  heldOn: z.string(),
  staff: z.string(),
  departmentId: z.string().nullable(),
  summary: z.string(),
  problems: z.array(problemView),
});
export type ContactView = z.infer<typeof contactView>;
/** Route a problem to a unit (交办) with a due date; `toLedger` also makes it a ledger task (source 'enterprise'). */
export const routeProblemBody = z.object({ version, departmentId: uuid, dueOn: date, toLedger: z.boolean().default(false) });
export const answerProblemBody = z.object({ version, outcome: z.enum(['solved', 'explained']), answer: text(2000) });
export const listQuery = z.object({
  uscc: z.string().trim().toUpperCase().max(18).optional(),
  from: date.optional(),
  to: date.optional(),
  kind: z.string().max(20).optional(),
  state: z.string().max(20).optional(),
  departmentId: uuid.optional(),
  q: z.string().trim().max(50).optional(),
  /** Projects and blockers: one approval stage, one plan year. */
  stage: z.enum(PROJECT_STAGES).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type OutreachListQuery = z.infer<typeof listQuery>;

// ── key projects, blockers, coordination meetings ──
export const projectBody = z.object({
  code: text(40),
  name: text(200),
  uscc,
  regionCode: z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字 / an area code has 6 digits'),
  investment: z.number().min(0).max(1e10).default(0),
  stage: z.enum(PROJECT_STAGES),
  year: z.number().int().min(2000).max(2100),
  departmentId: uuid.nullable().default(null),
});
export type ProjectBody = z.infer<typeof projectBody>;
export const blockerBody = z.object({ stage: z.enum(PROJECT_STAGES), departmentId: uuid, title: text(200), detail: z.string().trim().max(2000).default(''), foundOn: date });
export type BlockerBody = z.infer<typeof blockerBody>;
export const solveBlockerBody = z.object({ version, solvedOn: date, solution: text(2000), meetingId: uuid.nullable().default(null) });
export const blockerView = z.object({
  id: z.string(),
  projectId: z.string(),
  stage: z.enum(PROJECT_STAGES),
  departmentId: z.string(),
  departmentName: z.string(),
  title: z.string(),
  detail: z.string(),
  foundOn: z.string(),
  state: z.enum(['open', 'solved']),
  solvedOn: z.string().nullable(),
  solvedMeetingId: z.string().nullable(),
  solution: z.string(),
  version: z.number(),
});
export type BlockerView = z.infer<typeof blockerView>;
export const projectView = z.object({
  id: z.string(),
  code: z.string(),
  name: z.string(),
  uscc: z.string(),
  enterpriseName: z.string(),
  regionCode: z.string(),
  investment: z.number(),
  stage: z.enum(PROJECT_STAGES),
  year: z.number(),
  departmentId: z.string().nullable(),
  blockers: z.number(),
  solved: z.number(),
  version: z.number(),
});
export type ProjectView = z.infer<typeof projectView>;
export const projectDetail = projectView.extend({ blockerList: z.array(blockerView) });
export const projectMeetingBody = z.object({
  heldOn: date,
  title: text(200),
  chair: z.string().trim().max(50).default(''),
  departmentIds: z.array(uuid).max(100).default([]),
  minutes: z.string().trim().max(10000).default(''),
  /** Blockers this meeting solved, each with its solution. */
  solved: z.array(z.object({ blockerId: uuid, version, solution: text(2000) })).max(200).default([]),
});
export type ProjectMeetingBody = z.infer<typeof projectMeetingBody>;
export const projectMeetingView = z.object({
  id: z.string(),
  heldOn: z.string(),
  title: z.string(),
  chair: z.string(),
  departmentIds: z.array(z.string()),
  minutes: z.string(),
  solved: z.array(z.object({ id: z.string(), title: z.string(), projectName: z.string() })),
});
export type ProjectMeetingView = z.infer<typeof projectMeetingView>;

// ── hall inspections ──
export const inspectionBody = z.object({
  hallName: text(100),
  departmentId: uuid,
  regionCode: z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字 / an area code has 6 digits'),
  mode: z.enum(INSPECTION_MODES),
  heldOn: date,
  inspectors: text(200),
  jointWith: z.string().trim().max(200).default(''),
  summary: z.string().trim().max(4000).default(''),
  /** Each finding becomes a ledger task (source 'hall_inspection') for `departmentId` by `dueOn`. */
  findings: z.array(z.object({ title: text(200), detail: z.string().trim().max(2000).default(''), severity: z.enum(['minor', 'serious']).default('minor'), departmentId: uuid, dueOn: date })).max(50).default([]),
});
export type InspectionBody = z.infer<typeof inspectionBody>;
export const inspectionView = z.object({
  id: z.string(),
  hallName: z.string(),
  departmentId: z.string(),
  departmentName: z.string(),
  regionCode: z.string(),
  mode: z.enum(INSPECTION_MODES),
  heldOn: z.string(),
  inspectors: z.string(),
  jointWith: z.string(),
  summary: z.string(),
  findings: z.array(
    z.object({ id: z.string(), title: z.string(), detail: z.string(), severity: z.enum(['minor', 'serious']), departmentId: z.string(), dueOn: z.string(), ledgerTaskId: z.string().nullable(), taskState: z.string().nullable(), taskNumber: z.string().nullable() }),
  ),
});
export type InspectionView = z.infer<typeof inspectionView>;

// ── statistics for the metrics module ──
export const outreachStatsQuery = z.object({ from: date, to: date });
export const outreachStats = z.object({
  from: z.string(),
  to: z.string(),
  /** 企业对接 (all contacts, visits included) and 实地走访 */
  contacts: z.number(),
  visits: z.number(),
  enterprisesContacted: z.number(),
  stewards: z.number(),
  problemsRaised: z.number(),
  problemsSolved: z.number(),
  /** 堵点 of key projects */
  projectsBlocked: z.number(),
  blockersFound: z.number(),
  blockersSolved: z.number(),
  projectsUnblocked: z.number(),
  resolutionRate: z.number().nullable(),
  coordinationMeetings: z.number(),
  hallInspections: z.number(),
  hallFindings: z.number(),
  /** 堵点 found in the period by approval stage and by the department holding them, with how many are solved. */
  blockersByStage: z.array(z.object({ stage: z.enum(PROJECT_STAGES), found: z.number(), solved: z.number() })),
  blockersByDepartment: z.array(z.object({ departmentId: z.string(), departmentName: z.string(), found: z.number(), solved: z.number() })),
});
export type OutreachStats = z.infer<typeof outreachStats>;

// ── list replies and the enterprise page ──
const pageOf = <T extends z.ZodTypeAny>(item: T) => z.object({ items: z.array(item), total: z.number(), page: z.number(), pageSize: z.number() });
export const stewardsReply = pageOf(stewardView);
export const contactsReply = pageOf(contactView);
export const problemsReply = pageOf(problemView);
export const projectsReply = pageOf(projectView);
export const projectMeetingsReply = pageOf(projectMeetingView);
export const inspectionsReply = pageOf(inspectionView);
/** 企业服务 on one enterprise's page: its steward (and earlier ones), recent contacts, its problems and key projects. */
export const enterpriseOutreachView = z.object({
  uscc: z.string(),
  name: z.string(),
  steward: stewardView.nullable(),
  stewards: z.array(stewardView),
  contacts: z.array(contactView),
  contactsTotal: z.number(),
  problems: z.array(problemView),
  projects: z.array(projectView),
});
export type EnterpriseOutreachView = z.infer<typeof enterpriseOutreachView>;
