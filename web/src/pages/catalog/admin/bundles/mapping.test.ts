import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MergedField } from '../../../../api/catalog-admin.ts';
import type { FormField } from '../../../../../../common/catalog/form-fields.ts';
import { checkBundle, type MemberForm } from '../../../../../../common/catalog/bundle-rules.ts';
import {
  autoMap,
  cellKey,
  mappedField,
  mergedFromMember,
  mergedKeyOf,
  problemCells,
  pruneMappings,
  reuseCount,
  setMapping,
  typesAgree,
  type MemberFields,
} from './mapping.ts';

const field = (
  key: string,
  type: FormField['type'] = 'string',
  required = true,
  options: string[] = [],
): FormField => ({ key, label: key, type, required, options });
const merged = (
  key: string,
  mapsTo: MergedField['mapsTo'],
  type: MergedField['type'] = 'string',
): MergedField => ({
  key,
  label: key,
  type,
  options: [],
  required: true,
  description: '',
  prefill: null,
  mapsTo,
});

const members: MemberFields[] = [
  { code: 'REG-0001', fields: [field('companyName'), field('address'), field('capital', 'number', false)] },
  { code: 'SEAL-0001', fields: [field('companyName'), field('sealCount', 'integer')] },
  { code: 'TAX-0001', fields: null },
];
const forms = new Map<string, MemberForm | null>(
  members.map((m) => [
    m.code,
    m.fields ? { code: m.code, name: m.code, fields: [...m.fields], prefill: {} } : null,
  ]),
);
const bundleOf = (fields: MergedField[]) => ({
  members: members.map((m) => ({ itemCode: m.code, note: '' })),
  fields,
});

describe('setMapping', () => {
  it('sets, replaces and clears one cell, leaving the other rows and items alone', () => {
    const start = [
      merged('company_name', [{ itemCode: 'REG-0001', field: 'companyName' }]),
      merged('other', []),
    ];
    const set = setMapping(start, 0, 'SEAL-0001', 'companyName');
    expect(mappedField(set[0]!, 'SEAL-0001')).toBe('companyName');
    expect(reuseCount(set[0]!)).toBe(2);
    const replaced = setMapping(set, 0, 'REG-0001', 'address');
    expect(replaced[0]!.mapsTo).toEqual([
      { itemCode: 'SEAL-0001', field: 'companyName' },
      { itemCode: 'REG-0001', field: 'address' },
    ]);
    expect(setMapping(replaced, 0, 'REG-0001', null)[0]!.mapsTo).toEqual([
      { itemCode: 'SEAL-0001', field: 'companyName' },
    ]);
    expect(set[1]).toBe(start[1]);
  });

  it('keeps at most one target per item in a row, whatever the moves', () => {
    const codes = ['A-001', 'B-001', 'C-001'];
    const move = fc.record({
      code: fc.constantFrom(...codes),
      target: fc.option(fc.constantFrom('x', 'y', 'z')),
    });
    fc.assert(
      fc.property(fc.array(move, { maxLength: 30 }), (moves) => {
        let fields = [merged('f', [])];
        for (const m of moves) fields = setMapping(fields, 0, m.code, m.target);
        const items = fields[0]!.mapsTo.map((t) => t.itemCode);
        expect(new Set(items).size).toBe(items.length);
        const last = new Map(moves.map((m) => [m.code, m.target]));
        for (const code of codes) expect(mappedField(fields[0]!, code)).toBe(last.get(code) ?? null);
      }),
    );
  });
});

describe('typesAgree', () => {
  it('accepts the same type, text for text, whole numbers for numbers, options inside the member’s', () => {
    expect(typesAgree({ type: 'string', options: [] }, field('a', 'text'))).toBe(true);
    expect(typesAgree({ type: 'integer', options: [] }, field('a', 'number'))).toBe(true);
    expect(typesAgree({ type: 'number', options: [] }, field('a', 'integer'))).toBe(false);
    expect(typesAgree({ type: 'enum', options: ['男'] }, field('a', 'enum', true, ['男', '女']))).toBe(true);
    expect(typesAgree({ type: 'enum', options: ['其他'] }, field('a', 'enum', true, ['男', '女']))).toBe(
      false,
    );
    expect(typesAgree({ type: 'enum', options: ['男'] }, field('a', 'string'))).toBe(true);
    expect(typesAgree({ type: 'date', options: [] }, field('a', 'boolean'))).toBe(false);
  });
});

describe('problemCells', () => {
  it('marks the cells the shared bundle check names', () => {
    const fields = [
      merged('company_name', [
        { itemCode: 'REG-0001', field: 'companyName' },
        { itemCode: 'SEAL-0001', field: 'companyName' },
      ]),
      merged('seal_count', [{ itemCode: 'SEAL-0001', field: 'sealCount' }], 'date'),
      merged('ghost', [{ itemCode: 'REG-0001', field: 'nope' }]),
    ];
    const violations = checkBundle(bundleOf(fields), forms);
    const cells = problemCells(violations, fields);
    expect(cells.get(cellKey(1, 'SEAL-0001'))).toBe('error');
    expect(cells.get(cellKey(2, 'REG-0001'))).toBe('error');
    expect(cells.has(cellKey(0, 'REG-0001'))).toBe(false);
    expect(violations.map((x) => x.rule)).toEqual(
      expect.arrayContaining([
        'bundle_type_mismatch',
        'bundle_mapping_unknown_field',
        'bundle_required_unmapped',
        'bundle_member_unpublished',
      ]),
    );
  });
});

describe('autoMap', () => {
  it('asks once what several members ask, and adds fields for the required rest', () => {
    const { fields, mapped, added } = autoMap([], members, true);
    const names = fields.map((f) => f.key);
    expect(names).toEqual(['company_name', 'address', 'seal_count', 'capital']);
    expect(fields[0]!.mapsTo).toEqual([
      { itemCode: 'REG-0001', field: 'companyName' },
      { itemCode: 'SEAL-0001', field: 'companyName' },
    ]);
    expect(added).toBe(4);
    expect(mapped).toBe(1);
    // What is left for the shared check: only the member without a published form.
    expect(checkBundle(bundleOf(fields), forms).map((x) => x.rule)).toEqual(['bundle_member_unpublished']);
  });

  it('only maps onto existing fields when not adding', () => {
    const start = [merged('company_name', [{ itemCode: 'REG-0001', field: 'companyName' }])];
    const { fields, added, mapped } = autoMap(start, members, false);
    expect(added).toBe(0);
    expect(mapped).toBe(1);
    expect(fields).toHaveLength(1);
    expect(start[0]!.mapsTo).toHaveLength(1);
  });
});

describe('keys', () => {
  it('turns member field names into merged keys the contract accepts, unique among the taken', () => {
    expect(mergedKeyOf('applicantName')).toBe('applicant_name');
    expect(mergedKeyOf('USCC')).toBe('uscc');
    expect(mergedKeyOf('9lives')).toBe('lives');
    expect(mergedFromMember('A-001', field('name'), new Set(['name', 'name_2'])).key).toBe('name_3');
    fc.assert(
      fc.property(fc.string({ maxLength: 60 }), (name) => {
        expect(mergedKeyOf(name)).toMatch(/^[a-z][a-z0-9_]{0,39}$/);
      }),
    );
  });

  it('prunes mappings to items that left the bundle', () => {
    const fields = [
      merged('a', [
        { itemCode: 'A-001', field: 'x' },
        { itemCode: 'B-001', field: 'y' },
      ]),
    ];
    expect(pruneMappings(fields, ['B-001'])[0]!.mapsTo).toEqual([{ itemCode: 'B-001', field: 'y' }]);
  });
});
