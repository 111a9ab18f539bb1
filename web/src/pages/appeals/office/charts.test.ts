import { describe, expect, it } from 'vitest';
import type { HotspotItem } from '../../../api/appeals-public.ts';
import { bucketLabel, categoryAreaMatrix, categoryAreaOption, inLanguage, trendOption } from './charts.ts';

const item = (categoryCode: string, areaCode: string, count: number): HotspotItem => ({
  categoryCode,
  categoryName: `类${categoryCode}`,
  categoryNameEn: `Category ${categoryCode}`,
  areaCode,
  areaName: `区${areaCode}`,
  areaNameEn: `District ${areaCode}`,
  count,
  previous: 0,
  change: count,
  changeRate: null,
  series: [count],
});

describe('the hot-spot charts', () => {
  const items = [item('A', '1', 5), item('B', '1', 9), item('A', '2', 7), item('C', '3', 1), item('B', '2', 0)];

  it('names categories and areas in English for an English reader, falling back to Chinese', () => {
    const items = [item('A', 'X', 2), { ...item('B', 'Y', 1), categoryNameEn: '', areaNameEn: null }];
    expect(inLanguage(items, 'zh')).toEqual(items);
    expect(inLanguage(items, 'en').map((i) => [i.categoryName, i.areaName])).toEqual([['Category A', 'District X'], ['类B', '区Y']]);
    expect(categoryAreaMatrix(inLanguage(items, 'en')).categories.map((c) => c.name)).toEqual(['Category A', '类B']);
  });

  it('builds the category × area table, busiest first, with zeros for the pairs not there', () => {
    const m = categoryAreaMatrix(items);
    expect(m.categories.map((c) => [c.code, c.total])).toEqual([['A', 12], ['B', 9], ['C', 1]]);
    expect(m.areas.map((a) => [a.code, a.total])).toEqual([['1', 14], ['2', 7], ['3', 1]]);
    expect(m.counts).toEqual([
      [5, 9, 0],
      [7, 0, 0],
      [0, 0, 1],
    ]);
  });

  it('cuts to the busiest categories and drops areas left without a bar', () => {
    const m = categoryAreaMatrix(items, 2);
    expect(m.categories.map((c) => c.code)).toEqual(['A', 'B']);
    expect(m.areas.map((a) => a.code)).toEqual(['1', '2']);
  });

  it('stacks one series per area on the category axis', () => {
    const option = categoryAreaOption(categoryAreaMatrix(items), { countName: '工单数' });
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => [s.name, s.stack, s.data])).toEqual([
      ['区1', 'area', [5, 9, 0]],
      ['区2', 'area', [7, 0, 0]],
      ['区3', 'area', [0, 0, 1]],
    ]);
    expect((option.yAxis as { data: string[] }).data).toEqual(['类A', '类B', '类C']);
  });

  it('draws the total and the busiest categories over the buckets', () => {
    const reply = { buckets: ['2026-03-02', '2026-03-09'], bucket: 'week' as const, total: { count: 9, previous: 4, change: 5, changeRate: 1.25, series: [4, 5] } };
    const cats = [item('A', '', 6), item('B', '', 3)].map((c) => ({ ...c, areaCode: null, areaName: null, series: [c.count - 1, 1] }));
    const option = trendOption(reply, cats, { totalName: '全部工单' }, 1);
    expect((option.xAxis as { data: string[] }).data).toEqual(['03-02', '03-09']);
    expect((option.series as { name: string; data: number[] }[]).map((s) => [s.name, s.data])).toEqual([
      ['全部工单', [4, 5]],
      ['类A', [5, 1]],
    ]);
    expect(bucketLabel('2026-03-01', 'month')).toBe('2026-03');
  });
});
