// Words of the demo city's enterprise service (企业服务): what enterprises raise at contacts and which unit answers,
// key projects' kinds, approval blockers by stage with the department holding them, hall-inspection findings.
// Department codes are server/seed/departments.ts's.

/** The government (or zone committee) following enterprises and projects of a district. */
export const DISTRICT_UNITS: Record<string, string> = {
  '150102': 'HHHT-XC',
  '150103': 'HHHT-HM',
  '150104': 'HHHT-YQ',
  '150105': 'HHHT-SH',
  '150121': 'HHHT-TZ',
  '150122': 'HHHT-TKT',
  '150123': 'HHHT-HL',
  '150124': 'HHHT-QSH',
  '150125': 'HHHT-WC',
  '150172': 'HHHT-JKQ',
};

export const CONTACT_SUMMARIES = [
  '了解企业生产经营情况和用工需求，宣讲助企纾困政策',
  '座谈了解企业投产后的审批服务需求',
  '对接企业融资需求，介绍政银合作产品',
  '电话回访帮扶事项办理进展',
  '了解留抵退税和稳岗返还政策落实情况',
  '走访企业生产车间，了解用地、用水、用电需求',
  '线上对接企业项目前期手续办理计划',
  '了解企业上下游配套和物流需求',
  '宣讲“证照分离”和告知承诺制改革政策',
  '了解企业对政务服务“好差评”的意见建议',
] as const;

export const CONTACT_STAFF = ['营商办 刘晓燕', '营商办 王磊、张敏', '营商办 刘晓燕、帮扶管家', '营商办 赵婷', '营商办 王磊'] as const;

/** A problem an enterprise raises, the unit it goes to, and what that unit answers (solved or explained). */
export const PROBLEMS: readonly { title: string; unit: string; solved: string; explained: string }[] = [
  { title: '厂区周边道路未接通市政管网', unit: 'HHHT-ZJ', solved: '已协调市政管网接入，雨污水管网已接通', explained: '该路段管网已列入明年建设计划，已向企业说明并给出临时排水方案' },
  { title: '项目用地手续办理进度慢', unit: 'HHHT-ZRZY', solved: '已开辟绿色通道，用地批复已出具', explained: '用地指标需自治区审批，已向企业说明办理进度' },
  { title: '招工难，希望协助对接技能人才', unit: 'HHHT-RS', solved: '已组织专场招聘会，企业招聘技能工人 46 名', explained: '已推送人才信息，高端人才引进政策已向企业解释' },
  { title: '留抵退税到账时间长', unit: 'HHHT-SW', solved: '已加快审核，退税款已到账', explained: '退税需核实进项发票，已告知企业所需资料和时限' },
  { title: '食品经营许可证延续办理咨询', unit: 'HHHT-SCJG', solved: '已指导企业网上办理，许可证已延续', explained: '已告知企业办理条件和材料' },
  { title: '企业开办后银行开户与社保登记衔接不畅', unit: 'HHHT-ZWFW', solved: '已纳入企业开办“一件事”，一次办结', explained: '银行开户属银行业务，已协调银行网点进驻大厅' },
  { title: '申请兑付招商引资奖励资金', unit: 'HHHT-CZ', solved: '奖励资金已按协议兑付到位', explained: '部分奖励条件未满足，已向企业解释兑付条件' },
  { title: '排污许可变更办理时限长', unit: 'HHHT-ST', solved: '已压缩办理时限，变更已完成', explained: '需补充环境监测报告，已告知企业' },
  { title: '外贸企业报关业务咨询', unit: 'HHHT-HG', solved: '已上门指导企业使用单一窗口办理', explained: '已解答报关流程和所需单证' },
  { title: '厂房不动产登记证书办理慢', unit: 'HHHT-BDC', solved: '已实行“交房即交证”，证书已发放', explained: '因历史遗留问题需补缴税费，已向企业说明' },
  { title: '用水报装需多头跑', unit: 'HHHT-SL', solved: '已实现用水报装“一窗受理”，已通水', explained: '该区域供水管网容量不足，已说明扩容计划' },
  { title: '冷链物流车辆进城通行证办理', unit: 'HHHT-GA', solved: '已办理货车通行证并实行网上申领', explained: '限行区域政策已向企业解释，已推荐替代路线' },
  { title: '希望享受高新技术企业认定政策', unit: 'HHHT-FG', solved: '已指导企业申报，认定已通过', explained: '企业研发投入比例未达标准，已解释认定条件' },
  { title: '住房公积金缴存基数调整咨询', unit: 'HHHT-GJJ', solved: '已指导企业办理基数调整', explained: '已解答政策口径' },
];

export const PROJECT_KINDS = [
  '年产5万吨乳制品扩建项目',
  '数据中心二期工程',
  '100MW光伏发电项目',
  '智能制造产业园项目',
  '物流仓储中心项目',
  '新材料生产线项目',
  '商住综合体项目',
  '装配式建筑生产基地项目',
  '冷链物流园项目',
  '生物医药研发中心项目',
  '污水处理厂提标改造工程',
  '城市更新改造项目',
  '风电装备制造项目',
  '农畜产品精深加工项目',
  '算力中心项目',
] as const;

/** Approval blockers (堵点) by stage, with the department that holds each. */
export const BLOCKERS: Record<'planning' | 'engineering' | 'construction' | 'acceptance', readonly { title: string; unit: string }[]> = {
  planning: [
    { title: '用地预审与选址意见书办理受阻', unit: 'HHHT-ZRZY' },
    { title: '规划条件未及时出具', unit: 'HHHT-ZRZY' },
    { title: '项目备案信息变更', unit: 'HHHT-FG' },
    { title: '环境影响评价批复未取得', unit: 'HHHT-ST' },
    { title: '节能审查意见未出具', unit: 'HHHT-FG' },
  ],
  engineering: [
    { title: '建设工程规划许可证办理慢', unit: 'HHHT-ZRZY' },
    { title: '施工图审查意见反复修改', unit: 'HHHT-ZJ' },
    { title: '消防设计审查未通过', unit: 'HHHT-ZJ' },
    { title: '水土保持方案审批', unit: 'HHHT-SL' },
    { title: '人防工程易地建设核定', unit: 'HHHT-ZJ' },
  ],
  construction: [
    { title: '施工许可证要件不全', unit: 'HHHT-ZJ' },
    { title: '农民工工资保证金缴存', unit: 'HHHT-RS' },
    { title: '临时用水接入', unit: 'HHHT-SL' },
    { title: '质量安全监督手续', unit: 'HHHT-ZJ' },
    { title: '建筑垃圾运输处置核准', unit: 'HHHT-JT' },
  ],
  acceptance: [
    { title: '消防验收排期长', unit: 'HHHT-ZJ' },
    { title: '规划核实测绘结果有异议', unit: 'HHHT-ZRZY' },
    { title: '竣工验收备案资料退回', unit: 'HHHT-ZJ' },
    { title: '不动产首次登记', unit: 'HHHT-BDC' },
    { title: '特种设备使用登记', unit: 'HHHT-SCJG' },
  ],
};

export const BLOCKER_SOLUTIONS = [
  '推进会明确牵头部门，实行容缺受理，一周内办结',
  '多部门联合会审，一次性出具意见',
  '实行告知承诺制，先行办理后补材料',
  '开辟绿色通道，专人跟踪办理',
  '区域评估成果直接应用，免于单独评估',
  '并联审批，压缩办理时限',
] as const;

/** The county halls inspected (明查暗访): the hall, its department and area. */
export const HALLS = [
  { hall: '托克托县政务服务中心', unit: 'HHHT-TKT-ZWFW', market: 'HHHT-TKT-SCJG', region: '150122' },
  { hall: '清水河县政务服务中心', unit: 'HHHT-QSH-ZWFW', market: 'HHHT-QSH-SCJG', region: '150124' },
  { hall: '武川县政务服务中心', unit: 'HHHT-WC-ZWFW', market: 'HHHT-WC-SCJG', region: '150125' },
  { hall: '土默特左旗政务服务中心', unit: 'HHHT-TZ-ZWFW', market: 'HHHT-TZ-SCJG', region: '150121' },
] as const;

export const FINDINGS: readonly { title: string; detail: string; severity: 'minor' | 'serious'; market?: boolean }[] = [
  { title: '窗口工作人员脱岗、上班时间玩手机', detail: '暗访时 2 个窗口无人，1 名工作人员玩手机', severity: 'serious' },
  { title: '一次性告知单未发放', detail: '办事群众未拿到一次性告知单，需多次补交材料', severity: 'minor' },
  { title: '综合窗口未实现无差别受理', detail: '仍按部门分设窗口，群众需多窗口排队', severity: 'serious' },
  { title: '办事指南与实际要求不一致', detail: '市场主体登记指南所列材料与窗口要求不一致', severity: 'minor', market: true },
  { title: '帮办代办窗口无人值守', detail: '帮办代办窗口标识齐全但无人值守', severity: 'minor' },
  { title: '“好差评”评价器未正常使用', detail: '部分窗口评价器关闭，未主动邀请评价', severity: 'minor' },
  { title: '自助服务终端故障未及时维修', detail: '营业执照自助打印终端故障超过一周', severity: 'minor', market: true },
  { title: '首问负责制落实不到位', detail: '咨询群众被多次推诿到其他窗口', severity: 'serious' },
] as const;

export const INSPECTORS = ['营商办 刘晓燕、王磊', '营商办 赵婷、市纪委监委 张强', '营商办 王磊、市委市政府督查室 李娜', '营商办 刘晓燕、张敏'] as const;
export const JOINT_WITH = ['', '市纪委监委', '市委市政府督查室', '市纪委监委、市委市政府督查室'] as const;
