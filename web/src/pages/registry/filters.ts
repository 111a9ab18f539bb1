// The registry lists keep their filters in the address, so a reload, a shared link or a return after
// sign-in shows the same list. Anything unknown in the address is dropped, never sent to the server.
import { ENTITY_STATUSES, ENTITY_TAGS, LICENCE_STATUSES } from '../../../../common/api/registry.ts';
import type { EntityStatus, EntityTag, LicenceStatus } from './labels.ts';

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

interface Paged {
  page: number;
  pageSize: number;
}

function readPage(params: URLSearchParams): Paged {
  return {
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

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

// ---- 市场主体 ----

export interface EntityFilters extends Paged {
  q?: string;
  status?: EntityStatus;
  tag?: EntityTag;
  districtCode?: string;
  industrySection?: string;
}

export function readEntityFilters(params: URLSearchParams): EntityFilters {
  const district = params.get('districtCode');
  const section = params.get('industrySection');
  return {
    q: text(params.get('q'), 100),
    status: oneOf(params.get('status'), ENTITY_STATUSES),
    tag: oneOf(params.get('tag'), ENTITY_TAGS),
    districtCode: district && /^\d{6}$/.test(district) ? district : undefined,
    industrySection: section && /^[A-T]$/.test(section) ? section : undefined,
    ...readPage(params),
  };
}

export const writeEntityFilters = (filters: EntityFilters) => write({ ...filters });

/** Filters other than the search text and paging that are set (for the phone's "filters (2)" button). */
export const activeEntityFilters = (filters: EntityFilters) =>
  (['status', 'tag', 'districtCode', 'industrySection'] as const).filter((key) => filters[key]).length;

/** The export writes what the list shows: the same filters, without paging. */
export function exportFilters(filters: EntityFilters) {
  const { page: _page, pageSize: _pageSize, ...rest } = filters;
  return rest;
}

// ---- 电子证照 ----

export interface LicenceFilters extends Paged {
  typeId?: string;
  holderUscc?: string;
  status?: LicenceStatus;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function readLicenceFilters(params: URLSearchParams): LicenceFilters {
  const typeId = params.get('typeId');
  return {
    typeId: typeId && uuid.test(typeId) ? typeId : undefined,
    holderUscc: text(params.get('holderUscc'), 18)?.toUpperCase(),
    status: oneOf(params.get('status'), LICENCE_STATUSES),
    ...readPage(params),
  };
}

export const writeLicenceFilters = (filters: LicenceFilters) => write({ ...filters });

// ---- 数据共享日志 ----

export type AllowedFilter = 'true' | 'false';

export interface ShareLogFilters extends Paged {
  allowed?: AllowedFilter;
  uscc?: string;
}

export function readShareLogFilters(params: URLSearchParams): ShareLogFilters {
  return {
    allowed: oneOf(params.get('allowed'), ['true', 'false'] as const),
    uscc: text(params.get('uscc'), 18)?.toUpperCase(),
    ...readPage(params),
  };
}

/** The sharing page also keeps its tab in the address (`tab=rules`). */
export const writeShareLogFilters = (filters: ShareLogFilters, tab?: string) => write({ tab, ...filters });
