// 好差评 (evaluations): contracts shared by the server and the web. A rating is given once per finished
// case (一事一评), once per window visit (一次一评) or as a public review of a hall or department (综合点评);
// a 差评 opens a rectification loop (核实 → 整改 → 回访 → 办结); a department may appeal a rating.
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { pageQuery } from './org.ts';

const t = (zh: string, en: string) => ({ zh, en });
type Text = { zh: string; en: string };
const date = isoDate;

/** Five levels (GB/T 39734): 5 非常满意 … 1 非常不满意; 2 and 1 are a 差评. */
export const RATING_LEVELS = [5, 4, 3, 2, 1] as const;
export type RatingLevel = (typeof RATING_LEVELS)[number];
export const LEVEL_LABELS: Record<RatingLevel, Text> = {
  5: t('非常满意', 'Very satisfied'),
  4: t('满意', 'Satisfied'),
  3: t('基本满意', 'Fairly satisfied'),
  2: t('不满意', 'Dissatisfied'),
  1: t('非常不满意', 'Very dissatisfied'),
};
export const isBadLevel = (level: number) => level <= 2;

/** Optional dimensions, each rated on the same five levels. */
export const DIMENSIONS = ['overall', 'speed', 'guide', 'convenience', 'attitude'] as const;
export type Dimension = (typeof DIMENSIONS)[number];
export const DIMENSION_LABELS: Record<Dimension, Text> = {
  overall: t('总体评价', 'Overall'),
  speed: t('办事效率', 'Speed'),
  guide: t('指南准确', 'Guide accuracy'),
  convenience: t('办事便捷', 'Convenience'),
  attitude: t('服务态度', 'Staff attitude'),
};

/** 一事一评 online after the case, 一次一评 at the window, 综合点评 public reviews. */
export const RATING_CHANNELS = ['online', 'window', 'public'] as const;
export type RatingChannel = (typeof RATING_CHANNELS)[number];
export const RATING_CHANNEL_LABELS: Record<RatingChannel, Text> = {
  online: t('一事一评', 'Online, per case'),
  window: t('一次一评', 'At the window'),
  public: t('综合点评', 'Public review'),
};

/** What a rating is about: a finished application, a closed hotline ticket (接诉即办), a window visit, a department. */
export const SUBJECT_TYPES = ['application', 'appeal', 'windowVisit', 'department'] as const;
export type SubjectType = (typeof SUBJECT_TYPES)[number];
/** What invites its requester to rate it (一事一评): a finished application or a closed hotline ticket. */
export const INVITATION_SUBJECTS = ['application', 'appeal'] as const;
export type InvitationSubject = (typeof INVITATION_SUBJECTS)[number];

export const RATING_STATUSES = ['valid', 'removed'] as const;
export const RATING_STATUS_LABELS: Record<(typeof RATING_STATUSES)[number], Text> = {
  valid: t('有效', 'Valid'),
  removed: t('已撤除（申诉成立）', 'Removed (appeal upheld)'),
};

/** The bad-rating loop's states (a workflow case). */
export const LOOP_STATES = ['verifying', 'rectifying', 'callback', 'closed', 'voided'] as const;
export type LoopState = (typeof LOOP_STATES)[number];
export const LOOP_STATE_LABELS: Record<LoopState, Text> = {
  verifying: t('核实中', 'Verifying'),
  rectifying: t('限期整改', 'Being fixed'),
  callback: t('待回访', 'To call back'),
  closed: t('已办结', 'Closed'),
  voided: t('无需整改（评价已撤除）', 'Ended: rating removed'),
};
/** 立行立改, 纳入台账限期整改, 无依据的解释说明. */
export const LOOP_DECISIONS = ['fixed', 'ledger', 'explained'] as const;
export type LoopDecision = (typeof LOOP_DECISIONS)[number];
export const LOOP_DECISION_LABELS: Record<LoopDecision, Text> = {
  fixed: t('立行立改', 'Fixed at once'),
  ledger: t('纳入台账限期整改', 'Ledger item with a deadline'),
  explained: t('无依据，解释说明', 'No basis: explained'),
};

export const APPEAL_STATUSES = ['filed', 'upheld', 'dismissed'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];
export const APPEAL_STATUS_LABELS: Record<AppealStatus, Text> = {
  filed: t('待审核', 'Awaiting the office'),
  upheld: t('申诉成立', 'Upheld'),
  dismissed: t('申诉驳回', 'Dismissed'),
};

const level = z.number().int().min(1, '评价等级为 1–5 / a level is 1 to 5').max(5, '评价等级为 1–5 / a level is 1 to 5');
const dimensions = z.object(Object.fromEntries(DIMENSIONS.map((d) => [d, level.optional()])) as Record<Dimension, z.ZodOptional<typeof level>>).strict();
const comment = z.string().trim().max(500, '评价内容不超过 500 字 / at most 500 characters').optional();

/** What a rater gives, whatever the channel. */
export const ratingInput = z.object({
  level,
  dimensions: dimensions.default({}),
  comment,
  /** Anonymous: the rater's identity is kept only for the office. */
  anonymous: z.boolean().default(false),
});
export type RatingInput = z.infer<typeof ratingInput>;

/** 一事一评: the applicant rates a finished application. */
export const rateApplicationBody = ratingInput.extend({ applicationId: z.string().uuid() });
/** 一事一评 of a closed hotline ticket (接诉即办): its requester rates it. */
export const rateTicketBody = ratingInput.extend({ ticketId: z.string().uuid() });
/** What POST /evaluations/ratings takes: a rating of exactly one case, `applicationId` or `ticketId`. */
export const rateBody = ratingInput
  .extend({ applicationId: z.string().uuid().optional(), ticketId: z.string().uuid().optional() })
  .superRefine((v, ctx) => {
    if ((v.applicationId === undefined) === (v.ticketId === undefined)) {
      ctx.addIssue({ code: 'custom', path: [v.applicationId === undefined ? 'applicationId' : 'ticketId'], message: '请指明评价的办件或工单（二者选一）/ name the application or the ticket rated (exactly one)' });
    }
  });
export type RateBody = z.infer<typeof rateBody>;
/** 追评: one supplementary rating later. */
export const supplementBody = ratingInput.omit({ anonymous: true });
/** 综合点评 of a hall or a department (no sign-in needed). */
export const publicReviewBody = ratingInput.omit({ anonymous: true }).extend({ departmentId: z.string().uuid() });

/** 一次一评: the clerk opens a rating page for this visit (on a second screen or tablet). */
export const windowSessionBody = z.object({
  /** The application served at this visit, if any. */
  applicationId: z.string().uuid().optional(),
  /** What was done at the window (咨询, 受理, 领证 …). */
  service: z.string().trim().min(1).max(60).default('窗口服务'),
});
export const windowSessionView = z.object({
  id: z.string().uuid(),
  /** The one-time token of the rating page (/rate/window/:token). */
  token: z.string(),
  expiresAt: z.string(),
  hallName: z.string(),
  clerkName: z.string(),
  service: z.string(),
  applicationTitle: z.string().nullable(),
  rated: z.boolean(),
});
export type WindowSessionView = z.infer<typeof windowSessionView>;

export const loopActionBody = z.object({
  /** assign | fixNow | toLedger | explain | completeFix | callBack | reopen | urge | handover */
  action: z.string().min(1).max(40),
  version: z.number().int().min(1),
  comment: z.string().trim().max(2000).optional(),
  /** assign / handover: the named person who verifies (核实人). */
  assigneeId: z.string().uuid().optional(),
  /** callBack: the 回访 outcome. */
  contacted: z.boolean().optional(),
  satisfied: z.boolean().optional(),
  attachments: z.array(z.string().uuid()).max(20).default([]),
});
export type LoopActionBody = z.infer<typeof loopActionBody>;

export const appealBody = z.object({
  reason: z.string().trim().min(10, '请说明申诉理由（至少 10 字）/ give the reason (at least 10 characters)').max(1000),
  /** Uploaded evidence (files with purpose 'evaluation'). */
  evidence: z.array(z.string().uuid()).max(10).default([]),
});
export const appealDecisionBody = z.object({
  decision: z.enum(['uphold', 'dismiss']),
  comment: z.string().trim().min(2, '请填写审核意见 / give the decision\'s reasons').max(1000),
  version: z.number().int().min(1),
});

export const ratingsQuery = pageQuery.extend({
  departmentId: z.string().uuid().optional(),
  itemCode: z.string().max(60).optional(),
  hallId: z.string().uuid().optional(),
  channel: z.enum(RATING_CHANNELS).optional(),
  level: z.coerce.number().int().min(1).max(5).optional(),
  /** Only 差评. */
  bad: z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional(),
  loopState: z.enum(LOOP_STATES).optional(),
  status: z.enum(RATING_STATUSES).optional(),
  /** Loops held by me or my department's queue (the 差评 queue). */
  mine: z.enum(['1', '0', 'true', 'false']).transform((v) => v === '1' || v === 'true').optional(),
  from: date.optional(),
  to: date.optional(),
});
export type RatingsQuery = z.infer<typeof ratingsQuery>;

export const METRIC_GROUPS = ['department', 'item', 'hall', 'channel', 'month'] as const;
export type MetricGroup = (typeof METRIC_GROUPS)[number];
export const metricsQuery = z.object({
  groupBy: z.enum(METRIC_GROUPS).default('department'),
  from: date.optional(),
  to: date.optional(),
  departmentId: z.string().uuid().optional(),
  channel: z.enum(RATING_CHANNELS).optional(),
});

const text = z.object({ zh: z.string(), en: z.string() });
export const loopHistoryEntry = z.object({
  at: z.string(),
  action: z.string(),
  actionLabel: text,
  actorName: z.string().nullable(),
  fromState: z.string(),
  toState: z.string(),
  comment: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});
export const loopView = z.object({
  id: z.string().uuid(),
  state: z.enum(LOOP_STATES),
  stateLabel: text,
  holders: z.array(z.object({ kind: z.enum(['user', 'department']), id: z.string(), name: z.string() })),
  /** The loop's own deadline (the case clock) and the current step's. */
  dueAt: z.string().nullable(),
  stateDueAt: z.string().nullable(),
  deadline: z.enum(['none', 'normal', 'warning', 'overdue']),
  decision: z.enum(LOOP_DECISIONS).nullable(),
  calledBack: z.object({ at: z.string(), contacted: z.boolean(), satisfied: z.boolean().nullable() }).nullable(),
  closedAt: z.string().nullable(),
  onTime: z.boolean().nullable(),
  version: z.number().int(),
  /** What the signed-in user may do now. */
  actions: z.array(z.object({ key: z.string(), label: text, commentRequired: z.boolean() })),
  history: z.array(loopHistoryEntry),
});
export type LoopView = z.infer<typeof loopView>;

export const appealView = z.object({
  id: z.string().uuid(),
  status: z.enum(APPEAL_STATUSES),
  reason: z.string(),
  evidence: z.array(z.object({ id: z.string(), name: z.string() })),
  filedByName: z.string(),
  filedAt: z.string(),
  decisionComment: z.string().nullable(),
  decidedByName: z.string().nullable(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
});
export type AppealView = z.infer<typeof appealView>;

const scoreSet = z.object({ level: z.number().int(), dimensions: z.record(z.string(), z.number().int()), comment: z.string().nullable(), ratedAt: z.string() });
export const ratingView = z.object({
  id: z.string().uuid(),
  channel: z.enum(RATING_CHANNELS),
  subjectType: z.enum(SUBJECT_TYPES),
  subjectId: z.string(),
  /** The application's title and number, the window service, or the reviewed department. */
  subjectTitle: z.string(),
  subjectNumber: z.string().nullable(),
  departmentId: z.string().uuid(),
  departmentName: z.string(),
  itemCode: z.string().nullable(),
  hallId: z.string().uuid().nullable(),
  hallName: z.string().nullable(),
  first: scoreSet,
  /** 追评, if given. The effective level is the supplement's when there is one. */
  supplement: scoreSet.nullable(),
  level: z.number().int(),
  bad: z.boolean(),
  realName: z.boolean(),
  /** Only for the office, or for a real-name rating to whoever holds (or held) its loop. */
  rater: z.object({ userId: z.string().nullable(), name: z.string(), phoneMasked: z.string().nullable() }).nullable(),
  status: z.enum(RATING_STATUSES),
  removedReason: z.string().nullable(),
  loop: loopView.nullable(),
  appeals: z.array(appealView),
  /** The signed-in staff member's department may appeal now. */
  mayAppeal: z.boolean(),
  version: z.number().int(),
});
export type RatingView = z.infer<typeof ratingView>;
export const ratingsReply = z.object({ items: z.array(ratingView.omit({ appeals: true }).extend({ loop: loopView.omit({ actions: true, history: true }).nullable() })), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export type RatingsReply = z.infer<typeof ratingsReply>;

/** The applicant's finished cases — applications and closed hotline tickets — and their ratings (待评价 / 已评价). */
export const myEvaluation = z.object({
  /** What is rated: an application or a hotline ticket (`appeal`), and its id. */
  subjectType: z.enum(INVITATION_SUBJECTS),
  subjectId: z.string().uuid(),
  /** The application's id (= subjectId); null for a ticket. */
  applicationId: z.string().uuid().nullable(),
  number: z.string().nullable(),
  title: z.string(),
  departmentName: z.string(),
  endedAt: z.string(),
  /** Until when a first rating (or, once rated, a supplement) may be given. */
  rateUntil: z.string(),
  mayRate: z.boolean(),
  maySupplement: z.boolean(),
  rating: z.object({ id: z.string().uuid(), level: z.number().int(), supplementLevel: z.number().int().nullable(), comment: z.string().nullable(), ratedAt: z.string(), realName: z.boolean(), loopState: z.enum(LOOP_STATES).nullable() }).nullable(),
});
export type MyEvaluation = z.infer<typeof myEvaluation>;
export const myEvaluationsReply = z.object({ items: z.array(myEvaluation), pending: z.number().int() });

export const metricsRow = z.object({
  key: z.string(),
  label: z.string(),
  /** Cases that invited a rating (finished applications, window visits); public reviews invite none. */
  invited: z.number().int(),
  /** Of those, the ones rated (评价率 = answered ÷ invited). */
  answered: z.number().int(),
  /** Every rating counted, invited or not (public reviews, the hall's rating pads). */
  rated: z.number().int(),
  ratingRate: z.number().nullable(),
  /** Count per level, index 0 = level 1 (非常不满意) … index 4 = level 5. */
  levels: z.array(z.number().int()).length(5),
  satisfaction: z.number().nullable(),
  bad: z.number().int(),
  badRate: z.number().nullable(),
  calledBack: z.number().int(),
  callbackRate: z.number().nullable(),
  rectified: z.number().int(),
  rectifyRate: z.number().nullable(),
  realNameBad: z.number().int(),
  realNameBadClosed: z.number().int(),
  /** 实名差评回访整改率: real-name 差评 verified, dealt with and called back, over all real-name 差评. */
  realNameBadRate: z.number().nullable(),
  loopsClosed: z.number().int(),
  loopsOnTime: z.number().int(),
  onTimeRate: z.number().nullable(),
});
export type MetricsRow = z.infer<typeof metricsRow>;
export const metricsReply = z.object({ groupBy: z.enum(METRIC_GROUPS), total: metricsRow, rows: z.array(metricsRow) });
export type MetricsReply = z.infer<typeof metricsReply>;

/** The public page: each department's satisfaction (valid ratings only). */
export const publicSatisfactionReply = z.object({
  from: z.string(),
  to: z.string(),
  departments: z.array(z.object({ id: z.string().uuid(), name: z.string(), hall: z.boolean(), rated: z.number().int(), satisfaction: z.number().nullable(), goodRate: z.number().nullable(), bad: z.number().int(), realNameBadRate: z.number().nullable() })),
});
export type PublicSatisfactionReply = z.infer<typeof publicSatisfactionReply>;

/** The office's appeal queue: each appeal with the rating it is about. */
export const appealsQuery = pageQuery.extend({ status: z.enum(APPEAL_STATUSES).optional() });
export const appealsReply = z.object({
  items: z.array(z.object({ appeal: appealView, rating: ratingsReply.shape.items.element, departmentName: z.string() })),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});
export type AppealsReply = z.infer<typeof appealsReply>;

/** Who the holding department may name as 核实人. */
export const assigneesReply = z.object({ items: z.array(z.object({ id: z.string().uuid(), name: z.string() })) });
