// The monthly / quarterly progress report (月度/季度工作进展): the period containing a day, the totals (tasks,
// closed in the period, closed to date, overdue, at risk), one block per lead unit, the period's closures and
// reports. Pure: the service reads the rows, this works the figures out, progress-files.ts writes them.
import type { Calendar, IsoDate } from '../../../../common/calendar/index.ts';
import { addCalendarDays, shanghaiDate, startOfShanghaiDay } from '../../../../common/calendar/index.ts';
import { LIGHT_LABELS, TASK_STATE_LABELS, taskLight, type LedgerRules, type Light, type TaskState } from '../../../../common/ledger/vocabulary.ts';
import type { PeriodTask, ReportRow } from '../import-repository.ts';

export type PeriodKind = 'month' | 'quarter';
export interface Period {
  kind: PeriodKind;
  from: IsoDate;
  to: IsoDate;
  /** 2026年11月 · 2026年第四季度 */
  label: string;
  /** [start, end) as instants (Shanghai days). */
  start: Date;
  end: Date;
}

const QUARTERS = ['一', '二', '三', '四'];
const pad = (n: number) => String(n).padStart(2, '0');
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

export function periodOf(kind: PeriodKind, on: IsoDate): Period {
  const y = Number(on.slice(0, 4));
  const m = Number(on.slice(5, 7));
  const first = kind === 'month' ? m : Math.floor((m - 1) / 3) * 3 + 1;
  const last = kind === 'month' ? m : first + 2;
  const from = `${y}-${pad(first)}-01`;
  const to = `${y}-${pad(last)}-${pad(lastDay(y, last))}`;
  const label = kind === 'month' ? `${y}年${m}月` : `${y}年第${QUARTERS[(first - 1) / 3]}季度`;
  return { kind, from, to, label, start: startOfShanghaiDay(from), end: startOfShanghaiDay(addCalendarDays(to, 1)) };
}

export interface UnitTask {
  number: string;
  title: string;
  dueOn: IsoDate;
  state: string;
  light: string;
  progress: number;
  closedAt: Date | null;
  latest: string;
}

export interface UnitBlock {
  name: string;
  tasks: number;
  closedInPeriod: number;
  closedToDate: number;
  overdue: number;
  atRisk: number;
  /** Open tasks on `asOf` and those closed in the period (the ones the meeting talks about). */
  listed: UnitTask[];
}

export interface ProgressData {
  title: string;
  period: Period;
  asOf: IsoDate;
  totals: { tasks: number; closedInPeriod: number; closedToDate: number; open: number; overdue: number; atRisk: number; escalated: number; closureRate: number | null };
  units: UnitBlock[];
  closures: { number: string; title: string; unit: string; closedAt: Date }[];
  reports: { number: string; title: string; at: Date; unit: string; author: string; kind: string; text: string; progress: number | null }[];
}

export interface ProgressInput {
  period: Period;
  now: Date;
  tasks: PeriodTask[];
  reports: (ReportRow & { number: string; title: string })[];
  latest: Map<string, { at: Date; text: string }>;
  calendar: Calendar;
  rules: LedgerRules;
  unitName: (id: string) => string;
}

export function progressData(input: ProgressInput): ProgressData {
  const { period } = input;
  const today = shanghaiDate(input.now);
  const asOf = today < period.to ? today : period.to;
  const asOfEnd = startOfShanghaiDay(addCalendarDays(asOf, 1));
  const units = new Map<string, UnitBlock>();
  const totals = { tasks: 0, closedInPeriod: 0, closedToDate: 0, open: 0, overdue: 0, atRisk: 0, escalated: 0, closureRate: null as number | null };
  const closures: ProgressData['closures'] = [];
  for (const t of input.tasks) {
    // Where the task stood on `asOf`: closed by then, or still open (a later closure did not count yet).
    const closedBy = t.closedAt !== null && t.closedAt < asOfEnd;
    const state: TaskState = closedBy ? 'closed' : t.state === 'closed' ? 'doing' : (t.state as TaskState);
    const light: Light = taskLight(input.calendar, { state, startsOn: t.startsOn, dueOn: t.dueOn, progress: t.progress }, asOf, input.rules).light;
    const inPeriod = t.closedAt !== null && t.closedAt >= period.start && t.closedAt < period.end;
    const name = input.unitName(t.leadDepartmentId);
    let u = units.get(t.leadDepartmentId);
    if (!u) units.set(t.leadDepartmentId, (u = { name, tasks: 0, closedInPeriod: 0, closedToDate: 0, overdue: 0, atRisk: 0, listed: [] }));
    for (const block of [u, totals]) {
      block.tasks++;
      if (inPeriod) block.closedInPeriod++;
      if (closedBy) block.closedToDate++;
      if (light === 'red') block.overdue++;
      if (light === 'amber') block.atRisk++;
    }
    if (!closedBy) totals.open++;
    if (t.escalated && !closedBy) totals.escalated++;
    if (inPeriod) closures.push({ number: t.number, title: t.title, unit: name, closedAt: t.closedAt! });
    if (!closedBy || inPeriod) {
      u.listed.push({
        number: t.number,
        title: t.title,
        dueOn: t.dueOn,
        state: TASK_STATE_LABELS[state]?.zh ?? state,
        light: LIGHT_LABELS[light].zh,
        progress: closedBy ? 100 : t.progress,
        closedAt: closedBy ? t.closedAt : null,
        latest: input.latest.get(t.id)?.text ?? '',
      });
    }
  }
  totals.closureRate = totals.tasks ? totals.closedToDate / totals.tasks : null;
  closures.sort((a, b) => a.closedAt.getTime() - b.closedAt.getTime());
  return {
    title: `优化营商环境督办台账${period.label}工作进展报告`,
    period,
    asOf,
    totals,
    // Units with the most overdue first, then by name.
    units: [...units.values()].sort((a, b) => b.overdue - a.overdue || b.atRisk - a.atRisk || a.name.localeCompare(b.name, 'zh')),
    closures,
    reports: input.reports.map((r) => ({
      number: r.number,
      title: r.title,
      at: r.at,
      unit: r.departmentId ? input.unitName(r.departmentId) : '',
      author: r.authorName,
      kind: r.kind,
      text: r.text,
      progress: r.progress,
    })),
  };
}

export const percent = (share: number | null) => (share === null ? '—' : `${(share * 100).toFixed(1)}%`);
