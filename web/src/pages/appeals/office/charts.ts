// ECharts options of 接诉即办分析, built from the hot-spot replies alone (pure: the words come in as arguments):
// tickets by category × area as stacked bars (a category per bar, an area per colour), and the trend over the
// period's weeks or months (all tickets, and the busiest categories). Tested in charts.test.ts.
import type { EChartsOption } from 'echarts';
import type { HotspotItem, HotspotsReply } from '../../../api/appeals-public.ts';

/** The items with their category and area names in the reader's language (English falls back to Chinese). */
export function inLanguage<T extends Pick<HotspotItem, 'categoryName' | 'categoryNameEn' | 'areaName' | 'areaNameEn'>>(items: readonly T[], lang: 'zh' | 'en'): T[] {
  if (lang === 'zh') return [...items];
  return items.map((i) => ({ ...i, categoryName: i.categoryNameEn || i.categoryName, areaName: i.areaNameEn || i.areaName }));
}

/** A reply with its items' names in the reader's language. */
export const replyInLanguage = (reply: HotspotsReply, lang: 'zh' | 'en'): HotspotsReply => ({ ...reply, items: inLanguage(reply.items, lang) });

export interface Matrix {
  categories: { code: string; name: string; total: number }[];
  areas: { code: string; name: string; total: number }[];
  /** counts[area][category], aligned with the two lists. */
  counts: number[][];
}

/**
 * The category × area table of a `categoryArea` reply: categories by total (most first, at most `limit`),
 * areas by total; pairs the reply left out (beyond its top N) are not guessed at.
 */
export function categoryAreaMatrix(items: readonly HotspotItem[], limit = 10): Matrix {
  const categoryTotals = new Map<string, { code: string; name: string; total: number }>();
  const areaTotals = new Map<string, { code: string; name: string; total: number }>();
  for (const item of items) {
    if (item.categoryCode === null || item.areaCode === null) continue;
    const c = categoryTotals.get(item.categoryCode) ?? { code: item.categoryCode, name: item.categoryName ?? item.categoryCode, total: 0 };
    c.total += item.count;
    categoryTotals.set(c.code, c);
    const a = areaTotals.get(item.areaCode) ?? { code: item.areaCode, name: item.areaName ?? item.areaCode, total: 0 };
    a.total += item.count;
    areaTotals.set(a.code, a);
  }
  const byTotal = <T extends { code: string; total: number }>(a: T, b: T) => b.total - a.total || a.code.localeCompare(b.code);
  const categories = [...categoryTotals.values()].sort(byTotal).slice(0, limit);
  const shownCategories = new Set(categories.map((c) => c.code));
  // Areas that only appear with categories cut off by the limit are left out too.
  const areas = [...areaTotals.values()]
    .filter((a) => items.some((i) => i.areaCode === a.code && i.categoryCode !== null && shownCategories.has(i.categoryCode)))
    .sort(byTotal);
  const counts = areas.map((a) => categories.map((c) => items.find((i) => i.areaCode === a.code && i.categoryCode === c.code)?.count ?? 0));
  return { categories, areas, counts };
}

/** 热点分布: a horizontal bar per category (the busiest at the top), stacked by area. */
export function categoryAreaOption(matrix: Matrix, words: { countName: string }): EChartsOption {
  return {
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    legend: { type: 'scroll', bottom: 0, itemWidth: 12, itemHeight: 12 },
    grid: { left: 8, right: 24, top: 8, bottom: 40, containLabel: true },
    xAxis: { type: 'value', name: words.countName, nameLocation: 'middle', nameGap: 24, minInterval: 1 },
    yAxis: { type: 'category', inverse: true, data: matrix.categories.map((c) => c.name), axisLabel: { width: 120, overflow: 'truncate' } },
    series: matrix.areas.map((area, i) => ({
      name: area.name,
      type: 'bar',
      stack: 'area',
      emphasis: { focus: 'series' },
      data: matrix.counts[i]!,
    })),
  };
}

/** A bucket's label on the axis: "03-02" for a week (its Monday), "2026-03" for a month. */
export const bucketLabel = (day: string, bucket: 'week' | 'month') => (bucket === 'month' ? day.slice(0, 7) : day.slice(5));

/** 趋势: all tickets as a bold line with its area shaded, and the busiest categories as thin lines. */
export function trendOption(total: Pick<HotspotsReply, 'buckets' | 'bucket' | 'total'>, categories: readonly HotspotItem[], words: { totalName: string }, limit = 5): EChartsOption {
  const lines = categories.filter((c) => c.categoryCode !== null).slice(0, limit);
  return {
    tooltip: { trigger: 'axis', confine: true },
    legend: { type: 'scroll', bottom: 0, itemWidth: 14, itemHeight: 8 },
    grid: { left: 8, right: 16, top: 16, bottom: 40, containLabel: true },
    xAxis: { type: 'category', boundaryGap: false, data: total.buckets.map((b) => bucketLabel(b, total.bucket)) },
    yAxis: { type: 'value', minInterval: 1 },
    series: [
      { name: words.totalName, type: 'line', data: total.total.series, lineStyle: { width: 3 }, areaStyle: { opacity: 0.08 }, symbolSize: 6 },
      ...lines.map((c) => ({ name: c.categoryName ?? c.categoryCode ?? '', type: 'line' as const, data: c.series, lineStyle: { width: 1.5 }, symbolSize: 4 })),
    ],
  };
}
