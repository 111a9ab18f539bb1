// Words and weights of the simulated tickets (bulk.ts): the mix of channels and kinds a city hotline sees,
// Hohhot's districts with a rough centre and share of calls, streets, names, and the phrases of titles,
// descriptions and replies. Filler for the demo and the benchmark, nothing more.
import type { Kind, Satisfaction } from '../../../common/appeals/vocabulary.ts';
import type { Rng } from '../../../common/ids/index.ts';

/** Where tickets come in: calls most, then the app and the web; the enterprise line; few dishonesty reports and Open311. */
export const CHANNEL_WEIGHTS = { phone: 62, web: 11, mobile: 14, email: 3, enterprise: 6, dishonesty: 1.2, open311: 2 } as const;

export const KIND_WEIGHTS: Record<Kind, number> = { consult: 28, help: 24, suggest: 8, complain: 27, report: 9, praise: 4 };

/** The ten districts of Hohhot: name, approximate centre, share of calls (the four urban districts most). */
export const AREA_SEEDS: Record<string, { name: string; lat: number; lng: number; weight: number; streets: string[] }> = {
  '150102': { name: '新城区', lat: 40.858, lng: 111.665, weight: 18, streets: ['新华东街', '海拉尔东路', '兴安北路', '东影南路', '成吉思汗大街'] },
  '150103': { name: '回民区', lat: 40.808, lng: 111.624, weight: 14, streets: ['中山西路', '通道北街', '新华西街', '钢铁路', '海拉尔西路'] },
  '150104': { name: '玉泉区', lat: 40.753, lng: 111.675, weight: 12, streets: ['大南街', '石羊桥路', '南二环路', '鄂尔多斯大街', '昭君路'] },
  '150105': { name: '赛罕区', lat: 40.792, lng: 111.701, weight: 20, streets: ['大学东街', '昭乌达路', '乌兰察布东街', '丰州路', '敕勒川大街'] },
  '150121': { name: '土默特左旗', lat: 40.72, lng: 111.15, weight: 5, streets: ['察素齐镇迎宾路', '察素齐镇敕勒川路', '毕克齐镇中心街'] },
  '150122': { name: '托克托县', lat: 40.28, lng: 111.19, weight: 3, streets: ['双河镇云中路', '双河镇托电路', '新营子镇中心街'] },
  '150123': { name: '和林格尔县', lat: 40.38, lng: 111.82, weight: 4, streets: ['城关镇盛乐路', '盛乐经济园区园区路', '新店子镇中心街'] },
  '150124': { name: '清水河县', lat: 39.92, lng: 111.68, weight: 2, streets: ['城关镇滨河路', '城关镇长城路'] },
  '150125': { name: '武川县', lat: 41.1, lng: 111.45, weight: 3, streets: ['可镇腾飞路', '可镇大青山路'] },
  '150172': { name: '经开区', lat: 40.83, lng: 111.78, weight: 7, streets: ['如意开发区如意和大街', '金川开发区金海路', '沙尔沁工业区园区路'] },
};

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文其格日乐巴特';
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红鹏辉建国志宏海燕晶文斌宇浩凯丹琳雪梅婷慧颖峰飞亮成波宁鑫';

const of = <T>(rng: Rng, list: readonly T[]) => list[Math.floor(rng() * list.length)]!;

export function nameOf(rng: Rng): string {
  const given = of(rng, [...GIVEN]) + (rng() < 0.6 ? of(rng, [...GIVEN]) : '');
  return of(rng, [...SURNAMES]) + given;
}

export function streetOf(rng: Rng, area: string): string {
  const seed = AREA_SEEDS[area];
  const street = seed ? of(rng, seed.streets) : '中心街';
  return rng() < 0.5 ? `${street}${1 + Math.floor(rng() * 300)}号` : `${street}${of(rng, ['小区', '社区', '市场', '路口', '商业街', '公交站'])}`;
}

const TITLES: Record<Kind, ((c: string, s: string) => string)[]> = {
  consult: [(c) => `咨询${c}相关政策`, (c) => `${c}办理流程咨询`, (c) => `咨询${c}的办理时限和材料`],
  help: [(c, s) => `${s}${c}问题求助`, (c, s) => `求助：${s}${c}`, (c) => `${c}问题请求协调解决`],
  suggest: [(c) => `关于改进${c}的建议`, (c, s) => `建议加强${s}${c}管理`],
  complain: [(c, s) => `投诉${s}${c}问题`, (c, s) => `反映${s}${c}长期未解决`, (c) => `对${c}处理结果不满`],
  report: [(c, s) => `举报${s}${c}违规行为`, (c, s) => `举报：${s}存在${c}问题`],
  praise: [(c) => `表扬${c}工作人员热情负责`, () => '感谢相关部门及时解决问题'],
};

const DETAILS: Record<Kind, string[]> = {
  consult: ['想了解需要准备哪些材料', '不清楚在哪里办理', '询问办理时限和费用', '想知道能否网上办理'],
  help: ['已持续一周左右', '影响居民正常生活', '多次联系物业未果', '老人孩子出行不便'],
  suggest: ['建议增加相关设施', '建议延长服务时间', '建议优化办理流程', '建议加强日常巡查'],
  complain: ['反复出现且无人处理', '夜间噪音严重影响休息', '多次反映没有回应', '工作人员态度生硬'],
  report: ['存在安全隐患', '疑似无证经营', '占用公共区域', '夜间违规作业'],
  praise: ['工作人员耐心细致', '问题当天就得到解决', '服务态度很好'],
};

export const titleOf = (rng: Rng, kind: Kind, category: string, street: string) => of(rng, TITLES[kind])(category, street);

export function contentOf(rng: Rng, kind: Kind, category: string, area: string, street: string): string {
  return `来电人反映：${area}${street}附近${category}相关问题，${of(rng, DETAILS[kind])}。${kind === 'praise' ? '特此表扬。' : '希望相关部门尽快核实处理并予以答复。'}`;
}

const REPLIES = {
  answered: ['已根据知识库内容向来电人详细解答，来电人表示清楚。', '已告知来电人办理地点、所需材料及办理时限。', '已向来电人解释相关政策规定，来电人表示理解。'],
  handled: ['经核实，已安排工作人员现场处理，问题已解决。', '经调查，相关问题已责令整改到位，并加强日常巡查。', '已与来电人联系并说明情况，协调相关单位予以解决。', '经核实，该问题涉及多部门，已协调处理并持续跟进。'],
  reopened: ['重新办理：再次现场核实并督促整改，问题已解决。', '重办后已与诉求人当面沟通，按其意见处理完毕。'],
};

export const replyOf = (rng: Rng, kind: keyof typeof REPLIES) => of(rng, REPLIES[kind]);

const SATISFACTION_TEXT: Record<Satisfaction, string> = { satisfied: '满意', basic: '基本满意', unsatisfied: '不满意' };

/** The callback's note in the timeline. */
export const callbackText = (cb: { contacted: boolean; solved: boolean | null; satisfaction: Satisfaction | null }) =>
  cb.contacted ? `回访：${cb.solved ? '已解决' : '未解决'}，${SATISFACTION_TEXT[cb.satisfaction!]}` : '回访：多次联系未接通';
