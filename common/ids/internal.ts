// Helpers shared by the identifier modules; not part of the public API (index.ts does not re-export them).
import type { IdCheck, IdRejectReason } from './types.ts';

export function reject(reason: IdRejectReason, zh: string, en: string, position?: number): IdCheck {
  return position === undefined
    ? { ok: false, reason, message: { zh, en } }
    : { ok: false, reason, message: { zh, en }, position };
}

/** Splits by code point, so a position reported to the user counts characters, not UTF-16 units. */
export function codePoints(s: string): string[] {
  return Array.from(s);
}

export function isLeapYear(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

/** A real Gregorian calendar date (month 1–12). */
export function isRealDate(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || !Number.isInteger(m) || !Number.isInteger(d)) return false;
  if (m < 1 || m > 12 || d < 1) return false;
  const days = [31, isLeapYear(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1] ?? 0;
  return d <= days;
}

/** Looks a key up in a plain record without falling into Object.prototype ("constructor" …). */
export function own<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
