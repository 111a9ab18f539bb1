// The catalogue lists keep their filters in the address, so a reload, a shared link or a return from
// the editor shows the same list. Anything the server would refuse is dropped, never sent.
import {
  CATALOG_STATUSES,
  EVENTS,
  ITEM_TYPES,
  THEMES,
  type CatalogStatus,
  type EventKey,
  type ItemType,
  type Theme,
} from '../../../../../common/catalog/vocabulary.ts';

export const defaultPageSize = 20;

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

// ---- 事项 ----

export interface ItemFilters {
  q?: string;
  status?: CatalogStatus;
  departmentId?: string;
  type?: ItemType;
  event?: EventKey;
  theme?: Theme;
  fullyOnline?: 'true' | 'false';
  page: number;
  pageSize: number;
}

export function readItemFilters(params: URLSearchParams): ItemFilters {
  const departmentId = params.get('departmentId');
  return {
    q: text(params.get('q'), 100),
    status: oneOf(params.get('status'), CATALOG_STATUSES),
    departmentId: departmentId && uuid.test(departmentId) ? departmentId : undefined,
    type: oneOf(params.get('type'), ITEM_TYPES),
    event: oneOf(params.get('event'), EVENTS),
    theme: oneOf(params.get('theme'), THEMES),
    fullyOnline: oneOf(params.get('fullyOnline'), ['true', 'false'] as const),
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

export const writeItemFilters = (filters: ItemFilters) => write({ ...filters });

/** Filters other than the search text and paging that are set (the phone's "filters (2)" button). */
export const activeItemFilters = (filters: ItemFilters) =>
  (['status', 'departmentId', 'type', 'event', 'theme', 'fullyOnline'] as const).filter((key) => filters[key])
    .length;


// ---- 一件事 ----

export interface BundleFilters {
  q?: string;
  status?: CatalogStatus;
  kind?: 'life' | 'business';
  event?: EventKey;
  page: number;
  pageSize: number;
}

export function readBundleFilters(params: URLSearchParams): BundleFilters {
  return {
    q: text(params.get('q'), 100),
    status: oneOf(params.get('status'), CATALOG_STATUSES),
    kind: oneOf(params.get('kind'), ['life', 'business'] as const),
    event: oneOf(params.get('event'), EVENTS),
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

export const writeBundleFilters = (filters: BundleFilters) => write({ ...filters });
