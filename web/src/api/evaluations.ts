// 好差评 (evaluations): every route of the evaluations API — the applicant's (我的评价, 评价 of a
// finished application or a closed hotline ticket, 追评), the window's (一次一评 sessions and the public tablet page), the public ones (满意度, 综合点评)
// and the staff ones (ratings, the 差评 loop, appeals, metrics). Contract: common/api/evaluations.ts
// (types only, so zod stays out of the pages' code).
import type { z } from 'zod';
import type {
  appealBody,
  appealDecisionBody,
  AppealsReply,
  appealsQuery,
  AppealView,
  assigneesReply,
  InvitationSubject,
  LoopActionBody,
  loopActionBody,
  LoopView,
  MetricsReply,
  metricsQuery,
  MetricsRow,
  myEvaluationsReply,
  MyEvaluation,
  PublicSatisfactionReply,
  publicReviewBody,
  rateApplicationBody,
  rateTicketBody,
  ratingInput,
  RatingsReply,
  ratingsQuery,
  RatingView,
  supplementBody,
  windowSessionBody,
  WindowSessionView,
} from '../../../common/api/evaluations.ts';
import type { FileView } from '../../../common/api/files.ts';
import { uploadFile } from './applications.ts';
import { api } from './client.ts';

export type {
  AppealsReply,
  AppealView,
  InvitationSubject,
  LoopView,
  MetricsReply,
  MetricsRow,
  MyEvaluation,
  PublicSatisfactionReply,
  RatingsReply,
  RatingView,
  WindowSessionView,
};
export type MyEvaluationsReply = z.infer<typeof myEvaluationsReply>;
export type RatingInput = z.input<typeof ratingInput>;
export type RateApplicationBody = z.input<typeof rateApplicationBody>;
export type RateTicketBody = z.input<typeof rateTicketBody>;
export type SupplementBody = z.input<typeof supplementBody>;
export type PublicReviewBody = z.input<typeof publicReviewBody>;
export type WindowSessionBody = z.input<typeof windowSessionBody>;
/** A loop action as sent (attachments may be left out). */
export type LoopActionInput = z.input<typeof loopActionBody>;
export type { LoopActionBody };
export type AppealBody = z.input<typeof appealBody>;
export type AppealDecisionBody = z.input<typeof appealDecisionBody>;
export type AssigneesReply = z.infer<typeof assigneesReply>;
/** A row of the ratings list (no appeals; the loop without its actions and history). */
export type RatingSummary = RatingsReply['items'][number];
/** The list's filters; `bad` and `mine` as booleans (sent as 1/0). */
export type RatingsQuery = Omit<Partial<z.input<typeof ratingsQuery>>, 'bad' | 'mine'> & {
  bad?: boolean;
  mine?: boolean;
};
export type AppealsQuery = Partial<z.input<typeof appealsQuery>>;
export type MetricsQuery = Partial<z.input<typeof metricsQuery>>;
export type SatisfactionQuery = { from?: string; to?: string };
/** What a window rating or a public review answers. */
export interface WindowRatingReply {
  id: string;
  bad: boolean;
}
export interface PublicReviewReply {
  id: string;
}

const base = '/api/v1/evaluations';
const publicBase = '/api/v1/public/evaluations';
const seg = (value: string) => encodeURIComponent(value);

/** Drops empty filters and sends booleans as 1/0, so the query string carries only what is set. */
export function queryOf(query: object): Record<string, string | number> {
  const out: Record<string, string | number> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null || value === '') continue;
    out[key] = typeof value === 'boolean' ? (value ? '1' : '0') : (value as string | number);
  }
  return out;
}

// ---- The applicant: 一事一评 and 追评 ----

/** The signed-in applicant's finished cases: 待评价 and 已评价. */
export const getMyEvaluations = (signal?: AbortSignal) =>
  api.get<MyEvaluationsReply>('/api/v1/me/evaluations', { signal });

/** Rates a finished application (201); 4xx when the window closed, it was rated already, or it is not the caller's. */
export const rateApplication = (body: RateApplicationBody) => api.post<RatingView>(`${base}/ratings`, body);

/** Rates a closed hotline ticket (201), by its requester; the same refusals as for an application. */
export const rateTicket = (body: RateTicketBody) => api.post<RatingView>(`${base}/ratings`, body);

/** 追评: one supplementary rating of the caller's own rating. */
export const supplementRating = (ratingId: string, body: SupplementBody) =>
  api.post<RatingView>(`${base}/ratings/${seg(ratingId)}/supplement`, body);

/** One rating: the rater's own, or (staff) one in scope, with its loop, history and appeals. */
export const getRating = (id: string, signal?: AbortSignal) =>
  api.get<RatingView>(`${base}/ratings/${seg(id)}`, { signal });

// ---- 一次一评 at the window ----

/** The clerk opens a rating page for this visit (201). */
export const createWindowSession = (body: WindowSessionBody = {}) =>
  api.post<WindowSessionView>(`${base}/window-sessions`, body);

/** The clerk polls the session until `rated`. */
export const getWindowSession = (id: string, signal?: AbortSignal) =>
  api.get<WindowSessionView>(`${base}/window-sessions/${seg(id)}`, { signal });

/** The tablet (no sign-in) reads the session by its token; 404 unknown, 410 expired or used. */
export const getPublicWindowSession = (token: string, signal?: AbortSignal) =>
  api.get<WindowSessionView>(`${publicBase}/window/${seg(token)}`, { signal });

/** The visitor's rating on the tablet (201). */
export const rateWindowSession = (token: string, body: RatingInput) =>
  api.post<WindowRatingReply>(`${publicBase}/window/${seg(token)}`, body);

/** Where the tablet page of a session lives. */
export const windowRatingUrl = (origin: string, token: string) => `${origin}/rate/window/${seg(token)}`;

// ---- Public: 满意度 and 综合点评 ----

/** Each department's satisfaction over a period (default: the last 12 months). */
export const getPublicSatisfaction = (query: SatisfactionQuery = {}, signal?: AbortSignal) =>
  api.get<PublicSatisfactionReply>(`${publicBase}/satisfaction`, { query: queryOf(query), signal });

/** An anonymous public review of a hall or department (201); 429 when one address sends too many. */
export const postPublicReview = (body: PublicReviewBody) =>
  api.post<PublicReviewReply>(`${publicBase}/reviews`, body);

// ---- Staff: ratings and the 差评 loop ----

/** Ratings in the caller's scope; `{ mine: true, bad: true }` is the department's 差评 queue. */
export const listRatings = (query: RatingsQuery = {}, signal?: AbortSignal) =>
  api.get<RatingsReply>(`${base}/ratings`, { query: queryOf(query), signal });

/** Who the loop's holding department may name as 核实人. */
export const getLoopAssignees = (loopId: string, signal?: AbortSignal) =>
  api.get<AssigneesReply>(`${base}/loops/${seg(loopId)}/assignees`, { signal });

/** One of the actions the loop lists for the caller; 409 VERSION_CONFLICT on a stale version. */
export const actOnLoop = (loopId: string, body: LoopActionInput) =>
  api.post<RatingView>(`${base}/loops/${seg(loopId)}/actions`, body);

// ---- Appeals ----

/** The rated department's approver or leader appeals a rating (201). */
export const fileAppeal = (ratingId: string, body: AppealBody) =>
  api.post<RatingView>(`${base}/ratings/${seg(ratingId)}/appeals`, body);

/** The office's appeal queue. */
export const listAppeals = (query: AppealsQuery = {}, signal?: AbortSignal) =>
  api.get<AppealsReply>(`${base}/appeals`, { query: queryOf(query), signal });

/** The office upholds (the rating is removed) or dismisses an appeal. */
export const decideAppeal = (appealId: string, body: AppealDecisionBody) =>
  api.post<RatingView>(`${base}/appeals/${seg(appealId)}/decision`, body);

/** Uploads one evidence file for an appeal or a loop action. */
export const uploadEvidence = (file: Blob & { name: string }, signal?: AbortSignal): Promise<FileView> =>
  uploadFile(file, 'evaluation.evidence', signal);

// ---- Metrics ----

/** Rating rate, satisfaction, 差评, 回访, 整改 and on-time figures grouped by department, item, hall, channel or month. */
export const getEvaluationMetrics = (query: MetricsQuery = {}, signal?: AbortSignal) =>
  api.get<MetricsReply>(`${base}/metrics`, { query: queryOf(query), signal });
