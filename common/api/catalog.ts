// Service catalogue (事项清单): items with the national standard fields, their application forms,
// and editions. Contracts shared by server and web. Bundles, search and statistics are in
// catalog-bundles.ts and catalog-search.ts.
import { z } from 'zod';
import { pageQuery } from './org.ts';
import { patchOf } from './patch.ts';
import {
  CATALOG_STATUSES,
  CROSS_REGION_SCOPES,
  EVENTS,
  ITEM_TYPES,
  MATERIAL_FORMS,
  MATERIAL_SOURCES,
  PREFILL_SOURCES,
  REFORM_MODES,
  SERVICE_TARGETS,
  THEMES,
} from '../catalog/vocabulary.ts';

const key = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, '键名应为小写字母开头的字母、数字、下划线 / a key is lower-case letters, digits and underscores, starting with a letter');
const code = z
  .string()
  .trim()
  .regex(/^[0-9A-Z][0-9A-Z-]{3,39}$/, '编码应为 4–40 位大写字母、数字或连字符 / a code is 4–40 upper-case letters, digits or hyphens');
const text = (max: number) => z.string().trim().max(max);

/** 申请材料: one material of an item. */
export const materialSchema = z.object({
  /** Stable key, shared by items that ask for the same thing (so a bundle asks once): e.g. `id_card`, `business_licence`. */
  key,
  name: z.string().trim().min(2).max(100),
  source: z.enum(MATERIAL_SOURCES),
  /** The issuing department, when source = department. */
  issuingDepartmentId: z.string().uuid().nullable().default(null),
  /** The registry licence type's code, when source = licence. */
  licenceTypeCode: z.string().trim().max(40).nullable().default(null),
  form: z.enum(MATERIAL_FORMS).default('electronic'),
  /** 份数 (0 when only shown, not kept). */
  copies: z.number().int().min(0).max(20).default(1),
  required: z.boolean().default(true),
  /** 容缺/情形: when a conditional material is needed. Required when `required` is false. */
  condition: text(200).nullable().default(null),
  note: text(300).nullable().default(null),
});
export type Material = z.infer<typeof materialSchema>;

/** 办理流程: one step with its own limit in working days. */
export const stepSchema = z.object({
  name: z.string().trim().min(2).max(50),
  /** 环节时限 in working days (0 = the same day). */
  limitDays: z.number().min(0).max(365),
  description: text(300).default(''),
});

export const feeSchema = z.object({
  charged: z.boolean(),
  /** 收费依据 (required when charged). */
  basis: text(300).nullable().default(null),
  /** 收费标准 (required when charged). */
  standard: text(300).nullable().default(null),
});

/** An item's application form: a flat JSON Schema object (+ rjsf UI hints) and pre-fill sources per field. */
export const itemFormSchema = z.object({
  schema: z.record(z.string(), z.unknown()),
  uiSchema: z.record(z.string(), z.unknown()).default({}),
  prefill: z.record(z.string(), z.enum(PREFILL_SOURCES)).default({}),
});
export type ItemForm = z.infer<typeof itemFormSchema>;

/** What an editor sends: every field DOMAIN.md lists for an item. */
export const itemInput = z.object({
  /** 业务办理项编码: the item's stable code across editions. */
  code,
  /** 基本编码 */
  baseCode: code,
  name: z.string().trim().min(2).max(100),
  type: z.enum(ITEM_TYPES),
  target: z.enum(SERVICE_TARGETS),
  competentDepartmentId: z.string().uuid(),
  implementingDepartmentId: z.string().uuid(),
  legalBasis: z.string().trim().min(2).max(2000),
  /** 法定时限 / 承诺时限 in working days; promise ≤ legal. */
  legalLimitDays: z.number().int().min(0).max(365),
  promisedLimitDays: z.number().int().min(0).max(365),
  /** 即办件 (decided on the spot) rather than 承诺件. */
  onTheSpot: z.boolean(),
  /** 到现场次数, with the reason when > 0. */
  visits: z.number().int().min(0).max(5),
  visitsReason: text(300).nullable().default(null),
  /** The online stages (1 咨询 … 7 电子证照). */
  onlineStages: z.array(z.number().int().min(1).max(7)).max(7),
  /** Offered in the phone app (掌上办 also needs stages 2–4 online). */
  mobileChannel: z.boolean(),
  fee: feeSchema,
  materials: z.array(materialSchema).max(60),
  /** 受理条件 */
  conditions: z.array(z.string().trim().min(2).max(500)).max(30),
  steps: z.array(stepSchema).max(20),
  crossRegion: z.enum(CROSS_REGION_SCOPES),
  reformMode: z.enum(REFORM_MODES).nullable(),
  commitmentAllowed: z.boolean(),
  /** 事后核查 period for commitment-based approvals, in months. */
  postCheckMonths: z.number().int().min(1).max(24).nullable().default(null),
  /** 办理结果: the registry licence type an approval issues (电子证照), or null when the result is not a licence. */
  resultLicenceTypeCode: z.string().trim().max(40).nullable().default(null),
  events: z.array(z.enum(EVENTS)).max(6).default([]),
  themes: z.array(z.enum(THEMES)).min(1).max(4),
  /** Plain-language words people use for it (开饭店); searched with the name. */
  keywords: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  /** Guide particulars: where and when to apply, consultation and complaint phones. */
  hallAddress: text(200).default(''),
  hallHours: text(100).default(''),
  consultPhone: text(40).default(''),
  complaintPhone: text(40).default(''),
  form: itemFormSchema,
});
export type ItemInput = z.infer<typeof itemInput>;
export const itemUpdate = patchOf(itemInput.omit({ code: true })).extend({ version: z.number().int().min(1) });

export const itemSchema = itemInput.extend({
  /** This edition's row id: an application keeps it. */
  id: z.string().uuid(),
  /** 版本: 1, 2, … per code. */
  edition: z.number().int(),
  status: z.enum(CATALOG_STATUSES),
  competentDepartmentName: z.string().nullable(),
  implementingDepartmentName: z.string().nullable(),
  /** Derived: 网办深度 = the highest k with stages 1..k all online. */
  onlineDepth: z.number().int(),
  /** Derived: 全程网办 = stages 2–6 online and no visit. */
  fullyOnline: z.boolean(),
  /** Derived: 掌上办 = mobile channel and stages 2–4 online. */
  mobile: z.boolean(),
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  updatedAt: z.string(),
  /** Optimistic lock. */
  version: z.number().int(),
});
export type Item = z.infer<typeof itemSchema>;

/** A row of the admin list and of the public catalogue. */
export const itemSummary = itemSchema.pick({
  id: true,
  code: true,
  name: true,
  type: true,
  target: true,
  edition: true,
  status: true,
  competentDepartmentId: true,
  implementingDepartmentId: true,
  implementingDepartmentName: true,
  promisedLimitDays: true,
  legalLimitDays: true,
  onTheSpot: true,
  visits: true,
  onlineDepth: true,
  fullyOnline: true,
  mobile: true,
  crossRegion: true,
  reformMode: true,
  commitmentAllowed: true,
  events: true,
  themes: true,
  updatedAt: true,
  version: true,
});
export const itemsQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(CATALOG_STATUSES).optional(),
  departmentId: z.string().uuid().optional(),
  type: z.enum(ITEM_TYPES).optional(),
  event: z.enum(EVENTS).optional(),
  theme: z.enum(THEMES).optional(),
  target: z.enum(SERVICE_TARGETS).optional(),
  fullyOnline: z.enum(['true', 'false']).optional(),
});
export const itemsReply = z.object({ items: z.array(itemSummary), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
export const editionsReply = z.object({ editions: z.array(itemSchema.pick({ id: true, edition: true, status: true, publishedAt: true, retiredAt: true, updatedAt: true })) });
export const versionBody = z.object({ version: z.number().int().min(1) });

/** A broken rule: refused on save when severity is error; listed by the quality check either way. */
export const ruleViolation = z.object({
  rule: z.string(),
  severity: z.enum(['error', 'warning']),
  /** The field it concerns (dotted path), if any. */
  field: z.string().nullable(),
  message: z.object({ zh: z.string(), en: z.string() }),
});
export type RuleViolation = z.infer<typeof ruleViolation>;
export const qualityReply = z.object({
  rules: z.array(z.object({ rule: z.string(), severity: z.enum(['error', 'warning']), count: z.number().int() })),
  items: z.array(z.object({ kind: z.enum(['item', 'bundle']), id: z.string().uuid(), code: z.string(), name: z.string(), status: z.enum(CATALOG_STATUSES), violations: z.array(ruleViolation) })),
});

// ---- Forms ----

export const formValidateBody = z.object({ data: z.record(z.string(), z.unknown()) });
export const formValidateReply = z.object({
  valid: z.boolean(),
  errors: z.array(z.object({ field: z.string(), message: z.object({ zh: z.string(), en: z.string() }) })),
});
export const prefillQuery = z.object({ uscc: z.string().trim().max(18).optional() });
export const prefillReply = z.object({ values: z.record(z.string(), z.union([z.string(), z.number(), z.null()])) });

/** A material an application need not ask for, because the registry or a department already holds it. */
export const isFetchedMaterial = (m: Pick<Material, 'source'>) => m.source !== 'applicant';
