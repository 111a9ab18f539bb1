// Items still being prepared by their departments: drafts, not yet in the public catalogue.
import { item } from './build.ts';
import { APPLICANT, CONTACT, ENTITY, ENTITY_CONTACT, form, int, long, num, pick, str } from './forms.ts';
import { mat, specific, when } from './materials.ts';

export const DRAFT_ITEMS = [
  item({
    name: '个体工商户转型为企业登记',
    type: 'licensing', dept: 'HHHT-SCJG', target: 'entity', draft: true,
    basis: '《促进个体工商户发展条例》第十三条；《市场监管总局关于支持个体工商户转型为企业的指导意见》',
    limits: [3, 1], online: 'fullLicence', mobile: true,
    materials: [mat('business_licence'), mat('registration_application'), mat('articles'), when('premises_proof', '变更经营场所的')],
    conditions: ['个体工商户经营者为转型后企业的出资人', '保留原字号和成立日期'],
    events: ['change', 'startup'], themes: ['market_access'], keywords: ['个转企', '个体户升级公司', '个体户转公司'],
    form: form(ENTITY, pick('company_type', '转型后企业类型', ['有限责任公司', '个人独资企业']), num('registered_capital', '注册资本（万元）'), CONTACT[1]!),
  }),
  item({
    name: '企业跨省迁移登记',
    type: 'licensing', dept: 'HHHT-SCJG', target: 'entity', draft: true,
    basis: '《中华人民共和国市场主体登记管理条例》第二十七条；《市场监管总局关于推进企业迁移登记便利化的意见》',
    limits: [3, 1], online: 'fullLicence', mobile: true, cross: 'national',
    materials: [mat('business_licence'), mat('change_resolution', { name: '迁移决议' }), mat('premises_proof', { name: '迁入地住所使用证明' })],
    conditions: ['无未办结的涉税事项、行政处罚和司法冻结', '迁出地、迁入地登记机关网上协同，申请人“一地办理”'],
    events: ['change'], themes: ['market_access'], keywords: ['公司迁到外省', '企业迁移', '迁入呼和浩特'],
    form: form(ENTITY_CONTACT, str('from_authority', '迁出地登记机关'), str('new_address', '迁入后住所')),
  }),
  item({
    name: '既有住宅加装电梯',
    type: 'other_power', dept: 'HHHT-ZJ', target: 'both', draft: true,
    basis: '《呼和浩特市既有住宅加装电梯实施意见》；《中华人民共和国民法典》第二百七十八条',
    limits: [15, 5], online: 'full', mobile: true,
    fee: ['《呼和浩特市既有住宅加装电梯财政补助办法》', '不收取行政事业性费用；符合条件的每部电梯给予财政补助'],
    materials: [specific('owners_consent', '本单元业主表决同意书（参与表决的专有部分面积和人数均达到规定比例）'), specific('elevator_design', '加装电梯设计方案及结构安全论证'), mat('commitment_letter', { name: '加装电梯协议及承诺书' })],
    conditions: ['已建成投入使用、四层及以上、未设电梯的住宅', '本单元业主依法表决同意'],
    events: ['housing'], themes: ['construction', 'real_estate'], keywords: ['加装电梯', '老楼装电梯', '老旧小区电梯'],
    form: form(str('building_address', '住宅楼栋单元地址'), int('storeys', '楼层数'), int('households', '本单元户数'), int('consenting_households', '同意户数'), ...CONTACT),
  }),
  item({
    name: '新生儿重名查询',
    type: 'public_service', dept: 'HHHT-GA', target: 'person', draft: true,
    basis: '《中华人民共和国户口登记条例》；《公安部关于推进户籍业务“网上办”的意见》',
    limits: [0, 0], online: 'full', mobile: true, cross: 'national',
    materials: [mat('id_card', { name: '查询人身份证件' })],
    conditions: ['查询拟用名在全国范围内的重名数量'],
    events: ['birth'], themes: ['public_security'], keywords: ['起名', '重名', '取名字', '宝宝名字'],
    form: form(APPLICANT, str('proposed_name', '拟用姓名'), pick('gender', '性别', ['男', '女'])),
  }),
  item({
    name: '灵活就业人员住房公积金自愿缴存',
    type: 'public_service', dept: 'HHHT-GJJ', target: 'person', draft: true,
    basis: '《住房公积金管理条例》；《住房和城乡建设部关于开展灵活就业人员参加住房公积金制度试点工作的通知》',
    limits: [5, 0], online: 'full', mobile: true,
    materials: [mat('id_card'), mat('bank_account')],
    conditions: ['在本市灵活就业、年满16周岁且未达到法定退休年龄', '与公积金中心签订自愿缴存协议'],
    events: ['employment', 'housing'], themes: ['housing_fund', 'employment'], keywords: ['个人交公积金', '自由职业公积金', '灵活就业公积金'],
    form: form(APPLICANT, num('monthly_amount', '月缴存额（元）'), long('occupation', '从业情况')),
  }),
];
