import { describe, expect, it } from 'vitest';
import type { ApplicationDetail } from '../../../api/applications.ts';
import type { Bundle, Item } from '../../../api/catalog-public.ts';
import { intakePrefill } from './intake.ts';
import { intakeBundleSubject, intakeItemSubject, receiptDueAt, subjectPrefillValues } from './intakeSubject.ts';

const item = {
  id: '0190c0de-0000-7000-8000-000000000001',
  code: 'HHHT-SCJG-1',
  name: '食品经营许可',
  target: 'entity',
  form: { schema: { type: 'object', properties: { entity_name: { type: 'string' } } }, uiSchema: {}, prefill: { entity_name: 'entity.name', contact: 'applicant.name' } },
  materials: [{ key: 'lease', name: '租赁合同', source: 'applicant', required: true, condition: null, note: null, form: 'either', copies: 1, issuingDepartmentId: null, licenceTypeCode: null }],
  commitmentAllowed: true,
  onlineStages: [1, 2],
  mobile: true,
  onTheSpot: false,
  implementingDepartmentName: '市场监督管理局',
  promisedLimitDays: 5,
  hallAddress: '',
  resultLicenceTypeCode: 'FOOD',
} as unknown as Item;

const bundle = {
  code: 'HHHT-YJS-CLOSE',
  name: '企业注销一件事',
  kind: 'business',
  fields: [
    { key: 'entity_name', label: '单位名称', type: 'string', options: [], required: true, description: '', prefill: 'entity.name', mapsTo: [{ itemCode: 'SW-1', field: 'name' }, { itemCode: 'SCJG-2', field: 'entity_name' }] },
    { key: 'contact_phone', label: '经办人手机号码', type: 'string', options: [], required: true, description: '', prefill: 'applicant.phone', mapsTo: [{ itemCode: 'SW-1', field: 'phone' }] },
    { key: 'reason', label: '注销原因', type: 'enum', options: ['解散'], required: true, description: '', prefill: null, mapsTo: [{ itemCode: 'SCJG-2', field: 'reason' }] },
  ],
  materials: [
    { key: 'business_licence', name: '营业执照', source: 'licence', required: true, condition: null, note: null, form: 'either', usedBy: ['SW-1', 'SCJG-2'], fetched: true },
    { key: 'resolution', name: '注销决议', source: 'applicant', required: true, condition: null, note: null, form: 'either', usedBy: ['SCJG-2'], fetched: false },
  ],
  memberItems: [
    { itemCode: 'SW-1', itemId: '0190c0de-0000-7000-8000-000000000002', name: '清税申报', departmentName: '税务局', promisedLimitDays: 0, note: '' },
    { itemCode: 'SCJG-2', itemId: '0190c0de-0000-7000-8000-000000000003', name: null, departmentName: '市场监督管理局', promisedLimitDays: 1, note: '' },
  ],
  fullyOnline: true,
  leadDepartmentName: '市场监督管理局',
  promisedLimitDays: 2,
  hallAddress: '',
} as unknown as Bundle;

describe('intake subjects', () => {
  it('read an item with its pre-fill sources and whether it ends in an e-licence', () => {
    const s = intakeItemSubject(item);
    expect(s).toMatchObject({ kind: 'item', code: 'HHHT-SCJG-1', licence: true, members: [], commitmentAllowed: true });
    expect(s.prefillSources).toEqual({ entity_name: 'entity.name', contact: 'applicant.name' });
    expect(s.prefillItems).toEqual([{ itemCode: 'HHHT-SCJG-1', itemId: item.id }]);
  });

  it('read a 一件事: the merged form, the merged materials once each, the members with their departments', () => {
    const s = intakeBundleSubject(bundle);
    expect(s).toMatchObject({ kind: 'bundle', code: 'HHHT-YJS-CLOSE', licence: false, commitmentAllowed: false, departmentName: '市场监督管理局' });
    expect(Object.keys((s.schema as { properties: object }).properties)).toEqual(['entity_name', 'contact_phone', 'reason']);
    expect(s.materials.map((m) => [m.key, m.source])).toEqual([['business_licence', 'licence'], ['resolution', 'applicant']]);
    expect(s.prefillSources).toEqual({ entity_name: 'entity.name', contact_phone: 'applicant.phone' });
    expect(s.members).toEqual([
      { itemCode: 'SW-1', name: '清税申报', departmentName: '税务局', promisedLimitDays: 0 },
      { itemCode: 'SCJG-2', name: 'SCJG-2', departmentName: '市场监督管理局', promisedLimitDays: 1 },
    ]);
  });
});

describe('subjectPrefillValues', () => {
  it("takes an item's own values", () => {
    expect(subjectPrefillValues(intakeItemSubject(item), { 'HHHT-SCJG-1': { entity_name: '青城乳业' } })).toEqual({ entity_name: '青城乳业' });
    expect(subjectPrefillValues(intakeItemSubject(item), {})).toEqual({});
  });

  it("merges a bundle's from its members, and the named applicant replaces the clerk in applicant fields", () => {
    const s = intakeBundleSubject(bundle);
    const values = subjectPrefillValues(s, { 'SW-1': { name: '', phone: '13900000000（窗口）' }, 'SCJG-2': { entity_name: '青城乳业有限公司' } });
    expect(values).toEqual({ entity_name: '青城乳业有限公司', contact_phone: '13900000000（窗口）' });
    expect(intakePrefill(s.prefillSources, values, { kind: 'entity', uscc: 'X', phone: '13804711234' })).toEqual({ entity_name: '青城乳业有限公司', contact_phone: '13804711234' });
  });
});

describe('receiptDueAt', () => {
  const member = (dueAt: string | null) => ({ dueAt }) as ApplicationDetail['members'][number];
  it("is the application's own deadline, else the last of its members'", () => {
    expect(receiptDueAt({ dueAt: '2026-12-01T15:59:59.999Z', members: [] })).toBe('2026-12-01T15:59:59.999Z');
    expect(receiptDueAt({ dueAt: null, members: [member('2026-12-04T15:59:59.999Z'), member(null), member('2026-11-30T15:59:59.999Z')] })).toBe('2026-12-04T15:59:59.999Z');
    expect(receiptDueAt({ dueAt: null, members: [member(null)] })).toBeNull();
  });
});
