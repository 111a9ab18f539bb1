// The issue form is built from the chosen licence type's `fields`; this turns its values into the
// request body, and fills the fields a holder's registration already answers (name, address …).
import { ENTITY_KIND_LABELS } from '../../../../../common/api/registry.ts';
import { normalizeIdCard, normalizeUscc } from '../../../../../common/ids/index.ts';
import type { Entity, IssueLicenceBody, LicenceType } from '../../../api/registry.ts';

export type FieldValue = string | number | null | undefined;

export interface IssueFormValues {
  typeId: string;
  holderUscc?: string;
  holderIdNumber?: string;
  /** Blank: the server numbers it. */
  number?: string;
  /** YYYY-MM-DD; blank: today. */
  issuedOn?: string | null;
  /** YYYY-MM-DD; blank: from the type's validity (or no end date). */
  validTo?: string | null;
  fields: Record<string, FieldValue>;
}

/** One field's value as the server wants it: numbers as numbers, text trimmed, blanks as null. */
export function fieldValue(type: 'text' | 'date' | 'number', value: FieldValue): string | number | null {
  if (value === undefined || value === null) return null;
  if (type === 'number') {
    if (typeof value === 'number') return Number.isFinite(value) ? value : null;
    const trimmed = value.trim();
    if (!trimmed) return null;
    const n = Number(trimmed.replace(/,/g, ''));
    return Number.isFinite(n) ? n : trimmed; // not a number: the server says so under the field
  }
  const text = String(value).trim();
  return text ? text : null;
}

export function issueBody(type: LicenceType, values: IssueFormValues): IssueLicenceBody {
  const fields: IssueLicenceBody['fields'] = {};
  for (const field of type.fields) fields[field.key] = fieldValue(field.type, values.fields?.[field.key]);
  const body: IssueLicenceBody = { typeId: type.id, fields };
  if (type.holderKind === 'entity') body.holderUscc = normalizeUscc(values.holderUscc ?? '');
  else body.holderIdNumber = normalizeIdCard(values.holderIdNumber ?? '');
  const number = values.number?.trim();
  if (number) body.number = number;
  if (values.issuedOn) body.issuedOn = values.issuedOn;
  if (values.validTo) body.validTo = values.validTo;
  return body;
}

const yuanOfFen = (fen: number | null) =>
  fen === null
    ? null
    : `${(fen / 1_000_000).toLocaleString('zh-CN', { maximumFractionDigits: 4, useGrouping: false })}万元`;

/**
 * What an entity's registration already says for the licence's fields, by the field keys the
 * licence types use; an office still reads and may change every value before issuing.
 */
export function prefillFields(
  type: LicenceType,
  entity: Entity | null | undefined,
): Record<string, FieldValue> {
  if (!entity || type.holderKind !== 'entity') return {};
  const known: Record<string, FieldValue> = {
    uscc: entity.uscc,
    name: entity.name,
    legalRepresentative: entity.legalRepresentative,
    address: entity.address,
    establishedOn: entity.establishedOn,
    registeredCapital: yuanOfFen(entity.registeredCapitalFen),
    type: ENTITY_KIND_LABELS[entity.kind].zh,
    industry: entity.industryName,
  };
  const values: Record<string, FieldValue> = {};
  for (const field of type.fields) {
    const value = known[field.key];
    if (value !== undefined && value !== null && field.type !== 'number') values[field.key] = value;
  }
  return values;
}

/** May this user issue (and revoke) licences of this type? The same rule as the server's. */
export function mayIssue(
  type: Pick<LicenceType, 'issuingDepartmentId'>,
  grants: readonly { role: string; departmentId: string | null }[],
): boolean {
  if (grants.some((grant) => grant.role === 'admin')) return true;
  if (!grants.some((grant) => grant.role === 'approver')) return false;
  return grants.some((grant) => grant.departmentId === type.issuingDepartmentId);
}
