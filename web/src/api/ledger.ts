// 督办台账 (ledger): the leading group, sources with their issue → measure tree, tasks with their reports, closure
// steps and escalations, the board, dispatch meetings with their packs, workbook imports and the export. Contract:
// common/api/ledger.ts (types only, so zod stays out of the pages' code).
import type { z } from 'zod';
import type {
  BoardView,
  decisionBody,
  escalateBody,
  escalationView,
  importPreview,
  importStartBody,
  ImportView,
  IssueView,
  issueBody,
  issueRow,
  issueUpdateBody,
  liftEscalationBody,
  MeetingPack,
  MeetingView,
  meetingBody,
  meetingUpdateBody,
  memberBody,
  memberUpdateBody,
  membersReply,
  MemberView,
  measureBody,
  measureRow,
  measureUpdateBody,
  settingsBody,
  settingsView,
  sourceTree,
  progressBody,
  ReportView,
  sourceBody,
  sourceUpdateBody,
  SourceView,
  TaskActionBody,
  taskBody,
  TaskDetail,
  taskListQuery,
  taskPage,
  TaskRow,
  taskUpdateBody,
} from '../../../common/api/ledger.ts';
import type { FileView } from '../../../common/api/files.ts';
import { api } from './client.ts';

export type { BoardView, ImportView, IssueView, MeetingPack, MeetingView, MemberView, ReportView, SourceView, TaskDetail, TaskRow };
export type TaskListQuery = Partial<z.input<typeof taskListQuery>>;
export type TaskPage = z.infer<typeof taskPage>;
export type TaskBody = z.input<typeof taskBody>;
export type TaskUpdateBody = z.input<typeof taskUpdateBody>;
export type TaskAction = TaskDetail['actions'][number];
export type ActionKey = TaskActionBody['action'];
export type EscalationView = z.infer<typeof escalationView>;
export type SourceBody = z.input<typeof sourceBody>;
export type IssueBody = z.input<typeof issueBody>;
export type MeasureBody = z.input<typeof measureBody>;
/** PUT /sources/:id: the whole source again, with the version it was read at. */
export type SourceUpdateBody = z.input<typeof sourceUpdateBody>;
/** PUT /issues/:id and /measures/:id: only the fields given change (an issue stays in its source, a measure under its issue). */
export type IssueUpdateBody = z.input<typeof issueUpdateBody>;
export type MeasureUpdateBody = z.input<typeof measureUpdateBody>;
export type IssueRow = z.infer<typeof issueRow>;
export type MeasureRow = z.infer<typeof measureRow>;
/** 台账规则: the amber share, the half-time thresholds, the working days before a unit counts as silent. */
export type SettingsView = z.infer<typeof settingsView>;
export type LedgerRulesView = SettingsView['rules'];
export type SettingsBody = z.input<typeof settingsBody>;
export type MemberBody = z.input<typeof memberBody>;
export type MemberUpdateBody = z.input<typeof memberUpdateBody>;
export type MembersReply = z.infer<typeof membersReply>;
export type SourceTree = z.infer<typeof sourceTree>;
export type MeetingBody = z.input<typeof meetingBody>;
export type MeetingUpdateBody = z.input<typeof meetingUpdateBody>;
export type ProgressBody = z.input<typeof progressBody>;
export type DecisionBody = z.input<typeof decisionBody>;
export type ImportPreview = z.infer<typeof importPreview>;
export type ImportStartBody = z.input<typeof importStartBody>;
export type PackUnit = MeetingPack['units'][number];
export type PackTask = PackUnit['overdue'][number];
export type HalfTimeRow = BoardView['halfTime']['byPlan'][number];

const base = '/api/v1/ledger';
const seg = (value: string) => encodeURIComponent(value);

/** Drops empty filters so the query string carries only what is set. */
export function queryOf(query: object): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value as string | number | boolean;
  }
  return out;
}

/** A list route may answer a bare array or `{ items }`; both read as the array. */
const itemsOf = <T>(reply: T[] | { items: T[] }): T[] => (Array.isArray(reply) ? reply : reply.items);

// ── the leading group ──
/** The group on a day (`on`, today by default), and with changesFrom/changesTo who joined and who left then. */
export const listMembers = (query: { on?: string; changesFrom?: string; changesTo?: string }, signal?: AbortSignal) =>
  api.get<MembersReply>(`${base}/members`, { query: queryOf(query), signal });
export const createMember = (body: MemberBody) => api.post<MemberView>(`${base}/members`, body);
export const updateMember = (id: string, body: MemberUpdateBody) => api.put<MemberView>(`${base}/members/${seg(id)}`, body);

// ── sources, issues, measures ──
export const listSources = (signal?: AbortSignal) => api.get<SourceView[] | { items: SourceView[] }>(`${base}/sources`, { signal }).then(itemsOf);
export const createSource = (body: SourceBody) => api.post<SourceView>(`${base}/sources`, body);
/** A source with its issues (each with its measures) and counts. */
export const getSourceTree = (id: string, signal?: AbortSignal) => api.get<SourceTree>(`${base}/sources/${seg(id)}/tree`, { signal });
export const createIssue = (body: IssueBody) => api.post<IssueView>(`${base}/issues`, body);
export const createMeasure = (body: MeasureBody) => api.post<unknown>(`${base}/measures`, body);
/** A stale `version` answers 409 VERSION_CONFLICT; a code another source (issue, measure) has answers 409 CONFLICT. */
export const updateSource = (id: string, body: SourceUpdateBody) => api.put<SourceView>(`${base}/sources/${seg(id)}`, body);
export const updateIssue = (id: string, body: IssueUpdateBody) => api.put<IssueRow>(`${base}/issues/${seg(id)}`, body);
export const updateMeasure = (id: string, body: MeasureUpdateBody) => api.put<MeasureRow>(`${base}/measures/${seg(id)}`, body);

// ── the rules ──
/** The rules in force (version 0 while the defaults apply). Office, leaders and administrators read them. */
export const getSettings = (signal?: AbortSignal) => api.get<SettingsView>(`${base}/settings`, { signal });
/** Office and administrators; a stale `version` answers 409 VERSION_CONFLICT. */
export const saveSettings = (body: SettingsBody) => api.put<SettingsView>(`${base}/settings`, body);

// ── tasks ──
export const listTasks = (query: TaskListQuery, signal?: AbortSignal) => api.get<TaskPage>(`${base}/tasks`, { query: queryOf(query), signal });
export const getTask = (id: string, signal?: AbortSignal) => api.get<TaskDetail>(`${base}/tasks/${seg(id)}`, { signal });
export const createTask = (body: TaskBody) => api.post<{ id: string; number: string }>(`${base}/tasks`, body);
export const updateTask = (id: string, body: TaskUpdateBody) => api.put<unknown>(`${base}/tasks/${seg(id)}`, body);
/** 进展报告. */
export const reportProgress = (id: string, body: ProgressBody) => api.post<unknown>(`${base}/tasks/${seg(id)}/reports`, body);
/** A step on the closure path; a stale `version` answers 409 VERSION_CONFLICT. */
export const actOnTask = (id: string, body: { action: ActionKey; version: number; comment?: string; attachmentIds?: string[] }) =>
  api.post<unknown>(`${base}/tasks/${seg(id)}/actions`, body);
/** 挂牌督办 and lifting it. */
export const escalateTask = (id: string, body: z.input<typeof escalateBody>) => api.post<unknown>(`${base}/tasks/${seg(id)}/escalations`, body);
export const liftEscalation = (id: string, escalationId: string, body: z.input<typeof liftEscalationBody>) =>
  api.post<unknown>(`${base}/tasks/${seg(id)}/escalations/${seg(escalationId)}/lift`, body);
/** The tasks of a filtered view as .xlsx, with every progress report on a sheet of its own. */
export const exportTasks = (query: TaskListQuery) => api.download(`${base}/tasks/export.xlsx`, { query: queryOf({ ...query, page: undefined, pageSize: undefined }) });

/** 月度/季度工作进展: the progress report of the month or quarter containing `on`, as Excel or Word. */
export const downloadProgressReport = (period: 'month' | 'quarter', format: 'xlsx' | 'docx', on: string) =>
  api.download(`${base}/reports/progress.${format}`, { query: { period, on } });

// ── the board ──
export const getBoard = (query: { sourceId?: string; on?: string }, signal?: AbortSignal) => api.get<BoardView>(`${base}/board`, { query: queryOf(query), signal });

// ── dispatch meetings ──
export const listMeetings = (signal?: AbortSignal) => api.get<MeetingView[] | { items: MeetingView[] }>(`${base}/meetings`, { signal }).then(itemsOf);
export const createMeeting = (body: MeetingBody) => api.post<MeetingView>(`${base}/meetings`, body);
export const getMeeting = (id: string, signal?: AbortSignal) => api.get<MeetingView>(`${base}/meetings/${seg(id)}`, { signal });
export const updateMeeting = (id: string, body: MeetingUpdateBody) => api.put<MeetingView>(`${base}/meetings/${seg(id)}`, body);
/** Holds the meeting: its pack is frozen as it stands. */
export const holdMeeting = (id: string) => api.post<MeetingView>(`${base}/meetings/${seg(id)}/hold`, {});
export const getMeetingPack = (id: string, signal?: AbortSignal) => api.get<MeetingPack>(`${base}/meetings/${seg(id)}/pack`, { signal });
/** The live pack: since the last held meeting. */
export const getLivePack = (signal?: AbortSignal) => api.get<MeetingPack>(`${base}/pack`, { signal });
/** A decision of the meeting becomes a task. */
export const addDecision = (id: string, body: DecisionBody) =>
  api.post<{ id: string; number: string }>(`${base}/meetings/${seg(id)}/decisions`, body);

// ── workbook import ──
export const previewImport = (body: { fileId: string; sheet?: string }) => api.post<ImportPreview>(`${base}/imports/preview`, body);
export const startImport = (body: ImportStartBody) => api.post<ImportView>(`${base}/imports`, body);
export const getImport = (id: string, signal?: AbortSignal) => api.get<ImportView>(`${base}/imports/${seg(id)}`, { signal });

// ── files ──
/** Uploads a file for the ledger (evidence, or a workbook to import); the server checks the bytes. */
export function uploadLedgerFile(file: Blob & { name: string }, purpose: 'ledger.evidence' | 'ledger.workbook', signal?: AbortSignal): Promise<FileView> {
  return api.post<FileView>('/api/v1/files', file, {
    query: { purpose, name: file.name },
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
    signal,
  });
}
/** Where an attachment is read (opened in the browser when it can). */
export const fileUrl = (id: string) => `/api/v1/files/${seg(id)}/content?inline=true`;
