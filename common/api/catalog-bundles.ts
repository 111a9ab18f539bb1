// 一件事 bundles with one merged form (一表填报), catalogue search and statistics: contracts.
import { z } from 'zod';
import { pageQuery } from './org.ts';
import { materialSchema, ruleViolation } from './catalog.ts';
import { patchOf } from './patch.ts';
import { CATALOG_STATUSES, CROSS_REGION_SCOPES, EVENTS, FORM_FIELD_TYPES, ITEM_TYPES, PREFILL_SOURCES, REFORM_MODES, THEMES } from '../catalog/vocabulary.ts';

const key = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_]{0,39}$/, '键名应为小写字母开头的字母、数字、下划线 / a key is lower-case letters, digits and underscores, starting with a letter');

/** One field of the merged form and the member items' fields it fills. */
export const mergedFieldSchema = z.object({
  key,
  label: z.string().trim().min(1).max(60),
  type: z.enum(FORM_FIELD_TYPES),
  /** Options when type = enum. */
  options: z.array(z.string().trim().min(1).max(60)).max(50).default([]),
  required: z.boolean(),
  description: z.string().trim().max(200).default(''),
  prefill: z.enum(PREFILL_SOURCES).nullable().default(null),
  /** Which member item's field this answer goes to; one merged field may fill several items. */
  mapsTo: z.array(z.object({ itemCode: z.string(), field: z.string() })).min(1).max(20),
});
export type MergedField = z.infer<typeof mergedFieldSchema>;

export const bundleInput = z.object({
  code: z
    .string()
    .trim()
    .regex(/^[0-9A-Z][0-9A-Z-]{3,39}$/, '编码应为 4–40 位大写字母、数字或连字符 / a code is 4–40 upper-case letters, digits or hyphens'),
  name: z.string().trim().min(2).max(60),
  /** 人生事件 (life) or 企业事件 (business). */
  kind: z.enum(['life', 'business']),
  event: z.enum(EVENTS),
  themes: z.array(z.enum(THEMES)).min(1).max(4),
  description: z.string().trim().max(1000),
  /** The lead department that runs the one window for it. */
  leadDepartmentId: z.string().uuid(),
  /** 承诺时限 of the whole bundle in working days. */
  promisedLimitDays: z.number().int().min(0).max(365),
  /** Member items by code, with the order they appear in the guide. */
  members: z.array(z.object({ itemCode: z.string().trim().min(4).max(40), note: z.string().trim().max(200).default('') })).min(2).max(20),
  fields: z.array(mergedFieldSchema).max(200),
  keywords: z.array(z.string().trim().min(1).max(20)).max(20).default([]),
  hallAddress: z.string().trim().max(200).default(''),
  consultPhone: z.string().trim().max(40).default(''),
});
export type BundleInput = z.infer<typeof bundleInput>;
export const bundleUpdate = patchOf(bundleInput.omit({ code: true })).extend({ version: z.number().int().min(1) });

/** A material of the merged list: asked once even when several members need it. */
export const mergedMaterialSchema = materialSchema.extend({
  usedBy: z.array(z.string()),
  /** Fetched from the registry or the issuing department, not asked of the applicant. */
  fetched: z.boolean(),
});

export const bundleSchema = bundleInput.extend({
  id: z.string().uuid(),
  edition: z.number().int(),
  status: z.enum(CATALOG_STATUSES),
  leadDepartmentName: z.string().nullable(),
  /** Members with their current published edition (null when the code has none). */
  memberItems: z.array(
    z.object({
      itemCode: z.string(),
      itemId: z.string().uuid().nullable(),
      name: z.string().nullable(),
      departmentName: z.string().nullable(),
      promisedLimitDays: z.number().int().nullable(),
      note: z.string(),
    }),
  ),
  materials: z.array(mergedMaterialSchema),
  /** Fully online when every member is. */
  fullyOnline: z.boolean(),
  publishedAt: z.string().nullable(),
  retiredAt: z.string().nullable(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Bundle = z.infer<typeof bundleSchema>;
export const bundleSummary = bundleSchema.pick({
  id: true,
  code: true,
  name: true,
  kind: true,
  event: true,
  themes: true,
  edition: true,
  status: true,
  leadDepartmentName: true,
  promisedLimitDays: true,
  fullyOnline: true,
  updatedAt: true,
  version: true,
});
export const bundlesQuery = pageQuery.extend({
  q: z.string().trim().max(100).optional(),
  status: z.enum(CATALOG_STATUSES).optional(),
  kind: z.enum(['life', 'business']).optional(),
  event: z.enum(EVENTS).optional(),
  theme: z.enum(THEMES).optional(),
  /** Bundles the department leads or has a member item in. */
  departmentId: z.string().uuid().optional(),
});
export const bundlesReply = z.object({ items: z.array(bundleSummary.extend({ memberCount: z.number().int() })), total: z.number().int(), page: z.number().int(), pageSize: z.number().int() });
/** Publishing refused: the broken rules (unmapped required field, type mismatch, member not published …). */
export const bundleCheckReply = z.object({ ok: z.boolean(), violations: z.array(ruleViolation) });

// ---- Search ----

export const searchQuery = z.object({
  q: z.string().trim().min(1, '请输入要搜索的内容 / type what you are looking for').max(100),
  kind: z.enum(['all', 'item', 'bundle']).default('all'),
  departmentId: z.string().uuid().optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
/** Text split into plain and matched pieces, so the page can mark the matches without HTML. */
export const highlighted = z.array(z.object({ text: z.string(), match: z.boolean() }));
export const searchHit = z.object({
  kind: z.enum(['item', 'bundle']),
  id: z.string().uuid(),
  code: z.string(),
  name: z.string(),
  nameHighlighted: highlighted,
  departmentName: z.string().nullable(),
  type: z.enum(ITEM_TYPES).nullable(),
  fullyOnline: z.boolean(),
  mobile: z.boolean(),
  promisedLimitDays: z.number().int().nullable(),
  score: z.number(),
});
export const searchReply = z.object({
  /** The words the query was split into, and what synonyms added. */
  terms: z.array(z.string()),
  expanded: z.array(z.string()),
  hits: z.array(searchHit),
});
export type SearchReply = z.infer<typeof searchReply>;

export const synonymSchema = z.object({
  id: z.string().uuid(),
  /** What people type (开饭店). */
  term: z.string(),
  /** What the catalogue calls it (餐饮, 食品经营). */
  expansions: z.array(z.string()),
  version: z.number().int(),
});
export const synonymInput = z.object({
  term: z.string().trim().min(1).max(20),
  expansions: z.array(z.string().trim().min(1).max(20)).min(1).max(10),
});
export const synonymUpdate = synonymInput.extend({ version: z.number().int().min(1) });
export const synonymsReply = z.object({ synonyms: z.array(synonymSchema) });

// ---- Browse and statistics ----

/** The public catalogue's facets: how many published items each department, event and theme has. */
export const facetsReply = z.object({
  departments: z.array(z.object({ id: z.string().uuid(), name: z.string(), count: z.number().int() })),
  events: z.array(z.object({ event: z.enum(EVENTS), count: z.number().int(), bundles: z.number().int() })),
  themes: z.array(z.object({ theme: z.enum(THEMES), count: z.number().int() })),
});

const countBy = <T extends z.ZodTypeAny>(k: T) => z.array(z.object({ key: k, count: z.number().int() }));
/** Catalogue statistics the work report quotes (published editions only). */
export const catalogStatsReply = z.object({
  /** 一网通办 items: every published item. */
  items: z.number().int(),
  fullyOnline: z.number().int(),
  mobile: z.number().int(),
  onTheSpot: z.number().int(),
  zeroVisits: z.number().int(),
  commitmentAllowed: z.number().int(),
  byDepartment: z.array(z.object({ departmentId: z.string().uuid(), name: z.string().nullable(), count: z.number().int(), fullyOnline: z.number().int() })),
  byType: countBy(z.enum(ITEM_TYPES)),
  byOnlineDepth: countBy(z.number().int()),
  byReformMode: countBy(z.enum(REFORM_MODES)),
  byCrossRegion: countBy(z.enum(CROSS_REGION_SCOPES)),
  bundles: z.object({ total: z.number().int(), life: z.number().int(), business: z.number().int() }),
  /** Average promised limit as a share of the legal limit (承诺时限压缩比), 0–1, over items with a legal limit. */
  promisedToLegalRatio: z.number().nullable(),
  asOf: z.string(),
});
export type CatalogStats = z.infer<typeof catalogStatsReply>;
