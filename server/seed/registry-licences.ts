// The demo city's licence types and the licences each generated entity or person holds. Pure:
// returns drafts; the seed gives them ids, verification codes and signatures.
import { createRng, randomInt, type Rng } from '../../common/ids/index.ts';
import { industryName } from '../../common/registry/industries.ts';
import type { GeneratedEntity } from './registry-entities.ts';
import { dateBetween, isoOfDay, pick } from './registry-entities.ts';

type Field = { key: string; label: string; type: 'text' | 'date' | 'number' };
const f = (key: string, label: string, type: Field['type'] = 'text'): Field => ({ key, label, type });

export interface LicenceTypeSeed {
  code: string;
  name: string;
  holderKind: 'entity' | 'person';
  /** Issuing department's code (server/seed/departments.ts). */
  department: string;
  validityYears: number | null;
  numberPrefix: string;
  fields: Field[];
}

export const LICENCE_TYPES: LicenceTypeSeed[] = [
  {
    code: 'BUSINESS_LICENCE', name: '营业执照', holderKind: 'entity', department: 'HHHT-SCJG', validityYears: null, numberPrefix: 'YZ',
    fields: [f('uscc', '统一社会信用代码'), f('name', '名称'), f('type', '类型'), f('legalRepresentative', '法定代表人（经营者）'), f('registeredCapital', '注册资本'), f('establishedOn', '成立日期', 'date'), f('address', '住所'), f('businessScope', '经营范围')],
  },
  {
    code: 'FOOD_BUSINESS', name: '食品经营许可证', holderKind: 'entity', department: 'HHHT-SCJG', validityYears: 5, numberPrefix: 'JY',
    fields: [f('name', '经营者名称'), f('legalRepresentative', '法定代表人（负责人）'), f('address', '经营场所'), f('mainBusiness', '主体业态'), f('items', '经营项目')],
  },
  {
    code: 'CONSTRUCTION_PERMIT', name: '建筑工程施工许可证', holderKind: 'entity', department: 'HHHT-ZJ', validityYears: null, numberPrefix: 'SG',
    fields: [f('projectName', '工程名称'), f('projectAddress', '建设地址'), f('scale', '建设规模（平方米）', 'number'), f('contractPrice', '合同价格（万元）', 'number'), f('constructor', '施工单位'), f('plannedStart', '合同开工日期', 'date'), f('plannedEnd', '合同竣工日期', 'date')],
  },
  {
    code: 'PUBLIC_HEALTH', name: '公共场所卫生许可证', holderKind: 'entity', department: 'HHHT-WJ', validityYears: 4, numberPrefix: 'WS',
    fields: [f('name', '单位名称'), f('legalRepresentative', '法定代表人（负责人）'), f('address', '地址'), f('category', '许可项目')],
  },
  {
    code: 'DISCHARGE_PERMIT', name: '排污许可证', holderKind: 'entity', department: 'HHHT-ST', validityYears: 5, numberPrefix: 'PW',
    fields: [f('name', '单位名称'), f('address', '生产经营场所地址'), f('industry', '行业类别'), f('pollutants', '主要污染物类别'), f('management', '管理类别')],
  },
  {
    code: 'ROAD_TRANSPORT', name: '道路运输经营许可证', holderKind: 'entity', department: 'HHHT-JT', validityYears: 4, numberPrefix: 'DY',
    fields: [f('name', '业户名称'), f('address', '地址'), f('scope', '经营范围')],
  },
  {
    code: 'CONSTRUCTOR_CERT', name: '二级建造师注册证书', holderKind: 'person', department: 'HHHT-ZJ', validityYears: 3, numberPrefix: 'JZ',
    fields: [f('name', '姓名'), f('specialty', '注册专业'), f('registrationNo', '注册编号'), f('employer', '聘用企业')],
  },
];

export interface LicenceDraft {
  typeCode: string;
  number: string;
  issuedOn: string;
  validFrom: string;
  validTo: string | null;
  fields: Record<string, string | number | null>;
  revokedAt: Date | null;
  revokedReason: string | null;
}

const validityOf = (code: string) => LICENCE_TYPES.find((t) => t.code === code)!.validityYears;
const prefixOf = (code: string) => LICENCE_TYPES.find((t) => t.code === code)!.numberPrefix;

/** The same day `years` later (29 February → 28 February). */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(4) === '-02-29' ? '-02-28' : iso.slice(4);
  return `${y}${md}`;
}

/** A per-holder stream, so a licence does not depend on which other holders were seeded before it. */
export function holderRng(seed: number, kind: number, index: number): Rng {
  return createRng(Math.imul(seed ^ 0x1ce7ce, 0x9e3779b1) ^ Math.imul(index + 1, 0x85ebca6b) ^ kind);
}

const REVOKE_REASONS = ['经营场所变更未依法申请变更许可，依法撤销', '监督抽检不合格且拒不整改，依法吊销', '以欺骗手段取得许可，依法撤销'];
const wan = (fen: number | null) => (fen === null ? '—' : `${fen / 1_000_000}万元`);

function draft(rng: Rng, code: string, index: number, e: { establishedOn: string }, latest: string, fields: LicenceDraft['fields']): LicenceDraft {
  const years = validityOf(code);
  // Issued within one validity period (plus a few months, so some have lapsed) before the latest day.
  const windowStart = years ? addYears(latest, -years).slice(0, 8) + '01' : e.establishedOn;
  let issuedOn = dateBetween(rng, windowStart < e.establishedOn ? e.establishedOn : windowStart, latest);
  if (years && rng() < 0.07) issuedOn = addYears(issuedOn, -1) < e.establishedOn ? issuedOn : addYears(issuedOn, -1);
  const revoked = years !== null && rng() < 0.008;
  const validTo = years ? isoOfDay(Date.parse(`${addYears(issuedOn, years)}T00:00:00Z`) / 86_400_000 - 1) : null;
  return {
    typeCode: code,
    number: `${prefixOf(code)}${issuedOn.slice(0, 4)}${String(index).padStart(8, '0')}`,
    issuedOn,
    validFrom: issuedOn,
    validTo,
    fields,
    revokedAt: revoked ? new Date(`${dateBetween(rng, issuedOn, latest)}T02:${String(randomInt(rng, 60)).padStart(2, '0')}:00.000Z`) : null,
    revokedReason: revoked ? pick(rng, REVOKE_REASONS) : null,
  };
}

const FOOD_SHOPS = new Set(['便利店', '超市', '粮油店']);
const HEALTH_SHOPS = new Set(['理发店', '美容美发店', '宾馆']);

/** Licences of one entity: a business licence while it exists, and the permits its trade needs. */
export function licencesForEntity(e: GeneratedEntity, rng: Rng, ctx: { latest: string; constructors: string[] }): LicenceDraft[] {
  if (e.status === 'deregistered' || e.status === 'moved_out') return [];
  const out: LicenceDraft[] = [];
  const business = draft(rng, 'BUSINESS_LICENCE', e.index, e, ctx.latest, {
    uscc: e.uscc,
    name: e.name,
    type: e.kindLabel,
    legalRepresentative: e.legalRepresentative,
    registeredCapital: wan(e.registeredCapitalFen),
    establishedOn: e.establishedOn,
    address: e.address,
    businessScope: e.scope,
  });
  business.issuedOn = business.validFrom = e.establishedOn;
  business.number = `${prefixOf('BUSINESS_LICENCE')}${e.establishedOn.slice(0, 4)}${String(e.index).padStart(8, '0')}`;
  if (e.status === 'revoked') {
    business.revokedAt = new Date(`${dateBetween(rng, e.establishedOn, ctx.latest)}T02:00:00.000Z`);
    business.revokedReason = '连续六个月以上未开展经营活动，依法吊销营业执照';
  }
  out.push(business);
  if (e.status !== 'active') return out;

  const base = { name: e.name, legalRepresentative: e.legalRepresentative, address: e.address };
  if (e.industrySection === 'H' || FOOD_SHOPS.has(e.shop ?? '') || (e.kind === 'enterprise' && (e.industryClass === '5212' || e.industryClass === '5221'))) {
    const catering = e.industrySection === 'H';
    out.push(draft(rng, 'FOOD_BUSINESS', e.index, e, ctx.latest, { ...base, mainBusiness: catering ? '餐饮服务经营者' : '食品销售经营者', items: catering ? '热食类食品制售；冷食类食品制售' : '预包装食品（含冷藏冷冻食品）销售；散装食品销售' }));
  }
  if (e.industryClass === '6110' || HEALTH_SHOPS.has(e.shop ?? '')) {
    out.push(draft(rng, 'PUBLIC_HEALTH', e.index, e, ctx.latest, { ...base, category: e.industryClass === '6110' ? '住宿场所' : '美容美发场所' }));
  }
  if (e.kind === 'enterprise' && (e.industrySection === 'C' || e.industryClass === '4411')) {
    const major = ['1441', '2710', '4411', '1351'].includes(e.industryClass ?? '');
    out.push(
      draft(rng, 'DISCHARGE_PERMIT', e.index, e, ctx.latest, {
        name: e.name,
        address: e.address,
        industry: industryName(e.industrySection, e.industryClass) ?? '',
        pollutants: e.industryClass === '4411' ? '废气（颗粒物、二氧化硫、氮氧化物）' : '废水（化学需氧量、氨氮）、废气',
        management: major ? '重点管理' : '简化管理',
      }),
    );
  }
  if (e.industryClass === '5431') {
    out.push(draft(rng, 'ROAD_TRANSPORT', e.index, e, ctx.latest, { name: e.name, address: e.address, scope: '道路普通货物运输' }));
  }
  if (e.kind === 'enterprise' && e.industryClass === '7010' && (e.index < 10 || rng() < 0.6)) {
    const start = dateBetween(rng, e.establishedOn > '2020-01-01' ? e.establishedOn : '2020-01-01', ctx.latest);
    const scale = 5000 + randomInt(rng, 115) * 1000;
    const permit = draft(rng, 'CONSTRUCTION_PERMIT', e.index, e, ctx.latest, {
      projectName: `${e.name.replace(/(有限责任公司|股份有限公司|有限公司)$/, '')}${pick(rng, ['花园', '家园', '府', '广场', '商业中心'])}${1 + randomInt(rng, 9)}#楼`,
      projectAddress: e.address.replace(/\d+号.*$/, `${1 + randomInt(rng, 300)}号`),
      scale,
      contractPrice: Math.round(scale * (0.2 + rng() * 0.15)),
      constructor: ctx.constructors.length ? pick(rng, ctx.constructors) : '呼和浩特市敕勒川建设工程有限公司',
      plannedStart: start,
      plannedEnd: addYears(start, 1 + randomInt(rng, 3)),
    });
    permit.issuedOn = permit.validFrom = start;
    permit.number = `${prefixOf('CONSTRUCTION_PERMIT')}${start.slice(0, 4)}${String(e.index).padStart(8, '0')}`;
    out.push(permit);
  }
  return out;
}

const SPECIALTIES = ['建筑工程', '市政公用工程', '机电工程', '公路工程', '水利水电工程'];

/** 二级建造师注册证书 for a person working for a construction company. */
export function constructorCert(person: { index: number; name: string }, rng: Rng, ctx: { latest: string; constructors: string[] }): LicenceDraft {
  const cert = draft(rng, 'CONSTRUCTOR_CERT', person.index, { establishedOn: '2015-01-01' }, ctx.latest, {
    name: person.name,
    specialty: pick(rng, SPECIALTIES),
    registrationNo: `蒙215${String(10 + randomInt(rng, 16))}${String(person.index).padStart(7, '0')}`,
    employer: ctx.constructors.length ? pick(rng, ctx.constructors) : '呼和浩特市敕勒川建设工程有限公司',
  });
  return cert;
}
