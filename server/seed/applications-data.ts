// What the demo year of applications is made of: how often each item is applied for, the words
// staff write (补正 lists, refusals, suspensions, post-check findings), form answers that satisfy
// each item's schema, and the fields the result licences need that forms do not ask. Pure.
import { formFields } from '../../common/catalog/form-fields.ts';
import { generateIdCard, generateUscc, randomInt, type Rng } from '../../common/ids/index.ts';
import { pick, pickWeighted, personName } from './registry-entities.ts';
import { DISTRICTS, LOCAL_TRADE_NAMES, TRADE_NAME_CHARS } from './registry-words.ts';

/** Relative demand per item name (others 1): the city's everyday business first. */
export const ITEM_WEIGHTS: Record<string, number> = {
  '企业设立登记': 40,
  '个体工商户设立登记': 36,
  '企业变更登记': 24,
  '企业注销登记': 6,
  '企业简易注销登记': 10,
  '个体工商户变更登记': 8,
  '个体工商户注销登记': 6,
  '企业年度报告公示': 14,
  '营业执照遗失补领、换发': 4,
  '食品经营许可': 30,
  '食品经营许可证延续': 10,
  '仅销售预包装食品备案': 12,
  '单位参保登记': 14,
  '职工参保登记': 30,
  '就业登记': 14,
  '失业登记': 8,
  '失业保险金申领': 10,
  '社会保障卡申领': 14,
  '社会保险个人权益记录查询打印': 18,
  '发票领用': 24,
  '增值税一般纳税人登记': 9,
  '个人所得税综合所得年度汇算': 18,
  '代开增值税发票（自然人）': 8,
  '税收完税证明开具': 9,
  '住房公积金提取（租赁住房）': 24,
  '住房公积金提取（偿还住房贷款本息）': 20,
  '住房公积金缴存证明出具': 9,
  '住房公积金单位缴存登记': 7,
  '异地就医备案': 18,
  '职工基本医疗保险参保登记': 11,
  '医保参保凭证打印': 8,
  '居住证办理': 9,
  '无犯罪记录证明开具': 14,
  '机动车驾驶证换证': 9,
  '印章刻制备案': 9,
  '国有建设用地使用权及房屋所有权转移登记（存量房）': 14,
  '抵押权首次登记': 11,
  '抵押权注销登记': 9,
  '不动产登记资料查询': 11,
  '公共场所卫生许可': 8,
  '道路运输经营许可（普通货运）': 4,
  '排污许可证核发': 3,
  '排污许可证变更、延续': 3,
  '建筑工程施工许可证核发': 4,
  '网上中介服务超市中介机构入驻': 3,
  '政务服务帮办代办': 5,
};

/** Relative demand per bundle code; a bundle is about one application in twenty-five. */
export const BUNDLE_WEIGHTS: Record<string, number> = {
  'HHHT-YJS-STARTUP': 10,
  'HHHT-YJS-BIRTH': 5,
  'HHHT-YJS-JOB': 4,
  'HHHT-YJS-RETIRE': 3,
  'HHHT-YJS-PROPERTY': 3,
  'HHHT-YJS-CLOSE': 2,
  'HHHT-YJS-SCHOOL': 2,
  'HHHT-YJS-DEATH': 1,
  'HHHT-YJS-HANDOVER': 1,
};

export const CHANNEL_MIX = [
  { channel: 'online', weight: 55 },
  { channel: 'mobile', weight: 20 },
  { channel: 'window', weight: 15 },
  { channel: 'assisted', weight: 5 },
  { channel: 'crossRegion', weight: 5 },
] as const;

export const WORDS = {
  missing: [
    ['经营场所使用证明（租赁合同）未加盖出租方印章，请补充', '场所平面布局图未标注功能分区'],
    ['法定代表人身份证明复印件不清晰，请重新提供'],
    ['申请书第3页缺少法定代表人签字'],
    ['股东会决议未载明表决情况', '章程修正案与决议内容不一致'],
    ['设备清单与现场情况不符，请补充设备购置发票'],
    ['委托书未注明委托权限和期限'],
  ],
  refuse: ['申请事项不属于本部门职权范围，已告知向区市场监督管理局申请', '申请人不具备申请资格（经营场所位于规划禁止区域）', '申请材料存在虚假内容，依法不予受理', '同一事项已有在办申请，请勿重复提交'],
  reject: ['现场核查经营场所不符合卫生规范要求，依法不予许可', '经审查不符合法定条件（设施设备不满足要求），依法不予许可', '专家评审未通过，依法不予许可', '申请人隐瞒有关情况，依法不予许可'],
  suspend: ['需组织专家评审，期间不计入办理时限', '需现场检测，检测期间不计入办理时限', '申请人申请听证，听证期间不计入办理时限'],
  extend: ['涉及多部门联合踏勘，经负责人批准延长办理期限', '案情复杂，经负责人批准延长10个工作日'],
  terminate: ['申请人逾期未补正且经催告仍未补正，终止办理', '申请人书面申请终止办理'],
  withdraw: ['暂不办理了', '信息填写有误，撤回后重新申请'],
  pass: ['现场核查，承诺内容属实', '经核查，经营场所、设施设备与承诺一致', '书面核查材料齐全，承诺属实'],
  fail: ['现场核查发现经营场所与承诺不符，承诺不实，依法撤销许可', '经核查，申请人承诺已具备的设施设备实际未配备，依法撤销'],
};

const FILLERS = ['详见申请材料', '按照申请书所列内容办理', '与营业执照记载一致', '具体情况见附件说明', '已按要求准备'];
const TRADES = ['商贸', '科技', '餐饮管理', '建筑工程', '物流', '文化传媒', '农牧业', '信息技术', '食品', '健康管理'];

/** A name for an enterprise that does not exist yet (企业开办). */
export function newEnterpriseName(rng: Rng): string {
  const trade = rng() < 0.2 ? pick(rng, LOCAL_TRADE_NAMES) : pick(rng, TRADE_NAME_CHARS) + pick(rng, TRADE_NAME_CHARS);
  return `呼和浩特市${trade}${pick(rng, TRADES)}有限公司`;
}

export function mobileNumber(rng: Rng): string {
  return `1${pick(rng, ['3', '5', '7', '8'])}${String(randomInt(rng, 1e9)).padStart(9, '0')}`;
}

/** A resident ID number issued in one of the city's districts. */
export function someIdNumber(rng: Rng): string {
  return generateIdCard(rng, { regionCode: pick(rng, ['150102', '150103', '150104', '150105', '150121', '150123']), birthFrom: '1950-01-01', birthTo: '2005-12-31' });
}

export function cityAddress(rng: Rng): string {
  const d = pickWeighted(rng, DISTRICTS);
  return `${d.prefix}${pick(rng, d.streets)}${1 + randomInt(rng, 400)}号`;
}

/** Who an application is about, for the answers a form pre-fills or asks. */
export interface FormSubject {
  entity: { name: string; uscc: string; legalRepresentative: string; address: string; scope?: string } | null;
  person: { name: string; idNumber: string; phone: string };
  /** A new enterprise's name (企业开办), when no entity exists yet. */
  newName?: string;
  on: string;
}

type Property = { type?: string; pattern?: string; enum?: unknown[]; format?: string };

const ID_LIKE = /^\^\[1-9\]\[0-9\]\{16\}/;
const MOBILE_LIKE = /^\^1\[3-9\]/;

/** Answers for a flat item form (formFields): pre-filled fields from the subject, the others made up to fit. */
export function formAnswers(rng: Rng, form: { schema: Record<string, unknown>; uiSchema: Record<string, unknown>; prefill: Record<string, string> }, who: FormSubject): Record<string, unknown> {
  const properties = ((form.schema as { properties?: Record<string, Property> }).properties ?? {}) as Record<string, Property>;
  const out: Record<string, unknown> = {};
  for (const f of formFields(form.schema, form.uiSchema)) {
    if (!f.required && rng() < 0.4) continue;
    out[f.key] = answer(rng, f.key, f.label, f.type, f.options, properties[f.key] ?? {}, form.prefill[f.key], who);
  }
  return out;
}

/** Answers for a bundle's merged form (its fields carry their own type and options). */
export function mergedAnswers(rng: Rng, fields: { key: string; label: string; type: string; options: string[]; required: boolean; prefill: string | null }[], who: FormSubject): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const f of fields) {
    if (!f.required && rng() < 0.4) continue;
    out[f.key] = answer(rng, f.key, f.label, f.type, f.options, {}, f.prefill ?? undefined, who);
  }
  return out;
}

function answer(rng: Rng, key: string, label: string, type: string, options: string[], p: Property, prefill: string | undefined, who: FormSubject): unknown {
  const e = who.entity;
  switch (prefill) {
    case 'entity.name':
      return e?.name ?? who.newName ?? who.person.name;
    case 'entity.uscc':
      return e?.uscc ?? generateUscc(rng, { regionCode: '150105' });
    case 'entity.legalRepresentative':
      return e?.legalRepresentative ?? who.person.name;
    case 'entity.address':
      return e?.address ?? cityAddress(rng);
    case 'applicant.name':
      return who.person.name;
    case 'applicant.phone':
      return who.person.phone;
  }
  if (type === 'enum') return pick(rng, options);
  if (type === 'number') return 20 + randomInt(rng, 980);
  if (type === 'integer') return 1 + randomInt(rng, 30);
  if (type === 'boolean') return true;
  if (type === 'date') return who.on;
  if (p.pattern && ID_LIKE.test(p.pattern)) return key.startsWith('applicant') ? who.person.idNumber : someIdNumber(rng);
  if (p.pattern && MOBILE_LIKE.test(p.pattern)) return key.startsWith('applicant') || key.startsWith('contact') ? who.person.phone : mobileNumber(rng);
  if (key === 'uscc' || p.pattern) return e?.uscc ?? generateUscc(rng, { regionCode: '150105' });
  if (key.endsWith('id_number')) return someIdNumber(rng);
  if (key.endsWith('phone')) return mobileNumber(rng);
  if (key === 'entity_name' || key === 'shop_name') return e?.name ?? who.newName ?? `${who.person.name}经营部`;
  if (key === 'business_scope') return e?.scope ?? '一般项目：日用百货销售；食品销售（仅销售预包装食品）';
  if (/address|premises|residence|location|venue|warehouse|site|village/.test(key)) return e?.address ?? cityAddress(rng);
  if (/^(project|station|school|activity|goods|standard|bank)_name$/.test(key)) return `${label.replace(/（.*）|名称$/g, '')}：${pick(rng, FILLERS)}`;
  if (/name$|^(pledgor|pledgee|mortgagor|mortgagee|employer|respondent|other_party|buyer|constructor|supervisor|receiver|institution|hospital|seal_maker|vehicle_owner)$/.test(key)) {
    return /employer|constructor|supervisor|institution|seal_maker/.test(key) && e ? e.name : personName(rng);
  }
  if (/(number|_no|code)$|^vin$/.test(key)) return `${String.fromCharCode(65 + randomInt(rng, 26))}${String(randomInt(rng, 1e9)).padStart(9, '0')}`;
  // The screen shows the field's label beside it: the text itself does not repeat it.
  return type === 'text' ? `${pick(rng, FILLERS)}。` : pick(rng, FILLERS);
}

/** Result licence fields an approver enters when granting (the rest come from the form and the registry). */
export function licenceEntries(typeCode: string, form: Record<string, unknown>, on: string): Record<string, string | number> {
  const text = (key: string, fallback: string) => (typeof form[key] === 'string' && form[key] ? (form[key] as string) : fallback);
  switch (typeCode) {
    case 'FOOD_BUSINESS':
      return { mainBusiness: '食品销售经营者', items: text('business_items', '预包装食品（含冷藏冷冻食品）销售；散装食品销售') };
    case 'PUBLIC_HEALTH':
      return { category: '住宿场所' };
    case 'ROAD_TRANSPORT':
      return { scope: '道路普通货物运输' };
    case 'DISCHARGE_PERMIT':
      return { industry: '乳制品制造', pollutants: '废水（化学需氧量、氨氮）、废气', management: '简化管理' };
    case 'CONSTRUCTION_PERMIT':
      return { projectName: text('project_name', '综合楼工程'), projectAddress: text('project_address', '呼和浩特市赛罕区'), scale: 18000, contractPrice: 4200, constructor: '呼和浩特市敕勒川建设工程有限公司', plannedStart: on, plannedEnd: `${Number(on.slice(0, 4)) + 2}${on.slice(4)}` };
    default:
      return {};
  }
}
