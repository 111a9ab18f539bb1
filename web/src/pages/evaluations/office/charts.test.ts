import { describe, expect, it } from 'vitest';
import type { MetricsRow } from '../../../../../common/api/evaluations.ts';
import {
  badRateRanking,
  departmentBadRateOption,
  LEVEL_CHART_COLORS,
  levelDistributionOption,
  monthlyTrendOption,
} from './charts.ts';

const row = (key: string, over: Partial<MetricsRow> = {}): MetricsRow => ({
  key,
  label: key,
  invited: 0,
  answered: 0,
  rated: 0,
  ratingRate: null,
  levels: [0, 0, 0, 0, 0],
  satisfaction: null,
  bad: 0,
  badRate: null,
  calledBack: 0,
  callbackRate: null,
  rectified: 0,
  rectifyRate: null,
  realNameBad: 0,
  realNameBadClosed: 0,
  realNameBadRate: null,
  loopsClosed: 0,
  loopsOnTime: 0,
  onTimeRate: null,
  ...over,
});

// The options are plain data; read the parts under test without ECharts' wide union types.
type Series = { type: string; name?: string; data: unknown[]; yAxisIndex?: number };
const seriesOf = (option: unknown) => (option as { series: Series[] }).series;
const names = ['非常不满意', '不满意', '基本满意', '满意', '非常满意'];

describe('levelDistributionOption', () => {
  it('draws one slice per level, 非常满意 first, coloured as the level tags', () => {
    const option = levelDistributionOption(row('total', { levels: [2, 3, 10, 40, 45] }), {
      levelNames: names,
      seriesName: '评价等级',
    });
    const [pie] = seriesOf(option);
    expect(pie?.type).toBe('pie');
    expect(pie?.data).toEqual([
      { name: '非常满意', value: 45, itemStyle: { color: LEVEL_CHART_COLORS[4] } },
      { name: '满意', value: 40, itemStyle: { color: LEVEL_CHART_COLORS[3] } },
      { name: '基本满意', value: 10, itemStyle: { color: LEVEL_CHART_COLORS[2] } },
      { name: '不满意', value: 3, itemStyle: { color: LEVEL_CHART_COLORS[1] } },
      { name: '非常不满意', value: 2, itemStyle: { color: LEVEL_CHART_COLORS[0] } },
    ]);
    expect(LEVEL_CHART_COLORS[0]).toBe('#cf1322');
  });

  it('keeps empty levels so the legend is whole', () => {
    const [pie] = seriesOf(levelDistributionOption(row('total'), { levelNames: names, seriesName: 's' }));
    expect(pie?.data).toHaveLength(5);
  });
});

describe('departmentBadRateOption', () => {
  const rows = [
    row('a', { label: '市场监管局', badRate: 0.05, bad: 5 }),
    row('b', { label: '税务局', badRate: null }),
    row('c', { label: '人社局', badRate: 0.125, bad: 2 }),
    row('d', { label: '公安局', badRate: 0.05, bad: 9 }),
    row('e', { label: '住建局', badRate: 0 }),
  ];

  it('ranks departments by 差评率 (then by 差评数), leaving out those with nothing rated', () => {
    expect(badRateRanking(rows).map((r) => r.key)).toEqual(['c', 'd', 'a', 'e']);
    expect(badRateRanking(rows, 2).map((r) => r.key)).toEqual(['c', 'd']);
  });

  it('draws the rates in percent, highest at the top', () => {
    const option = departmentBadRateOption(rows, { seriesName: '差评率' }) as {
      yAxis: { data: string[]; inverse: boolean };
    };
    expect(option.yAxis.data).toEqual(['人社局', '公安局', '市场监管局', '住建局']);
    expect(option.yAxis.inverse).toBe(true);
    expect(seriesOf(option)[0]?.data).toEqual([12.5, 5, 5, 0]);
  });

  it('is empty for no rows', () => {
    expect(seriesOf(departmentBadRateOption([], { seriesName: 's' }))[0]?.data).toEqual([]);
  });
});

describe('monthlyTrendOption', () => {
  it('draws ratings and 差评率 per month, in month order, a month without ratings as a gap', () => {
    const option = monthlyTrendOption(
      [
        row('2026-03', { label: '2026年3月', rated: 30, badRate: 0.1 }),
        row('2026-01', { label: '2026年1月', rated: 20, badRate: 0.05 }),
        row('2026-02', { label: '2026年2月', rated: 0, badRate: null }),
      ],
      { ratedName: '评价数', badRateName: '差评率' },
    ) as { xAxis: { data: string[] } };
    expect(option.xAxis.data).toEqual(['2026年1月', '2026年2月', '2026年3月']);
    const [rated, badRate] = seriesOf(option);
    expect(rated).toMatchObject({ name: '评价数', type: 'line', yAxisIndex: 0, data: [20, 0, 30] });
    expect(badRate).toMatchObject({ name: '差评率', type: 'line', yAxisIndex: 1, data: [5, null, 10] });
  });
});
