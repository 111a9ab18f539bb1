// The catalogue page keeps what it shows in the address (search text, the one browse filter, the tab
// and the page), so a reload or a shared link shows the same. Unknown values are dropped.
import { EVENTS, isLifeEvent, THEMES, type EventKey, type Theme } from '../../../../../common/catalog/vocabulary.ts';

export const PAGE_SIZE = 10;
export const BUNDLE_PAGE_SIZE = 9;
export const FACET_KINDS = ['department', 'life', 'business', 'theme'] as const;
export type FacetKind = (typeof FACET_KINDS)[number];
export const TABS = ['items', 'bundles'] as const;
export type Tab = (typeof TABS)[number];

export interface ServiceFilters {
  q?: string;
  departmentId?: string;
  event?: EventKey;
  theme?: Theme;
  fullyOnline?: boolean;
  tab: Tab;
  page: number;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(value: string | null, allowed: readonly T[]): T | undefined =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : undefined;

export function readServiceFilters(params: URLSearchParams): ServiceFilters {
  const q = params.get('q')?.trim().slice(0, 100) || undefined;
  const department = params.get('department');
  const page = Number(params.get('page'));
  // One browse filter at a time: department, then event, then theme.
  const departmentId = department && uuid.test(department) ? department : undefined;
  const event = departmentId ? undefined : oneOf(params.get('event'), EVENTS);
  const theme = departmentId || event ? undefined : oneOf(params.get('theme'), THEMES);
  return {
    q,
    departmentId,
    event,
    theme,
    fullyOnline: params.get('online') === '1' ? true : undefined,
    tab: oneOf(params.get('tab'), TABS) ?? 'items',
    page: Number.isInteger(page) && page >= 1 && page <= 10000 ? page : 1,
  };
}

export function writeServiceFilters(filters: ServiceFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.departmentId) params.set('department', filters.departmentId);
  else if (filters.event) params.set('event', filters.event);
  else if (filters.theme) params.set('theme', filters.theme);
  if (filters.fullyOnline) params.set('online', '1');
  if (filters.tab !== 'items') params.set('tab', filters.tab);
  if (filters.page > 1) params.set('page', String(filters.page));
  return params;
}

/** Which browse list a filter belongs to (the facet switch opens on it). */
export function facetKindOf(filters: Pick<ServiceFilters, 'departmentId' | 'event' | 'theme'>): FacetKind | undefined {
  if (filters.departmentId) return 'department';
  if (filters.event) return isLifeEvent(filters.event) ? 'life' : 'business';
  if (filters.theme) return 'theme';
  return undefined;
}

/** Bundles are grouped by events: they list with no filter or an event filter, never by department or theme. */

export const hasBrowseFilter = (filters: ServiceFilters) => Boolean(filters.departmentId || filters.event || filters.theme || filters.fullyOnline);
