// Messages for an item form (事项申请表) in the interface language: ajv's English keyword errors
// rewritten per keyword, server field errors turned into rjsf's error tree, and rjsf's own button
// labels. Pure functions: the form renderer (ItemFormRenderer.tsx) and its tests use them.
import type { ErrorSchema, RJSFValidationError } from '@rjsf/utils';

export type FormLanguage = 'zh-CN' | 'en';

type Params = Record<string, unknown>;
type Message = (params: Params) => string;

const num = (params: Params, key = 'limit') => String(params[key] ?? '');

/** Format names as people say them. */
const FORMAT_NAMES: Record<string, { zh: string; en: string }> = {
  date: { zh: '日期（如 2026-03-01）', en: 'date (e.g. 2026-03-01)' },
  'date-time': { zh: '日期时间', en: 'date and time' },
  time: { zh: '时间', en: 'time' },
  email: { zh: '电子邮箱', en: 'email address' },
  uri: { zh: '网址', en: 'web address' },
  url: { zh: '网址', en: 'web address' },
  ipv4: { zh: 'IP 地址', en: 'IP address' },
  'data-url': { zh: '文件', en: 'file' },
};

const TYPE_NAMES: Record<string, { zh: string; en: string }> = {
  string: { zh: '文字', en: 'text' },
  number: { zh: '数字', en: 'a number' },
  integer: { zh: '整数', en: 'a whole number' },
  boolean: { zh: '是或否', en: 'yes or no' },
  array: { zh: '列表', en: 'a list' },
  object: { zh: '一组信息', en: 'a group of fields' },
  null: { zh: '空', en: 'empty' },
};

const typeName = (params: Params, lang: 'zh' | 'en') => {
  const raw = params.type;
  const names = (Array.isArray(raw) ? raw : String(raw ?? '').split(',')).map((t) => TYPE_NAMES[String(t)]?.[lang] ?? String(t));
  return names.join(lang === 'zh' ? '或' : ' or ');
};

const ZH: Record<string, Message> = {
  required: () => '必填',
  minLength: (p) => `至少填写 ${num(p)} 个字`,
  maxLength: (p) => `最多填写 ${num(p)} 个字`,
  minimum: (p) => `不能小于 ${num(p)}`,
  maximum: (p) => `不能大于 ${num(p)}`,
  exclusiveMinimum: (p) => `应大于 ${num(p)}`,
  exclusiveMaximum: (p) => `应小于 ${num(p)}`,
  multipleOf: (p) => `应为 ${num(p, 'multipleOf')} 的整数倍`,
  pattern: () => '格式不正确',
  format: (p) => `请填写有效的${FORMAT_NAMES[String(p.format)]?.zh ?? '内容'}`,
  type: (p) => `应填写${typeName(p, 'zh')}`,
  enum: () => '请从给定选项中选择',
  const: () => '填写的值不符合要求',
  minItems: (p) => `至少选择或填写 ${num(p)} 项`,
  maxItems: (p) => `最多选择或填写 ${num(p)} 项`,
  uniqueItems: () => '不能有重复的项',
  additionalProperties: (p) => `不允许填写字段“${String(p.additionalProperty ?? '')}”`,
  oneOf: () => '填写内容不符合任何一种情形',
  anyOf: () => '填写内容不符合任何一种情形',
  if: () => '填写内容不符合对应情形的要求',
  dependencies: (p) => `填写此项时还需填写“${String(p.missingProperty ?? p.property ?? '')}”`,
};

const EN: Record<string, Message> = {
  required: () => 'Required',
  minLength: (p) => `At least ${num(p)} characters`,
  maxLength: (p) => `At most ${num(p)} characters`,
  minimum: (p) => `Must be at least ${num(p)}`,
  maximum: (p) => `Must be at most ${num(p)}`,
  exclusiveMinimum: (p) => `Must be more than ${num(p)}`,
  exclusiveMaximum: (p) => `Must be less than ${num(p)}`,
  multipleOf: (p) => `Must be a multiple of ${num(p, 'multipleOf')}`,
  pattern: () => 'Not in the expected format',
  format: (p) => `Enter a valid ${FORMAT_NAMES[String(p.format)]?.en ?? 'value'}`,
  type: (p) => `Must be ${typeName(p, 'en')}`,
  enum: () => 'Choose one of the options',
  const: () => 'This value is not allowed',
  minItems: (p) => `Give at least ${num(p)}`,
  maxItems: (p) => `Give at most ${num(p)}`,
  uniqueItems: () => 'Items must not repeat',
  additionalProperties: (p) => `The field "${String(p.additionalProperty ?? '')}" is not allowed`,
  oneOf: () => 'Does not match any of the allowed cases',
  anyOf: () => 'Does not match any of the allowed cases',
  if: () => 'Does not meet the requirements of its case',
  dependencies: (p) => `Filling this in also needs "${String(p.missingProperty ?? p.property ?? '')}"`,
};

/** The message for one ajv error in the given language; ajv's own text for a keyword we do not know. */
export function translateError(error: Pick<RJSFValidationError, 'name' | 'params' | 'message'>, lang: FormLanguage): string {
  const table = lang === 'en' ? EN : ZH;
  const message = error.name ? table[error.name] : undefined;
  const params: Params = error.params && typeof error.params === 'object' ? (error.params as Params) : {};
  return message ? message(params) : (error.message ?? '');
}

/** The field an error belongs to, as a property name: `.name` → `name`; required errors name the missing one. */
export function errorField(error: Pick<RJSFValidationError, 'name' | 'property' | 'params'>): string {
  const property = (error.property ?? '').replace(/^\./, '');
  if (error.name === 'required' && error.params && typeof error.params === 'object') {
    const missing = (error.params as Params).missingProperty;
    if (typeof missing === 'string' && !property.endsWith(missing)) return property ? `${property}.${missing}` : missing;
  }
  return property;
}

/** The field's title from the schema (flat item forms), else its key. */
function fieldTitle(schema: Record<string, unknown> | undefined, field: string): string {
  const properties = schema?.properties;
  if (field && properties && typeof properties === 'object') {
    const property = (properties as Record<string, unknown>)[field.split('.')[0] ?? field];
    if (property && typeof property === 'object') {
      const title = (property as Record<string, unknown>).title;
      if (typeof title === 'string' && title) return title;
    }
  }
  return field;
}

/**
 * rjsf's `transformErrors`: every error gets a message in the language, and a `stack` line
 * "标题：消息" for lists of errors.
 */
export function translateErrors<E extends RJSFValidationError>(errors: E[], lang: FormLanguage, schema?: Record<string, unknown>): E[] {
  return errors.map((error) => {
    const message = translateError(error, lang);
    const title = fieldTitle(schema, errorField(error));
    const separator = lang === 'en' ? ': ' : '：';
    return { ...error, message, stack: title ? `${title}${separator}${message}` : message };
  });
}

/** Field errors as a map: field path → message(s). What `extraErrors` takes. */
export type FieldErrors = Record<string, string | readonly string[]>;

/** Field errors (dotted paths, e.g. server answers) as rjsf's error tree. Empty messages are dropped. */
export function toErrorSchema(fieldErrors: FieldErrors | undefined): ErrorSchema | undefined {
  if (!fieldErrors) return undefined;
  const root: Record<string, unknown> = {};
  let any = false;
  for (const [path, value] of Object.entries(fieldErrors)) {
    const messages = (typeof value === 'string' ? [value] : [...value]).filter((m) => m.trim() !== '');
    if (messages.length === 0) continue;
    const parts = path.replace(/^[./]+/, '').split(/[./]/).filter(Boolean);
    let node = root;
    for (const part of parts) {
      const next = (node[part] ??= {}) as Record<string, unknown>;
      node = next;
    }
    const existing = Array.isArray(node.__errors) ? (node.__errors as string[]) : [];
    node.__errors = [...existing, ...messages];
    any = true;
  }
  return any ? (root as ErrorSchema) : undefined;
}

/** The server's form check (`formValidateReply.errors`) as field errors in the interface language. */
export function serverFieldErrors(errors: readonly { field: string; message: { zh: string; en: string } }[], lang: FormLanguage): FieldErrors {
  const result: Record<string, string[]> = {};
  for (const error of errors) (result[error.field] ??= []).push(lang === 'en' ? error.message.en : error.message.zh);
  return result;
}

/** rjsf's own labels (buttons, yes/no) in Chinese; English keeps rjsf's text. `%1` … are filled in. */
const RJSF_ZH: Record<string, string> = {
  Submit: '提交',
  Item: '项',
  Yes: '是',
  No: '否',
  Close: '关闭',
  Errors: '错误',
  'New Value': '新值',
  Add: '添加',
  'Add Item': '添加一项',
  Copy: '复制',
  'Move down': '下移',
  'Move up': '上移',
  Remove: '删除',
  Now: '现在',
  Clear: '清除',
  'Select a date': '选择日期',
  Preview: '预览',
  'Option %1': '选项 %1',
  'Unsupported field schema.': '不支持的字段定义。',
};

export function translateRjsfString(text: string, params: readonly string[] | undefined, lang: FormLanguage): string {
  const template = lang === 'en' ? text : (RJSF_ZH[text] ?? text);
  return template.replace(/%(\d)/g, (_, n: string) => params?.[Number(n) - 1] ?? '');
}
