import { describe, expect, it } from 'vitest';
import { axisName, barsHeight, closedByMonthOption, lightsOption, twoLineNames, worstFirst } from './boardCharts.ts';

const row = (name: string, red: number, amber: number, green: number, done: number) => ({ name, red, amber, green, done });
const words = { red: '逾期', amber: '临期预警', green: '正常推进', done: '已销号' };

describe('the board’s charts', () => {
  it('puts the units with the most overdue first, then at risk, and leaves out the ones without tasks', () => {
    const rows = [row('甲', 0, 2, 5, 1), row('乙', 3, 0, 1, 0), row('丙', 0, 0, 0, 0), row('丁', 0, 2, 7, 0)];
    expect(worstFirst(rows).map((r) => r.name)).toEqual(['乙', '丁', '甲']);
    expect(worstFirst(rows, 1).map((r) => r.name)).toEqual(['乙']);
  });

  it('stacks the four lights in their colours, worst first, one bar per row', () => {
    const option = lightsOption([row('甲', 1, 2, 3, 4)], words);
    const series = option.series as { name: string; stack: string; data: number[] }[];
    expect(series.map((s) => s.name)).toEqual(['逾期', '临期预警', '正常推进', '已销号']);
    expect(series.map((s) => s.data[0])).toEqual([1, 2, 3, 4]);
    expect(new Set(series.map((s) => s.stack)).size).toBe(1);
  });

  it('keeps source names apart on the axis: two lines at most, the end kept, the full name in the tooltip', () => {
    const sources = [
      '调度会议定事项（2025年）',
      '调度会议定事项（2026年）',
      '呼和浩特市以更优营商环境服务市场主体实施方案',
      '市委、市政府主要领导批示和会议交办事项（2026年）',
      '市优化营商环境实施方案（MWZ1NHEJ）',
      '企业反映问题（2026年）',
    ];
    const labels = sources.map((name) => axisName(name));
    expect(labels[0]).toBe('调度会议定事项\n（2025年）');
    expect(labels[1]).toBe('调度会议定事项\n（2026年）');
    expect(labels[2]).toBe('呼和浩特市以更优营商\n…务市场主体实施方案');
    expect(labels[3]).toMatch(/^市委、市政府主要领导\n….*（2026年）$/);
    expect(new Set(labels).size).toBe(sources.length);
    for (const label of labels) expect(label.split('\n').length).toBeLessThanOrEqual(2);
    expect(axisName('税务局')).toBe('税务局');
    // English names break between words, not inside one; a long one goes on to "…", or keeps its bracketed end.
    expect(axisName('Market Regulation Administration')).toBe('Market Regulation\nAdministration');
    expect(axisName('Housing and Urban-Rural Development Bureau')).toBe('Housing and\nUrban-Rural …');
    expect(axisName('Decisions of the dispatch meeting (2025)')).toBe('Decisions of the\n… meeting (2025)');
    expect(axisName('Decisions of the dispatch meeting (2026)')).toBe('Decisions of the\n… meeting (2026)');
    expect(axisName('Transport Bureau')).toBe('Transport Bureau');
    for (const name of ['Market Regulation Administration', 'Housing and Urban-Rural Development Bureau', 'Government Services and Data Administration', 'Decisions of the dispatch meeting (2025)']) {
      const lines = axisName(name).split('\n');
      expect(lines.length).toBeLessThanOrEqual(2);
      // Every word shown is whole: a word of the name, or the ellipsis.
      for (const word of lines.join(' ').split(' ')) expect(['…', ...name.split(' ')]).toContain(word);
    }
    expect(twoLineNames([{ name: '税务局' }, { name: '不动产登记中心' }])).toBe(false);
    expect(twoLineNames(sources.map((name) => ({ name })))).toBe(true);

    const option = lightsOption(sources.map((name) => row(name, 1, 0, 0, 0)), words);
    const yAxis = option.yAxis as { data: string[]; axisLabel: { formatter: (name: string) => string } };
    // The axis holds the names in full (the tooltip's heading); only the label is shortened.
    expect(yAxis.data).toEqual(sources);
    expect(yAxis.axisLabel.formatter(sources[0]!)).toBe(labels[0]);
  });

  it('labels the months and grows with the number of bars', () => {
    const option = closedByMonthOption([{ month: '2026-03', closed: 4 }], { closed: '销号', monthLabel: (m) => `${Number(m.slice(5))}月` });
    expect((option.xAxis as { data: string[] }).data).toEqual(['3月']);
    expect(barsHeight(1)).toBe(180);
    expect(barsHeight(20)).toBe(670);
    expect(barsHeight(8, 40)).toBe(390);
  });
});
