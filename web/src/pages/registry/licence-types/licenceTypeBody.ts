// The licence-type form's values and the request bodies made from them; which parts of a type in
// use are fixed (the server refuses those changes too, with the same reasons).
import type {
  LicenceField,
  LicenceType,
  LicenceTypeInput,
  LicenceTypeUpdate,
} from '../../../api/registry.ts';

export interface LicenceTypeFormValues {
  code: string;
  name: string;
  holderKind: 'entity' | 'person';
  issuingDepartmentId?: string | null;
  /** Empty: no end (长期). */
  validityYears?: number | null;
  numberPrefix: string;
  fields: Partial<LicenceField>[];
}

export const emptyLicenceType = (): LicenceTypeFormValues => ({
  code: '',
  name: '',
  holderKind: 'entity',
  issuingDepartmentId: null,
  validityYears: null,
  numberPrefix: '',
  fields: [{ key: '', label: '', type: 'text' }],
});

export const valuesOf = (type: LicenceType): LicenceTypeFormValues => ({
  code: type.code,
  name: type.name,
  holderKind: type.holderKind,
  issuingDepartmentId: type.issuingDepartmentId,
  validityYears: type.validityYears,
  numberPrefix: type.numberPrefix,
  fields: type.fields.map((f) => ({ ...f })),
});

const cleanFields = (fields: LicenceTypeFormValues['fields']): LicenceField[] =>
  (fields ?? []).map((f) => ({
    key: (f.key ?? '').trim(),
    label: (f.label ?? '').trim(),
    type: f.type ?? 'text',
  }));

export function createBody(values: LicenceTypeFormValues): LicenceTypeInput {
  return {
    code: values.code.trim().toUpperCase(),
    name: values.name.trim(),
    holderKind: values.holderKind,
    issuingDepartmentId: values.issuingDepartmentId ?? '',
    validityYears: values.validityYears ?? null,
    numberPrefix: values.numberPrefix.trim(),
    fields: cleanFields(values.fields),
  };
}

/** Everything but the code (fixed once created), with the version the form was opened at. */
export function updateBody(type: LicenceType, values: LicenceTypeFormValues): LicenceTypeUpdate {
  const { code: _code, ...rest } = createBody(values);
  return { ...rest, version: type.version };
}

/** A field row of a type in use whose key and type are fixed (it existed when the form opened). */
export const isLockedField = (type: LicenceType | null, key: string | undefined): boolean =>
  Boolean(type?.inUse && key && type.fields.some((f) => f.key === key));

/** A camelCase key suggestion for a new field from its position (the label is Chinese, so no transliteration). */
export const suggestKey = (fields: LicenceTypeFormValues['fields']): string => {
  const taken = new Set(fields.map((f) => f.key));
  let n = fields.length;
  while (taken.has(`field${n}`)) n += 1;
  return `field${n}`;
};
