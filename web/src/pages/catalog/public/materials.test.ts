import { describe, expect, it } from 'vitest';
import type { MergedField } from '../../../api/catalog-public.ts';
import { isFetched, materialCounts, mergedFormSchema, sortMaterials, usedByNames, type GuideMaterial } from './materials.ts';

const material = (key: string, over: Partial<GuideMaterial> = {}): GuideMaterial => ({
  key,
  name: key,
  source: 'applicant',
  form: 'electronic',
  copies: 1,
  required: true,
  condition: null,
  note: null,
  ...over,
});

describe('materials', () => {
  const list = [
    material('business_licence', { source: 'licence' }),
    material('lease', { required: false, condition: '租赁场所的' }),
    material('id_card'),
    material('tax_clearance', { source: 'department' }),
    material('floor_plan'),
  ];

  it('list what the applicant brings first (required, then conditional), fetched ones last, stored order kept', () => {
    expect(sortMaterials(list).map((m) => m.key)).toEqual(['id_card', 'floor_plan', 'lease', 'business_licence', 'tax_clearance']);
  });

  it('count required, conditional and fetched', () => {
    expect(materialCounts(list)).toEqual({ required: 2, conditional: 1, fetched: 2 });
    expect(materialCounts([])).toEqual({ required: 0, conditional: 0, fetched: 0 });
  });

  it("take a bundle's own fetched flag over the source", () => {
    expect(isFetched(material('a', { source: 'department', fetched: false }))).toBe(false);
    expect(isFetched(material('b', { source: 'applicant' }))).toBe(false);
    expect(isFetched(material('c', { source: 'licence' }))).toBe(true);
  });

  it("name a merged material's member items", () => {
    const members = [
      { itemCode: 'A-0001', name: '企业设立登记' },
      { itemCode: 'A-0002', name: null },
    ];
    expect(usedByNames(['A-0001', 'A-0002', 'Z-9999'], members)).toEqual(['企业设立登记', 'A-0002', 'Z-9999']);
    expect(usedByNames(undefined, members)).toEqual([]);
  });
});

describe('mergedFormSchema', () => {
  const field = (key: string, type: MergedField['type'], over: Partial<MergedField> = {}): MergedField => ({
    key,
    label: key,
    type,
    options: [],
    required: false,
    description: '',
    prefill: null,
    mapsTo: [{ itemCode: 'A-0001', field: key }],
    ...over,
  });

  it('turns the merged fields into one JSON Schema in their order', () => {
    const { schema, uiSchema } = mergedFormSchema([
      field('name', 'string', { label: '企业名称', required: true, description: '与营业执照一致' }),
      field('scope', 'text'),
      field('capital', 'number'),
      field('staff', 'integer', { required: true }),
      field('online', 'boolean'),
      field('opened', 'date'),
      field('kind', 'enum', { options: ['有限责任公司', '个人独资企业'] }),
    ]);
    expect(schema).toEqual({
      type: 'object',
      required: ['name', 'staff'],
      properties: {
        name: { title: '企业名称', description: '与营业执照一致', type: 'string' },
        scope: { title: 'scope', type: 'string' },
        capital: { title: 'capital', type: 'number' },
        staff: { title: 'staff', type: 'integer' },
        online: { title: 'online', type: 'boolean' },
        opened: { title: 'opened', type: 'string', format: 'date' },
        kind: { title: 'kind', type: 'string', enum: ['有限责任公司', '个人独资企业'] },
      },
    });
    expect(uiSchema).toEqual({ scope: { 'ui:widget': 'textarea' }, 'ui:order': ['name', 'scope', 'capital', 'staff', 'online', 'opened', 'kind', '*'] });
  });

  it('leaves an enum without options as free text', () => {
    const { schema } = mergedFormSchema([field('kind', 'enum')]);
    expect((schema.properties as Record<string, unknown>).kind).toEqual({ title: 'kind', type: 'string' });
  });
});
