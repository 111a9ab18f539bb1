import type { RJSFSchema, RJSFValidationError } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { errorField, serverFieldErrors, toErrorSchema, translateError, translateErrors, translateRjsfString } from './ItemFormErrors.ts';
import { ItemFormValidator } from './ItemFormValidator.ts';

const schema: RJSFSchema = {
  type: 'object',
  required: ['name', 'phone'],
  properties: {
    name: { type: 'string', title: '经营者名称', minLength: 2, maxLength: 10 },
    phone: { type: 'string', title: '联系电话', pattern: '^1\\d{10}$' },
    area: { type: 'number', title: '经营面积', minimum: 1, maximum: 5000 },
    openedOn: { type: 'string', title: '开业日期', format: 'date' },
    kind: { type: 'string', title: '经营类别', enum: ['餐饮服务', '食品销售'] },
  },
};

// The validator the page uses (ItemFormValidator.test.ts checks it against ajv).
const validator = new ItemFormValidator();
const errorsFor = (data: Record<string, unknown>, lang: 'zh-CN' | 'en') =>
  validator.validateFormData(data, schema, undefined, (errors) => translateErrors(errors, lang, schema as Record<string, unknown>)).errors;

describe('translateError', () => {
  it('says each keyword in Chinese, with its limit', () => {
    const cases: [Partial<RJSFValidationError>, string][] = [
      [{ name: 'required', params: { missingProperty: 'name' } }, '必填'],
      [{ name: 'minLength', params: { limit: 2 } }, '至少填写 2 个字'],
      [{ name: 'maxLength', params: { limit: 10 } }, '最多填写 10 个字'],
      [{ name: 'minimum', params: { limit: 1 } }, '不能小于 1'],
      [{ name: 'maximum', params: { limit: 5000 } }, '不能大于 5000'],
      [{ name: 'pattern', params: { pattern: '^1' } }, '格式不正确'],
      [{ name: 'format', params: { format: 'date' } }, '请填写有效的日期（如 2026-03-01）'],
      [{ name: 'type', params: { type: 'integer' } }, '应填写整数'],
      [{ name: 'enum', params: {} }, '请从给定选项中选择'],
    ];
    for (const [error, message] of cases) expect(translateError(error, 'zh-CN')).toBe(message);
  });

  it('says them in English when the interface is English', () => {
    expect(translateError({ name: 'required', params: {} }, 'en')).toBe('Required');
    expect(translateError({ name: 'maxLength', params: { limit: 10 } }, 'en')).toBe('At most 10 characters');
    expect(translateError({ name: 'type', params: { type: ['number', 'null'] } }, 'en')).toBe('Must be a number or empty');
    expect(translateError({ name: 'type', params: { type: 'integer,null' } }, 'zh-CN')).toBe('应填写整数或空');
  });

  it("keeps ajv's text for a keyword it does not know", () => {
    expect(translateError({ name: 'x-custom', params: {}, message: 'custom rule failed' }, 'zh-CN')).toBe('custom rule failed');
  });
});

describe('translateErrors through the form validator', () => {
  it('gives every broken field a Chinese message and a titled stack line', () => {
    const errors = errorsFor({ name: '张', phone: '123', area: 0, openedOn: '2026-13-40', kind: '其他' }, 'zh-CN');
    const byField = Object.fromEntries(errors.map((e) => [errorField(e), e]));
    expect(byField.name?.message).toBe('至少填写 2 个字');
    expect(byField.phone?.message).toBe('格式不正确');
    expect(byField.area?.message).toBe('不能小于 1');
    expect(byField.openedOn?.message).toBe('请填写有效的日期（如 2026-03-01）');
    expect(byField.kind?.message).toBe('请从给定选项中选择');
    expect(byField.name?.stack).toBe('经营者名称：至少填写 2 个字');
  });

  it('names the missing field of a required error', () => {
    const errors = errorsFor({}, 'en');
    expect(errors.map((e) => errorField(e)).sort()).toEqual(['name', 'phone']);
    expect(errors.every((e) => e.message === 'Required')).toBe(true);
    expect(errors.map((e) => e.stack).sort()).toEqual(['经营者名称: Required', '联系电话: Required']);
  });

  it('passes valid data', () => {
    expect(errorsFor({ name: '张三饭店', phone: '13800000000', area: 80, openedOn: '2026-03-01', kind: '餐饮服务' }, 'zh-CN')).toEqual([]);
  });
});

describe('server errors', () => {
  it('become rjsf error trees, dotted paths nested, empty messages dropped', () => {
    expect(toErrorSchema({ name: '名称已被使用', 'address.street': ['必填', ''], blank: '' })).toEqual({
      name: { __errors: ['名称已被使用'] },
      address: { street: { __errors: ['必填'] } },
    });
    expect(toErrorSchema({ only: '  ' })).toBeUndefined();
    expect(toErrorSchema(undefined)).toBeUndefined();
  });

  it('are picked in the interface language and grouped per field', () => {
    const reply = [
      { field: 'name', message: { zh: '必填', en: 'Required' } },
      { field: 'name', message: { zh: '过长', en: 'Too long' } },
      { field: 'phone', message: { zh: '格式不正确', en: 'Bad format' } },
    ];
    expect(serverFieldErrors(reply, 'zh-CN')).toEqual({ name: ['必填', '过长'], phone: ['格式不正确'] });
    expect(serverFieldErrors(reply, 'en')).toEqual({ name: ['Required', 'Too long'], phone: ['Bad format'] });
  });
});

describe("rjsf's own strings", () => {
  it('are Chinese by default and fill their parameters', () => {
    expect(translateRjsfString('Add Item', undefined, 'zh-CN')).toBe('添加一项');
    expect(translateRjsfString('Option %1', ['2'], 'zh-CN')).toBe('选项 2');
    expect(translateRjsfString('Option %1', ['2'], 'en')).toBe('Option 2');
    expect(translateRjsfString('Something new', undefined, 'zh-CN')).toBe('Something new');
  });
});
