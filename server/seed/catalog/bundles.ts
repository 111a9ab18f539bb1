// The demo city's 一件事 bundles (DOMAIN.md; 国发〔2024〕3号). Each merged form is derived from the
// members' forms: a field several members need (by key, or mapped under another key with
// `aliases`) is asked once, required when any member requires it, and maps onto every member field.
import type { BundleInput, MergedField } from '../../../common/api/catalog-bundles.ts';
import { typesAgree } from '../../../common/catalog/bundle-rules.ts';
import { DEPARTMENTS, HALLS, type DeptCode } from './build.ts';
import { fieldsOf } from './forms.ts';
import { itemNamed } from './items.ts';

/** A bundle whose lead department is a code (resolved at seed time). */
export type SeedBundle = Omit<BundleInput, 'leadDepartmentId'> & { lead: DeptCode };

interface BundleSpec extends Omit<SeedBundle, 'members' | 'fields' | 'hallAddress' | 'consultPhone' | 'keywords'> {
  /** Members by item name, with an optional guide note. */
  members: [name: string, note?: string][];
  /** Per member (by name): member field → merged key, where the member calls a shared answer differently. */
  aliases?: Record<string, Record<string, string>>;
  /** Merged keys not asked: the members fill them themselves (their own pre-fill, or another member's result). */
  omit?: string[];
  /** Label or description changes of merged fields. */
  overrides?: Record<string, Partial<Pick<MergedField, 'label' | 'description'>>>;
  /** The enterprise does not exist yet (企业开办): no pre-fill from the registry. */
  newEntity?: boolean;
  keywords: string[];
  hallAddress?: string;
}

/** Merges the members' forms into one (一表填报). Throws when members disagree on a shared field. */
export function mergeForms(spec: Pick<BundleSpec, 'members' | 'aliases' | 'omit' | 'overrides' | 'newEntity'>): MergedField[] {
  const merged = new Map<string, MergedField & { prefills: Set<string> }>();
  for (const [name] of spec.members) {
    const member = itemNamed(name);
    for (const f of fieldsOf(member.form)) {
      const key = spec.aliases?.[name]?.[f.key] ?? f.key;
      if (spec.omit?.includes(key)) continue;
      const target = { itemCode: member.code, field: f.key };
      const seen = merged.get(key);
      if (!seen) {
        merged.set(key, { key, label: f.title, type: f.type, options: f.options ?? [], required: f.required, description: '', prefill: null, mapsTo: [target], prefills: new Set(f.prefill ? [f.prefill] : []) });
        continue;
      }
      if (!typesAgree(seen.type, f.type)) throw new Error(`${key}: ${seen.type} in one member, ${f.type} in ${name}`);
      const missing = seen.options.filter((o) => !(f.options ?? []).includes(o));
      if (seen.type === 'enum' && f.type === 'enum' && missing.length) throw new Error(`${key}: options ${missing.join(', ')} are not options in ${name}`);
      seen.required ||= f.required;
      seen.mapsTo.push(target);
      if (f.prefill) seen.prefills.add(f.prefill);
    }
  }
  return [...merged.values()].map(({ prefills, ...field }) => {
    // Pre-filled when the members agree on the source; never from the registry for an enterprise being set up.
    const [only] = prefills;
    const prefill = prefills.size === 1 && !(spec.newEntity && only!.startsWith('entity.')) ? (only as MergedField['prefill']) : null;
    return { ...field, prefill, ...spec.overrides?.[field.key] };
  });
}

function bundle(spec: BundleSpec): SeedBundle {
  const { members, aliases: _aliases, omit: _omit, overrides: _overrides, newEntity: _newEntity, hallAddress, ...rest } = spec;
  return {
    ...rest,
    members: members.map(([name, note]) => ({ itemCode: itemNamed(name).code, note: note ?? '' })),
    fields: mergeForms(spec),
    hallAddress: hallAddress ?? DEPARTMENTS[spec.lead].hall,
    consultPhone: DEPARTMENTS[spec.lead].phone,
  };
}

const FUNERAL_HEIR = { owner_name: 'claimant_name', owner_id_number: 'claimant_id_number' };
const TO_RETIREE = (prefix: string) => ({ [`${prefix}_name`]: 'retiree_name', [`${prefix}_id_number`]: 'retiree_id_number' });

export const CATALOG_BUNDLES: SeedBundle[] = [
  bundle({
    code: 'HHHT-YJS-BIRTH', name: '出生一件事', kind: 'life', event: 'birth', themes: ['civil_affairs', 'health', 'social_security'], lead: 'HHHT-WJ', promisedLimitDays: 1,
    description: '新生儿出生后，父母在助产机构或网上一次申请，同步办理出生医学证明、出生登记（落户）、新生儿医保参保和预防接种证，无需往返医院、派出所和医保窗口。',
    members: [['出生医学证明首次签发'], ['户口登记（出生登记）', '出生医学证明信息实时共享至公安户籍系统'], ['新生儿参保登记', '落户后自动获取新生儿身份证号码'], ['预防接种证办理']],
    omit: ['child_id_number'],
    keywords: ['生孩子', '宝宝出生', '新生儿', '出生证', '上户口'],
    hallAddress: HALLS.hospital,
  }),
  bundle({
    code: 'HHHT-YJS-SCHOOL', name: '入学一件事', kind: 'life', event: 'schooling', themes: ['education'], lead: 'HHHT-JY', promisedLimitDays: 10,
    description: '适龄儿童义务教育入学网上报名，户籍、房产、居住证、社保信息由部门共享核验，同步完成预防接种证查验；随迁子女父母可一并申领居住证。',
    members: [['义务教育入学'], ['入托入学预防接种证查验'], ['居住证办理', '非本市户籍、尚未办理居住证的随迁子女父母']],
    aliases: { 居住证办理: { applicant_name: 'guardian_name', applicant_phone: 'guardian_phone', applicant_id_number: 'guardian_id_number', residence: 'residence_address', basis: 'residence_basis' } },
    keywords: ['孩子上学', '小学报名', '入学', '一年级'],
  }),
  bundle({
    code: 'HHHT-YJS-JOB', name: '就业一件事', kind: 'life', event: 'employment', themes: ['employment', 'social_security', 'housing_fund'], lead: 'HHHT-RS', promisedLimitDays: 1,
    description: '劳动者入职时，用人单位一次申报，同步办理就业登记、职工社保参保、职工医保参保和住房公积金个人账户设立。',
    members: [['就业登记'], ['职工参保登记'], ['职工基本医疗保险参保登记'], ['个人住房公积金账户设立']],
    aliases: { 就业登记: { applicant_name: 'employee_name', applicant_id_number: 'employee_id_number', applicant_phone: 'employee_phone', employer: 'entity_name' } },
    overrides: { contribution_base: { label: '月缴费（缴存）基数（元）', description: '社会保险缴费基数与住房公积金缴存基数' } },
    keywords: ['入职', '新员工', '找到工作', '招人'],
  }),
  bundle({
    code: 'HHHT-YJS-RETIRE', name: '退休一件事', kind: 'life', event: 'retirement', themes: ['social_security', 'housing_fund'], lead: 'HHHT-RS', promisedLimitDays: 5,
    description: '职工达到退休年龄，一次申请完成退休审批、养老保险待遇核定、职工医保退休待遇核定和住房公积金退休提取，养老金次月发放。',
    members: [['退休审批'], ['养老保险待遇核定'], ['职工医保退休人员待遇核定'], ['住房公积金提取（离休、退休）']],
    aliases: { 职工医保退休人员待遇核定: TO_RETIREE('insured'), '住房公积金提取（离休、退休）': TO_RETIREE('employee') },
    keywords: ['办理退休', '退休', '领养老金', '退休手续'],
  }),
  bundle({
    code: 'HHHT-YJS-DEATH', name: '身后一件事', kind: 'life', event: 'after_death', themes: ['civil_affairs', 'social_security'], lead: 'HHHT-MZ', promisedLimitDays: 5,
    description: '亲人离世后，家属一次申请，同步办理户口注销、丧葬补助金和抚恤金、基本殡葬服务费用减免、医保个人账户继承、住房公积金提取和不动产继承登记。',
    members: [['死亡注销户口'], ['基本殡葬服务费用减免'], ['丧葬补助金和抚恤金申领'], ['医保个人账户余额继承'], ['住房公积金提取（职工死亡或被宣告死亡）'], ['继承、受遗赠不动产转移登记', '逝者名下有不动产的']],
    aliases: { '继承、受遗赠不动产转移登记': FUNERAL_HEIR },
    overrides: { claimant_name: { label: '申请人（继承人）姓名' } },
    keywords: ['人去世了', '丧事', '身后事', '亲人去世', '销户'],
    hallAddress: '呼和浩特市殡仪馆“身后一件事”服务窗口；户籍所在地苏木乡镇（街道）便民服务中心',
  }),
  bundle({
    code: 'HHHT-YJS-STARTUP', name: '企业开办一件事', kind: 'business', event: 'startup', themes: ['market_access', 'tax', 'social_security'], lead: 'HHHT-SCJG', promisedLimitDays: 1,
    description: '“一网通办、一表填报”：企业设立登记、公章刻制备案、发票领用、单位参保登记、住房公积金单位缴存登记同步办理，1个工作日内办结，免费寄递营业执照、首套印章和税控设备。',
    members: [['企业设立登记'], ['印章刻制备案'], ['发票领用'], ['单位参保登记'], ['住房公积金单位缴存登记']],
    omit: ['uscc'],
    newEntity: true,
    keywords: ['开公司', '注册公司', '办营业执照', '开办企业', '成立公司'],
    hallAddress: HALLS.market,
  }),
  bundle({
    code: 'HHHT-YJS-CLOSE', name: '企业注销一件事', kind: 'business', event: 'deregistration', themes: ['market_access', 'tax'], lead: 'HHHT-SCJG', promisedLimitDays: 2,
    description: '企业注销“一网通办”：清税证明由税务部门实时推送，申请人免提交；同步办理社会保险注销和住房公积金单位账户注销。',
    members: [['清税申报（税务注销）', '清税后《清税证明》实时推送登记机关'], ['社会保险注销登记（单位）'], ['单位住房公积金账户注销'], ['企业注销登记']],
    keywords: ['公司注销', '注销公司', '企业注销', '关闭公司'],
    hallAddress: HALLS.market,
  }),
  bundle({
    code: 'HHHT-YJS-PROPERTY', name: '不动产登记、交易和缴税一件事', kind: 'life', event: 'housing', themes: ['real_estate', 'tax'], lead: 'HHHT-BDC', promisedLimitDays: 1,
    description: '二手房买卖“一窗受理、并行办理”：网签备案、交易税费申报和转移登记一次申请，税款线上缴纳，电子不动产权证书当日领取。',
    members: [['存量房买卖合同网签备案'], ['存量房交易税费申报'], ['国有建设用地使用权及房屋所有权转移登记（存量房）']],
    aliases: { 存量房买卖合同网签备案: { buyer_name: 'owner_name', buyer_id_number: 'owner_id_number' } },
    keywords: ['二手房过户', '买二手房', '卖房子', '房屋过户'],
  }),
  bundle({
    code: 'HHHT-YJS-HANDOVER', name: '交房即交证一件事', kind: 'business', event: 'property', themes: ['real_estate', 'construction'], lead: 'HHHT-BDC', promisedLimitDays: 5,
    description: '新建商品房竣工验收备案后，开发企业办理首次登记，购房人在房企签约中心一并缴纳契税和维修资金、申请转移登记，收房当日领取不动产权证书。',
    members: [['房屋建筑和市政基础设施工程竣工验收备案'], ['国有建设用地使用权及房屋所有权首次登记'], ['住宅专项维修资金缴存'], ['契税申报'], ['国有建设用地使用权及房屋所有权转移登记（新建商品房）']],
    aliases: {
      房屋建筑和市政基础设施工程竣工验收备案: { floor_area: 'project_floor_area' },
      国有建设用地使用权及房屋所有权首次登记: { floor_area: 'project_floor_area' },
    },
    overrides: { project_floor_area: { label: '项目总建筑面积（平方米）' }, floor_area: { label: '所购房屋建筑面积（平方米）' } },
    keywords: ['交房即交证', '收房', '新房办证', '房产证'],
    hallAddress: '开发企业签约中心“交房即交证”服务窗口；呼和浩特市不动产登记中心服务大厅',
  }),
];
