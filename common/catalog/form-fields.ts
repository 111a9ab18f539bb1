// An item's application form is a flat JSON Schema object (one level of simple properties) with
// rjsf UI hints. These helpers read its fields (for merged-form mapping and the web) and say why a
// schema is not one we accept. Pure; shared by server and web.
import type { RuleViolation } from '../api/catalog.ts';
import type { FormFieldType } from './vocabulary.ts';

export interface FormField {
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  /** The allowed values when type = enum. */
  options: string[];
}

/** Field names a form may use: also keys of the application's data. */
export const FIELD_KEY = /^[A-Za-z][A-Za-z0-9_]{0,39}$/;
/** String formats the server validates (ajv-formats). */
export const FORM_FORMATS = ['date', 'date-time', 'time', 'email', 'uri'] as const;
const SIMPLE_TYPES = ['string', 'number', 'integer', 'boolean'] as const;
const TOP_KEYWORDS = new Set(['$schema', 'type', 'title', 'description', 'properties', 'required', 'additionalProperties']);
/** A quantified group that itself contains a quantifier: (…+…)+, (…*…){2,}, (\\d{1,3})* … */
const NESTED_QUANTIFIER = /\((?:[^()\\]|\\.)*(?:[+*]|\{\d+,?\d*\})(?:[^()\\]|\\.)*\)(?:[+*]|\{\d+,?\d*\})/;

const FIELD_KEYWORDS = new Set(['type', 'title', 'description', 'format', 'enum', 'minLength', 'maxLength', 'minimum', 'maximum', 'pattern', 'default', 'readOnly']);
const MAX_FIELDS = 200;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function widgetOf(uiSchema: unknown, key: string): unknown {
  if (!isRecord(uiSchema)) return undefined;
  const hints = uiSchema[key];
  return isRecord(hints) ? hints['ui:widget'] : undefined;
}

/** The type of one property, or null when it is not a simple field. */
export function fieldTypeOf(property: unknown, widget?: unknown): FormFieldType | null {
  if (!isRecord(property)) return null;
  switch (property.type) {
    case 'string':
      if (Array.isArray(property.enum)) return 'enum';
      if (property.format === 'date') return 'date';
      return widget === 'textarea' ? 'text' : 'string';
    case 'number':
      return 'number';
    case 'integer':
      return 'integer';
    case 'boolean':
      return 'boolean';
    default:
      return null;
  }
}

/** The form's fields in declaration order; properties that are not simple fields are left out (checkFormSchema names them). */
export function formFields(schema: unknown, uiSchema?: unknown): FormField[] {
  if (!isRecord(schema) || !isRecord(schema.properties)) return [];
  const required = new Set(Array.isArray(schema.required) ? schema.required.filter((k): k is string => typeof k === 'string') : []);
  const fields: FormField[] = [];
  for (const [key, property] of Object.entries(schema.properties)) {
    const type = fieldTypeOf(property, widgetOf(uiSchema, key));
    if (!type || !isRecord(property)) continue;
    fields.push({
      key,
      label: typeof property.title === 'string' && property.title.trim() ? property.title : key,
      type,
      required: required.has(key),
      options: type === 'enum' ? (property.enum as unknown[]).map(String) : [],
    });
  }
  return fields;
}

const violation = (field: string, zh: string, en: string): RuleViolation => ({
  rule: 'form_schema_invalid',
  severity: 'error',
  field,
  message: { zh: `申请表单定义有误：${zh}`, en: `The application form is not valid: ${en}` },
});

const isNonNegativeInt = (v: unknown) => typeof v === 'number' && Number.isInteger(v) && v >= 0;

function checkProperty(key: string, property: unknown): RuleViolation[] {
  const at = `form.schema.properties.${key}`;
  const out: RuleViolation[] = [];
  if (!FIELD_KEY.test(key)) out.push(violation(at, `字段名“${key}”应为字母开头的字母、数字、下划线（至多 40 个）`, `the field name "${key}" must be letters, digits and underscores, starting with a letter (at most 40)`));
  if (!isRecord(property)) return [...out, violation(at, `字段“${key}”应为对象`, `field "${key}" must be an object`)];
  if (!(SIMPLE_TYPES as readonly unknown[]).includes(property.type)) {
    return [...out, violation(at, `字段“${key}”的类型只能是 string、number、integer 或 boolean（表单须为单层）`, `field "${key}" must have type string, number, integer or boolean (forms are flat)`)];
  }
  const unknown = Object.keys(property).filter((k) => !FIELD_KEYWORDS.has(k));
  if (unknown.length) out.push(violation(at, `字段“${key}”含不支持的关键字：${unknown.join('、')}`, `field "${key}" uses unsupported keywords: ${unknown.join(', ')}`));
  if (property.title !== undefined && typeof property.title !== 'string') out.push(violation(at, `字段“${key}”的标题应为文字`, `the title of "${key}" must be a string`));
  const isString = property.type === 'string';
  const isNumeric = property.type === 'number' || property.type === 'integer';
  if (property.format !== undefined && !(isString && (FORM_FORMATS as readonly unknown[]).includes(property.format))) {
    out.push(violation(at, `字段“${key}”的格式只能是 ${FORM_FORMATS.join('、')}（且仅用于文字字段）`, `the format of "${key}" must be one of ${FORM_FORMATS.join(', ')} (string fields only)`));
  }
  if (property.enum !== undefined) {
    const values = property.enum;
    const ok = isString && Array.isArray(values) && values.length > 0 && values.length <= 50 && values.every((v) => typeof v === 'string' && v.length > 0) && new Set(values).size === values.length;
    if (!ok) out.push(violation(at, `字段“${key}”的选项应为 1–50 个不重复的文字（仅用于文字字段）`, `the options of "${key}" must be 1–50 distinct non-empty strings (string fields only)`));
  }
  for (const k of ['minLength', 'maxLength'] as const) {
    if (property[k] !== undefined && !(isString && isNonNegativeInt(property[k]))) out.push(violation(at, `字段“${key}”的 ${k} 应为非负整数（仅用于文字字段）`, `${k} of "${key}" must be a non-negative integer (string fields only)`));
  }
  for (const k of ['minimum', 'maximum'] as const) {
    if (property[k] !== undefined && !(isNumeric && typeof property[k] === 'number' && Number.isFinite(property[k]))) out.push(violation(at, `字段“${key}”的 ${k} 应为数字（仅用于数字字段）`, `${k} of "${key}" must be a number (numeric fields only)`));
  }
  if (property.pattern !== undefined) {
    let ok = isString && typeof property.pattern === 'string' && property.pattern.length <= 500;
    if (ok) {
      try {
        new RegExp(property.pattern as string, 'u');
      } catch {
        ok = false;
      }
    }
    if (!ok) out.push(violation(at, `字段“${key}”的 pattern 不是有效的正则表达式（仅用于文字字段）`, `the pattern of "${key}" is not a valid regular expression (string fields only)`));
    // Applicants' answers are matched against it on a public endpoint: refuse nested quantifiers such as (a+)+,
    // whose backtracking can take exponential time (ReDoS).
    else if (NESTED_QUANTIFIER.test(property.pattern as string)) {
      out.push(violation(at, `字段“${key}”的 pattern 含有嵌套的重复（如 (a+)+），可能导致校验极慢`, `the pattern of "${key}" nests repetitions (like (a+)+), which can make checking extremely slow`));
    }
  }
  return out;
}

/** Why a schema is not a flat object of simple fields (empty when it is). */
export function checkFormSchema(schema: unknown): RuleViolation[] {
  if (!isRecord(schema)) return [violation('form.schema', '应为 JSON 对象', 'it must be a JSON object')];
  const out: RuleViolation[] = [];
  if (schema.type !== 'object') out.push(violation('form.schema', '顶层 type 应为 "object"', 'the top-level type must be "object"'));
  const unknown = Object.keys(schema).filter((k) => !TOP_KEYWORDS.has(k));
  if (unknown.length) out.push(violation('form.schema', `含不支持的关键字：${unknown.join('、')}`, `unsupported keywords: ${unknown.join(', ')}`));
  if (schema.additionalProperties !== undefined && typeof schema.additionalProperties !== 'boolean') {
    out.push(violation('form.schema', 'additionalProperties 只能是 true 或 false', 'additionalProperties must be true or false'));
  }
  const properties = schema.properties ?? {};
  if (!isRecord(properties)) return [...out, violation('form.schema.properties', 'properties 应为对象', 'properties must be an object')];
  const keys = Object.keys(properties);
  if (keys.length > MAX_FIELDS) out.push(violation('form.schema.properties', `字段不能超过 ${MAX_FIELDS} 个`, `at most ${MAX_FIELDS} fields`));
  for (const key of keys) out.push(...checkProperty(key, properties[key]));
  if (schema.required !== undefined) {
    const required = schema.required;
    if (!Array.isArray(required) || !required.every((k) => typeof k === 'string')) {
      out.push(violation('form.schema.required', 'required 应为字段名数组', 'required must be an array of field names'));
    } else {
      for (const k of required) if (!keys.includes(k)) out.push(violation('form.schema.required', `必填字段“${k}”不在表单中`, `the required field "${k}" is not in the form`));
      if (new Set(required).size !== required.length) out.push(violation('form.schema.required', 'required 中有重复的字段名', 'required lists a field twice'));
    }
  }
  return out;
}

type FormLike = { schema: Record<string, unknown>; uiSchema: Record<string, unknown> };
const propertiesOf = (schema: Record<string, unknown>) => {
  const p = schema.properties;
  return p && typeof p === 'object' && !Array.isArray(p) ? (p as Record<string, unknown>) : null;
};

/**
 * The field order as written. A jsonb column keeps object keys in its own order (shorter keys first), so the
 * order the editor wrote is saved as rjsf's `ui:order` — taken from the schema as sent on every save.
 */
export function withFieldOrder<F extends FormLike>(form: F): F {
  const properties = propertiesOf(form.schema);
  if (!properties) return form;
  return { ...form, uiSchema: { ...form.uiSchema, 'ui:order': Object.keys(properties) } };
}

/** The schema's properties put back in their `ui:order` (what a reader of a stored form sees). */
export function inFieldOrder<F extends FormLike>(form: F): F {
  const properties = propertiesOf(form.schema);
  const order = form.uiSchema['ui:order'];
  if (!properties || !Array.isArray(order)) return form;
  const keys = [...order.filter((k): k is string => typeof k === 'string' && k in properties), ...Object.keys(properties).filter((k) => !order.includes(k))];
  return { ...form, schema: { ...form.schema, properties: Object.fromEntries(keys.map((k) => [k, properties[k]])) } };
}
