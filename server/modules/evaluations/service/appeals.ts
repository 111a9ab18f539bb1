// 申诉: the rated department (its approver or leader) may claim a rating is malicious or mistaken, once,
// with evidence; the office decides. An upheld appeal removes the rating from every metric and voids its
// loop — in one transaction with the decision — while the rating, the appeal and the audit trail stay.
import type { AppealsReply } from '../../../../common/api/evaluations.ts';
import { appendAudit, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import { SYSTEM_ACTOR_ID } from '../../../platform/workflow/index.ts';
import * as repo from '../repository.ts';
import { addTally } from '../tally-repository.ts';
import { forbidden, staleRating, tallyChange, type EvaluationsDeps } from './shared.ts';
import { appealView, ratingBase } from './views.ts';

const appealWhat = { zh: '申诉', en: 'Appeal' };
const staleAppeal = () => new AppError('VERSION_CONFLICT', { zh: '申诉已被处理或修改，请刷新后重试', en: 'The appeal was decided or changed meanwhile; reload and try again' });

export function createAppealService(database: Database, deps: EvaluationsDeps) {
  const { db } = database;

  async function decideIn(tx: Db, actor: Actor, p: Principal, appeal: repo.AppealRow, rating: repo.RatingRow, body: { decision: 'uphold' | 'dismiss'; comment: string; version: number }, now: Date) {
    const decided = await repo.decideAppeal(tx, appeal.id, body.version, { status: body.decision === 'uphold' ? 'upheld' : 'dismissed', decidedBy: p.userId ?? p.id, decidedAt: now, decisionComment: body.comment });
    if (!decided) throw staleAppeal();
    if (body.decision === 'uphold') {
      const removed = await repo.updateRatingVersioned(tx, rating.id, rating.version, { status: 'removed', removedReason: body.comment, removedAt: now, ...(rating.loopId && !['closed', 'voided'].includes(rating.loopState ?? '') ? { loopState: 'voided' } : {}) });
      if (!removed) throw staleRating(rating.version + 1);
      await addTally(tx, tallyChange(rating, removed));
    }
    await appendAudit(tx, actor, { action: `evaluation.appeal.${body.decision}`, entity: 'rating_appeal', entityId: appeal.id, change: { ratingId: rating.id, comment: body.comment } });
  }

  return {
    async file(actor: Actor, p: Principal, ratingId: string, body: { reason: string; evidence: string[] }, now = new Date()) {
      const rating = await repo.findRating(db, ratingId);
      if (!rating) throw notFound({ zh: '评价', en: 'Rating' });
      if (p.departmentId !== rating.departmentId || !hasAnyRole(p, ['approver', 'leader'])) throw forbidden('只有被评价部门的审批人员或负责人可以申诉', 'Only the rated department\'s approvers or leaders may appeal');
      if (rating.status !== 'valid') throw new AppError('CONFLICT', { zh: '该评价已撤除', en: 'This rating was removed already' });
      if ((await repo.appealsOf(db, ratingId)).length) throw new AppError('CONFLICT', { zh: '每条评价只能申诉一次', en: 'A rating may be appealed once' });
      const id = uuidv7();
      await db
        .transaction(async (tx) => {
          await repo.insertAppeal(tx, { id, ratingId, departmentId: rating.departmentId, reason: body.reason, evidence: body.evidence, status: 'filed', filedBy: p.userId ?? p.id, filedAt: now });
          if (body.evidence.length) await deps.files.attach(tx, body.evidence, `rating-appeal:${id}`, [p.userId]);
          await appendAudit(tx, actor, { action: 'evaluation.appeal.file', entity: 'rating_appeal', entityId: id, change: { ratingId, evidence: body.evidence.length } });
        })
        .catch((e: unknown) => {
          if ((e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505') throw new AppError('CONFLICT', { zh: '每条评价只能申诉一次', en: 'A rating may be appealed once' });
          throw e;
        });
      return ratingId;
    },

    async decide(actor: Actor, p: Principal, appealId: string, body: { decision: 'uphold' | 'dismiss'; comment: string; version: number }, now = new Date()) {
      const appeal = await repo.findAppeal(db, appealId);
      if (!appeal) throw notFound(appealWhat);
      if (appeal.status !== 'filed' || appeal.version !== body.version) throw staleAppeal();
      const rating = (await repo.findRating(db, appeal.ratingId))!;
      const openLoop = body.decision === 'uphold' && rating.loopId && !['closed', 'voided'].includes(rating.loopState ?? '');
      if (openLoop) {
        const loop = await deps.workflow.get(rating.loopId!, now);
        await deps.workflow.act({
          caseId: loop.id,
          action: 'void',
          actor,
          who: { userId: SYSTEM_ACTOR_ID, departmentId: null, roles: [] },
          input: { comment: body.comment },
          version: loop.version,
          now,
          effects: (tx) => decideIn(tx, actor, p, appeal, rating, body, now),
        });
      } else {
        await db.transaction((tx) => decideIn(tx, actor, p, appeal, rating, body, now));
      }
      return rating.id;
    },

    async list(p: Principal, query: { status?: string; page: number; pageSize: number }, now = new Date()): Promise<AppealsReply> {
      const { rows, total } = await repo.listAppeals(db, query.status, query.page, query.pageSize);
      const ratings = new Map((await repo.ratingsByIds(db, rows.map((a) => a.ratingId))).map((r) => [r.id, r]));
      const departments = await deps.org.departments();
      const people = rows.flatMap((a) => [a.filedBy, a.decidedBy ?? '', ratings.get(a.ratingId)?.raterUserId ?? '']).filter(Boolean);
      const names = new Map([...departments.map((d) => [d.id, d.name] as const), ...(await deps.org.userNames([...new Set(people)]))]);
      const evidence = await deps.files.describe(rows.flatMap((a) => a.evidence));
      const items = [];
      for (const a of rows) {
        const r = ratings.get(a.ratingId)!;
        const loop = r.loopId ? await deps.workflow.get(r.loopId, now) : null;
        items.push({ appeal: appealView(a, names, evidence), rating: ratingBase(p, r, loop, names, now, r.raterUserId ? (names.get(r.raterUserId) ?? null) : null), departmentName: names.get(a.departmentId) ?? '' });
      }
      return { items, total, page: query.page, pageSize: query.pageSize };
    },

    /** Evidence files are read by the office and the appealing department. */
    async mayReadEvidence(p: Principal, appealId: string) {
      const appeal = await repo.findAppeal(db, appealId);
      return appeal !== null && (hasAnyRole(p, ['office', 'admin']) || p.departmentId === appeal.departmentId);
    },
  };
}
