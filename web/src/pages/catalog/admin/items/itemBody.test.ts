import { describe, expect, it } from 'vitest';
import type { Item } from '../../../../api/catalog-admin.ts';
import {
  blankMaterial,
  blankValues,
  formPath,
  orphanPrefill,
  renameProblemPaths,
  tabOf,
  toInput,
  updateOf,
  valuesOf,
} from './itemBody.ts';

const departmentId = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

function anItem(overrides: Partial<Item> = {}): Item {
  const values = blankValues();
  const built = toInput({
    ...values,
    code: 'SC-0001',
    baseCode: 'BC-0001',
    name: '食品经营许可',
    legalBasis: '《食品安全法》',
    competentDepartmentId: departmentId,
    implementingDepartmentId: departmentId,
    themes: ['market_access'],
  });
  if (!built.ok) throw new Error('fixture');
  return {
    ...(built.input as Item),
    id: '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5c',
    edition: 1,
    status: 'draft',
    competentDepartmentName: '市场监管局',
    implementingDepartmentName: '市场监管局',
    onlineDepth: 1,
    fullyOnline: false,
    mobile: false,
    publishedAt: null,
    retiredAt: null,
    updatedAt: '2026-01-05T02:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

describe('toInput', () => {
  it('builds the body, with the JSON texts parsed and what does not apply cleared', () => {
    const values = {
      ...valuesOf(anItem()),
      visits: 0,
      visitsReason: '核验原件',
      onlineStages: [6, 2, 1],
      fee: { charged: false, basis: '旧依据', standard: '10 元' },
      commitmentAllowed: false,
      postCheckMonths: 3,
      materials: [
        {
          ...blankMaterial(),
          key: 'id_card',
          name: '身份证',
          source: 'applicant' as const,
          issuingDepartmentId: departmentId,
          licenceTypeCode: 'X',
        },
        { ...blankMaterial(), key: 'lease', name: '租赁合同', required: false, condition: '  ' },
      ],
      uiSchemaText: '{ "applicantName": { "ui:autofocus": true } }',
      prefill: { applicantName: 'entity.name' as const, contactPhone: undefined },
    };
    const result = toInput(values);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const input = result.input;
    expect(input.visitsReason).toBeNull();
    expect(input.onlineStages).toEqual([1, 2, 6]);
    expect(input.fee).toEqual({ charged: false, basis: null, standard: null });
    expect(input.postCheckMonths).toBeNull();
    expect(input.materials?.[0]).toMatchObject({ issuingDepartmentId: null, licenceTypeCode: null });
    expect(input.materials?.[1]).toMatchObject({ required: false, condition: null });
    expect(input.form.uiSchema).toEqual({ applicantName: { 'ui:autofocus': true } });
    expect(input.form.prefill).toEqual({ applicantName: 'entity.name' });
  });

  it('refuses a schema or UI text that does not parse, naming the field', () => {
    expect(toInput({ ...blankValues(), schemaText: '{ "type": ' })).toMatchObject({
      ok: false,
      field: 'schemaText',
    });
    expect(toInput({ ...blankValues(), uiSchemaText: '[1]' })).toMatchObject({
      ok: false,
      field: 'uiSchemaText',
      parsed: { reason: 'notObject' },
    });
  });
});

describe('updateOf', () => {
  it('sends only what changed, with the version read', () => {
    const item = anItem();
    const values = { ...valuesOf(item), promisedLimitDays: 5, keywords: ['开饭店'] };
    const result = toInput(values);
    if (!result.ok) throw new Error('parse');
    expect(updateOf(item, result.input)).toEqual({ promisedLimitDays: 5, keywords: ['开饭店'], version: 3 });
  });

  it('answers null when nothing changed, and never sends the code', () => {
    const item = anItem();
    const same = toInput(valuesOf(item));
    if (!same.ok) throw new Error('parse');
    expect(updateOf(item, same.input)).toBeNull();
    const renamed = toInput({ ...valuesOf(item), code: 'OTHER-1' });
    if (!renamed.ok) throw new Error('parse');
    expect(updateOf(item, renamed.input)).toBeNull();
  });

  it('notices a change inside the form schema', () => {
    const item = anItem();
    const result = toInput({ ...valuesOf(item), schemaText: '{"type":"object","properties":{}}' });
    if (!result.ok) throw new Error('parse');
    expect(Object.keys(updateOf(item, result.input) ?? {})).toEqual(['form', 'version']);
  });
});

describe('paths and tabs', () => {
  it('renames the form paths to the editor’s text fields', () => {
    expect(formPath('body.form.schema.properties.name')).toBe('body.schemaText');
    expect(formPath('body.form.uiSchema')).toBe('body.uiSchemaText');
    expect(formPath('body.form.prefill.name')).toBe('body.prefill.name');
    expect(formPath('body.form')).toBe('body.schemaText');
    expect(formPath('body.materials.1.name')).toBe('body.materials.1.name');
    expect(renameProblemPaths([{ path: 'form.schema', message: 'x' }])).toEqual([
      { path: 'schemaText', message: 'x' },
    ]);
  });

  it('finds the tab of a field', () => {
    expect(tabOf('promisedLimitDays')).toBe('handling');
    expect(tabOf('fee.basis')).toBe('handling');
    expect(tabOf('materials.2.condition')).toBe('materials');
    expect(tabOf('steps')).toBe('process');
    expect(tabOf('form.schema.properties.a')).toBe('form');
    expect(tabOf('body.name')).toBe('basic');
    expect(tabOf('consultPhone')).toBe('guide');
    expect(tabOf('nothing')).toBeNull();
    expect(tabOf(null)).toBeNull();
  });

  it('lists pre-fill entries whose field left the schema', () => {
    const schema = { type: 'object', properties: { name: { type: 'string' } } };
    expect(orphanPrefill(schema, { name: 'entity.name', gone: 'entity.uscc', none: undefined })).toEqual([
      'gone',
    ]);
  });
});
