// The two engines return some types differently (DESIGN.md §6): int8/numeric counts come back as
// strings from pg and as numbers from PGlite; dates may be Date objects or strings. Repositories
// pass raw values through these so callers see one shape.

export function toNumber(value: unknown): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'bigint') return Number(value);
  if (typeof value === 'string' && value.trim() !== '') return Number(value);
  if (value === null || value === undefined) return 0;
  throw new TypeError(`not a number: ${String(value)}`);
}

/** A `date` column as 'YYYY-MM-DD', whatever the driver produced. */
export function toIsoDate(value: unknown): string {
  if (typeof value === 'string') return value.slice(0, 10);
  if (value instanceof Date) {
    // pg parses `date` at local midnight; take the local calendar date back.
    const y = value.getFullYear();
    const m = String(value.getMonth() + 1).padStart(2, '0');
    const d = String(value.getDate()).padStart(2, '0');
    return `${y}-${m}-${d}`;
  }
  throw new TypeError(`not a date: ${String(value)}`);
}

/** A `timestamptz` column as a Date. */
export function toInstant(value: unknown): Date {
  if (value instanceof Date) return value;
  if (typeof value === 'string' || typeof value === 'number') return new Date(value);
  throw new TypeError(`not a timestamp: ${String(value)}`);
}

/** A `jsonb` column as a value (pg parses it; a text fallback is parsed here). */
export function toJson<T>(value: unknown): T {
  return (typeof value === 'string' ? JSON.parse(value) : value) as T;
}
