// 国民经济行业分类 (GB/T 4754-2017): the 20 sections, and the classes the demo city uses.
export const INDUSTRY_SECTIONS: Record<string, string> = {
  A: '农、林、牧、渔业',
  B: '采矿业',
  C: '制造业',
  D: '电力、热力、燃气及水生产和供应业',
  E: '建筑业',
  F: '批发和零售业',
  G: '交通运输、仓储和邮政业',
  H: '住宿和餐饮业',
  I: '信息传输、软件和信息技术服务业',
  J: '金融业',
  K: '房地产业',
  L: '租赁和商务服务业',
  M: '科学研究和技术服务业',
  N: '水利、环境和公共设施管理业',
  O: '居民服务、修理和其他服务业',
  P: '教育',
  Q: '卫生和社会工作',
  R: '文化、体育和娱乐业',
  S: '公共管理、社会保障和社会组织',
  T: '国际组织',
};

/** Classes (小类, 4 digits) with their section, as used by demo data and import checks. */
export const INDUSTRY_CLASSES: Record<string, { section: string; name: string }> = {
  '0311': { section: 'A', name: '牛的饲养' },
  '0321': { section: 'A', name: '羊的饲养' },
  '1351': { section: 'C', name: '牲畜屠宰' },
  '1441': { section: 'C', name: '液体乳制造' },
  '1442': { section: 'C', name: '乳粉制造' },
  '2710': { section: 'C', name: '化学药品原料药制造' },
  '3831': { section: 'C', name: '电线、电缆制造' },
  '4411': { section: 'D', name: '火力发电' },
  '4415': { section: 'D', name: '风力发电' },
  '4416': { section: 'D', name: '太阳能发电' },
  '4710': { section: 'E', name: '住宅房屋建筑' },
  '4813': { section: 'E', name: '市政道路工程建筑' },
  '5212': { section: 'F', name: '超级市场零售' },
  '5221': { section: 'F', name: '粮油零售' },
  '5123': { section: 'F', name: '果品、蔬菜批发' },
  '5431': { section: 'G', name: '普通货物道路运输' },
  '5990': { section: 'G', name: '其他仓储业' },
  '6110': { section: 'H', name: '旅游饭店' },
  '6210': { section: 'H', name: '正餐服务' },
  '6220': { section: 'H', name: '快餐服务' },
  '6513': { section: 'I', name: '应用软件开发' },
  '6450': { section: 'I', name: '互联网数据服务' },
  '7010': { section: 'K', name: '房地产开发经营' },
  '7212': { section: 'L', name: '投资与资产管理' },
  '7320': { section: 'M', name: '工程和技术研究和试验发展' },
  '8010': { section: 'O', name: '家庭服务' },
  '8310': { section: 'P', name: '学前教育' },
  '8411': { section: 'Q', name: '综合医院' },
};

export function industryName(section: string, klass: string | null): string | null {
  if (klass && INDUSTRY_CLASSES[klass]) return INDUSTRY_CLASSES[klass]!.name;
  return INDUSTRY_SECTIONS[section] ?? null;
}
