// Pure helpers of 派单目录 and 知识库维护: category names and order, the areas a rule may name, filtering and sorting
// the rules, the rule the server's proposal would take (the same order as server/modules/appeals/service/
// catalogue.ts `propose`: the leaf before its parent, in each the district, then the city, then city-wide), a
// knowledge entry's validity on a day, and the request bodies of the knowledge editor.
import type { Category, CreateKnowledgeBody, DispatchRule, KnowledgeEntry, UpdateKnowledgeBody } from '../../../api/appeals-catalog.ts';

/** The area filter's and the rule form's stand-in for `areaCode: null` (city-wide; a select has no null value). */
export const CITY_WIDE = 'city-wide';

export const areaKeyOf = (areaCode: string | null): string => areaCode ?? CITY_WIDE;
export const areaCodeOf = (key: string): string | null => (key === CITY_WIDE ? null : key);

/** The city a district belongs to (GB/T 2260: its first four digits and 00). */
export const cityOf = (areaCode: string): string => `${areaCode.slice(0, 4)}00`;

/** A category code's parent: the part before the first hyphen (CG-ZDJY → CG); null for a top category. */
export const parentCodeOf = (code: string): string | null => (code.includes('-') ? code.slice(0, code.indexOf('-')) : null);

/** A category's name with its parent's, e.g. 住房 / 物业管理 (the code itself when the catalogue does not know it). */
export function categoryPath(categories: readonly Category[], code: string, english = false): string {
  const byCode = (c: string) => categories.find((x) => x.code === c);
  const hit = byCode(code);
  if (!hit) return code;
  const name = (c: Category) => (english ? c.nameEn : c.name);
  const parent = hit.parentCode ? byCode(hit.parentCode) : undefined;
  return parent ? `${name(parent)} / ${name(hit)}` : name(hit);
}

/**
 * The areas a rule may name, in order: city-wide first, then the districts given; a code a rule already has that
 * is not among them (the city itself, a district since renamed) stays choosable, shown by its code.
 */
export function areaChoices(areas: readonly { code: string; label: string }[], cityWideLabel: string, current?: string | null): { value: string; label: string }[] {
  const choices = [{ value: CITY_WIDE, label: cityWideLabel }, ...areas.map((a) => ({ value: a.code, label: a.label }))];
  if (current && !areas.some((a) => a.code === current)) choices.splice(1, 0, { value: current, label: current });
  return choices;
}

export interface RuleFilter {
  /** A top category covers its leaves' rules too. */
  categoryCode?: string;
  /** CITY_WIDE or an area code: the rules naming exactly that area. */
  areaKey?: string;
  /** Words in the category's or area's name, a unit's name or the note. */
  text?: string;
}

export interface RuleNames {
  category: (code: string) => string;
  area: (areaCode: string | null) => string;
  department: (id: string) => string;
}

/** The rules the filter lets through, in the order given. */
export function filterRules(rules: readonly DispatchRule[], filter: RuleFilter, names: RuleNames): DispatchRule[] {
  const words = (filter.text ?? '').toLowerCase().split(/\s+/u).filter(Boolean);
  return rules.filter((r) => {
    if (filter.categoryCode && r.categoryCode !== filter.categoryCode && parentCodeOf(r.categoryCode) !== filter.categoryCode) return false;
    if (filter.areaKey && areaKeyOf(r.areaCode) !== filter.areaKey) return false;
    if (words.length === 0) return true;
    const haystack = [r.categoryCode, names.category(r.categoryCode), names.area(r.areaCode), names.department(r.leadDepartmentId), ...r.supportDepartmentIds.map(names.department), r.note].join(' ').toLowerCase();
    return words.every((w) => haystack.includes(w));
  });
}

/**
 * The rules in the catalogue's order: by category as the category list orders it (a top category before its
 * leaves, a category the list does not know last), then city-wide, the city, and the districts by code.
 */
export function sortRules(rules: readonly DispatchRule[], categories: readonly Category[]): DispatchRule[] {
  const position = new Map(categories.map((c, i) => [c.code, i]));
  const unknown = categories.length;
  const key = (code: string): [number, number] => {
    const parent = parentCodeOf(code);
    const own = position.get(code) ?? unknown;
    return parent === null ? [own, -1] : [position.get(parent) ?? unknown, own];
  };
  const areaRank = (a: string | null) => (a === null ? '0' : a.endsWith('00') ? `1${a}` : `2${a}`);
  return [...rules].sort((x, y) => {
    const [xp, xo] = key(x.categoryCode);
    const [yp, yo] = key(y.categoryCode);
    if (xp !== yp) return xp - yp;
    if (xo !== yo) return xo - yo;
    if (x.categoryCode !== y.categoryCode) return x.categoryCode < y.categoryCode ? -1 : 1;
    const xa = areaRank(x.areaCode);
    const ya = areaRank(y.areaCode);
    return xa < ya ? -1 : xa > ya ? 1 : 0;
  });
}

/**
 * The rule the server's proposal takes for a ticket's category in its district: the leaf before its parent, and
 * for each the district, then the city, then city-wide. null: none, the district's government takes it (兜底).
 */
export function matchingRule(rules: readonly DispatchRule[], categoryCode: string, areaCode: string): DispatchRule | null {
  for (const code of [categoryCode, parentCodeOf(categoryCode)]) {
    if (!code) continue;
    for (const area of [areaCode, cityOf(areaCode), null]) {
      const hit = rules.find((r) => r.categoryCode === code && r.areaCode === area);
      if (hit) return hit;
    }
  }
  return null;
}

/**
 * A knowledge entry on a day: 已停用 (retired, whatever its dates), else 有效, 未生效 (starts later) or 已过期 (ended;
 * also one ended before it began).
 */
export type Validity = 'valid' | 'pending' | 'expired' | 'retired';

export function validityOf(entry: Pick<KnowledgeEntry, 'validFrom' | 'validTo'> & { retiredAt?: string | null }, today: string): Validity {
  if (entry.retiredAt) return 'retired';
  if (entry.validTo !== null && entry.validTo < today) return 'expired';
  if (entry.validFrom > today) return 'pending';
  return 'valid';
}

/** The knowledge list's status filter: the server's `validity` (有效, 未生效, 已过期, 已停用, 全部). */
export const KNOWLEDGE_STATUSES = ['valid', 'pending', 'expired', 'retired', 'all'] as const;
export type KnowledgeStatus = (typeof KNOWLEDGE_STATUSES)[number];

/** Keywords as the server keeps them: split at spaces and commas, trimmed, each once, in order. */
export function splitKeywords(keywords: readonly string[]): string[] {
  return [...new Set(keywords.flatMap((k) => k.split(/[\s,，、;；]+/u)).filter(Boolean))];
}

/** The knowledge editor's values, dates as YYYY-MM-DD. */
export interface KnowledgeValues {
  title: string;
  answer: string;
  categoryCode?: string | null;
  keywords?: string[];
  departmentId?: string | null;
  validFrom: string;
  validTo?: string | null;
}

const orNull = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v);

/** The create body: trimmed, empty choices as null. */
export function knowledgeCreateBody(values: KnowledgeValues): CreateKnowledgeBody {
  return {
    title: values.title.trim(),
    answer: values.answer.trim(),
    categoryCode: orNull(values.categoryCode),
    keywords: splitKeywords(values.keywords ?? []),
    departmentId: orNull(values.departmentId),
    validFrom: values.validFrom,
    validTo: orNull(values.validTo),
  };
}

/**
 * The edit body: only what differs from the entry as read (the server checks only what changes, so an entry filed
 * under a category since removed can still be edited otherwise), with the version it was read at.
 */
export function knowledgePatch(before: KnowledgeEntry, values: KnowledgeValues): UpdateKnowledgeBody {
  const after = knowledgeCreateBody(values);
  const patch: UpdateKnowledgeBody = { version: before.version };
  if (after.title !== before.title) patch.title = after.title;
  if (after.answer !== before.answer) patch.answer = after.answer;
  if ((after.categoryCode ?? null) !== before.categoryCode) patch.categoryCode = after.categoryCode ?? null;
  const keywords = after.keywords ?? [];
  if (keywords.join(' ') !== before.keywords.join(' ')) patch.keywords = keywords;
  if ((after.departmentId ?? null) !== before.departmentId) patch.departmentId = after.departmentId ?? null;
  if (after.validFrom !== before.validFrom) patch.validFrom = after.validFrom;
  if ((after.validTo ?? null) !== before.validTo) patch.validTo = after.validTo ?? null;
  return patch;
}

/** True when an edit body changes nothing but carries its version. */
export const isEmptyPatch = (patch: UpdateKnowledgeBody): boolean => Object.keys(patch).every((k) => k === 'version');
