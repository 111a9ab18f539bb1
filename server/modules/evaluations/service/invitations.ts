// 邀评: each `application.ended` event becomes an invitation to the applicant (and a count in the rating
// rate's denominator), read through the events cursor so none is missed or doubled; the applicant's list of
// finished cases with what they may still do (rate, or add a 追评).
import type { MyEvaluation } from '../../../../common/api/evaluations.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import type { ApplicationEndedPayload } from '../../applications/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import { consumeEvents, EVENT_TYPES, type DomainEvent } from '../../../platform/events/index.ts';
import * as repo from '../repository.ts';
import { addTally } from '../tally-repository.ts';
import type { EvaluationsDeps } from './shared.ts';

const DAY = 86_400_000;
export const INVITATION_READER = 'evaluations.invitations';

/** The invitation an ended application gives (none when it has no applicant account to rate it). */
export function invitationOf(p: ApplicationEndedPayload, ratingDays: number): repo.NewInvitation | null {
  if (!p.applicantUserId) return null;
  const endedAt = new Date(p.endedAt);
  return {
    id: uuidv7(),
    subjectType: 'application',
    subjectId: p.applicationId,
    raterUserId: p.applicantUserId,
    departmentId: p.departmentId,
    itemCode: p.itemCode,
    hallId: p.hallId,
    title: p.title,
    number: p.number,
    endedAt,
    rateUntil: new Date(endedAt.getTime() + ratingDays * DAY),
    ratingId: null,
  };
}

/** Writes invitations and their tally counts (the seed's bulk path writes the same). */
export async function invite(tx: Db, rows: repo.NewInvitation[]) {
  const added = await repo.insertInvitations(tx, rows);
  await addTally(tx, added.map((i) => ({ key: { day: shanghaiDate(i.endedAt), departmentId: i.departmentId, itemCode: i.itemCode ?? '', hallId: i.hallId ?? '', channel: 'online' }, counts: { invited: 1 } })));
  return added;
}

export function createInvitationService(database: Database, deps: EvaluationsDeps) {
  const { db } = database;
  let running: Promise<number> | null = null;

  async function pull(): Promise<number> {
    let invited: repo.InvitationRow[] = [];
    const handled = await consumeEvents(database, INVITATION_READER, EVENT_TYPES.applicationEnded, async (tx, events: DomainEvent[]) => {
      const rows = events.map((e) => invitationOf(e.payload as unknown as ApplicationEndedPayload, deps.limits.ratingDays)).filter((r): r is repo.NewInvitation => r !== null);
      invited = await invite(tx, rows);
    });
    for (const i of invited) {
      await deps.notify(db, [i.raterUserId!], { kind: 'evaluation.invite', title: { zh: '办件已办结，请您评价', en: 'Your application has ended: please rate it' }, body: { zh: `${i.number ?? ''} ${i.title}`, en: `${i.number ?? ''} ${i.title}` }, link: `/my/evaluations/${i.subjectId}/rate` });
    }
    return handled;
  }

  /** Reads new `application.ended` events (one reader at a time in this process; the cursor guards across processes). */
  async function sync(): Promise<number> {
    if (!running) running = pull().finally(() => (running = null));
    return running;
  }

  return {
    sync,

    async mine(p: Principal, now = new Date()): Promise<{ items: MyEvaluation[]; pending: number }> {
      await sync();
      if (!p.userId) return { items: [], pending: 0 };
      const invitations = await repo.invitationsOf(db, p.userId);
      const rated = new Map((await repo.ratingsByIds(db, invitations.flatMap((i) => (i.ratingId ? [i.ratingId] : [])))).map((r) => [r.id, r]));
      const departments = new Map((await deps.org.departments()).map((d) => [d.id, d.name]));
      const items = invitations.map((i): MyEvaluation => {
        const r = i.ratingId ? (rated.get(i.ratingId) ?? null) : null;
        const until = r ? new Date(r.ratedAt.getTime() + deps.limits.ratingDays * DAY) : i.rateUntil;
        const open = now.getTime() <= until.getTime();
        return {
          applicationId: i.subjectId,
          number: i.number,
          title: i.title,
          departmentName: departments.get(i.departmentId) ?? '',
          endedAt: i.endedAt.toISOString(),
          rateUntil: until.toISOString(),
          mayRate: !r && open,
          maySupplement: r !== null && r.status === 'valid' && r.supplement === null && open,
          rating: r ? { id: r.id, level: r.first.level, supplementLevel: r.supplement?.level ?? null, comment: r.first.comment, ratedAt: r.ratedAt.toISOString(), realName: r.realName, loopState: (r.loopState as NonNullable<MyEvaluation['rating']>['loopState']) ?? null } : null,
        };
      });
      return { items, pending: items.filter((i) => i.mayRate).length };
    },
  };
}
