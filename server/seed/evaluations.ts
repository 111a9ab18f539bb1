// The demo city's 好差评: every application that ended with a decision invites its applicant to rate it;
// about seven in ten do, mostly well; a few in a hundred give a 差评, whose loops run through the real
// engine functions to where their age puts them (closed — mostly on time — called back, in a ledger fix,
// or still being verified, some overdue); window visits at the city's and the districts' halls are rated
// on the tablet; the public reviews departments; the market regulator has one appeal before the office
// and one upheld. Written in one transaction after the applications; skipped when ratings exist.
import { performance } from 'node:perf_hooks';
import { shanghaiDate, type Calendar } from '../../common/calendar/index.ts';
import { createRng, type Rng } from '../../common/ids/index.ts';
import { applicationsBulk } from '../modules/applications/index.ts';
import { evaluationsBulk, invitationOf } from '../modules/evaluations/index.ts';
import { appendAudit, cliActor, type Actor } from '../platform/audit/index.ts';
import { queryRows, uuidv7 } from '../platform/db/index.ts';
import { SYSTEM_ACTOR_ID, type WorkflowActor } from '../platform/workflow/index.ts';
import { sql } from 'drizzle-orm';
import type { Services } from '../services.ts';
import { pickWeighted } from './registry-entities.ts';

const DAY = 86_400_000;
const LEVELS = [
  { level: 5, weight: 78 },
  { level: 4, weight: 15 },
  { level: 3, weight: 4.3 },
  { level: 2, weight: 1.8 },
  { level: 1, weight: 0.9 },
];
const COMMENTS: Record<number, string[]> = {
  5: ['一次就办好了，点赞', '工作人员很耐心', '全程网办，不用跑腿', '比预期快很多', ''],
  4: ['整体满意，指南可以再清楚些', '办理顺利', '等候时间稍长', ''],
  3: ['材料要求说明不够清楚', '系统有点卡', '还可以'],
  2: ['补正要求前后不一致，多跑了一趟', '电话一直打不通', '办理时间超出承诺'],
  1: ['窗口人员态度生硬', '同一材料被要求提交三次', '预约后仍排队两个小时'],
};

interface Ctx {
  rng: Rng;
  now: Date;
  calendar: Calendar;
  approver: { id: string; departmentId: string } | null;
}

const pick = <T>(rng: Rng, list: readonly T[]) => list[Math.floor(rng() * list.length)]!;
const standIn = (departmentId: string) => `00000000-0000-4000-8000-${departmentId.replace(/-/g, '').slice(-12).padStart(12, '0')}`;

/** Who acts for a department's loop: the demo approver for the market regulator, a stand-in elsewhere. */
function staffOf(ctx: Ctx, departmentId: string): { by: WorkflowActor; actorId: string | null } {
  if (ctx.approver && ctx.approver.departmentId === departmentId) return { by: { userId: ctx.approver.id, departmentId, roles: ['approver'] }, actorId: ctx.approver.id };
  return { by: { userId: standIn(departmentId), departmentId, roles: ['approver'] }, actorId: null };
}

/** A 差评's loop steps, as far as its age allows. */
function loopSteps(ctx: Ctx, departmentId: string, ratedAt: Date, forced?: 'verifying' | 'assigned' | 'rectifying' | 'callback' | 'void'): evaluationsBulk.LoopStep[] {
  const { rng, now } = ctx;
  const staff = staffOf(ctx, departmentId);
  const steps: evaluationsBulk.LoopStep[] = [];
  let at = ratedAt.getTime();
  const add = (action: string, afterDays: number, input: evaluationsBulk.LoopStep['input'] = {}, by = staff) => {
    at += afterDays * DAY;
    if (at > now.getTime() - 60_000) return false;
    steps.push({ action, at: new Date(at), by: by.by, actorId: by.actorId, input });
    return true;
  };
  if (forced === 'void') {
    add('void', 1.5, { comment: '申诉成立，评价撤除' }, { by: { userId: SYSTEM_ACTOR_ID, departmentId: null, roles: [] }, actorId: null });
    return steps;
  }
  const age = (now.getTime() - ratedAt.getTime()) / DAY;
  const target = forced ?? (age > 25 ? 'closed' : age > 9 ? pick(rng, ['closed', 'rectifying', 'callback'] as const) : pick(rng, ['verifying', 'assigned'] as const));
  if (target === 'verifying') return steps;
  if (!add('assign', 0.2 + rng() * 0.8, { holders: [{ kind: 'user', id: staff.by.userId }] })) return steps;
  if (target === 'assigned') return steps;
  // A forced state must be reached within the few days its rating is old, so it is never the late one.
  const late = rng() < 0.1 && !forced ? 6 : 0;
  const decision = target === 'rectifying' ? 'toLedger' : target === 'callback' ? 'fixNow' : pickWeighted(rng, [{ v: 'fixNow', weight: 60 }, { v: 'explain', weight: 25 }, { v: 'toLedger', weight: 15 }]).v;
  const said = { fixNow: '经核实情况属实，已立即整改并加强窗口培训', explain: '经核实，所需材料系法规明确要求，已向评价人说明依据', toLedger: '涉及系统改造，纳入台账限期整改' }[decision]!;
  if (!add(decision, 1 + rng() + late, { comment: said })) return steps;
  if (target === 'rectifying') return steps;
  if (decision === 'toLedger' && !add('completeFix', 8 + rng() * 6, { comment: '系统已完成改造上线' })) return steps;
  if (target === 'callback') return steps;
  const contacted = rng() < 0.95;
  add('callBack', 0.5 + rng(), { comment: contacted ? '电话回访' : '三次致电未接通', data: { contacted, satisfied: contacted ? rng() < 0.85 : null } });
  return steps;
}

export async function seedEvaluations(services: Services, options: { seed: number; log?: (line: string) => void; actor?: Actor; now?: Date }) {
  const started = performance.now();
  const log = options.log ?? (() => undefined);
  const { db } = services.database;
  const [existing] = await queryRows<{ n: number }>(db, sql`select count(*)::int as n from rating`);
  if (Number(existing?.n ?? 0) > 0) return log('evaluations: ratings exist already; none added');
  const now = options.now ?? new Date();
  const calendar = await services.calendar.current();
  const limits = { ratingDays: services.config.EVALUATION_RATING_DAYS, loopDays: services.config.EVALUATION_LOOP_DAYS };
  const approverUser = await services.org.users.findByUsername('approver');
  const qiye = await services.org.users.findByUsername('qiye');
  const office = await services.org.users.findByUsername('office');
  const ctx: Ctx = { rng: createRng(options.seed ^ 0x9a7e), now, calendar, approver: approverUser?.departmentId ? { id: approverUser.id, departmentId: approverUser.departmentId } : null };
  const { rng } = ctx;

  const ended = await applicationsBulk.endedApplications(db);
  const bundleDept = await applicationsBulk.bundleDepartments(db, ended.filter((a) => a.kind === 'bundle').map((a) => a.id));
  const invitations = ended.flatMap((a) => {
    const dept = a.departmentId ?? bundleDept.get(a.id);
    if (!dept || !a.finishedAt) return [];
    const inv = invitationOf({ ...applicationsBulk.endedPayload(a, dept, a.outcome, a.finishedAt), applicantUserId: a.applicantUserId ?? SYSTEM_ACTOR_ID }, limits.ratingDays)!;
    return [{ ...inv, raterUserId: a.applicantUserId }];
  });
  // qiye's two newest finished cases stay unrated (待评价 on the demo account).
  const pending = new Set(invitations.filter((i) => qiye && i.raterUserId === qiye.id && (i.endedAt as Date).getTime() > now.getTime() - 20 * DAY).slice(-2).map((i) => i.id));
  type Plan = Parameters<typeof evaluationsBulk.simulateRatings>[3][number];
  const plans: Plan[] = [];
  const score = (level: number, at: Date): evaluationsBulk.NewRating['first'] => ({ level, dimensions: rng() < 0.4 ? { speed: Math.max(1, Math.min(5, level + Math.round(rng() * 2 - 1))), attitude: level } : {}, comment: pick(rng, COMMENTS[level]!) || null, ratedAt: at.toISOString() });
  const levelOf = () => pickWeighted(rng, LEVELS).level;
  for (const inv of invitations) {
    if (pending.has(inv.id) || rng() > 0.72) continue;
    const ratedAt = new Date(Math.min((inv.endedAt as Date).getTime() + rng() * 3 * DAY, now.getTime() - 3_600_000));
    const level = inv.raterUserId && inv.raterUserId === qiye?.id ? 5 : levelOf();
    const id = uuidv7();
    inv.ratingId = id;
    plans.push({
      rating: { id, channel: 'online', subjectType: 'application', subjectId: inv.subjectId, subjectTitle: inv.title, subjectNumber: inv.number, departmentId: inv.departmentId, itemCode: inv.itemCode, hallId: inv.hallId, raterUserId: inv.raterUserId, realName: rng() < 0.85, first: score(level, ratedAt), ratedAt, createdAt: ratedAt, updatedAt: ratedAt },
      steps: level <= 2 ? loopSteps(ctx, inv.departmentId, ratedAt) : [],
    });
  }
  // The approver's department gets a recent 差评 in each open state, one before the office on appeal, one upheld.
  const appealed: { ratingId: string; upheld: boolean }[] = [];
  const recent = plans.filter((p) => ctx.approver && p.rating.departmentId === ctx.approver.departmentId && p.rating.raterUserId !== qiye?.id && now.getTime() - (p.rating.ratedAt as Date).getTime() > 4 * DAY && now.getTime() - (p.rating.ratedAt as Date).getTime() < 25 * DAY);
  (['verifying', 'assigned', 'rectifying', 'callback', 'void', 'verifying'] as const).forEach((forced, i) => {
    const plan = recent[recent.length - 1 - i];
    if (!plan) return;
    const at = plan.rating.ratedAt as Date;
    plan.rating.first = score(i % 2 ? 1 : 2, at);
    plan.rating.realName = i !== 1;
    plan.steps = loopSteps(ctx, plan.rating.departmentId, at, forced);
    if (forced === 'void') Object.assign(plan.rating, { status: 'removed', removedReason: '经核实，评价内容与本次办件无关（误评）', removedAt: new Date(at.getTime() + 2 * DAY) });
    if (forced === 'void' || i === 5) appealed.push({ ratingId: plan.rating.id, upheld: forced === 'void' });
  });

  // 一次一评 at the halls: a visit every working hour or so across the year.
  const halls = (await services.org.departments.listDepartments()).filter((d) => /^HHHT(-[A-Z]+)?-ZWFW$/.test(d.code));
  const clerk = await services.org.users.findByUsername('clerk');
  const sessions: evaluationsBulk.NewWindowSession[] = [];
  for (let i = 0; i < 1600; i++) {
    const hall = pick(rng, halls);
    const at = new Date(now.getTime() - rng() * 365 * DAY);
    const id = uuidv7();
    const rated = rng() < 0.8;
    const ratingId = rated ? uuidv7() : null;
    sessions.push({ id, tokenHash: `seed:${id}`, clerkId: clerk?.id ?? SYSTEM_ACTOR_ID, hallId: hall.id, departmentId: hall.id, applicationId: null, itemCode: null, service: pick(rng, ['咨询', '受理', '领证', '帮办代办']), expiresAt: new Date(at.getTime() + 30 * 60_000), ratingId, createdAt: at });
    if (!ratingId) continue;
    const level = levelOf();
    plans.push({ rating: { id: ratingId, channel: 'window', subjectType: 'windowVisit', subjectId: id, subjectTitle: sessions.at(-1)!.service, subjectNumber: null, departmentId: hall.id, itemCode: null, hallId: hall.id, raterUserId: null, realName: false, first: score(level, new Date(at.getTime() + 60_000)), ratedAt: new Date(at.getTime() + 60_000), createdAt: at, updatedAt: at }, steps: level <= 2 ? loopSteps(ctx, hall.id, new Date(at.getTime() + 60_000)) : [] });
  }
  // 综合点评 of departments.
  const departments = (await services.org.departments.listDepartments()).filter((d) => d.kind === 'department');
  for (let i = 0; i < 300; i++) {
    const d = pick(rng, departments);
    const at = new Date(now.getTime() - rng() * 365 * DAY);
    const level = levelOf();
    plans.push({ rating: { id: uuidv7(), channel: 'public', subjectType: 'department', subjectId: d.id, subjectTitle: d.name, subjectNumber: null, departmentId: d.id, itemCode: null, hallId: null, raterUserId: null, realName: false, sourceHash: `seed:${i}`, first: score(level, at), ratedAt: at, createdAt: at, updatedAt: at }, steps: level <= 2 ? loopSteps(ctx, d.id, at) : [] });
  }

  const def = services.evaluations.definition;
  const simulated = evaluationsBulk.simulateRatings(def, calendar, limits.loopDays, plans);
  const appeals = ctx.approver
    ? appealed.map(({ ratingId, upheld }) => {
        const r = simulated.ratings.find((x) => x.id === ratingId)!;
        const filedAt = new Date((r.ratedAt as Date).getTime() + DAY);
        return { id: uuidv7(), ratingId, departmentId: r.departmentId, reason: upheld ? '评价内容与本次办件无关，申请人误评' : '申请人未按一次性告知补齐材料，差评理由与事实不符', evidence: [], status: upheld ? 'upheld' : 'filed', filedBy: ctx.approver!.id, filedAt, ...(upheld ? { decidedAt: new Date(filedAt.getTime() + DAY / 2), decisionComment: '经核实属误评，撤除', decidedBy: office?.id ?? ctx.approver!.id } : {}) };
      })
    : [];
  await db.transaction(async (tx) => {
    await evaluationsBulk.insertRatings(tx, { invitations, sessions, simulated, appeals });
    await appendAudit(tx, options.actor ?? cliActor, { action: 'evaluations.seed', entity: 'rating', change: { seed: options.seed, invitations: invitations.length, ratings: simulated.ratings.length, loops: simulated.cases.length, appeals: appeals.length } });
  });
  log(`evaluations: ${invitations.length} invitations, ${simulated.ratings.length} ratings (${simulated.cases.length} 差评 loops, ${sessions.length} window visits), ${appeals.length} appeals in ${((performance.now() - started) / 1000).toFixed(1)} s · through ${shanghaiDate(now)}`);
}
