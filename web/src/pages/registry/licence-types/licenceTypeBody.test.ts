import { describe, expect, it } from 'vitest';
import type { LicenceType } from '../../../api/registry.ts';
import {
  createBody,
  emptyLicenceType,
  isLockedField,
  suggestKey,
  updateBody,
  valuesOf,
} from './licenceTypeBody.ts';

const type: LicenceType = {
  id: '0190f0f0-0000-7000-8000-000000000101',
  code: 'FOOD_BUSINESS',
  name: '食品经营许可证',
  holderKind: 'entity',
  issuingDepartmentId: '0190f0f0-0000-7000-8000-00000000000a',
  issuingDepartmentName: '呼和浩特市市场监督管理局',
  fields: [
    { key: 'name', label: '经营者名称', type: 'text' },
    { key: 'items', label: '经营项目', type: 'text' },
  ],
  validityYears: 5,
  numberPrefix: 'JY',
  inUse: true,
  version: 3,
};

describe('licence type bodies', () => {
  it('trims, upper-cases the code, keeps null validity as no end', () => {
    const body = createBody({
      ...emptyLicenceType(),
      code: ' drug_retail ',
      name: ' 药品经营许可证 ',
      issuingDepartmentId: type.issuingDepartmentId,
      numberPrefix: ' 蒙AA ',
      fields: [
        { key: ' name ', label: ' 企业名称 ', type: 'text' },
        { key: 'on', label: '日期' },
      ],
    });
    expect(body).toEqual({
      code: 'DRUG_RETAIL',
      name: '药品经营许可证',
      holderKind: 'entity',
      issuingDepartmentId: type.issuingDepartmentId,
      validityYears: null,
      numberPrefix: '蒙AA',
      fields: [
        { key: 'name', label: '企业名称', type: 'text' },
        { key: 'on', label: '日期', type: 'text' },
      ],
    });
  });

  it('an edit sends everything but the code, with the version it was opened at', () => {
    const values = valuesOf(type);
    values.fields[1] = { ...values.fields[1], label: '经营项目（许可）' };
    const body = updateBody(type, values);
    expect(body).not.toHaveProperty('code');
    expect(body).toMatchObject({
      version: 3,
      validityYears: 5,
      fields: [{ key: 'name' }, { key: 'items', label: '经营项目（许可）' }],
    });
  });

  it('fixes the existing fields of a type in use, not new ones, and not those of an unused type', () => {
    expect(isLockedField(type, 'name')).toBe(true);
    expect(isLockedField(type, 'warehouse')).toBe(false);
    expect(isLockedField({ ...type, inUse: false }, 'name')).toBe(false);
    expect(isLockedField(null, 'name')).toBe(false);
  });

  it('suggests a key no other field has', () => {
    expect(suggestKey([{ key: 'field1' }, { key: 'a' }])).toBe('field2');
    expect(suggestKey([{ key: 'field1' }, { key: 'field2' }])).toBe('field3');
  });
});
