// 一表填报: the merged form of a bundle and its mapping matrix (merged field × member item → that
// item's field). Pure. The checks themselves are common/catalog/bundle-rules.ts (the server's too);
// these are the editor's moves.
import type { MergedField, RuleViolation } from '../../../../api/catalog-admin.ts';
import { typesAgree as typesFit } from '../../../../../../common/catalog/bundle-rules.ts';
import type { FormField } from '../../../../../../common/catalog/form-fields.ts';

/** A member item and the fields of its published form (null while unknown: not loaded, or not published). */
export interface MemberFields {
  code: string;
  fields: readonly FormField[] | null;
}

/** The member field a merged field fills in one item, or null. */
export function mappedField(field: Pick<MergedField, 'mapsTo'>, itemCode: string): string | null {
  return field.mapsTo.find((target) => target.itemCode === itemCode)?.field ?? null;
}

/** Sets (or with null clears) the cell of row `index`, column `itemCode`. One merged field fills at most one field per item. */
export function setMapping(
  fields: readonly MergedField[],
  index: number,
  itemCode: string,
  memberField: string | null,
): MergedField[] {
  return fields.map((field, i) => {
    if (i !== index) return field;
    const others = field.mapsTo.filter((target) => target.itemCode !== itemCode);
    return {
      ...field,
      mapsTo: memberField === null ? others : [...others, { itemCode, field: memberField }],
    };
  });
}

/** Whether an answer of the merged field fits the member field: the type (bundle-rules) and, for choices, the options. */
export function typesAgree(
  merged: Pick<MergedField, 'type' | 'options'>,
  member: Pick<FormField, 'type' | 'options'>,
): boolean {
  if (!typesFit(merged.type, member.type)) return false;
  if (merged.type !== 'enum' || member.type !== 'enum') return true;
  const allowed = new Set(member.options);
  return merged.options.every((option) => allowed.has(option));
}

/**
 * The matrix cells a check names (`fields.3.mapsTo.1…` → row 3, the item of its second target), so
 * the editor can mark them; other violations stay in the list only.
 */
export function problemCells(
  violations: readonly Pick<RuleViolation, 'field' | 'severity'>[],
  fields: readonly MergedField[],
): Map<string, 'error' | 'warning'> {
  const cells = new Map<string, 'error' | 'warning'>();
  for (const violation of violations) {
    const match = /^fields\.(\d+)\.mapsTo\.(\d+)/.exec(violation.field ?? '');
    if (!match) continue;
    const row = Number(match[1]);
    const target = fields[row]?.mapsTo[Number(match[2])];
    if (!target) continue;
    const key = cellKey(row, target.itemCode);
    if (cells.get(key) !== 'error') cells.set(key, violation.severity);
  }
  return cells;
}

export const cellKey = (row: number, itemCode: string) => `${row}:${itemCode}`;

/** A merged field key (lower-case, digits, underscores) from a member's field name: `applicantName` → `applicant_name`. */
export function mergedKeyOf(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9_]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^[^a-z]+/, '');
  return (snake || 'field').slice(0, 40).replace(/_$/, '') || 'field';
}

function uniqueKey(base: string, taken: ReadonlySet<string>): string {
  if (!taken.has(base)) return base;
  for (let n = 2; ; n++) {
    const suffix = `_${n}`;
    const key = `${base.slice(0, 40 - suffix.length)}${suffix}`;
    if (!taken.has(key)) return key;
  }
}

/** A new merged field asking what one member's field asks. */
export function mergedFromMember(
  itemCode: string,
  member: FormField,
  taken: ReadonlySet<string> = new Set(),
): MergedField {
  return {
    key: uniqueKey(mergedKeyOf(member.key), taken),
    label: member.label.slice(0, 60),
    type: member.type,
    options: member.options,
    required: member.required,
    description: '',
    prefill: null,
    mapsTo: [{ itemCode, field: member.key }],
  };
}

/**
 * Asks once what several members ask: every member field not yet filled is mapped to a merged field
 * of the same key (as a merged key) whose type fits, or — when `addMissing` — to a new merged field.
 * Required fields come first, so a member's optional field never takes a key a required one needs.
 */
export function autoMap(
  fields: readonly MergedField[],
  members: readonly MemberFields[],
  addMissing: boolean,
): { fields: MergedField[]; mapped: number; added: number } {
  let next = fields.map((f) => ({ ...f, mapsTo: [...f.mapsTo] }));
  let mapped = 0;
  let added = 0;
  for (const requiredPass of [true, false]) {
    for (const member of members) {
      for (const memberField of member.fields ?? []) {
        if (memberField.required !== requiredPass) continue;
        if (next.some((f) => mappedField(f, member.code) === memberField.key)) continue;
        const key = mergedKeyOf(memberField.key);
        const index = next.findIndex(
          (f) => f.key === key && mappedField(f, member.code) === null && typesAgree(f, memberField),
        );
        if (index >= 0) {
          next = setMapping(next, index, member.code, memberField.key);
          mapped++;
        } else if (addMissing && (memberField.required || next.every((f) => f.key !== key))) {
          next = [...next, mergedFromMember(member.code, memberField, new Set(next.map((f) => f.key)))];
          added++;
        }
      }
    }
  }
  return { fields: next, mapped, added };
}

/** Drops mappings to items that are no longer members (a field left filling nothing stays, flagged). */
export function pruneMappings(fields: readonly MergedField[], memberCodes: readonly string[]): MergedField[] {
  const keep = new Set(memberCodes);
  return fields.map((field) => ({
    ...field,
    mapsTo: field.mapsTo.filter((target) => keep.has(target.itemCode)),
  }));
}

/** How many member items each merged field fills (the "asked once for N items" count). */
export const reuseCount = (field: Pick<MergedField, 'mapsTo'>) =>
  new Set(field.mapsTo.map((t) => t.itemCode)).size;
