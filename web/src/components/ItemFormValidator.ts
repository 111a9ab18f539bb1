// The browser's form validator for rjsf, without code generation. ajv compiles each schema into a
// function with `new Function`, which the app's Content-Security-Policy (`script-src 'self'`, no
// 'unsafe-eval') rightly forbids, so ajv cannot run in the page. Item forms are flat JSON Schema
// objects (common/catalog/form-fields.ts lists what they may use); this interprets that subset, plus
// a little more, with ajv's error shapes and the same string formats (ajv-formats' own checks). The
// server still validates every submission with ajv: this only gives the applicant early answers.
import {
  createErrorHandler,
  getDefaultFormState,
  toErrorList,
  toErrorSchema,
  unwrapErrorHandler,
  validationDataMerge,
  type CustomValidator,
  type ErrorSchema,
  type ErrorTransformer,
  type RJSFSchema,
  type RJSFValidationError,
  type UiSchema,
  type ValidationData,
  type ValidatorType,
} from '@rjsf/utils';
import { fullFormats } from 'ajv-formats/dist/formats.js';

type Json = Record<string, unknown>;
type Schema = Json | boolean;

const isRecord = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

function typeOf(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

const matchesType = (value: unknown, type: string) => {
  const actual = typeOf(value);
  return actual === type || (type === 'number' && actual === 'integer');
};

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  return ka.length === kb.length && ka.every((k) => equal((a as Json)[k], (b as Json)[k]));
}

/** ajv-formats' check for a format; unknown formats pass, as they do with `strict: false`. */
function formatOk(name: string, value: string): boolean {
  const format = (fullFormats as Record<string, unknown>)[name];
  const check = isRecord(format) && 'validate' in format ? format.validate : format;
  if (check instanceof RegExp) return check.test(value);
  if (typeof check === 'function') return Boolean((check as (v: string) => unknown)(value));
  return true;
}

/** Patterns are compiled once; a pattern the browser cannot read fails the field, not the page. */
const patterns = new Map<string, RegExp | null>();
function patternOf(source: string): RegExp | null {
  if (!patterns.has(source)) {
    try {
      patterns.set(source, new RegExp(source, 'u'));
    } catch {
      patterns.set(source, null);
    }
  }
  return patterns.get(source) ?? null;
}

/** A local `$ref` (#/…) against the root schema. */
function resolve(schema: Json, root: Json): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string' || !ref.startsWith('#')) return schema;
  let node: unknown = root;
  for (const part of ref.slice(1).split('/').filter(Boolean)) {
    node = isRecord(node) ? node[decodeURIComponent(part).replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  return isRecord(node) || typeof node === 'boolean' ? node : true;
}

/** An error as @rjsf/validator-ajv8 reports it (name = ajv keyword, params as ajv's). */
function error(path: string, schemaPath: string, name: string, params: Json, message: string, title?: unknown): RJSFValidationError {
  const property = path;
  const stack = typeof title === 'string' && title ? `'${title}' ${message}` : `${property} ${message}`.trim();
  return { name, property, params, message, stack, schemaPath: `${schemaPath}/${name}` };
}

/** All the errors of `value` against `schema` (ajv's allErrors). `path` is rjsf's property path (".a.b"). */
export function collectErrors(schema: Schema, value: unknown, root: Json, path = '', schemaPath = '#'): RJSFValidationError[] {
  if (schema === true) return [];
  if (schema === false) return [error(path, schemaPath, 'false schema', {}, 'boolean schema is false')];
  const s = resolve(schema, root);
  if (typeof s === 'boolean') return collectErrors(s, value, root, path, schemaPath);
  const errors: RJSFValidationError[] = [];
  const fail = (name: string, params: Json, message: string) => errors.push(error(path, schemaPath, name, params, message, s.title));

  if (s.type !== undefined) {
    const types = Array.isArray(s.type) ? s.type.map(String) : [String(s.type)];
    if (!types.some((type) => matchesType(value, type))) {
      fail('type', { type: Array.isArray(s.type) ? types.join(',') : types[0] }, `must be ${types.join(',')}`);
    }
  }
  if (Array.isArray(s.enum) && !s.enum.some((option) => equal(option, value))) {
    fail('enum', { allowedValues: s.enum }, 'must be equal to one of the allowed values');
  }
  if ('const' in s && !equal(s.const, value)) fail('const', { allowedValue: s.const }, 'must be equal to constant');

  if (typeof value === 'string') {
    const length = [...value].length;
    if (typeof s.minLength === 'number' && length < s.minLength) fail('minLength', { limit: s.minLength }, `must NOT have fewer than ${s.minLength} characters`);
    if (typeof s.maxLength === 'number' && length > s.maxLength) fail('maxLength', { limit: s.maxLength }, `must NOT have more than ${s.maxLength} characters`);
    if (typeof s.pattern === 'string' && !patternOf(s.pattern)?.test(value)) fail('pattern', { pattern: s.pattern }, `must match pattern "${s.pattern}"`);
    if (typeof s.format === 'string' && !formatOk(s.format, value)) fail('format', { format: s.format }, `must match format "${s.format}"`);
  }
  if (typeof value === 'number') {
    if (typeof s.minimum === 'number' && value < s.minimum) fail('minimum', { comparison: '>=', limit: s.minimum }, `must be >= ${s.minimum}`);
    if (typeof s.maximum === 'number' && value > s.maximum) fail('maximum', { comparison: '<=', limit: s.maximum }, `must be <= ${s.maximum}`);
    if (typeof s.exclusiveMinimum === 'number' && value <= s.exclusiveMinimum) fail('exclusiveMinimum', { comparison: '>', limit: s.exclusiveMinimum }, `must be > ${s.exclusiveMinimum}`);
    if (typeof s.exclusiveMaximum === 'number' && value >= s.exclusiveMaximum) fail('exclusiveMaximum', { comparison: '<', limit: s.exclusiveMaximum }, `must be < ${s.exclusiveMaximum}`);
    if (typeof s.multipleOf === 'number' && s.multipleOf > 0 && !Number.isInteger(value / s.multipleOf)) fail('multipleOf', { multipleOf: s.multipleOf }, `must be multiple of ${s.multipleOf}`);
  }
  if (isRecord(value)) {
    const properties = isRecord(s.properties) ? s.properties : {};
    if (Array.isArray(s.required)) {
      for (const key of s.required) {
        if (typeof key === 'string' && value[key] === undefined) {
          // ajv-8's rjsf adapter names the missing field itself: "name" at the top, ".a.name" below.
          const property = path ? `${path}.${key}` : key;
          errors.push({ ...error(property, schemaPath, 'required', { missingProperty: key }, `must have required property '${key}'`), stack: `must have required property '${key}'` });
        }
      }
    }
    for (const [key, child] of Object.entries(value)) {
      const sub = properties[key];
      if (sub !== undefined && child !== undefined) {
        errors.push(...collectErrors(sub as Schema, child, root, `${path}.${key}`, `${schemaPath}/properties/${key}`));
      } else if (sub === undefined && s.additionalProperties === false) {
        fail('additionalProperties', { additionalProperty: key }, 'must NOT have additional properties');
      }
    }
  }
  if (Array.isArray(value)) {
    if (typeof s.minItems === 'number' && value.length < s.minItems) fail('minItems', { limit: s.minItems }, `must NOT have fewer than ${s.minItems} items`);
    if (typeof s.maxItems === 'number' && value.length > s.maxItems) fail('maxItems', { limit: s.maxItems }, `must NOT have more than ${s.maxItems} items`);
    if (s.uniqueItems === true) {
      for (let i = 0; i < value.length; i++) {
        const j = value.findIndex((other, k) => k > i && equal(other, value[i]));
        if (j >= 0) {
          fail('uniqueItems', { i: j, j: i }, `must NOT have duplicate items (items ## ${i} and ${j} are identical)`);
          break;
        }
      }
    }
    if (isRecord(s.items) || typeof s.items === 'boolean') {
      value.forEach((child, index) => errors.push(...collectErrors(s.items as Schema, child, root, `${path}.${index}`, `${schemaPath}/items`)));
    }
  }
  if (Array.isArray(s.allOf)) s.allOf.forEach((sub, i) => errors.push(...collectErrors(sub as Schema, value, root, path, `${schemaPath}/allOf/${i}`)));
  if (Array.isArray(s.anyOf) && !s.anyOf.some((sub) => collectErrors(sub as Schema, value, root).length === 0)) fail('anyOf', {}, 'must match a schema in anyOf');
  if (Array.isArray(s.oneOf)) {
    const passing = s.oneOf.filter((sub) => collectErrors(sub as Schema, value, root).length === 0).length;
    if (passing !== 1) fail('oneOf', { passingSchemas: passing === 0 ? null : passing }, 'must match exactly one schema in oneOf');
  }
  return errors;
}

/** rjsf's validator interface over `collectErrors`, handling transformErrors and customValidate as @rjsf/validator-ajv8 does. */
export class ItemFormValidator<T = Record<string, unknown>> implements ValidatorType<T> {
  validateFormData(formData: T | undefined, schema: RJSFSchema, customValidate?: CustomValidator<T>, transformErrors?: ErrorTransformer<T>, uiSchema?: UiSchema<T>): ValidationData<T> {
    let errors = collectErrors(schema as Schema, formData, schema as Json);
    if (transformErrors) errors = transformErrors(errors, uiSchema);
    const errorSchema = toErrorSchema<T>(errors);
    if (!customValidate) return { errors, errorSchema };
    // Like @rjsf/validator-ajv8: the custom check sees every field, filled in or not.
    const full = getDefaultFormState<T>(this, schema, formData, schema, true) as T;
    const handler = customValidate(full, createErrorHandler<T>(full), uiSchema);
    return validationDataMerge<T>({ errors, errorSchema }, unwrapErrorHandler<T>(handler));
  }

  toErrorList(errorSchema?: ErrorSchema<T>, fieldPath: string[] = []): RJSFValidationError[] {
    return toErrorList<T>(errorSchema, fieldPath);
  }

  isValid(schema: RJSFSchema, formData: T | undefined, rootSchema: RJSFSchema): boolean {
    return collectErrors(schema as Schema, formData, rootSchema as Json).length === 0;
  }

  rawValidation<Result = unknown>(schema: RJSFSchema, formData?: T): { errors?: Result[]; validationError?: Error } {
    const errors = collectErrors(schema as Schema, formData, schema as Json);
    return { errors: errors.length > 0 ? (errors as unknown as Result[]) : undefined };
  }
}
