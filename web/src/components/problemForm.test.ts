import { describe, expect, it } from 'vitest';
import { fieldName, splitFieldErrors } from './problemForm.ts';

describe('fieldName', () => {
  it('drops the request part and turns indexes into numbers', () => {
    expect(fieldName('body.username')).toEqual(['username']);
    expect(fieldName('body.roles.0.role')).toEqual(['roles', 0, 'role']);
    expect(fieldName('query.page')).toEqual(['page']);
    expect(fieldName('name')).toEqual(['name']);
    expect(fieldName('body')).toEqual([]);
  });
});

describe('splitFieldErrors', () => {
  const form = [['username'], ['name'], ['roles'], ['roles', 0, 'role'], ['roles', 0, 'departmentId']];

  it('puts each error under its field and groups several on one field', () => {
    const result = splitFieldErrors(
      [
        { path: 'body.username', message: '用户名已存在' },
        { path: 'body.username', message: '太短' },
        { path: 'body.roles.0.departmentId', message: '部门不存在' },
      ],
      form,
    );
    expect(result.fields).toEqual([
      { name: ['username'], errors: ['用户名已存在', '太短'] },
      { name: ['roles', 0, 'departmentId'], errors: ['部门不存在'] },
    ]);
    expect(result.other).toEqual([]);
  });

  it('sends a deeper path to the field that holds it, and the rest to "other"', () => {
    const result = splitFieldErrors(
      [
        { path: 'body.roles.3', message: '重复的角色' },
        { path: 'body.version', message: '缺少版本' },
        { path: 'body', message: '请求体为空' },
      ],
      form,
    );
    expect(result.fields).toEqual([{ name: ['roles'], errors: ['重复的角色'] }]);
    expect(result.other.map((e) => e.path)).toEqual(['body.version', 'body']);
  });
});
