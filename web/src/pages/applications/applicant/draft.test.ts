import { describe, expect, it } from 'vitest';
import { applyPrefill, draftPatch, emptyWizard, materialInputs, mergedPrefill, missingMaterials, partitionMaterials, wizardFromDraft, type AskedMaterial } from './draft.ts';

const material = (key: string, source: AskedMaterial['source'], extra: Partial<AskedMaterial> = {}): AskedMaterial => ({
  key,
  name: key,
  source,
  required: true,
  condition: null,
  note: null,
  form: 'either',
  ...extra,
});

describe('materials', () => {
  const list = [material('id_card', 'applicant'), material('business_licence', 'licence'), material('tax_clearance', 'department'), material('lease', 'applicant', { required: false })];

  it('asks only for what the applicant provides; department and licence sources are fetched', () => {
    const { asked, fetched } = partitionMaterials(list);
    expect(asked.map((m) => m.key)).toEqual(['id_card', 'lease']);
    expect(fetched.map((m) => m.key)).toEqual(['business_licence', 'tax_clearance']);
    // A bundle's own word wins over the source.
    expect(partitionMaterials([material('x', 'applicant', { fetched: true })]).fetched).toHaveLength(1);
  });

  it('names the required ones still to upload', () => {
    expect(missingMaterials(list, {}).map((m) => m.key)).toEqual(['id_card']);
    expect(missingMaterials(list, { id_card: [{ id: 'f', name: 'a.pdf', size: 1 }] })).toEqual([]);
  });

  it('sends one entry per material that has files', () => {
    expect(materialInputs({ a: [{ id: '1', name: 'x', size: 1 }, { id: '2', name: 'y', size: 2 }], b: [] })).toEqual([{ key: 'a', fileIds: ['1', '2'], paper: false }]);
  });
});

describe('saving and resuming a draft', () => {
  it('sends everything, with an empty USCC for the applicant themself and the address only by post', () => {
    const state = { ...emptyWizard(), formData: { a: 1 }, postAddress: '新华大街 1 号' };
    expect(draftPatch(state, 3)).toEqual({ version: 3, uscc: '', formData: { a: 1 }, materials: [], commitment: false, delivery: 'electronic' });
    const post = draftPatch({ ...state, uscc: '91150100MA0N000000', delivery: 'post', contactPhone: ' 13800000000 ' }, 4);
    expect(post).toMatchObject({ uscc: '91150100MA0N000000', delivery: 'post', postAddress: '新华大街 1 号', contactPhone: '13800000000' });
  });

  it('reads a saved draft back, files included, without the masked phone', () => {
    const state = wizardFromDraft({
      applicantUscc: null,
      formData: { a: 'x' },
      materials: [
        { key: 'id_card', name: '身份证', required: true, status: 'uploaded', files: [{ id: 'f1', name: 'id.pdf', size: 10 }], licenceNumber: null, fetchedFrom: null },
        { key: 'other', name: '其他', required: false, status: 'missing', files: [], licenceNumber: null, fetchedFrom: null },
      ],
      commitment: true,
      delivery: 'post',
      postAddress: '地址',
      contactPhone: '138****0000',
    });
    expect(state).toEqual({ uscc: null, formData: { a: 'x' }, materials: { id_card: [{ id: 'f1', name: 'id.pdf', size: 10 }] }, commitment: true, delivery: 'post', postAddress: '地址', contactPhone: '' });
  });
});

describe('pre-fill', () => {
  it('gives a merged field the first value a member item pre-fills for a field it maps to', () => {
    const fields = [
      { key: 'name', mapsTo: [{ itemCode: 'A', field: 'entity_name' }, { itemCode: 'B', field: 'company' }] },
      { key: 'phone', mapsTo: [{ itemCode: 'B', field: 'tel' }] },
      { key: 'none', mapsTo: [{ itemCode: 'C', field: 'x' }] },
    ];
    expect(mergedPrefill(fields, { A: { entity_name: null }, B: { company: '青城乳业', tel: '0471-1234567' } })).toEqual({ name: '青城乳业', phone: '0471-1234567' });
  });

  it('fills only empty answers, with the type the schema asks for', () => {
    const schema = { properties: { name: { type: 'string' }, capital: { type: 'number' }, staff: { type: 'integer' }, code: { type: 'string' } } };
    const filled = applyPrefill({ name: '已填' }, { name: '登记名', capital: '100.5', staff: '12', code: 150102, unknown: 'x' }, schema);
    expect(filled).toEqual({ name: '已填', capital: 100.5, staff: 12, code: '150102' });
    expect(applyPrefill({}, { capital: 'abc' }, schema)).toEqual({});
  });
});
