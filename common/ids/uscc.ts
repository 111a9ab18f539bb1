// 统一社会信用代码 (Unified Social Credit Identifier, USCC), GB 32100-2015. 18 characters:
//   1      登记管理部门代码 registration authority
//   2      机构类别代码 kind of organisation (meaning depends on position 1)
//   3–8    登记管理机关行政区划码 GB/T 2260 district code of the registering office
//   9–17   主体标识码 (组织机构代码) organisation code, GB 11714: 8-character body + its own check character
//   18     校验码 check character (ISO 7064 MOD 31-3 style, weights 3^(i−1) mod 31)
import type { Bilingual, IdCheck } from './types.ts';
import { codePoints, own, reject } from './internal.ts';
import { isProvinceCode } from './regions.ts';

/** Characters a USCC may use: digits and upper-case letters except I, O, S, V, Z. Index = numeric value. */
export const USCC_CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';

/** Weights for positions 1–17: 3^(i−1) mod 31. */
export const USCC_WEIGHTS: readonly number[] = [
  1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28,
];

/** GB 11714 weights over the 8-character organisation-code body. */
export const ORG_CODE_WEIGHTS: readonly number[] = [3, 7, 9, 10, 5, 8, 4, 2];

/** Letters the USCC charset leaves out (they look like 1, 0, 5, U, 2). */
const EXCLUDED_LETTERS = 'IOSVZ';

export type UsccAuthorityEntry = {
  readonly label: Bilingual;
  readonly kinds: Readonly<Record<string, Bilingual>>;
};

const OTHER: Bilingual = { zh: '其他', en: 'Other' };

/**
 * 登记管理部门 (position 1) and, per authority, 机构类别 (position 2): GB 32100-2015 Table 1 with amendment No. 1
 * (XG1-2016) and the authority codes assigned since. A pair not listed here is rejected ('kind').
 */
export const USCC_AUTHORITIES: Readonly<Record<string, UsccAuthorityEntry>> = {
  '1': {
    label: { zh: '机构编制', en: 'Institutional staffing (bianzhi) authority' },
    kinds: {
      '1': { zh: '机关', en: 'Government body' },
      '2': { zh: '事业单位', en: 'Public institution' },
      '3': {
        zh: '中央编办直接管理机构编制的群众团体',
        en: 'Mass organisation staffed directly by the central staffing office',
      },
      '9': OTHER,
    },
  },
  '2': {
    label: { zh: '外交', en: 'Foreign affairs' },
    kinds: {
      '1': { zh: '外国常驻新闻机构', en: 'Resident office of a foreign news organisation' },
      '9': OTHER,
    },
  },
  '3': {
    label: { zh: '司法行政', en: 'Judicial administration' },
    kinds: {
      '1': { zh: '律师执业机构', en: 'Law firm' },
      '2': { zh: '公证处', en: 'Notary office' },
      '3': { zh: '基层法律服务所', en: 'Grassroots legal service office' },
      '4': { zh: '司法鉴定机构', en: 'Forensic appraisal institution' },
      '5': { zh: '仲裁委员会', en: 'Arbitration commission' },
      '9': OTHER,
    },
  },
  '4': {
    label: { zh: '文化', en: 'Culture' },
    kinds: { '1': { zh: '外国在华文化中心', en: 'Foreign cultural centre in China' }, '9': OTHER },
  },
  '5': {
    label: { zh: '民政', en: 'Civil affairs' },
    kinds: {
      '1': { zh: '社会团体', en: 'Social organisation' },
      '2': { zh: '民办非企业单位', en: 'Private non-enterprise unit' },
      '3': { zh: '基金会', en: 'Foundation' },
      '9': OTHER,
    },
  },
  '6': {
    label: { zh: '旅游', en: 'Tourism' },
    kinds: {
      '1': { zh: '外国旅游部门常驻代表机构', en: 'Resident office of a foreign tourism authority' },
      '2': {
        zh: '港澳台地区旅游部门常驻内地（大陆）代表机构',
        en: 'Mainland office of a Hong Kong, Macao or Taiwan tourism authority',
      },
      '9': OTHER,
    },
  },
  '7': {
    label: { zh: '宗教', en: 'Religious affairs' },
    kinds: {
      '1': { zh: '宗教活动场所', en: 'Venue for religious activities' },
      '2': { zh: '宗教院校', en: 'Religious school' },
      '9': OTHER,
    },
  },
  '8': {
    label: { zh: '工会', en: 'Trade unions' },
    kinds: { '1': { zh: '基层工会', en: 'Grassroots trade union' }, '9': OTHER },
  },
  '9': {
    label: { zh: '市场监管（工商）', en: 'Market regulation (formerly industry and commerce)' },
    kinds: {
      '1': { zh: '企业', en: 'Enterprise' },
      '2': { zh: '个体工商户', en: 'Individual business' },
      '3': { zh: '农民专业合作社', en: "Farmers' specialised cooperative" },
    },
  },
  A: {
    label: {
      zh: '中央军委改革和编制办公室',
      en: 'Reform and Organisation Office of the Central Military Commission',
    },
    kinds: { '1': { zh: '军队事业单位', en: 'Military public institution' }, '9': OTHER },
  },
  N: {
    label: { zh: '农业', en: 'Agriculture (rural collective economic organisations)' },
    kinds: {
      '1': { zh: '组级集体经济组织', en: 'Group-level collective economic organisation' },
      '2': { zh: '村级集体经济组织', en: 'Village-level collective economic organisation' },
      '3': { zh: '乡镇级集体经济组织', en: 'Township-level collective economic organisation' },
      '9': OTHER,
    },
  },
  Y: {
    label: { zh: '其他', en: 'Other' },
    kinds: { '1': OTHER },
  },
};

/** Trim and upper-case, so "  91350100m000100y43 " is read as "91350100M000100Y43". */
export function normalizeUscc(code: string): string {
  return code.trim().toUpperCase();
}

/** GB 11714 value of an organisation-code character: digits 0–9, letters A–Z 10–35; -1 otherwise. */
function orgCharValue(c: string): number {
  if (c.length !== 1) return -1;
  const n = c.charCodeAt(0);
  if (n >= 48 && n <= 57) return n - 48;
  if (n >= 65 && n <= 90) return n - 55;
  return -1;
}

/**
 * GB 11714 check character for an 8-character organisation-code body (digits and A–Z):
 * c = 11 − Σ(value × weight) mod 11; 10 → 'X', 11 → '0'. Throws RangeError on a malformed body.
 */
export function computeOrgCodeCheck(first8: string): string {
  if (!/^[0-9A-Z]{8}$/.test(first8)) {
    throw new RangeError(`organisation-code body must be 8 characters of 0-9/A-Z, got "${first8}"`);
  }
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += orgCharValue(first8.charAt(i)) * (ORG_CODE_WEIGHTS[i] ?? 0);
  const c = 11 - (sum % 11);
  return c === 10 ? 'X' : c === 11 ? '0' : String(c);
}

/**
 * USCC check character (position 18) for the first 17 characters:
 * charset[(31 − Σ(value × 3^(i−1) mod 31) mod 31) mod 31]. Throws RangeError on malformed input.
 */
export function computeUsccCheck(first17: string): string {
  if (first17.length !== 17) throw new RangeError(`expected 17 characters, got ${first17.length}`);
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = USCC_CHARSET.indexOf(first17.charAt(i));
    if (v < 0)
      throw new RangeError(
        `character "${first17.charAt(i)}" at position ${i + 1} is not in the USCC charset`,
      );
    sum += v * (USCC_WEIGHTS[i] ?? 0);
  }
  return USCC_CHARSET.charAt((31 - (sum % 31)) % 31);
}

/**
 * A registering office's region code (positions 3–8): 6 digits whose first two name a province, or 100000 (中华人民
 * 共和国, used for bodies registered at national level).
 */
function isUsccRegion(code: string): boolean {
  return /^\d{6}$/.test(code) && (code === '100000' || isProvinceCode(code.slice(0, 2)));
}

/** Validates a USCC (after trim + upper-case). Checks, in order: empty, length, charset, kind, region, orgCheck, check. */
export function validateUscc(code: string): IdCheck {
  const s = normalizeUscc(code);
  const chars = codePoints(s);
  if (chars.length === 0)
    return reject('empty', '统一社会信用代码为空', 'the unified social credit code is empty');
  if (chars.length !== 18) {
    return reject(
      'length',
      `长度应为 18 位，实际 ${chars.length} 位`,
      `must be 18 characters long, got ${chars.length}`,
    );
  }
  for (let i = 0; i < 18; i++) {
    const c = chars[i] ?? '';
    if (!USCC_CHARSET.includes(c)) {
      const excluded = EXCLUDED_LETTERS.includes(c);
      return reject(
        'charset',
        `第 ${i + 1} 位含非法字符 "${c}"${excluded ? '（统一社会信用代码不使用 I、O、S、V、Z）' : ''}`,
        `position ${i + 1} has illegal character "${c}"${excluded ? ' (the code never uses I, O, S, V or Z)' : ''}`,
        i + 1,
      );
    }
  }
  const authorityCode = s.charAt(0);
  const authority = own(USCC_AUTHORITIES, authorityCode);
  if (!authority) {
    return reject(
      'kind',
      `第 1 位登记管理部门代码 "${authorityCode}" 不存在`,
      `position 1: registration authority code "${authorityCode}" does not exist`,
      1,
    );
  }
  const kindCode = s.charAt(1);
  if (!own(authority.kinds, kindCode)) {
    return reject(
      'kind',
      `第 2 位机构类别代码 "${kindCode}" 不属于登记管理部门 "${authorityCode}"（${authority.label.zh}）`,
      `position 2: kind code "${kindCode}" is not defined for registration authority "${authorityCode}" (${authority.label.en})`,
      2,
    );
  }
  const region = s.slice(2, 8);
  if (!isUsccRegion(region)) {
    const bad = /^\d{6}$/.test(region) ? 0 : region.search(/\D/);
    return reject(
      'region',
      bad === 0
        ? `第 3–8 位行政区划码 "${region}" 的省级代码 "${region.slice(0, 2)}" 不存在`
        : `第 3–8 位行政区划码应为 6 位数字，实际为 "${region}"`,
      bad === 0
        ? `positions 3–8: district code "${region}" has no province "${region.slice(0, 2)}"`
        : `positions 3–8: district code must be 6 digits, got "${region}"`,
      3 + bad,
    );
  }
  const orgExpected = computeOrgCodeCheck(s.slice(8, 16));
  const orgActual = s.charAt(16);
  if (orgActual !== orgExpected) {
    return reject(
      'orgCheck',
      `第 17 位组织机构代码校验码应为 ${orgExpected}，实际为 ${orgActual}`,
      `position 17: organisation-code check character should be ${orgExpected}, got ${orgActual}`,
      17,
    );
  }
  const expected = computeUsccCheck(s.slice(0, 17));
  const actual = s.charAt(17);
  if (actual !== expected) {
    return reject(
      'check',
      `第 18 位校验码应为 ${expected}，实际为 ${actual}`,
      `position 18: check character should be ${expected}, got ${actual}`,
      18,
    );
  }
  return { ok: true };
}

export type UsccDescription = {
  /** The normalised code. */
  code: string;
  /** 登记管理部门 (position 1). */
  authority: { code: string } & Bilingual;
  /** 机构类别: `code` is positions 1–2 together, e.g. '91' 企业. */
  kind: { code: string } & Bilingual;
  /** 登记管理机关行政区划码 (positions 3–8). */
  regionCode: string;
  /** 组织机构代码 (positions 9–17), 9 characters; conventionally printed as XXXXXXXX-X. */
  orgCode: string;
};

/** Parts of a valid USCC with their labels; null when `validateUscc` rejects it. */
export function describeUscc(code: string): UsccDescription | null {
  if (!validateUscc(code).ok) return null;
  const s = normalizeUscc(code);
  const authority = own(USCC_AUTHORITIES, s.charAt(0));
  const kind = authority ? own(authority.kinds, s.charAt(1)) : undefined;
  if (!authority || !kind) return null; // unreachable: validation checked both
  return {
    code: s,
    authority: { code: s.charAt(0), ...authority.label },
    kind: { code: s.slice(0, 2), ...kind },
    regionCode: s.slice(2, 8),
    orgCode: s.slice(8, 17),
  };
}
