// 一次一评 and 综合点评. At the window the clerk opens a rating page for the visit — a one-time link valid for
// half an hour, shown on a second screen or tablet — and whoever was served rates it there; the visit counts
// as an invitation in the rating rate. Anyone may review a hall or department publicly, anonymously, a few
// times a day from one address.
import type { RatingInput, WindowSessionView } from '../../../../common/api/evaluations.ts';
import type { Actor } from '../../../platform/audit/index.ts';
import { appendAudit } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import { randomToken } from '../../../platform/crypto/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import * as repo from '../repository.ts';
import { addTally } from '../tally-repository.ts';
import type { RatingService } from './ratings.ts';
import { scoreOf } from './ratings.ts';
import { forbidden, type EvaluationsDeps } from './shared.ts';

/** How long a window rating page stays open. */
export const WINDOW_MINUTES = 30;
/** Public reviews one address may give a day. */
export const PUBLIC_REVIEWS_PER_DAY = 5;
const visitWhat = { zh: '评价链接', en: 'Rating link' };
const gone = () => new AppError('GONE', { zh: '评价链接已失效（已评价或超过 30 分钟），请向窗口工作人员重新获取', en: 'This rating link has expired (already used or older than 30 minutes); ask the clerk for a new one' });

export function createWindowService(database: Database, deps: EvaluationsDeps, ratings: RatingService) {
  const { db } = database;

  async function view(s: repo.SessionRow, token: string): Promise<WindowSessionView> {
    const departments = await deps.org.departments();
    const names = await deps.org.userNames([s.clerkId]);
    const application = s.applicationId ? await deps.applications.summary(s.applicationId) : null;
    return {
      id: s.id,
      token,
      expiresAt: s.expiresAt.toISOString(),
      hallName: departments.find((d) => d.id === s.hallId)?.name ?? '',
      // The public page shows the clerk's name, not their account.
      clerkName: (names.get(s.clerkId) ?? '').replace(/（[^（）]*）$/, ''),
      service: s.service,
      applicationTitle: application?.title ?? null,
      rated: s.ratingId !== null,
    };
  }

  return {
    /** The clerk opens a rating page for this visit. */
    async open(actor: Actor, p: Principal, body: { applicationId?: string; service: string }, now = new Date()) {
      if (!p.userId || !p.departmentId || !hasAnyRole(p, ['clerk', 'approver'])) throw forbidden('只有窗口工作人员可以发起一次一评', 'Only window staff open a visit rating');
      const application = body.applicationId ? await deps.applications.summary(body.applicationId) : null;
      if (body.applicationId && !application) throw notFound({ zh: '办件', en: 'Application' });
      const token = randomToken('', 24);
      const row = {
        id: uuidv7(),
        tokenHash: deps.hash(token),
        clerkId: p.userId,
        hallId: p.departmentId,
        departmentId: application?.departmentId ?? p.departmentId,
        applicationId: application?.id ?? null,
        itemCode: application?.itemCode ?? null,
        service: body.service,
        expiresAt: new Date(now.getTime() + WINDOW_MINUTES * 60_000),
        ratingId: null,
        createdAt: now,
      };
      await db.transaction(async (tx) => {
        await repo.insertSession(tx, row);
        await addTally(tx, [{ key: { day: shanghaiDate(now), departmentId: row.departmentId, itemCode: row.itemCode ?? '', hallId: row.hallId, channel: 'window' }, counts: { invited: 1 } }]);
        await appendAudit(tx, actor, { action: 'evaluation.window.open', entity: 'evaluation_window_session', entityId: row.id, change: { service: row.service, applicationId: row.applicationId } });
      });
      return view(row, token);
    },

    /** The clerk checks whether the visit was rated (the token is not shown again). */
    async get(p: Principal, id: string) {
      const s = await repo.findSession(db, id);
      if (!s || (s.clerkId !== p.userId && s.hallId !== p.departmentId)) throw notFound(visitWhat);
      return view(s, '');
    },

    /** The tablet's page: what is being rated. */
    async byToken(token: string, now = new Date()) {
      const s = await repo.findSessionByToken(db, deps.hash(token));
      if (!s) throw notFound(visitWhat);
      if (s.ratingId || s.expiresAt.getTime() < now.getTime()) throw gone();
      return view(s, token);
    },

    async rate(actor: Actor, token: string, body: RatingInput, now = new Date()) {
      const s = await repo.findSessionByToken(db, deps.hash(token));
      if (!s) throw notFound(visitWhat);
      if (s.ratingId || s.expiresAt.getTime() < now.getTime()) throw gone();
      const application = s.applicationId ? await deps.applications.summary(s.applicationId) : null;
      const created = await ratings.record(
        actor,
        {
          channel: 'window',
          subjectType: 'windowVisit',
          subjectId: s.id,
          subjectTitle: application ? `${s.service}：${application.title}` : s.service,
          subjectNumber: application?.number ?? null,
          departmentId: s.departmentId,
          itemCode: s.itemCode,
          hallId: s.hallId,
          // Whoever stands at the window is not signed in: the rating is anonymous unless they leave it real-name
          // on an application that names them (the office can then reach them through the application).
          raterUserId: null,
          realName: false,
          first: scoreOf(body, now),
          ratedAt: now,
        },
        async (tx, id) => {
          if (!(await repo.claimSession(tx, s.id, id))) throw gone();
        },
        now,
      );
      return { id: created.id, bad: created.level <= 2 };
    },

    /** 综合点评 of a hall or department, anonymous. */
    async review(actor: Actor, source: string, body: Pick<RatingInput, 'level' | 'dimensions' | 'comment'> & { departmentId: string }, now = new Date()) {
      const department = (await deps.org.departments()).find((d) => d.id === body.departmentId);
      if (!department) throw notFound({ zh: '部门', en: 'Department' });
      const sourceHash = deps.hash(`review:${source}`);
      if ((await repo.countFromSource(db, sourceHash, new Date(now.getTime() - 86_400_000))) >= PUBLIC_REVIEWS_PER_DAY) {
        throw new AppError('RATE_LIMITED', { zh: `提交过于频繁：同一来源每天最多点评 ${PUBLIC_REVIEWS_PER_DAY} 次，请稍后再试`, en: `Too many reviews: at most ${PUBLIC_REVIEWS_PER_DAY} a day from one place; try again later` });
      }
      const created = await ratings.record(
        actor,
        { channel: 'public', subjectType: 'department', subjectId: department.id, subjectTitle: department.name, subjectNumber: null, departmentId: department.id, itemCode: null, hallId: null, raterUserId: null, realName: false, sourceHash, first: scoreOf(body, now), ratedAt: now },
        async () => {},
        now,
      );
      return { id: created.id };
    },
  };
}
