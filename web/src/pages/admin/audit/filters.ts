// The audit log's filters live in the address, like the users list's.
export interface AuditFilters {
  actorId?: string;
  action?: string;
  entity?: string;
  entityId?: string;
  /** ISO instants with offset, as the contract wants. */
  from?: string;
  to?: string;
  page: number;
  pageSize: number;
}

export const auditPageSize = 20;
const textKeys = ['actorId', 'action', 'entity', 'entityId', 'from', 'to'] as const;

const positive = (value: string | null, fallback: number, max: number) => {
  const n = Number(value);
  return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
};

export function readAuditFilters(params: URLSearchParams): AuditFilters {
  const filters: AuditFilters = {
    page: positive(params.get('page'), 1, 100000),
    pageSize: positive(params.get('pageSize'), auditPageSize, 200),
  };
  for (const key of textKeys) {
    const value = params.get(key)?.trim();
    if (value) filters[key] = value.slice(0, 100);
  }
  return filters;
}

export function writeAuditFilters(filters: AuditFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const key of textKeys) {
    const value = filters[key]?.trim();
    if (value) params.set(key, value);
  }
  if (filters.page !== 1) params.set('page', String(filters.page));
  if (filters.pageSize !== auditPageSize) params.set('pageSize', String(filters.pageSize));
  return params;
}

/** The change column pretty-printed; strings that hold JSON are unpacked first. */
export function prettyChange(change: unknown): string {
  if (change === undefined || change === null) return '—';
  if (typeof change === 'string') {
    try {
      return JSON.stringify(JSON.parse(change), null, 2);
    } catch {
      return change;
    }
  }
  return JSON.stringify(change, null, 2);
}

export interface ChangedField {
  field: string;
  before: string;
  after: string;
}

const show = (value: unknown) => (value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value));

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * For a change recorded as `{ before, after }` or `{ before, changes }` (the fields sent), the
 * fields whose values differ, in a stable order; empty for any other shape (the JSON says it).
 */
export function changedFields(change: unknown): ChangedField[] {
  if (!isObject(change)) return [];
  const before = change.before;
  const after = isObject(change.after) ? change.after : isObject(change.changes) && isObject(before) ? { ...before, ...change.changes } : undefined;
  if (!isObject(before) || !isObject(after)) return [];
  const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])].sort();
  return fields
    .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
    .map((field) => ({ field, before: show(before[field]), after: show(after[field]) }));
}

export interface ChangeMember {
  field: string;
  value: string;
}

/**
 * For a change of any other object shape (a workflow step's `{ from, to, version }`, an upload's file facts), its
 * members one by one, so the detail reads without the raw record; empty for the before/after shapes and non-objects.
 */
export function changeMembers(change: unknown): ChangeMember[] {
  if (!isObject(change) || 'before' in change) return [];
  return Object.entries(change).map(([field, value]) => ({ field, value: value === null ? '—' : show(value) }));
}
