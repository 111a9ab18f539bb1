// The demo city's ticket categories (诉求分类, two levels) and its dispatch catalogue (派单目录): which bureau
// leads each category city-wide, and where a district's own government takes it. Used by the seed and tests.
import type { CategoryAttribute } from '../modules/appeals/index.ts';

type Kind = 'consult' | 'help' | 'suggest' | 'complain' | 'report' | 'praise';
interface DemoCategory {
  code: string;
  parentCode: string | null;
  name: string;
  nameEn: string;
  keywords: string;
  defaultKind: Kind;
  utility?: boolean;
  attributes?: CategoryAttribute[];
}

const top = (code: string, name: string, nameEn: string): DemoCategory => ({ code, parentCode: null, name, nameEn, keywords: '', defaultKind: 'help' });
const leaf = (code: string, name: string, nameEn: string, keywords: string, defaultKind: Kind, extra: Partial<DemoCategory> = {}): DemoCategory => ({
  code,
  parentCode: code.split('-')[0]!,
  name,
  nameEn,
  keywords,
  defaultKind,
  ...extra,
});

const floorAttribute: CategoryAttribute = { code: 'floor', datatype: 'string', required: false, description: '楼层或门牌（如有） / floor or door number, if any', order: 1 };
const outageAttribute: CategoryAttribute = {
  code: 'outage',
  datatype: 'singlevaluelist',
  required: true,
  description: '影响范围 / how far it reaches',
  order: 1,
  values: [
    { key: 'home', name: '本户 / this home' },
    { key: 'building', name: '整栋楼 / the building' },
    { key: 'area', name: '片区 / the area' },
  ],
};

export const DEMO_APPEAL_CATEGORIES: DemoCategory[] = [
  top('CG', '城市管理', 'City management'),
  leaf('CG-ZDJY', '占道经营', 'Street vending', '占道 摆摊 流动摊贩 出店经营', 'complain', { attributes: [floorAttribute] }),
  leaf('CG-HJWS', '环境卫生', 'Sanitation', '垃圾 清扫 公厕 垃圾桶', 'complain'),
  leaf('CG-WJ', '违章建筑', 'Illegal building', '违建 私搭乱建 加盖', 'report'),
  top('ZF', '住房', 'Housing'),
  leaf('ZF-WY', '物业管理', 'Property management', '物业 小区 电梯 门禁 物业费', 'complain'),
  leaf('ZF-GN', '供暖', 'Heating', '暖气 不热 供热 采暖费', 'help', { utility: true }),
  top('SB', '社会保障', 'Social security'),
  leaf('SB-SB', '社保', 'Social insurance', '社保 养老保险 缴费基数 退休', 'consult'),
  leaf('SB-YB', '医保', 'Medical insurance', '医保 报销 异地就医 门诊', 'consult'),
  leaf('SB-LD', '劳动关系', 'Labour relations', '欠薪 工资 劳动合同 加班', 'complain'),
  top('QY', '企业服务', 'Enterprise services'),
  leaf('QY-KB', '企业开办', 'Starting a business', '营业执照 开公司 注册 个体户', 'consult'),
  leaf('QY-SP', '审批服务', 'Approvals', '审批 许可 办件 窗口 材料', 'complain'),
  leaf('QY-ZC', '惠企政策', 'Support policies', '补贴 奖励 减税 政策兑现', 'consult'),
  leaf('QY-ZF', '涉企执法', 'Inspections of enterprises', '检查 罚款 执法 乱收费', 'complain'),
  top('JT', '交通', 'Transport'),
  leaf('JT-GJ', '公交', 'Buses', '公交 站点 线路 司机', 'suggest'),
  leaf('JT-DL', '道路设施', 'Roads', '路灯 井盖 坑洼 红绿灯', 'help'),
  top('GY', '公用事业', 'Utilities'),
  leaf('GY-GS', '供水', 'Water supply', '停水 水压 水质 自来水', 'help', { utility: true, attributes: [outageAttribute] }),
  leaf('GY-GD', '供电', 'Power supply', '停电 电压 电费', 'help', { utility: true, attributes: [outageAttribute] }),
  leaf('GY-RQ', '燃气', 'Gas', '燃气 天然气 漏气 燃气费', 'help', { utility: true, attributes: [outageAttribute] }),
  top('HB', '生态环境', 'Environment'),
  leaf('HB-ZS', '噪声', 'Noise', '噪音 施工 扰民 夜间', 'complain'),
  leaf('HB-WR', '大气与水污染', 'Pollution', '油烟 排污 异味 扬尘', 'report'),
  top('GA', '公安', 'Public security'),
  leaf('GA-HJ', '户籍', 'Household registration', '户口 落户 身份证 居住证', 'consult'),
  top('JY', '教育', 'Education'),
  leaf('JY-RX', '入学', 'School admission', '入学 划片 学位 幼儿园', 'consult'),
  top('ZW', '政务服务', 'Government conduct'),
  leaf('ZW-SX', '政务失信', 'Government dishonesty', '政府失信 拖欠 违约 不兑现 承诺', 'report'),
  leaf('ZW-BY', '表扬', 'Praise', '表扬 感谢 锦旗', 'praise'),
];

/** Category → the city bureau that leads it (department codes of server/seed/departments.ts); district ones below. */
export const DEMO_DISPATCH_RULES: { categoryCode: string; areaCode: string | null; lead: string; support?: string[] }[] = [
  { categoryCode: 'CG', areaCode: null, lead: 'HHHT-ZJ' },
  { categoryCode: 'CG-ZDJY', areaCode: '150105', lead: 'HHHT-SH', support: ['HHHT-SH-SCJG'] },
  { categoryCode: 'CG-ZDJY', areaCode: '150102', lead: 'HHHT-XC', support: ['HHHT-XC-SCJG'] },
  { categoryCode: 'ZF', areaCode: null, lead: 'HHHT-ZJ' },
  { categoryCode: 'SB-SB', areaCode: null, lead: 'HHHT-RS' },
  { categoryCode: 'SB-LD', areaCode: null, lead: 'HHHT-RS' },
  { categoryCode: 'SB-YB', areaCode: null, lead: 'HHHT-YB' },
  { categoryCode: 'QY-KB', areaCode: null, lead: 'HHHT-SCJG', support: ['HHHT-ZWFW'] },
  { categoryCode: 'QY-SP', areaCode: null, lead: 'HHHT-ZWFW' },
  { categoryCode: 'QY-ZC', areaCode: null, lead: 'HHHT-FG', support: ['HHHT-CZ'] },
  { categoryCode: 'QY-ZF', areaCode: null, lead: 'HHHT-SF' },
  { categoryCode: 'JT', areaCode: null, lead: 'HHHT-JT' },
  { categoryCode: 'GY-GS', areaCode: null, lead: 'HHHT-SL' },
  { categoryCode: 'GY-GD', areaCode: null, lead: 'HHHT-FG' },
  { categoryCode: 'GY-RQ', areaCode: null, lead: 'HHHT-ZJ' },
  { categoryCode: 'HB', areaCode: null, lead: 'HHHT-ST' },
  { categoryCode: 'GA', areaCode: null, lead: 'HHHT-GA' },
  { categoryCode: 'JY', areaCode: null, lead: 'HHHT-JY' },
  { categoryCode: 'ZW-BY', areaCode: null, lead: 'HHHT-ZWFW' },
];
