// 接诉即办 (appeals): contracts shared by the server and the web. A ticket (工单) comes in from any channel,
// is answered on the call or dispatched to a unit, signed for or returned, handled, replied to, called back
// and closed — or reopened (重办) when the requester is not satisfied.
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { CHANNELS, KINDS, OUTCOMES, SATISFACTIONS, URGENCIES } from '../appeals/vocabulary.ts';
import { pageQuery } from './org.ts';

const date = isoDate;
const text = (max: number) => z.string().trim().min(1, '不能为空 / required').max(max, `最多 ${max} 字 / at most ${max} characters`);
const uuid = z.string().uuid('编号格式不对 / not a valid id');
const phone = z
  .string()
  .trim()
  .regex(/^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8})$/, '电话号码格式不对（手机 11 位或带区号的固话） / not a valid phone number (11-digit mobile or landline with area code)');

export const channelSchema = z.enum(CHANNELS);
export const kindSchema = z.enum(KINDS);
export const urgencySchema = z.enum(URGENCIES);
export const satisfactionSchema = z.enum(SATISFACTIONS);

/** A place: a map point, an address, or both (Open311 asks for one of them). */
const place = {
  address: z.string().trim().max(200).optional(),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
};

/** What the seat (or a public form) files. Staff channels: phone, email, enterprise, dishonesty. */
export const createTicketBody = z
  .object({
    channel: channelSchema,
    kind: kindSchema,
    urgency: urgencySchema.default('normal'),
    categoryCode: text(40),
    areaCode: z.string().regex(/^\d{6}$/, '地区代码应为 6 位数字 / an area code has 6 digits'),
    title: text(100),
    content: text(4000),
    requesterName: z.string().trim().max(50).optional(),
    requesterPhone: phone.optional(),
    requesterEmail: z.string().trim().email('邮箱格式不对 / not a valid e-mail address').max(120).optional(),
    /** 企业专席: the enterprise concerned. */
    enterpriseUscc: z.string().trim().toUpperCase().length(18, '统一社会信用代码应为 18 位 / a USCC has 18 characters').optional(),
    /** 政务失信举报: the government body reported. */
    accusedDepartmentId: uuid.optional(),
    ...place,
    mediaFileIds: z.array(uuid).max(9).default([]),
    confidential: z.boolean().default(false),
    nameHidden: z.boolean().default(false),
    /** The seat answered on the call from the knowledge base: the ticket closes at once. */
    directAnswer: z.object({ answer: text(2000), knowledgeId: uuid.optional() }).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.channel === 'enterprise' && !v.enterpriseUscc) ctx.addIssue({ code: 'custom', path: ['enterpriseUscc'], message: '企业专席工单需填写企业统一社会信用代码 / the enterprise line needs the USCC' });
    if (v.channel === 'dishonesty' && !v.accusedDepartmentId) ctx.addIssue({ code: 'custom', path: ['accusedDepartmentId'], message: '政务失信举报需指明被举报的机关 / a dishonesty report names the body reported' });
    if ((v.lat === undefined) !== (v.lng === undefined)) ctx.addIssue({ code: 'custom', path: ['lat'], message: '经纬度需同时填写 / give both latitude and longitude' });
  });
export type CreateTicketBody = z.infer<typeof createTicketBody>;

export const dispatchBody = z.object({
  version: z.number().int().min(1),
  leadDepartmentId: uuid,
  supportDepartmentIds: z.array(uuid).max(10).default([]),
  /** 分类纠正: the hotline corrects the category as it dispatches (the requester is told). */
  categoryCode: text(40).optional(),
  comment: z.string().trim().max(1000).optional(),
});

export const returnBody = z.object({
  version: z.number().int().min(1),
  reason: text(1000),
  /** The unit the returning one believes is responsible. */
  suggestedDepartmentId: uuid.optional(),
});

export const replyBody = z.object({ version: z.number().int().min(1), reply: text(4000), solved: z.boolean() });
export const callbackBody = z.object({
  version: z.number().int().min(1),
  contacted: z.boolean(),
  solved: z.boolean().optional(),
  satisfaction: satisfactionSchema.optional(),
  comment: z.string().trim().max(1000).optional(),
});
export const noteBody = z.object({ text: text(2000), public: z.boolean().default(false), attachments: z.array(uuid).max(9).default([]) });
export const extensionRequestBody = z.object({ days: z.number().int().min(1).max(30), reason: text(1000) });
export const extendBody = z.object({ version: z.number().int().min(1), days: z.number().int().min(1).max(30), comment: text(1000) });
export const mergeBody = z.object({ version: z.number().int().min(1), intoTicketId: uuid, comment: z.string().trim().max(1000).optional() });
export const commentBody = z.object({ version: z.number().int().min(1), comment: text(1000) });
export const urgeBody = z.object({ version: z.number().int().min(1), comment: z.string().trim().max(1000).optional() });
export const handoverBody = z.object({ version: z.number().int().min(1), userId: uuid, comment: z.string().trim().max(1000).optional() });
export const dishonestyDecisionBody = z.object({
  version: z.number().int().min(1),
  action: z.enum(['found', 'unfounded', 'rectified', 'recordBreach', 'reply']),
  comment: text(2000),
});
export const followUpBody = z.object({ text: text(2000) });
export const hideNameBody = z.object({ nameHidden: z.literal(true) });

/** One entry of a ticket's timeline: an engine step or a note, reply, callback, follow-up. */
export const timelineEntry = z.object({
  at: z.string(),
  kind: z.string(),
  label: z.object({ zh: z.string(), en: z.string() }),
  actorName: z.string().nullable(),
  departmentName: z.string().nullable(),
  /** Where the step sent the ticket: the unit dispatched to, the colleague handed over to, the unit a return suggests. */
  to: z.object({ zh: z.string(), en: z.string() }).nullable().optional(),
  text: z.string().nullable(),
  public: z.boolean(),
  state: z.string(),
});

const label = z.object({ zh: z.string(), en: z.string() });
export const ticketSummary = z.object({
  id: z.string(),
  number: z.string(),
  channel: channelSchema,
  kind: kindSchema,
  urgency: urgencySchema,
  categoryCode: z.string(),
  categoryName: z.string(),
  categoryNameEn: z.string(),
  areaCode: z.string(),
  title: z.string(),
  /** Masked unless the viewer may see it (the hotline, the lead unit when the name is not hidden). */
  requesterName: z.string().nullable(),
  /** The requester asked for their name to be hidden from the units (requesterName is then null for them). */
  requesterNameHidden: z.boolean(),
  requesterPhone: z.string().nullable(),
  enterpriseName: z.string().nullable(),
  confidential: z.boolean(),
  state: z.string(),
  stateLabel: label,
  outcome: z.enum(OUTCOMES).nullable(),
  leadDepartmentId: z.string().nullable(),
  leadDepartmentName: z.string().nullable(),
  dueAt: z.string().nullable(),
  stateDueAt: z.string().nullable(),
  /** none | normal | warning | overdue (the unit's limit; the state's own limit while signing or calling back). */
  deadline: z.enum(['none', 'normal', 'warning', 'overdue']),
  createdAt: z.string(),
  closedAt: z.string().nullable(),
  version: z.number().int(),
});
export type TicketSummary = z.infer<typeof ticketSummary>;

export const ticketView = ticketSummary.extend({
  content: z.string(),
  address: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  enterpriseUscc: z.string().nullable(),
  accusedDepartmentName: z.string().nullable(),
  supportDepartments: z.array(z.object({ id: z.string(), name: z.string() })),
  reply: z.string().nullable(),
  nameHidden: z.boolean(),
  mergedInto: z.object({ id: z.string(), number: z.string() }).nullable(),
  returnCount: z.number().int(),
  reopenCount: z.number().int(),
  extensionCount: z.number().int(),
  signedAt: z.string().nullable(),
  repliedAt: z.string().nullable(),
  callback: z.object({ at: z.string(), contacted: z.boolean(), solved: z.boolean().nullable(), satisfaction: satisfactionSchema.nullable() }).nullable(),
  media: z.array(z.object({ id: z.string(), name: z.string() })),
  timeline: z.array(timelineEntry),
  /** The engine's actions this viewer may take now, plus the module's own (note, requestExtension). */
  actions: z.array(z.object({ key: z.string(), label, commentRequired: z.boolean() })),
  /** 派单目录's proposal while the ticket waits for dispatch; once returned, the unit the return suggested (if any). */
  proposal: z.object({ leadDepartmentId: z.string(), leadDepartmentName: z.string(), supportDepartmentIds: z.array(z.string()), source: z.enum(['catalogue', 'return']).optional() }).nullable(),
  /** Open tickets that look like the same matter (same caller, or same place and category, within the window). */
  repeats: z.array(z.object({ id: z.string(), number: z.string(), title: z.string(), state: z.string(), createdAt: z.string() })),
});
export type TicketView = z.infer<typeof ticketView>;

export const ticketsQuery = pageQuery.extend({
  /** mine: what this user's queue holds; all: every ticket the viewer may see. */
  scope: z.enum(['mine', 'all']).default('all'),
  state: z.string().max(20).optional(),
  kind: kindSchema.optional(),
  channel: channelSchema.optional(),
  categoryCode: z.string().max(40).optional(),
  leadDepartmentId: uuid.optional(),
  deadline: z.enum(['warning', 'overdue']).optional(),
  q: z.string().trim().max(50).optional(),
  from: date.optional(),
  to: date.optional(),
});
export const ticketsReply = z.object({ items: z.array(ticketSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

export const categorySchema = z.object({
  code: z.string(),
  parentCode: z.string().nullable(),
  name: z.string(),
  nameEn: z.string(),
  description: z.string(),
  keywords: z.string(),
  defaultKind: kindSchema,
  utility: z.boolean(),
  active: z.boolean(),
});
export const categoriesReply = z.object({ categories: z.array(categorySchema) });

export const dispatchRuleSchema = z.object({
  id: z.string(),
  categoryCode: z.string(),
  areaCode: z.string().nullable(),
  leadDepartmentId: z.string(),
  supportDepartmentIds: z.array(z.string()),
  note: z.string(),
  version: z.number().int(),
});
export const dispatchRuleBody = z.object({
  categoryCode: text(40),
  areaCode: z.string().regex(/^\d{6}$/).nullable().default(null),
  leadDepartmentId: uuid,
  supportDepartmentIds: z.array(uuid).max(10).default([]),
  note: z.string().trim().max(200).default(''),
});

/** The seat's look-up of a caller by phone: their earlier tickets (masked) and any open ones. */
export const callerReply = z.object({ tickets: z.array(ticketSummary) });

const days = (max: number) => z.number().int().min(1).max(max);
/** The hotline's configurable rules (DOMAIN.md 接诉即办 *configurable*), as an administrator edits them. */
const rulesShape = z.object({
    kindDays: z.object({ consult: days(60), help: days(60), suggest: days(60), complain: days(60), report: days(60), praise: days(60) }),
    urgentHours: z.number().int().min(1).max(72),
    utilityHours: z.number().int().min(1).max(168),
    signDays: days(10),
    returnDays: days(10),
    maxExtensionDays: z.number().int().min(0).max(60),
    callbackDays: days(10),
    repeatWindowDays: days(60),
    dishonestyDays: days(60),
    weights: z.object({ response: z.number().min(0).max(1), resolution: z.number().min(0).max(1), satisfaction: z.number().min(0).max(1) }),
    minSample: z.number().int().min(1).max(10_000),
});
const weightsAddUp = (r: { weights: { response: number; resolution: number; satisfaction: number } }) => Math.abs(r.weights.response + r.weights.resolution + r.weights.satisfaction - 1) < 1e-9;
const weightsMessage = { path: ['weights'], message: '三率权重之和应为 1 / the three weights must add up to 1' };
export const appealRulesSchema = rulesShape.refine(weightsAddUp, weightsMessage);
export const appealSettingsView = z.object({
  rules: appealRulesSchema,
  /** 0 while the defaults stand (nothing saved yet). */
  version: z.number().int(),
  /** Rules not edited here (none at present: the sign-for and callback limits became editable). */
  fixed: z.array(z.string()),
});
/** What an administrator may change: every rule (a changed sign-for or callback limit applies to later steps). */
export const appealSettingsBody = z.object({
  rules: appealRulesSchema,
  version: z.number().int().min(0),
});
