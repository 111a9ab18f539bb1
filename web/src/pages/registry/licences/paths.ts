import { writeLicenceFilters, type LicenceFilters } from '../filters.ts';

export const licencePath = (id: string) => `/registry/licences/${encodeURIComponent(id)}`;
export const licencePrintPath = (id: string) => `${licencePath(id)}/print`;
export const verifyPath = (code: string) => `/verify/${encodeURIComponent(code)}`;

export function licencesPath(filters: Partial<LicenceFilters> = {}): string {
  const qs = writeLicenceFilters({ page: 1, pageSize: 20, ...filters }).toString();
  return qs ? `/registry/licences?${qs}` : '/registry/licences';
}
