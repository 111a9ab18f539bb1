// 行政区划代码 (GB/T 2260): 6 digits = province (2) + prefecture (2) + county (2).
// Only the demo city 呼和浩特市 (Hohhot) and its province are listed here; the province-code table below is national.

export type RegionLevel = 'province' | 'prefecture' | 'district' | 'county' | 'banner' | 'devzone';

export type Region = {
  /** GB/T 2260 code, or null for a unit that has none of its own (see 和林格尔新区 below). */
  readonly code: string | null;
  /** Stable key for every entry: the code when there is one, otherwise an `internal:` key. */
  readonly key: string;
  /** Official Chinese name. */
  readonly name: string;
  /** English name: pinyin for Han names, the established romanisation for Mongolian-origin names. */
  readonly nameEn: string;
  readonly level: RegionLevel;
  /** Code of the enclosing unit; null for the province. */
  readonly parent: string | null;
};

/** The demo city: 呼和浩特市, capital of 内蒙古自治区. */
export const DEMO_CITY_CODE = '150100';

/**
 * Key of 和林格尔新区 (Horinger New Area). It is a development zone inside 和林格尔县 (150123) and has NO GB/T 2260
 * code of its own, so its `code` is null; refer to it by this internal key, never as a district code.
 */
export const HORINGER_NEW_AREA_KEY = 'internal:horinger-new-area';

export const HOHHOT_REGIONS: readonly Region[] = [
  {
    code: '150000',
    key: '150000',
    name: '内蒙古自治区',
    nameEn: 'Inner Mongolia Autonomous Region',
    level: 'province',
    parent: null,
  },
  {
    code: '150100',
    key: '150100',
    name: '呼和浩特市',
    nameEn: 'Hohhot',
    level: 'prefecture',
    parent: '150000',
  },
  // 市辖区 (urban districts)
  {
    code: '150102',
    key: '150102',
    name: '新城区',
    nameEn: 'Xincheng District',
    level: 'district',
    parent: '150100',
  },
  {
    code: '150103',
    key: '150103',
    name: '回民区',
    nameEn: 'Huimin District',
    level: 'district',
    parent: '150100',
  },
  {
    code: '150104',
    key: '150104',
    name: '玉泉区',
    nameEn: 'Yuquan District',
    level: 'district',
    parent: '150100',
  },
  {
    code: '150105',
    key: '150105',
    name: '赛罕区',
    nameEn: 'Saihan District',
    level: 'district',
    parent: '150100',
  },
  // 旗县 (banner and counties); 土默特 Tumed, 托克托 Togtoh, 和林格尔 Horinger are Mongolian-origin names
  // (pinyin Tǔmòtè Zuǒqí, Tuōkètuō, Hélíngé'ěr).
  {
    code: '150121',
    key: '150121',
    name: '土默特左旗',
    nameEn: 'Tumed Left Banner',
    level: 'banner',
    parent: '150100',
  },
  {
    code: '150122',
    key: '150122',
    name: '托克托县',
    nameEn: 'Togtoh County',
    level: 'county',
    parent: '150100',
  },
  {
    code: '150123',
    key: '150123',
    name: '和林格尔县',
    nameEn: 'Horinger County',
    level: 'county',
    parent: '150100',
  },
  {
    code: '150124',
    key: '150124',
    name: '清水河县',
    nameEn: 'Qingshuihe County',
    level: 'county',
    parent: '150100',
  },
  {
    code: '150125',
    key: '150125',
    name: '武川县',
    nameEn: 'Wuchuan County',
    level: 'county',
    parent: '150100',
  },
  // 开发区: 150172 is the code the statistical division list (统计用区划代码, which extends GB/T 2260 with
  // 7x codes for functional zones) gives the zone; it is not a county-level administrative division.
  {
    code: '150172',
    key: '150172',
    name: '呼和浩特经济技术开发区',
    nameEn: 'Hohhot Economic and Technological Development Zone',
    level: 'devzone',
    parent: '150100',
  },
  // 和林格尔新区: no GB/T 2260 code (see HORINGER_NEW_AREA_KEY); lies inside 和林格尔县.
  {
    code: null,
    key: HORINGER_NEW_AREA_KEY,
    name: '和林格尔新区',
    nameEn: 'Horinger New Area',
    level: 'devzone',
    parent: '150123',
  },
];

const BY_CODE: ReadonlyMap<string, Region> = new Map(
  HOHHOT_REGIONS.flatMap((r) => (r.code === null ? [] : [[r.code, r] as const])),
);
const BY_KEY: ReadonlyMap<string, Region> = new Map(HOHHOT_REGIONS.map((r) => [r.key, r] as const));

/** True when `code` is a GB/T 2260 code of a unit listed above (the internal key of 和林格尔新区 is not a code). */
export function isKnownRegion(code: string): boolean {
  return BY_CODE.has(code);
}

/** The listed unit with this GB/T 2260 code. */
export function findRegion(code: string): Region | undefined {
  return BY_CODE.get(code);
}

/** The listed unit with this key (a code, or an `internal:` key). */
export function findRegionByKey(key: string): Region | undefined {
  return BY_KEY.get(key);
}

/**
 * Province-level codes (first 2 digits of a GB/T 2260 code): 11–15 华北, 21–23 东北, 31–37 华东, 41–46 中南,
 * 50–54 西南, 61–65 西北, 71 台湾, 81 香港, 82 澳门.
 */
export const PROVINCE_CODES: readonly string[] = [
  '11',
  '12',
  '13',
  '14',
  '15',
  '21',
  '22',
  '23',
  '31',
  '32',
  '33',
  '34',
  '35',
  '36',
  '37',
  '41',
  '42',
  '43',
  '44',
  '45',
  '46',
  '50',
  '51',
  '52',
  '53',
  '54',
  '61',
  '62',
  '63',
  '64',
  '65',
  '71',
  '81',
  '82',
];

const PROVINCES: ReadonlySet<string> = new Set(PROVINCE_CODES);

/** True when the 2-character string is a province-level code. */
export function isProvinceCode(prefix: string): boolean {
  return PROVINCES.has(prefix);
}

/** 6 digits whose first two are a province-level code. Says nothing about whether the county exists. */
export function isPlausibleDistrictCode(code: string): boolean {
  return /^\d{6}$/.test(code) && isProvinceCode(code.slice(0, 2));
}
