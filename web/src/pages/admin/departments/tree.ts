// The department tree, built in the browser from the flat list (each row names its parent).
import type { Department } from '../../../api/org.ts';

export interface DepartmentNode extends Department {
  /** Absent for a leaf, so tables show no expand arrow. */
  children?: DepartmentNode[];
}

/**
 * Nests departments under their parents, keeping the server's order among siblings. A row whose
 * parent is missing becomes a root, and so does the first row reached of a parent cycle, so that
 * no department ever disappears from the tree.
 */
export function buildTree(departments: readonly Department[]): DepartmentNode[] {
  const nodes = new Map<string, DepartmentNode>();
  for (const department of departments) nodes.set(department.id, { ...department });
  const childrenOf = new Map<string, DepartmentNode[]>();
  const roots: DepartmentNode[] = [];
  for (const node of nodes.values()) {
    const parentId = node.parentId;
    if (parentId && parentId !== node.id && nodes.has(parentId)) {
      const list = childrenOf.get(parentId) ?? [];
      list.push(node);
      childrenOf.set(parentId, list);
    } else {
      roots.push(node);
    }
  }

  const placed = new Set<string>();
  const attach = (node: DepartmentNode): DepartmentNode => {
    placed.add(node.id);
    const children = (childrenOf.get(node.id) ?? []).filter((child) => !placed.has(child.id));
    const result: DepartmentNode = { ...node };
    delete result.children;
    if (children.length > 0) result.children = children.map(attach);
    return result;
  };
  const tree = roots.map(attach);
  // Whatever is left sits on a cycle (A → B → A): show it at the top rather than lose it.
  for (const node of nodes.values()) {
    if (!placed.has(node.id)) tree.push(attach(node));
  }
  return tree;
}

/** The ids of a department and everything beneath it (it cannot be moved under any of them). */
export function subtreeIds(departments: readonly Department[], rootId: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const d of departments) {
    if (!d.parentId) continue;
    children.set(d.parentId, [...(children.get(d.parentId) ?? []), d.id]);
  }
  const result = new Set<string>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    if (result.has(id)) continue;
    result.add(id);
    stack.push(...(children.get(id) ?? []));
  }
  return result;
}

/**
 * Keeps the nodes that match and the path down to them (a match keeps its whole subtree), and
 * returns the ids to expand so every match is visible (including matches beneath a match).
 */
export function filterTree(
  nodes: readonly DepartmentNode[],
  matches: (node: DepartmentNode) => boolean,
): { tree: DepartmentNode[]; expanded: string[] } {
  const expanded: string[] = [];
  /** Expands the way to every match inside a kept subtree; true when there was one. */
  const expandMatches = (node: DepartmentNode): boolean => {
    let found = false;
    for (const child of node.children ?? []) {
      if (expandMatches(child) || matches(child)) found = true;
    }
    if (found) expanded.push(node.id);
    return found;
  };
  const walk = (list: readonly DepartmentNode[]): DepartmentNode[] => {
    const kept: DepartmentNode[] = [];
    for (const node of list) {
      if (matches(node)) {
        expandMatches(node);
        kept.push(node);
        continue;
      }
      const children = walk(node.children ?? []);
      if (children.length > 0) {
        expanded.push(node.id);
        kept.push({ ...node, children });
      }
    }
    return kept;
  };
  const tree = walk(nodes);
  return { tree, expanded };
}

/** A case-insensitive match on name, English name, short name or code. */
export function departmentMatcher(query: string): (node: Department) => boolean {
  const q = query.trim().toLowerCase();
  return (node) =>
    q === '' ||
    [node.name, node.nameEn, node.shortName, node.code].some((text) => text.toLowerCase().includes(q));
}

/** How many departments a search finds (those that match it, not the ones shown only as the way down to them); null with no search. */
export function matchCount(departments: readonly Department[], query: string): number | null {
  if (query.trim() === '') return null;
  const matches = departmentMatcher(query);
  return departments.filter(matches).length;
}

export interface TreeOption {
  value: string;
  title: string;
  /** What the select's search looks at. */
  search: string;
  disabled?: boolean;
  children?: TreeOption[];
}

/** antd TreeSelect data. */
export function toTreeOptions(
  nodes: readonly DepartmentNode[],
  options: { disabledIds?: ReadonlySet<string>; english?: boolean } = {},
): TreeOption[] {
  return nodes.map((node) => {
    const option: TreeOption = {
      value: node.id,
      title: options.english ? node.nameEn : node.name,
      search: `${node.name} ${node.nameEn} ${node.shortName} ${node.code}`,
    };
    if (options.disabledIds?.has(node.id)) option.disabled = true;
    if (node.children) option.children = toTreeOptions(node.children, options);
    return option;
  });
}
