// ECharts options of the 好差评 overview, built from the metrics reply alone (pure: the words come in as
// arguments). Rates are drawn in percent; a rate with nothing to divide by is left out, never drawn as 0.
import type { EChartsOption } from 'echarts';
import type { MetricsRow } from '../../../../../common/api/evaluations.ts';
import { percentValue } from './metrics.ts';

/** Level colours, index 0 = level 1 (非常不满意, red) … index 4 = level 5 (非常满意, green); as the level tags. */
export const LEVEL_CHART_COLORS = ['#cf1322', '#fa8c16', '#d4b106', '#13c2c2', '#389e0d'] as const;

const percentFormatter = (value: unknown) => (typeof value === 'number' ? `${value}%` : '—');

/** 评价等级分布: one slice per level, 非常满意 first; empty levels kept so the legend stays whole. */
export function levelDistributionOption(
  row: Pick<MetricsRow, 'levels'>,
  words: { levelNames: readonly string[]; seriesName: string },
): EChartsOption {
  const data = [4, 3, 2, 1, 0].map((i) => ({
    name: words.levelNames[i] ?? String(i + 1),
    value: row.levels[i] ?? 0,
    itemStyle: { color: LEVEL_CHART_COLORS[i] },
  }));
  const counts = new Map(data.map((d) => [d.name, d.value]));
  // The small slices' labels would crowd each other round the ring: the legend carries the counts, and the
  // slice under the pointer shows its share in the middle.
  return {
    tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
    legend: {
      bottom: 0,
      itemWidth: 12,
      itemHeight: 12,
      itemGap: 12,
      formatter: (name: string) => `${name} ${counts.get(name) ?? 0}`,
    },
    series: [
      {
        name: words.seriesName,
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '40%'],
        avoidLabelOverlap: true,
        label: { show: false, position: 'center' },
        labelLine: { show: false },
        emphasis: { label: { show: true, formatter: '{b}\n{d}%', fontSize: 14, fontWeight: 'bold' } },
        data,
      },
    ],
  };
}

/** The rows with a 差评率, highest first, at most `limit` of them. */
export function badRateRanking(rows: readonly MetricsRow[], limit = 15): MetricsRow[] {
  return rows
    .filter((r) => r.badRate !== null && Number.isFinite(r.badRate))
    .sort((a, b) => (b.badRate ?? 0) - (a.badRate ?? 0) || b.bad - a.bad || a.label.localeCompare(b.label))
    .slice(0, limit);
}

/** 各部门差评率: a horizontal bar per department, the highest at the top. */
export function departmentBadRateOption(
  rows: readonly MetricsRow[],
  words: { seriesName: string },
  limit = 15,
): EChartsOption {
  const ranked = badRateRanking(rows, limit);
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: percentFormatter },
    grid: { left: 8, right: 48, top: 8, bottom: 8, containLabel: true },
    // Every bar carries its own figure: the axis' numbers would only crowd a phone's narrow chart.
    xAxis: { type: 'value', axisLabel: { show: false }, min: 0 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: ranked.map((r) => r.label),
      axisLabel: { width: 180, overflow: 'truncate' },
    },
    series: [
      {
        name: words.seriesName,
        type: 'bar',
        data: ranked.map((r) => percentValue(r.badRate)),
        itemStyle: { color: '#fa8c16' },
        label: { show: true, position: 'right', formatter: '{c}%' },
        barMaxWidth: 22,
      },
    ],
  };
}

/** 月度趋势: ratings per month (left axis) and the 差评率 (right axis, percent), months in order. */
export function monthlyTrendOption(
  rows: readonly MetricsRow[],
  words: { ratedName: string; badRateName: string },
): EChartsOption {
  const months = [...rows].sort((a, b) => a.key.localeCompare(b.key));
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 8, right: 8, top: 40, bottom: 32, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: months.map((r) => r.label || r.key) },
    yAxis: [
      // The axes' names run inwards from their axis, so a long one (English) is not cut at the chart's edge.
      { type: 'value', name: words.ratedName, minInterval: 1, min: 0, nameTextStyle: { align: 'left' } },
      {
        type: 'value',
        name: words.badRateName,
        nameTextStyle: { align: 'right' },
        min: 0,
        axisLabel: { formatter: '{value}%' },
        splitLine: { show: false },
      },
    ],
    series: [
      {
        name: words.ratedName,
        type: 'line',
        yAxisIndex: 0,
        // Straight segments: a smoothed curve would dip and peak where no month did.
        smooth: false,
        data: months.map((r) => r.rated),
        itemStyle: { color: '#1677ff' },
      },
      {
        name: words.badRateName,
        type: 'line',
        yAxisIndex: 1,
        smooth: false,
        connectNulls: false,
        data: months.map((r) => percentValue(r.badRate)),
        itemStyle: { color: '#cf1322' },
        tooltip: { valueFormatter: percentFormatter },
      },
    ],
  };
}
