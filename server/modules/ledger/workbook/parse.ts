// Reading a ledger cell the way the office writes it: deadlines in many spellings (2026-06-30, 2026/6/30,
// 2026年6月30日, an Excel date or serial number, and batch deadlines such as "6月" / "2026年6月底" / "年底前" /
// "长期坚持"), progress as "60%" / 0.6 / 60 / "已完成", yes/no cells (是/否/Y/N/√), and units by full name, short
// name or code.
import type { IsoDate } from '../../../../common/calendar/index.ts';
import type { Cell } from './read.ts';
import { textOf } from './read.ts';

type Bilingual = { zh: string; en: string };
export type Parsed<T> = { ok: true; value: T } | { ok: false; message: Bilingual };
const fail = <T>(zh: string, en: string): Parsed<T> => ({ ok: false, message: { zh, en } });

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
const isoOfUtc = (d: Date) => d.toISOString().slice(0, 10);
const endOfMonth = (y: number, m: number) => iso(y, m, new Date(Date.UTC(y, m, 0)).getUTCDate());

function isRealDate(y: number, m: number, d: number) {
  const t = new Date(Date.UTC(y, m - 1, d));
  return y >= 1990 && y <= 2100 && t.getUTCFullYear() === y && t.getUTCMonth() === m - 1 && t.getUTCDate() === d;
}

const CN_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const monthOf = (s: string): number | null => {
  const n = /^\d{1,2}$/.test(s) ? Number(s) : (CN_DIGITS[s] ?? null);
  return n !== null && n >= 1 && n <= 12 ? n : null;
};

/** The year a deadline without one means: the source's period (its start year, or the next if that month is past). */
export interface YearContext {
  periodStart: IsoDate;
  periodEnd: IsoDate;
}

function yearFor(ctx: YearContext, month: number): number {
  const y = Number(ctx.periodStart.slice(0, 4));
  return endOfMonth(y, month) < ctx.periodStart ? y + 1 : y;
}

export interface Deadline {
  date: IsoDate;
  /** A batch deadline's label ("6月", "年底", "长期"), null for a plain date. */
  batch: string | null;
}

const dateMessage = (text: string) =>
  fail<Deadline>(
    `“${text}”不是能识别的日期（可写 2026-06-30、2026年6月30日、6月底、2026年6月 等）`,
    `"${text}" is not a date we can read (write 2026-06-30, 2026年6月30日, 6月底, 2026年6月 …)`,
  );

/** A deadline cell: an exact date, or a batch deadline → the end of that month (or period) with its label. */
export function parseDeadline(c: Cell | undefined, ctx: YearContext): Parsed<Deadline> {
  if (c instanceof Date) return Number.isNaN(c.getTime()) ? dateMessage(String(c)) : { ok: true, value: { date: isoOfUtc(c), batch: null } };
  if (typeof c === 'number') {
    // Excel serial days (1990–2100); anything else is not a date.
    if (c < 32874 || c > 73415) return dateMessage(String(c));
    return { ok: true, value: { date: isoOfUtc(new Date(Date.UTC(1899, 11, 30) + Math.floor(c) * 86_400_000)), batch: null } };
  }
  const raw = textOf(c);
  const s = raw.replace(/\s+/g, '').replace(/[前以内之]+$/, '');
  let m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})[日号]?(?:[T ].*)?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isRealDate(y, mo, d) ? { ok: true, value: { date: iso(y, mo, d), batch: null } } : dateMessage(raw);
  }
  // 2026年6月底 · 2026年6月 · 2026-06 · 2026/6
  m = /^(\d{4})(?:年|[-/.])(\d{1,2}|十[一二]?|[一二三四五六七八九])(?:月(?:份|底|末|中旬|下旬)?)?$/.exec(s);
  if (m) {
    const month = monthOf(m[2]!);
    const y = Number(m[1]);
    if (month && y >= 1990 && y <= 2100) return { ok: true, value: { date: endOfMonth(y, month), batch: `${month}月` } };
    return dateMessage(raw);
  }
  // 6月 · 6月底 · 六月底 · 6月份
  m = /^(\d{1,2}|十[一二]?|[一二三四五六七八九])月(?:份|底|末|中旬|下旬)?$/.exec(s);
  if (m) {
    const month = monthOf(m[1]!);
    if (month) return { ok: true, value: { date: endOfMonth(yearFor(ctx, month), month), batch: `${month}月` } };
    return dateMessage(raw);
  }
  // 年底 · 2026年底 · 年末
  m = /^(?:(\d{4})年)?(?:年底|年末|底)$/.exec(s);
  if (m && (m[1] || /^年/.test(s))) {
    const y = m[1] ? Number(m[1]) : Number(ctx.periodEnd.slice(0, 4));
    return { ok: true, value: { date: iso(y, 12, 31), batch: '年底' } };
  }
  if (/^(长期坚持|长期|持续推进|常态化|常态化推进|持续开展)$/.test(s)) return { ok: true, value: { date: ctx.periodEnd, batch: '长期' } };
  return dateMessage(raw || '（空）');
}

/** A start date: exact dates only. */
export function parseDate(c: Cell | undefined, ctx: YearContext): Parsed<IsoDate> {
  const d = parseDeadline(c, ctx);
  if (!d.ok) return d;
  if (d.value.batch) return fail(`开始日期应为具体日期，而不是“${textOf(c)}”`, `A start date must be a day, not "${textOf(c)}"`);
  return { ok: true, value: d.value.date };
}

export interface ProgressCell {
  /** 0–100, or null when the cell says how it goes in words only. */
  progress: number | null;
  /** The cell's words when it is more than a figure (kept as a note on the task's history). */
  text: string | null;
}

/** Progress: 60% · 60 · 0.6 (a percent cell) · 已完成 · or words with a figure in them ("已完成选址，进度60%"). */
export function parseProgress(c: Cell | undefined): Parsed<ProgressCell> {
  const bad = (v: string) => fail<ProgressCell>(`进展“${v}”应在 0% 到 100% 之间`, `progress "${v}" must be between 0% and 100%`);
  if (typeof c === 'number') {
    const v = c > 0 && c <= 1 && !Number.isInteger(c) ? c * 100 : c;
    return v >= 0 && v <= 100 ? { ok: true, value: { progress: Math.round(v), text: null } } : bad(String(c));
  }
  const s = textOf(c);
  if (s === '') return { ok: true, value: { progress: null, text: null } };
  const plain = /^(\d+(?:\.\d+)?)\s*[%％]?$/.exec(s);
  if (plain) {
    const v = Number(plain[1]);
    return v <= 100 ? { ok: true, value: { progress: Math.round(v), text: null } } : bad(s);
  }
  if (/^(已完成|完成|已办结|已销号)$/.test(s)) return { ok: true, value: { progress: 100, text: null } };
  const inText = [...s.matchAll(/(\d+(?:\.\d+)?)\s*[%％]/g)].pop();
  if (inText) {
    const v = Number(inText[1]);
    if (v > 100) return bad(inText[0]);
    return { ok: true, value: { progress: Math.round(v), text: s } };
  }
  return { ok: true, value: { progress: /^(已完成|已全部完成)/.test(s) ? 100 : null, text: s } };
}

const YES = new Set(['是', '需要', 'Y', 'YES', 'TRUE', '√', '✓', '✔']);
const NO = new Set(['否', '不需要', 'N', 'NO', 'FALSE', '×', '✗', '✘']);

/** A yes/no cell (是否报自治区销号): 是/否, Y/N, √ (and a checkbox's true/false); blank is no. */
export function parseYesNo(c: Cell | undefined): Parsed<boolean> {
  if (typeof c === 'boolean') return { ok: true, value: c };
  const s = textOf(c).replace(/\s+/g, '').toUpperCase();
  if (s === '' || NO.has(s)) return { ok: true, value: false };
  if (YES.has(s)) return { ok: true, value: true };
  const raw = textOf(c);
  return fail(`“${raw}”应填“是”或“否”（也可写 Y/N 或 √，空白为否）`, `"${raw}" should be 是 or 否 (or Y/N, √; blank means no)`);
}

export interface UnitInfo {
  id: string;
  code: string;
  name: string;
  shortName?: string | null;
}

/** Finds units by full name, short name or code; "市市场监管局" and "呼和浩特市市场监督管理局" both find 市场监管局. */
export function unitMatcher(units: UnitInfo[], cityPrefix = '呼和浩特市') {
  const byKey = new Map<string, string>();
  const put = (key: string | null | undefined, id: string) => {
    const k = key?.replace(/\s+/g, '').toUpperCase();
    if (k && !byKey.has(k)) byKey.set(k, id);
  };
  // Codes and full names first; short names of county bureaus repeat the city's, so the shorter code wins them.
  const ordered = [...units].sort((a, b) => a.code.length - b.code.length || a.code.localeCompare(b.code));
  for (const u of ordered) put(u.code, u.id);
  for (const u of ordered) put(u.name, u.id);
  for (const u of ordered) put(u.shortName, u.id);
  for (const u of ordered) if (u.name.startsWith(cityPrefix)) put(u.name.slice(cityPrefix.length), u.id);
  return (raw: string): string | null => {
    const k = raw.replace(/\s+/g, '').toUpperCase();
    if (!k) return null;
    return byKey.get(k) ?? (k.startsWith(cityPrefix) ? byKey.get(k.slice(cityPrefix.length)) : undefined) ?? (k.startsWith('市') ? byKey.get(k.slice(1)) : undefined) ?? null;
  };
}

/** A cell listing units: 、 , ， ; ； / and line breaks separate them. */
export const splitUnits = (s: string) =>
  s
    .split(/[、,，;；/\n\r]+/)
    .map((x) => x.trim())
    .filter(Boolean);
