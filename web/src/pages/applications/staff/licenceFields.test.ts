import { describe, expect, it } from 'vitest';
import { isLicenceFieldsProblem, licenceFieldValues, listedLabels, missingLicenceFields, quotedTypeName } from './licenceFields.ts';

const food = {
  fields: [
    { key: 'name', label: '经营者名称', type: 'text' as const },
    { key: 'mainBusiness', label: '主体业态', type: 'text' as const },
    { key: 'items', label: '经营项目', type: 'text' as const },
    { key: 'area', label: '面积', type: 'number' as const },
  ],
};
const zh = '签发“食品经营许可证”还缺少这些内容：经营项目、主体业态（请在准予时填写）';
const en = 'Issuing "食品经营许可证" needs these fields: 经营项目, 主体业态 (fill them in when granting)';

describe('the 422 naming missing licence fields', () => {
  it('is recognised by its path and read in either language', () => {
    expect(isLicenceFieldsProblem([{ path: 'body.licenceFields', message: zh }])).toBe(true);
    expect(isLicenceFieldsProblem([{ path: 'body.comment', message: 'x' }])).toBe(false);
    expect(quotedTypeName(zh)).toBe('食品经营许可证');
    expect(quotedTypeName(en)).toBe('食品经营许可证');
    expect(listedLabels(zh)).toEqual(['经营项目', '主体业态']);
    expect(listedLabels(en)).toEqual(['经营项目', '主体业态']);
  });

  it("finds the fields on the licence type, in the type's order, by label or by key", () => {
    expect(missingLicenceFields([{ path: 'body.licenceFields', message: zh }], food)).toEqual({ fields: [food.fields[1], food.fields[2]], unmatched: [] });
    expect(missingLicenceFields([{ path: 'body.licenceFields.area', message: '必填' }, { path: 'body.licenceFields.nope', message: '必填' }], food)).toEqual({
      fields: [food.fields[3]],
      unmatched: ['nope'],
    });
    expect(missingLicenceFields([{ path: 'body.licenceFields', message: zh }], null)).toEqual({ fields: [], unmatched: ['经营项目', '主体业态'] });
  });

  it('sends numbers as numbers and leaves blanks out', () => {
    expect(licenceFieldValues(food.fields, { name: '  青城  ', items: '', area: '120.5', mainBusiness: null })).toEqual({ name: '青城', area: 120.5 });
  });
});
