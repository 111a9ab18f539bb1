// Test set-up for the outreach room (企业服务): the catalogue's test app (demo departments and accounts), a few
// registered enterprises, signed-in browsers, and builders of valid request bodies.
import { entityInput } from '../../common/api/registry.ts';
import { createRng, generateUscc } from '../../common/ids/index.ts';
import { shanghaiDate, addCalendarDays } from '../../common/calendar/index.ts';
import { systemActor } from '../platform/audit/index.ts';
import { DEMO_PASSWORD } from '../seed/index.ts';
import { createCatalogTestApp, type CatalogTestApp } from './catalog-factories.ts';
import { signIn, type Browser } from './sign-in.ts';

export type Who = 'office' | 'leader' | 'admin' | 'handler' | 'approver' | 'clerk' | 'qiye';

export interface OutreachTestApp extends CatalogTestApp {
  browsers: Record<Who, Browser>;
  /** Registered enterprises' USCCs (five of them). */
  enterprises: { uscc: string; name: string }[];
}

const NAMES = ['呼和浩特市云谷数据科技有限公司', '内蒙古青城新材料股份有限公司', '呼和浩特市敕勒川食品有限公司', '和林格尔新区智算中心有限公司', '呼和浩特市大青山光伏发电有限公司'];

export async function createOutreachTestApp(): Promise<OutreachTestApp> {
  const t = await createCatalogTestApp();
  const rng = createRng(9009);
  const enterprises: { uscc: string; name: string }[] = [];
  for (const name of NAMES) {
    const uscc = generateUscc(rng, { regionCode: '150105', authority: '9', kind: '1' });
    await t.services.registry.entities.create(
      systemActor,
      null,
      entityInput.parse({ uscc, name, legalRepresentative: '张伟', industrySection: 'I', address: '赛罕区敕勒川大街 1 号', districtCode: '150105', establishedOn: '2025-03-01', tags: ['newly_signed'] }),
    );
    enterprises.push({ uscc, name });
  }
  const names: Who[] = ['office', 'leader', 'admin', 'handler', 'approver', 'clerk', 'qiye'];
  const browsers = Object.fromEntries(await Promise.all(names.map(async (n) => [n, await signIn(t.app, n, DEMO_PASSWORD)] as const))) as Record<Who, Browser>;
  return { ...t, browsers, enterprises };
}

/** Sends a JSON request to /api/v1/outreach… as one of the test's users. */
export function outreachSender(t: OutreachTestApp) {
  return (who: Who, method: 'GET' | 'POST', path: string, payload?: object, lang: 'zh-CN' | 'en' = 'zh-CN') =>
    t.app.inject({ method, url: `/api/v1/outreach${path}`, headers: { ...t.browsers[who].headers(method !== 'GET'), 'accept-language': lang }, ...(payload ? { payload } : {}) });
}

const CJK = /[\u4e00-\u9fff]/;
/** Sends a bad request in both languages: a 4xx each time, told in Chinese and in English. */
export async function expectRefusedInBoth(send: ReturnType<typeof outreachSender>, who: Who, method: 'GET' | 'POST', path: string, payload?: object): Promise<number> {
  const zh = await send(who, method, path, payload, 'zh-CN');
  const en = await send(who, method, path, payload, 'en');
  for (const res of [zh, en]) {
    if (res.statusCode < 400 || res.statusCode >= 500) throw new Error(`${method} ${path}: expected a 4xx, got ${res.statusCode} ${res.body}`);
  }
  if (!CJK.test(zh.json().detail)) throw new Error(`${method} ${path}: no Chinese in ${zh.body}`);
  // The English text may quote Chinese data (a blocker's title), but is not the Chinese one.
  if (en.json().detail === zh.json().detail || !/[A-Za-z]{3,} [A-Za-z]{2,}/.test(`${en.json().title} ${en.json().detail}`)) throw new Error(`${method} ${path}: not English: ${en.body}`);
  return zh.statusCode;
}

/** A valid USCC no enterprise in the test registry has. */
export const unknownUscc = () => generateUscc(createRng(4242), { regionCode: '150102', authority: '9', kind: '1' });

export const todayIso = () => shanghaiDate(new Date());
export const daysFromToday = (n: number) => addCalendarDays(todayIso(), n);

export const stewardBody = (t: OutreachTestApp, uscc: string, overrides: Record<string, unknown> = {}) => ({
  uscc,
  reason: 'new_signed',
  stewardName: '李明',
  stewardPhone: '13904711234',
  departmentId: t.dept['HHHT-YSB'],
  assignedOn: daysFromToday(-30),
  ...overrides,
});

export const contactBody = (uscc: string, overrides: Record<string, unknown> = {}) => ({
  uscc,
  kind: 'visit',
  heldOn: daysFromToday(-3),
  staff: '刘晓燕、王磊',
  summary: '走访企业生产车间，了解用地和用电需求',
  problems: [
    { title: '厂区道路未接通市政管网', detail: '雨水管网接入需住建部门协调' },
    { title: '用电增容审批慢', detail: '' },
  ],
  ...overrides,
});

export const projectBody = (t: OutreachTestApp, uscc: string, code: string, overrides: Record<string, unknown> = {}) => ({
  code,
  name: `${code} 数据中心二期项目`,
  uscc,
  regionCode: '150105',
  investment: 52000,
  stage: 'engineering',
  year: Number(todayIso().slice(0, 4)),
  departmentId: t.dept['HHHT-SH'],
  ...overrides,
});

export const inspectionBody = (t: OutreachTestApp, overrides: Record<string, unknown> = {}) => ({
  hallName: '赛罕区政务服务中心',
  departmentId: t.dept['HHHT-SH-ZWFW'],
  regionCode: '150105',
  mode: 'covert',
  heldOn: daysFromToday(-2),
  inspectors: '营商办 刘晓燕、市纪委监委 张强',
  jointWith: '市纪委监委',
  summary: '暗访窗口服务和一窗受理落实情况',
  findings: [
    { title: '综合窗口工作人员脱岗', detail: '上午 10 时许 3 号窗口无人', severity: 'serious', departmentId: t.dept['HHHT-SH-ZWFW'], dueOn: daysFromToday(20) },
    { title: '办事指南未及时更新', severity: 'minor', departmentId: t.dept['HHHT-SH-SCJG'], dueOn: daysFromToday(30) },
  ],
  ...overrides,
});
