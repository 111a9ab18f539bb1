// The calendar in force, loaded once and kept for a while. A change invalidates it; a load that was already running
// when the change came read the rows before it, so its answer serves the caller that started it but is not kept —
// otherwise the old calendar would be served for the whole keeping time after an administrator's change.

export interface Kept<T> {
  /** The kept value, or what `load` gives when there is none (or it is too old). */
  get(load: () => Promise<T>): Promise<T>;
  invalidate(): void;
}

export function keptFor<T>(ttlMs: number, now: () => number = Date.now): Kept<T> {
  let kept: { value: T; at: number } | null = null;
  let generation = 0;
  return {
    async get(load) {
      if (kept && now() - kept.at <= ttlMs) return kept.value;
      const started = generation;
      const value = await load();
      if (started === generation) kept = { value, at: now() };
      return value;
    },
    invalidate() {
      generation++;
      kept = null;
    },
  };
}
