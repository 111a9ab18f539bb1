// 企业服务总览's period: read from and written to the address (both ends or neither), with presets. The seed
// report counts the year's work (企业对接 N 次), so the default is this year up to today. Pure (the day is passed
// in); tested in period.test.ts.
import dayjs from 'dayjs';

export interface Period {
  from: string;
  to: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const valid = (value: string | null): value is string => Boolean(value && DAY.test(value) && dayjs(value).format('YYYY-MM-DD') === value);
const fmt = (d: dayjs.Dayjs) => d.format('YYYY-MM-DD');

export const defaultPeriod = (today: string): Period => ({ from: fmt(dayjs(today).startOf('year')), to: today });

export function readPeriod(params: URLSearchParams, today: string): Period {
  const from = params.get('from');
  const to = params.get('to');
  if (!valid(from) || !valid(to) || from > to) return defaultPeriod(today);
  return { from, to };
}

/** The address for a period: nothing for the default, so a bookmark follows the days. */
export function writePeriod(period: Period, today: string): URLSearchParams {
  const d = defaultPeriod(today);
  return period.from === d.from && period.to === d.to ? new URLSearchParams() : new URLSearchParams({ from: period.from, to: period.to });
}

export const PRESET_KEYS = ['thisYear', 'thisQuarter', 'thisMonth', 'lastMonth', 'lastYear'] as const;
export type PresetKey = (typeof PRESET_KEYS)[number];

export function presets(today: string): { key: PresetKey; period: Period }[] {
  const t = dayjs(today);
  const quarterStart = t.month(Math.floor(t.month() / 3) * 3).startOf('month');
  const lastMonth = t.subtract(1, 'month');
  const lastYear = t.subtract(1, 'year');
  return [
    { key: 'thisYear', period: defaultPeriod(today) },
    { key: 'thisQuarter', period: { from: fmt(quarterStart), to: today } },
    { key: 'thisMonth', period: { from: fmt(t.startOf('month')), to: today } },
    { key: 'lastMonth', period: { from: fmt(lastMonth.startOf('month')), to: fmt(lastMonth.endOf('month')) } },
    { key: 'lastYear', period: { from: fmt(lastYear.startOf('year')), to: fmt(lastYear.endOf('year')) } },
  ];
}
