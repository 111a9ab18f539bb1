// Market-entity registry (市场主体库), persons, electronic licences (电子证照) and audited data sharing:
// contracts shared by server and web.
import { z } from 'zod';
import { pageQuery } from './org.ts';

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

const dateString = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, '日期应为 YYYY-MM-DD / must be a date as YYYY-MM-DD');

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
export const entityUpdate = entityInput.omit({ uscc: true, overrideUsccCheck: true, overrideReason: true }).partial().extend({ version: z.number().int().min(1) });

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

export const licenceFieldSchema = z.object({ key: z.string(), label: z.string(), type: z.enum(['text', 'date', 'number']) });
export const licenceTypeSchema = z.object({
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  holderKind: z.enum(['entity', 'person']),
  issuingDepartmentId: z.string().uuid(),
  issuingDepartmentName: z.string().nullable(),
  fields: z.array(licenceFieldSchema),
  validityYears: z.number().int().nullable(),
});
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
  record: z.record(z.string(), z.unknown()).nullable(),
  licences: z.array(licenceSchema),
});

export const shareLogItem = z.object({
  id: z.string().uuid(),
  at: z.string(),
  consumerDepartmentName: z.string().nullable(),
  requesterName: z.string().nullable(),
  subjectKind: z.enum(['entity', 'person']),
  subjectName: z.string().nullable(),
  resource: z.string(),
  purpose: z.enum(SHARE_PURPOSES),
  caseNumber: z.string(),
  allowed: z.boolean(),
  reason: z.string().nullable(),
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

export const profileSectionSchema = z.object({
  key: z.string(),
  title: z.object({ zh: z.string(), en: z.string() }),
  /** Rows as label → value maps, newest first; `count` may exceed rows.length. */
  count: z.number().int(),
  rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))),
});
export const profileReply = z.object({ entity: entitySchema, sections: z.array(profileSectionSchema) });
