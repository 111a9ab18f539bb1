// 办件 (applications): contracts shared by the server and the web. An application is made under one
// catalogue edition (or one bundle), through a channel, and runs as a workflow case.
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { pageQuery } from './org.ts';
import { patchOf } from './patch.ts';

const t = (zh: string, en: string) => ({ zh, en });

/** 网办 (web), 掌上办 (phone), 一窗受理 (window), 帮办代办 (assisted), 通办 (cross-region). */
export const CHANNELS = ['online', 'mobile', 'window', 'assisted', 'crossRegion'] as const;
export type Channel = (typeof CHANNELS)[number];
export const CHANNEL_LABELS: Record<Channel, { zh: string; en: string }> = {
  online: t('网上办理', 'Online'),
  mobile: t('掌上办', 'Mobile'),
  window: t('一窗受理', 'One-window intake'),
  assisted: t('帮办代办', 'Assisted'),
  crossRegion: t('跨域通办', 'Cross-region'),
};
/** Channels a staff member files through (the others are the applicant's own). */
export const STAFF_CHANNELS = ['window', 'assisted', 'crossRegion'] as const satisfies readonly Channel[];

/** The application's states: 'draft' before submission, then the workflow's states. */
export const APPLICATION_STATES = ['draft', 'submitted', 'correction', 'review', 'decision', 'suspended', 'delivery', 'done', 'refused', 'rejected', 'withdrawn', 'terminated', 'inProgress'] as const;
export type ApplicationState = (typeof APPLICATION_STATES)[number];
export const APPLICATION_STATE_LABELS: Record<ApplicationState, { zh: string; en: string }> = {
  draft: t('草稿', 'Draft'),
  submitted: t('待受理', 'Awaiting intake'),
  correction: t('待补正', 'Awaiting correction'),
  review: t('审查中', 'Under review'),
  decision: t('待决定', 'Awaiting decision'),
  suspended: t('特别程序', 'Suspended'),
  delivery: t('待送达', 'Result to deliver'),
  done: t('已办结', 'Done'),
  refused: t('不予受理', 'Not accepted'),
  rejected: t('不予许可', 'Refused'),
  withdrawn: t('已撤回', 'Withdrawn'),
  terminated: t('已终止', 'Terminated'),
  // A bundle's parent while its members run.
  inProgress: t('办理中', 'In progress'),
};
export const OUTCOMES = ['approved', 'refused', 'rejected', 'withdrawn', 'terminated', 'revoked'] as const;
export type Outcome = (typeof OUTCOMES)[number];
export const OUTCOME_LABELS: Record<Outcome, { zh: string; en: string }> = {
  approved: t('准予', 'Approved'),
  refused: t('不予受理', 'Not accepted'),
  rejected: t('不予许可', 'Refused'),
  withdrawn: t('已撤回', 'Withdrawn'),
  terminated: t('已终止', 'Terminated'),
  revoked: t('已撤销（核查不实）', 'Revoked (failed post-check)'),
};
export const DELIVERY_MODES = ['electronic', 'post'] as const;
export const POST_STATUSES = ['pending', 'sent', 'delivered'] as const;
export const POST_STATUS_LABELS: Record<(typeof POST_STATUSES)[number], { zh: string; en: string }> = {
  pending: t('待寄出', 'To post'),
  sent: t('已寄出', 'Posted'),
  delivered: t('已签收', 'Delivered'),
};
export const MATERIAL_STATUSES = ['uploaded', 'fetched', 'paper', 'missing'] as const;
export const MATERIAL_STATUS_LABELS: Record<(typeof MATERIAL_STATUSES)[number], { zh: string; en: string }> = {
  uploaded: t('已上传', 'Uploaded'),
  fetched: t('免提交（共享获取）', 'Not needed (fetched)'),
  paper: t('窗口核验纸质件', 'Paper, checked at the window'),
  missing: t('未提交', 'Missing'),
};

const uscc = z.string().trim().toUpperCase().max(18);
const phone = z
  .string()
  .trim()
  .regex(/^1\d{10}$|^0\d{2,3}-?\d{7,8}$/, '请填写手机号或固话 / a mobile or landline number');

/** A material as the applicant gives it: files uploaded (ids from /api/v1/files) or shown on paper at the window. */
export const materialInput = z.object({
  key: z.string().trim().min(1).max(40),
  fileIds: z.array(z.string().uuid()).max(20).default([]),
  paper: z.boolean().default(false),
});

/** A draft: saved as often as the applicant likes; nothing is checked but the shape. */
export const draftBody = z.object({
  /** The item's code (a single item) or the bundle's code (一件事): exactly one. */
  itemCode: z.string().trim().max(40).optional(),
  bundleCode: z.string().trim().max(40).optional(),
  channel: z.enum(CHANNELS).default('online'),
  /** Applying for an enterprise: its USCC (the applicant must represent it; staff may file for any). */
  uscc: uscc.optional(),
  /** Staff channels: who the applicant is when they have no account here. */
  applicantName: z.string().trim().min(2).max(100).optional(),
  applicantUsername: z.string().trim().max(64).optional(),
  contactPhone: phone.optional(),
  formData: z.record(z.string(), z.unknown()).default({}),
  materials: z.array(materialInput).max(80).default([]),
  commitment: z.boolean().default(false),
  delivery: z.enum(DELIVERY_MODES).default('electronic'),
  postAddress: z.string().trim().max(200).optional(),
  /** 通办: the district hall's department that received it (defaults to the clerk's own). */
  intakeDepartmentId: z.string().uuid().optional(),
});
export type DraftBody = z.infer<typeof draftBody>;
// patchOf, not .partial(): zod 4 would fill the defaults in and wipe what a save did not send.
export const draftUpdate = patchOf(draftBody).extend({ version: z.number().int().min(1) });
export const submitBody = z.object({ version: z.number().int().min(1) });

export const actionBody = z.object({
  action: z.string().trim().min(1).max(40),
  version: z.number().int().min(1),
  comment: z.string().trim().max(2000).optional(),
  attachments: z.array(z.string().uuid()).max(20).optional(),
  /** 补正: the one complete list of what is missing (material keys, and free-text points). */
  missing: z.array(z.string().trim().min(1).max(200)).max(60).optional(),
  /** 转办 / 委派 targets. */
  toUserId: z.string().uuid().optional(),
  toDepartmentId: z.string().uuid().optional(),
  /** 退回 target state. */
  toState: z.string().trim().max(40).optional(),
  /** 延期, working days. */
  extension: z.number().int().min(1).max(60).optional(),
  /** Answering a 补正: the materials now given and changed form answers. */
  materials: z.array(materialInput).max(80).optional(),
  formData: z.record(z.string(), z.unknown()).optional(),
  /** Granting: values for the result licence's fields the form does not supply. */
  licenceFields: z.record(z.string(), z.union([z.string().max(500), z.number(), z.null()])).optional(),
});
export type ActionBody = z.infer<typeof actionBody>;

export const postBody = z.object({
  version: z.number().int().min(1),
  status: z.enum(POST_STATUSES),
  tracking: z.string().trim().max(60).optional(),
});

const bilingual = z.object({ zh: z.string(), en: z.string() });

export const materialView = z.object({
  key: z.string(),
  name: z.string(),
  required: z.boolean(),
  status: z.enum(MATERIAL_STATUSES),
  files: z.array(z.object({ id: z.string(), name: z.string(), size: z.number() })),
  licenceNumber: z.string().nullable(),
  /** Where a fetched material came from: the e-licence registry, or the issuing department's shared data (免提交). */
  fetchedFrom: z.enum(['registry', 'department']).nullable(),
});

export const applicationSummary = z.object({
  id: z.string().uuid(),
  number: z.string().nullable(),
  kind: z.enum(['item', 'bundle', 'member']),
  title: z.string(),
  itemCode: z.string().nullable(),
  bundleCode: z.string().nullable(),
  channel: z.enum(CHANNELS),
  applicantName: z.string(),
  applicantUscc: z.string().nullable(),
  departmentId: z.string().nullable(),
  departmentName: z.string().nullable(),
  state: z.enum(APPLICATION_STATES),
  stateLabel: bilingual,
  outcome: z.enum(OUTCOMES).nullable(),
  commitment: z.boolean(),
  submittedAt: z.string().nullable(),
  dueAt: z.string().nullable(),
  /** normal / warning / overdue, derived at read time. */
  deadline: z.enum(['none', 'normal', 'warning', 'overdue']),
  finishedAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type ApplicationSummary = z.infer<typeof applicationSummary>;

export const historyView = z.object({
  at: z.string(),
  action: z.string(),
  actionLabel: bilingual,
  actorName: z.string().nullable(),
  fromState: z.string(),
  toState: z.string(),
  comment: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const availableAction = z.object({
  key: z.string(),
  label: bilingual,
  effect: z.string(),
  commentRequired: z.boolean(),
});

export const applicationDetail = applicationSummary.extend({
  itemId: z.string().nullable(),
  bundleId: z.string().nullable(),
  intakeDepartmentName: z.string().nullable(),
  assistedByName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  formData: z.record(z.string(), z.unknown()),
  materials: z.array(materialView),
  exemptedCount: z.number().int(),
  delivery: z.enum(DELIVERY_MODES),
  postAddress: z.string().nullable(),
  postStatus: z.enum(POST_STATUSES).nullable(),
  postTracking: z.string().nullable(),
  result: z.object({ licenceId: z.string(), number: z.string(), verificationCode: z.string(), typeName: z.string(), revoked: z.boolean() }).nullable(),
  /** Who holds it now (names), the case clock and the current step's own deadline. */
  holders: z.array(z.string()),
  stateDueAt: z.string().nullable(),
  paused: z.boolean(),
  workingDays: z.number().nullable(),
  history: z.array(historyView),
  /** What the signed-in user may do now. */
  actions: z.array(availableAction),
  /** A bundle's members, each with its own progress. */
  members: z.array(applicationSummary),
  /** 补正: the open list of what is missing. */
  correction: z.object({ requestedAt: z.string(), missing: z.array(z.string()), comment: z.string().nullable() }).nullable(),
  postCheck: z.object({ id: z.string(), result: z.enum(['pending', 'passed', 'failed']), dueOn: z.string(), findings: z.string().nullable() }).nullable(),
  version: z.number().int(),
});
export type ApplicationDetail = z.infer<typeof applicationDetail>;

export const applicationsQuery = pageQuery.extend({
  q: z.string().trim().max(60).optional(),
  state: z.enum(APPLICATION_STATES).optional(),
  channel: z.enum(CHANNELS).optional(),
  departmentId: z.string().uuid().optional(),
  itemCode: z.string().trim().max(40).optional(),
  overdue: z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
export const applicationsReply = z.object({ items: z.array(applicationSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

/** An approver's or clerk's work queue: what they or their department's queue hold, soonest deadline first. */
export const queueQuery = z.object({
  state: z.enum(APPLICATION_STATES).optional(),
  itemCode: z.string().trim().max(40).optional(),
  channel: z.enum(CHANNELS).optional(),
  deadline: z.enum(['normal', 'warning', 'overdue']).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
});
export const queueReply = z.object({ items: z.array(applicationSummary) });

export const statsQuery = z.object({
  from: isoDate.optional(),
  to: isoDate.optional(),
  departmentId: z.string().uuid().optional(),
});
const countRow = z.object({ key: z.string(), label: z.string(), count: z.number().int() });
export const statsReply = z.object({
  total: z.number().int(),
  byChannel: z.array(countRow),
  byState: z.array(countRow),
  byDepartment: z.array(countRow),
  byItem: z.array(countRow),
  /** Applications filed through a fully-online item by the applicant online or on the phone. */
  fullyOnlineShare: z.number(),
  finished: z.number().int(),
  averageWorkingDays: z.number().nullable(),
  maxWorkingDays: z.number().nullable(),
  onTimeRate: z.number().nullable(),
  materialsExempted: z.number().int(),
  crossRegion: z.number().int(),
  bundles: z.number().int(),
  commitment: z.number().int(),
  postChecksFailed: z.number().int(),
});
export type StatsReply = z.infer<typeof statsReply>;

export const liftBlockBody = z.object({ reason: z.string().trim().min(2).max(300) });

/** 事后核查 as listed for the department that holds it. */
export const postCheckItem = z.object({
  id: z.string(),
  applicationId: z.string(),
  number: z.string().nullable(),
  title: z.string(),
  applicantName: z.string(),
  departmentName: z.string().nullable(),
  dueOn: z.string(),
  result: z.enum(['pending', 'passed', 'failed']),
  findings: z.string().nullable(),
  /** The deciding department that owes the check. */
  departmentId: z.string(),
  /** Who holds it now (names): the department's queue, or the person it was handed over to (转办). */
  holders: z.array(z.string()),
  /** What the signed-in user may do with it now. */
  actions: z.array(z.enum(['pass', 'fail', 'handover', 'urge'])),
  /** The check's case version, sent back with an action. */
  caseVersion: z.number().int(),
  deadline: z.string(),
});
export const postChecksQuery = z.object({ result: z.enum(['pending', 'passed', 'failed']).optional(), limit: z.coerce.number().int().min(1).max(200).default(100) });
export const postChecksReply = z.object({ items: z.array(postCheckItem) });
export const postCheckActionBody = z.object({
  action: z.enum(['pass', 'fail', 'handover', 'urge']),
  version: z.number().int().min(1),
  comment: z.string().trim().max(2000).optional(),
  /** 转办 to an approver or inspector of the check's department … */
  toUserId: z.string().uuid().optional(),
  /** … or to another department's queue. */
  toDepartmentId: z.string().uuid().optional(),
});

/** 承诺制限制: an applicant barred from commitment-based approval. */
export const commitmentBlock = z.object({
  id: z.string(),
  /** 'uscc:<code>' or 'user:<id>' */
  applicantKey: z.string(),
  /** The barred applicant's name as the false commitment's application recorded it. */
  applicantName: z.string().nullable(),
  applicationId: z.string(),
  /** That application's 办件编号. */
  applicationNumber: z.string().nullable(),
  reason: z.string(),
  createdAt: z.string(),
  liftedAt: z.string().nullable(),
  liftReason: z.string().nullable(),
});
export const commitmentBlocksReply = z.object({ items: z.array(commitmentBlock) });
