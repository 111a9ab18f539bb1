// 邀评 from 接诉即办: a hotline ticket that closes (`appeal.ticket_closed`, recorded by the appeals room in the
// closing step's statement) invites its requester to rate how it was handled, like a finished application.
// Only tickets filed from an account can be rated (a phone call has nobody to ask), and only those that were
// handled: a ticket merged into another (并单) is rated through that one, an invalid one (无效) not at all.
import type { AppealClosedPayload } from '../../appeals/index.ts';
import { uuidv7 } from '../../../platform/db/index.ts';
import type * as repo from '../repository.ts';

const DAY = 86_400_000;
/** The events cursor of ticket invitations (kept apart from the applications' `evaluations.invitations`). */
export const APPEAL_INVITATION_READER = 'evaluations.appeal-invitations';
/** Outcomes that invite no rating: 并单 (the ticket merged into is rated) and 无效. */
export const UNRATED_OUTCOMES: ReadonlySet<string> = new Set(['merged', 'invalid']);

/**
 * The invitation a closed ticket gives, or null (no requester account, no unit to rate, merged or invalid).
 * The rated unit is the lead unit (the hotline itself for a call answered at once). Tickets carry no service
 * item: `itemCode` stays null, so their ratings count in the tally's no-item row rather than under a hotline
 * category code the catalogue's item names would not know.
 */
export function appealInvitationOf(p: AppealClosedPayload, ratingDays: number): repo.NewInvitation | null {
  if (!p.requesterUserId || !p.leadDepartmentId || UNRATED_OUTCOMES.has(p.outcome)) return null;
  const endedAt = new Date(p.closedAt);
  return {
    id: uuidv7(),
    subjectType: 'appeal',
    subjectId: p.ticketId,
    raterUserId: p.requesterUserId,
    departmentId: p.leadDepartmentId,
    itemCode: null,
    hallId: null,
    title: p.title,
    number: p.number,
    endedAt,
    rateUntil: new Date(endedAt.getTime() + ratingDays * DAY),
    ratingId: null,
  };
}
