import { describe, expect, it } from 'vitest';
import type { Bundle } from '../../../../api/catalog-admin.ts';
import { basicsOf, blankField, bundleTabOf, bundleUpdateOf, membersOf, toBundleInput } from './bundleBody.ts';

const lead = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

const bundle: Bundle = {
  id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
  code: 'YJS-QYKB',
  name: '企业开办一件事',
  kind: 'business',
  event: 'startup',
  themes: ['market_access'],
  description: '',
  leadDepartmentId: lead,
  promisedLimitDays: 1,
  members: [
    { itemCode: 'QYKB-0001', note: '' },
    { itemCode: 'QYKB-0002', note: '' },
  ],
  fields: [
    {
      key: 'company_name',
      label: '企业名称',
      type: 'string',
      options: [],
      required: true,
      description: '',
      prefill: 'entity.name',
      mapsTo: [
        { itemCode: 'QYKB-0001', field: 'companyName' },
        { itemCode: 'QYKB-0002', field: 'companyName' },
      ],
    },
  ],
  keywords: [],
  hallAddress: '',
  consultPhone: '',
  edition: 1,
  status: 'draft',
  leadDepartmentName: '市场监管局',
  memberItems: [],
  materials: [],
  fullyOnline: false,
  publishedAt: null,
  retiredAt: null,
  updatedAt: '2026-01-05T02:00:00.000Z',
  version: 4,
};

describe('bundle body', () => {
  it('round-trips a bundle without changes', () => {
    const input = toBundleInput(basicsOf(bundle), membersOf(bundle), bundle.fields);
    expect(input.code).toBe('YJS-QYKB');
    expect(bundleUpdateOf(bundle, input)).toBeNull();
  });

  it('sends only what changed, with the version; never the code', () => {
    const fields = [
      ...bundle.fields,
      {
        ...blankField(new Set(['company_name'])),
        label: '印章数量',
        type: 'integer' as const,
        mapsTo: [{ itemCode: 'QYKB-0002', field: 'sealCount' }],
      },
    ];
    const input = toBundleInput(
      { ...basicsOf(bundle), code: 'OTHER', promisedLimitDays: 2 },
      membersOf(bundle),
      fields,
    );
    const update = bundleUpdateOf(bundle, input);
    expect(Object.keys(update ?? {}).sort()).toEqual(['fields', 'promisedLimitDays', 'version']);
    expect(update?.version).toBe(4);
  });

  it('drops the options of a field that is not a choice', () => {
    const input = toBundleInput(basicsOf(bundle), membersOf(bundle), [
      { ...bundle.fields[0]!, options: ['a'] },
    ]);
    expect(input.fields?.[0]?.options).toEqual([]);
  });

  it('names a new field with a key not taken', () => {
    expect(blankField(new Set()).key).toBe('field_1');
    expect(blankField(new Set(['field_2', 'x'])).key).toBe('field_3');
    expect(blankField(new Set(['field_1'])).key).toBe('field_2');
  });

  it('finds the tab of a field the checks name', () => {
    expect(bundleTabOf('fields.2.mapsTo.0')).toBe('fields');
    expect(bundleTabOf('body.members.1.itemCode')).toBe('members');
    expect(bundleTabOf('leadDepartmentId')).toBe('basic');
    expect(bundleTabOf(null)).toBe('basic');
  });
});
