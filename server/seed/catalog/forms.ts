// Form helpers for the demo catalogue: flat JSON Schema forms (+ rjsf UI hints and registry
// pre-fill) built from short field declarations, and the reverse reading a bundle needs to merge
// its members' forms into one (一表填报).
import type { ItemForm } from '../../../common/api/catalog.ts';
import type { FormFieldType, PrefillSource } from '../../../common/catalog/vocabulary.ts';

export interface Field {
  key: string;
  title: string;
  type: FormFieldType;
  required: boolean;
  options?: string[];
  prefill?: PrefillSource;
  pattern?: string;
  description?: string;
}

const make =
  (type: FormFieldType) =>
  (key: string, title: string, extra: Partial<Omit<Field, 'key' | 'title' | 'type'>> = {}): Field => ({ key, title, type, required: true, ...extra });

/** A one-line answer. */
export const str = make('string');
/** A paragraph (textarea). */
export const long = make('text');
export const date = make('date');
export const num = make('number');
export const int = make('integer');
export const flag = make('boolean');
/** One of the options. */
export const pick = (key: string, title: string, options: string[], extra: Partial<Field> = {}): Field => ({ ...make('enum')(key, title, extra), options });
/** The same field, optional. */
export const opt = (f: Field): Field => ({ ...f, required: false });

const ID_PATTERN = '^[1-9][0-9]{16}[0-9X]$';
const MOBILE_PATTERN = '^1[3-9][0-9]{9}$';
const USCC_PATTERN = '^[0-9A-HJ-NPQRTUWXY]{2}[0-9]{6}[0-9A-HJ-NPQRTUWXY]{10}$';
/** A resident ID number. */
export const idNo = (key: string, title: string, extra: Partial<Field> = {}) => str(key, title, { pattern: ID_PATTERN, ...extra });
/** A mobile number. */
export const mobile = (key: string, title: string, extra: Partial<Field> = {}) => str(key, title, { pattern: MOBILE_PATTERN, ...extra });

/** The enterprise applying, pre-filled from the registry by its USCC. */
export const ENTITY: Field[] = [
  str('entity_name', '单位名称', { prefill: 'entity.name' }),
  str('uscc', '统一社会信用代码', { prefill: 'entity.uscc', pattern: USCC_PATTERN }),
  str('legal_representative', '法定代表人（负责人）', { prefill: 'entity.legalRepresentative' }),
  str('address', '住所（经营场所）', { prefill: 'entity.address' }),
];
/** The person handling it for an enterprise. */
export const CONTACT: Field[] = [str('contact_name', '经办人', { prefill: 'applicant.name' }), mobile('contact_phone', '经办人手机号码', { prefill: 'applicant.phone' })];
/** A citizen applying for himself or herself. */
export const APPLICANT: Field[] = [
  str('applicant_name', '申请人姓名', { prefill: 'applicant.name' }),
  idNo('applicant_id_number', '申请人身份证号码'),
  mobile('applicant_phone', '联系电话', { prefill: 'applicant.phone' }),
];
/** Why an enterprise closes: one list, so a 注销 bundle asks it once. */
export const DEREGISTRATION_REASONS = ['解散', '破产', '被依法吊销营业执照', '被撤销', '合并、分立', '迁出本统筹区'];

/** An enterprise with its contact person (the usual head of an enterprise's form). */
export const ENTITY_CONTACT: Field[] = [...ENTITY, CONTACT[1]!];

/** Builds a flat form (3–10 fields) from fields and groups of fields. */
export function form(...parts: (Field | Field[])[]): ItemForm {
  const fields = parts.flat();
  if (fields.length < 3 || fields.length > 10) throw new Error(`a demo form has 3–10 fields, got ${fields.length}: ${fields.map((f) => f.key).join(', ')}`);
  const keys = new Set<string>();
  const properties: Record<string, Record<string, unknown>> = {};
  const uiSchema: Record<string, unknown> = { 'ui:order': fields.map((f) => f.key) };
  const prefill: ItemForm['prefill'] = {};
  for (const f of fields) {
    if (keys.has(f.key)) throw new Error(`field ${f.key} appears twice`);
    keys.add(f.key);
    properties[f.key] = propertyOf(f);
    const ui: Record<string, unknown> = {};
    if (f.type === 'text') ui['ui:widget'] = 'textarea';
    if (f.type === 'enum' && (f.options?.length ?? 0) <= 4) ui['ui:widget'] = 'radio';
    if (f.description) ui['ui:help'] = f.description;
    if (Object.keys(ui).length) uiSchema[f.key] = ui;
    if (f.prefill) prefill[f.key] = f.prefill;
  }
  return {
    schema: { type: 'object', required: fields.filter((f) => f.required).map((f) => f.key), properties },
    uiSchema,
    prefill,
  };
}

function propertyOf(f: Field): Record<string, unknown> {
  const title = { title: f.title };
  switch (f.type) {
    case 'string':
      return { type: 'string', ...title, maxLength: 200, ...(f.pattern ? { pattern: f.pattern } : {}) };
    case 'text':
      return { type: 'string', ...title, maxLength: 2000 };
    case 'date':
      return { type: 'string', ...title, format: 'date' };
    case 'enum':
      return { type: 'string', ...title, enum: f.options ?? [] };
    case 'number':
      return { type: 'number', ...title, minimum: 0 };
    case 'integer':
      return { type: 'integer', ...title, minimum: 0 };
    case 'boolean':
      return { type: 'boolean', ...title };
  }
}

/** Reads a form built by `form()` back into its fields (for merging a bundle's forms). */
export function fieldsOf(itemForm: ItemForm): Field[] {
  const schema = itemForm.schema as { required?: string[]; properties?: Record<string, Record<string, unknown>> };
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {}).map(([key, p]) => {
    const ui = (itemForm.uiSchema[key] ?? {}) as Record<string, unknown>;
    const type: FormFieldType = Array.isArray(p.enum)
      ? 'enum'
      : p.format === 'date'
        ? 'date'
        : p.type === 'string'
          ? ui['ui:widget'] === 'textarea'
            ? 'text'
            : 'string'
          : (p.type as FormFieldType);
    const f: Field = { key, title: String(p.title ?? key), type, required: required.has(key) };
    if (Array.isArray(p.enum)) f.options = p.enum as string[];
    if (itemForm.prefill[key]) f.prefill = itemForm.prefill[key];
    return f;
  });
}
