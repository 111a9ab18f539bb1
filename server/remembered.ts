// A small cache the service wiring uses for answers that change rarely and are read on every action
// (departments, members of a queue, data scope).

/** Remembers an async answer per key for `ms`; a failed answer is forgotten at once. */
export function remembered<A extends unknown[], R>(ms: number, key: (...args: A) => string, load: (...args: A) => Promise<R>) {
  const hits = new Map<string, { at: number; value: Promise<R> }>();
  return (...args: A): Promise<R> => {
    const k = key(...args);
    const hit = hits.get(k);
    if (hit && Date.now() - hit.at < ms) return hit.value;
    const value = load(...args);
    hits.set(k, { at: Date.now(), value });
    if (hits.size > 5000) hits.delete(hits.keys().next().value!);
    value.catch(() => hits.delete(k));
    return value;
  };
}
