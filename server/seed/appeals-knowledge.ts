// The demo city's hotline knowledge base (知识库): answers the 12345 seats read out to callers in 呼和浩特, filed
// under the demo appeal categories (server/seed/appeals-categories.ts: seed those first) and vouched for by the
// departments concerned. Seasonal answers (供暖, 医保集中缴费, 入学报名) carry their validity dates, one past
// season's heating answer is already expired, and one answer is retired (停用). Demo texts: figures follow the national and regional rules in
// outline; the real ones are whatever the departments publish. Seeding adds only titles not there yet.
import type { CreateKnowledgeBody } from '../../common/api/appeals-knowledge.ts';
import { shanghaiDate } from '../../common/calendar/index.ts';
import type { KnowledgeService } from '../modules/appeals/index.ts';
import type { Actor } from '../platform/audit/index.ts';

/** What the seed needs of the services (the appeals room's knowledge service, the department list). */
export interface KnowledgeSeedServices {
  appeals: { knowledge: Pick<KnowledgeService, 'ensureEntries' | 'search' | 'retire'> };
  org: { departments: { listDepartments(): Promise<{ id: string; code: string }[]> } };
}

type Entry = [title: string, category: string, department: string | null, keywords: string[], answer: string, valid?: [from: string, to: string | null]];

/** The entries as of `today` (YYYY-MM-DD, Asia/Shanghai): seasonal ones for the season at hand. */
export function demoKnowledge(today: string): Entry[] {
  const year = Number(today.slice(0, 4));
  // 采暖期 10月15日—次年4月15日; its answer is read out from the fee notices (9月1日) to the season's end.
  const season = today > `${year}-04-15` ? year : year - 1;
  // 城乡居民医保: the next year's contributions are collected from 9月1日 to 12月31日.
  const premiumYear = today >= `${year}-09-01` ? year : year - 1;
  // 小学入学: registration for the autumn intake runs from 5月 to 8月.
  const intake = today >= `${year}-05-01` ? year : year - 1;
  return [
    // 城市管理
    ['城市占道经营投诉处理流程', 'CG-ZDJY', 'HHHT-12345', ['占道', '摆摊', '流动摊贩', '店外经营'],
      '市民反映占道经营、店外经营、流动摊贩堵塞通道的，热线记录具体地址（路名、门牌或标志物）、时间段和占道情况，按属地派至所在旗县区城市管理执法部门。执法部门一般在 2 个工作日内到场核查，首次发现的以劝导、限期整改为主，拒不整改的依法处罚。处置结果通过热线回复来电人，来电人对处理结果不满意的可在回访时说明，工单将重办。'],
    ['夜市与便民摊点疏导点设置', 'CG-ZDJY', null, ['夜市', '摆摊', '便民点', '疏导点'],
      '本市在各城区设置了便民摊点疏导点和夜市，摊主可向所在街道办事处或城区城市管理部门申请，按规定的时段和区域经营，并做到人走场清。疏导点以外的主次干道、人行道、桥梁、学校和医院周边禁止摆摊设点。具体点位可咨询所在街道办事处。'],
    ['生活垃圾清运不及时投诉处理', 'CG-HJWS', null, ['垃圾', '清运', '垃圾桶', '环卫'],
      '小区内的生活垃圾由物业服务企业收集至垃圾收集点，再由环卫部门清运；无物业的老旧小区由所在社区和街道负责。反映垃圾满溢、清运不及时的，请说明小区名称、收集点位置和持续时间，热线将派至所在城区环境卫生主管部门，要求 24 小时内清运并回复。'],
    ['装修垃圾（建筑垃圾）清运办理', 'CG-HJWS', null, ['装修垃圾', '建筑垃圾', '渣土'],
      '居民装修产生的垃圾应袋装后堆放在物业指定的地点，不得混入生活垃圾桶。清运须由具备建筑垃圾运输资质的企业承担，费用由产生者承担，可通过物业统一委托。无物业的小区可联系所在社区。乱倒建筑垃圾的可拨打 12345 举报。'],
    // 住房
    ['物业服务纠纷投诉渠道', 'ZF-WY', 'HHHT-ZJ', ['物业', '物业费', '业委会', '物业服务'],
      '对物业服务质量、收费标准或公共收益有异议的，可先向物业服务企业书面提出，也可向小区业主委员会或所在社区反映；协商不成的，可通过 12345 反映，热线派至所在城区住房和城乡建设部门（物业管理科）核查处理。涉及合同纠纷的，也可依法申请人民调解或向人民法院起诉。'],
    ['住宅专项维修资金使用申请', 'ZF-WY', 'HHHT-ZJ', ['维修资金', '电梯维修', '屋面漏水', '大修'],
      '住宅共用部位、共用设施设备（电梯、屋面防水、外墙、管网等）保修期满后的维修和更新改造，可申请使用专项维修资金。一般由业主委员会或物业服务企业提出使用方案，经专有部分面积占比三分之二以上且人数占比三分之二以上的业主参与表决，并经参与表决的业主双过半同意后，向住建部门申请划转。电梯停运、屋面漏水等紧急情况可走应急使用程序。'],
    [`供暖收费标准（${season}—${season + 1}年采暖期）`, 'ZF-GN', 'HHHT-ZJ', ['供暖费', '暖气费', '采暖费', '供热'],
      `本市采暖期为 ${season} 年 10 月 15 日至 ${season + 1} 年 4 月 15 日。居民供暖费按房屋建筑面积计收，收费标准以市发展改革部门核定、供热企业张贴的收费通知为准；可通过供热企业营业厅、微信公众号、银行代收等渠道缴纳。低保户、特困人员等可按规定申请供暖补贴，向所在社区提出。`,
      [`${season}-09-01`, `${season + 1}-04-15`]],
    [`供暖收费标准（${season - 1}—${season}年采暖期）`, 'ZF-GN', 'HHHT-ZJ', ['供暖费', '暖气费', '采暖费', '供热'],
      `本市采暖期为 ${season - 1} 年 10 月 15 日至 ${season} 年 4 月 15 日。居民供暖费按房屋建筑面积计收，收费标准以供热企业张贴的收费通知为准。`,
      [`${season - 1}-09-01`, `${season}-04-15`]],
    ['室温不达标报修与退费', 'ZF-GN', 'HHHT-ZJ', ['暖气不热', '室温', '供暖不达标', '测温'],
      '采暖期内居民卧室、起居室温度应不低于 18℃。暖气不热的，请先联系供热企业报修；供热企业应在接报后 24 小时内上门测温、处理。经测温确认不达标、又未在规定时间内整改的，用户可按规定申请减免相应天数的供暖费。通过 12345 反映的，热线按水电气热类诉求 24 小时时限派单。'],
    ['供暖报停与恢复供暖', 'ZF-GN', null, ['报停', '停暖', '不供暖', '空置房'],
      '长期无人居住的房屋可在采暖期开始前向供热企业申请报停，是否允许报停及需缴纳的基础热费（空置费）比例以供热企业的规定为准。报停后需要恢复供暖的，向供热企业申请开栓。'],
    // 社会保障
    ['城镇职工基本养老保险缴费基数', 'SB-SB', 'HHHT-RS', ['社保', '缴费基数', '养老保险', '上下限'],
      '职工个人缴费基数一般按本人上年度月平均工资确定，低于全区上年度全口径城镇单位就业人员月平均工资 60% 的按 60% 确定，高于 300% 的按 300% 确定。单位按职工缴费基数之和的 16% 缴纳，个人按 8% 缴纳。当年的缴费基数上下限以自治区人力资源和社会保障厅公布的为准，单位通过社保经办系统进行年度申报。'],
    ['灵活就业人员参加职工养老保险', 'SB-SB', 'HHHT-RS', ['灵活就业', '个人交社保', '自由职业'],
      '无雇工的个体工商户、未在用人单位参保的非全日制从业人员和其他灵活就业人员，可持身份证到户籍地或居住地社保经办机构登记参保，也可通过“蒙速办”APP 或内蒙古人社网上办事大厅办理。缴费基数可在当年上下限之间自主选择，缴费比例为 20%（8% 计入个人账户）。'],
    ['社会保障卡申领与补换', 'SB-SB', 'HHHT-RS', ['社保卡', '补卡', '挂失'],
      '首次申领社会保障卡可到合作银行网点或社保卡服务网点办理，也可在线申请后邮寄。社保卡丢失的，应先通过服务电话、网点或 APP 挂失，再到网点补卡，即时制卡网点可当场领取。'],
    ['失业保险金申领', 'SB-SB', 'HHHT-RS', ['失业金', '失业保险', '领失业金'],
      '失业前用人单位和本人已缴纳失业保险满 1 年、非本人意愿中断就业、已办理失业登记并有求职要求的，可申领失业保险金。可在线申领，也可到参保地公共就业服务机构办理。领取期限按累计缴费年限确定，最长不超过 24 个月。'],
    ['医保异地就医备案', 'SB-YB', 'HHHT-YB', ['异地就医', '跨省就医', '备案', '医保报销'],
      '异地长期居住人员、常驻异地工作人员、异地转诊人员和临时外出就医人员，可通过国家医保服务平台 APP、国家异地就医备案小程序或参保地医保经办窗口办理备案。备案后在就医地开通直接结算的定点医疗机构就医，可直接刷医保码或社保卡结算。未备案的，可先自费垫付，回参保地按规定报销。'],
    [`城乡居民医保集中缴费（${premiumYear + 1}年度）`, 'SB-YB', 'HHHT-YB', ['居民医保', '医保缴费', '交医保'],
      `${premiumYear + 1} 年度城乡居民基本医疗保险集中缴费期为 ${premiumYear} 年 9 月 1 日至 12 月 31 日。可通过“蒙速办”、内蒙古税务 APP、微信或支付宝城市服务、合作银行缴纳，个人缴费标准以当年公布为准。困难群体的个人缴费按规定给予资助。`,
      [`${premiumYear}-09-01`, `${premiumYear}-12-31`]],
    ['生育津贴申领', 'SB-YB', 'HHHT-YB', ['生育津贴', '产假工资', '生育保险'],
      '参加职工生育保险的职工生育后，由用人单位在规定时间内向参保地医保经办机构申请生育津贴，按用人单位上年度职工月平均工资计发，发放天数按产假天数确定。灵活就业人员未参加生育保险的不享受生育津贴。'],
    ['住房公积金提取（租房）', 'ZF', 'HHHT-GJJ', ['公积金', '租房提取', '提取公积金'],
      '职工本人及配偶在本市无自有住房且租房自住的，可申请提取住房公积金支付房租。可通过住房公积金中心网上服务大厅、手机公积金 APP 或柜台办理，按规定额度按月或按季度提取，无需提供租房合同；租住公共租赁住房的可按实际房租提取。'],
    ['住房公积金提取（购房、偿还贷款）', 'ZF', 'HHHT-GJJ', ['公积金', '购房提取', '还贷提取', '提取公积金'],
      '购买、建造、翻建、大修自住住房的，职工及其配偶可在取得购房合同或不动产权证后申请提取；偿还住房贷款本息的，可按年或按月提取，提取额不超过还款额。可网上办理，材料以住房公积金中心的办事指南为准。'],
    ['住房公积金贷款申请条件', 'ZF', 'HHHT-GJJ', ['公积金贷款', '买房贷款', '贷款额度'],
      '申请住房公积金贷款的职工应连续足额缴存住房公积金满 6 个月，且本人及配偶无未还清的公积金贷款。贷款额度结合缴存余额、还款能力和房屋价格计算，并不超过规定的最高额度；期限最长 30 年。具体额度和利率以住房公积金中心公布为准。'],
    // 公安
    ['居住证办理', 'GA-HJ', 'HHHT-GA', ['居住证', '暂住证', '外地户口'],
      '离开常住户口所在地到本市居住半年以上，并符合有合法稳定就业、合法稳定住所、连续就读条件之一的，可申领居住证。请携带本人居民身份证、近期照片及就业、住所或就读证明，到居住地派出所或社区警务室申请；居住证每年签注一次。'],
    ['新生儿落户（出生一件事）', 'GA-HJ', 'HHHT-GA', ['新生儿', '上户口', '落户', '出生证明'],
      '新生儿出生后，监护人可通过“出生一件事”一次办理出生医学证明、户口登记、医保参保和社保卡申领。户口登记一般随父或母落户，需出生医学证明、父母双方居民户口簿和身份证、结婚证（非婚生育的按规定提供其他材料），到落户地派出所或线上办理。'],
    ['居民身份证补领与异地办理', 'GA-HJ', 'HHHT-GA', ['身份证', '补办身份证', '丢失身份证'],
      '居民身份证丢失的，可到本市任一派出所户籍窗口或出入境、身份证办理大厅申请补领，外省户籍人员也可在本市异地办理。办理时现场采集照片和指纹，补领收取工本费 20 元；急需乘车的可申请临时身份证明。'],
    // 企业服务
    ['营业执照办理流程（企业设立登记）', 'QY-KB', 'HHHT-SCJG', ['营业执照', '开公司', '注册公司', '企业设立'],
      '开办企业可登录内蒙古企业开办一网通办平台或“蒙速办”APP，一次填报完成名称申报、设立登记、公章刻制、发票申领、社保登记和公积金开户。材料齐全、符合法定形式的，设立登记当日或次日办结，可领取纸质营业执照或使用电子营业执照。办理全程免费。'],
    ['个体工商户开办', 'QY-KB', 'HHHT-SCJG', ['个体户', '个体工商户', '小店', '营业执照'],
      '开办个体工商户可通过企业开办一网通办平台在线办理，也可到经营场所所在旗县区政务服务大厅市场监管窗口办理。一般需提供经营者身份证件、经营场所使用证明，从事许可经营项目的还需取得相关许可。材料齐全的当场或当日办结，不收费。'],
    ['企业开办“一件事”（刻章、发票、社保一次办）', 'QY-KB', 'HHHT-ZWFW', ['企业开办', '刻章', '发票', '一件事'],
      '企业开办“一件事”将设立登记、公章刻制、发票申领、员工参保登记、住房公积金缴存登记和银行预约开户合并为一次申请，一般 1 个工作日内全部办结，首套公章免费刻制。政务服务大厅设有企业开办专区，可帮办代办。'],
    ['食品经营许可办理', 'QY-SP', 'HHHT-SCJG', ['食品经营许可', '开饭店', '餐饮许可', '食品许可证'],
      '从事食品销售和餐饮服务的，应取得食品经营许可证。申请人可在线或到政务服务大厅提交食品经营许可申请书、营业执照、与经营食品相适应的场所和设备说明、食品安全管理制度等材料。市场监管部门受理后按规定开展核查，在承诺时限内作出决定。适用告知承诺的可当场发证。'],
    ['仅销售预包装食品备案', 'QY-SP', 'HHHT-SCJG', ['预包装食品', '备案', '便利店', '小超市'],
      '仅销售预包装食品的，无需办理食品经营许可，取得营业执照后在开展经营活动前向所在地县级市场监管部门备案即可，可在线办理，当场完成备案。'],
    ['创业担保贷款申请', 'QY-ZC', 'HHHT-RS', ['创业贷款', '贴息贷款', '担保贷款', '惠企政策'],
      '符合条件的个人创业者可申请最高额度按规定确定的创业担保贷款，小微企业也可申请，财政按规定给予贴息。可到户籍地或创业地人社部门、经办银行咨询申请，需提供身份证、营业执照、创业项目说明等材料。'],
    // 交通
    ['老年人免费乘坐公交办理', 'JT-GJ', 'HHHT-JT', ['老年卡', '免费乘车', '公交卡', '敬老卡'],
      '本市户籍及符合条件的常住老年人，可按规定办理老年公交卡免费或优惠乘坐市内公交车。请携带身份证到公交卡服务网点办理，也可在线申请。具体年龄条件以公交部门公布为准。'],
    // 公用事业
    ['停水报修与停水通知查询', 'GY-GS', 'HHHT-SL', ['停水', '没水', '水管爆裂', '水压低'],
      '计划停水会提前在供水企业网站、公众号和小区公告栏发布。突发停水、管道爆裂可拨打供水企业服务热线报修，或通过 12345 反映，热线按水电气热类诉求 24 小时时限派单。楼内管道属于小区产权的，由物业负责维修。'],
    ['停电报修', 'GY-GD', null, ['停电', '没电', '电费', '供电'],
      '居民家中停电，请先检查自家空气开关和电表是否跳闸；整栋楼或片区停电的，可拨打供电服务热线 95598 报修，或通过“网上国网”APP 查询停电计划。通过 12345 反映的，热线按水电气热类诉求 24 小时时限转供电企业处理。'],
    ['燃气泄漏应急处置与燃气开户', 'GY-RQ', null, ['燃气', '天然气', '煤气味', '开户'],
      '闻到燃气味时，请立即关闭燃气总阀、打开门窗通风，不要开关电器、不要使用明火或拨打电话，撤离到室外后拨打燃气企业抢修电话或 119。新房开通燃气需携带房产证明和身份证到燃气企业营业厅开户，并预约安全检查后通气。'],
    // 生态环境
    ['夜间施工噪声投诉', 'HB-ZS', 'HHHT-ST', ['噪声', '夜间施工', '扰民', '工地'],
      '除抢修、抢险作业和因生产工艺要求或者特殊需要必须连续施工并取得证明的以外，禁止在夜间（22 时至次日 6 时）进行产生噪声的建筑施工作业。反映夜间施工噪声的，请说明工地位置和时间，热线派至生态环境部门或所在城区相关部门到场核查，查实的依法处理。'],
    // 教育
    [`小学一年级入学报名（${intake}年秋季）`, 'JY-RX', 'HHHT-JY', ['入学', '小学报名', '学区', '一年级'],
      `${intake} 年秋季小学一年级招生面向年满 6 周岁的适龄儿童，按学区划片、免试就近入学。家长在规定时间内通过教育部门的招生报名平台填报信息，提交户口簿、房产或居住证明等材料。随迁子女持居住证按规定入学。具体学区划分和报名时间以教育部门公告为准。`,
      [`${intake}-05-01`, `${intake}-08-31`]],
    // 停用 in the demo (RETIRED below): an answer whose programme the city wound up, kept for the tickets that quoted it.
    ['一次性扩岗补助申领', 'QY-ZC', 'HHHT-RS', ['扩岗补助', '吸纳就业', '惠企政策'],
      '企业招用毕业年度或离校 2 年内未就业的高校毕业生、16—24 岁登记失业青年，签订劳动合同并按月足额缴纳失业、工伤、职工养老保险费 3 个月以上的，可按每人 1500 元申领一次性扩岗补助，由企业通过人社部门的网上经办平台提出申请。该补助按年度政策执行，以人社部门当年通知为准。'],
  ];
}

/** Demo entries taken out of use after the seed adds them (a programme that ended): the 已停用 list is not empty. */
export const RETIRED = ['一次性扩岗补助申领'];

/** Seeds the knowledge base through the appeals room; returns how many entries were added. */
export async function seedAppealKnowledge(services: KnowledgeSeedServices, actor: Actor, log: (line: string) => void = () => undefined): Promise<number> {
  const departments = new Map((await services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const entries: CreateKnowledgeBody[] = demoKnowledge(shanghaiDate(new Date())).map(([title, categoryCode, department, keywords, answer, valid]) => ({
    title,
    answer,
    categoryCode,
    keywords,
    departmentId: department ? (departments.get(department) ?? null) : null,
    // Answers without a season have been in use since the start of the year.
    validFrom: valid?.[0] ?? `${shanghaiDate(new Date()).slice(0, 4)}-01-01`,
    validTo: valid?.[1] ?? null,
  }));
  const added = await services.appeals.knowledge.ensureEntries(actor, entries);
  for (const title of RETIRED) {
    const found = (await services.appeals.knowledge.search({ q: title, validity: 'all', pageSize: 50 })).items.find((i) => i.title === title);
    if (found && !found.retiredAt) await services.appeals.knowledge.retire(actor, found.id, { version: found.version });
  }
  log(`appeal knowledge entries added: ${added}`);
  return added;
}
