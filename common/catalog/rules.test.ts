import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ItemInput, Material } from '../api/catalog.ts';
import { itemInput } from '../api/catalog.ts';
import { checkItem, errorsOf, ITEM_RULES, type CheckableItem } from './rules.ts';
import { ITEM_TYPES, REFORM_MODES, type PrefillSource } from './vocabulary.ts';

const DEPT = '0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

/** An item breaking no rule at all. */
function cleanItem(): ItemInput {
  return itemInput.parse({
    code: 'TEST-0001',
    baseCode: 'TEST-0001',
    name: '食品经营许可',
    type: 'licensing',
    target: 'entity',
    competentDepartmentId: DEPT,
    implementingDepartmentId: DEPT,
    legalBasis: '《中华人民共和国食品安全法》第三十五条',
    legalLimitDays: 20,
    promisedLimitDays: 5,
    onTheSpot: false,
    visits: 0,
    onlineStages: [1, 2, 3, 4, 5, 6, 7],
    mobileChannel: true,
    fee: { charged: false },
    materials: [
      { key: 'application', name: '食品经营许可申请书', source: 'applicant' },
      { key: 'business_licence', name: '营业执照', source: 'licence', licenceTypeCode: 'BUSINESS_LICENCE' },
      { key: 'lease', name: '场地租赁合同', source: 'applicant', required: false, condition: '经营场所为租赁的' },
    ],
    conditions: ['已取得营业执照'],
    steps: [
      { name: '受理', limitDays: 1 },
      { name: '审查', limitDays: 3 },
      { name: '决定', limitDays: 1 },
    ],
    crossRegion: 'city',
    reformMode: 'commitment',
    commitmentAllowed: true,
    postCheckMonths: 2,
    themes: ['market_access'],
    consultPhone: '0471-12345',
    form: {
      schema: { type: 'object', properties: { entityName: { type: 'string', title: '企业名称' }, area: { type: 'number', title: '经营面积' } }, required: ['entityName'] },
      prefill: { entityName: 'entity.name' },
    },
  });
}

const text = fc.oneof(fc.constant(null), fc.constant(''), fc.constant('  '), fc.string({ minLength: 1, maxLength: 10 }));
const materialArb: fc.Arbitrary<Material> = fc.record({
  key: fc.constantFrom('a', 'b', 'c', 'id_card'),
  name: fc.constantFrom('身份证', '营业执照', '申请书'),
  source: fc.constantFrom('applicant', 'department', 'licence'),
  issuingDepartmentId: fc.option(fc.constant(DEPT), { nil: null }),
  licenceTypeCode: text,
  form: fc.constantFrom('paper', 'electronic', 'either'),
  copies: fc.integer({ min: 0, max: 3 }),
  required: fc.boolean(),
  condition: text,
  note: fc.constant(null),
});

/** A random item: every field the rules read varies, within what itemInput accepts. */
const itemArb: fc.Arbitrary<CheckableItem> = fc.record({
  type: fc.constantFrom(...ITEM_TYPES),
  legalLimitDays: fc.integer({ min: 0, max: 60 }),
  promisedLimitDays: fc.integer({ min: 0, max: 60 }),
  onTheSpot: fc.boolean(),
  visits: fc.integer({ min: 0, max: 5 }),
  visitsReason: text,
  onlineStages: fc.array(fc.integer({ min: 1, max: 7 }), { maxLength: 7 }),
  mobileChannel: fc.boolean(),
  fee: fc.record({ charged: fc.boolean(), basis: text, standard: text }),
  materials: fc.array(materialArb, { maxLength: 5 }),
  conditions: fc.array(fc.constant('条件一'), { maxLength: 2 }),
  steps: fc.array(fc.record({ name: fc.constant('审查'), limitDays: fc.integer({ min: 0, max: 15 }), description: fc.constant('') }), { maxLength: 4 }),
  reformMode: fc.constantFrom(null, ...REFORM_MODES),
  commitmentAllowed: fc.boolean(),
  postCheckMonths: fc.option(fc.integer({ min: 1, max: 24 }), { nil: null }),
  hallAddress: fc.constantFrom('', '赛罕区敕勒川大街 1 号'),
  consultPhone: fc.constantFrom('', '0471-12345'),
  form: fc.record({
    schema: fc.oneof(
      fc.constant({ type: 'object', properties: { name: { type: 'string' } } }),
      fc.constant({ type: 'object', properties: { nested: { type: 'object', properties: {} } } }),
      fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })),
    ),
    uiSchema: fc.constant({}),
    prefill: fc.constantFrom<Record<string, PrefillSource>[]>({}, { name: 'entity.name' }, { missing: 'entity.address' }),
  }),
});

const blank = (s: string | null | undefined) => !s || s.trim() === '';
const rulesOf = (item: CheckableItem) => new Set(checkItem(item).map((v) => v.rule));

describe('item rules', () => {
  it('a clean item breaks no rule', () => {
    expect(checkItem(cleanItem())).toEqual([]);
  });

  it('each rule fires exactly when its condition holds', () => {
    fc.assert(
      fc.property(itemArb, (item) => {
        const rules = rulesOf(item);
        expect(rules.has('promise_exceeds_legal')).toBe(item.promisedLimitDays > item.legalLimitDays);
        expect(rules.has('fee_basis_missing')).toBe(item.fee.charged && blank(item.fee.basis));
        expect(rules.has('fee_standard_missing')).toBe(item.fee.charged && blank(item.fee.standard));
        expect(rules.has('visits_reason_missing')).toBe(item.visits > 0 && blank(item.visitsReason));
        expect(rules.has('hall_address_missing')).toBe(item.visits > 0 && blank(item.hallAddress));
        expect(rules.has('on_the_spot_with_limit')).toBe(item.onTheSpot && item.promisedLimitDays > 0);
        expect(rules.has('post_check_months_missing')).toBe(item.commitmentAllowed && item.postCheckMonths === null);
        expect(rules.has('commitment_mode_not_allowed')).toBe(item.reformMode === 'commitment' && !item.commitmentAllowed);
        expect(rules.has('material_condition_missing')).toBe(item.materials.some((m) => !m.required && blank(m.condition)));
        expect(rules.has('material_department_missing')).toBe(item.materials.some((m) => m.source === 'department' && !m.issuingDepartmentId));
        expect(rules.has('material_licence_type_missing')).toBe(item.materials.some((m) => m.source === 'licence' && blank(m.licenceTypeCode)));
        expect(rules.has('material_key_duplicate')).toBe(new Set(item.materials.map((m) => m.key)).size < item.materials.length);
        expect(rules.has('step_limits_exceed_legal')).toBe(item.steps.reduce((s, x) => s + x.limitDays, 0) > item.legalLimitDays);
        expect(rules.has('online_stages_duplicate')).toBe(new Set(item.onlineStages).size < item.onlineStages.length);
        expect(rules.has('consult_phone_missing')).toBe(blank(item.consultPhone));
        expect(rules.has('conditions_missing')).toBe(item.conditions.length === 0);
        expect(rules.has('steps_missing')).toBe(item.steps.length === 0);
        expect(rules.has('prefill_unknown_field')).toBe('missing' in item.form.prefill || ('name' in item.form.prefill && !(item.form.schema as { properties?: { name?: unknown } }).properties?.name));
      }),
      { numRuns: 300 },
    );
  });

  it('every violation names a known rule with its severity, bilingual, errors before warnings', () => {
    fc.assert(
      fc.property(itemArb, (item) => {
        const all = checkItem(item);
        for (const v of all) {
          expect(v.rule in ITEM_RULES).toBe(true);
          expect(v.severity).toBe(ITEM_RULES[v.rule as keyof typeof ITEM_RULES][0]);
          expect(v.message.zh).toMatch(/[\u4e00-\u9fff]/);
          expect(v.message.en).toMatch(/[a-z]/);
        }
        const firstWarning = all.findIndex((v) => v.severity === 'warning');
        if (firstWarning >= 0) expect(all.slice(firstWarning).every((v) => v.severity === 'warning')).toBe(true);
        expect(errorsOf(all).length).toBe(all.filter((v) => v.severity === 'error').length);
        expect(checkItem(item)).toEqual(all);
      }),
    );
  });

  it('a form with a nested object or an unknown type is refused; prefill must name a form field', () => {
    const base = cleanItem();
    const nested = checkItem({ ...base, form: { ...base.form, schema: { type: 'object', properties: { address: { type: 'object', properties: { city: { type: 'string' } } } } }, prefill: {} } });
    expect(nested.map((v) => v.rule)).toContain('form_schema_invalid');
    expect(nested.find((v) => v.rule === 'form_schema_invalid')?.field).toBe('form.schema.properties.address');
    const arrays = checkItem({ ...base, form: { ...base.form, schema: { type: 'object', properties: { list: { type: 'array' } } }, prefill: {} } });
    expect(arrays.map((v) => v.rule)).toContain('form_schema_invalid');
    const prefill = checkItem({ ...base, form: { ...base.form, prefill: { nothing: 'entity.name' } } });
    expect(prefill.map((v) => v.rule)).toEqual(['prefill_unknown_field']);
  });

  it('licensing without compression and a zero-visit item not online are warnings, not errors', () => {
    const base = cleanItem();
    const v = checkItem({ ...base, promisedLimitDays: 20, onlineStages: [1, 2, 3], mobileChannel: false });
    expect(v.map((x) => x.rule).sort()).toEqual(['no_time_compression', 'zero_visits_not_online']);
    expect(errorsOf(v)).toEqual([]);
  });
});
