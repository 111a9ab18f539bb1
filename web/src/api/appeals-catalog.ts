// 接诉即办's own catalogues, as the hotline keeps them: 派单目录 (the dispatch catalogue: a category in an area →
// the lead and support units) and 知识库维护 (the knowledge base's entries, valid between two dates). Contracts:
// common/api/appeals.ts and common/api/appeals-knowledge.ts (types only, so zod stays out of the pages' code). The
// categories, the proposal and the knowledge search are the seat console's (api/appeals.ts), re-exported here.
import type { z } from 'zod';
import type { dispatchRuleBody, dispatchRuleSchema } from '../../../common/api/appeals.ts';
import type { CreateKnowledgeBody, KnowledgeEntry, UpdateKnowledgeBody } from '../../../common/api/appeals-knowledge.ts';
import { api } from './client.ts';

export { getProposal, listCategories, searchKnowledge, type Category, type KnowledgeHit, type KnowledgeSearchReply, type Proposal } from './appeals.ts';
export type { CreateKnowledgeBody, KnowledgeEntry, UpdateKnowledgeBody };

/** One line of 派单目录; `areaCode` null: city-wide (全市通用). */
export type DispatchRule = z.infer<typeof dispatchRuleSchema>;
export type DispatchRuleBody = z.input<typeof dispatchRuleBody>;

const base = '/api/v1/appeals';
const seg = (value: string) => encodeURIComponent(value);

/** 派单目录: every rule (the catalogue is small: a few per category). */
export const listDispatchRules = (signal?: AbortSignal) => api.get<{ rules: DispatchRule[] }>(`${base}/dispatch-rules`, { signal });

/** Adds a rule (201); a rule for the same category and area already there is refused (422 under areaCode). */
export const createDispatchRule = (body: DispatchRuleBody) => api.post<DispatchRule>(`${base}/dispatch-rules`, body);

/** Replaces a rule's contents; a stale `version` answers 409 VERSION_CONFLICT. */
export const updateDispatchRule = (id: string, body: DispatchRuleBody & { version: number }) => api.patch<DispatchRule>(`${base}/dispatch-rules/${seg(id)}`, body);

/** Deletes a rule (204); a stale `version` answers 409 VERSION_CONFLICT. */
export const deleteDispatchRule = (id: string, version: number) => api.delete<void>(`${base}/dispatch-rules/${seg(id)}`, { query: { version } });

/** One knowledge entry as every reader sees it. */
export const getKnowledge = (id: string, signal?: AbortSignal) => api.get<KnowledgeEntry>(`${base}/knowledge/${seg(id)}`, { signal });

/** Adds an entry (201); validFrom defaults to today. */
export const createKnowledge = (body: CreateKnowledgeBody) => api.post<KnowledgeEntry>(`${base}/knowledge`, body);

/** Changes only the fields given (null clears the category, the unit or the end date); a stale version is a 409. */
export const updateKnowledge = (id: string, body: UpdateKnowledgeBody) => api.patch<KnowledgeEntry>(`${base}/knowledge/${seg(id)}`, body);

/** 停用: valid until yesterday from now on; an entry already expired is refused (422). */
export const retireKnowledge = (id: string, version: number) => api.post<KnowledgeEntry>(`${base}/knowledge/${seg(id)}/retire`, { version });
export const restoreKnowledge = (id: string, version: number) => api.post<KnowledgeEntry>(`${base}/knowledge/${seg(id)}/restore`, { version });
