// 督办台账's board (the office's overview): lights (green / amber / red / done, taskLight on working days with the
// live rules, on the Shanghai day of `now` or of `query.on`) in total, by lead unit and by source; open tasks under
// 挂牌督办 and closures under review; 时间过半任务过半 per plan, per unit and per source kind; tasks closed per month
// for the last 12 months. One query reads the tasks (board-repository), the rest is worked out here.
//
// The half-time check per unit: with `sourceId` it runs over that plan's period; over all sources each task counts
// over its own source's period, and the unit's share of time gone is the mean over its tasks (board-snapshot.ts
// halfTimeOf) — a unit with most of its tasks in a plan past half-time is judged mostly by that plan. Per source
// kind the same rule applies over the kind's sources. Cancelled tasks are left out of every figure.
import type { z } from 'zod';
import type { BoardView, boardQuery } from '../../../../common/api/ledger.ts';
import { isIsoDate, shanghaiDate } from '../../../../common/calendar/index.ts';
import { SOURCE_KIND_LABELS, SOURCE_KINDS, type SourceKind } from '../../../../common/ledger/vocabulary.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { AppError, notFound } from '../../../platform/errors/index.ts';
import { findSource, listSources, snapshotTasks, type SourceRow } from '../board-repository.ts';
import { asOfOf, dayCountCalendar, groupBy, halfTimeOf, inDepartmentOrder, nameOfDepartment, periodShares, snapshot, type SnapTask } from './board-snapshot.ts';
import { forbidden, seesAll, type LedgerDeps, type RulesOf } from './shared.ts';

export type BoardQuery = z.infer<typeof boardQuery>;
type Counts = { green: number; amber: number; red: number; done: number; total: number };

function countLights(tasks: readonly SnapTask[]): Counts {
  const c: Counts = { green: 0, amber: 0, red: 0, done: 0, total: tasks.length };
  for (const t of tasks) c[t.light.light]++;
  return c;
}

/** The 12 months ending with `today`'s, oldest first ('YYYY-MM'). */
export function lastTwelveMonths(today: string): string[] {
  const out: string[] = [];
  let y = Number(today.slice(0, 4));
  let m = Number(today.slice(5, 7));
  for (let i = 0; i < 12; i++) {
    out.unshift(`${y}-${String(m).padStart(2, '0')}`);
    if (--m === 0) {
      m = 12;
      y--;
    }
  }
  return out;
}

export function createLedgerBoard(database: Database, deps: LedgerDeps, rulesOf: RulesOf) {
  return {
    async board(principal: Principal, query: BoardQuery, now: Date = new Date()): Promise<BoardView> {
      if (!seesAll(principal)) throw forbidden('无权查看督办台账总览', 'You may not see the ledger board');
      if (query.on !== undefined && !isIsoDate(query.on)) throw new AppError('VALIDATION_FAILED', { zh: `日期不存在：${query.on}`, en: `No such date: ${query.on}` }, [{ path: 'query.on', message: { zh: '日期不存在', en: 'No such date' } }]);
      const db = database.readDb;
      const asOf = asOfOf(now, query.on);
      if (query.sourceId && !(await findSource(db, query.sourceId))) throw notFound({ zh: '台账来源', en: 'The ledger source' });
      const [rows, sourceList, calendar, rules, departments] = await Promise.all([
        snapshotTasks(db, { createdBy: asOf.instant, ...(query.sourceId ? { sourceId: query.sourceId } : {}) }),
        listSources(db),
        deps.calendar(db),
        rulesOf(),
        deps.org.departments(),
      ]);
      const counted = dayCountCalendar(calendar);
      const tasks = snapshot(rows, asOf, counted, rules);
      const sources = new Map<string, SourceRow>(sourceList.map((s) => [s.id, s]));
      const departmentById = new Map(departments.map((d) => [d.id, d]));
      const shareOf = periodShares(counted, asOf.today, rules);

      const totals = countLights(tasks);
      let escalated = 0;
      let reviewing = 0;
      for (const t of tasks) {
        if (t.escalated && t.stateThen !== 'closed') escalated++;
        if (t.stateThen === 'reviewing') reviewing++;
      }

      const byUnitTasks = groupBy(tasks, (t) => t.leadDepartmentId);
      const unitIds = inDepartmentOrder(byUnitTasks.keys(), departments);
      const byUnit = unitIds.map((id) => ({ departmentId: id, name: nameOfDepartment(departmentById.get(id), id), ...countLights(byUnitTasks.get(id)!) }));

      const bySourceTasks = groupBy(tasks, (t) => t.sourceId);
      const sourceIds = sourceList.filter((s) => bySourceTasks.has(s.id)).map((s) => s.id);
      const bySource = sourceIds.map((id) => {
        const s = sources.get(id)!;
        return { sourceId: id, kind: s.kind as SourceKind, title: s.title, ...countLights(bySourceTasks.get(id)!) };
      });

      const byKindTasks = groupBy(tasks, (t) => sources.get(t.sourceId)?.kind ?? '');
      const halfTime = {
        byPlan: sourceIds.map((id) => halfTimeOf(id, sources.get(id)!.title, bySourceTasks.get(id)!, sources, shareOf, rules)),
        byUnit: unitIds.map((id) => halfTimeOf(id, nameOfDepartment(departmentById.get(id), id), byUnitTasks.get(id)!, sources, shareOf, rules)),
        bySource: SOURCE_KINDS.filter((k) => byKindTasks.has(k)).map((k) => halfTimeOf(k, SOURCE_KIND_LABELS[k].zh, byKindTasks.get(k)!, sources, shareOf, rules)),
      };

      const months = lastTwelveMonths(asOf.today);
      const closedIn = new Map(months.map((m) => [m, 0]));
      const first = `${months[0]}-01`;
      for (const t of tasks) {
        if (!t.closedThen) continue;
        const day = shanghaiDate(t.closedThen);
        if (day < first) continue;
        const m = day.slice(0, 7);
        if (closedIn.has(m)) closedIn.set(m, closedIn.get(m)! + 1);
      }
      return {
        asOf: asOf.today,
        totals: { ...totals, escalated, reviewing },
        byUnit,
        bySource,
        halfTime,
        closedByMonth: months.map((month) => ({ month, closed: closedIn.get(month)! })),
      };
    },
  };
}
export type LedgerBoard = ReturnType<typeof createLedgerBoard>;
