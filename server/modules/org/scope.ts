// 数据范围: which departments' records a principal may see, derived from the department tree and
// the scope of each role held (common/api/roles.ts).
import { ROLE_SCOPES } from '../../../common/api/roles.ts';
import type { Principal } from '../../platform/auth/index.ts';

export interface TreeNode {
  id: string;
  parentId: string | null;
}

/** Every department id under (and including) each root. */
export function subtreeIds(nodes: readonly TreeNode[], roots: Iterable<string>): Set<string> {
  const children = new Map<string, string[]>();
  for (const n of nodes) {
    if (!n.parentId) continue;
    const list = children.get(n.parentId) ?? [];
    list.push(n.id);
    children.set(n.parentId, list);
  }
  const seen = new Set<string>();
  const stack = [...roots];
  while (stack.length) {
    const id = stack.pop()!;
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return seen;
}

/** 'all', or the ids of the departments whose records the principal sees (may be empty: own records only). */
export function visibleDepartments(principal: Principal, nodes: readonly TreeNode[]): 'all' | string[] {
  const roots = new Set<string>();
  const own = new Set<string>();
  for (const grant of principal.roles) {
    const scope = ROLE_SCOPES[grant.role];
    if (scope === 'all') return 'all';
    if (!grant.departmentId) continue;
    if (scope === 'subtree') roots.add(grant.departmentId);
    if (scope === 'department') own.add(grant.departmentId);
  }
  const ids = subtreeIds(nodes, roots);
  for (const id of own) ids.add(id);
  return [...ids];
}

/** Whether a parent change would put a department under itself. */
export function wouldCycle(nodes: readonly TreeNode[], id: string, newParentId: string | null): boolean {
  return newParentId !== null && subtreeIds(nodes, [id]).has(newParentId);
}
