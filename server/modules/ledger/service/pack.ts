// The dispatch meeting's pack (调度会材料), per lead unit: what is overdue (red) and at risk (amber) now, what was
// closed since the last meeting held (after the instant its pack was frozen; before any meeting: nothing counts as
// newly closed), the decisions of earlier meetings still open, how many open tasks have gone silent (no progress
// report for rules.silentWorkingDays working days), and the unit's totals. One query reads every task's few
// columns; the rest is worked out here (≈ 10 000 tasks in well under a second).
import type { MeetingPack } from '../../../../common/api/ledger.ts';
import type { Calendar, IsoDate } from '../../../../common/calendar/index.ts';
import { endOfShanghaiDay, shanghaiDate } from '../../../../common/calendar/index.ts';
import { workingDaysFrom, type LedgerRules } from '../../../../common/ledger/vocabulary.ts';
import type { Database } from '../../../platform/db/index.ts';
import { MEETING_DECISION, meetingOfDecision, snapshotTasks } from '../board-repository.ts';
import { dayCountCalendar, groupBy, inDepartmentOrder, isOpen, nameOfDepartment, snapshot, type AsOf, type SnapTask } from './board-snapshot.ts';
import type { LedgerDeps, RulesOf } from './shared.ts';

export interface PackInput {
  now: Date;
  /** The meeting the pack is for (its own decisions are not "earlier decisions"); null for the live pack. */
  meetingId: string | null;
  /** The last meeting held before it, with the instant its pack was frozen. */
  previous: { id: string; heldOn: string; packAsOf: string | null } | null;
}

type PackTask = MeetingPack['units'][number]['overdue'][number];

const packTask = (t: SnapTask): PackTask => ({
  id: t.id,
  number: t.number,
  title: t.title,
  dueOn: t.dueOn,
  progress: t.progress,
  daysLeft: t.light.daysLeft,
  state: t.stateThen,
  escalated: t.escalated,
  closedAt: t.closedThen ? t.closedThen.toISOString() : null,
});

const byDaysLeft = (a: SnapTask, b: SnapTask) => a.light.daysLeft - b.light.daysLeft || a.number.localeCompare(b.number);
const byClosed = (a: SnapTask, b: SnapTask) => a.closedThen!.getTime() - b.closedThen!.getTime() || a.number.localeCompare(b.number);
const byDue = (a: SnapTask, b: SnapTask) => a.dueOn.localeCompare(b.dueOn) || a.number.localeCompare(b.number);

/** Whether an open task has had no report for `rules.silentWorkingDays` working days on `asOf.today`. */
export function silentCheck(calendar: Calendar, asOf: AsOf, rules: LedgerRules) {
  const memo = new Map<IsoDate, number>();
  const at = asOf.instant.getTime();
  return (t: SnapTask) => {
    if (!isOpen(t.stateThen) || t.startsOn > asOf.today) return false;
    // A report after the instant is unknown then: count from when the task was made (or started, when later).
    const reported = t.lastReportAt && t.lastReportAt.getTime() <= at ? t.lastReportAt : t.createdAt;
    let from = shanghaiDate(reported);
    if (from < t.startsOn) from = t.startsOn;
    let days = memo.get(from);
    if (days === undefined) {
      days = workingDaysFrom(calendar, from, asOf.today);
      memo.set(from, days);
    }
    return days >= rules.silentWorkingDays;
  };
}

/** Works the pack out as things stand at `input.now`. */
export function packOf(tasks: SnapTask[], input: PackInput, departments: Awaited<ReturnType<LedgerDeps['org']['departments']>>, silent: (t: SnapTask) => boolean): MeetingPack {
  const boundary = input.previous ? (input.previous.packAsOf ? new Date(input.previous.packAsOf) : endOfShanghaiDay(input.previous.heldOn)) : null;
  const byId = new Map(departments.map((d) => [d.id, d]));
  const byUnit = groupBy(tasks, (t) => t.leadDepartmentId);
  const totals = { overdue: 0, atRisk: 0, newlyClosed: 0, openDecisions: 0, total: 0, closed: 0 };
  const units = inDepartmentOrder(byUnit.keys(), departments).map((id) => {
    const overdue: SnapTask[] = [];
    const atRisk: SnapTask[] = [];
    const newlyClosed: SnapTask[] = [];
    const openDecisions: SnapTask[] = [];
    let quiet = 0;
    let closed = 0;
    const list = byUnit.get(id)!;
    for (const t of list) {
      if (t.closedThen) {
        closed++;
        if (boundary && t.closedThen.getTime() > boundary.getTime()) newlyClosed.push(t);
        continue;
      }
      if (t.light.light === 'red') overdue.push(t);
      else if (t.light.light === 'amber') atRisk.push(t);
      if (t.originType === MEETING_DECISION && meetingOfDecision(t.originId) !== input.meetingId) openDecisions.push(t);
      if (silent(t)) quiet++;
    }
    totals.overdue += overdue.length;
    totals.atRisk += atRisk.length;
    totals.newlyClosed += newlyClosed.length;
    totals.openDecisions += openDecisions.length;
    totals.total += list.length;
    totals.closed += closed;
    return {
      departmentId: id,
      name: nameOfDepartment(byId.get(id), id),
      overdue: overdue.sort(byDaysLeft).map(packTask),
      atRisk: atRisk.sort(byDaysLeft).map(packTask),
      newlyClosed: newlyClosed.sort(byClosed).map(packTask),
      openDecisions: openDecisions.sort(byDue).map(packTask),
      silent: quiet,
      total: list.length,
      closed,
    };
  });
  return {
    asOf: input.now.toISOString(),
    since: input.previous?.heldOn ?? null,
    previousMeetingId: input.previous?.id ?? null,
    totals,
    units,
  };
}

/** Reads the tasks (one query) and works the pack out. */
export async function livePack(database: Database, deps: LedgerDeps, rulesOf: RulesOf, input: PackInput): Promise<MeetingPack> {
  const db = database.readDb;
  const asOf: AsOf = { instant: input.now, today: shanghaiDate(input.now) };
  const [rows, calendar, rules, departments] = await Promise.all([snapshotTasks(db, { createdBy: input.now }), deps.calendar(db), rulesOf(), deps.org.departments()]);
  const counted = dayCountCalendar(calendar);
  const tasks = snapshot(rows, asOf, counted, rules);
  return packOf(tasks, input, departments, silentCheck(counted, asOf, rules));
}
