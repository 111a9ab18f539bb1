// ECharts options of the ledger board, built from the board's reply alone (pure: the words come in as arguments):
// lights by unit and by source as stacked horizontal bars (red, amber, green, closed, worst first), and the tasks
// closed per month. Tested in boardCharts.test.ts.
import type { EChartsOption } from 'echarts';
import type { Light } from '../../../../../common/ledger/vocabulary.ts';
import { LIGHT_COLORS, LIGHT_ORDER } from '../labels.ts';

export interface LitRow {
  name: string;
  red: number;
  amber: number;
  green: number;
  done: number;
}

/** Rows with the most trouble first (overdue, then at risk, then open), at most `limit`. */
export function worstFirst<T extends LitRow>(rows: readonly T[], limit = 15): T[] {
  return [...rows]
    .filter((r) => r.red + r.amber + r.green + r.done > 0)
    .sort((a, b) => b.red - a.red || b.amber - a.amber || b.green + b.red + b.amber - (a.green + a.red + a.amber) || a.name.localeCompare(b.name))
    .slice(0, limit);
}

/** The chart's height for `count` bars (readable on a phone, not a wall on a desktop). */
export const barsHeight = (count: number) => Math.max(180, count * 30 + 70);

export function lightsOption(rows: readonly LitRow[], words: Record<Light, string>): EChartsOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 12 },
    grid: { left: 8, right: 16, top: 8, bottom: 36, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.name), axisLabel: { width: 110, overflow: 'truncate' } },
    series: LIGHT_ORDER.map((light) => ({
      name: words[light],
      type: 'bar' as const,
      stack: 'lights',
      itemStyle: { color: LIGHT_COLORS[light] },
      emphasis: { focus: 'series' as const },
      barMaxWidth: 26,
      data: rows.map((r) => r[light]),
    })),
  };
}

/** 每月销号: a bar per month ("2026-03" → "3月" in Chinese, "Mar" in English is left to the axis words given). */
export function closedByMonthOption(months: readonly { month: string; closed: number }[], words: { closed: string; monthLabel: (month: string) => string }): EChartsOption {
  return {
    tooltip: { trigger: 'axis', confine: true },
    grid: { left: 8, right: 16, top: 24, bottom: 8, containLabel: true },
    xAxis: { type: 'category', data: months.map((m) => words.monthLabel(m.month)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [{ name: words.closed, type: 'bar', data: months.map((m) => m.closed), itemStyle: { color: LIGHT_COLORS.green }, barMaxWidth: 32, label: { show: true, position: 'top', formatter: (p: { value?: unknown }) => (Number(p.value) > 0 ? String(p.value) : '') } }],
  };
}
