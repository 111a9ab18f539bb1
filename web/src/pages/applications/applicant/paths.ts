// Addresses of the applicant's application pages (办件).
const seg = (value: string) => encodeURIComponent(value);

export const myApplicationsPath = '/my/applications';
export const applicationPath = (id: string) => `${myApplicationsPath}/${seg(id)}`;
export const applyItemPath = (code: string) => `/apply/${seg(code)}`;
export const applyBundlePath = (code: string) => `/apply/bundles/${seg(code)}`;
export const verifyPath = (code: string) => `/verify/${seg(code)}`;

/** Where a draft is resumed: the wizard of its item or bundle with `?draft=<id>`; null when it names neither. */
export function resumePath(draft: { id: string; itemCode: string | null; bundleCode: string | null }): string | null {
  const base = draft.bundleCode ? applyBundlePath(draft.bundleCode) : draft.itemCode ? applyItemPath(draft.itemCode) : null;
  return base ? `${base}?draft=${seg(draft.id)}` : null;
}

/** The page a row of "my applications" opens: a draft resumes in the wizard, the rest are tracked. */
export function rowPath(row: { id: string; state: string; itemCode: string | null; bundleCode: string | null }): string {
  return (row.state === 'draft' && resumePath(row)) || applicationPath(row.id);
}

const STATES = ['draft', 'submitted', 'correction', 'review', 'decision', 'suspended', 'delivery', 'done', 'refused', 'rejected', 'withdrawn', 'terminated', 'inProgress'] as const;
export type ListState = (typeof STATES)[number];
export const LIST_STATES: readonly ListState[] = STATES;

export interface ListQuery {
  page: number;
  pageSize: number;
  state?: ListState;
}

/** The list's page and state filter from the address (?page=2&state=correction); nonsense falls back. */
export function readListQuery(params: URLSearchParams): ListQuery {
  const int = (value: string | null, fallback: number, max: number) => {
    const n = Number(value);
    return Number.isInteger(n) && n >= 1 && n <= max ? n : fallback;
  };
  const state = params.get('state');
  return {
    page: int(params.get('page'), 1, 100000),
    pageSize: int(params.get('pageSize'), 10, 100),
    ...(state && (STATES as readonly string[]).includes(state) ? { state: state as ListState } : {}),
  };
}

export function writeListQuery(query: ListQuery): Record<string, string> {
  return {
    ...(query.page > 1 ? { page: String(query.page) } : {}),
    ...(query.pageSize !== 10 ? { pageSize: String(query.pageSize) } : {}),
    ...(query.state ? { state: query.state } : {}),
  };
}
