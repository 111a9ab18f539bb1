import { hash } from 'node:crypto';

/** JSON with object keys sorted, so the same change always digests the same. */
export function canonicalJson(value: unknown): string {
  if (value === undefined) return 'null';
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** SM3 (GB/T 32905, 国密) hex digest; Node's OpenSSL provides it (one-shot: no hash object per audit row). */
export function sm3Hex(text: string): string {
  return hash('sm3', text, 'hex');
}
