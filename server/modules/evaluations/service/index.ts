// The evaluations room's services (好差评): invitations from ended applications and closed hotline tickets, ratings on every channel,
// the bad-rating loop, appeals, the staff's lists and the metrics.
import type { RatingsQuery, RatingsReply, RatingView } from '../../../../common/api/evaluations.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { notFound } from '../../../platform/errors/index.ts';
import { LOOP_WORKFLOW, loopWorkflow } from '../workflow.ts';
import * as repo from '../repository.ts';
import { createAppealService } from './appeals.ts';
import { createInvitationService } from './invitations.ts';
import { createLoopService } from './loops.ts';
import { createMetricsService } from './metrics.ts';
import { createRatingService } from './ratings.ts';
import { isStaff, seesAllRatings, what, workflowActorOf, type EvaluationsDeps } from './shared.ts';
import { ratingBase, ratingDetail } from './views.ts';
import { createWindowService } from './window.ts';

export type { EvaluationsDeps } from './shared.ts';

const dayStart = (d: string) => new Date(`${d}T00:00:00+08:00`);
const dayEnd = (d: string) => new Date(dayStart(d).getTime() + 86_400_000);

export function createEvaluationsService(database: Database, deps: EvaluationsDeps & { itemNames: (codes: string[]) => Promise<Map<string, string>> }) {
  const def = deps.workflow.register(loopWorkflow(deps.limits));
  const invitations = createInvitationService(database, deps);
  const loops = createLoopService(database, deps, def);
  const ratings = createRatingService(database, deps, loops, invitations.sync);
  const window = createWindowService(database, deps, ratings);
  const appeals = createAppealService(database, deps);
  const metrics = createMetricsService(database, deps);
  const { db } = database;

  /** Who may read a rating: its rater, and staff whose scope covers the rated department. */
  async function readable(p: Principal, id: string): Promise<repo.RatingRow> {
    const r = await repo.findRating(db, id);
    if (r && p.userId && r.raterUserId === p.userId) return r;
    if (!r || !(await loops.inScope(p, r.departmentId))) throw notFound(what);
    return r;
  }

  async function detail(p: Principal, id: string, now = new Date()): Promise<RatingView> {
    const r = await readable(p, id);
    return ratingDetail(deps, def, p, r, await repo.appealsOf(db, r.id), now);
  }

  return {
    definition: def,
    invitations,
    ratings,
    window,
    loops,
    appeals,
    metrics,
    detail,

    /** The staff's list (the office: all; others: their departments); `mine` is the 差评 queue, soonest deadline first. */
    async list(p: Principal, q: RatingsQuery, now = new Date()): Promise<RatingsReply> {
      if (!isStaff(p)) return { items: [], total: 0, page: q.page, pageSize: q.pageSize };
      const visible = seesAllRatings(p) ? 'all' : await deps.org.visibleDepartments(p);
      const filter: repo.RatingFilter = { departmentIds: visible, departmentId: q.departmentId, itemCode: q.itemCode, hallId: q.hallId, channel: q.channel, level: q.level, bad: q.bad, loopState: q.loopState, status: q.status, from: q.from ? dayStart(q.from) : undefined, to: q.to ? dayEnd(q.to) : undefined };
      let rows: repo.RatingRow[];
      let total: number;
      if (q.mine) {
        // The loops this user or their department's queue hold, in the queue's order (soonest deadline first).
        const held = await deps.workflow.queue({ who: workflowActorOf(p), workflow: LOOP_WORKFLOW, limit: 1000 }, now);
        const order = new Map(held.map((c, i) => [c.id, i]));
        const all = (await repo.listRatings(db, { ...filter, loopIds: held.map((c) => c.id) }, 1, 1000)).rows;
        all.sort((a, b) => (order.get(a.loopId!) ?? 0) - (order.get(b.loopId!) ?? 0));
        total = all.length;
        rows = all.slice((q.page - 1) * q.pageSize, q.page * q.pageSize);
      } else {
        ({ rows, total } = await repo.listRatings(db, filter, q.page, q.pageSize));
      }
      const departments = await deps.org.departments();
      const loopsOf = await Promise.all(rows.map((r) => (r.loopId ? deps.workflow.get(r.loopId, now) : Promise.resolve(null))));
      const holderIds = loopsOf.flatMap((c) => c?.holders.filter((h) => h.holder.kind === 'user').map((h) => h.holder.id) ?? []);
      const raterIds = rows.flatMap((r) => (r.raterUserId ? [r.raterUserId] : []));
      const names = new Map([...departments.map((d) => [d.id, d.name] as const), ...(await deps.org.userNames([...new Set([...holderIds, ...raterIds])]))]);
      return {
        items: rows.map((r, i) => ratingBase(p, r, loopsOf[i] ?? null, names, now, r.raterUserId ? (names.get(r.raterUserId) ?? null) : null)),
        total,
        page: q.page,
        pageSize: q.pageSize,
      };
    },
  };
}

export type EvaluationsService = ReturnType<typeof createEvaluationsService>;
