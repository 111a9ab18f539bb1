// The users list's filters live in the address (?q=&departmentId=&role=&page=&pageSize=), so a
// reload, a shared link or a return after sign-in shows the same list.
import { ROLES, type Role } from '../../../../../common/api/roles.ts';

export interface UserFilters {
  q?: string;
  departmentId?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export const defaultPageSize = 20;

const positive = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};

export function readUserFilters(params: URLSearchParams): UserFilters {
  const role = params.get('role');
  return {
    q: params.get('q')?.trim() || undefined,
    departmentId: params.get('departmentId') || undefined,
    role: role && (ROLES as readonly string[]).includes(role) ? (role as Role) : undefined,
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), defaultPageSize, 200),
  };
}

export function writeUserFilters(filters: UserFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.q) params.set('q', filters.q);
  if (filters.departmentId) params.set('departmentId', filters.departmentId);
  if (filters.role) params.set('role', filters.role);
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== defaultPageSize) params.set('pageSize', String(filters.pageSize));
  return params;
}
