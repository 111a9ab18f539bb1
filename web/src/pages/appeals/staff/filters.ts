// 工单办理's tab and filters live in the address, so a reload, a shared link or a return from a ticket shows
// the same list. Anything the server would refuse is dropped, never sent.
import { KINDS, type Kind } from '../../../../../common/appeals/vocabulary.ts';
import type { TicketsQuery } from '../../../api/appeals.ts';
import { FILTER_STATES } from './labels.ts';

export const defaultPageSize = 20;
export const LIGHTS = ['normal', 'warning', 'overdue'] as const;
export type Light = (typeof LIGHTS)[number];
export type Tab = 'mine' | 'all';

export interface QueueFilters {
  tab: Tab;
  q?: string;
  state?: string;
  kind?: Kind;
  categoryCode?: string;
  from?: string;
  to?: string;
  /** 我的待办 only: the light the counts above the list picked (applied on the page). */
  light?: Light;
  page: number;
  pageSize: number;
}

const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
const positive = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined);

export function readQueueFilters(params: URLSearchParams): QueueFilters {
  const tab: Tab = params.get('tab') === 'all' ? 'all' : 'mine';
  const category = params.get('categoryCode')?.trim();
  const q = params.get('q')?.trim().slice(0, 50);
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    tab,
    q: q || undefined,
    state: oneOf(params.get('state'), FILTER_STATES),
    kind: oneOf(params.get('kind'), KINDS),
    categoryCode: category && /^[A-Za-z0-9-]{1,40}$/.test(category) ? category : undefined,
    from,
    to,
    light: tab === 'mine' ? oneOf(params.get('light'), LIGHTS) : undefined,
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

const KEYS = ['tab', 'q', 'state', 'kind', 'categoryCode', 'from', 'to', 'light', 'page', 'pageSize'] as const;

/** The address in one fixed order; defaults (我的待办, page 1, 20 a page) are left out. */
export function writeQueueFilters(filters: QueueFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value === undefined || value === '') continue;
    if (key === 'tab' && value === 'mine') continue;
    if (key === 'light' && filters.tab !== 'mine') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === defaultPageSize) continue;
    params.set(key, String(value));
  }
  return params;
}

/** The most 我的待办 reads at once (the server's page limit); its lights are counted and paged on the page. */
export const MINE_LIMIT = 200;

/** What the server is asked: 我的待办 in one read (counted by light here), 全部工单 a page at a time. */
export function ticketsQueryOf(filters: QueueFilters): TicketsQuery {
  const common = { q: filters.q, state: filters.state, kind: filters.kind, categoryCode: filters.categoryCode, from: filters.from, to: filters.to };
  return filters.tab === 'mine' ? { scope: 'mine', ...common, page: 1, pageSize: MINE_LIMIT } : { scope: 'all', ...common, page: filters.page, pageSize: filters.pageSize };
}

/** The filters behind the phone's toggle that are set (the text search is always shown). */
export const activeFilters = (filters: QueueFilters) => (['state', 'kind', 'categoryCode', 'from'] as const).filter((key) => filters[key]).length;
