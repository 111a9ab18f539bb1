// The demo city's department tree: the municipal government and the departments the work report
// names, each district/banner/county government with its own service and market bureaus, and the
// development zones' administrative committees. Parents come before children.
import type { DepartmentSeed } from '../modules/org/index.ts';

const CITY = '150100';

type Row = [code: string, name: string, nameEn: string, shortName: string, kind: string];

// 市本级: departments directly under the municipal government.
const cityDepartments: Row[] = [
  ['HHHT-YSB', '呼和浩特市优化营商环境工作专班办公室', 'Business Environment Office', '营商办', 'office'],
  ['HHHT-ZWFW', '呼和浩特市政务服务与数据管理局', 'Government Services and Data Administration', '政务服务局', 'department'],
  ['HHHT-12345', '呼和浩特市12345政务服务便民热线', '12345 Government Service Hotline', '12345热线', 'department'],
  ['HHHT-SCJG', '呼和浩特市市场监督管理局', 'Market Regulation Administration', '市场监管局', 'department'],
  ['HHHT-SW', '国家税务总局呼和浩特市税务局', 'Hohhot Tax Service, STA', '税务局', 'department'],
  ['HHHT-RS', '呼和浩特市人力资源和社会保障局', 'Human Resources and Social Security Bureau', '人社局', 'department'],
  ['HHHT-ZRZY', '呼和浩特市自然资源局', 'Natural Resources Bureau', '自然资源局', 'department'],
  ['HHHT-BDC', '呼和浩特市不动产登记中心', 'Real Estate Registration Center', '不动产登记中心', 'department'],
  ['HHHT-ZJ', '呼和浩特市住房和城乡建设局', 'Housing and Urban-Rural Development Bureau', '住建局', 'department'],
  ['HHHT-GJJ', '呼和浩特市住房公积金管理中心', 'Housing Provident Fund Management Center', '公积金中心', 'department'],
  ['HHHT-GA', '呼和浩特市公安局', 'Public Security Bureau', '公安局', 'department'],
  ['HHHT-YB', '呼和浩特市医疗保障局', 'Healthcare Security Administration', '医保局', 'department'],
  ['HHHT-MZ', '呼和浩特市民政局', 'Civil Affairs Bureau', '民政局', 'department'],
  ['HHHT-JY', '呼和浩特市教育局', 'Education Bureau', '教育局', 'department'],
  ['HHHT-WJ', '呼和浩特市卫生健康委员会', 'Health Commission', '卫健委', 'department'],
  ['HHHT-FG', '呼和浩特市发展和改革委员会', 'Development and Reform Commission', '发改委', 'department'],
  ['HHHT-SF', '呼和浩特市司法局', 'Justice Bureau', '司法局', 'department'],
  ['HHHT-CZ', '呼和浩特市财政局', 'Finance Bureau', '财政局', 'department'],
  ['HHHT-SW2', '呼和浩特市商务局', 'Commerce Bureau', '商务局', 'department'],
  ['HHHT-JT', '呼和浩特市交通运输局', 'Transport Bureau', '交通运输局', 'department'],
  ['HHHT-ST', '呼和浩特市生态环境局', 'Ecology and Environment Bureau', '生态环境局', 'department'],
  ['HHHT-WL', '呼和浩特市文化旅游广电局', 'Culture, Tourism, Radio and Television Bureau', '文旅局', 'department'],
  ['HHHT-NM', '呼和浩特市农牧局', 'Agriculture and Animal Husbandry Bureau', '农牧局', 'department'],
  ['HHHT-SL', '呼和浩特市水务局', 'Water Affairs Bureau', '水务局', 'department'],
  ['HHHT-YC', '呼和浩特市烟草专卖局', 'Tobacco Monopoly Bureau', '烟草专卖局', 'department'],
  ['HHHT-GGZY', '呼和浩特市公共资源交易中心', 'Public Resources Trading Center', '公共资源交易中心', 'department'],
  ['HHHT-DCS', '呼和浩特市人民政府督查室', 'Inspection Office of the Municipal Government', '督查室', 'office'],
  ['HHHT-ZY', '呼和浩特市中级人民法院', 'Hohhot Intermediate People’s Court', '中级人民法院', 'court'],
  ['HHHT-JCY', '呼和浩特市人民检察院', 'Hohhot People’s Procuratorate', '市检察院', 'procuratorate'],
  ['HHHT-HG', '呼和浩特海关', 'Hohhot Customs', '海关', 'customs'],
];

// 旗县区: each government, with the bureaus that run service halls and supervision locally.
const counties: [code: string, region: string, name: string, nameEn: string][] = [
  ['XC', '150102', '新城区', 'Xincheng District'],
  ['HM', '150103', '回民区', 'Huimin District'],
  ['YQ', '150104', '玉泉区', 'Yuquan District'],
  ['SH', '150105', '赛罕区', 'Saihan District'],
  ['TZ', '150121', '土默特左旗', 'Tumed Left Banner'],
  ['TKT', '150122', '托克托县', 'Togtoh County'],
  ['HL', '150123', '和林格尔县', 'Horinger County'],
  ['QSH', '150124', '清水河县', 'Qingshuihe County'],
  ['WC', '150125', '武川县', 'Wuchuan County'],
];

const countyBureaus: [suffix: string, name: string, nameEn: string, shortName: string][] = [
  ['ZWFW', '政务服务局', 'Government Services Bureau', '政务服务局'],
  ['SCJG', '市场监督管理局', 'Market Regulation Bureau', '市场监管局'],
];

// 开发区/新区: administrative committees (管委会).
const zones: [code: string, region: string, name: string, nameEn: string, short: string][] = [
  ['HHHT-JKQ', '150172', '呼和浩特经济技术开发区管理委员会', 'Hohhot Economic and Technological Development Zone Committee', '经开区管委会'],
  ['HHHT-HLXQ', 'internal:horinger-new-area', '和林格尔新区管理委员会', 'Horinger New Area Committee', '和林格尔新区'],
];

export function demoDepartments(): DepartmentSeed[] {
  const list: DepartmentSeed[] = [];
  let sort = 0;
  const add = (code: string, name: string, nameEn: string, shortName: string, kind: string, regionCode: string, parentCode: string | null) =>
    list.push({ code, name, nameEn, shortName, kind, regionCode, parentCode, sort: sort++ });

  add('HHHT', '呼和浩特市人民政府', 'Hohhot Municipal People’s Government', '市政府', 'government', CITY, null);
  for (const [code, name, nameEn, shortName, kind] of cityDepartments) add(code, name, nameEn, shortName, kind, CITY, 'HHHT');
  for (const [code, region, name, nameEn] of counties) {
    const gov = `HHHT-${code}`;
    add(gov, `${name}人民政府`, `${nameEn} People’s Government`, name, 'government', region, 'HHHT');
    for (const [suffix, bureau, bureauEn, short] of countyBureaus) {
      add(`${gov}-${suffix}`, `${name}${bureau}`, `${nameEn} ${bureauEn}`, `${name}${short}`, 'department', region, gov);
    }
  }
  for (const [code, region, name, nameEn, short] of zones) add(code, name, nameEn, short, 'zone', region, 'HHHT');
  return list;
}
