// The public satisfaction page, as pure logic: the period presets, sorting the departments (a missing
// rate always last), and rates as percentages. The page and its tests use it.
import dayjs from 'dayjs';
import type { PublicSatisfactionReply } from '../../../api/evaluations.ts';

export type DepartmentRow = PublicSatisfactionReply['departments'][number];

export const PERIODS = ['last12', 'last3', 'thisYear', 'lastYear'] as const;
export type Period = (typeof PERIODS)[number];
export const readPeriod = (value: string | null): Period =>
  (PERIODS as readonly string[]).includes(value ?? '') ? (value as Period) : 'last12';

/**
 * The query of a period ending today (YYYY-MM-DD): the last 12 months are the server's default, so
 * they send no dates; the others name both ends.
 */
export function periodQuery(period: Period, today: string): { from?: string; to?: string } {
  const day = dayjs(today);
  const fmt = (value: dayjs.Dayjs) => value.format('YYYY-MM-DD');
  switch (period) {
    case 'last12':
      return {};
    case 'last3':
      return { from: fmt(day.subtract(3, 'month').add(1, 'day')), to: fmt(day) };
    case 'thisYear':
      return { from: fmt(day.startOf('year')), to: fmt(day) };
    case 'lastYear': {
      const last = day.subtract(1, 'year');
      return { from: fmt(last.startOf('year')), to: fmt(last.endOf('year')) };
    }
  }
}

export const SORT_KEYS = ['satisfaction', 'goodRate', 'rated', 'bad', 'realNameBadRate'] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortOrder = 'ascend' | 'descend';

/**
 * The departments by a figure (most satisfied first by default); departments without a figure (no
 * ratings) go last whichever way. Ties put the department with more ratings first (a 100% of 300 ratings
 * before a 100% of 3), then keep the name order (the locale's collation).
 */
export function sortDepartments(
  rows: readonly DepartmentRow[],
  key: SortKey = 'satisfaction',
  order: SortOrder = 'descend',
): DepartmentRow[] {
  const sign = order === 'ascend' ? 1 : -1;
  return [...rows].sort((a, b) => {
    const x = a[key];
    const y = b[key];
    const byName = () => b.rated - a.rated || a.name.localeCompare(b.name, 'zh-CN');
    if (x === null && y === null) return byName();
    if (x === null) return 1;
    if (y === null) return -1;
    return sign * (x - y) || byName();
  });
}

/** A rate (0–1) as a percentage with one decimal: 0.9523 → "95.2%"; none → "—". */
export function percent(value: number | null): string {
  if (value === null || !Number.isFinite(value)) return '—';
  return `${Math.round(value * 1000) / 10}%`;
}

/** The colour of a satisfaction figure on this page: 95% and up good, 80% and up fair, below that poor. */
export function satisfactionTone(value: number | null): 'good' | 'fair' | 'poor' | 'none' {
  if (value === null) return 'none';
  if (value >= 0.95) return 'good';
  if (value >= 0.8) return 'fair';
  return 'poor';
}
