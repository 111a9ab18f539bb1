// Market-entity registry (市场主体库), persons, electronic licences (电子证照) and audited data sharing:
// contracts shared by server and web.
import { z } from 'zod';
import { isoDate } from './dates.ts';
import { pageQuery } from './org.ts';
import { patchOf } from './patch.ts';

/** 登记状态 (registration status). */
export const ENTITY_STATUSES = ['active', 'revoked', 'deregistered', 'moved_out', 'suspended'] as const;
export const ENTITY_STATUS_LABELS: Record<(typeof ENTITY_STATUSES)[number], { zh: string; en: string }> = {
  active: { zh: '存续', en: 'Active' },
  revoked: { zh: '吊销', en: 'Licence revoked' },
  deregistered: { zh: '注销', en: 'Deregistered' },
  moved_out: { zh: '迁出', en: 'Moved out' },
  suspended: { zh: '停业', en: 'Suspended' },
};

/** Kinds of market entity, from the USCC's second character for the market-regulation authority (9x). */
export const ENTITY_KINDS = ['enterprise', 'individual', 'cooperative', 'other'] as const;
export const ENTITY_KIND_LABELS: Record<(typeof ENTITY_KINDS)[number], { zh: string; en: string }> = {
  enterprise: { zh: '企业', en: 'Enterprise' },
  individual: { zh: '个体工商户', en: 'Individual business' },
  cooperative: { zh: '农民专业合作社', en: "Farmers' cooperative" },
  other: { zh: '其他组织', en: 'Other organisation' },
};

export const ENTITY_TAGS = ['new_economy', 'key_project', 'sandbox', 'newly_signed', 'high_tech', 'specialised'] as const;
export const ENTITY_TAG_LABELS: Record<(typeof ENTITY_TAGS)[number], { zh: string; en: string }> = {
  new_economy: { zh: '新经济', en: 'New economy' },
  key_project: { zh: '重点项目业主', en: 'Key-project owner' },
  sandbox: { zh: '沙盒监管', en: 'Sandbox' },
  newly_signed: { zh: '新签约落地', en: 'Newly signed' },
  high_tech: { zh: '高新技术企业', en: 'High-tech enterprise' },
  specialised: { zh: '专精特新', en: 'Specialised SME' },
};

const dateString = isoDate;

export const entitySchema = z.object({
  id: z.string().uuid(),
  uscc: z.string(),
  name: z.string(),
  kind: z.enum(ENTITY_KINDS),
  legalRepresentative: z.string(),
  /** 注册资本, in fen (integer). */
  registeredCapitalFen: z.number().int().nullable(),
  /** GB/T 4754 section letter (A–T) and class code (4 digits). */
  industrySection: z.string(),
  industryClass: z.string().nullable(),
  industryName: z.string().nullable(),
  address: z.string(),
  districtCode: z.string(),
  establishedOn: dateString,
  status: z.enum(ENTITY_STATUSES),
  tags: z.array(z.enum(ENTITY_TAGS)),
  /** True when the USCC fails its check and an admin admitted it anyway (audited). */
  usccOverride: z.boolean(),
  version: z.number().int(),
});
export type Entity = z.infer<typeof entitySchema>;

export const entityInput = z.object({
  uscc: z.string().trim().min(1).max(18),
  name: z.string().trim().min(2).max(200),
  legalRepresentative: z.string().trim().min(1).max(50),
  registeredCapitalFen: z.number().int().min(0).max(1e15).nullable().optional(),
  industrySection: z.string().trim().regex(/^[A-T]$/, '门类应为 A–T 的一个字母 / section must be one letter A–T'),
  industryClass: z.string().trim().regex(/^\d{4}$/, '行业小类应为 4 位数字 / class must be 4 digits').nullable().optional(),
  address: z.string().trim().min(2).max(300),
  districtCode: z.string().trim().regex(/^\d{6}$/, '区划代码应为 6 位数字 / district code must be 6 digits'),
  establishedOn: dateString,
  status: z.enum(ENTITY_STATUSES).default('active'),
  tags: z.array(z.enum(ENTITY_TAGS)).max(10).default([]),
  /** Admit a USCC that fails its check (admins only; audited). */
  overrideUsccCheck: z.boolean().optional(),
  overrideReason: z.string().trim().min(4).max(200).optional(),
});
export const entityUpdate = patchOf(entityInput.omit({ uscc: true, overrideUsccCheck: true, overrideReason: true })).extend({ version: z.number().int().min(1) });

export const entitiesQuery = pageQuery.extend({
  /** Name prefix, full USCC, or legal representative's name. */
  q: z.string().trim().max(100).optional(),
  status: z.enum(ENTITY_STATUSES).optional(),
  tag: z.enum(ENTITY_TAGS).optional(),
  districtCode: z.string().regex(/^\d{6}$/).optional(),
  industrySection: z.string().regex(/^[A-T]$/).optional(),
});
export const entitiesReply = z.object({ items: z.array(entitySchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });

// ---- Electronic licences ----

export const LICENCE_FIELD_TYPES = ['text', 'date', 'number'] as const;
export const LICENCE_FIELD_TYPE_LABELS: Record<(typeof LICENCE_FIELD_TYPES)[number], { zh: string; en: string }> = {
  text: { zh: '文本', en: 'Text' },
  date: { zh: '日期', en: 'Date' },
  number: { zh: '数字', en: 'Number' },
};
export const HOLDER_KINDS = ['entity', 'person'] as const;
export const HOLDER_KIND_LABELS: Record<(typeof HOLDER_KINDS)[number], { zh: string; en: string }> = {
  entity: { zh: '市场主体', en: 'Market entity' },
  person: { zh: '自然人', en: 'Person' },
};

export const licenceFieldSchema = z.object({ key: z.string(), label: z.string(), type: z.enum(LICENCE_FIELD_TYPES) });
export const licenceTypeSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  holderKind: z.enum(HOLDER_KINDS),
  issuingDepartmentId: z.string().uuid(),
  issuingDepartmentName: z.string().nullable(),
  fields: z.array(licenceFieldSchema),
  validityYears: z.number().int().nullable(),
  /** 证照编号前缀: a number is the prefix, the year and eight digits. */
  numberPrefix: z.string(),
  /** True once a licence of this type exists: its fields' keys and types and its holder kind are then fixed. */
  inUse: z.boolean(),
  version: z.number().int(),
});
export type LicenceType = z.infer<typeof licenceTypeSchema>;

// ---- Licence type bodies (admins) ----

const fieldKey = z
  .string()
  .trim()
  .regex(/^[a-z][A-Za-z0-9_]{0,39}$/, '字段键应以小写字母开头，只含字母、数字和下划线（最多 40 位） / a field key starts with a lower-case letter and has only letters, digits and underscores (at most 40)');
export const licenceFieldInput = z.object({
  key: fieldKey,
  label: z.string().trim().min(1).max(60),
  type: z.enum(LICENCE_FIELD_TYPES),
});
const licenceFieldsInput = z
  .array(licenceFieldInput)
  .min(1, '至少需要一个字段 / at least one field is needed')
  .max(40)
  .superRefine((fields, ctx) => {
    const seen = new Set<string>();
    fields.forEach((f, i) => {
      if (seen.has(f.key)) ctx.addIssue({ code: 'custom', path: [i, 'key'], message: `字段键 ${f.key} 重复 / the field key ${f.key} is used twice` });
      seen.add(f.key);
    });
  });
export const licenceTypeInput = z.object({
  /** Fixed once created: sharing rules, the share log and every licence's signature name the type by it. */
  code: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{1,39}$/, '代码应为大写字母开头的大写字母、数字和下划线（2–40 位） / the code is 2–40 upper-case letters, digits and underscores, starting with a letter'),
  name: z.string().trim().min(2).max(60),
  holderKind: z.enum(HOLDER_KINDS),
  issuingDepartmentId: z.string().uuid(),
  fields: licenceFieldsInput,
  /** Years a licence runs from its issue date; null = no end (长期). */
  validityYears: z.number().int().min(1).max(100).nullable(),
  numberPrefix: z
    .string()
    .trim()
    .regex(/^[A-Za-z0-9\u4e00-\u9fa5-]{1,20}$/, '编号前缀为 1–20 位字母、数字、汉字或连字符 / the number prefix is 1–20 letters, digits, Chinese characters or hyphens'),
});
/** Edit: any of the create fields (the code only as it is) and the version read. */
export const licenceTypeUpdate = licenceTypeInput.partial().extend({ version: z.number().int().min(1) });

export const licenceTypesReply = z.object({ types: z.array(licenceTypeSchema) });

export const LICENCE_STATUSES = ['valid', 'expired', 'revoked'] as const;
export const licenceSchema = z.object({
  id: z.string().uuid(),
  typeId: z.string().uuid(),
  typeName: z.string(),
  number: z.string(),
  verificationCode: z.string(),
  holderName: z.string(),
  /** The entity's USCC, or the person's masked ID number. */
  holderCode: z.string(),
  issuingDepartmentName: z.string().nullable(),
  issuedOn: dateString,
  validFrom: dateString,
  validTo: dateString.nullable(),
  status: z.enum(LICENCE_STATUSES),
  revokedReason: z.string().nullable(),
  fields: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
});
export type Licence = z.infer<typeof licenceSchema>;
export const licencesReply = z.object({ items: z.array(licenceSchema), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const licencesQuery = pageQuery.extend({
  typeId: z.string().uuid().optional(),
  holderUscc: z.string().max(18).optional(),
  status: z.enum(LICENCE_STATUSES).optional(),
});

export const issueLicenceBody = z.object({
  typeId: z.string().uuid(),
  holderUscc: z.string().max(18).optional(),
  holderIdNumber: z.string().max(18).optional(),
  number: z.string().trim().min(3).max(60).optional(),
  issuedOn: dateString.optional(),
  validTo: dateString.nullable().optional(),
  fields: z.record(z.string(), z.union([z.string().max(500), z.number(), z.null()])),
});
export const revokeLicenceBody = z.object({ reason: z.string().trim().min(2).max(200) });

/** What anyone sees when checking a licence's code, without signing in (亮证/验证). */
export const verificationReply = z.object({
  code: z.string(),
  /** valid: genuine and in force; expired / revoked: genuine but not in force; tampered: the record fails its signature. */
  result: z.enum(['valid', 'expired', 'revoked', 'tampered']),
  typeName: z.string(),
  number: z.string(),
  holderName: z.string(),
  holderCode: z.string(),
  issuingDepartmentName: z.string().nullable(),
  issuedOn: dateString,
  validTo: dateString.nullable(),
  checkedAt: z.string(),
});

// ---- Data sharing (数据共享) ----

export const SHARE_PURPOSES = ['case_handling', 'supervision', 'credit_check', 'statistics', 'judicial'] as const;
export const SHARE_PURPOSE_LABELS: Record<(typeof SHARE_PURPOSES)[number], { zh: string; en: string }> = {
  case_handling: { zh: '业务办理', en: 'Case handling' },
  supervision: { zh: '监管执法', en: 'Supervision' },
  credit_check: { zh: '信用核查', en: 'Credit check' },
  statistics: { zh: '统计分析', en: 'Statistics' },
  judicial: { zh: '司法协助', en: 'Judicial assistance' },
};

export const shareRequestBody = z.object({
  subject: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('entity'), uscc: z.string().max(18) }),
    z.object({ kind: z.literal('person'), idNumber: z.string().max(18) }),
  ]),
  /** 'record' for the entity's or person's registry record, or a licence type code. */
  resource: z.string().trim().min(1).max(60),
  purpose: z.enum(SHARE_PURPOSES),
  /** The case it serves (办件编号, 工单编号 …): required. */
  caseNumber: z.string().trim().min(4).max(60),
});
export const shareReply = z.object({
  requestId: z.string().uuid(),
  /** When the share log recorded it (the server's clock, as the log shows it). */
  at: z.string(),
  record: z.record(z.string(), z.unknown()).nullable(),
  licences: z.array(licenceSchema),
});

/** Why a request for shared data was refused (stored as the code in share_log.reason). */
export const SHARE_REFUSAL_REASONS = ['no_subject', 'no_licence_type', 'no_department', 'no_rule', 'purpose_not_allowed'] as const;
export type ShareRefusalReason = (typeof SHARE_REFUSAL_REASONS)[number];
export const SHARE_REFUSAL_REASON_LABELS: Record<ShareRefusalReason, { zh: string; en: string }> = {
  no_subject: { zh: '数据主体不存在', en: 'No such entity or person' },
  no_licence_type: { zh: '没有这种证照类型', en: 'No such licence type' },
  no_department: { zh: '请求方不属于任何部门', en: 'The requester belongs to no department' },
  no_rule: { zh: '没有允许本部门调取此类数据的共享规则', en: 'No sharing rule lets this department read this data' },
  purpose_not_allowed: { zh: '共享规则不允许为此用途调取', en: 'The sharing rule does not allow this purpose' },
};
/** The display name of the resource 'record' (a licence type's own name otherwise). */
export const RECORD_RESOURCE_NAME = '登记信息';

export const shareLogItem = z.object({
  id: z.string().uuid(),
  at: z.string(),
  consumerDepartmentName: z.string().nullable(),
  requesterName: z.string().nullable(),
  /** Read for an applicant's submission (一网通办): the requester is the applicant, not an officer. */
  forApplicant: z.boolean(),
  subjectKind: z.enum(['entity', 'person']),
  subjectName: z.string().nullable(),
  /** The entity's USCC when the subject is an entity. */
  subjectCode: z.string().nullable(),
  resource: z.string(),
  /** What was read, for people: the licence type's name, or 登记信息 for 'record'. */
  resourceName: z.string(),
  purpose: z.enum(SHARE_PURPOSES),
  caseNumber: z.string(),
  allowed: z.boolean(),
  reason: z.enum(SHARE_REFUSAL_REASONS).nullable(),
});
export const shareLogReply = z.object({ items: z.array(shareLogItem), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const shareLogQuery = pageQuery.extend({ allowed: z.enum(['true', 'false']).optional(), uscc: z.string().max(18).optional() });

export const sharingRuleSchema = z.object({
  id: z.string().uuid(),
  consumerDepartmentId: z.string().uuid(),
  consumerDepartmentName: z.string().nullable(),
  resource: z.string(),
  purposes: z.array(z.enum(SHARE_PURPOSES)),
  note: z.string(),
});
export const sharingRulesReply = z.object({ rules: z.array(sharingRuleSchema) });
export const sharingRuleBody = sharingRuleSchema.omit({ id: true, consumerDepartmentName: true });

// ---- 一企一档 ----

const bilingualText = z.object({ zh: z.string(), en: z.string() });

/** How a column's cells read: dates as YYYY-MM-DD, datetimes as ISO instants, statuses as codes labelled by the column. */
export const PROFILE_COLUMN_TYPES = ['text', 'date', 'datetime', 'status', 'number'] as const;
export const PROFILE_STATUS_TONES = ['success', 'warning', 'error', 'processing', 'default'] as const;

export const profileColumnSchema = z.object({
  key: z.string(),
  label: bilingualText,
  type: z.enum(PROFILE_COLUMN_TYPES),
  /** For 'status' columns: each code's words and, optionally, its colour. */
  statusLabels: z.record(z.string(), bilingualText.extend({ tone: z.enum(PROFILE_STATUS_TONES).optional() })).optional(),
  /** What an empty cell means in this column (e.g. 长期 for a licence without an end date); — when absent. */
  emptyLabel: bilingualText.optional(),
});
export type ProfileColumn = z.infer<typeof profileColumnSchema>;

export const profileCell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const profileRowSchema = z.object({
  /** Column key → value (a missing key reads as empty). */
  cells: z.record(z.string(), profileCell),
  /** An in-app path the row opens (e.g. /registry/licences/<id>), or null. */
  link: z
    .string()
    .regex(/^\/(?![/\\])/, 'link must be an in-app path')
    .nullable(),
});
export type ProfileRow = z.infer<typeof profileRowSchema>;

export const profileSectionSchema = z.object({
  key: z.string(),
  title: bilingualText,
  /** All the rows there are; may exceed rows.length (rows are the newest). */
  count: z.number().int(),
  columns: z.array(profileColumnSchema),
  rows: z.array(profileRowSchema),
});
export const profileReply = z.object({ entity: entitySchema, sections: z.array(profileSectionSchema) });
