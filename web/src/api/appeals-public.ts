// 接诉即办 for the requester (我要反映, 我的诉求, a ticket's page) and the office's figures (接诉即办分析).
// Contracts: common/api/appeals.ts and common/api/appeals-stats.ts (types only, so zod stays out of the
// pages' code). The staff screens have their own api file (appeals.ts).
import type { z } from 'zod';
import type {
  categoriesReply,
  categorySchema,
  createTicketBody,
  TicketSummary,
  TicketView,
  ticketsReply,
} from '../../../common/api/appeals.ts';
import type { HotspotsQuery, HotspotsReply, RatesQuery, RatesReply } from '../../../common/api/appeals-stats.ts';
import type { FilePurpose, FileView } from '../../../common/api/files.ts';
import { api } from './client.ts';

export type { TicketSummary, TicketView };
export type { HotspotItem, HotspotsQuery, HotspotsReply, RateFigures, RatesQuery, RatesReply, UnitRates } from '../../../common/api/appeals-stats.ts';
export type AppealCategory = z.infer<typeof categorySchema>;
export type TicketsReply = z.infer<typeof ticketsReply>;
/** What a public form sends (the schema's defaults may be left out). */
export type NewTicketBody = z.input<typeof createTicketBody>;

const seg = (value: string) => encodeURIComponent(value);

/** 诉求分类, both levels, as the server lists them (inactive ones included: the form drops them). */
export const listAppealCategories = (signal?: AbortSignal) =>
  api.get<z.infer<typeof categoriesReply>>('/api/v1/appeals/categories', { signal });

/** 我要反映: files the ticket; answers its id and 工单编号. */
export const fileAppeal = (body: NewTicketBody) =>
  api.post<{ id: string; number: string; state: string }>('/api/v1/appeals/tickets', body);

/** 我的诉求, newest first. */
export const listMyAppeals = (query: { page: number; pageSize: number }, signal?: AbortSignal) =>
  api.get<TicketsReply>('/api/v1/me/appeals', { query, signal });

/** One ticket as its requester sees it (the server filters the timeline). */
export const getAppeal = (id: string, signal?: AbortSignal) =>
  api.get<TicketView>(`/api/v1/appeals/tickets/${seg(id)}`, { signal });

/** 补充说明: reaches the lead unit (and the hotline once the ticket has ended). Answers the ticket as it now is. */
export const addFollowUp = (id: string, text: string) =>
  api.post<TicketView>(`/api/v1/appeals/tickets/${seg(id)}/follow-ups`, { text });

/** 隐藏姓名: the units no longer see the requester's name (the hotline still does, to call back). */
export const hideMyName = (id: string) => api.post<TicketView>(`/api/v1/appeals/tickets/${seg(id)}/hide-name`, {});

/**
 * The purpose a ticket's photos are uploaded under (the ticket claims the files as `appeal:<id>` when it is
 * filed).
 */
export const PHOTO_PURPOSE: FilePurpose = 'appeal.media';

/** Uploads one photo as the raw body; 415 (type) and 413 (size) come back as bilingual ApiErrors. */
export function uploadPhoto(file: Blob & { name: string }, signal?: AbortSignal): Promise<FileView> {
  return api.post<FileView>('/api/v1/files', file, {
    query: { purpose: PHOTO_PURPOSE, name: file.name },
    headers: { 'Content-Type': file.type || 'application/octet-stream' },
    signal,
  });
}

/** Where a stored file's bytes are read, shown in the browser (images, PDFs). */
export const photoUrl = (id: string) => `/api/v1/files/${seg(id)}/content?inline=true`;

// ---- 接诉即办分析 (the office): common/api/appeals-stats.ts ----

/** 三率 for the city and every unit in a period (by the tickets' creation day), ranked. */
export const getAppealRates = (query: RatesQuery, signal?: AbortSignal) =>
  api.get<RatesReply>('/api/v1/appeals/stats/rates', { query: { ...query }, signal });

/** 热点: tickets by category × area (or either) per week or month, the top N, against the period before. */
export const getAppealHotspots = (query: Partial<HotspotsQuery>, signal?: AbortSignal) =>
  api.get<HotspotsReply>('/api/v1/appeals/stats/hotspots', { query: { ...query }, signal });
