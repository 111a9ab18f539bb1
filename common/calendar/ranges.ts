// Days as a holiday notice gives them — "10 月 1 日至 7 日放假" — turned into the dates the calendar stores: days
// off are the weekdays inside the ranges (the weekend inside is off anyway), make-up workdays are listed one by one.
// Used by the 节假日安排 page's dialog and by `yingshang calendar add-year --off … --working …`.
import { addCalendarDays, isIsoDate, isWeekend } from './dates.ts';

/**
 * The weekdays inside the ranges (both ends included; ends given backwards are swapped), each once, in date order.
 * Ranges with an end that is not a date are skipped.
 */
export function weekdaysIn(ranges: readonly (readonly [string, string])[]): string[] {
  const found = new Set<string>();
  for (const [a, b] of ranges) {
    if (!isIsoDate(a) || !isIsoDate(b)) continue;
    const [from, to] = a <= b ? [a, b] : [b, a];
    for (let d = from; d <= to; d = addCalendarDays(d, 1)) if (!isWeekend(d)) found.add(d);
  }
  return [...found].sort();
}

/**
 * A typed list of dates and ranges — "2027-01-01,2027-02-06..2027-02-14" (commas, spaces or 、 between items; `..`
 * or `~` inside a range) — as ranges; a lone date is a range of one day. Returns the items that are not dates or
 * ranges of dates separately, so the caller can name them.
 */
export function parseDateRanges(text: string): { ranges: [string, string][]; bad: string[] } {
  const ranges: [string, string][] = [];
  const bad: string[] = [];
  for (const item of text.split(/[\s,，、]+/).filter(Boolean)) {
    const [a, b, ...rest] = item.split(/\.\.|~/);
    const from = a ?? '';
    const to = b ?? from;
    if (rest.length || !isIsoDate(from) || !isIsoDate(to)) bad.push(item);
    else ranges.push([from, to]);
  }
  return { ranges, bad };
}
