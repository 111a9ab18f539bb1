// The texts of the demo ledger (section 一(一) of the work report): the leading group's member units, the province's
// evaluation feedback (28 issues in two batches), the chapters of the province's action plan and of the city's
// implementing plan with their measures, leaders' instructions and the decisions dispatch meetings take. Names of
// people are made up; telephone numbers are office switchboard numbers of the demo city's format.

/** [department code, role, leader, leader's title, contact, duties]; `joined: 'half'` joined in this half-year's adjustment, `left` left in it. */
export const MEMBERS: { code: string; role: 'head' | 'deputy' | 'member'; leader: string; title: string; contact: string; duties: string; joined?: 'half'; left?: true }[] = [
  { code: 'HHHT', role: 'head', leader: '张海峰', title: '市委常委、常务副市长', contact: '李明', duties: '统筹全市优化营商环境工作，主持领导小组会议，研究解决重大问题' },
  { code: 'HHHT-YSB', role: 'deputy', leader: '刘建华', title: '市优化营商环境工作专班办公室主任', contact: '刘晓燕', duties: '承担领导小组日常工作：台账管理、月调度、季度报送、督查督办和评估迎检' },
  { code: 'HHHT-ZWFW', role: 'deputy', leader: '赵文斌', title: '市政务服务与数据管理局局长', contact: '王丽', duties: '牵头政务服务指标：一网通办、一窗受理、一件事一次办、政务服务好差评' },
  { code: 'HHHT-FG', role: 'member', leader: '孙立新', title: '市发展和改革委员会副主任', contact: '周婷', duties: '牵头获得电力、招标投标、包容普惠创新指标；重点项目推进' },
  { code: 'HHHT-SCJG', role: 'member', leader: '马俊', title: '市市场监督管理局副局长', contact: '赵强', duties: '牵头开办企业、市场监管、知识产权创造保护和运用指标' },
  { code: 'HHHT-SW', role: 'member', leader: '韩雪梅', title: '市税务局副局长', contact: '吴涛', duties: '牵头纳税指标：非接触式办税、留抵退税、税费服务' },
  { code: 'HHHT-ZJ', role: 'member', leader: '郭志远', title: '市住房和城乡建设局副局长', contact: '杨帆', duties: '牵头办理建筑许可、获得用水用气指标；工程建设项目审批制度改革' },
  { code: 'HHHT-ZRZY', role: 'member', leader: '高建军', title: '市自然资源局副局长', contact: '冯磊', duties: '配合办理建筑许可、登记财产指标；多规合一、用地审批' },
  { code: 'HHHT-BDC', role: 'member', leader: '田慧', title: '市不动产登记中心主任', contact: '郝佳', duties: '牵头登记财产指标：不动产登记一窗办理、水电气网联动过户' },
  { code: 'HHHT-RS', role: 'member', leader: '白永胜', title: '市人力资源和社会保障局副局长', contact: '郑红', duties: '牵头劳动力市场监管指标；社保经办、劳动争议仲裁' },
  { code: 'HHHT-CZ', role: 'member', leader: '钱文博', title: '市财政局副局长', contact: '许娜', duties: '牵头政府采购、获得信贷指标；政府采购合同融资' },
  { code: 'HHHT-SW2', role: 'member', leader: '乔宏伟', title: '市商务局副局长', contact: '黄静', duties: '牵头跨境贸易指标；外资企业服务' },
  { code: 'HHHT-HG', role: 'member', leader: '常青', title: '呼和浩特海关副关长', contact: '魏东', duties: '配合跨境贸易指标：通关时间、国际贸易单一窗口' },
  { code: 'HHHT-ZY', role: 'member', leader: '袁丽华', title: '市中级人民法院副院长', contact: '石磊', duties: '牵头执行合同、办理破产指标；府院联动' },
  { code: 'HHHT-GA', role: 'member', leader: '贾振东', title: '市公安局副局长', contact: '任杰', duties: '配合开办企业（刻章）、政务服务（户籍、车驾管）事项' },
  { code: 'HHHT-GJJ', role: 'member', leader: '方敏', title: '市住房公积金管理中心副主任', contact: '丁雪', duties: '配合开办企业、政务服务：公积金缴存登记、跨省通办' },
  { code: 'HHHT-12345', role: 'member', leader: '温晓光', title: '市12345热线主任', contact: '陈静', duties: '接诉即办：企业和群众诉求受理、派单、督办和回访' },
  { code: 'HHHT-SF', role: 'member', leader: '邢宇', title: '市司法局副局长', contact: '潘悦', duties: '牵头保护中小投资者指标；涉企执法监督、包容审慎监管清单', joined: 'half' },
  { code: 'HHHT-GGZY', role: 'member', leader: '牛卫国', title: '市公共资源交易中心主任', contact: '宋佳', duties: '配合招标投标、政府采购指标：全流程电子化交易、保证金退还', joined: 'half' },
  { code: 'HHHT-HLXQ', role: 'member', leader: '白云飞', title: '和林格尔新区管委会副主任', contact: '蒋蕾', duties: '新区营商环境改革先行先试，承接市级审批权限下放', joined: 'half' },
  { code: 'HHHT-YC', role: 'member', leader: '吕德明', title: '市烟草专卖局副局长', contact: '彭亮', duties: '烟草专卖零售许可办理', left: true },
];

/** The province's evaluation feedback: [indicator, issue, lead unit, measure]; the first 16 due in June, the rest in October. */
export const FEEDBACK: [indicator: string, issue: string, lead: string, measure: string][] = [
  ['开办企业', '企业开办平台与税务、社保系统数据共享不充分，部分信息仍需重复填报', 'HHHT-SCJG', '打通企业开办平台与税务、社保、公积金系统接口，实现一表填报、数据共享'],
  ['开办企业', '电子营业执照跨部门应用场景少', 'HHHT-SCJG', '拓展电子营业执照在银行开户、社保登记、公积金缴存等场景的应用'],
  ['办理建筑许可', '工程建设项目审批全流程用时高于自治区先进水平', 'HHHT-ZJ', '社会投资小型低风险项目审批时限压减至 15 个工作日以内'],
  ['办理建筑许可', '施工图联合审查和竣工联合验收覆盖不全', 'HHHT-ZJ', '全面推行施工图数字化联审和竣工联合验收'],
  ['办理建筑许可', '“多规合一”业务协同平台应用不充分', 'HHHT-ZRZY', '项目策划生成阶段全部纳入多规合一平台协同'],
  ['获得电力', '低压小微企业接电成本和时间仍有压缩空间', 'HHHT-FG', '160 千瓦及以下小微企业低压接入“三零”服务全覆盖'],
  ['获得用水用气', '用水用气报装环节多、外线工程审批慢', 'HHHT-ZJ', '水气报装外线工程审批实行并联办理、告知承诺'],
  ['登记财产', '不动产登记与水电气网过户联动办理尚未全面实现', 'HHHT-BDC', '不动产转移登记与水电气网过户一窗联办'],
  ['登记财产', '企业间存量非住宅转移登记时间较长', 'HHHT-BDC', '企业间非住宅转移登记压缩至 1 个工作日'],
  ['纳税', '非接触式办税比例偏低，部分事项仍需到厅办理', 'HHHT-SW', '主要涉税事项实现全程网上办理'],
  ['纳税', '增值税留抵退税审核时间偏长', 'HHHT-SW', '留抵退税审核时限压缩至 3 个工作日'],
  ['跨境贸易', '进出口整体通关时间高于全区平均水平', 'HHHT-SW2', '推广“提前申报”“两步申报”，压缩整体通关时间'],
  ['获得信贷', '中小微企业首贷获得率偏低，信用贷款占比不高', 'HHHT-CZ', '建设中小企业融资综合信用服务平台，扩大信用贷款'],
  ['保护中小投资者', '涉企行政执法“首违不罚”清单落实不到位', 'HHHT-SF', '全面落实包容审慎监管“四张清单”'],
  ['执行合同', '商事案件审理周期偏长，执行到位率不高', 'HHHT-ZY', '商事案件繁简分流，简易案件平均审理周期压减 20%'],
  ['政务服务', '政务服务事项全程网办率偏低', 'HHHT-ZWFW', '依申请政务服务事项全程网办率提高到 85% 以上'],
  ['办理破产', '府院联动破产处置机制运行不畅', 'HHHT-ZY', '建立常态化府院联动破产处置协调机制'],
  ['劳动力市场监管', '劳动争议仲裁结案时间偏长', 'HHHT-RS', '劳动争议仲裁简易案件 30 日内结案'],
  ['政府采购', '政府采购合同线上签订和资金支付进度偏慢', 'HHHT-CZ', '政府采购合同网上签订、资金支付不超过 10 个工作日'],
  ['招标投标', '招投标全流程电子化不完全，保证金退还不及时', 'HHHT-FG', '推行电子保函替代现金保证金，全流程电子化交易'],
  ['政务服务', '“一件事一次办”事项少、群众知晓度低', 'HHHT-ZWFW', '新增“一件事一次办”主题服务 20 项并加强宣传'],
  ['政务服务', '12345 热线企业诉求办理满意率有待提升', 'HHHT-12345', '开设企业服务专席，涉企诉求 3 个工作日内答复'],
  ['知识产权创造保护和运用', '知识产权质押融资规模小', 'HHHT-SCJG', '开展知识产权质押融资“入园惠企”行动'],
  ['市场监管', '“双随机、一公开”跨部门联合抽查比例偏低', 'HHHT-SCJG', '跨部门联合抽查占比提高到 30% 以上'],
  ['包容普惠创新', '创新创业载体服务能力不足', 'HHHT-FG', '提升孵化器、众创空间服务能力，新增国家级载体 2 家'],
  ['政务服务', '公积金业务“跨省通办”事项少', 'HHHT-GJJ', '公积金高频业务全部实现“跨省通办”'],
  ['跨境贸易', '国际贸易“单一窗口”功能覆盖率不高', 'HHHT-HG', '国际贸易单一窗口主要业务应用率达到 100%'],
  ['包容普惠创新', '优质教育、医疗资源供给与企业人才需求不匹配', 'HHHT-FG', '完善高层次人才子女入学、就医绿色通道'],
];

/** The chapters both plans share (the province's action plan → the city's implementing plan), with the city's measures. */
export const CHAPTERS: { title: string; lead: string; support: string[]; measures: string[] }[] = [
  { title: '持续优化企业开办和注销服务', lead: 'HHHT-SCJG', support: ['HHHT-SW', 'HHHT-GA', 'HHHT-GJJ'], measures: ['企业开办全程网办，一个环节、半天办结', '推行住所（经营场所）登记承诺制', '推广电子营业执照和电子印章同步发放', '开展企业简易注销改革', '探索“一照多址”“一证多址”改革', '推进经营主体登记确认制', '建立企业歇业备案制度', '新开办企业免费刻制公章', '个体工商户登记全程电子化', '开展市场准入效能评估'] },
  { title: '深化工程建设项目审批制度改革', lead: 'HHHT-ZJ', support: ['HHHT-ZRZY', 'HHHT-FG'], measures: ['推行“拿地即开工”审批模式', '分类压缩工程建设项目审批时限', '实行区域评估成果共享', '推行施工图审查政府购买服务', '推进工程建设项目联合验收', '建立审批“容缺受理”清单', '推行水电气暖信报装与施工许可并联', '工程建设项目审批管理系统全流程覆盖', '实行建筑工程施工许可告知承诺', '建立重点项目审批帮办代办制度'] },
  { title: '提升水电气暖获得便利度', lead: 'HHHT-FG', support: ['HHHT-ZJ'], measures: ['低压小微企业用电报装“三零”服务', '高压用户用电报装“省力、省时、省钱”', '供水报装压缩至 4 个工作日', '供气报装压缩至 4 个工作日', '供热报装线上办理', '水电气暖联合报装一站式服务', '外线工程审批实行告知承诺', '公布水电气暖服务标准和收费清单', '推进电网、水网改造提升供给可靠性', '建立停电停水停气预告制度'] },
  { title: '提高不动产登记效率', lead: 'HHHT-BDC', support: ['HHHT-ZRZY', 'HHHT-SW'], measures: ['一般登记 3 个工作日内办结', '抵押登记 1 个工作日内办结', '推行“交地即发证”“交房即发证”', '不动产登记与水电气网过户联办', '推广不动产登记电子证照', '开展“带押过户”', '银行网点延伸不动产抵押登记', '公开不动产登记信息查询', '推进地籍调查成果共享', '建立不动产登记责任险制度'] },
  { title: '优化纳税服务', lead: 'HHHT-SW', support: ['HHHT-CZ'], measures: ['推行非接触式办税缴费', '全面数字化电子发票推广', '压缩留抵退税办理时间', '建立税费服务诉求快速响应机制', '推广“一键申报”', '开展“便民办税春风行动”', '涉税事项“最多跑一次”清单', '建设智慧办税服务厅', '企业所得税汇算清缴辅导', '纳税信用修复线上办理'] },
  { title: '提升跨境贸易便利化水平', lead: 'HHHT-SW2', support: ['HHHT-HG'], measures: ['压缩进出口整体通关时间', '推广“提前申报”“两步申报”', '国际贸易单一窗口功能拓展', '降低进出口环节合规成本', '推进中欧班列集结中心建设', '开展外贸企业信用培育', '建立外贸企业服务专员制度', '推进跨境电商综试区建设', '口岸收费目录清单公示', '推动铁路口岸查验设施升级'] },
  { title: '加大金融服务实体经济力度', lead: 'HHHT-CZ', support: ['HHHT-FG'], measures: ['建设中小企业融资综合信用服务平台', '开展“银税互动”信用贷款', '推行政府采购合同融资', '设立中小企业应急转贷资金', '开展首贷续贷服务中心建设', '推广知识产权质押融资', '落实融资担保降费奖补', '开展“金融顾问”进企业', '推进动产融资统一登记', '建立企业融资需求清单'] },
  { title: '强化法治保障', lead: 'HHHT-SF', support: ['HHHT-ZY', 'HHHT-JCY'], measures: ['落实包容审慎监管“四张清单”', '开展涉企行政执法专项监督', '推行商事案件繁简分流', '建立府院联动破产处置机制', '开展清理拖欠企业账款专项行动', '推行涉企纠纷多元化解', '开展“法治体检”进企业', '规范涉企行政检查', '建立营商环境投诉举报快速处置机制', '开展行政复议护航营商环境行动'] },
  { title: '提升政务服务效能', lead: 'HHHT-ZWFW', support: ['HHHT-12345', 'HHHT-GJJ', 'HHHT-YB'], measures: ['推行“高效办成一件事”', '政务服务事项全程网办', '推进政务服务“跨省通办”', '建设“15 分钟政务服务圈”', '推行帮办代办服务', '开展“好差评”整改闭环', '推进电子证照扩大应用', '12345 热线企业服务专席', '推行“免申即享”惠企政策', '建设政务服务“一张网”'] },
  { title: '维护公平竞争市场秩序', lead: 'HHHT-SCJG', support: ['HHHT-FG', 'HHHT-GGZY'], measures: ['开展妨碍统一市场和公平竞争问题清理', '推行“双随机、一公开”跨部门联合抽查', '推进信用分级分类监管', '推行招投标全流程电子化', '推广电子保函替代保证金', '开展政府采购领域专项整治', '建立公平竞争审查第三方评估', '开展知识产权保护专项行动', '推进“互联网+监管”', '建立企业信用修复机制'] },
];

/** Leaders' instructions (领导批示): [month, day, text, lead unit, due month]. */
export const INSTRUCTIONS: [month: number, day: number, text: string, lead: string, dueMonth: number][] = [
  [2, 18, '书记批示：进一步压缩企业开办时间，年中前实现全程网办、一日办结', 'HHHT-SCJG', 6],
  [3, 5, '市长常务会：研究出台年度优化营商环境重点任务清单', 'HHHT-YSB', 4],
  [5, 8, '书记批示：集中解决重点项目审批手续办理中的“中梗阻”问题', 'HHHT-ZJ', 9],
  [8, 12, '书记批示：提升 12345 热线涉企诉求办理质效', 'HHHT-12345', 12],
  [9, 3, '市长批示：推进“高效办成一件事”，年底前新增主题服务 20 项', 'HHHT-ZWFW', 12],
];

/** What dispatch meetings decide, [text, lead unit] (two a meeting, in turn). */
export const DECISIONS: [string, string][] = [
  ['月底前完成工程建设项目审批系统与不动产登记系统对接', 'HHHT-ZJ'],
  ['梳理反馈问题整改中的难点事项，形成清单报专班', 'HHHT-YSB'],
  ['开展企业开办“一日办结”情况实地核查', 'HHHT-SCJG'],
  ['推动留抵退税资金及时足额退付', 'HHHT-SW'],
  ['研究解决重点项目用地手续滞后问题', 'HHHT-ZRZY'],
  ['组织 12345 热线涉企诉求专项回访', 'HHHT-12345'],
  ['制定“一件事一次办”新增事项工作方案', 'HHHT-ZWFW'],
  ['协调电网企业压缩重点项目接电时间', 'HHHT-FG'],
  ['开展政府采购合同融资政策宣传', 'HHHT-CZ'],
  ['清理拖欠中小企业账款，按月报送进展', 'HHHT-SF'],
  ['推进“带押过户”在各银行网点落地', 'HHHT-BDC'],
  ['组织评估迎检材料预审', 'HHHT-YSB'],
];

/** What units report: [text, figure labels]. */
export const REPORTS: [string, string[]][] = [
  ['已召开专题推进会，明确责任科室和时间节点，正在按计划推进。', ['推进会（次）', '完成节点（个）']],
  ['已完成系统对接方案编制，接口联调进行中。', ['对接系统（个）', '联调完成率（%）']],
  ['已印发实施细则，组织业务培训，窗口人员全部完成培训。', ['培训人次', '印发文件（件）']],
  ['本月办理相关业务，平均办理时限较上月进一步压缩。', ['办理件数', '平均时限（工作日）']],
  ['已赴旗县区开展督导，发现问题已督促整改。', ['督导次数', '发现问题（个）']],
];
