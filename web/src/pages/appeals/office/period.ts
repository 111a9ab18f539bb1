// 接诉即办分析's period: read from and written to the address (both ends or neither), its presets, the period
// just before it (as long, ending the day before) for the comparison, and the bucket the trend is drawn in.
// Pure (the day is passed in); tested in period.test.ts.
import dayjs from 'dayjs';

export interface Period {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const valid = (value: string | null): value is string => Boolean(value && DAY.test(value) && dayjs(value).format('YYYY-MM-DD') === value);
const fmt = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');
/** The server answers periods of up to 732 days. */
export const MAX_DAYS = 732;

/** The default: the last 30 days up to today (as the server's own default). */
export const defaultPeriod = (today: string): Period => ({ from: fmt(dayjs(today).subtract(29, 'day')), to: today });

export function readPeriod(params: URLSearchParams, today: string): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (!valid(from) || !valid(to) || from > to || daysOf({ from, to }) > MAX_DAYS) return defaultPeriod(today);
  return { from, to };
}

/** The address for a period: nothing for the default, so a bookmark follows the days. */
export function writePeriod(period: Period, today: string): URLSearchParams {
  const d = defaultPeriod(today);
  return period.from === d.from && period.to === d.to ? new URLSearchParams() : new URLSearchParams({ from: period.from, to: period.to });
}

export const daysOf = (p: Period) => dayjs(p.to).diff(dayjs(p.from), 'day') + 1;

/** The same number of days just before `from` (as the hot spots' own comparison). */
export function previousPeriod(p: Period): Period {
  const days = daysOf(p);
  return { from: fmt(dayjs(p.from).subtract(days, 'day')), to: fmt(dayjs(p.from).subtract(1, 'day')) };
}

/** Weeks for up to about a quarter, months beyond. */
export const bucketFor = (p: Period): 'week' | 'month' => (daysOf(p) <= 92 ? 'week' : 'month');

export type PresetKey = 'last30' | 'last90' | 'thisMonth' | 'lastMonth' | 'thisYear' | 'last12Months';

export function presets(today: string): { key: PresetKey; period: Period }[] {
  const t = dayjs(today);
  return [
    { key: 'last30', period: defaultPeriod(today) },
    { key: 'last90', period: { from: fmt(t.subtract(89, 'day')), to: today } },
    { key: 'thisMonth', period: { from: fmt(t.startOf('month')), to: today } },
    { key: 'lastMonth', period: { from: fmt(t.subtract(1, 'month').startOf('month')), to: fmt(t.subtract(1, 'month').endOf('month')) } },
    { key: 'thisYear', period: { from: fmt(t.startOf('year')), to: today } },
    { key: 'last12Months', period: { from: fmt(t.subtract(12, 'month').add(1, 'day')), to: today } },
  ];
}
