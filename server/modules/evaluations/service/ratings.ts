// 一事一评 and 追评: the applicant rates a finished application — or the requester a closed hotline ticket —
// once, within the rating window, and may add one supplementary rating later. Nobody rates for somebody else:
// such an attempt is refused and the refusal audited. A 差评 opens its loop in the same transaction as the rating.
import type { InvitationSubject, RateBody, RatingInput } from '../../../../common/api/evaluations.ts';
import { appendAudit, systemActor, type Actor } from '../../../platform/audit/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import * as repo from '../repository.ts';
import type { ScoreSet } from '../tables.ts';
import { addTally } from '../tally-repository.ts';
import type { LoopService } from './loops.ts';
import { forbidden, isBad, staleRating, tallyChange, what, type EvaluationsDeps } from './shared.ts';

const DAY = 86_400_000;

export const scoreOf = (input: Pick<RatingInput, 'level' | 'dimensions' | 'comment'>, now: Date): ScoreSet => ({
  level: input.level,
  dimensions: Object.fromEntries(Object.entries(input.dimensions ?? {}).filter(([, v]) => typeof v === 'number')) as Record<string, number>,
  comment: input.comment?.trim() || null,
  ratedAt: now.toISOString(),
});

/** What the refusals call each kind of case and its rater. */
const SUBJECT_WORDS: Record<InvitationSubject, { onlyRater: [string, string]; notYours: [string, string]; toRate: { zh: string; en: string } }> = {
  application: {
    onlyRater: ['只有办事人本人可以评价，工作人员不能代为评价', 'Only the applicant may rate; staff cannot rate on anyone\'s behalf'],
    notYours: ['不能评价他人的办件', 'You cannot rate someone else\'s application'],
    toRate: { zh: '可评价的办件', en: 'A finished application to rate' },
  },
  appeal: {
    onlyRater: ['只有诉求人本人可以评价，工作人员不能代为评价', 'Only the requester may rate; staff cannot rate on anyone\'s behalf'],
    notYours: ['不能评价他人的诉求工单', 'You cannot rate someone else\'s ticket'],
    toRate: { zh: '可评价的诉求工单', en: 'A closed ticket to rate' },
  },
};

const alreadyRated = () => new AppError('CONFLICT', { zh: '此次服务已评价过；评价后可追评一次', en: 'This service has been rated already; one supplementary rating may follow' });
const isUniqueViolation = (e: unknown) => (e as { code?: string })?.code === '23505' || (e as { cause?: { code?: string } })?.cause?.code === '23505';

export function createRatingService(database: Database, deps: EvaluationsDeps, loops: LoopService, sync: () => Promise<unknown>) {
  const { db } = database;

  /** Records a refused attempt in the audit log (its own transaction: the request itself fails). */
  async function auditRefusal(actor: Actor, subject: string, reason: string) {
    await db.transaction((tx) => appendAudit(tx, actor, { action: 'evaluation.rate.refused', entity: 'rating', entityId: null, change: { subject, reason } }));
  }

  /**
   * Writes a new rating (and its loop when it is a 差评), its tally share and audit row in one transaction;
   * `also` adds the channel's own writes (the invitation or window visit it answers). Announces a 差评 after.
   */
  async function record(actor: Actor, row: Omit<repo.NewRating, 'id' | 'level' | 'loopId' | 'loopState'>, also: (tx: Db, id: string) => Promise<void>, now: Date): Promise<repo.RatingRow> {
    const id = uuidv7();
    const level = row.first.level;
    const created = await db
      .transaction(async (tx) => {
        // The platform opens the loop, not the rater: its history must not name who rated.
        const loopId = isBad(level) ? await loops.open(tx, id, row.departmentId, systemActor, now) : null;
        const full = { ...row, id, level, loopId, loopState: loopId ? 'verifying' : null };
        await repo.insertRating(tx, full);
        await also(tx, id);
        const inserted = (await repo.findRating(tx, id))!;
        await addTally(tx, tallyChange(null, inserted));
        await appendAudit(tx, actor, { action: 'evaluation.rate', entity: 'rating', entityId: id, change: { channel: row.channel, subject: `${row.subjectType}:${row.subjectId}`, level, realName: row.realName } });
        return inserted;
      })
      .catch((e: unknown) => {
        throw isUniqueViolation(e) ? alreadyRated() : e;
      });
    if (created.loopId) await loops.announce(created.departmentId, created.id, created.subjectTitle);
    return created;
  }

  /**
   * 一事一评 of a case that invited its rater: a finished application (by its applicant) or a closed hotline
   * ticket (by its requester).
   */
  async function rateCase(actor: Actor, p: Principal, subject: { type: InvitationSubject; id: string }, body: RatingInput, now = new Date()) {
    const words = SUBJECT_WORDS[subject.type];
    const key = `${subject.type}:${subject.id}`;
    if (p.kind !== 'applicant' || !p.userId) {
      await auditRefusal(actor, key, 'not the applicant');
      throw forbidden(...words.onlyRater);
    }
    await sync();
    const invitation = await repo.findInvitation(db, subject.type, subject.id);
    if (!invitation) throw notFound(words.toRate);
    if (invitation.raterUserId !== p.userId) {
      await auditRefusal(actor, key, 'someone else\'s case');
      throw forbidden(...words.notYours);
    }
    if (invitation.ratingId) throw alreadyRated();
    if (now.getTime() > invitation.rateUntil.getTime()) {
      throw new AppError('GONE', { zh: `已超过评价期限（办结后 ${deps.limits.ratingDays} 日内可评价）`, en: `The rating window has closed (${deps.limits.ratingDays} days after the case ended)` });
    }
    return record(
      actor,
      {
        channel: 'online',
        subjectType: subject.type,
        subjectId: subject.id,
        subjectTitle: invitation.title,
        subjectNumber: invitation.number,
        departmentId: invitation.departmentId,
        itemCode: invitation.itemCode,
        hallId: invitation.hallId,
        raterUserId: p.userId,
        realName: !body.anonymous,
        first: scoreOf(body, now),
        ratedAt: now,
      },
      (tx, id) => repo.setInvitationRating(tx, invitation.id, id),
      now,
    );
  }

  return {
    record,
    auditRefusal,
    rateCase,

    /** 一事一评 by the applicant of a finished application. */
    async rateApplication(actor: Actor, p: Principal, body: RatingInput & { applicationId: string }, now = new Date()) {
      return rateCase(actor, p, { type: 'application', id: body.applicationId }, body, now);
    },

    /** 一事一评 of a closed hotline ticket by its requester. */
    async rateAppeal(actor: Actor, p: Principal, body: RatingInput & { ticketId: string }, now = new Date()) {
      return rateCase(actor, p, { type: 'appeal', id: body.ticketId }, body, now);
    },

    /** The route's body: exactly one of `applicationId` and `ticketId` (the schema checks it). */
    async rate(actor: Actor, p: Principal, body: RateBody, now = new Date()) {
      if ((body.applicationId === undefined) === (body.ticketId === undefined)) {
        throw new AppError('BAD_REQUEST', { zh: '请指明评价的办件或工单（二者选一）', en: 'Name the application or the ticket rated (exactly one)' });
      }
      const subject = body.ticketId ? { type: 'appeal' as const, id: body.ticketId } : { type: 'application' as const, id: body.applicationId! };
      return rateCase(actor, p, subject, body, now);
    },

    /** 追评: once, by the rater, within the window counted from the first rating. */
    async supplement(actor: Actor, p: Principal, ratingId: string, body: Pick<RatingInput, 'level' | 'dimensions' | 'comment'>, now = new Date()) {
      const rating = await repo.findRating(db, ratingId);
      if (!rating) throw notFound(what);
      if (!p.userId || rating.raterUserId !== p.userId || rating.channel === 'public') {
        await auditRefusal(actor, `rating:${ratingId}`, 'supplement by someone else');
        throw forbidden('只有评价人本人可以追评', 'Only the rater may add a supplementary rating');
      }
      if (rating.supplement) throw new AppError('CONFLICT', { zh: '每条评价只能追评一次', en: 'A rating takes one supplementary rating only' });
      if (rating.status !== 'valid') throw new AppError('CONFLICT', { zh: '该评价已撤除，不能追评', en: 'This rating was removed; no supplement can be added' });
      if (now.getTime() > rating.ratedAt.getTime() + deps.limits.ratingDays * DAY) {
        throw new AppError('GONE', { zh: `已超过追评期限（评价后 ${deps.limits.ratingDays} 日内）`, en: `Too late for a supplement (${deps.limits.ratingDays} days after rating)` });
      }
      const level = body.level;
      const needsLoop = isBad(level) && !rating.loopId;
      const updated = await db.transaction(async (tx) => {
        const loopId = needsLoop ? await loops.open(tx, rating.id, rating.departmentId, systemActor, now) : rating.loopId;
        const after = await repo.updateRatingVersioned(tx, rating.id, rating.version, { supplement: scoreOf(body, now), level, loopId, loopState: needsLoop ? 'verifying' : rating.loopState });
        if (!after) throw staleRating(rating.version + 1);
        await addTally(tx, tallyChange(rating, after));
        await appendAudit(tx, actor, { action: 'evaluation.supplement', entity: 'rating', entityId: rating.id, change: { from: rating.level, to: level } });
        return after;
      });
      if (needsLoop) await loops.announce(updated.departmentId, updated.id, updated.subjectTitle);
      return updated;
    },
  };
}

export type RatingService = ReturnType<typeof createRatingService>;
