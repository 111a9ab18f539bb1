import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedFields, clearFields, formExtraErrors, hasErrors, splitSubmitErrors } from './errors.ts';

describe('splitSubmitErrors', () => {
  it('puts form and material errors under their field and material, the rest above the step', () => {
    const split = splitSubmitErrors([
      { path: 'body.formData.trade_name', message: '必填' },
      { path: 'body.formData.trade_name', message: '必填' },
      { path: 'body.formData.district', message: '请从给定选项中选择' },
      { path: 'body.materials.id_card', message: '请提交“申请人有效身份证件”' },
      { path: 'body.channel', message: '暂不支持掌上办' },
      { path: '', message: '整体错误' },
    ]);
    expect(split.form).toEqual({ trade_name: ['必填'], district: ['请从给定选项中选择'] });
    expect(split.materials).toEqual({ id_card: ['请提交“申请人有效身份证件”'] });
    expect(split.other).toEqual(['暂不支持掌上办', '整体错误']);
    expect(hasErrors(split)).toBe(true);
  });

  it('reads a material named by its position in what was sent', () => {
    const split = splitSubmitErrors([{ path: 'body.materials.1.fileIds.0', message: 'Invalid uuid' }, { path: 'body.materials.7', message: '?' }], ['id_card', 'articles']);
    expect(split.materials).toEqual({ articles: ['Invalid uuid'] });
    expect(split.other).toEqual(['?']);
  });

  it('loses no message, whatever the paths', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ path: fc.string(), message: fc.string({ minLength: 1 }) })), (errors) => {
        const split = splitSubmitErrors(errors);
        const placed = new Set([...Object.values(split.form).flat(), ...Object.values(split.materials).flat(), ...split.other]);
        for (const e of errors) expect(placed.has(e.message)).toBe(true);
      }),
    );
  });
});

describe('clearing corrected fields', () => {
  it('finds the fields whose answers changed', () => {
    expect(changedFields({ a: 1, b: 'x', c: [1] }, { a: 1, b: 'y', c: [1], d: true }).sort()).toEqual(['b', 'd']);
    expect(changedFields({ a: undefined }, {})).toEqual([]);
  });

  it('drops their messages and keeps the same object when nothing is dropped', () => {
    const errors = { a: ['x'], b: ['y'] };
    expect(clearFields(errors, ['a'])).toEqual({ b: ['y'] });
    expect(clearFields(errors, ['c'])).toBe(errors);
    expect(formExtraErrors({})).toBeUndefined();
    expect(formExtraErrors(errors)).toBe(errors);
  });
});
