// The demo's search synonyms: what people type in plain language → the catalogue's own words.
// Admins edit them afterwards (/api/v1/catalog/admin/synonyms); seeding adds only missing terms.
import { cliActor, type Actor } from '../platform/audit/index.ts';
import type { Services } from '../services.ts';

export const DEFAULT_SYNONYMS: readonly { term: string; expansions: string[] }[] = [
  // 开店开业 (opening a business)
  { term: '开饭店', expansions: ['餐饮', '食品经营'] },
  { term: '开餐馆', expansions: ['餐饮', '食品经营'] },
  { term: '开餐厅', expansions: ['餐饮', '食品经营'] },
  { term: '开小吃店', expansions: ['餐饮', '食品经营', '食品小作坊'] },
  { term: '开奶茶店', expansions: ['餐饮', '食品经营'] },
  { term: '开超市', expansions: ['食品经营', '预包装食品'] },
  { term: '开便利店', expansions: ['食品经营', '预包装食品', '烟草专卖零售'] },
  { term: '开药店', expansions: ['药品经营', '药品零售'] },
  { term: '开网吧', expansions: ['互联网上网服务'] },
  { term: '开诊所', expansions: ['医疗机构执业', '诊所备案'] },
  { term: '开宾馆', expansions: ['旅馆业', '特种行业'] },
  { term: '开旅馆', expansions: ['旅馆业', '特种行业'] },
  { term: '开民宿', expansions: ['旅馆业', '特种行业'] },
  { term: '开理发店', expansions: ['公共场所卫生许可', '美容美发'] },
  { term: '开美容院', expansions: ['公共场所卫生许可', '美容美发'] },
  { term: '开歌厅', expansions: ['娱乐场所', '公共场所卫生许可'] },
  { term: 'ktv', expansions: ['娱乐场所'] },
  { term: '开加油站', expansions: ['成品油零售'] },
  { term: '卖烟', expansions: ['烟草专卖零售'] },
  { term: '开工厂', expansions: ['企业设立', '排污许可'] },
  // 企业开办、变更与退出 (companies)
  { term: '注册', expansions: ['设立'] },
  { term: '开公司', expansions: ['企业设立', '设立登记', '企业开办'] },
  { term: '注册公司', expansions: ['企业设立', '设立登记', '企业开办'] },
  { term: '成立公司', expansions: ['企业设立', '设立登记', '企业开办'] },
  { term: '营业执照', expansions: ['设立登记', '企业开办'] },
  { term: '个体户', expansions: ['个体工商户'] },
  { term: '公司改名', expansions: ['变更登记', '名称'] },
  { term: '公司注销', expansions: ['企业注销', '注销登记'] },
  { term: '关公司', expansions: ['企业注销', '注销登记'] },
  { term: '公司倒闭', expansions: ['企业注销', '注销登记', '歇业'] },
  { term: '年报', expansions: ['年度报告'] },
  { term: '刻章', expansions: ['印章刻制'] },
  { term: '丢了', expansions: ['遗失', '补领', '补证', '补办'] },
  { term: '丢失', expansions: ['遗失', '补领', '补证', '补办'] },
  { term: '领发票', expansions: ['发票'] },
  // 建房与不动产 (building and property)
  { term: '盖房子', expansions: ['施工许可'] },
  { term: '建房', expansions: ['施工许可', '乡村建设规划许可'] },
  { term: '自建房', expansions: ['乡村建设规划许可', '农村住房'] },
  { term: '买房', expansions: ['商品房', '转移登记', '网签备案'] },
  { term: '二手房', expansions: ['存量房', '转移登记'] },
  { term: '过户', expansions: ['转移登记'] },
  { term: '房产证', expansions: ['不动产权证书', '不动产登记'] },
  { term: '房本', expansions: ['不动产权证书', '不动产登记'] },
  { term: '房贷', expansions: ['抵押权'] },
  { term: '交房', expansions: ['交房即交证', '首次登记'] },
  // 社保、公积金与就业 (social insurance, housing fund, jobs)
  { term: '社保', expansions: ['社会保险'] },
  { term: '医保', expansions: ['医疗保险', '基本医疗保险'] },
  { term: '公积金', expansions: ['住房公积金'] },
  { term: '退休', expansions: ['养老保险待遇', '基本养老金'] },
  { term: '养老金', expansions: ['养老保险待遇', '基本养老金'] },
  { term: '失业金', expansions: ['失业保险金'] },
  { term: '找工作', expansions: ['就业'] },
  { term: '招工', expansions: ['就业登记', '用工备案'] },
  // 户籍与人生事件 (households and life events)
  { term: '上户口', expansions: ['户口登记', '出生登记'] },
  { term: '落户', expansions: ['户口登记', '户口迁入'] },
  { term: '迁户口', expansions: ['户口迁移', '户口迁入'] },
  { term: '生孩子', expansions: ['出生', '出生医学证明', '生育'] },
  { term: '生小孩', expansions: ['出生', '出生医学证明', '生育'] },
  { term: '上学', expansions: ['入学', '义务教育'] },
  { term: '结婚', expansions: ['结婚登记', '婚姻登记'] },
  { term: '离婚', expansions: ['离婚登记', '婚姻登记'] },
  { term: '去世', expansions: ['身后', '死亡', '丧葬补助'] },
  { term: '丧葬费', expansions: ['丧葬补助'] },
  { term: '身份证', expansions: ['居民身份证'] },
  { term: '护照', expansions: ['出入境证件', '普通护照'] },
  { term: '驾照', expansions: ['机动车驾驶证'] },
];

/** Adds the default synonyms whose term does not exist yet; returns how many were added. */
export async function seedSynonyms(services: Pick<Services, 'catalog'>, actor: Actor = cliActor): Promise<number> {
  const { synonyms } = services.catalog.search;
  const existing = new Set((await synonyms.list()).map((s) => s.term));
  let added = 0;
  for (const s of DEFAULT_SYNONYMS) {
    if (existing.has(s.term)) continue;
    await synonyms.create(actor, s);
    added++;
  }
  return added;
}
