// The demo catalogue's building blocks: the departments' halls and phones, the item spec the data
// files write (compact, with the city's defaults), and its expansion into an item whose
// departments are still codes (resolved to ids at seed time).
import type { ItemForm, ItemInput, Material } from '../../../common/api/catalog.ts';
import { ITEM_TYPE_CODES, type CrossRegionScope, type EventKey, type ItemType, type ReformMode, type Theme } from '../../../common/catalog/vocabulary.ts';

// 政务服务中心 and the other halls of the demo city.
const CENTRE = '呼和浩特市政务服务中心（赛罕区敕勒川大街1号）';
export const HALLS = {
  market: `${CENTRE}一楼 企业开办专区（市场准入综合窗口）`,
  permits: `${CENTRE}二楼 涉企经营许可综合窗口`,
  construction: `${CENTRE}三楼 工程建设项目审批综合窗口`,
  land: `${CENTRE}三楼 自然资源和规划窗口`,
  property: '呼和浩特市不动产登记中心服务大厅（政务服务中心二楼 不动产登记、交易、缴税一窗受理专区）',
  tax: `国家税务总局呼和浩特市各区县（旗）税务局办税服务厅；${CENTRE}一楼 税务综合窗口`,
  social: `${CENTRE}一楼 人社综合窗口；各旗县区社会保险服务大厅`,
  medical: `呼和浩特市医疗保障服务中心；${CENTRE}一楼 医保窗口`,
  fund: '呼和浩特市住房公积金管理中心各管理部服务大厅；政务服务中心一楼 公积金窗口',
  police: `户籍所在地公安派出所户籍窗口；${CENTRE}一楼 公安综合窗口`,
  vehicles: '呼和浩特市公安局交通管理支队车辆管理所及各车管服务站',
  exit: '呼和浩特市公安局出入境管理支队接待大厅（新城区）及各旗县区出入境接待窗口',
  hospital: '新生儿出生的助产机构出生医学证明办理窗口（内蒙古自治区人民医院、呼和浩特市第一医院等）',
  health: `${CENTRE}二楼 卫生健康窗口`,
  civil: '户籍所在地苏木乡镇（街道）便民服务中心',
  marriage: '呼和浩特市及各旗县区婚姻登记处（新城区婚姻登记处设于新城区政务服务中心）',
  civilCity: `${CENTRE}二楼 民政窗口`,
  school: '学区内公办学校招生点；呼和浩特市义务教育入学服务平台（线上）',
  education: `${CENTRE}二楼 教育窗口`,
  culture: `${CENTRE}二楼 文化旅游窗口`,
  farming: `${CENTRE}二楼 农牧窗口`,
  water: `${CENTRE}三楼 水务窗口`,
  tobacco: '呼和浩特市烟草专卖局（各区县营销部）专卖许可窗口',
  transport: `${CENTRE}二楼 交通运输窗口`,
  environment: `${CENTRE}三楼 生态环境窗口`,
  centre: `${CENTRE}一楼 综合咨询与帮您办窗口`,
  trading: '呼和浩特市公共资源交易中心（赛罕区）服务大厅',
  customs: '呼和浩特海关业务现场综合业务窗口',
  justice: '呼和浩特市公共法律服务中心；各旗县区公共法律服务中心（工作站）',
} as const;

export const HOURS = {
  office: '工作日 上午9:00–12:00，下午13:30–17:30（夏季5月1日至9月30日下午14:30–18:00）',
  extended: '工作日 9:00–17:30，中午不间断；周六上午9:00–12:00延时服务',
  hospital: '工作日 8:00–12:00，14:30–17:30',
  online: '网上办理全天24小时受理；窗口工作日 9:00–12:00，13:30–17:30',
} as const;

/** Consultation phones of the departments (the national hotlines where the department has one). */
export const DEPARTMENTS = {
  'HHHT-SCJG': { phone: '0471-4651012', hall: HALLS.permits },
  'HHHT-SW': { phone: '12366', hall: HALLS.tax },
  'HHHT-RS': { phone: '12333', hall: HALLS.social },
  'HHHT-ZRZY': { phone: '0471-5181100', hall: HALLS.land },
  'HHHT-BDC': { phone: '0471-5181111', hall: HALLS.property },
  'HHHT-ZJ': { phone: '0471-6941285', hall: HALLS.construction },
  'HHHT-GJJ': { phone: '12329', hall: HALLS.fund },
  'HHHT-GA': { phone: '0471-6680110', hall: HALLS.police },
  'HHHT-YB': { phone: '12393', hall: HALLS.medical },
  'HHHT-MZ': { phone: '0471-6961555', hall: HALLS.civilCity },
  'HHHT-JY': { phone: '0471-6601234', hall: HALLS.education },
  'HHHT-WJ': { phone: '12320', hall: HALLS.health },
  'HHHT-FG': { phone: '0471-4606311', hall: HALLS.construction },
  'HHHT-SF': { phone: '12348', hall: HALLS.justice },
  'HHHT-SW2': { phone: '0471-6910223', hall: HALLS.permits },
  'HHHT-JT': { phone: '12328', hall: HALLS.transport },
  'HHHT-ST': { phone: '12369', hall: HALLS.environment },
  'HHHT-ZWFW': { phone: '0471-4950345', hall: HALLS.centre },
  'HHHT-GGZY': { phone: '0471-3655015', hall: HALLS.trading },
  'HHHT-HG': { phone: '12360', hall: HALLS.customs },
  // Added by the catalogue seed (catalog/departments.ts).
  'HHHT-WL': { phone: '12318', hall: HALLS.culture },
  'HHHT-NM': { phone: '12316', hall: HALLS.farming },
  'HHHT-SL': { phone: '0471-6906012', hall: HALLS.water },
  'HHHT-YC': { phone: '12313', hall: HALLS.tobacco },
} as const;
export type DeptCode = keyof typeof DEPARTMENTS;

/** A material as the data files write it: the issuing department by code. */
export type SeedMaterial = Omit<Material, 'issuingDepartmentId'> & { issuingDepartment: DeptCode | null };
type Step = ItemInput['steps'][number];

/** An item whose departments are codes: resolved to ids by the seed. */
export type SeedItem = Omit<ItemInput, 'competentDepartmentId' | 'implementingDepartmentId' | 'materials'> & {
  competent: DeptCode;
  implementing: DeptCode;
  materials: SeedMaterial[];
  /** Left as a draft (not published). */
  draft: boolean;
};

/** 网办深度 presets: fully online, online up to pre-review (accepted at the window), consultation only. */
export const ONLINE = {
  full: [1, 2, 3, 4, 5, 6],
  fullLicence: [1, 2, 3, 4, 5, 6, 7],
  prereview: [1, 2, 3],
  accept: [1, 2, 3, 4],
  consult: [1],
} as const;

export interface ItemSpec {
  name: string;
  type: ItemType;
  /** Competent department; `impl` when another body implements it. */
  dept: DeptCode;
  impl?: DeptCode;
  target: ItemInput['target'];
  basis: string;
  /** [法定时限, 承诺时限] in working days; a promise of 0 is 即办件. */
  limits: [legal: number, promised: number];
  /** [到现场次数, reason]. */
  visits?: [number, string];
  online: keyof typeof ONLINE | number[];
  mobile?: boolean;
  /** [收费依据, 收费标准] for a charged item. */
  fee?: [basis: string, standard: string];
  materials: SeedMaterial[];
  conditions: string[];
  steps?: Step[];
  /** Defaults to 全市通办. */
  cross?: CrossRegionScope;
  reform?: ReformMode;
  /** 告知承诺 allowed, with the post-check period in months. */
  commit?: number;
  events?: EventKey[];
  themes: Theme[];
  keywords?: string[];
  hall?: string;
  hours?: string;
  /** Overrides the department's consultation phone ('' for none). */
  phone?: string;
  form: ItemForm;
  draft?: boolean;
}

/** A step. */
export const step = (name: string, limitDays: number, description = ''): Step => ({ name, limitDays, description });

/** The usual steps for a promise of `days` working days, with an optional on-site check. */
export function standardSteps(days: number, check?: string): Step[] {
  if (days === 0) return [step('申请受理', 0, '材料齐全、符合法定形式的当场受理'), step('审核办结', 0, '当场审核，当场办结出件')];
  if (days === 1) return [step('申请受理', 0, '网上或窗口收件，当场受理'), step('审查决定', 1), step('办结送达', 0, '电子证照同步生成，纸质结果可邮寄送达')];
  const review = check ? Math.max(1, Math.floor((days - 1) / 2)) : days - 1;
  return [
    step('申请受理', 0, '材料不齐的一次性告知需补正的全部内容'),
    step('审查', review),
    ...(check ? [step(check, days - 1 - review, '由两名以上工作人员现场核查并记录')] : []),
    step('决定', 1),
    step('制证送达', 0, '免费邮寄或窗口领取'),
  ];
}

// 基本编码: 权力类型 (2) + 主项 (5) + 子项 (3); the 5 digits come from the name, so codes stay
// put when the data files are reordered.
function mainNumber(name: string): number {
  let h = 0x811c9dc5;
  for (const ch of name) h = Math.imul(h ^ ch.codePointAt(0)!, 0x01000193) >>> 0;
  return h % 100000;
}
const usedBaseCodes = new Set<string>();
function baseCodeOf(type: ItemType, name: string): string {
  const main = String(mainNumber(name)).padStart(5, '0');
  for (let sub = 0; ; sub++) {
    const code = `${ITEM_TYPE_CODES[type]}${main}${String(sub).padStart(3, '0')}`;
    if (!usedBaseCodes.has(code)) {
      usedBaseCodes.add(code);
      return code;
    }
  }
}

// 办理结果: the items whose approval issues one of the registry's licence types.
const RESULT_LICENCES: [RegExp, string][] = [
  [/^(企业|外商投资企业|个体工商户|农民专业合作社)设立登记$/, 'BUSINESS_LICENCE'],
  [/^食品经营许可(证延续)?$/, 'FOOD_BUSINESS'],
  [/^建筑工程施工许可证核发$/, 'CONSTRUCTION_PERMIT'],
  [/^公共场所卫生许可$/, 'PUBLIC_HEALTH'],
  [/^排污许可/, 'DISCHARGE_PERMIT'],
  [/^道路运输经营许可/, 'ROAD_TRANSPORT'],
];
const resultLicenceOf = (name: string) => RESULT_LICENCES.find(([re]) => re.test(name))?.[1] ?? null;

/** Expands a spec with the city's defaults. */
export function item(spec: ItemSpec): SeedItem {
  const [legal, promised] = spec.limits;
  const baseCode = baseCodeOf(spec.type, spec.name);
  const implementing = spec.impl ?? spec.dept;
  return {
    // 业务办理项编码: 实施机构 + 基本编码 + 办理项序号.
    code: `${implementing}-${baseCode}-01`,
    baseCode,
    name: spec.name,
    type: spec.type,
    target: spec.target,
    competent: spec.dept,
    implementing,
    legalBasis: spec.basis,
    legalLimitDays: legal,
    promisedLimitDays: promised,
    onTheSpot: promised === 0,
    visits: spec.visits?.[0] ?? 0,
    visitsReason: spec.visits?.[1] ?? null,
    onlineStages: typeof spec.online === 'string' ? [...ONLINE[spec.online]] : spec.online,
    mobileChannel: spec.mobile ?? false,
    fee: spec.fee ? { charged: true, basis: spec.fee[0], standard: spec.fee[1] } : { charged: false, basis: null, standard: null },
    materials: spec.materials,
    conditions: spec.conditions,
    steps: spec.steps ?? standardSteps(promised),
    crossRegion: spec.cross ?? 'city',
    reformMode: spec.reform ?? null,
    commitmentAllowed: spec.commit !== undefined,
    postCheckMonths: spec.commit ?? null,
    resultLicenceTypeCode: resultLicenceOf(spec.name),
    events: spec.events ?? [],
    themes: spec.themes,
    keywords: spec.keywords ?? [],
    hallAddress: spec.hall ?? DEPARTMENTS[implementing].hall,
    hallHours: spec.hours ?? HOURS.office,
    consultPhone: spec.phone ?? DEPARTMENTS[implementing].phone,
    complaintPhone: '12345',
    form: spec.form,
    draft: spec.draft ?? false,
  };
}
