// 一件事 checks (DOMAIN.md; GB/T 45836-2025): the merged form must fill every required field of
// every member item's form, with agreeing types, and the merged materials list asks a material
// once. Pure and shared: the server refuses to publish on an error, the web shows them.
import type { BundleInput } from '../api/catalog-bundles.ts';
import type { Material, RuleViolation } from '../api/catalog.ts';
import type { FormField } from './form-fields.ts';
import type { FormFieldType } from './vocabulary.ts';

type Severity = RuleViolation['severity'];
type Text = { zh: string; en: string };

export const BUNDLE_RULES = {
  bundle_member_duplicate: ['error', { zh: '成员事项重复', en: 'A member item is listed twice' }],
  bundle_member_unpublished: ['error', { zh: '成员事项没有已发布的版本', en: 'A member item has no published edition' }],
  bundle_field_duplicate: ['error', { zh: '合并表单字段键重复', en: 'Duplicate merged field key' }],
  bundle_enum_without_options: ['error', { zh: '选择题字段没有选项', en: 'An enum field without options' }],
  bundle_mapping_not_member: ['error', { zh: '字段映射到非成员事项', en: 'A field maps to an item that is not a member' }],
  bundle_mapping_unknown_field: ['error', { zh: '字段映射到成员表单中不存在的字段', en: "A field maps to a field the member's form does not have" }],
  bundle_mapping_conflict: ['error', { zh: '同一成员字段被多个合并字段填写', en: 'One member field is filled by two merged fields' }],
  bundle_type_mismatch: ['error', { zh: '合并字段与成员字段类型不一致', en: 'Merged and member field types disagree' }],
  bundle_options_mismatch: ['error', { zh: '合并字段的选项不在成员字段的选项之内', en: "The merged field's options are not all among the member field's" }],
  bundle_required_unmapped: ['error', { zh: '成员事项的必填字段未被合并表单填写', en: "A member's required field is not filled by the merged form" }],
  bundle_optional_fills_required: ['warning', { zh: '非必填的合并字段填写成员的必填字段', en: "An optional merged field fills a member's required field" }],
} as const satisfies Record<string, readonly [Severity, Text]>;
export type BundleRule = keyof typeof BUNDLE_RULES;

const v = (rule: BundleRule, field: string | null, message: Text): RuleViolation => ({ rule, severity: BUNDLE_RULES[rule][0], field, message });

/** A member item as the checks see it: its current published edition's form, or null when it has none. */
export interface MemberForm {
  code: string;
  name: string;
  fields: FormField[];
  /** The member's own pre-fill: field → registry source. */
  prefill: Record<string, string>;
}

/**
 * Whether an answer of the merged type may go into a member field of type `to`: the same type, plain
 * and long text either way, an integer into a number, a choice into a text field.
 */
export function typesAgree(from: FormFieldType, to: FormFieldType): boolean {
  if (from === to) return true;
  const textual = (t: FormFieldType) => t === 'string' || t === 'text';
  if (textual(from) && textual(to)) return true;
  if (from === 'integer' && to === 'number') return true;
  return from === 'enum' && textual(to);
}

/** The checks that need only the bundle itself (run on every save). */
export function checkBundleShape(bundle: Pick<BundleInput, 'members' | 'fields'>): RuleViolation[] {
  const out: RuleViolation[] = [];
  const codes = new Set<string>();
  bundle.members.forEach((m, i) => {
    if (codes.has(m.itemCode)) out.push(v('bundle_member_duplicate', `members.${i}.itemCode`, { zh: `成员事项 ${m.itemCode} 重复`, en: `member ${m.itemCode} is listed twice` }));
    codes.add(m.itemCode);
  });
  const keys = new Set<string>();
  const targets = new Map<string, string>();
  bundle.fields.forEach((f, i) => {
    const at = `fields.${i}`;
    if (keys.has(f.key)) out.push(v('bundle_field_duplicate', `${at}.key`, { zh: `字段键“${f.key}”重复`, en: `the field key "${f.key}" is used twice` }));
    keys.add(f.key);
    if (f.type === 'enum' && f.options.length === 0) out.push(v('bundle_enum_without_options', `${at}.options`, { zh: `选择题“${f.label}”须列出选项`, en: `the choice "${f.label}" needs options` }));
    f.mapsTo.forEach((m, j) => {
      if (!codes.has(m.itemCode)) {
        out.push(v('bundle_mapping_not_member', `${at}.mapsTo.${j}.itemCode`, { zh: `字段“${f.label}”映射到的事项 ${m.itemCode} 不是成员事项`, en: `"${f.label}" maps to ${m.itemCode}, which is not a member` }));
      }
      const target = `${m.itemCode}.${m.field}`;
      const other = targets.get(target);
      if (other !== undefined && other !== f.key) {
        out.push(v('bundle_mapping_conflict', `${at}.mapsTo.${j}`, { zh: `成员字段 ${target} 已由“${other}”填写`, en: `the member field ${target} is already filled by "${other}"` }));
      }
      targets.set(target, f.key);
    });
  });
  return out;
}

/** Every publish-time check: the shape, members published, mappings valid and typed, required fields filled. */
export function checkBundle(bundle: Pick<BundleInput, 'members' | 'fields'>, members: ReadonlyMap<string, MemberForm | null>): RuleViolation[] {
  const out = checkBundleShape(bundle);
  const memberCodes = new Set(bundle.members.map((m) => m.itemCode));
  bundle.members.forEach((m, i) => {
    if (!members.get(m.itemCode)) out.push(v('bundle_member_unpublished', `members.${i}.itemCode`, { zh: `成员事项 ${m.itemCode} 没有已发布的版本`, en: `member ${m.itemCode} has no published edition` }));
  });
  const filled = new Set<string>();
  bundle.fields.forEach((f, i) => {
    f.mapsTo.forEach((m, j) => {
      const at = `fields.${i}.mapsTo.${j}`;
      const member = memberCodes.has(m.itemCode) ? members.get(m.itemCode) : null;
      if (!member) return;
      const target = member.fields.find((x) => x.key === m.field);
      if (!target) {
        out.push(v('bundle_mapping_unknown_field', `${at}.field`, { zh: `事项“${member.name}”的表单没有字段“${m.field}”`, en: `the form of "${member.name}" has no field "${m.field}"` }));
        return;
      }
      filled.add(`${m.itemCode}.${m.field}`);
      if (!typesAgree(f.type, target.type)) {
        out.push(v('bundle_type_mismatch', at, { zh: `“${f.label}”是 ${f.type}，而“${member.name}”的“${target.label}”是 ${target.type}`, en: `"${f.label}" is ${f.type} but "${target.label}" of "${member.name}" is ${target.type}` }));
      } else if (f.type === 'enum' && target.type === 'enum') {
        const extra = f.options.filter((o) => !target.options.includes(o));
        if (extra.length) out.push(v('bundle_options_mismatch', `fields.${i}.options`, { zh: `选项 ${extra.join('、')} 不是“${member.name}”的“${target.label}”的选项`, en: `options ${extra.join(', ')} are not options of "${target.label}" of "${member.name}"` }));
      }
      if (target.required && !f.required) {
        out.push(v('bundle_optional_fills_required', `fields.${i}.required`, { zh: `“${f.label}”非必填，但填写“${member.name}”的必填字段“${target.label}”`, en: `"${f.label}" is optional but fills the required "${target.label}" of "${member.name}"` }));
      }
    });
  });
  for (const m of bundle.members) {
    const member = members.get(m.itemCode);
    if (!member) continue;
    for (const field of member.fields) {
      if (!field.required || filled.has(`${m.itemCode}.${field.key}`) || member.prefill[field.key]) continue;
      out.push(v('bundle_required_unmapped', 'fields', { zh: `成员事项“${member.name}”的必填字段“${field.label}”（${field.key}）没有合并字段填写`, en: `no merged field fills the required "${field.label}" (${field.key}) of "${member.name}"` }));
    }
  }
  return [...out.filter((x) => x.severity === 'error'), ...out.filter((x) => x.severity === 'warning')];
}

export interface MergedMaterial extends Material {
  usedBy: string[];
  fetched: boolean;
}

/** One materials list for the bundle: a material (by key) asked once, with the members that need it; fetched when a department or the registry holds it. */
export function mergeMaterials(members: readonly { code: string; materials: readonly Material[] }[]): MergedMaterial[] {
  const byKey = new Map<string, MergedMaterial>();
  for (const member of members) {
    for (const m of member.materials) {
      const seen = byKey.get(m.key);
      if (!seen) {
        byKey.set(m.key, { ...m, usedBy: [member.code], fetched: m.source !== 'applicant' });
        continue;
      }
      if (!seen.usedBy.includes(member.code)) seen.usedBy.push(member.code);
      // Required by any member makes it required; the most copies any member keeps.
      seen.required ||= m.required;
      if (seen.required) seen.condition = null;
      seen.copies = Math.max(seen.copies, m.copies);
      // Held by a department or the registry for one member means it is held for all of them.
      if (!seen.fetched && m.source !== 'applicant') {
        Object.assign(seen, { source: m.source, issuingDepartmentId: m.issuingDepartmentId, licenceTypeCode: m.licenceTypeCode, fetched: true });
      }
    }
  }
  return [...byKey.values()];
}
