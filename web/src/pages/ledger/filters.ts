// The task list's filters live in the address, so a reload, a shared link, the board's links and a return from a
// task show the same list. Anything the server would refuse is dropped, never sent.
import { LIGHTS, SOURCE_KINDS, TASK_STATES, type Light, type SourceKind, type TaskState } from '../../../../common/ledger/vocabulary.ts';
import type { TaskListQuery } from '../../api/ledger.ts';

export const defaultPageSize = 20;

export interface TaskFilters {
  q?: string;
  sourceId?: string;
  sourceKind?: SourceKind;
  issueId?: string;
  measureId?: string;
  departmentId?: string;
  state?: TaskState;
  light?: Light;
  batch?: string;
  escalated?: boolean;
  dueFrom?: string;
  dueTo?: string;
  page: number;
  pageSize: number;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;
const positive = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};
const day = (value: string | null) => (value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined);
const id = (value: string | null) => (value && UUID.test(value) ? value : undefined);

export function readTaskFilters(params: URLSearchParams): TaskFilters {
  const q = params.get('q')?.trim().slice(0, 50);
  const batch = params.get('batch')?.trim().slice(0, 20);
  const escalated = params.get('escalated');
  let dueFrom = day(params.get('dueFrom'));
  let dueTo = day(params.get('dueTo'));
  if (dueFrom && dueTo && dueFrom > dueTo) [dueFrom, dueTo] = [dueTo, dueFrom];
  return {
    q: q || undefined,
    sourceId: id(params.get('sourceId')),
    sourceKind: oneOf(params.get('sourceKind'), SOURCE_KINDS),
    issueId: id(params.get('issueId')),
    measureId: id(params.get('measureId')),
    departmentId: id(params.get('departmentId')),
    state: oneOf(params.get('state'), TASK_STATES),
    light: oneOf(params.get('light'), LIGHTS),
    batch: batch || undefined,
    escalated: escalated === 'true' ? true : escalated === 'false' ? false : undefined,
    dueFrom,
    dueTo,
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

const KEYS = ['q', 'sourceId', 'sourceKind', 'issueId', 'measureId', 'departmentId', 'state', 'light', 'batch', 'escalated', 'dueFrom', 'dueTo', 'page', 'pageSize'] as const;

/** The address in one fixed order; the defaults (page 1, 20 a page) are left out. */
export function writeTaskFilters(filters: TaskFilters): URLSearchParams {
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

/** What the server is asked (the export takes the same, without the page). */
export function taskQueryOf(filters: TaskFilters): TaskListQuery {
  const { page, pageSize, ...rest } = filters;
  return { ...rest, page, pageSize };
}

/** The filters behind the phone's toggle that are set (the text search is always shown). */
export const activeFilters = (filters: TaskFilters) =>
  (['sourceId', 'sourceKind', 'issueId', 'measureId', 'departmentId', 'state', 'light', 'batch', 'escalated', 'dueFrom'] as const).filter((key) => filters[key] !== undefined).length;
