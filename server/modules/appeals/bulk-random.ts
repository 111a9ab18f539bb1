// The seeded randomness of the bulk tickets (bulk.ts, bulk-plan.ts): weighted picks, waits, time-ordered ids
// and the 工单编号 the repository would draw.
import type { Rng } from '../../../common/ids/index.ts';

export const DAY = 86_400_000;
export const HOUR = 3_600_000;

/** Picks from weights in O(log n). */
export function picker<T>(values: readonly T[], weights: readonly number[]): (rng: Rng) => T {
  const cumulative: number[] = [];
  let sum = 0;
  for (const w of weights) cumulative.push((sum += w));
  return (rng) => {
    const x = rng() * sum;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return values[lo]!;
  };
}

export const expo = (rng: Rng, mean: number) => -Math.log(1 - rng()) * mean;
export const between = (rng: Rng, lo: number, hi: number) => lo + rng() * (hi - lo);
const hex = (rng: Rng, digits: number) => Math.floor(rng() * 16 ** digits).toString(16).padStart(digits, '0');

/** A UUIDv7 at `ms` whose random bits come from the seeded generator. */
export function seededId(rng: Rng, ms: number): string {
  const t = Math.max(0, Math.floor(ms)).toString(16).padStart(12, '0');
  const variant = (8 + Math.floor(rng() * 4)).toString(16);
  return `${t.slice(0, 8)}-${t.slice(8, 12)}-7${hex(rng, 3)}-${variant}${hex(rng, 3)}-${hex(rng, 6)}${hex(rng, 6)}`;
}

/** 工单编号 as the repository draws it: 'GD' + yyyyMMdd + the day's sequence (6 digits, more past 999 999). */
export const ticketNumber = (day: string, seq: number) => `GD${day.replaceAll('-', '')}${seq < 1_000_000 ? String(seq).padStart(6, '0') : String(seq)}`;
