// 督办台账 demo data, as section 一(一) of the work report tells it: the leading group's member units (adjusted this
// half-year: three joined, one left), the province's evaluation feedback (28 issues to close in two batches, June and
// October, most closed), the province's action plan and the city's implementing plan under it (100 measures, 200
// tasks across the units with deadlines through the year, a share needing the province's closure — some submitted
// and accepted), leaders' instructions, tasks in every state with progress reports and figures, two escalated (one
// lifted), one sent back and closed on the second try, one sent back and still open, and the twelve monthly
// dispatch meetings held (packs frozen as they stood that day) with their decisions as tasks, plus next month's.
// Tasks are written in bulk (the workbook's insertTasks runs each one's case along the closure path); the few steps
// that tell a story go through the services. Deterministic for a seed; skipped when the city plan exists already.
import { performance } from 'node:perf_hooks';
import { addCalendarDays, shanghaiDate, type IsoDate } from '../../common/calendar/index.ts';
import { createRng } from '../../common/ids/index.ts';
import { ledgerBulk, standingCode } from '../modules/ledger/index.ts';
import { cliActor, type Actor } from '../platform/audit/index.ts';
import type { Principal, Role } from '../platform/auth/index.ts';
import type { Services } from '../services.ts';
import { EVIDENCE_PDF } from './evidence.ts';
import { CHAPTERS, DECISIONS, FEEDBACK, INSTRUCTIONS, MEMBERS } from './ledger-data.ts';
import { at, dueAfter, lifeOf, meetingDays, type LifeContext, type TaskBase } from './ledger-life.ts';

type Row = ledgerBulk.BulkTaskRow;
const DAY = 86_400_000;

export interface LedgerSeedOptions {
  seed: number;
  /** Accepted for the demo city's options: a city keeps one ledger, the same at either scale. */
  scale?: 'small' | 'city';
  log?: (line: string) => void;
  actor?: Actor;
  now?: Date;
}

export interface LedgerSeedReport {
  members: number;
  tasks: number;
  meetings: number;
}

/** A demo account as a principal for the services' own steps (no session needed). */
async function principalOf(services: Services, username: string, role: Role): Promise<Principal | null> {
  const u = await services.org.users.findByUsername(username);
  if (!u?.departmentId) return null;
  return { via: 'token', id: u.id, userId: u.id, username, name: u.name, kind: 'staff', departmentId: u.departmentId, departmentName: null, roles: [{ role, departmentId: u.departmentId }], mustChangePassword: false, csrfToken: null, sessionId: null, sessionExpiry: null };
}

export async function seedLedger(services: Services, options: LedgerSeedOptions): Promise<LedgerSeedReport | null> {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const actor = options.actor ?? cliActor;
  const now = options.now ?? new Date();
  const today = shanghaiDate(now);
  const Y = Number(today.slice(0, 4));
  const { ledger, database } = services;
  const cityCode = `HHHT-SSFA-${Y}`;
  if ((await ledger.sources.list()).some((s) => s.code === cityCode)) {
    log('ledger: the city plan exists already; nothing added');
    return null;
  }
  const rng = createRng(options.seed ^ 0x1ed6e7);
  const calendar = await services.calendar.current();
  const dept = new Map((await services.org.departments.listDepartments()).map((d) => [d.code, d.id]));
  const id = (code: string) => {
    const found = dept.get(code);
    if (!found) throw new Error(`demo department ${code} is missing`);
    return found;
  };
  const office = id('HHHT-YSB');

  // ── 领导小组成员单位: the group since two years ago, adjusted this half-year ──
  const adjusted = `${Y}-04-15` <= today ? `${Y}-04-15` : addCalendarDays(today, -1);
  const contacts = new Map<string, string>();
  // Written side by side (each its own batch): the order within the group does not matter.
  await Promise.all(
    MEMBERS.map(async (m, i) => {
      contacts.set(id(m.code), m.contact);
      const view = await ledger.members.create(actor, {
        departmentId: id(m.code),
        role: m.role,
        leaderName: m.leader,
        leaderTitle: m.title,
        contactName: m.contact,
        contactPhone: `0471-${4_600_000 + i * 1_731}`,
        duties: m.duties,
        joinedOn: m.joined ? adjusted : `${Y - 2}-03-01`,
        note: m.joined ? `${Y}年上半年调整领导小组时增补` : '',
      });
      if (m.left) await ledger.members.update(actor, view.id, { version: view.version, leftOn: adjusted, note: `${Y}年上半年调整领导小组时调出` });
    }),
  );
  const members = MEMBERS.length;
  const ctx: LifeContext = { rng, now, reporterOf: (d) => contacts.get(d) ?? '联络员' };
  const source = (body: { kind: Parameters<typeof ledger.sources.create>[1]['kind']; code: string; title: string; documentNo?: string; issuedOn?: IsoDate | null; periodStart: IsoDate; periodEnd: IsoDate; parentId?: string | null; note?: string }) =>
    ledger.sources.create(actor, { documentNo: '', issuedOn: null, parentId: null, note: '', ...body });
  const rows: Row[] = [];
  const task = (base: TaskBase & Omit<Row, keyof TaskBase | 'state'>, life = lifeOf(ctx, base)) => {
    const { reports, ...rest } = life;
    rows.push({ ...base, ...rest, reports, createdBy: null });
    return rows.length - 1;
  };

  // ── 自治区评估反馈问题: 28 issues, to close by June or October ──
  const feedback = await source({ kind: 'provincial_feedback', code: `ZZQPG-FK-${Y - 1}`, title: `自治区${Y - 1}年度营商环境评估反馈我市问题整改清单`, documentNo: `内营商办发〔${Y}〕12号`, issuedOn: `${Y}-02-20`, periodStart: `${Y}-03-01`, periodEnd: `${Y}-10-31` });
  const escalate: number[] = [];
  const feedbackItems = await Promise.all(
    FEEDBACK.map(async ([indicator, title, lead, measureTitle], i) => {
      const code = `FK${String(i + 1).padStart(2, '0')}`;
      const issue = await ledger.issues.create(actor, { sourceId: feedback.id, code, title, detail: '', indicator, leadDepartmentId: id(lead) });
      const measure = await ledger.measures.create(actor, { issueId: issue.id, code: `${code}-1`, title: measureTitle, leadDepartmentId: id(lead) });
      return { issueId: issue.id, measureId: measure.id };
    }),
  );
  for (const [i, [indicator, , lead, measureTitle]] of FEEDBACK.entries()) {
    const june = i < 16;
    const base = { sourceId: feedback.id, ...feedbackItems[i]!, title: measureTitle, leadDepartmentId: id(lead), startsOn: `${Y}-03-01`, dueOn: june ? `${Y}-06-30` : `${Y}-10-31`, batch: june ? '6月' : '10月', createdAt: at(`${Y}-03-01`), needsSecondApproval: true, expectedResult: `${indicator}指标问题整改到位，通过自治区销号` };
    // Two of the October batch are still open and get 挂牌督办 below.
    const forced = i === 20 || i === 24 ? { state: 'doing' as const, progress: 60, reports: lifeOf(ctx, base).reports.filter((r) => r.kind !== 'closure') } : undefined;
    const k = task(base, forced);
    if (forced) escalate.push(k);
  }

  // ── 自治区行动方案 and 市实施方案 (chapters → measures → tasks) ──
  const provincial = await source({ kind: 'provincial_plan', code: `ZZQ-XDFA-${Y}`, title: '自治区以更优营商环境服务市场主体行动方案', documentNo: `内政办发〔${Y}〕8号`, issuedOn: `${Y}-01-20`, periodStart: `${Y}-01-01`, periodEnd: `${Y}-12-31` });
  const city = await source({ kind: 'city_plan', code: cityCode, title: '呼和浩特市以更优营商环境服务市场主体实施方案', documentNo: `呼政办发〔${Y}〕21号`, issuedOn: `${Y}-03-10`, periodStart: `${Y}-03-10`, periodEnd: `${Y}-12-31`, parentId: provincial.id, note: '细化自治区行动方案落实举措，逐项明确责任单位和完成时限，月调度、季度报送' });
  const counties = ['HHHT-XC', 'HHHT-HM', 'HHHT-YQ', 'HHHT-SH', 'HHHT-TZ', 'HHHT-TKT', 'HHHT-HL', 'HHHT-QSH', 'HHHT-WC', 'HHHT-JKQ', 'HHHT-HLXQ'];
  // Deadlines through the year; one measure in ten is a longer one, due by the middle of next year.
  const dues = ['04-30', '05-31', '06-30', '07-31', '08-31', '09-30', '10-31', '11-30', '12-31', 'next'];
  const sentBack: number[] = [];
  const chapters = await Promise.all(
    CHAPTERS.map(async (chapter, c) => {
      const code = `Z${String(c + 1).padStart(2, '0')}`;
      const pIssue = await ledger.issues.create(actor, { sourceId: provincial.id, code, title: chapter.title, detail: '', indicator: '', leadDepartmentId: null });
      const issue = await ledger.issues.create(actor, { sourceId: city.id, code: `S${String(c + 1).padStart(2, '0')}`, title: chapter.title, detail: `落实自治区行动方案第${c + 1}部分`, indicator: '', leadDepartmentId: id(chapter.lead) });
      const [, measures] = await Promise.all([
        Promise.all(chapter.measures.slice(0, 4).map((title, j) => ledger.measures.create(actor, { issueId: pIssue.id, code: `${code}-${j + 1}`, title, leadDepartmentId: null }))),
        Promise.all(chapter.measures.map((title, j) => ledger.measures.create(actor, { issueId: issue.id, code: `S${String(c + 1).padStart(2, '0')}-${String(j + 1).padStart(2, '0')}`, title, leadDepartmentId: id(chapter.lead) }))),
      ]);
      return { issueId: issue.id, measureIds: measures.map((m) => m.id) };
    }),
  );
  for (const [c, chapter] of CHAPTERS.entries()) {
    for (const [j, title] of chapter.measures.entries()) {
      const slot = dues[(c + j) % dues.length]!;
      const dueOn = slot === 'next' ? `${Y + 1}-06-30` : `${Y}-${slot}`;
      const second = rng() < 0.35;
      const common = { sourceId: city.id, issueId: chapters[c]!.issueId, measureId: chapters[c]!.measureIds[j]!, startsOn: `${Y}-03-15`, createdAt: at(`${Y}-03-12`), needsSecondApproval: second };
      const helper = j % 2 === 0 ? chapter.support[j % chapter.support.length]! : counties[(c * 10 + j) % counties.length]!;
      const a = { ...common, title, leadDepartmentId: id(chapter.lead), supportDepartmentIds: chapter.support.map(id), dueOn, expectedResult: `${title}，形成制度文件并落地见效` };
      // 住建局's first two tasks: asked for closure three weeks ago and sent back (one closed since, one still open).
      if (c === 1 && j < 2) {
        const requested = new Date(now.getTime() - 20 * DAY);
        sentBack.push(task({ ...a, dueOn: `${Y}-12-31`, needsSecondApproval: false }, { state: 'reviewing', progress: 100, closureRequestedAt: requested, reports: [] }));
      } else task(a);
      task({ ...common, title: `${title}（${counties.includes(helper) ? '旗县区落实' : '配合落实'}）`, leadDepartmentId: id(helper), dueOn: dueAfter(dueOn, 31) });
    }
  }

  // ── 领导批示 ──
  const leaders = await source({ kind: 'leader_instruction', code: `LDPS-${Y}`, title: `市委、市政府主要领导批示和会议交办事项（${Y}年）`, periodStart: `${Y}-01-01`, periodEnd: `${Y}-12-31` });
  for (const [month, day, title, lead, dueMonth] of INSTRUCTIONS) {
    const made = `${Y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (made >= today) continue;
    const last = new Date(Date.UTC(Y, dueMonth, 0)).toISOString().slice(0, 10);
    task({ sourceId: leaders.id, title, leadDepartmentId: id(lead), startsOn: made, dueOn: last, createdAt: at(made, '15:00'), needsSecondApproval: false, expectedResult: '按批示要求办结并报送办理情况' });
  }

  // ── 调度会: twelve held, their decisions as tasks (filed on the meeting day, after it), and next month's ──
  const { held, next } = meetingDays(calendar, now);
  const meetingSource = new Map<number, string>();
  for (const year of new Set(held.map((d) => Number(d.slice(0, 4))))) {
    meetingSource.set(year, (await source({ kind: 'meeting', code: standingCode('meeting', year), title: `调度会议定事项（${year}年）`, periodStart: `${year}-01-01`, periodEnd: `${year}-12-31` })).id);
  }
  const present = MEMBERS.filter((m) => !m.left).map((m) => id(m.code));
  const meetings: { id: string; heldOn: IsoDate }[] = [];
  for (const [i, heldOn] of held.entries()) {
    const month = Number(heldOn.slice(5, 7));
    const m = await ledger.meetings.create(actor, { heldOn, title: `${month}月全市优化营商环境调度会`, chair: '张海峰（市委常委、常务副市长）', location: '市政府第三会议室', presentDepartmentIds: present, minutes: `听取各成员单位${month}月工作进展汇报，通报逾期和临期任务，研究解决企业反映的难点问题，议定事项列入台账督办。` });
    meetings.push({ id: m.id, heldOn });
    for (const k of [0, 1]) {
      const [title, lead] = DECISIONS[(2 * i + k) % DECISIONS.length]!;
      task({ sourceId: meetingSource.get(Number(heldOn.slice(0, 4)))!, title, leadDepartmentId: id(lead), startsOn: heldOn, dueOn: dueAfter(heldOn, k === 0 ? 30 : 45), createdAt: at(heldOn, '16:00'), needsSecondApproval: false, detail: `${month}月调度会议定事项`, ...ledger.meetings.decisionOrigin(m.id) });
    }
  }
  await ledger.meetings.create(actor, { heldOn: next, title: `${Number(next.slice(5, 7))}月全市优化营商环境调度会`, chair: '张海峰（市委常委、常务副市长）', location: '市政府第三会议室', presentDepartmentIds: [], minutes: '' });

  const { ids } = await database.db.transaction((tx) => ledgerBulk.insertTasks(tx, rows, actor, calendar, { officeDepartmentId: office, now, auditAction: 'ledger.task.seed' }));

  // ── steps through the services: 挂牌督办 (one lifted since), a closure sent back and tried again ──
  const officeP = await principalOf(services, 'office', 'office');
  const handlerP = await principalOf(services, 'handler', 'handler');
  if (officeP) {
    for (const [n, k] of escalate.entries()) {
      const opened = new Date(now.getTime() - (12 - n * 5) * DAY);
      const t = await ledger.tasks.escalate(actor, officeP, ids[k]!, { version: 1, reason: '整改进度严重滞后，已超过反馈问题整改期限', level: n === 0 ? 'government' : 'office', answerBy: addCalendarDays(shanghaiDate(opened), 7) }, opened);
      if (n === 1) await ledger.tasks.lift(actor, officeP, t.id, t.escalations[0]!.id, { version: t.escalations[0]!.version, note: '单位已书面说明并明确整改时限' }, new Date(opened.getTime() + 3 * DAY));
    }
    for (const [n, k] of sentBack.entries()) {
      const base = now.getTime() - 18 * DAY;
      let t = await ledger.tasks.act(actor, officeP, ids[k]!, { action: 'sendBack', version: 1, comment: '佐证材料不完整，请补充系统上线运行截图和办件数据', attachmentIds: [] }, new Date(base));
      if (n === 0 && handlerP) {
        await ledger.tasks.report(actor, handlerP, t.id, { text: '已补充系统运行截图和近一月办件数据。', progress: 100, figures: [{ label: '办件数', value: '236' }], attachmentIds: [] }, new Date(base + 4 * DAY));
        t = await ledger.tasks.get(handlerP, t.id);
        const evidence = await services.files.save(null, actor, { ownerId: handlerP.userId, purpose: 'ledger.evidence', name: '系统上线运行截图及办件数据.pdf', bytes: EVIDENCE_PDF() });
        t = await ledger.tasks.act(actor, handlerP, t.id, { action: 'requestClosure', version: t.version, comment: '已按要求补充材料，再次申请销号', attachmentIds: [evidence.id] }, new Date(base + 5 * DAY));
        await ledger.tasks.act(actor, officeP, t.id, { action: 'approve', version: t.version, comment: '材料齐全，同意销号', attachmentIds: [] }, new Date(base + 7 * DAY));
      }
    }
  }

  // ── hold the meetings in turn: each pack frozen as things stood that morning ──
  for (const m of meetings) await ledger.meetings.hold(actor, m.id, at(m.heldOn, '10:00'));

  log(`ledger: ${members} member units, ${rows.length} tasks, ${meetings.length} meetings held (${((performance.now() - started) / 1000).toFixed(1)} s)`);
  return { members, tasks: rows.length, meetings: meetings.length };
}
