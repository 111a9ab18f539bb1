// 企业服务's list filters live in the address, so a reload, a shared link or a return from a record shows the
// same list. Anything malformed is dropped, never sent. Pure; tested in filters.test.ts.
import { PROJECT_STAGES } from '../../../../common/api/outreach.ts';
import type { ListQuery } from '../../api/outreach.ts';

export interface ListFilters {
  q?: string;
  /** A contact's kind (visit/contact) or an inspection's mode (open/covert). */
  kind?: string;
  /** A problem's state; a project's blocked/unblocked/clear; a steward's active/ended. */
  state?: string;
  departmentId?: string;
  uscc?: string;
  from?: string;
  to?: string;
  year?: number;
  stage?: ListQuery['stage'];
  page: number;
  pageSize: number;
}

export const defaultPageSize = 20;
const KEYS = ['q', 'kind', 'state', 'departmentId', 'uscc', 'from', 'to', 'year', 'stage', 'page', 'pageSize'] as const;
const CODE = /^[a-z_]{1,20}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined);
const code = (value: string | null) => (value && CODE.test(value) ? value : undefined);
const positive = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};

export function readListFilters(params: URLSearchParams): ListFilters {
  const q = params.get('q')?.trim().slice(0, 50);
  const uscc = params.get('uscc')?.trim().toUpperCase();
  const department = params.get('departmentId');
  const year = Number(params.get('year'));
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    q: q || undefined,
    kind: code(params.get('kind')),
    state: code(params.get('state')),
    departmentId: department && UUID.test(department) ? department : undefined,
    uscc: uscc && /^[0-9A-Z]{18}$/.test(uscc) ? uscc : undefined,
    from,
    to,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    stage: PROJECT_STAGES.find((s) => s === params.get('stage')),
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

/** The address in one fixed order; defaults (page 1, 20 a page) are left out. */
export function writeListFilters(filters: ListFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of KEYS) {
    const value = filters[key];
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === defaultPageSize) continue;
    params.set(key, String(value));
  }
  return params;
}

/** How many of these filters are set (the phone's filter toggle shows the count). */
export const activeFilters = (filters: ListFilters, keys: readonly (keyof ListFilters)[]) => keys.filter((key) => filters[key] !== undefined).length;

/** The server's list query: the filters without what only the page reads. */
export function listQueryOf(filters: ListFilters) {
  const { q, kind, state, departmentId, uscc, from, to, year, stage, page, pageSize } = filters;
  return { q, kind, state, departmentId, uscc, from, to, year, stage, page, pageSize };
}
