// 邀评: each `application.ended` event becomes an invitation to the applicant (and a count in the rating
// rate's denominator), read through the events cursor so none is missed or doubled; so does each closed
// hotline ticket's `appeal.ticket_closed` (appeal-invitations.ts), under its own cursor. The applicant's list
// of finished cases with what they may still do (rate, or add a 追评).
import type { InvitationSubject, MyEvaluation } from '../../../../common/api/evaluations.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import type { AppealClosedPayload } from '../../appeals/index.ts';
import type { ApplicationEndedPayload } from '../../applications/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database, Db } from '../../../platform/db/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import { consumeEvents, EVENT_TYPES, type DomainEvent } from '../../../platform/events/index.ts';
import * as repo from '../repository.ts';
import { addTally } from '../tally-repository.ts';
import { APPEAL_INVITATION_READER, appealInvitationOf } from './appeal-invitations.ts';
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

/** Where the web's rating page of an invitation's case is (the notice's link). */
export const ratePagePath = (subjectType: string, subjectId: string) => (subjectType === 'appeal' ? `/my/evaluations/appeal/${subjectId}/rate` : `/my/evaluations/${subjectId}/rate`);

/** The notice inviting the rater. */
function inviteNotice(i: repo.InvitationRow): NotifyMessage {
  const title = i.subjectType === 'appeal' ? { zh: '您反映的诉求已办结，请您评价', en: 'Your ticket has closed: please rate how it was handled' } : { zh: '办件已办结，请您评价', en: 'Your application has ended: please rate it' };
  const body = `${i.number ?? ''} ${i.title}`.trim();
  return { kind: 'evaluation.invite', title, body: { zh: body, en: body }, link: ratePagePath(i.subjectType, i.subjectId) };
}

/** The events each kind of invitation comes from, under its own cursor. */
const SOURCES: { reader: string; type: string; invitationOf: (e: DomainEvent, ratingDays: number) => repo.NewInvitation | null }[] = [
  { reader: INVITATION_READER, type: EVENT_TYPES.applicationEnded, invitationOf: (e, days) => invitationOf(e.payload as unknown as ApplicationEndedPayload, days) },
  { reader: APPEAL_INVITATION_READER, type: EVENT_TYPES.appealClosed, invitationOf: (e, days) => appealInvitationOf(e.payload as unknown as AppealClosedPayload, days) },
];

export function createInvitationService(database: Database, deps: EvaluationsDeps) {
  const { db } = database;
  let running: Promise<number> | null = null;

  async function pullFrom(source: (typeof SOURCES)[number]): Promise<number> {
    let invited: repo.InvitationRow[] = [];
    const handled = await consumeEvents(database, source.reader, source.type, async (tx, events: DomainEvent[]) => {
      const rows = events.map((e) => source.invitationOf(e, deps.limits.ratingDays)).filter((r): r is repo.NewInvitation => r !== null);
      invited = await invite(tx, rows);
    });
    for (const i of invited) await deps.notify(db, [i.raterUserId!], inviteNotice(i));
    return handled;
  }

  async function pull(): Promise<number> {
    let handled = 0;
    for (const source of SOURCES) handled += await pullFrom(source);
    return handled;
  }

  /**
   * Reads new `application.ended` and `appeal.ticket_closed` events (one reader at a time in this process; the
   * cursors guard across processes). Returns how many events were handled.
   */
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
          subjectType: i.subjectType as InvitationSubject,
          subjectId: i.subjectId,
          applicationId: i.subjectType === 'application' ? i.subjectId : null,
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
