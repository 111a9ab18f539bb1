import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  HOHHOT_REGIONS,
  HORINGER_NEW_AREA_KEY,
  ID_CARD_CHARSET,
  USCC_AUTHORITIES,
  USCC_CHARSET,
  USCC_WEIGHTS,
  computeIdCardCheck,
  computeOrgCodeCheck,
  computeUsccCheck,
  createRng,
  describeIdCard,
  describeUscc,
  findRegion,
  findRegionByKey,
  generateIdCard,
  generateUscc,
  isKnownRegion,
  maskIdCard,
  maskPhone,
  normalizeUscc,
  validateIdCard,
  validateUscc,
} from './index.ts';
import type { IdCheck, Sex } from './index.ts';

const NOW = new Date('2026-03-01T00:00:00Z');
const REGION_CODES = HOHHOT_REGIONS.flatMap((r) => (r.code ? [r.code] : []));
const KIND_PAIRS = Object.entries(USCC_AUTHORITIES).flatMap(([a, e]) =>
  Object.keys(e.kinds).map((k) => [a, k]),
);

const seedArb = fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 });
const usccArb = fc
  .tuple(seedArb, fc.constantFrom(...REGION_CODES), fc.constantFrom(...KIND_PAIRS))
  .map(([seed, regionCode, [authority, kind]]) => ({
    code: generateUscc(createRng(seed), { regionCode, authority, kind }),
    regionCode,
    authority: authority ?? '',
    kind: kind ?? '',
  }));
const ID_RANGE = { birthFrom: '1900-01-01', birthTo: '2026-02-28' };
const sexArb = fc.constantFrom<Sex>('male', 'female');
const idArb = fc.tuple(seedArb, fc.constantFrom(...REGION_CODES), sexArb).map(([seed, regionCode, sex]) => ({
  code: generateIdCard(createRng(seed), { regionCode, ...ID_RANGE, sex }),
  regionCode,
  sex,
}));

/** Asserts a rejection with this reason and exact Chinese message; returns it for further checks. */
function rejected(result: IdCheck, reason: string, zh: string): Extract<IdCheck, { ok: false }> {
  expect(result.ok).toBe(false);
  if (result.ok) throw new Error('unreachable');
  expect(result.reason).toBe(reason);
  expect(result.message.zh).toBe(zh);
  expect(result.message.en.length).toBeGreaterThan(10);
  return result;
}

/** Replaces the character at 0-based index `i`. */
function substitute(code: string, i: number, c: string): string {
  return code.slice(0, i) + c + code.slice(i + 1);
}

describe('USCC check arithmetic', () => {
  it('uses weights 3^(i-1) mod 31', () => {
    expect(USCC_WEIGHTS).toEqual(Array.from({ length: 17 }, (_, i) => Number(3n ** BigInt(i) % 31n)));
  });

  it('verifies 91350100M000100Y43 by explicit computation', () => {
    // GB 11714 over "M000100Y": M=22, Y=34 → 22·3 + 1·5 + 34·2 = 139; 139 mod 11 = 7; 11 − 7 = 4.
    expect(computeOrgCodeCheck('M000100Y')).toBe('4');
    // USCC: Σ(value × weight) over the first 17 characters, values = index in the charset.
    const first17 = '91350100M000100Y4';
    const sum = [...first17].reduce((s, c, i) => s + USCC_CHARSET.indexOf(c) * (3 ** i % 31), 0);
    expect(USCC_CHARSET[(31 - (sum % 31)) % 31]).toBe('3');
    expect(computeUsccCheck(first17)).toBe('3');
    expect(validateUscc('91350100M000100Y43')).toEqual({ ok: true });
  });

  it('maps GB 11714 remainders: 11 − Σ mod 11, 10 → X, 11 → 0', () => {
    expect(computeOrgCodeCheck('00000000')).toBe('0'); // Σ = 0 → 11 → '0'
    expect(computeOrgCodeCheck('00000006')).toBe('X'); // Σ = 6·2 = 12 ≡ 1 → 10 → 'X'
    expect(computeOrgCodeCheck('00000100')).toBe('3'); // Σ = 1·8 = 8 → 3
    expect(computeOrgCodeCheck('0000000A')).toBe('2'); // A = 10: Σ = 20 ≡ 9 → 2
    expect(computeOrgCodeCheck('J0000000')).toBe('9'); // J = 19 (A–Z as 10–35, not the USCC index 18): 57 ≡ 2 → 9
  });

  it('throws on malformed input to the check functions', () => {
    expect(() => computeUsccCheck('91350100M000100Y')).toThrow(RangeError);
    expect(() => computeUsccCheck('91350100M000100I4')).toThrow(RangeError);
    expect(() => computeOrgCodeCheck('M000100')).toThrow(RangeError);
    expect(() => computeIdCardCheck('1101051949123100X')).toThrow(RangeError);
  });
});

describe('validateUscc rejections', () => {
  const OTHERS = '（统一社会信用代码不使用 I、O、S、V、Z）';
  const MARKET = '（市场监管（工商））';
  it.each([
    ['', 'empty', '统一社会信用代码为空', undefined],
    ['   ', 'empty', '统一社会信用代码为空', undefined],
    ['91350100M000100Y4', 'length', '长度应为 18 位，实际 17 位', undefined],
    ['91350100M000100Y433', 'length', '长度应为 18 位，实际 19 位', undefined],
    ['91I50100M000100Y43', 'charset', `第 3 位含非法字符 "I"${OTHERS}`, 3],
    ['91350100M000100Y4#', 'charset', '第 18 位含非法字符 "#"', 18],
    ['B1350100M000100Y43', 'kind', '第 1 位登记管理部门代码 "B" 不存在', 1],
    ['94350100M000100Y43', 'kind', `第 2 位机构类别代码 "4" 不属于登记管理部门 "9"${MARKET}`, 2],
    ['99350100M000100Y43', 'kind', `第 2 位机构类别代码 "9" 不属于登记管理部门 "9"${MARKET}`, 2],
    ['Y2350100M000100Y43', 'kind', '第 2 位机构类别代码 "2" 不属于登记管理部门 "Y"（其他）', 2],
    ['9135A100M000100Y43', 'region', '第 3–8 位行政区划码应为 6 位数字，实际为 "35A100"', 5],
    ['91990100M000100Y43', 'region', '第 3–8 位行政区划码 "990100" 的省级代码 "99" 不存在', 3],
    ['91350100M000100Y53', 'orgCheck', '第 17 位组织机构代码校验码应为 4，实际为 5', 17],
    ['91350100M000100Y44', 'check', '第 18 位校验码应为 3，实际为 4', 18],
  ])('%j → %s', (input, reason, zh, position) => {
    expect(rejected(validateUscc(input), reason, zh).position).toBe(position);
  });

  it('gives English messages as concrete as the Chinese ones', () => {
    const en = (code: string) => (validateUscc(code) as { message: { en: string } }).message.en;
    expect(en('91350100M000100Y4')).toBe('must be 18 characters long, got 17');
    expect(en('91350100M000100Y53')).toBe(
      'position 17: organisation-code check character should be 4, got 5',
    );
    expect(en('91350100M000100Y44')).toBe('position 18: check character should be 3, got 4');
  });

  it('accepts national-level region 100000', () => {
    const first17 = `11100000${'00000001'}${computeOrgCodeCheck('00000001')}`;
    expect(validateUscc(first17 + computeUsccCheck(first17))).toEqual({ ok: true });
  });
});

describe('USCC properties', () => {
  it('every generated code validates', () => {
    fc.assert(
      fc.property(usccArb, ({ code }) => {
        expect(validateUscc(code)).toEqual({ ok: true });
      }),
    );
  });

  it('generated codes exercise org-code checks X and 0, and both validate', () => {
    const rng = createRng(7);
    const seen = new Set<string>();
    for (let i = 0; i < 2000 && seen.size < 11; i++)
      seen.add(generateUscc(rng, { regionCode: '150102' }).charAt(16));
    expect(seen.has('X')).toBe(true);
    expect(seen.has('0')).toBe(true);
  });

  it('any single substitution by another charset character is rejected', () => {
    fc.assert(
      fc.property(usccArb, fc.nat(17), fc.nat(30), ({ code }, i, k) => {
        const original = code.charAt(i);
        const replacement = USCC_CHARSET.charAt((USCC_CHARSET.indexOf(original) + 1 + (k % 30)) % 31);
        expect(replacement).not.toBe(original);
        const result = validateUscc(substitute(code, i, replacement));
        expect(result.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('a substitution in position 18 is reported as the check character', () => {
    fc.assert(
      fc.property(usccArb, fc.constantFrom(...USCC_CHARSET), ({ code }, c) => {
        fc.pre(c !== code.charAt(17));
        expect(validateUscc(substitute(code, 17, c))).toMatchObject({ ok: false, reason: 'check' });
      }),
    );
  });

  it('normalises case and surrounding whitespace', () => {
    fc.assert(
      fc.property(usccArb, fc.constantFrom('', ' ', '\t', ' \n'), ({ code }, pad) => {
        const messy = `${pad}${code.toLowerCase()}${pad}`;
        expect(normalizeUscc(messy)).toBe(code);
        expect(validateUscc(messy)).toEqual({ ok: true });
        expect(describeUscc(messy)).toEqual(describeUscc(code));
      }),
    );
  });

  it('describe round-trips the generator options', () => {
    fc.assert(
      fc.property(usccArb, ({ code, regionCode, authority, kind }) => {
        const d = describeUscc(code);
        expect(d).not.toBeNull();
        expect(d?.authority.code).toBe(authority);
        expect(d?.kind.code).toBe(authority + kind);
        expect(d?.kind.zh).toBe(USCC_AUTHORITIES[authority]?.kinds[kind]?.zh);
        expect(d?.regionCode).toBe(regionCode);
        expect(d?.orgCode).toBe(code.slice(8, 17));
      }),
    );
  });

  it('describes the known example and refuses invalid codes', () => {
    const d = describeUscc('91350100M000100Y43');
    expect(d?.authority.en).toBe('Market regulation (formerly industry and commerce)');
    expect(d).toMatchObject({
      code: '91350100M000100Y43',
      authority: { code: '9', zh: '市场监管（工商）' },
      kind: { code: '91', zh: '企业', en: 'Enterprise' },
      regionCode: '350100',
      orgCode: 'M000100Y4',
    });
    expect(describeUscc('91350100M000100Y44')).toBeNull();
  });

  it('generateUscc refuses unknown kinds and regions', () => {
    expect(() => generateUscc(createRng(1), { regionCode: '150102', authority: '9', kind: '9' })).toThrow(
      RangeError,
    );
    expect(() => generateUscc(createRng(1), { regionCode: '990100' })).toThrow(RangeError);
  });
});

describe('validateIdCard', () => {
  it('accepts the GB 11643 example 11010519491231002X and describes it', () => {
    expect(computeIdCardCheck('11010519491231002')).toBe('X');
    expect(validateIdCard('11010519491231002X', { now: NOW })).toEqual({ ok: true });
    expect(describeIdCard('11010519491231002x', { now: NOW })).toEqual({
      code: '11010519491231002X',
      regionCode: '110105',
      provinceCode: '11',
      birthDate: '1949-12-31',
      sex: 'female',
      sexLabel: { zh: '女', en: 'female' },
    });
  });

  it.each([
    [' ', 'empty', '身份证号码为空', undefined],
    ['11010519491231002', 'length', '长度应为 18 位，实际 17 位', undefined],
    [
      '110105491231002',
      'length',
      '长度应为 18 位，实际 15 位（15 位为已停止使用的第一代身份证号码）',
      undefined,
    ],
    ['1101X519491231002X', 'charset', '第 5 位含非法字符 "X"（应为数字）', 5],
    ['11010519491231002Y', 'charset', '第 18 位含非法字符 "Y"（应为数字或 X）', 18],
    ['99010519491231002X', 'region', '第 1–6 位地址码 "990105" 的省级代码 "99" 不存在', 1],
    ['11010519490229002X', 'birthdate', '第 7–14 位出生日期 "19490229" 不是有效日期', 7],
    ['11010518991231002X', 'birthdate', '出生日期 1899-12-31 早于 1900-01-01', 7],
    ['11010520260302002X', 'birthdate', '出生日期 2026-03-02 晚于今天 2026-03-01', 7],
    ['110105194912310021', 'check', '第 18 位校验码应为 X，实际为 1', 18],
  ])('%j → %s', (input, reason, zh, position) => {
    expect(rejected(validateIdCard(input, { now: NOW }), reason, zh).position).toBe(position);
  });

  it('gives a concrete English message for a wrong check character', () => {
    const r = validateIdCard('110105194912310021', { now: NOW });
    expect(r.ok ? '' : r.message.en).toBe('position 18: check character should be X, got 1');
  });

  it('reads "today" in China time (UTC+8)', () => {
    const first17 = '15010220240602001';
    const code = first17 + computeIdCardCheck(first17);
    expect(validateIdCard(code, { now: new Date('2024-06-01T16:30:00Z') })).toEqual({ ok: true });
    expect(validateIdCard(code, { now: new Date('2024-06-01T15:59:00Z') })).toMatchObject({
      reason: 'birthdate',
    });
  });

  it('accepts 29 February in a leap year only', () => {
    const leap = '15010220000229001';
    expect(validateIdCard(leap + computeIdCardCheck(leap), { now: NOW })).toEqual({ ok: true });
    const notLeap = '15010219000229001';
    expect(validateIdCard(notLeap + computeIdCardCheck(notLeap), { now: NOW })).toMatchObject({
      reason: 'birthdate',
    });
  });
});

describe('ID card properties', () => {
  it('every generated number validates and describes back', () => {
    fc.assert(
      fc.property(idArb, ({ code, regionCode, sex }) => {
        expect(validateIdCard(code, { now: NOW })).toEqual({ ok: true });
        const d = describeIdCard(code.toLowerCase(), { now: NOW });
        expect(d?.regionCode).toBe(regionCode);
        expect(d?.sex).toBe(sex);
        expect(d && d.birthDate >= '1900-01-01' && d.birthDate <= '2026-02-28').toBe(true);
      }),
    );
  });

  it('any single substitution by another charset character is rejected', () => {
    fc.assert(
      fc.property(idArb, fc.nat(17), fc.nat(9), ({ code }, i, k) => {
        const original = code.charAt(i);
        const replacement = ID_CARD_CHARSET.charAt((ID_CARD_CHARSET.indexOf(original) + 1 + k) % 11);
        expect(replacement).not.toBe(original);
        expect(validateIdCard(substitute(code, i, replacement), { now: NOW }).ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps the birth date inside the requested range', () => {
    fc.assert(
      fc.property(seedArb, (seed) => {
        const code = generateIdCard(createRng(seed), {
          regionCode: '150105',
          birthFrom: '2000-02-28',
          birthTo: '2000-03-01',
        });
        expect(['20000228', '20000229', '20000301']).toContain(code.slice(6, 14));
      }),
    );
  });

  it('generateIdCard refuses bad options', () => {
    const rng = createRng(1);
    expect(() => generateIdCard(rng, { regionCode: '990100' })).toThrow(RangeError);
    expect(() => generateIdCard(rng, { regionCode: '150102', birthFrom: '2001-02-29' })).toThrow(RangeError);
    expect(() => generateIdCard(rng, { regionCode: '150102', birthFrom: '1899-12-31' })).toThrow(RangeError);
    expect(() =>
      generateIdCard(rng, { regionCode: '150102', birthFrom: '2001-01-02', birthTo: '2001-01-01' }),
    ).toThrow(RangeError);
  });
});

describe('masking', () => {
  it('masks ID numbers keeping the first 6 and last 4', () => {
    expect(maskIdCard('15010219900101123x')).toBe('150102********123X');
    expect(maskIdCard('1234567890')).toBe('**********');
  });
  it('masks phone numbers', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
    expect(maskPhone('+86 138-1234-5678')).toBe('138****5678');
    expect(maskPhone('0471-6512345')).toBe('047****2345');
    expect(maskPhone('12345')).toBe('*****');
  });
});

describe('createRng', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(Array.from({ length: 1000 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(new Set(xs).size).toBeGreaterThan(990);
    expect(createRng(43)()).not.toBe(createRng(42)());
  });
  it('makes the same demo data from the same seed', () => {
    expect(generateUscc(createRng(2026), { regionCode: '150100' })).toBe(
      generateUscc(createRng(2026), { regionCode: '150100' }),
    );
    expect(generateIdCard(createRng(2026), { regionCode: '150102' })).toBe(
      generateIdCard(createRng(2026), { regionCode: '150102' }),
    );
  });
});

describe('regions', () => {
  it('lists the demo city and its county-level units', () => {
    expect(findRegion('150100')?.name).toBe('呼和浩特市');
    const xincheng = { name: '新城区', nameEn: 'Xincheng District', level: 'district' };
    expect(findRegion('150102')).toMatchObject(xincheng);
    expect(findRegion('150121')?.level).toBe('banner');
    expect(findRegion('150172')?.level).toBe('devzone');
    expect(isKnownRegion('150125')).toBe(true);
    expect(isKnownRegion('150101')).toBe(false);
    expect(isKnownRegion(HORINGER_NEW_AREA_KEY)).toBe(false);
  });
  it('gives 和林格尔新区 no GB/T 2260 code, inside 和林格尔县', () => {
    const area = findRegionByKey(HORINGER_NEW_AREA_KEY);
    expect(area).toMatchObject({ code: null, parent: '150123', level: 'devzone', name: '和林格尔新区' });
  });
  it('is consistent: unique keys, known parents, codes nested under their parent', () => {
    const keys = HOHHOT_REGIONS.map((r) => r.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const r of HOHHOT_REGIONS) {
      if (r.code) expect(r.key).toBe(r.code);
      if (r.parent === null) continue;
      expect(isKnownRegion(r.parent)).toBe(true);
      const shared = r.parent.endsWith('0000') ? 2 : 4; // a province's children share 2 digits, a city's 4
      if (r.code) expect(r.code.slice(0, shared)).toBe(r.parent.slice(0, shared));
    }
  });
});
