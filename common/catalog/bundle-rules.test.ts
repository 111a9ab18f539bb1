import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MergedField } from '../api/catalog-bundles.ts';
import type { Material } from '../api/catalog.ts';
import { BUNDLE_RULES, checkBundle, mergeMaterials, typesAgree, type MemberForm } from './bundle-rules.ts';
import { FORM_FIELD_TYPES } from './vocabulary.ts';

const member = (code: string, fields: MemberForm['fields'], prefill: Record<string, string> = {}): MemberForm => ({ code, name: `事项${code}`, fields, prefill });
const field = (key: string, type: MergedField['type'], required = true, options: string[] = []) => ({ key, label: key, type, required, options });
const merged = (key: string, type: MergedField['type'], mapsTo: MergedField['mapsTo'], extra: Partial<MergedField> = {}): MergedField => ({
  key,
  label: key,
  type,
  options: [],
  required: true,
  description: '',
  prefill: null,
  mapsTo,
  ...extra,
});
const members = [{ itemCode: 'A-001', note: '' }, { itemCode: 'B-001', note: '' }];
const forms = new Map<string, MemberForm | null>([
  ['A-001', member('A-001', [field('name', 'string'), field('age', 'integer'), field('note', 'text', false)])],
  ['B-001', member('B-001', [field('fullName', 'text'), field('kind', 'enum', true, ['x', 'y']), field('uscc', 'string')], { uscc: 'entity.uscc' })],
]);
const good = [
  merged('name', 'string', [{ itemCode: 'A-001', field: 'name' }, { itemCode: 'B-001', field: 'fullName' }]),
  merged('age', 'integer', [{ itemCode: 'A-001', field: 'age' }]),
  merged('kind', 'enum', [{ itemCode: 'B-001', field: 'kind' }], { options: ['x'] }),
];
const rules = (fields: MergedField[], m = forms) => checkBundle({ members, fields }, m).map((v) => v.rule);

describe('bundle checks', () => {
  it('accepts a merged form that fills every required member field once (prefill counts)', () => {
    expect(checkBundle({ members, fields: good }, forms)).toEqual([]);
  });

  it('refuses an unmapped required field, a type mismatch, foreign options, an unknown field, a non-member and an unpublished member', () => {
    expect(rules(good.slice(0, 2))).toEqual(['bundle_required_unmapped']);
    expect(rules([good[0]!, merged('age', 'string', [{ itemCode: 'A-001', field: 'age' }]), good[2]!])).toEqual(['bundle_type_mismatch']);
    expect(rules([...good.slice(0, 2), merged('kind', 'enum', [{ itemCode: 'B-001', field: 'kind' }], { options: ['x', 'z'] })])).toEqual(['bundle_options_mismatch']);
    expect(rules([...good, merged('ghost', 'string', [{ itemCode: 'A-001', field: 'ghost' }])])).toEqual(['bundle_mapping_unknown_field']);
    expect(rules([...good, merged('other', 'string', [{ itemCode: 'Z-001', field: 'x' }])])).toEqual(['bundle_mapping_not_member']);
    expect(rules(good, new Map([...forms, ['B-001', null]]))).toEqual(['bundle_member_unpublished']);
    expect(rules([...good, merged('name2', 'string', [{ itemCode: 'A-001', field: 'name' }])])).toEqual(['bundle_mapping_conflict']);
    expect(rules([...good, merged('name', 'string', [{ itemCode: 'A-001', field: 'note' }])])).toEqual(['bundle_field_duplicate']);
  });

  it('an optional merged field filling a required member field is a warning', () => {
    const v = checkBundle({ members, fields: [good[0]!, { ...good[1]!, required: false }, good[2]!] }, forms);
    expect(v.map((x) => [x.rule, x.severity])).toEqual([['bundle_optional_fills_required', 'warning']]);
  });

  it('type agreement: same type, text ≈ string, integer → number, enum → text', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORM_FIELD_TYPES), fc.constantFrom(...FORM_FIELD_TYPES), (a, b) => {
        const textual = (t: string) => t === 'string' || t === 'text';
        const expected = a === b || (textual(a) && textual(b)) || (a === 'integer' && b === 'number') || (a === 'enum' && textual(b));
        expect(typesAgree(a, b)).toBe(expected);
      }),
    );
  });

  it('every violation names a known rule; never throws on random mappings', () => {
    const arb = fc.array(
      fc.record({
        key: fc.constantFrom('name', 'age', 'kind', 'x'),
        type: fc.constantFrom(...FORM_FIELD_TYPES),
        required: fc.boolean(),
        options: fc.array(fc.constantFrom('x', 'y', 'z'), { maxLength: 3 }),
        mapsTo: fc.array(fc.record({ itemCode: fc.constantFrom('A-001', 'B-001', 'C-001'), field: fc.constantFrom('name', 'age', 'kind', 'fullName', 'zz') }), { minLength: 1, maxLength: 3 }),
      }),
      { maxLength: 6 },
    );
    fc.assert(
      fc.property(arb, (fields) => {
        const all = checkBundle({ members, fields: fields.map((f) => merged(f.key, f.type, f.mapsTo, f)) }, forms);
        for (const v of all) expect(v.rule in BUNDLE_RULES).toBe(true);
      }),
    );
  });
});

describe('merged materials', () => {
  const m = (key: string, source: Material['source'], extra: Partial<Material> = {}): Material => ({
    key,
    name: key,
    source,
    issuingDepartmentId: null,
    licenceTypeCode: source === 'licence' ? 'BL' : null,
    form: 'electronic',
    copies: 1,
    required: true,
    condition: null,
    note: null,
    ...extra,
  });

  it('asks a material once, lists who uses it, and marks what is fetched', () => {
    const list = mergeMaterials([
      { code: 'A', materials: [m('id_card', 'applicant'), m('business_licence', 'licence')] },
      { code: 'B', materials: [m('id_card', 'applicant', { copies: 2 }), m('lease', 'applicant', { required: false, condition: '租赁' })] },
      { code: 'C', materials: [m('business_licence', 'licence'), m('lease', 'applicant')] },
    ]);
    expect(list.map((x) => [x.key, x.usedBy, x.fetched, x.copies, x.required])).toEqual([
      ['id_card', ['A', 'B'], false, 2, true],
      ['business_licence', ['A', 'C'], true, 1, true],
      ['lease', ['B', 'C'], false, 1, true],
    ]);
  });

  it('has one entry per key, and every member material is covered', () => {
    const materials = fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c', 'd'), source: fc.constantFrom<Material['source']>('applicant', 'department', 'licence') }), { maxLength: 5 });
    fc.assert(
      fc.property(fc.array(fc.record({ code: fc.constantFrom('A', 'B', 'C'), materials }), { maxLength: 4 }), (ms) => {
        const input = ms.map((x) => ({ code: x.code, materials: x.materials.map((y) => m(y.key, y.source)) }));
        const list = mergeMaterials(input);
        expect(new Set(list.map((x) => x.key)).size).toBe(list.length);
        for (const member of input) for (const mat of member.materials) expect(list.find((x) => x.key === mat.key)?.usedBy).toContain(member.code);
        for (const x of list) expect(x.fetched).toBe(x.source !== 'applicant');
      }),
    );
  });
});
