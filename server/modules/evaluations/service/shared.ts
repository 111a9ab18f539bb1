// What the evaluations room needs from the others (wired in server/services.ts), and what its services
// share: who may see what, a rating's share of the tally, and the typed refusals.
import { shanghaiDate, type Calendar } from '../../../../common/calendar/index.ts';
import type { Principal, Role } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { Db } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import type { WorkflowActor, WorkflowService } from '../../../platform/workflow/index.ts';
import type { RatingRow } from '../repository.ts';
import type { Counts, TallyKey } from '../tally-repository.ts';
import type { LoopLimits } from '../workflow.ts';

export interface EvaluationsDeps {
  limits: LoopLimits & { ratingDays: number };
  workflow: WorkflowService;
  calendar: (db?: Db) => Promise<Calendar>;
  notify: (db: Db, userIds: string[], message: NotifyMessage) => Promise<unknown>;
  /** A keyed one-way hash (window tokens, reviewers' addresses). */
  hash: (value: string) => string;
  org: {
    departments: () => Promise<{ id: string; name: string }[]>;
    userNames: (ids: string[]) => Promise<Map<string, string>>;
    membersOf: (departmentId: string, roles: readonly Role[]) => Promise<string[]>;
    visibleDepartments: (principal: Principal) => Promise<'all' | string[]>;
  };
  applications: {
    /** An application's facts for a window visit (null when unknown). */
    summary: (id: string) => Promise<{ id: string; title: string; number: string | null; departmentId: string | null; itemCode: string | null } | null>;
  };
  files: {
    attach: (tx: Db, fileIds: string[], attachedTo: string, ownerIds: (string | null)[]) => Promise<void>;
    describe: (ids: string[]) => Promise<Map<string, { id: string; name: string }>>;
  };
}

export const what = { zh: '评价', en: 'Rating' };
export const STAFF_ROLES: Role[] = ['clerk', 'approver', 'agent', 'handler', 'inspector', 'office', 'leader', 'admin'];
export const isStaff = (p: Principal) => p.kind !== 'applicant' && hasAnyRole(p, STAFF_ROLES);
/** The office (and administrators) see every rating and every rater. */
export const isOffice = (p: Principal) => hasAnyRole(p, ['office', 'admin']);
export const seesAllRatings = (p: Principal) => hasAnyRole(p, ['office', 'admin', 'leader']);
export const workflowActorOf = (p: Principal): WorkflowActor => ({ userId: p.userId ?? p.id, departmentId: p.departmentId, roles: p.roles.map((r) => r.role) });

export const refuse = (zh: string, en: string, path?: string) => new AppError('UNPROCESSABLE', { zh, en }, path ? [{ path, message: { zh, en } }] : []);
export const forbidden = (zh: string, en: string) => new AppError('FORBIDDEN', { zh, en });
export const staleRating = (current: number) =>
  new AppError('VERSION_CONFLICT', { zh: `评价已被他人处理（当前版本 ${current}），请刷新后重试`, en: `The rating was changed meanwhile (now version ${current}); reload and try again` });

export const isBad = (level: number) => level <= 2;

/** Where a rating counts in the tally: the day it was first given, and its department, item, hall and channel. */
export function tallyKeyOf(r: Pick<RatingRow, 'ratedAt' | 'departmentId' | 'itemCode' | 'hallId' | 'channel'>): TallyKey {
  return { day: shanghaiDate(r.ratedAt), departmentId: r.departmentId, itemCode: r.itemCode ?? '', hallId: r.hallId ?? '', channel: r.channel };
}

/**
 * A rating's share of the counts. A removed rating counts for nothing; a 差评's loop counts as called back once
 * the rater was called, and as rectified (整改) once it closed — fixed, fixed on the ledger, or explained when the
 * complaint had no basis — which is also what 实名差评回访整改率 counts for real-name ones.
 */
export function contribution(r: Pick<RatingRow, 'channel' | 'status' | 'level' | 'realName' | 'calledBackAt' | 'loopState' | 'loopOnTime' | 'loopId'>): Partial<Counts> {
  if (r.status !== 'valid') return {};
  const bad = isBad(r.level);
  const closed = r.loopState === 'closed';
  return {
    rated: 1,
    answered: r.channel === 'public' ? 0 : 1,
    [`l${r.level}`]: 1,
    bad: bad ? 1 : 0,
    calledBack: bad && r.calledBackAt ? 1 : 0,
    rectified: bad && closed ? 1 : 0,
    realNameBad: bad && r.realName ? 1 : 0,
    realNameBadClosed: bad && r.realName && closed && r.calledBackAt ? 1 : 0,
    loopsClosed: r.loopId && closed ? 1 : 0,
    loopsOnTime: r.loopId && closed && r.loopOnTime ? 1 : 0,
  };
}

const negate = (c: Partial<Counts>): Partial<Counts> => Object.fromEntries(Object.entries(c).map(([k, v]) => [k, -(v ?? 0)]));

/** The tally change from a rating as it was to as it is (either may be null: created, or gone). */
export function tallyChange(before: RatingRow | null, after: RatingRow | null) {
  return [...(before ? [{ key: tallyKeyOf(before), counts: negate(contribution(before)) }] : []), ...(after ? [{ key: tallyKeyOf(after), counts: contribution(after) }] : [])];
}
