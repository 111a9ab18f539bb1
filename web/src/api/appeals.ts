// 接诉即办 (appeals) for staff: the seat's intake (categories, the dispatch proposal, the caller look-up, the
// knowledge base), the lists, a ticket with its timeline, and each of its steps. Contracts:
// common/api/appeals.ts and common/api/appeals-knowledge.ts (types only, so zod stays out of the pages' code).
import type { z } from 'zod';
import type {
  callbackBody,
  callerReply,
  categoriesReply,
  commentBody,
  createTicketBody,
  dishonestyDecisionBody,
  dispatchBody,
  extendBody,
  extensionRequestBody,
  handoverBody,
  mergeBody,
  noteBody,
  replyBody,
  returnBody,
  ticketsQuery,
  ticketsReply,
  TicketSummary,
  TicketView,
  urgeBody,
} from '../../../common/api/appeals.ts';
import type { KnowledgeHit, KnowledgeSearchQuery, KnowledgeSearchReply } from '../../../common/api/appeals-knowledge.ts';
import { api } from './client.ts';

export type { KnowledgeHit, KnowledgeSearchReply, TicketSummary, TicketView };
export type CreateTicketBody = z.input<typeof createTicketBody>;
export type TicketsQuery = Partial<z.input<typeof ticketsQuery>>;
export type TicketsReply = z.infer<typeof ticketsReply>;
export type Category = z.infer<typeof categoriesReply>['categories'][number];
export type CallerReply = z.infer<typeof callerReply>;
export type TicketAction = TicketView['actions'][number];
export type TimelineEntry = TicketView['timeline'][number];

/** The dispatch catalogue's proposal: a rule's unit, or the district's government (兜底). */
export interface Proposal {
  leadDepartmentId: string;
  supportDepartmentIds: string[];
  source: 'rule' | 'fallback';
}

/** Every step's request body, by the route it goes to (each answers with the ticket as it now is). */
export interface StepBodies {
  dispatch: z.input<typeof dispatchBody>;
  redispatch: z.input<typeof dispatchBody>;
  sign: { version: number };
  return: z.input<typeof returnBody>;
  reply: z.input<typeof replyBody>;
  callback: z.input<typeof callbackBody>;
  merge: z.input<typeof mergeBody>;
  invalidate: z.input<typeof commentBody>;
  extend: z.input<typeof extendBody>;
  urge: z.input<typeof urgeBody>;
  supervise: z.input<typeof commentBody>;
  handover: z.input<typeof handoverBody>;
  dishonesty: z.input<typeof dishonestyDecisionBody>;
  notes: z.input<typeof noteBody>;
  'extension-requests': z.input<typeof extensionRequestBody>;
}
export type StepPath = keyof StepBodies;

const base = '/api/v1/appeals';
const seg = (value: string) => encodeURIComponent(value);

/** Drops empty filters so the query string carries only what is set. */
function queryOf(query: object): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value as string | number | boolean;
  }
  return out;
}

/** 诉求分类, two levels (public). */
export const listCategories = (signal?: AbortSignal) => api.get<z.infer<typeof categoriesReply>>(`${base}/categories`, { signal });

/** What 派单目录 proposes for a category in an area (null: neither a rule nor a district government). */
export const getProposal = (categoryCode: string, areaCode: string, signal?: AbortSignal) =>
  api.get<{ proposal: Proposal | null }>(`${base}/proposal`, { query: { categoryCode, areaCode }, signal });

/** A caller's earlier tickets by phone, newest first (masked as every list is). */
export const lookupCaller = (phone: string, signal?: AbortSignal) => api.get<CallerReply>(`${base}/callers`, { query: { phone }, signal });

/** 受理: files a ticket (201); with `directAnswer` it is closed at once. */
export const createTicket = (body: CreateTicketBody) => api.post<{ id: string; number: string; state: string }>(`${base}/tickets`, body);

/** `mine`: what this user's queue holds (soonest deadline first); `all`: every ticket the viewer may see. */
export const listTickets = (query: TicketsQuery, signal?: AbortSignal) => api.get<TicketsReply>(`${base}/tickets`, { query: queryOf(query), signal });

/** One ticket with its timeline, the viewer's actions, the proposal and look-alike tickets. */
export const getTicket = (id: string, signal?: AbortSignal) => api.get<TicketView>(`${base}/tickets/${seg(id)}`, { signal });

/** One step on a ticket; a stale `version` answers 409 VERSION_CONFLICT. */
export const stepTicket = <P extends StepPath>(id: string, path: P, body: StepBodies[P]) =>
  api.post<TicketView>(`${base}/tickets/${seg(id)}/${path}`, body);

/** 知识库: the answers valid today that match what the seat typed. */
export const searchKnowledge = (query: KnowledgeSearchQuery, signal?: AbortSignal) =>
  api.get<KnowledgeSearchReply>(`${base}/knowledge`, { query: queryOf(query), signal });

/** Where a ticket's stored file is read. */
export const mediaUrl = (fileId: string) => `/api/v1/files/${seg(fileId)}/content?inline=true`;
