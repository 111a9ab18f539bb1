// 我的评价 and the rating page, as pure logic: which finished cases — applications and closed hotline
// tickets (接诉即办) — wait for a rating, where each one's pages are, how the deadline reads, what the
// rating page may do for a case (rate, 追评, or say why not), and what a failed request means. The pages
// and their tests use it.
import dayjs from 'dayjs';
import type { InvitationSubject, MyEvaluation } from '../../../api/evaluations.ts';
import { appealPath } from '../../appeals/public/paths.ts';
import { applicationPath } from '../../applications/applicant/paths.ts';

const seg = (value: string) => encodeURIComponent(value);

export const myEvaluationsPath = '/my/evaluations';
export const ratePath = (applicationId: string) => `${myEvaluationsPath}/${seg(applicationId)}/rate`;
export const supplementPath = (applicationId: string) =>
  `${myEvaluationsPath}/${seg(applicationId)}/supplement`;
/** A closed hotline ticket's rating pages: /my/evaluations/appeal/:ticketId/rate and …/supplement. */
export const ticketRatePath = (ticketId: string) => `${myEvaluationsPath}/appeal/${seg(ticketId)}/rate`;
export const ticketSupplementPath = (ticketId: string) =>
  `${myEvaluationsPath}/appeal/${seg(ticketId)}/supplement`;

/** What is rated, and its id: a case of 我的评价 (or the one a rating page's address names). */
export interface EvaluationSubject {
  subjectType: InvitationSubject;
  subjectId: string;
}

/** The rating page of a case. */
export const ratePathOf = (s: EvaluationSubject) =>
  s.subjectType === 'appeal' ? ticketRatePath(s.subjectId) : ratePath(s.subjectId);
/** The 追评 page of a case. */
export const supplementPathOf = (s: EvaluationSubject) =>
  s.subjectType === 'appeal' ? ticketSupplementPath(s.subjectId) : supplementPath(s.subjectId);
/** The case's own page: the application's tracking page, or the ticket's page in 我的诉求. */
export const casePathOf = (s: EvaluationSubject) =>
  s.subjectType === 'appeal' ? appealPath(s.subjectId) : applicationPath(s.subjectId);
/** A key unique across both kinds of case (an application and a ticket may not share an id, but keys say so). */
export const evaluationKey = (s: EvaluationSubject) => `${s.subjectType}:${s.subjectId}`;
/** The case of 我的评价 a page's address names, if listed. */
export const findEvaluation = (items: readonly MyEvaluation[] | undefined, subject: EvaluationSubject) =>
  items?.find((item) => item.subjectType === subject.subjectType && item.subjectId === subject.subjectId);

/** The words that differ between an application and a ticket (i18n keys). */
export function subjectText(subjectType: InvitationSubject) {
  const ticket = subjectType === 'appeal';
  return {
    number: ticket ? 'rate.ticket.number' : 'rate.mine.number',
    department: ticket ? 'rate.ticket.department' : 'rate.mine.department',
    view: ticket ? 'rate.ticket.view' : 'rate.mine.view',
    title: ticket ? 'rate.ticket.title' : 'rate.page.title',
    notFound: ticket ? 'rate.ticket.notFound' : 'rate.page.notFound',
    notFoundHint: ticket ? 'rate.ticket.notFoundHint' : 'rate.page.notFoundHint',
    already: ticket ? 'rate.ticket.already' : 'rate.page.already',
    alreadyHint: ticket ? 'rate.ticket.alreadyHint' : 'rate.page.alreadyHint',
    notRated: ticket ? 'rate.ticket.notRated' : 'rate.page.notRated',
    toCase: ticket ? 'rate.ticket.toTicket' : 'rate.page.toApplication',
    levelTitle: ticket ? 'rate.ticket.levelTitle' : 'rate.form.levelTitle',
    invite: ticket ? 'rate.ticket.invite' : 'rate.entry.invite',
  } as const;
}

export type EvaluationTab = 'pending' | 'rated';
export const readTab = (value: string | null): EvaluationTab => (value === 'rated' ? 'rated' : 'pending');

export interface EvaluationGroups {
  /** Not rated yet, and still open for a rating: 待评价. */
  pending: MyEvaluation[];
  /** Rated: 已评价 (a 追评 may still be open). */
  rated: MyEvaluation[];
  /** Not rated, and the window has closed: listed under 待评价 as closed. */
  closed: MyEvaluation[];
}

const byTime = (key: (item: MyEvaluation) => string, order: 1 | -1) => (a: MyEvaluation, b: MyEvaluation) =>
  order * (Date.parse(key(a)) - Date.parse(key(b)));

/**
 * Splits the applicant's finished cases: pending soonest deadline first (the one about to close
 * comes first), rated newest rating first, closed newest end first.
 */
export function groupEvaluations(items: readonly MyEvaluation[]): EvaluationGroups {
  const pending = items
    .filter((item) => !item.rating && item.mayRate)
    .sort(byTime((item) => item.rateUntil, 1));
  const rated = items
    .filter((item) => item.rating)
    .sort(byTime((item) => item.rating?.ratedAt ?? item.endedAt, -1));
  const closed = items
    .filter((item) => !item.rating && !item.mayRate)
    .sort(byTime((item) => item.endedAt, -1));
  return { pending, rated, closed };
}

export type DeadlineState = 'open' | 'soon' | 'closed';

/** Three days or less left counts as "soon". */
export const SOON_DAYS = 3;

/** How long until `until`: whole days left (rounded up; 0 once past) and whether it is near or gone. */
export function deadlineOf(until: string, now: Date): { daysLeft: number; state: DeadlineState } {
  const left = Date.parse(until) - now.getTime();
  if (!(left > 0)) return { daysLeft: 0, state: 'closed' };
  const daysLeft = Math.ceil(left / 86_400_000);
  return { daysLeft, state: daysLeft <= SOON_DAYS ? 'soon' : 'open' };
}

/** What the rating page may do for a case, or why it may not. */
export type RateView =
  | { kind: 'ready' }
  | { kind: 'notFound' }
  /** Rated already (mode rate); a 追评 may still be open. */
  | { kind: 'alreadyRated'; maySupplement: boolean }
  /** 追评 given already (mode supplement). */
  | { kind: 'alreadySupplemented' }
  /** 追评 asked for a case not rated yet. */
  | { kind: 'notRated'; mayRate: boolean }
  | { kind: 'expired'; until: string };

export type RateMode = 'rate' | 'supplement';

export function rateViewOf(item: MyEvaluation | undefined, mode: RateMode): RateView {
  if (!item) return { kind: 'notFound' };
  if (mode === 'rate') {
    if (item.rating) return { kind: 'alreadyRated', maySupplement: item.maySupplement };
    return item.mayRate ? { kind: 'ready' } : { kind: 'expired', until: item.rateUntil };
  }
  if (!item.rating) return { kind: 'notRated', mayRate: item.mayRate };
  if (item.rating.supplementLevel !== null) return { kind: 'alreadySupplemented' };
  return item.maySupplement ? { kind: 'ready' } : { kind: 'expired', until: item.rateUntil };
}

/** The level that counts: the 追评's when there is one. */
export const effectiveLevel = (rating: NonNullable<MyEvaluation['rating']>) =>
  rating.supplementLevel ?? rating.level;

/** The rated case's 差评 is being handled (not closed or voided): say so on its card. */
export const loopInProgress = (rating: NonNullable<MyEvaluation['rating']>) =>
  rating.loopState !== null && rating.loopState !== 'closed' && rating.loopState !== 'voided';

/** "2026-03-01" in the browser's time zone; "—" for nothing. */
export function dayOf(iso: string | null | undefined): string {
  if (!iso) return '—';
  const value = dayjs(iso);
  return value.isValid() ? value.format('YYYY-MM-DD') : iso;
}
