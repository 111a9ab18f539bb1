// The 好差评 figures as the office reads them: rates as percentages ("—" when there is nothing to divide
// by), the KPI cards of the total, the default period and where a row of the table drills down to.
import type { MetricGroup, MetricsRow } from '../../../../../common/api/evaluations.ts';

/** A rate (0–1) as "85.3%"; null (nothing to divide by) as "—". */
export function percent(value: number | null | undefined, digits = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const factor = 10 ** digits;
  const rounded = Math.round(value * 100 * factor) / factor;
  return `${rounded.toFixed(digits).replace(/\.0+$/, '')}%`;
}

/** A rate (0–1) as a number of percent for a chart (one decimal), null kept as a gap. */
export const percentValue = (value: number | null | undefined): number | null =>
  value === null || value === undefined || !Number.isFinite(value) ? null : Math.round(value * 1000) / 10;

export type KpiKey =
  | 'rated'
  | 'ratingRate'
  | 'satisfaction'
  | 'bad'
  | 'callbackRate'
  | 'rectifyRate'
  | 'realNameBadRate'
  | 'onTimeRate';

export interface Kpi {
  key: KpiKey;
  value: string;
  /** A second figure under the value (差评率 under 差评数, the counts behind a rate). */
  detail: string | null;
  /** Good or bad against the usual targets, so the card can say so (with words, not colour alone). */
  tone: 'good' | 'bad' | null;
}

const below = (value: number | null, target: number) =>
  value === null ? null : value < target ? ('bad' as const) : ('good' as const);

/** The eight cards of the overview, in order. The one national target is 实名差评回访整改率 100%. */
export function kpisOf(total: MetricsRow): Kpi[] {
  const ratio = (a: number, b: number) => (b > 0 ? `${a} / ${b}` : null);
  return [
    { key: 'rated', value: String(total.rated), detail: null, tone: null },
    {
      key: 'ratingRate',
      value: percent(total.ratingRate),
      // The counts the rate is made of: invitations rated of invitations made (ratings nobody invited do not count).
      detail: ratio(total.answered, total.invited),
      tone: null,
    },
    { key: 'satisfaction', value: percent(total.satisfaction), detail: null, tone: null },
    { key: 'bad', value: String(total.bad), detail: percent(total.badRate), tone: null },
    {
      key: 'callbackRate',
      value: percent(total.callbackRate),
      detail: ratio(total.calledBack, total.bad),
      tone: null,
    },
    {
      key: 'rectifyRate',
      value: percent(total.rectifyRate),
      detail: ratio(total.rectified, total.bad),
      tone: null,
    },
    {
      key: 'realNameBadRate',
      value: percent(total.realNameBadRate),
      detail: ratio(total.realNameBadClosed, total.realNameBad),
      tone: below(total.realNameBadRate, 1),
    },
    {
      key: 'onTimeRate',
      value: percent(total.onTimeRate),
      detail: ratio(total.loopsOnTime, total.loopsClosed),
      tone: null,
    },
  ];
}

const pad = (n: number) => String(n).padStart(2, '0');
export const isoDay = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** This year so far: 1 January to today (the reader's calendar). */
export function thisYear(now: Date = new Date()): { from: string; to: string } {
  return { from: `${now.getFullYear()}-01-01`, to: isoDay(now) };
}

/** Presets of the period picker. */
export function periodPresets(
  now: Date = new Date(),
): { key: 'thisYear' | 'lastYear' | 'last12Months' | 'thisMonth'; from: string; to: string }[] {
  const y = now.getFullYear();
  const yearAgo = new Date(y, now.getMonth() - 11, 1);
  return [
    { key: 'thisYear', ...thisYear(now) },
    { key: 'lastYear', from: `${y - 1}-01-01`, to: `${y - 1}-12-31` },
    { key: 'last12Months', from: isoDay(yearAgo), to: isoDay(now) },
    { key: 'thisMonth', from: `${y}-${pad(now.getMonth() + 1)}-01`, to: isoDay(now) },
  ];
}

/** The first and last day of a month key "2026-03"; null when the key is not a month. */
export function monthRange(key: string): { from: string; to: string } | null {
  const match = /^(\d{4})-(\d{2})$/.exec(key);
  if (!match) return null;
  const y = Number(match[1]);
  const m = Number(match[2]);
  if (m < 1 || m > 12) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${match[1]}-${match[2]}-01`, to: `${match[1]}-${match[2]}-${pad(last)}` };
}

/**
 * The ratings behind one row of the table: the row's department, item, hall, channel or month,
 * within the overview's period (a month is cut to the period where they overlap).
 */
export function drillParams(
  groupBy: MetricGroup,
  key: string,
  period: { from?: string; to?: string },
): URLSearchParams | null {
  const params = new URLSearchParams();
  const setPeriod = (from?: string, to?: string) => {
    if (from) params.set('from', from);
    if (to) params.set('to', to);
  };
  switch (groupBy) {
    case 'department':
      params.set('departmentId', key);
      break;
    case 'item':
      params.set('itemCode', key);
      break;
    case 'hall':
      params.set('hallId', key);
      break;
    case 'channel':
      params.set('channel', key);
      break;
    case 'month': {
      const month = monthRange(key);
      if (!month) return null;
      const from = period.from && period.from > month.from ? period.from : month.from;
      const to = period.to && period.to < month.to ? period.to : month.to;
      if (from > to) return null;
      setPeriod(from, to);
      return params;
    }
  }
  if (!key) return null;
  setPeriod(period.from, period.to);
  return params;
}
