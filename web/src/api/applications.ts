// 办件 (applications): the applicant's routes (drafts, submit, tracking, 补正 answers, uploads) and the
// staff ones (list, queue, statistics, actions, postal status). Contracts: common/api/applications.ts
// and common/api/files.ts (types only, so zod stays out of the pages' code).
import type { z } from 'zod';
import type {
  actionBody,
  ApplicationDetail,
  ApplicationState,
  ApplicationSummary,
  applicationsQuery,
  applicationsReply,
  availableAction,
  Channel,
  draftBody,
  draftUpdate,
  historyView,
  materialInput,
  materialView,
  postBody,
  queueQuery,
  queueReply,
  statsQuery,
  StatsReply,
} from '../../../common/api/applications.ts';
import type { FilePurpose, FileView } from '../../../common/api/files.ts';
import type { prefillReply } from '../../../common/api/catalog.ts';
import { api } from './client.ts';

export type { ApplicationDetail, ApplicationState, ApplicationSummary, Channel, FileView, StatsReply };
export type DraftBody = z.input<typeof draftBody>;
export type DraftUpdate = z.input<typeof draftUpdate>;
export type ActionBody = z.input<typeof actionBody>;
export type PostBody = z.input<typeof postBody>;
export type MaterialInput = z.input<typeof materialInput>;
export type MaterialView = z.infer<typeof materialView>;
export type HistoryEntry = z.infer<typeof historyView>;
export type AvailableAction = z.infer<typeof availableAction>;
export type ApplicationsQuery = Partial<z.input<typeof applicationsQuery>>;
export type ApplicationsReply = z.infer<typeof applicationsReply>;
export type QueueQuery = Partial<z.input<typeof queueQuery>>;
export type QueueReply = z.infer<typeof queueReply>;
export type StatsQuery = Partial<z.infer<typeof statsQuery>>;
export type PrefillReply = z.infer<typeof prefillReply>;
/** The applicant's list: page, size and a state. */
export type MyApplicationsQuery = { page?: number; pageSize?: number; state?: ApplicationState };

const base = '/api/v1/applications';
const seg = (value: string) => encodeURIComponent(value);

/** Drops empty filters so the query string carries only what is set. */
function queryOf(query: object): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value as string | number | boolean;
  }
  return out;
}

// ---- The applicant's own (and staff filing on someone's behalf) ----

/** Creates a draft (201). */
export const createDraft = (body: DraftBody) => api.post<ApplicationDetail>(base, body);

/** Saves a draft; 409 VERSION_CONFLICT on a stale version. */
export const saveDraft = (id: string, body: DraftUpdate) => api.patch<ApplicationDetail>(`${base}/${seg(id)}`, body);

/** Discards a draft (204). */
export const discardDraft = (id: string, version: number) =>
  api.delete<void>(`${base}/${seg(id)}`, { query: { version } });

/** Submits a draft; 422/400 problems name `body.formData.<field>` or `body.materials.<key>`. */
export const submitApplication = (id: string, version: number) =>
  api.post<ApplicationDetail>(`${base}/${seg(id)}/submit`, { version });

/** One application with its history, holders, actions, members, 补正, result and post-check. */
export const getApplication = (id: string, signal?: AbortSignal) =>
  api.get<ApplicationDetail>(`${base}/${seg(id)}`, { signal });

/** Takes one of the actions the detail lists (applicant: submitCorrection, withdraw, urge; staff: the workflow's). */
export const actOnApplication = (id: string, body: ActionBody) =>
  api.post<ApplicationDetail>(`${base}/${seg(id)}/actions`, body);

/** The signed-in user's drafts and applications. */
export const listMyApplications = (query: MyApplicationsQuery, signal?: AbortSignal) =>
  api.get<ApplicationsReply>('/api/v1/me/applications', { query: queryOf(query), signal });

// ---- Staff ----

/** Applications in the caller's data scope, filtered and paged. */
export const listApplications = (query: ApplicationsQuery, signal?: AbortSignal) =>
  api.get<ApplicationsReply>(base, { query: queryOf(query), signal });

/** What the caller or their department's queue holds, soonest deadline first. */
export const getQueue = (query: QueueQuery = {}, signal?: AbortSignal) =>
  api.get<QueueReply>(`${base}/queue`, { query: queryOf(query), signal });

/** Figures by channel, state, department and item. */
export const getApplicationStats = (query: StatsQuery = {}, signal?: AbortSignal) =>
  api.get<StatsReply>(`${base}/stats`, { query: queryOf(query), signal });

/** Records the postal status of a result sent by post. */
export const setPostStatus = (id: string, body: PostBody) => api.post<ApplicationDetail>(`${base}/${seg(id)}/post`, body);

/** The filtered list (no paging) as an .xlsx workbook (办件清单). */
export const downloadApplications = (query: ApplicationsQuery = {}) => {
  const { page: _page, pageSize: _size, ...filters } = query;
  return api.download(`${base}/export.xlsx`, { query: queryOf(filters) });
};

// ---- 事后核查 and 承诺制限制 (shapes as server/modules/applications/routes.ts answers them) ----

export type PostCheckResult = 'pending' | 'passed' | 'failed';
export type PostCheckAction = 'pass' | 'fail' | 'handover' | 'urge';
export interface PostCheckItem {
  id: string;
  applicationId: string;
  number: string | null;
  title: string;
  applicantName: string;
  departmentName: string | null;
  dueOn: string;
  result: PostCheckResult;
  findings: string | null;
  /** The deciding department that owes the check. */
  departmentId: string;
  /** Who holds it now (names): the department, or the person it was handed over to. */
  holders: string[];
  /** What the signed-in user may do with it now. */
  actions: PostCheckAction[];
  /** The post-check case's version, for its actions. */
  caseVersion: number;
  deadline: string;
}
export interface PostCheckActionBody {
  action: PostCheckAction;
  version: number;
  comment?: string;
  /** 转办 to an approver or inspector of the check's department. */
  toUserId?: string;
  toDepartmentId?: string;
}
export interface CommitmentBlock {
  id: string;
  /** 'uscc:<code>' or 'user:<id>'. */
  applicantKey: string;
  /** The barred applicant's name as the false commitment's application recorded it. */
  applicantName: string | null;
  applicationId: string;
  /** That application's 办件编号. */
  applicationNumber: string | null;
  reason: string;
  createdAt: string;
  liftedAt: string | null;
  liftedBy: string | null;
  liftReason: string | null;
}

/** Post-checks owed by commitment-based approvals in the caller's scope. */
export const listPostChecks = (query: { result?: PostCheckResult; limit?: number } = {}, signal?: AbortSignal) =>
  api.get<{ items: PostCheckItem[] }>('/api/v1/post-checks', { query: queryOf(query), signal });

/** 核查属实 / 核查不实 (revokes and bars) / 转办 / 催办. */
export const actOnPostCheck = (id: string, body: PostCheckActionBody) =>
  api.post<{ id: string | undefined; result: PostCheckResult | undefined }>(`/api/v1/post-checks/${seg(id)}/actions`, body);

/** Applicants barred from commitment-based approval (active only unless told). */
export const listCommitmentBlocks = (activeOnly = true, signal?: AbortSignal) =>
  api.get<{ items: CommitmentBlock[] }>('/api/v1/commitment-blocks', { query: { active: activeOnly ? '1' : '0' }, signal });

/** 解除限制 (信用修复), with the reason (204). */
export const liftCommitmentBlock = (id: string, reason: string) =>
  api.post<void>(`/api/v1/commitment-blocks/${seg(id)}/lift`, { reason });

// ---- Uploads and pre-fill ----

/** Uploads one file as the raw body; 415 (type) and 413 (size) come back as bilingual ApiErrors. */
export function uploadFile(
  file: Blob & { name: string },
  purpose: FilePurpose = 'application.material',
  signal?: AbortSignal,
): Promise<FileView> {
  return api.post<FileView>('/api/v1/files', file, {
    query: { purpose, name: file.name },
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
    signal,
  });
}

/** Where a stored file's bytes are read (inline shows PDFs and images in the browser). */
export const fileContentUrl = (id: string, inline = true) =>
  `/api/v1/files/${seg(id)}/content${inline ? '?inline=true' : ''}`;

/** Values the registry already knows for an item edition's form (the entity by USCC, or the applicant). */
export const getPrefill = (itemId: string, uscc: string | undefined, signal?: AbortSignal) =>
  api.get<PrefillReply>(`/api/v1/catalog/items/${seg(itemId)}/prefill`, { query: queryOf({ uscc }), signal });
