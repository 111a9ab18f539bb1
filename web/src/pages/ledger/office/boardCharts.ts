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

/** The chart's height for `count` bars (readable on a phone, not a wall on a desktop); taller rows for two-line names. */
export const barsHeight = (count: number, rowHeight = 30) => Math.max(180, count * rowHeight + 70);

/** How wide an axis name's line may be, in CJK characters (at 12 px about 120 px: a phone's chart keeps room for bars). */
export const NAME_LINE = 10;

/** A text's width in CJK characters: Latin letters and digits are about half as wide. */
const widthOf = (text: string) => [...text].reduce((sum, ch) => sum + ((ch.codePointAt(0) ?? 0) < 0x100 ? 0.55 : 1), 0);

/** The longest start (or end) of `chars` no wider than `room`. */
function fit(chars: string[], room: number, fromEnd: boolean): string {
  const out: string[] = [];
  let used = 0;
  for (const ch of fromEnd ? [...chars].reverse() : chars) {
    used += widthOf(ch);
    if (used > room) break;
    out.push(ch);
  }
  return (fromEnd ? out.reverse() : out).join('');
}

/**
 * A bar's name on the axis, in at most two lines. Names that differ only at their end — 调度会议定事项（2025年） and
 * 调度会议定事项（2026年） — stay apart: a bracket starts the second line, and a name too long for two lines keeps its
 * end ("…" stands for the middle). The tooltip shows the name in full.
 */
export function axisName(name: string, perLine = NAME_LINE): string {
  if (widthOf(name) <= perLine) return name;
  const byWords = wordLines(name, perLine);
  if (byWords !== null) return byWords;
  const bracket = name.search(/[（(]/);
  if (bracket > 0 && widthOf(name.slice(0, bracket)) <= perLine && widthOf(name.slice(bracket)) <= perLine) {
    return `${name.slice(0, bracket)}\n${name.slice(bracket)}`;
  }
  const chars = [...name];
  const first = fit(chars, perLine, false);
  const rest = chars.slice([...first].length);
  const second = widthOf(rest.join('')) <= perLine ? rest.join('') : `…${fit(rest, perLine - 1, true)}`;
  return `${first}\n${second}`;
}

/**
 * A name written with spaces (an English one) broken between its words: "Market Regulation Administration" is not cut
 * inside a word. Too long for two lines, the second line goes on with the next words and ends in "…" — or, when the
 * name ends in brackets (sources of one kind told apart by their year), shows "…" and the words at the end. Null when
 * a word alone is too wide for a line (then it is cut like a Chinese name).
 */
function wordLines(name: string, perLine: number): string | null {
  const words = name.trim().split(/\s+/);
  if (words.length < 2 || words.some((w) => widthOf(w) > perLine - 1)) return null;
  const lines = [words[0]!];
  for (const word of words.slice(1)) {
    const last = lines[lines.length - 1]!;
    if (widthOf(`${last} ${word}`) <= perLine) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  if (lines.length <= 2) return lines.join('\n');
  const rest = words.slice(lines[0]!.split(' ').length);
  const kept: string[] = [];
  const keepEnd = /[)）]$/.test(name);
  for (const word of keepEnd ? [...rest].reverse() : rest) {
    const next = keepEnd ? [word, ...kept] : [...kept, word];
    if (widthOf(`${next.join(' ')} …`) > perLine) break;
    kept.splice(0, kept.length, ...next);
  }
  return `${lines[0]}\n${keepEnd ? `… ${kept.join(' ')}` : `${kept.join(' ')} …`}`;
}

/** Whether any name needs two lines on the axis (then the rows are drawn taller). */
export const twoLineNames = (rows: readonly { name: string }[], perLine = NAME_LINE) =>
  rows.some((r) => widthOf(r.name) > perLine);

export function lightsOption(rows: readonly LitRow[], words: Record<Light, string>): EChartsOption {
  return {
    // The axis tooltip is headed by the category: the name in full.
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, confine: true },
    legend: { bottom: 0, itemWidth: 12, itemHeight: 12 },
    grid: { left: 8, right: 16, top: 8, bottom: 36, containLabel: true },
    xAxis: { type: 'value', minInterval: 1 },
    yAxis: {
      type: 'category',
      inverse: true,
      data: rows.map((r) => r.name),
      axisLabel: { formatter: (name: string) => axisName(name), lineHeight: 14, interval: 0 },
    },
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
