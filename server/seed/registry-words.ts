// Word lists for the demo city's market entities: districts with real street names, trades with
// their GB/T 4754 codes, shop kinds of individual businesses, cooperatives' products, and names.

export interface District {
  code: string;
  /** How an address in it starts. */
  prefix: string;
  /** Short name used in individual businesses' and cooperatives' names. */
  name: string;
  weight: number;
  streets: string[];
}

export const DISTRICTS: District[] = [
  { code: '150102', prefix: '呼和浩特市新城区', name: '新城区', weight: 18, streets: ['新华大街', '中山东路', '锡林郭勒北路', '东风路', '兴安北路', '成吉思汗大街', '海拉尔东路', '赛马场北路', '北垣东街', '公园东路'] },
  { code: '150103', prefix: '呼和浩特市回民区', name: '回民区', weight: 13, streets: ['中山西路', '新华西街', '海拉尔西路', '钢铁路', '通道北路', '公园西路', '光明路', '巴彦淖尔北路', '西落凤街', '锡林郭勒南路'] },
  { code: '150104', prefix: '呼和浩特市玉泉区', name: '玉泉区', weight: 12, streets: ['大召前街', '石羊桥路', '南二环路', '鄂尔多斯大街', '西菜园街', '小召前街', '五塔寺后街', '兴安南路', '昭君路', '大南街'] },
  { code: '150105', prefix: '呼和浩特市赛罕区', name: '赛罕区', weight: 27, streets: ['昭乌达路', '大学西街', '大学东街', '新华东街', '敕勒川大街', '腾飞路', '丰州路', '乌兰察布东路', '机场路', '鄂尔多斯大街', '金桥开发区宝力尔街', '呼伦南路'] },
  { code: '150172', prefix: '呼和浩特经济技术开发区', name: '呼和浩特经济技术开发区', weight: 7, streets: ['如意和大街', '金海路', '沙尔沁工业园区', '腾飞南路', '金桥开发区世纪七路', '如意开发区四川路'] },
  { code: '150121', prefix: '呼和浩特市土默特左旗', name: '土默特左旗', weight: 7, streets: ['察素齐镇文化路', '察素齐镇敕勒川路', '察素齐镇巴彦东街', '金山开发区金山大街'] },
  { code: '150122', prefix: '呼和浩特市托克托县', name: '托克托县', weight: 4, streets: ['双河镇云中路', '双河镇南坪路', '托电工业园区', '双河镇新坪路'] },
  { code: '150123', prefix: '呼和浩特市和林格尔县', name: '和林格尔县', weight: 6, streets: ['城关镇盛乐大街', '盛乐经济园区', '城关镇新建路', '盛乐现代服务业集聚区'] },
  { code: '150124', prefix: '呼和浩特市清水河县', name: '清水河县', weight: 2, streets: ['城关镇古城街', '喇嘛湾镇', '城关镇兴宏路'] },
  { code: '150125', prefix: '呼和浩特市武川县', name: '武川县', weight: 4, streets: ['可可以力更镇富强路', '可可以力更镇大青山路', '可可以力更镇建设路'] },
];

/** The banner and counties, where cooperatives are. */
export const RURAL_DISTRICTS = DISTRICTS.filter((d) => /^15012\d$/.test(d.code));

export interface Trade {
  section: string;
  weight: number;
  /** Class (4 digits, or null for the section only) and the words a name uses for it. */
  lines: { klass: string | null; words: string[] }[];
  /** 经营范围 as a business licence prints it. */
  scope: string;
}

export const TRADES: Trade[] = [
  { section: 'F', weight: 20, lines: [{ klass: '5212', words: ['商贸', '商业', '百货'] }, { klass: '5221', words: ['粮油', '粮油贸易'] }, { klass: '5123', words: ['果蔬', '农产品'] }, { klass: null, words: ['贸易', '物资', '工贸'] }], scope: '日用百货、食品、服装鞋帽、五金交电、建材的销售' },
  { section: 'E', weight: 9, lines: [{ klass: '4710', words: ['建筑工程', '建设工程', '建筑安装工程'] }, { klass: '4813', words: ['市政工程', '路桥工程'] }], scope: '房屋建筑工程、市政公用工程施工；建筑材料销售' },
  { section: 'H', weight: 8, lines: [{ klass: '6210', words: ['餐饮管理', '餐饮服务', '饮食'] }, { klass: '6220', words: ['快餐', '食品'] }, { klass: '6110', words: ['酒店管理', '宾馆'] }], scope: '餐饮服务；住宿服务；食品销售' },
  { section: 'I', weight: 8, lines: [{ klass: '6513', words: ['网络科技', '信息技术', '软件'] }, { klass: '6450', words: ['数据科技', '云计算', '大数据'] }], scope: '软件开发；信息技术咨询服务；数据处理和存储支持服务' },
  { section: 'L', weight: 9, lines: [{ klass: '7212', words: ['投资管理', '资产管理'] }, { klass: null, words: ['企业管理', '商务服务', '广告', '文化传媒', '会展服务'] }], scope: '企业管理咨询；商务信息咨询；广告设计、制作、代理' },
  { section: 'G', weight: 6, lines: [{ klass: '5431', words: ['物流', '运输', '货运'] }, { klass: '5990', words: ['仓储', '供应链管理'] }], scope: '道路普通货物运输；仓储服务（不含危险化学品）' },
  { section: 'K', weight: 4, lines: [{ klass: '7010', words: ['房地产开发', '置业'] }, { klass: null, words: ['物业服务', '房地产经纪'] }], scope: '房地产开发经营；物业管理' },
  { section: 'M', weight: 5, lines: [{ klass: '7320', words: ['科技', '工程技术', '检测技术', '生物科技'] }], scope: '技术服务、技术开发、技术咨询、技术转让' },
  { section: 'C', weight: 5, lines: [{ klass: '1441', words: ['乳业', '乳品'] }, { klass: '1442', words: ['乳制品'] }, { klass: '1351', words: ['肉业', '肉食品'] }, { klass: '2710', words: ['制药', '药业'] }, { klass: '3831', words: ['电缆', '线缆'] }], scope: '食品生产；乳制品生产；药品生产；电线、电缆制造' },
  { section: 'A', weight: 3, lines: [{ klass: '0311', words: ['牧业', '牧场'] }, { klass: '0321', words: ['农牧业', '生态农业'] }], scope: '牲畜饲养；农作物种植；农产品初加工' },
  { section: 'D', weight: 2, lines: [{ klass: '4411', words: ['热电', '发电'] }, { klass: '4415', words: ['风电', '风力发电'] }, { klass: '4416', words: ['光伏发电', '新能源'] }], scope: '发电业务、输电业务、供（配）电业务' },
  { section: 'O', weight: 4, lines: [{ klass: '8010', words: ['家政服务', '保洁服务'] }, { klass: null, words: ['汽车服务', '美容美发'] }], scope: '家政服务；洗染服务；美容美发服务' },
  { section: 'P', weight: 2, lines: [{ klass: '8310', words: ['幼儿园管理', '教育科技'] }], scope: '教育咨询服务（不含涉许可审批的教育培训活动）' },
  { section: 'Q', weight: 1, lines: [{ klass: '8411', words: ['医院管理', '健康管理'] }], scope: '医疗服务；健康咨询服务（不含诊疗服务）' },
  { section: 'R', weight: 2, lines: [{ klass: null, words: ['文化旅游', '体育文化', '影视文化'] }], scope: '文艺创作；体育赛事策划；旅游开发项目策划咨询' },
  { section: 'N', weight: 2, lines: [{ klass: null, words: ['环保科技', '环境工程', '园林绿化'] }], scope: '环境保护监测；园林绿化工程施工；生态恢复及生态保护服务' },
  { section: 'J', weight: 0.5, lines: [{ klass: null, words: ['小额贷款', '融资担保'] }], scope: '发放小额贷款（依法须经批准的项目，经相关部门批准后方可开展经营活动）' },
];

/** 个体工商户: the kind of shop, its section and class, and what its licence covers. */
export interface Shop {
  word: string;
  section: string;
  klass: string | null;
  weight: number;
  scope: string;
}

export const SHOPS: Shop[] = [
  { word: '餐馆', section: 'H', klass: '6210', weight: 12, scope: '餐饮服务' },
  { word: '烧麦馆', section: 'H', klass: '6210', weight: 6, scope: '餐饮服务' },
  { word: '莜面馆', section: 'H', klass: '6210', weight: 4, scope: '餐饮服务' },
  { word: '手把肉馆', section: 'H', klass: '6210', weight: 3, scope: '餐饮服务' },
  { word: '面馆', section: 'H', klass: '6220', weight: 6, scope: '餐饮服务' },
  { word: '奶茶馆', section: 'H', klass: '6220', weight: 4, scope: '餐饮服务' },
  { word: '宾馆', section: 'H', klass: '6110', weight: 3, scope: '住宿服务' },
  { word: '便利店', section: 'F', klass: '5212', weight: 14, scope: '食品销售；日用百货销售' },
  { word: '超市', section: 'F', klass: '5212', weight: 6, scope: '食品销售；日用百货销售' },
  { word: '粮油店', section: 'F', klass: '5221', weight: 4, scope: '粮油零售' },
  { word: '五金店', section: 'F', klass: null, weight: 4, scope: '五金产品零售' },
  { word: '服装店', section: 'F', klass: null, weight: 5, scope: '服装服饰零售' },
  { word: '维修部', section: 'O', klass: null, weight: 5, scope: '日用电器修理' },
  { word: '汽车修理部', section: 'O', klass: null, weight: 4, scope: '机动车维修' },
  { word: '理发店', section: 'O', klass: null, weight: 5, scope: '理发服务' },
  { word: '美容美发店', section: 'O', klass: null, weight: 4, scope: '美容美发服务' },
  { word: '家政服务部', section: 'O', klass: '8010', weight: 2, scope: '家政服务' },
  { word: '图文广告部', section: 'L', klass: null, weight: 3, scope: '广告制作；打字复印' },
  { word: '货运部', section: 'G', klass: '5431', weight: 3, scope: '道路普通货物运输' },
];

/** 农民专业合作社: product and class. */
export const COOP_PRODUCTS: { word: string; klass: string | null }[] = [
  { word: '马铃薯种植', klass: null },
  { word: '肉羊养殖', klass: '0321' },
  { word: '奶牛养殖', klass: '0311' },
  { word: '肉牛养殖', klass: '0311' },
  { word: '蔬菜种植', klass: null },
  { word: '杂粮种植', klass: null },
  { word: '燕麦种植', klass: null },
  { word: '葵花种植', klass: null },
  { word: '农机服务', klass: null },
];

/** Characters of 字号 (trade names). */
export const TRADE_NAME_CHARS = [...'鑫源盛华泰恒瑞祥达通丰宏昌隆兴利德信和安康嘉佳博创天正宇海辉远翔凯润永福新星晨鼎汇聚诚益锦银骏驰乐弘蒙原青城塞北誉豪景峰盈旺祺坤铭瀚卓越腾飞鸿运广裕圣川晟森茂金启航明光伟业'];
/** Whole 字号 with a local flavour. */
export const LOCAL_TRADE_NAMES = ['青城', '塞上', '草原', '敕勒川', '大召', '昭君', '阴山', '大青山', '蒙源', '北疆', '云中', '盛乐', '金川', '如意', '小黑河', '伊利'];

export const SURNAMES = [...'王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文云奇'];
export const GIVEN_CHARS = [...'伟芳娜敏静丽强磊军洋勇艳杰涛明超秀兰霞平刚桂英华玉萍红娟建国志宏海波宁丹凤俊峰鹏飞欣怡晓东文斌雪梅婷颖浩然宇轩子涵佳琪慧琳振江春生秋月永福'];
/** Mongolian given names, written without a surname as is customary. */
export const MONGOLIAN_NAMES = ['巴特尔', '其其格', '乌云', '苏和', '那日苏', '额尔敦', '斯琴', '图雅', '阿拉坦', '朝鲁', '乌兰', '宝音', '萨仁', '巴雅尔', '格日勒', '孟和', '哈斯', '敖登', '满都拉', '吉日嘎拉'];

export const ENTERPRISE_FORMS: { suffix: string; weight: number; kindLabel: string }[] = [
  { suffix: '有限公司', weight: 58, kindLabel: '有限责任公司（自然人投资或控股）' },
  { suffix: '有限责任公司', weight: 37, kindLabel: '有限责任公司（自然人投资或控股）' },
  { suffix: '股份有限公司', weight: 5, kindLabel: '股份有限公司（非上市、自然人投资或控股）' },
];

/** Registered capital in 万元, smaller far more often. */
export const CAPITAL_STEPS = [10, 20, 30, 50, 100, 100, 200, 200, 300, 500, 500, 800, 1000, 1000, 2000, 3000, 5000, 10000];
