// 上级方案: which sources a source may name as the plan it implements — not itself nor a plan below it (the server
// refuses those too, under the field). Pure.

interface Node {
  id: string;
  parentId: string | null;
}

/** The ids of every source below `id` (its children, their children …), cycles in bad data tolerated. */
export function descendantIds(sources: readonly Node[], id: string): Set<string> {
  const children = new Map<string, string[]>();
  for (const s of sources) if (s.parentId) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s.id]);
  const found = new Set<string>();
  const stack = [...(children.get(id) ?? [])];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next === id || found.has(next)) continue;
    found.add(next);
    stack.push(...(children.get(next) ?? []));
  }
  return found;
}

/** The sources `id` may hang under (all of them for a new source: id null). */
export function parentChoices<T extends Node>(sources: readonly T[], id: string | null): T[] {
  if (!id) return [...sources];
  const below = descendantIds(sources, id);
  return sources.filter((s) => s.id !== id && !below.has(s.id));
}
