// Applications the demo accounts meet at once: the enterprise account's own (青城乳业: one awaiting its
// 补正 answer, one done with an e-licence, one 告知承诺 whose post-check is pending …), the citizen's,
// work in the approver's and the clerk's queues in every open state (some overdue, some close to
// their deadline), 一件事 in progress and one with a refused member, and a couple of commitments found
// false at their post-check. Pure, like the rest of the plan.
import type { Item } from '../../common/api/catalog.ts';
import { createRng, type Rng } from '../../common/ids/index.ts';
import type { applicationsBulk } from '../modules/applications/index.ts';
import { WORDS } from './applications-data.ts';
import type { Life, Who } from './applications-life.ts';
import type { Applicant, ItemPlan, Plan, PlanContext, Planner } from './applications-plan.ts';
import { pick } from './registry-entities.ts';
import type { GeneratedEntity } from './registry-entities.ts';

export interface DemoAccounts {
  /** The enterprise account and the entity it represents (青城乳业有限公司). */
  qiye: { userId: string; name: string; idNumber: string; phone: string; entity: GeneratedEntity } | null;
  /** The citizen. */
  shimin: { userId: string; name: string; idNumber: string; phone: string } | null;
  /** The approver's department (market regulation) and the clerk's (the city's hall). */
  approverDepartment: string;
  clerkDepartment: string;
}

type Step = applicationsBulk.SimStep;

export function featuredPlans(ctx: PlanContext, planner: Planner, accounts: DemoAccounts): Plan[] {
  const rng = createRng(ctx.seed ^ 0xfea7);
  const { time } = planner;
  const out: Plan[] = [];
  const named = (name: string) => ctx.items.find((i) => i.name === name);
  const ago = (n: number, from?: number, to?: number) => time.daysAgo(rng, n, from, to);
  const staff = (item: Item, action: string) => ctx.staffOf(item.implementingDepartmentId, action);
  const step = (action: string, at: Date, who: Who, extra: Partial<Step> = {}): Step => ({ action, at, by: who.by, actorId: who.actorId, ...extra });
  const fixed = (steps: Step[]): Life => ({ steps, postCheckEnd: null, complete: false });
  const add = (name: string, label: string, given: Parameters<Planner['itemPlan']>[2], life?: (item: Item, plan: ItemPlan) => Life) => {
    const item = named(name);
    if (!item) return;
    const plan = planner.itemPlan(rng, item, { ...given, label });
    if (life) plan.life = life(item, plan);
    out.push({ kind: 'item', plan });
  };

  // 青城乳业有限公司, through the enterprise account.
  const q = accounts.qiye;
  if (q) {
    const dairy: Applicant = { kind: 'entity', userId: q.userId, uscc: q.entity.uscc, name: q.entity.name, entity: q.entity, person: { name: q.name, idNumber: q.idNumber, phone: q.phone } };
    const own = { applicant: dairy, channel: 'online' as const };
    add('食品经营许可', 'qiye: done, with its e-licence', { ...own, submittedAt: ago(70, 600, 700), commitment: false, licence: true, options: { fate: 'approve', correction: null, late: false, suspend: false, extend: false, deem: false, days: 2 } });
    const renewal = named('食品经营许可证延续');
    const renewedAt = ago(22, 560, 600);
    if (renewal?.commitmentAllowed) {
      add('食品经营许可证延续', 'qiye: 告知承诺, post-check pending', { ...own, channel: 'mobile', submittedAt: renewedAt, commitment: true, licence: true }, (_item, plan) => ({ ...plan.life, postCheckEnd: null }));
    }
    add('排污许可证变更、延续', 'qiye: 补正 awaiting its answer', { ...own, submittedAt: ago(3, 560, 640), commitment: false, licence: false }, (item) =>
      fixed([step('requestCorrection', ago(2, 600, 660), staff(item, 'requestCorrection'), { comment: '请一次性补正以下内容', missing: ['排污许可证副本（原件扫描件）页码不全', '自行监测方案未附监测点位图'] })]),
    );
    add('特种设备使用登记', 'qiye: awaiting intake', { ...own, submittedAt: ago(1, 840, 960) }, () => fixed([]));
    add('企业变更登记', 'qiye: withdrawn', { ...own, submittedAt: ago(40, 600, 700) }, (_item, plan) =>
      fixed([step('withdraw', time.later(plan.submittedAt, 95), { by: { userId: q.userId, departmentId: null, roles: ['applicant'] }, actorId: q.userId }, { comment: WORDS.withdraw[1] })]),
    );
    add('企业年度报告公示', 'qiye: done on the spot', { ...own, submittedAt: ago(120, 600, 900), options: { fate: 'approve', correction: null } });
    // Finished last week and not yet rated: 好差评 waits for the account's rating.
    add('企业年度报告公示', 'qiye: done last week, to rate', { ...own, submittedAt: ago(6, 600, 900), options: { fate: 'approve', correction: null } });
    add('生鲜乳收购许可', 'qiye: done', { ...own, channel: 'online', submittedAt: ago(170, 600, 900), options: { fate: 'approve', correction: null, late: false, suspend: false, extend: false, deem: false, days: 6 } });
  }

  // The citizen 李娜.
  const s = accounts.shimin;
  if (s) {
    const citizen: Applicant = { kind: 'person', userId: s.userId, uscc: null, name: s.name, entity: null, person: { name: s.name, idNumber: s.idNumber, phone: s.phone } };
    const own = { applicant: citizen, channel: 'mobile' as const };
    const done = { fate: 'approve' as const, correction: null, late: false, suspend: false, extend: false, deem: false };
    add('社会保障卡申领', 'shimin: done', { ...own, submittedAt: ago(90, 1200, 1300), options: done });
    add('住房公积金提取（租赁住房）', 'shimin: done', { ...own, submittedAt: ago(30, 1200, 1300), options: done });
    add('无犯罪记录证明开具', 'shimin: done', { ...own, submittedAt: ago(15, 700, 800), options: done });
    add('异地就医备案', 'shimin: withdrawn', { ...own, submittedAt: ago(50, 1250, 1300), options: { fate: 'withdraw' } });
    add('居住证办理', 'shimin: awaiting intake', { ...own, channel: 'online', submittedAt: ago(1, 1150, 1250) }, () => fixed([]));
  }

  // The approver's queue (市场监管局): overdue, close to the deadline, suspended, to deliver, to accept, 补正.
  const atWindow = { channel: 'window' as const, commitment: false, licence: false };
  for (const [i, name] of ['食品生产许可', '药品零售企业许可', '计量标准器具核准'].entries()) {
    const item = named(name);
    if (!item) continue;
    add(name, 'approver: overdue', { ...atWindow, submittedAt: ago(item.promisedLimitDays + 2 + i, 560, 900) }, (it) => fixed(i === 1 ? [step('passReview', ago(item.promisedLimitDays, 600, 960), staff(it, 'passReview'))] : []));
  }
  for (const name of ['食品经营许可', '经营异常名录移出（信用修复）', '食品生产许可']) {
    const item = named(name);
    if (!item || item.promisedLimitDays < 2) continue;
    add(name, 'approver: due soon', { ...atWindow, submittedAt: ago(item.promisedLimitDays - 1, 560, 900) }, () => fixed([]));
  }
  add('药品零售企业许可', 'approver: suspended', { ...atWindow, submittedAt: ago(5, 560, 700) }, (item) => fixed([step('suspend', ago(3, 600, 900), staff(item, 'suspend'), { comment: WORDS.suspend[0] })]));
  add('食品生产许可', 'approver: suspended', { ...atWindow, submittedAt: ago(4, 560, 700) }, (item) =>
    fixed([step('passReview', ago(3, 600, 700), staff(item, 'passReview')), step('suspend', ago(2, 600, 900), staff(item, 'suspend'), { comment: WORDS.suspend[1] })]),
  );
  add('特种设备使用登记', 'approver: to deliver', { ...atWindow, submittedAt: ago(1, 560, 600) }, (item, plan) =>
    fixed([step('passReview', time.later(plan.submittedAt, 60), staff(item, 'passReview')), step('approve', time.later(plan.submittedAt, 150), staff(item, 'approve'))]),
  );
  add('企业变更登记', 'approver: to deliver', { channel: 'online', commitment: false, submittedAt: ago(2, 900, 1000) }, (item) => {
    const accepted = ago(1, 545, 560);
    return fixed([step('accept', accepted, staff(item, 'accept')), step('passReview', time.later(accepted, 40), staff(item, 'passReview')), step('approve', time.later(accepted, 130), staff(item, 'approve'))]);
  });
  for (const [i, name] of ['企业设立登记', '企业设立登记', '食品经营许可', '特种设备使用登记'].entries()) {
    add(name, 'approver: to accept', { channel: 'online', commitment: false, licence: false, submittedAt: ago(1 + (i % 2), 600 + 60 * i, 1300) }, () => fixed([]));
  }
  add('食品经营许可', 'approver: 补正 (the department answers for the applicant)', { channel: 'online', commitment: false, licence: false, submittedAt: ago(3, 600, 900) }, (item) =>
    fixed([step('requestCorrection', ago(2, 600, 900), staff(item, 'requestCorrection'), { comment: '请一次性补正以下内容', missing: pick(rng, WORDS.missing) })]),
  );
  add('食品生产许可', 'approver: under review', { ...atWindow, submittedAt: ago(1, 600, 900) }, () => fixed([]));

  // The clerk's queue (the city's hall runs the 中介超市 and 帮办代办).
  for (const n of [1, 2]) add('网上中介服务超市中介机构入驻', 'clerk: to accept', { channel: 'online', submittedAt: ago(n, 600, 1000) }, () => fixed([]));
  add('网上中介服务超市中介机构入驻', 'clerk: to deliver', { channel: 'online', submittedAt: ago(2, 600, 700) }, (item, plan) =>
    fixed([step('accept', time.later(plan.submittedAt, 120), staff(item, 'accept')), step('passReview', ago(1, 600, 700), staff(item, 'passReview')), step('approve', ago(1, 720, 800), staff(item, 'approve'))]),
  );
  for (const n of [1, 2]) add('政务服务帮办代办', 'clerk: to grant on the spot', { channel: 'online', submittedAt: ago(n, 1000, 1050) }, () => fixed([]));

  // 一件事: done, in progress, and one with a refused member.
  const startup = ctx.bundles.find((b) => b.bundle.code === 'HHHT-YJS-STARTUP');
  if (startup) {
    const invoices = startup.members.find((m) => m.name === '发票领用');
    out.push({ kind: 'bundle', plan: planner.bundlePlan(rng, startup, { submittedAt: ago(30, 600, 700), label: 'bundle: done' }) });
    out.push({ kind: 'bundle', plan: planner.bundlePlan(rng, startup, { submittedAt: ago(25, 600, 700), fates: invoices ? { [invoices.code]: 'refuse' } : {}, label: 'bundle: a member refused' }) });
    // Still running: the registration waits for intake, the others are granted and wait to be handed out with it.
    const running = planner.bundlePlan(rng, startup, { submittedAt: ago(1, 960, 1000), label: 'bundle: in progress' });
    for (const m of running.members) m.life = m.item.name === '企业设立登记' ? fixed([]) : { ...m.life, steps: m.life.steps.filter((x) => x.action !== 'deliver'), complete: false };
    out.push({ kind: 'bundle', plan: running });
  }
  return out;
}

/** A couple of commitments found false (one in a hundred at the city's scale), among entities with no later commitment. */
export function failSomeCommitments(rng: Rng, plans: Plan[], now: Date): number {
  const commitments = plans.flatMap((p) => (p.kind === 'item' && p.plan.commitment && !p.plan.label ? [p.plan] : []));
  const candidates = commitments.filter((p) => {
    const end = p.life.postCheckEnd;
    if (!end || end.at.getTime() >= now.getTime() || p.applicant.kind !== 'entity') return false;
    return !commitments.some((o) => o !== p && o.applicant.uscc === p.applicant.uscc && o.submittedAt.getTime() > p.submittedAt.getTime());
  });
  const wanted = Math.min(candidates.length, Math.max(2, Math.floor(commitments.length / 100)));
  const chosen = new Set<ItemPlan>();
  while (chosen.size < wanted) chosen.add(pick(rng, candidates));
  for (const p of chosen) {
    p.life.postCheckEnd = { ...p.life.postCheckEnd!, action: 'fail', comment: pick(rng, WORDS.fail) };
    p.licence = false;
  }
  return chosen.size;
}
