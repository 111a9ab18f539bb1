// The queue's and the list's filters live in the address, so a reload, a shared link or a return
// from a case shows the same list. Anything the server would refuse is dropped, never sent.
import { APPLICATION_STATES, CHANNELS, type ApplicationState, type Channel } from '../../../../../common/api/applications.ts';

export const defaultPageSize = 20;
export const QUEUE_DEADLINES = ['normal', 'warning', 'overdue'] as const;
export type QueueDeadline = (typeof QUEUE_DEADLINES)[number];

const positive = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
const text = (value: string | null, max: number) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed.slice(0, max) : undefined;
};
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const itemCode = (value: string | null) => {
  const code = text(value, 40);
  return code && /^[0-9A-Za-z-]+$/.test(code) ? code : undefined;
};
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined);

function write(values: Record<string, string | number | undefined>): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(values)) {
    if (value === undefined || value === '') continue;
    if (key === 'page' && value === 1) continue;
    if (key === 'pageSize' && value === defaultPageSize) continue;
    params.set(key, String(value));
  }
  return params;
}

// ---- 待办 ----

export interface QueueFilters {
  state?: ApplicationState;
  itemCode?: string;
  channel?: Channel;
  deadline?: QueueDeadline;
}

export function readQueueFilters(params: URLSearchParams): QueueFilters {
  return {
    state: oneOf(params.get('state'), APPLICATION_STATES),
    itemCode: itemCode(params.get('itemCode')),
    channel: oneOf(params.get('channel'), CHANNELS),
    deadline: oneOf(params.get('deadline'), QUEUE_DEADLINES),
  };
}

export const writeQueueFilters = (filters: QueueFilters) =>
  write({ state: filters.state, itemCode: filters.itemCode, channel: filters.channel, deadline: filters.deadline });

// ---- 办件管理 ----

export interface ListFilters {
  q?: string;
  state?: ApplicationState;
  channel?: Channel;
  departmentId?: string;
  itemCode?: string;
  /** Only overdue cases ('1'); the server also reads '0' but the list has no use for it. */
  overdue?: '1';
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export function readListFilters(params: URLSearchParams): ListFilters {
  const departmentId = params.get('departmentId');
  let from = day(params.get('from'));
  let to = day(params.get('to'));
  if (from && to && from > to) [from, to] = [to, from];
  return {
    q: text(params.get('q'), 60),
    state: oneOf(params.get('state'), APPLICATION_STATES),
    channel: oneOf(params.get('channel'), CHANNELS),
    departmentId: departmentId && uuid.test(departmentId) ? departmentId : undefined,
    itemCode: itemCode(params.get('itemCode')),
    overdue: params.get('overdue') === '1' || params.get('overdue') === 'true' ? '1' : undefined,
    from,
    to,
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

const LIST_KEYS = ['q', 'state', 'channel', 'departmentId', 'itemCode', 'overdue', 'from', 'to', 'page', 'pageSize'] as const;
/** The address in one fixed order, whatever order the filters were set in. */
export const writeListFilters = (filters: ListFilters) => write(Object.fromEntries(LIST_KEYS.map((key) => [key, filters[key]])));

/** The filters behind the phone's toggle that are set (the text search is always shown). */
export const activeListFilters = (filters: ListFilters) =>
  (['state', 'channel', 'departmentId', 'itemCode', 'overdue', 'from'] as const).filter((key) => filters[key]).length;

/** The export writes what the list shows: the same filters, without paging. */
export function exportFilters(filters: ListFilters): Omit<ListFilters, 'page' | 'pageSize'> {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return rest;
}
