import { describe, expect, it } from 'vitest';
import type { Bundle, Item } from '../../../api/catalog-public.ts';
import { bundleSubject, hasForm, itemSubject } from './subject.ts';

const item = {
  id: '0190c0de-0000-7000-8000-000000000001',
  code: 'A-1',
  name: '企业名称自主申报',
  target: 'both',
  form: { schema: { type: 'object', properties: { a: { type: 'string' } } }, uiSchema: {}, prefill: {} },
  materials: [{ key: 'id_card', name: '身份证', source: 'applicant', required: true, condition: null, note: null, form: 'either', copies: 0, issuingDepartmentId: null, licenceTypeCode: null }],
  commitmentAllowed: true,
  onlineStages: [1, 2, 3, 4, 5, 6],
  mobile: true,
  onTheSpot: true,
  implementingDepartmentName: '市场监督管理局',
  promisedLimitDays: 0,
  hallAddress: '大厅',
} as unknown as Item;

describe('subjects', () => {
  it('read an item: its form, materials, online and phone channels, commitment', () => {
    const s = itemSubject(item);
    expect(s).toMatchObject({ kind: 'item', code: 'A-1', online: true, mobile: true, commitmentAllowed: true, prefillItems: [{ itemCode: 'A-1', itemId: item.id }] });
    expect(s.materials[0]).toMatchObject({ key: 'id_card', source: 'applicant' });
    expect(hasForm(s)).toBe(true);
    expect(itemSubject({ ...item, onlineStages: [1] } as Item).online).toBe(false);
  });

  it('read a bundle: the merged form, merged materials with their fetched flag, members for pre-fill', () => {
    const bundle = {
      code: 'QYKB',
      name: '企业开办',
      kind: 'business',
      fields: [{ key: 'name', label: '企业名称', type: 'string', options: [], required: true, description: '', prefill: null, mapsTo: [{ itemCode: 'A-1', field: 'a' }] }],
      materials: [{ key: 'tax', name: '清税', source: 'department', required: true, condition: null, note: null, form: 'electronic', fetched: true }],
      memberItems: [{ itemCode: 'A-1', itemId: item.id }, { itemCode: 'B-1', itemId: null }],
      fullyOnline: false,
      leadDepartmentName: '市场监督管理局',
      promisedLimitDays: 1,
      hallAddress: '',
    } as unknown as Bundle;
    const s = bundleSubject(bundle);
    expect(s.target).toBe('entity');
    expect(s.schema).toMatchObject({ properties: { name: { type: 'string', title: '企业名称' } }, required: ['name'] });
    expect(s.materials[0]!.fetched).toBe(true);
    expect(s.prefillItems).toEqual([{ itemCode: 'A-1', itemId: item.id }]);
    expect(s.mobile).toBe(false);
    expect(hasForm({ schema: { properties: {} } })).toBe(false);
  });
});
