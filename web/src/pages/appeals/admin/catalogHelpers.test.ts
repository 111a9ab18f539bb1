import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Category, DispatchRule, KnowledgeEntry } from '../../../api/appeals-catalog.ts';
import {
  areaChoices,
  areaCodeOf,
  areaKeyOf,
  categoryPath,
  cityOf,
  CITY_WIDE,
  filterRules,
  isEmptyPatch,
  knowledgeCreateBody,
  knowledgePatch,
  matchingRule,
  parentCodeOf,
  sortRules,
  splitKeywords,
  validityOf,
  type RuleNames,
} from './catalogHelpers.ts';

const category = (code: string, name: string, nameEn: string): Category => ({
  code,
  parentCode: parentCodeOf(code),
  name,
  nameEn,
  description: '',
  keywords: '',
  defaultKind: 'help',
  utility: false,
  active: true,
});

const CATEGORIES: Category[] = [
  category('CG', '城市管理', 'City management'),
  category('CG-ZDJY', '占道经营', 'Street vending'),
  category('CG-HJWS', '环境卫生', 'Sanitation'),
  category('ZF', '住房', 'Housing'),
  category('ZF-WY', '物业管理', 'Property management'),
  category('GA', '公安', 'Public security'),
  category('GA-HJ', '户籍', 'Household registration'),
];

let serial = 0;
const rule = (categoryCode: string, areaCode: string | null, lead: string, extra: Partial<DispatchRule> = {}): DispatchRule => ({
  id: `r${++serial}`,
  categoryCode,
  areaCode,
  leadDepartmentId: lead,
  supportDepartmentIds: [],
  note: '',
  version: 1,
  ...extra,
});

const UNITS: Record<string, string> = { zj: '呼和浩特市住房和城乡建设局', ga: '呼和浩特市公安局', wc: '武川县人民政府', wcz: '武川县政务服务局', sh: '赛罕区人民政府' };
const AREA_NAMES: Record<string, string> = { '150105': '赛罕区', '150125': '武川县', '150100': '呼和浩特市' };
const names: RuleNames = {
  category: (code) => categoryPath(CATEGORIES, code),
  area: (code) => (code === null ? '全市通用' : (AREA_NAMES[code] ?? code)),
  department: (id) => UNITS[id] ?? id,
};

describe('areas and categories', () => {
  it('stands city-wide in for a null area and back', () => {
    expect(areaKeyOf(null)).toBe(CITY_WIDE);
    expect(areaCodeOf(CITY_WIDE)).toBeNull();
    fc.assert(fc.property(fc.stringMatching(/^\d{6}$/), (code) => areaCodeOf(areaKeyOf(code)) === code));
  });

  it('finds a district’s city and a category’s parent', () => {
    expect(cityOf('150125')).toBe('150100');
    expect(parentCodeOf('CG-ZDJY')).toBe('CG');
    expect(parentCodeOf('CG')).toBeNull();
  });

  it('names a category with its parent, in either language, and an unknown one by its code', () => {
    expect(categoryPath(CATEGORIES, 'ZF-WY')).toBe('住房 / 物业管理');
    expect(categoryPath(CATEGORIES, 'ZF')).toBe('住房');
    expect(categoryPath(CATEGORIES, 'GA-HJ', true)).toBe('Public security / Household registration');
    expect(categoryPath(CATEGORIES, 'XX-YY')).toBe('XX-YY');
  });

  it('offers city-wide first, then the districts, keeping an area a rule has that is not among them', () => {
    const districts = [
      { code: '150105', label: '赛罕区' },
      { code: '150125', label: '武川县' },
    ];
    expect(areaChoices(districts, '全市通用').map((c) => c.value)).toEqual([CITY_WIDE, '150105', '150125']);
    expect(areaChoices(districts, '全市通用', '150100').map((c) => c.value)).toEqual([CITY_WIDE, '150100', '150105', '150125']);
    expect(areaChoices(districts, '全市通用', '150105')).toHaveLength(3);
    expect(areaChoices(districts, '全市通用', null)).toHaveLength(3);
  });
});

describe('filterRules and sortRules', () => {
  const rules = [
    rule('GA-HJ', '150125', 'wc', { supportDepartmentIds: ['wcz'], note: '户籍窗口下沉到县' }),
    rule('ZF', null, 'zj'),
    rule('CG-ZDJY', '150105', 'sh'),
    rule('CG', null, 'zj'),
    rule('ZF-WY', '150105', 'sh'),
    rule('GA', null, 'ga'),
    rule('CG-ZDJY', null, 'zj'),
    rule('CG-ZDJY', '150100', 'zj'),
  ];

  it('lets a whole category cover its sub-categories, and a sub-category only itself', () => {
    expect(filterRules(rules, { categoryCode: 'CG' }, names).map((r) => r.categoryCode).sort()).toEqual(['CG', 'CG-ZDJY', 'CG-ZDJY', 'CG-ZDJY']);
    expect(filterRules(rules, { categoryCode: 'ZF-WY' }, names).map((r) => r.categoryCode)).toEqual(['ZF-WY']);
  });

  it('filters by exactly the area, city-wide included', () => {
    expect(filterRules(rules, { areaKey: CITY_WIDE }, names).every((r) => r.areaCode === null)).toBe(true);
    expect(filterRules(rules, { areaKey: '150105' }, names).map((r) => r.categoryCode)).toEqual(['CG-ZDJY', 'ZF-WY']);
    expect(filterRules(rules, { areaKey: '150105', categoryCode: 'ZF' }, names).map((r) => r.categoryCode)).toEqual(['ZF-WY']);
  });

  it('finds words in the names of the category, the area and the units, and in the note (every word)', () => {
    expect(filterRules(rules, { text: '政务服务局' }, names).map((r) => r.categoryCode)).toEqual(['GA-HJ']);
    expect(filterRules(rules, { text: '窗口下沉' }, names)).toHaveLength(1);
    expect(filterRules(rules, { text: '物业 赛罕' }, names).map((r) => r.categoryCode)).toEqual(['ZF-WY']);
    expect(filterRules(rules, { text: '物业 武川' }, names)).toEqual([]);
    expect(filterRules(rules, { text: '  ' }, names)).toHaveLength(rules.length);
  });

  it('orders by the catalogue (a category before its sub-categories), then city-wide, the city, the districts', () => {
    expect(sortRules(rules, CATEGORIES).map((r) => `${r.categoryCode}@${r.areaCode ?? '*'}`)).toEqual([
      'CG@*',
      'CG-ZDJY@*',
      'CG-ZDJY@150100',
      'CG-ZDJY@150105',
      'ZF@*',
      'ZF-WY@150105',
      'GA@*',
      'GA-HJ@150125',
    ]);
  });

  it('keeps every rule when sorting, those of unknown categories last', () => {
    const withUnknown = [...rules, rule('XX-YY', null, 'zj'), rule('AA', '150105', 'zj')];
    const sorted = sortRules(withUnknown, CATEGORIES);
    expect(new Set(sorted.map((r) => r.id))).toEqual(new Set(withUnknown.map((r) => r.id)));
    expect(sorted.slice(-2).map((r) => r.categoryCode).sort()).toEqual(['AA', 'XX-YY']);
  });
});

describe('matchingRule (the order of the server’s proposal)', () => {
  it('takes the district, then the city, then city-wide, and the sub-category before its category', () => {
    const leafDistrict = rule('CG-ZDJY', '150105', 'sh');
    const leafCity = rule('CG-ZDJY', '150100', 'zj');
    const leafAll = rule('CG-ZDJY', null, 'zj');
    const parentDistrict = rule('CG', '150105', 'sh');
    const parentAll = rule('CG', null, 'zj');
    expect(matchingRule([parentAll, parentDistrict, leafAll, leafCity, leafDistrict], 'CG-ZDJY', '150105')).toBe(leafDistrict);
    expect(matchingRule([parentAll, parentDistrict, leafAll, leafCity], 'CG-ZDJY', '150105')).toBe(leafCity);
    expect(matchingRule([parentAll, parentDistrict, leafAll], 'CG-ZDJY', '150105')).toBe(leafAll);
    // A parent's rule for the district loses to the sub-category's city-wide one.
    expect(matchingRule([parentAll, parentDistrict], 'CG-ZDJY', '150105')).toBe(parentDistrict);
    expect(matchingRule([parentAll], 'CG-ZDJY', '150105')).toBe(parentAll);
    expect(matchingRule([parentAll], 'CG-HJWS', '150125')).toBe(parentAll);
    expect(matchingRule([leafDistrict], 'CG-ZDJY', '150125')).toBeNull();
    expect(matchingRule([], 'GA-HJ', '150125')).toBeNull();
  });

  it('answers the first candidate in the server’s order that has a rule, for any catalogue', () => {
    const codes = ['CG', 'CG-ZDJY', 'CG-HJWS', 'GA', 'GA-HJ'];
    const areas = [null, '150100', '150105', '150125'];
    const pairs = codes.flatMap((c) => areas.map((a) => [c, a] as const));
    fc.assert(
      fc.property(fc.subarray(pairs), fc.constantFrom(...codes), fc.constantFrom('150105', '150125'), (chosen, code, area) => {
        const catalogue = chosen.map(([c, a]) => rule(c, a, 'u'));
        const candidates = [code, parentCodeOf(code)].filter((c): c is string => c !== null).flatMap((c) => [area, cityOf(area), null].map((a) => [c, a] as const));
        const first = candidates.find(([c, a]) => catalogue.some((r) => r.categoryCode === c && r.areaCode === a));
        const hit = matchingRule(catalogue, code, area);
        if (!first) return hit === null;
        return hit !== null && hit.categoryCode === first[0] && hit.areaCode === first[1];
      }),
    );
  });
});

describe('knowledge validity and filters', () => {
  it('tells valid, not yet valid and expired apart on a day', () => {
    expect(validityOf({ validFrom: '2026-01-01', validTo: null }, '2026-11-27')).toBe('valid');
    expect(validityOf({ validFrom: '2026-11-27', validTo: '2026-11-27' }, '2026-11-27')).toBe('valid');
    expect(validityOf({ validFrom: '2026-12-01', validTo: null }, '2026-11-27')).toBe('pending');
    expect(validityOf({ validFrom: '2026-01-01', validTo: '2026-11-26' }, '2026-11-27')).toBe('expired');
    // Dates out of order count as ended, never pending.
    expect(validityOf({ validFrom: '2026-11-27', validTo: '2026-11-26' }, '2026-11-27')).toBe('expired');
  });

  it('calls a retired entry retired whatever its dates say', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), day, (from, to, today) => {
        const retired = validityOf({ validFrom: from, validTo: to, retiredAt: '2026-11-27T02:00:00.000Z' }, today) === 'retired';
        const inUse = validityOf({ validFrom: from, validTo: to, retiredAt: null }, today) !== 'retired';
        return retired && inUse;
      }),
    );
  });

  it('agrees with the server’s `valid` flag: valid exactly when from ≤ today ≤ to', () => {
    const day = fc.integer({ min: 0, max: 3000 }).map((n) => new Date(Date.UTC(2024, 0, 1) + n * 86_400_000).toISOString().slice(0, 10));
    fc.assert(
      fc.property(day, fc.option(day, { nil: null }), day, (from, to, today) => {
        const serverValid = from <= today && (to === null || to >= today);
        return (validityOf({ validFrom: from, validTo: to }, today) === 'valid') === serverValid;
      }),
    );
  });
});

describe('knowledge bodies', () => {
  const entry: KnowledgeEntry = {
    id: '01a21b41-c5e6-7130-9b6d-c7abed481562',
    title: '养犬登记办理指引',
    answer: '在城区饲养犬只的，应当在取得犬只后三十日内办理养犬登记证。',
    categoryCode: 'GA-HJ',
    keywords: ['养犬', '犬只登记'],
    departmentId: null,
    departmentName: null,
    validFrom: '2026-11-27',
    validTo: '2027-02-25',
    retiredAt: null,
    valid: true,
    usedCount: 3,
    version: 4,
    createdAt: '2026-11-27T04:00:00.000Z',
    updatedAt: '2026-11-27T04:00:00.000Z',
  };
  const same = { title: entry.title, answer: entry.answer, categoryCode: entry.categoryCode, keywords: [...entry.keywords], departmentId: null, validFrom: entry.validFrom, validTo: entry.validTo };

  it('splits keywords as the server does: spaces and commas, each once', () => {
    expect(splitKeywords(['养犬 犬只登记', '养犬，登记证', ' ', '犬只登记;免疫'])).toEqual(['养犬', '犬只登记', '登记证', '免疫']);
  });

  it('builds the create body trimmed, with empty choices as null', () => {
    expect(knowledgeCreateBody({ title: ' 养犬登记 ', answer: ' 到派出所办理养犬登记证即可。 ', categoryCode: undefined, keywords: ['养犬 犬只'], departmentId: '', validFrom: '2026-11-27', validTo: undefined })).toEqual({
      title: '养犬登记',
      answer: '到派出所办理养犬登记证即可。',
      categoryCode: null,
      keywords: ['养犬', '犬只'],
      departmentId: null,
      validFrom: '2026-11-27',
      validTo: null,
    });
  });

  it('sends only what changed, with the version read', () => {
    expect(knowledgePatch(entry, same)).toEqual({ version: 4 });
    expect(isEmptyPatch(knowledgePatch(entry, same))).toBe(true);
    expect(knowledgePatch(entry, { ...same, title: ' 养犬登记办理指引（修订） ' })).toEqual({ version: 4, title: '养犬登记办理指引（修订）' });
    expect(knowledgePatch(entry, { ...same, validTo: null, categoryCode: null })).toEqual({ version: 4, validTo: null, categoryCode: null });
    expect(knowledgePatch(entry, { ...same, keywords: ['养犬', '犬只登记', '免疫'], departmentId: '01a21b41-1f3a-7261-9c36-067f11e57f2c' })).toEqual({
      version: 4,
      keywords: ['养犬', '犬只登记', '免疫'],
      departmentId: '01a21b41-1f3a-7261-9c36-067f11e57f2c',
    });
    expect(isEmptyPatch(knowledgePatch(entry, { ...same, answer: `${entry.answer}  ` }))).toBe(true);
  });
});
