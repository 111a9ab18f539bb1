import { describe, expect, it } from 'vitest';
import { barsHeight, closedByMonthOption, lightsOption, worstFirst } from './boardCharts.ts';

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

  it('labels the months and grows with the number of bars', () => {
    const option = closedByMonthOption([{ month: '2026-03', closed: 4 }], { closed: '销号', monthLabel: (m) => `${Number(m.slice(5))}月` });
    expect((option.xAxis as { data: string[] }).data).toEqual(['3月']);
    expect(barsHeight(1)).toBe(180);
    expect(barsHeight(20)).toBe(670);
  });
});
