// 接诉即办: tickets (工单) from every channel, the categories they are filed under (also Open311's services),
// the dispatch catalogue (派单目录), the ticket's public and internal timeline, the knowledge base the seat answers
// from (知识库), Open311 API keys and the module's configurable limits. A ticket's path runs on the workflow
// engine; `state` and the deadline columns mirror its case so lists, 三率 and Open311 read one table.
import { sql } from 'drizzle-orm';
import { boolean, customType, date, index, integer, jsonb, numeric, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
const at = (name: string) => timestamp(name, { withTimezone: true, precision: 3 });

/** An Open311 service definition's attribute (GeoReport v2 "service definition"). */
export interface CategoryAttribute {
  code: string;
  datatype: 'string' | 'number' | 'datetime' | 'text' | 'singlevaluelist' | 'multivaluelist';
  required: boolean;
  description: string;
  order: number;
  values?: { key: string; name: string }[];
}

// 诉求分类: a two-level tree (城市管理 › 占道经营); leaves are what tickets are filed under and what Open311 lists.
export const appealCategories = pgTable(
  'appeal_category',
  {
    code: text('code').primaryKey(),
    parentCode: text('parent_code'),
    name: text('name').notNull(),
    nameEn: text('name_en').notNull(),
    description: text('description').notNull().default(''),
    /** Words the seat and the public forms type (搜索关键词). */
    keywords: text('keywords').notNull().default(''),
    /** The kind a ticket under it usually is (咨询 …), a default the seat may change. */
    defaultKind: text('default_kind').notNull().default('help'),
    /** Utilities (水电气热): the 24-hour limit applies. */
    utility: boolean('utility').notNull().default(false),
    attributes: jsonb('attributes').$type<CategoryAttribute[]>().notNull().default([]),
    active: boolean('active').notNull().default(true),
    sortOrder: integer('sort_order').notNull().default(0),
  },
  (t) => [index('appeal_category_parent_idx').on(t.parentCode)],
);

// 派单目录: category × area → lead unit (主办) and support units (协办). A rule without an area applies city-wide;
// the most specific rule wins (area, then its parent areas, then none).
export const appealDispatchRules = pgTable(
  'appeal_dispatch_rule',
  {
    id: uuid('id').primaryKey(),
    categoryCode: text('category_code').notNull(),
    /** GB/T 2260 region code; null for the whole city. */
    areaCode: text('area_code'),
    leadDepartmentId: uuid('lead_department_id').notNull(),
    supportDepartmentIds: jsonb('support_department_ids').$type<string[]>().notNull().default([]),
    note: text('note').notNull().default(''),
    version: integer('version').notNull().default(1),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [uniqueIndex('appeal_dispatch_rule_key').on(t.categoryCode, sql`coalesce(${t.areaCode}, '')`)],
);

// 工单. The requester's phone and e-mail are sealed (SM4) with a blind index for caller look-up and repeat
// detection; lists show the masked copy only.
export const appealTickets = pgTable(
  'appeal_ticket',
  {
    id: uuid('id').primaryKey(),
    /** 工单编号: 'GD' + yyyyMMdd + a daily sequence (gapless per day). */
    number: text('number').notNull(),
    /** phone (热线来电) | web | mobile | email | enterprise (企业专席) | dishonesty (政务失信举报) | open311 */
    channel: text('channel').notNull(),
    /** consult 咨询 | help 求助 | suggest 建议 | complain 投诉 | report 举报 | praise 表扬 */
    kind: text('kind').notNull(),
    /** normal | urgent (safety of life or property, 2 hours) | utility (水电气热, 24 hours) */
    urgency: text('urgency').notNull().default('normal'),
    categoryCode: text('category_code').notNull(),
    /** GB/T 2260 code of the place concerned (district level or finer). */
    areaCode: text('area_code').notNull(),
    title: text('title').notNull(),
    content: text('content').notNull(),
    /** The requester's account (web, mobile, the public "my tickets"); null for calls and mail. */
    requesterUserId: uuid('requester_user_id'),
    requesterName: text('requester_name'),
    requesterPhoneEnc: text('requester_phone_enc'),
    requesterPhoneMasked: text('requester_phone_masked'),
    requesterPhoneIndex: text('requester_phone_index'),
    requesterEmailEnc: text('requester_email_enc'),
    /** 企业专席: the enterprise concerned. */
    enterpriseUscc: text('enterprise_uscc'),
    enterpriseName: text('enterprise_name'),
    address: text('address'),
    lat: numeric('lat', { precision: 9, scale: 6, mode: 'number' }),
    lng: numeric('lng', { precision: 9, scale: 6, mode: 'number' }),
    /** Photos uploaded with it (file ids). */
    mediaFileIds: jsonb('media_file_ids').$type<string[]>().notNull().default([]),
    /** Open311 attributes given with the request, and the client's own id. */
    attributes: jsonb('attributes').$type<Record<string, string | string[]>>().notNull().default({}),
    externalId: text('external_id'),
    /** 保密件: only the hotline and the lead unit see it at all. */
    confidential: boolean('confidential').notNull().default(false),
    /** The requester asked for their name to be hidden (even from units). */
    nameHidden: boolean('name_hidden').notNull().default(false),
    leadDepartmentId: uuid('lead_department_id'),
    /** 政务失信举报: the government body reported (the lead unit is the superior body that verifies). */
    accusedDepartmentId: uuid('accused_department_id'),
    /** 政务失信: founded (属实) | unfounded (不属实); a founded report the body refuses to put right is a breach record. */
    dishonestyFinding: text('dishonesty_finding'),
    breachRecorded: boolean('breach_recorded').notNull().default(false),
    supportDepartmentIds: jsonb('support_department_ids').$type<string[]>().notNull().default([]),
    caseId: uuid('case_id'),
    /** Mirrors the workflow case's state. */
    state: text('state').notNull(),
    /** answered (直接答复) | solved | unsolved | merged (并单) | invalid (无效) | null while open */
    outcome: text('outcome'),
    mergedInto: uuid('merged_into'),
    /** The answer given to the requester (答复), public unless confidential. */
    reply: text('reply'),
    dispatchedAt: at('dispatched_at'),
    signDueAt: at('sign_due_at'),
    signedAt: at('signed_at'),
    /** 响应: signed for before its due time. */
    signedOnTime: boolean('signed_on_time'),
    repliedAt: at('replied_at'),
    closedAt: at('closed_at'),
    dueAt: at('due_at'),
    onTime: boolean('on_time'),
    returnCount: integer('return_count').notNull().default(0),
    reopenCount: integer('reopen_count').notNull().default(0),
    extensionCount: integer('extension_count').notNull().default(0),
    /** 回访 results of the latest callback. */
    callbackAt: at('callback_at'),
    callbackContacted: boolean('callback_contacted'),
    callbackSolved: boolean('callback_solved'),
    /** satisfied 满意 | basic 基本满意 | unsatisfied 不满意 */
    callbackSatisfaction: text('callback_satisfaction'),
    /** Open311's token for a request filed before it has an id of its own (ours have one at once). */
    token: text('token'),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('appeal_ticket_number_key').on(t.number),
    // Most tickets have no token, no account and (web ones) no phone: those indexes hold only the rows that do,
    // so a step that rewrites the row (every state change) updates fewer of them. Lists read newest first with
    // `desc nulls last`, as the created_at indexes are built.
    uniqueIndex('appeal_ticket_token_key').on(t.token).where(sql`${t.token} is not null`),
    index('appeal_ticket_created_idx').on(t.createdAt.desc(), t.id),
    index('appeal_ticket_lead_idx').on(t.leadDepartmentId, t.state, t.createdAt.desc()),
    index('appeal_ticket_category_idx').on(t.categoryCode, t.createdAt.desc()),
    index('appeal_ticket_requester_idx').on(t.requesterUserId, t.createdAt.desc()).where(sql`${t.requesterUserId} is not null`),
    index('appeal_ticket_phone_idx').on(t.requesterPhoneIndex, t.createdAt.desc()).where(sql`${t.requesterPhoneIndex} is not null`),
    index('appeal_ticket_place_idx').on(t.areaCode, t.categoryCode, t.createdAt.desc()),
    // Open311's status=open over a window with few open tickets (and the office's open lists).
    index('appeal_ticket_open_created_idx').on(t.createdAt.desc(), t.id).where(sql`${t.state} not in ('closed', 'merged', 'invalid')`),
  ],
);

export const appealSequences = pgTable(
  'appeal_sequence',
  {
    day: date('day', { mode: 'string' }).notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.day] })],
);

// The ticket's timeline beyond the engine's history: progress notes, replies, the requester's follow-ups,
// callbacks, category corrections, extension requests. `public` ones are what Open311's
// servicerequestupdates and the requester's "my tickets" show.
export const appealUpdates = pgTable(
  'appeal_update',
  {
    id: uuid('id').primaryKey(),
    ticketId: uuid('ticket_id').notNull(),
    at: at('at').notNull(),
    /** note | progress | reply | followUp | callback | correction | extensionRequest | status | external */
    kind: text('kind').notNull(),
    authorUserId: uuid('author_user_id'),
    /** The department the author acted for. */
    departmentId: uuid('department_id'),
    public: boolean('public').notNull().default(false),
    text: text('text').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    attachments: jsonb('attachments').$type<string[]>().notNull().default([]),
    /** The state the ticket was in after it (Open311 update's status). */
    state: text('state').notNull(),
  },
  (t) => [index('appeal_update_ticket_idx').on(t.ticketId, t.at), index('appeal_update_at_idx').on(t.at, t.id)],
);

// 知识库: answers the seat reads out; valid between two dates, found with the catalogue's Chinese search.
export const appealKnowledge = pgTable(
  'appeal_knowledge',
  {
    id: uuid('id').primaryKey(),
    title: text('title').notNull(),
    answer: text('answer').notNull(),
    categoryCode: text('category_code'),
    keywords: text('keywords').notNull().default(''),
    /** The department that vouches for the answer. */
    departmentId: uuid('department_id'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    /** 停用: when an editor took it out of use (its dates stay as they were; null: in use). */
    retiredAt: at('retired_at'),
    searchVector: tsvector('search_vector').notNull(),
    /** Times the seat answered a call with it. */
    usedCount: integer('used_count').notNull().default(0),
    version: integer('version').notNull().default(1),
    createdAt: at('created_at').notNull().defaultNow(),
    updatedAt: at('updated_at').notNull().defaultNow(),
  },
  (t) => [index('appeal_knowledge_search_idx').using('gin', t.searchVector), index('appeal_knowledge_valid_idx').on(t.validFrom, t.validTo)],
);

// Open311 API keys: the secret is shown once; only its SM3 hash is kept.
export const appealApiKeys = pgTable(
  'appeal_api_key',
  {
    id: uuid('id').primaryKey(),
    name: text('name').notNull(),
    keyHash: text('key_hash').notNull(),
    /** The first characters, to tell keys apart in the list. */
    keyPrefix: text('key_prefix').notNull(),
    createdBy: uuid('created_by'),
    createdAt: at('created_at').notNull().defaultNow(),
    revokedAt: at('revoked_at'),
    lastUsedAt: at('last_used_at'),
  },
  (t) => [uniqueIndex('appeal_api_key_hash_key').on(t.keyHash)],
);

// The module's configurable rules (limits per kind, 三率 weights, minimum sample …) as one versioned document.
export const appealSettings = pgTable('appeal_setting', {
  key: text('key').primaryKey(),
  value: jsonb('value').$type<Record<string, unknown>>().notNull(),
  version: integer('version').notNull().default(1),
  updatedAt: at('updated_at').notNull().defaultNow(),
});

// Settled days (结转): a day every ticket of which has ended (closed, merged, invalid) keeps its figures, which can no
// longer change, in two small tallies by the day the tickets were created — 三率's counts per lead unit and the hot
// spots' per category, area and lead unit — so a year's figures add up a few thousand rows instead of reading every
// ticket. Days not yet settled (the last weeks, a day with a ticket still open) are counted from the tickets.
export const appealSettledDays = pgTable('appeal_settled_day', {
  day: date('day', { mode: 'string' }).primaryKey(),
  settledAt: at('settled_at').notNull().defaultNow(),
});

export const appealDayRates = pgTable(
  'appeal_day_rate',
  {
    day: date('day', { mode: 'string' }).notNull(),
    /** The lead unit; null for tickets no unit led (answered on the call, invalid or merged before dispatch). */
    departmentId: uuid('department_id'),
    /** The counts of stats-repository.ts's RATE_COUNTS, by name. */
    counts: jsonb('counts').$type<Record<string, number>>().notNull(),
  },
  (t) => [index('appeal_day_rate_day_idx').on(t.day)],
);

export const appealDayPlaces = pgTable(
  'appeal_day_place',
  {
    day: date('day', { mode: 'string' }).notNull(),
    categoryCode: text('category_code').notNull(),
    areaCode: text('area_code').notNull(),
    departmentId: uuid('department_id'),
    count: integer('count').notNull(),
  },
  (t) => [index('appeal_day_place_day_idx').on(t.day)],
);
