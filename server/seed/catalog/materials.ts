// The demo catalogue's materials, by stable key: an item that asks for the same thing uses the
// same key, so a bundle asks once. Licences the registry holds and documents another department
// issued are fetched, not asked for (国发〔2021〕7号).
import type { DeptCode, SeedMaterial } from './build.ts';

type Base = Pick<SeedMaterial, 'name' | 'source' | 'issuingDepartment' | 'licenceTypeCode' | 'form' | 'copies'>;
const own = (name: string, form: SeedMaterial['form'] = 'either', copies = 1): Base => ({ name, source: 'applicant', issuingDepartment: null, licenceTypeCode: null, form, copies });
const issued = (name: string, department: DeptCode): Base => ({ name, source: 'department', issuingDepartment: department, licenceTypeCode: null, form: 'electronic', copies: 0 });
const licence = (name: string, code: string): Base => ({ name, source: 'licence', issuingDepartment: null, licenceTypeCode: code, form: 'electronic', copies: 0 });

const LIBRARY = {
  // 身份与授权
  id_card: own('申请人有效身份证件', 'either', 0),
  legal_rep_id: own('法定代表人（负责人）身份证件', 'either', 0),
  agent_authorisation: own('授权委托书及受托人身份证件'),
  photo: own('近期免冠彩色证件照片（或数码照片回执）', 'electronic'),
  household_register: issued('居民户口簿（户籍信息）', 'HHHT-GA'),
  residence_permit: issued('居住证', 'HHHT-GA'),
  marriage_certificate: issued('结婚证（婚姻登记信息）', 'HHHT-MZ'),
  // 企业与经营
  business_licence: licence('营业执照', 'BUSINESS_LICENCE'),
  food_licence: licence('食品经营许可证', 'FOOD_BUSINESS'),
  health_licence: licence('公共场所卫生许可证', 'PUBLIC_HEALTH'),
  discharge_permit: licence('排污许可证', 'DISCHARGE_PERMIT'),
  road_transport_licence: licence('道路运输经营许可证', 'ROAD_TRANSPORT'),
  construction_permit: licence('建筑工程施工许可证', 'CONSTRUCTION_PERMIT'),
  constructor_cert: licence('项目负责人二级建造师注册证书', 'CONSTRUCTOR_CERT'),
  registration_application: own('公司登记（备案）申请书', 'electronic'),
  articles: own('公司章程（合伙协议）', 'either'),
  shareholder_identity: own('股东（发起人、投资人）主体资格证明或自然人身份证件', 'either'),
  officers_appointment: own('法定代表人、董事、监事和经理的任职文件', 'either'),
  premises_proof: own('住所（经营场所）使用证明：产权证明或租赁合同', 'either'),
  lease_contract: own('经营场所租赁合同或自有产权证明', 'either'),
  change_resolution: own('变更决议或决定（股东会决议）', 'either'),
  deregistration_resolution: own('解散（注销）决议或决定', 'either'),
  liquidation_report: own('经确认的清算报告', 'either'),
  tax_clearance: issued('清税证明', 'HHHT-SW'),
  commitment_letter: own('告知承诺书（申请人签章）', 'either'),
  floor_plan: own('经营场所平面图和设备布局、操作流程图', 'either'),
  safety_system: own('安全管理制度和应急预案', 'either'),
  staff_list: own('从业人员名单及资格证明', 'either'),
  food_safety_system: own('食品安全管理制度', 'either'),
  food_safety_manager: own('食品安全管理人员名单及培训考核合格证明', 'either'),
  health_certificates: own('从业人员健康证明', 'either'),
  hygiene_report: own('卫生检测（评价）报告', 'either'),
  equipment_list: own('主要设施设备清单', 'either'),
  quality_manager: own('质量负责人、专业技术人员资格证明', 'either'),
  bank_account: own('单位或本人银行结算账户信息', 'electronic', 0),
  tax_payment_certificate: issued('完税（缴税）证明', 'HHHT-SW'),
  // 工程建设与不动产
  project_filing: issued('投资项目备案（核准、审批）文件', 'HHHT-FG'),
  land_certificate: issued('不动产权证书（国有建设用地使用权）', 'HHHT-BDC'),
  land_contract: own('国有建设用地使用权出让合同或划拨决定书', 'either'),
  land_planning_permit: issued('建设用地规划许可证', 'HHHT-ZRZY'),
  planning_permit: issued('建设工程规划许可证', 'HHHT-ZRZY'),
  site_plan: own('建设工程设计方案总平面图及设计图纸', 'electronic'),
  construction_contract: own('施工合同和监理合同', 'either'),
  drawings_review: own('施工图设计文件审查合格书', 'electronic'),
  fire_design: own('消防设计文件', 'electronic'),
  fire_acceptance: issued('消防验收意见书（或备案凭证）', 'HHHT-ZJ'),
  completion_report: own('工程竣工验收报告', 'either'),
  survey_report: own('不动产测绘（房产测量）成果报告', 'electronic'),
  completion_filing: issued('竣工验收备案证明', 'HHHT-ZJ'),
  property_certificate: issued('不动产权证书（房屋）', 'HHHT-BDC'),
  sale_contract: issued('网签备案的房屋买卖合同', 'HHHT-ZJ'),
  maintenance_fund_receipt: issued('住宅专项维修资金缴存凭证', 'HHHT-ZJ'),
  eia_document: own('环境影响报告书（表）及技术评估意见', 'electronic'),
  // 民生
  birth_certificate: issued('出生医学证明', 'HHHT-WJ'),
  vaccination_record: issued('预防接种证', 'HHHT-WJ'),
  death_certificate: issued('居民死亡医学证明（推断）书', 'HHHT-WJ'),
  cremation_certificate: issued('火化证明', 'HHHT-MZ'),
  kinship_proof: own('申请人与当事人关系证明', 'either'),
  labour_contract: own('劳动合同', 'either'),
  termination_proof: own('解除或终止劳动关系证明', 'either'),
  retirement_approval: issued('退休审批表', 'HHHT-RS'),
  social_security_record: issued('社会保险参保缴费记录', 'HHHT-RS'),
  medical_records: own('病历、诊断证明和医疗费用票据', 'paper'),
  income_statement: own('家庭收入、财产状况申报及授权核查书', 'either'),
  disability_certificate: own('中华人民共和国残疾人证', 'either', 0),
  school_residence: own('适龄儿童法定监护人在学区内的房产证明或居住证明', 'either'),
  qualification_certificate: own('学历证书和专业资格证书', 'either'),
  health_check: own('体检合格证明', 'either'),
  vehicle_certificate: own('机动车来历证明和整车出厂合格证明', 'paper'),
  insurance_policy: own('机动车交通事故责任强制保险凭证', 'electronic', 0),
} satisfies Record<string, Base>;

export type MaterialKey = keyof typeof LIBRARY;
export const MATERIAL_KEYS = Object.keys(LIBRARY) as MaterialKey[];

/** A required material from the library. */
export function mat(key: MaterialKey, overrides: Partial<Omit<SeedMaterial, 'key'>> = {}): SeedMaterial {
  return { key, ...LIBRARY[key], required: true, condition: null, note: null, ...overrides };
}

/** A conditional material (容缺/情形): needed only when `condition` holds. */
export const when = (key: MaterialKey, condition: string, overrides: Partial<Omit<SeedMaterial, 'key'>> = {}): SeedMaterial =>
  mat(key, { ...overrides, required: false, condition });

/** A material only one item asks for. */
export function specific(key: string, name: string, overrides: Partial<Omit<SeedMaterial, 'key' | 'name'>> = {}): SeedMaterial {
  return { key, name, source: 'applicant', issuingDepartment: null, licenceTypeCode: null, form: 'either', copies: 1, required: true, condition: null, note: null, ...overrides };
}

/** 委托代理人办理的: the authorisation, conditional. */
export const AGENT = when('agent_authorisation', '委托他人代为办理的');
