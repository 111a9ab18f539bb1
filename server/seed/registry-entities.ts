// The demo city's market entities, one after another from a seed: the same seed gives the same
// entities in the same order whatever the count, so the small city is the start of the big one.
// Pure (no I/O): the seed inserts them, the registry benchmark reuses them.
import { createRng, generateUscc, randomInt, type Rng } from '../../common/ids/index.ts';
import type { ENTITY_STATUSES, ENTITY_TAGS } from '../../common/api/registry.ts';
import {
  CAPITAL_STEPS,
  COOP_PRODUCTS,
  DISTRICTS,
  ENTERPRISE_FORMS,
  GIVEN_CHARS,
  LOCAL_TRADE_NAMES,
  MONGOLIAN_NAMES,
  RURAL_DISTRICTS,
  SHOPS,
  SURNAMES,
  TRADE_NAME_CHARS,
  TRADES,
  type District,
} from './registry-words.ts';

export interface GeneratedEntity {
  /** Position in the sequence (stable for a seed). */
  index: number;
  uscc: string;
  name: string;
  kind: 'enterprise' | 'individual' | 'cooperative';
  /** 类型 as the business licence prints it. */
  kindLabel: string;
  legalRepresentative: string;
  registeredCapitalFen: number | null;
  industrySection: string;
  industryClass: string | null;
  address: string;
  districtCode: string;
  establishedOn: string;
  status: (typeof ENTITY_STATUSES)[number];
  tags: (typeof ENTITY_TAGS)[number][];
  /** 经营范围. */
  scope: string;
  /** An individual business's kind of shop (餐馆, 便利店 …). */
  shop: string | null;
}

export const pick = <T>(rng: Rng, list: readonly T[]): T => list[randomInt(rng, list.length)]!;
export function pickWeighted<T extends { weight: number }>(rng: Rng, list: readonly T[]): T {
  const total = list.reduce((s, x) => s + x.weight, 0);
  let r = rng() * total;
  for (const x of list) if ((r -= x.weight) < 0) return x;
  return list[list.length - 1]!;
}

export function personName(rng: Rng): string {
  if (rng() < 0.08) return pick(rng, MONGOLIAN_NAMES);
  const given = pick(rng, GIVEN_CHARS) + (rng() < 0.7 ? pick(rng, GIVEN_CHARS) : '');
  return pick(rng, SURNAMES) + given;
}

const DAY = 86_400_000;
const dayNumber = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / DAY;
export const isoOfDay = (day: number) => new Date(day * DAY).toISOString().slice(0, 10);

/** A date in [from, to]; `skew` < 1 favours recent dates (more entities are registered every year). */
export function dateBetween(rng: Rng, from: string, to: string, skew = 1): string {
  const a = dayNumber(from);
  const b = dayNumber(to);
  return isoOfDay(a + Math.floor(Math.pow(rng(), skew) * (b - a + 1)));
}

function tradeName(rng: Rng): string {
  if (rng() < 0.12) return pick(rng, LOCAL_TRADE_NAMES) + (rng() < 0.5 ? pick(rng, TRADE_NAME_CHARS) : '');
  const a = pick(rng, TRADE_NAME_CHARS);
  let b = pick(rng, TRADE_NAME_CHARS);
  if (b === a) b = pick(rng, TRADE_NAME_CHARS);
  return a + b + (rng() < 0.08 ? pick(rng, TRADE_NAME_CHARS) : '');
}

function shopTradeName(rng: Rng): string {
  const r = rng();
  if (r < 0.25) return `${pick(rng, SURNAMES)}记`;
  if (r < 0.35) return `老${pick(rng, SURNAMES)}家`;
  if (r < 0.7) return pick(rng, GIVEN_CHARS) + pick(rng, GIVEN_CHARS);
  if (r < 0.85) return pick(rng, LOCAL_TRADE_NAMES);
  return tradeName(rng);
}

const BUILDINGS = ['万达广场', '维多利商厦', '海亮广场', '凯德广场', '金隅时代城', '巨华世纪城', '摩尔城', '民族商场', '总部基地', '创业大厦'];

function address(rng: Rng, d: District): string {
  const base = `${d.prefix}${pick(rng, d.streets)}${1 + randomInt(rng, 480)}号`;
  const r = rng();
  if (r < 0.25) return `${base}${pick(rng, BUILDINGS)}${1 + randomInt(rng, 28)}层${1 + randomInt(rng, 30)}室`;
  if (r < 0.5) return `${base}${1 + randomInt(rng, 20)}号楼${1 + randomInt(rng, 6)}单元${100 * (1 + randomInt(rng, 18)) + 1 + randomInt(rng, 4)}`;
  return base;
}

function statusFor(rng: Rng, establishedOn: string, today: string): GeneratedEntity['status'] {
  const years = (dayNumber(today) - dayNumber(establishedOn)) / 365;
  const r = rng();
  const deregistered = years > 15 ? 0.14 : years > 6 ? 0.06 : 0.015;
  const revoked = years > 15 ? 0.06 : years > 6 ? 0.025 : 0.004;
  if (r < deregistered) return 'deregistered';
  if (r < deregistered + revoked) return 'revoked';
  if (r < deregistered + revoked + 0.008) return 'moved_out';
  if (r < deregistered + revoked + 0.016) return 'suspended';
  return 'active';
}

function tagsFor(rng: Rng, section: string, establishedOn: string, today: string): GeneratedEntity['tags'] {
  const tags: GeneratedEntity['tags'] = [];
  const tech = section === 'C' || section === 'I' || section === 'M';
  if (rng() < (section === 'I' || section === 'M' ? 0.25 : 0.01)) tags.push('new_economy');
  if (tech && rng() < 0.08) tags.push('high_tech');
  if (tech && rng() < 0.03) tags.push('specialised');
  if ((section === 'E' || section === 'D' || section === 'K') && rng() < 0.05) tags.push('key_project');
  if ((section === 'I' || section === 'J' || section === 'L') && rng() < 0.01) tags.push('sandbox');
  if (dayNumber(today) - dayNumber(establishedOn) < 365 && rng() < 0.1) tags.push('newly_signed');
  return tags;
}

/** Named entities the demo accounts and journeys refer to; always first in the sequence. */
export const FEATURED_ENTITIES = [
  { name: '青城乳业有限公司', kind: 'enterprise', legal: '高峰', section: 'C', klass: '1441', district: '150123', street: '盛乐经济园区', wan: 20000, on: '2003-06-18', tags: ['key_project', 'high_tech'] },
  { name: '呼和浩特市敕勒川建设工程有限公司', kind: 'enterprise', legal: '赵建军', section: 'E', klass: '4710', district: '150105', street: '敕勒川大街', wan: 5000, on: '2008-03-12', tags: ['key_project'] },
  { name: '呼和浩特市青城置业有限公司', kind: 'enterprise', legal: '刘志宏', section: 'K', klass: '7010', district: '150102', street: '新华大街', wan: 10000, on: '2012-04-20', tags: [] },
  { name: '内蒙古草原云数据科技有限公司', kind: 'enterprise', legal: '乌云', section: 'I', klass: '6450', district: '150123', street: '盛乐现代服务业集聚区', wan: 10000, on: '2019-09-09', tags: ['new_economy', 'high_tech', 'specialised'] },
  { name: '玉泉区大召烧麦馆', kind: 'individual', legal: '王秀兰', section: 'H', klass: '6210', district: '150104', street: '大召前街', wan: null, on: '1998-05-01', tags: [] },
  { name: '武川县大青山马铃薯种植专业合作社', kind: 'cooperative', legal: '孟和', section: 'A', klass: null, district: '150125', street: '可可以力更镇大青山路', wan: 200, on: '2011-07-15', tags: [] },
] as const;

const KIND_CODE = { enterprise: '1', individual: '2', cooperative: '3' } as const;

export function createEntityGenerator(seed: number, options: { today: string; latest?: string }) {
  const rng = createRng(seed ^ 0x5eed_e171);
  // Dates stop at a fixed day (so a seed gives the same city on any day after it) or today, whichever is earlier.
  const latest = options.latest && options.latest < options.today ? options.latest : options.today;
  const usccs = new Set<string>();
  const names = new Set<string>();
  let index = 0;

  const uniqueUscc = (district: string, kind: GeneratedEntity['kind']) => {
    for (;;) {
      const code = generateUscc(rng, { regionCode: district, authority: '9', kind: KIND_CODE[kind] });
      if (!usccs.has(code)) return usccs.add(code), code;
    }
  };
  const uniqueName = (make: (attempt: number) => string) => {
    let name = make(0);
    for (let attempt = 1; names.has(name) && attempt < 20; attempt++) name = make(attempt);
    names.add(name);
    return name;
  };

  function featured(f: (typeof FEATURED_ENTITIES)[number]): GeneratedEntity {
    const d = DISTRICTS.find((x) => x.code === f.district)!;
    names.add(f.name);
    const trade = TRADES.find((t) => t.section === f.section)!;
    return {
      index: index++,
      uscc: uniqueUscc(f.district, f.kind),
      name: f.name,
      kind: f.kind,
      kindLabel: f.kind === 'enterprise' ? ENTERPRISE_FORMS[0]!.kindLabel : f.kind === 'individual' ? '个体工商户' : '农民专业合作社',
      legalRepresentative: f.legal,
      registeredCapitalFen: f.wan === null ? null : f.wan * 1_000_000,
      industrySection: f.section,
      industryClass: f.klass,
      address: `${d.prefix}${f.street}${18 + (index % 7)}号`,
      districtCode: f.district,
      establishedOn: f.on,
      status: 'active',
      tags: [...f.tags],
      scope: f.kind === 'individual' ? '餐饮服务' : f.kind === 'cooperative' ? '马铃薯种植、收购、销售；农业技术服务' : trade.scope,
      shop: f.kind === 'individual' ? '烧麦馆' : null,
    };
  }

  function next(): GeneratedEntity {
    if (index < FEATURED_ENTITIES.length) return featured(FEATURED_ENTITIES[index]!);
    const r = rng();
    const kind: GeneratedEntity['kind'] = r < 0.58 ? 'enterprise' : r < 0.97 ? 'individual' : 'cooperative';
    const district = kind === 'cooperative' ? pick(rng, RURAL_DISTRICTS) : pickWeighted(rng, DISTRICTS);
    const legalRepresentative = personName(rng);
    let name: string;
    let section: string;
    let klass: string | null;
    let scope: string;
    let shop: string | null = null;
    let kindLabel: string;
    let wan: number | null;
    let establishedOn: string;
    if (kind === 'enterprise') {
      const trade = pickWeighted(rng, TRADES);
      const line = pick(rng, trade.lines);
      const form = pickWeighted(rng, ENTERPRISE_FORMS);
      const word = pick(rng, line.words);
      const style = rng();
      name = uniqueName((attempt) => {
        const brand = tradeName(rng) + (attempt > 10 ? pick(rng, TRADE_NAME_CHARS) : '');
        if (style < 0.55) return `呼和浩特市${brand}${word}${form.suffix}`;
        if (style < 0.7) return `内蒙古${brand}${word}${form.suffix}`;
        if (style < 0.82) return `呼和浩特${brand}${word}${form.suffix}`;
        if (style < 0.92) return `${brand}（呼和浩特）${word}${form.suffix}`;
        return `${brand}${word}${form.suffix}`;
      });
      section = trade.section;
      klass = line.klass;
      scope = trade.scope;
      kindLabel = form.kindLabel;
      const step = pick(rng, CAPITAL_STEPS);
      wan = form.suffix === '股份有限公司' ? Math.max(1000, step) : step;
      establishedOn = dateBetween(rng, '1995-01-01', latest, 0.6);
    } else if (kind === 'individual') {
      const s = pickWeighted(rng, SHOPS);
      shop = s.word;
      name = uniqueName((attempt) => `${district.name}${shopTradeName(rng)}${attempt > 10 ? pick(rng, TRADE_NAME_CHARS) : ''}${s.word}`);
      section = s.section;
      klass = s.klass;
      scope = s.scope;
      kindLabel = '个体工商户';
      wan = rng() < 0.55 ? null : pick(rng, [1, 2, 3, 5, 10, 20, 30, 50]);
      establishedOn = dateBetween(rng, '1999-01-01', latest, 0.45);
    } else {
      const product = pick(rng, COOP_PRODUCTS);
      name = uniqueName(() => `${district.name}${tradeName(rng)}${product.word}专业合作社`);
      section = 'A';
      klass = product.klass;
      scope = `${product.word}；农产品收购、销售；农业技术服务`;
      kindLabel = '农民专业合作社';
      wan = pick(rng, [10, 20, 50, 100, 200, 300, 500]);
      establishedOn = dateBetween(rng, '2007-07-01', latest, 0.8);
    }
    const status = statusFor(rng, establishedOn, latest);
    const tags = kind === 'enterprise' ? tagsFor(rng, section, establishedOn, latest) : [];
    return {
      index: index++,
      uscc: uniqueUscc(district.code, kind),
      name,
      kind,
      kindLabel,
      legalRepresentative,
      registeredCapitalFen: wan === null ? null : wan * 1_000_000,
      industrySection: section,
      industryClass: klass,
      address: address(rng, district),
      districtCode: district.code,
      establishedOn,
      status,
      tags,
      scope,
      shop,
    };
  }

  return { next };
}
