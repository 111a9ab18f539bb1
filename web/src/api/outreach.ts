// 企业服务 (outreach): stewards (帮扶管家), contacts and visits with the problems enterprises raise, key projects
// with their blockers (堵点) and coordination meetings (推进会), hall inspections (明查暗访) and the period's
// figures. Contract: common/api/outreach.ts (types only, so zod stays out of the pages' code).
import type { z } from 'zod';
import type {
  answerProblemBody,
  blockerBody,
  BlockerView,
  contactBody,
  contactsReply,
  ContactView,
  EnterpriseOutreachView,
  inspectionBody,
  inspectionsReply,
  InspectionView,
  OutreachListQuery,
  OutreachStats,
  projectBody,
  projectDetail,
  projectMeetingBody,
  projectMeetingsReply,
  ProjectMeetingView,
  problemsReply,
  ProblemView,
  projectsReply,
  ProjectView,
  routeProblemBody,
  solveBlockerBody,
  stewardBody,
  stewardEndBody,
  stewardsReply,
  StewardView,
} from '../../../common/api/outreach.ts';
import { api } from './client.ts';

export type { BlockerView, ContactView, EnterpriseOutreachView, InspectionView, OutreachStats, ProblemView, ProjectMeetingView, ProjectView, StewardView };
export type ProjectDetail = z.infer<typeof projectDetail>;
export type StewardBody = z.input<typeof stewardBody>;
export type StewardEndBody = z.input<typeof stewardEndBody>;
export type ContactBody = z.input<typeof contactBody>;
export type RouteProblemBody = z.input<typeof routeProblemBody>;
export type AnswerProblemBody = z.input<typeof answerProblemBody>;
export type ProjectBody = z.input<typeof projectBody>;
export type BlockerBody = z.input<typeof blockerBody>;
export type SolveBlockerBody = z.input<typeof solveBlockerBody>;
export type ProjectMeetingBody = z.input<typeof projectMeetingBody>;
export type InspectionBody = z.input<typeof inspectionBody>;
export type InspectionFinding = InspectionView['findings'][number];
export type StewardsReply = z.infer<typeof stewardsReply>;
export type ContactsReply = z.infer<typeof contactsReply>;
export type ProblemsReply = z.infer<typeof problemsReply>;
export type ProjectsReply = z.infer<typeof projectsReply>;
export type ProjectMeetingsReply = z.infer<typeof projectMeetingsReply>;
export type InspectionsReply = z.infer<typeof inspectionsReply>;
/** The lists' filters (every list takes the same query; each reads the parts it knows). Projects: `state`
 * blocked (a blocker still open) · unblocked (had blockers, all solved) · clear (never had one); stewards: `state`
 * active · ended; problems: `state` one of the problem states, or pending (open or routed). */
export type ListQuery = Partial<OutreachListQuery>;

const base = '/api/v1/outreach';
const seg = (value: string) => encodeURIComponent(value);

/** Drops empty filters so the query string carries only what is set. */
function queryOf(query: object): Record<string, string | number | boolean> {
  const out: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && value !== '') out[key] = value as string | number | boolean;
  }
  return out;
}

// ── figures ──
export const getOutreachStats = (query: { from: string; to: string }, signal?: AbortSignal) => api.get<OutreachStats>(`${base}/stats`, { query, signal });

// ── stewards ──
export const listStewards = (query: ListQuery, signal?: AbortSignal) => api.get<StewardsReply>(`${base}/stewards`, { query: queryOf(query), signal });
export const assignSteward = (body: StewardBody) => api.post<StewardView>(`${base}/stewards`, body);
export const endSteward = (id: string, body: StewardEndBody) => api.post<StewardView>(`${base}/stewards/${seg(id)}/end`, body);

// ── contacts and problems ──
export const listContacts = (query: ListQuery, signal?: AbortSignal) => api.get<ContactsReply>(`${base}/contacts`, { query: queryOf(query), signal });
export const getContact = (id: string, signal?: AbortSignal) => api.get<ContactView>(`${base}/contacts/${seg(id)}`, { signal });
export const recordContact = (body: ContactBody) => api.post<ContactView>(`${base}/contacts`, body);
/** The office sees every problem; a unit's staff see those routed to their unit. */
export const listProblems = (query: ListQuery, signal?: AbortSignal) => api.get<ProblemsReply>(`${base}/problems`, { query: queryOf(query), signal });
export const routeProblem = (id: string, body: RouteProblemBody) => api.post<ProblemView>(`${base}/problems/${seg(id)}/route`, body);
export const answerProblem = (id: string, body: AnswerProblemBody) => api.post<ProblemView>(`${base}/problems/${seg(id)}/answer`, body);
export const getEnterprise = (uscc: string, signal?: AbortSignal) => api.get<EnterpriseOutreachView>(`${base}/enterprises/${seg(uscc)}`, { signal });

// ── key projects, blockers and coordination meetings ──
export const listProjects = (query: ListQuery, signal?: AbortSignal) => api.get<ProjectsReply>(`${base}/projects`, { query: queryOf(query), signal });
export const getProject = (id: string, signal?: AbortSignal) => api.get<ProjectDetail>(`${base}/projects/${seg(id)}`, { signal });
export const createProject = (body: ProjectBody) => api.post<ProjectDetail>(`${base}/projects`, body);
export const addBlocker = (projectId: string, body: BlockerBody) => api.post<BlockerView>(`${base}/projects/${seg(projectId)}/blockers`, body);
export const solveBlocker = (id: string, body: SolveBlockerBody) => api.post<BlockerView>(`${base}/blockers/${seg(id)}/solve`, body);
export const listProjectMeetings = (query: ListQuery, signal?: AbortSignal) => api.get<ProjectMeetingsReply>(`${base}/project-meetings`, { query: queryOf(query), signal });
export const recordProjectMeeting = (body: ProjectMeetingBody) => api.post<ProjectMeetingView>(`${base}/project-meetings`, body);

// ── hall inspections ──
export const listInspections = (query: ListQuery, signal?: AbortSignal) => api.get<InspectionsReply>(`${base}/inspections`, { query: queryOf(query), signal });
export const getInspection = (id: string, signal?: AbortSignal) => api.get<InspectionView>(`${base}/inspections/${seg(id)}`, { signal });
export const recordInspection = (body: InspectionBody) => api.post<InspectionView>(`${base}/inspections`, body);
