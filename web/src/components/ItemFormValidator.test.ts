import type { RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import { Ajv, type ErrorObject } from 'ajv';
import addFormats from 'ajv-formats';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { errorField, translateErrors } from './ItemFormErrors.ts';
import { ItemFormValidator } from './ItemFormValidator.ts';

// The oracle: ajv configured as the server's form check (server/modules/catalog/service/forms.ts).
// It runs here because tests allow code generation; the page does not.
const ajv = new Ajv({ allErrors: true, strict: false, coerceTypes: false });
addFormats(ajv);
const ours = new ItemFormValidator();

/** Flat item forms like the demo catalogue's, with every keyword common/catalog/form-fields.ts admits. */
const schemas: RJSFSchema[] = [
  {
    type: 'object',
    required: ['name', 'uscc', 'phone', 'kind', 'area'],
    properties: {
      name: { type: 'string', title: '单位名称', minLength: 2, maxLength: 50 },
      uscc: { type: 'string', title: '统一社会信用代码', pattern: '^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$' },
      phone: { type: 'string', title: '联系电话', pattern: '^1[3-9][0-9]{9}$', maxLength: 200 },
      kind: { type: 'string', title: '主体业态', enum: ['食品销售经营者', '餐饮服务经营者', '单位食堂'] },
      area: { type: 'number', title: '经营场所面积', minimum: 1, maximum: 100000 },
      staff: { type: 'integer', title: '从业人数', minimum: 0 },
      scope: { type: 'string', title: '经营项目' },
      online: { type: 'boolean', title: '网络经营' },
    },
  },
  {
    type: 'object',
    required: ['openedOn'],
    properties: {
      openedOn: { type: 'string', title: '开业日期', format: 'date' },
      at: { type: 'string', format: 'date-time' },
      time: { type: 'string', format: 'time' },
      email: { type: 'string', format: 'email' },
      site: { type: 'string', format: 'uri' },
      note: { type: 'string', maxLength: 5 },
    },
    additionalProperties: false,
  },
];

const key = (e: RJSFValidationError) => `${errorField(e)}|${e.name}`;
const ajvKey = (e: ErrorObject) =>
  `${e.keyword === 'required' ? String(e.params.missingProperty) : e.instancePath.replace(/^\//, '').replace(/\//g, '.')}|${e.keyword}`;
const ourKeys = (data: unknown, schema: RJSFSchema) => ours.validateFormData(data as Record<string, unknown>, schema).errors.map(key).sort();
function ajvKeys(data: unknown, schema: RJSFSchema) {
  const validate = ajv.compile(schema);
  validate(data);
  return (validate.errors ?? []).map(ajvKey).sort();
}

const fieldValue = fc.oneof(
  fc.constant(undefined),
  fc.constant(null),
  fc.boolean(),
  fc.integer({ min: -5, max: 200000 }),
  fc.double({ min: -10, max: 10, noNaN: true }),
  fc.string({ maxLength: 8 }),
  fc.constantFrom('张三饭店', '91150100MA0N2X3Y4K', '13800000000', '1380000', '餐饮服务经营者', '其他', '2026-03-01', '2026-02-30', '2026-13-01', '12:30:00', '25:00:00', '2026-03-01T08:00:00Z', 'a@b.cn', 'not-mail', 'https://gov.cn/x', 'gov.cn', '中文字符超过五个字'),
);

describe('ItemFormValidator', () => {
  it('finds exactly the errors ajv finds, field by field and keyword by keyword', () => {
    const fields = [...new Set(schemas.flatMap((s) => Object.keys(s.properties ?? {})))];
    fc.assert(
      fc.property(fc.constantFrom(...schemas), fc.dictionary(fc.constantFrom(...fields, 'extra'), fieldValue), (schema, data) => {
        const clean = Object.fromEntries(Object.entries(data).filter(([, v]) => v !== undefined));
        expect(ourKeys(clean, schema)).toEqual(ajvKeys(clean, schema));
      }),
      { numRuns: 400 },
    );
  });

  it('names fields the way rjsf expects, so errors land under their inputs', () => {
    const errors = ours.validateFormData({ name: '张' }, schemas[0]!).errors;
    const byName = Object.fromEntries(errors.map((e) => [key(e), e.property]));
    expect(byName['name|minLength']).toBe('.name');
    expect(byName['uscc|required']).toBe('uscc');
    const tree = ours.validateFormData({ name: '张' }, schemas[0]!).errorSchema as Record<string, { __errors?: string[] }>;
    expect(tree.name?.__errors).toHaveLength(1);
    expect(tree.uscc?.__errors).toHaveLength(1);
  });

  it('passes its errors through transformErrors, in Chinese', () => {
    const schema = schemas[0]!;
    const { errors } = ours.validateFormData({ name: '张三饭店', uscc: 'x', phone: '13800000000', kind: '单位食堂', area: 0 }, schema, undefined, (e) =>
      translateErrors(e, 'zh-CN', schema as Record<string, unknown>),
    );
    expect(errors.map((e) => e.stack).sort()).toEqual(['经营场所面积：不能小于 1', '统一社会信用代码：格式不正确']);
  });

  it('runs a custom check with every field present and merges its errors', () => {
    const { errorSchema } = ours.validateFormData({ name: '张三饭店' }, schemas[0]!, (data, errors) => {
      if (!('staff' in (data as object))) errors.staff?.addError('missing key');
      if ((data as { name?: string }).name === '张三饭店') errors.name?.addError('名称已被使用');
      return errors;
    });
    expect((errorSchema as Record<string, { __errors?: string[] }>).name?.__errors).toContain('名称已被使用');
  });

  it('answers isValid for whole schemas and single fields, and survives a broken pattern', () => {
    expect(ours.isValid({ type: 'string', format: 'date' }, '2024-02-29' as never, {})).toBe(true);
    expect(ours.isValid({ type: 'string', format: 'date' }, '2023-02-29' as never, {})).toBe(false);
    expect(ours.isValid({ type: 'string', pattern: '([' }, 'x' as never, {})).toBe(false);
    expect(ours.isValid({ type: 'string', minLength: 2 }, '饭店' as never, {})).toBe(true);
    expect(ours.isValid({ oneOf: [{ type: 'string' }, { type: 'integer' }] }, 3 as never, {})).toBe(true);
    expect(ours.isValid({ anyOf: [{ type: 'string' }, { type: 'integer' }] }, 1.5 as never, {})).toBe(false);
  });
});
