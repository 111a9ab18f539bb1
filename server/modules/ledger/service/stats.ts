// 督办台账 statistics for the metrics module (ledgerStats), over a period of Asia/Shanghai days [from, to], both
// ends included:
//   tasks      tasks made (listed) in the period, cancelled ones (已撤销) left out — by source kind and by deadline
//              batch ("6月" / "10月"; tasks without a batch are not in byBatch);
//   closed     those of them closed (销号) by the end of `to`;
//   closureRate closed ÷ tasks (null without tasks), 4 decimals;
//   issues     issues listed in the period, by their source's kind;
//   provincialSubmitted / provincialAccepted  tasks submitted to / closed by the province in the period (by the
//              instants recorded, whenever the task was made);
//   escalations 挂牌督办 opened in the period; meetings  dispatch meetings held (pack frozen) on a day of the period.
import type { LedgerStats } from '../../../../common/api/ledger.ts';
import { addCalendarDays, isIsoDate, startOfShanghaiDay } from '../../../../common/calendar/index.ts';
import { SOURCE_KINDS, type SourceKind } from '../../../../common/ledger/vocabulary.ts';
import type { Database } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import { eventCounts, issueCounts, taskCounts, type StatsPeriod } from '../board-repository.ts';

const invalid = (zh: string, en: string, path: string) => new AppError('VALIDATION_FAILED', { zh, en }, [{ path, message: { zh, en } }]);

function periodOf(q: { from: string; to: string }): StatsPeriod {
  for (const key of ['from', 'to'] as const) if (!isIsoDate(q[key])) throw invalid(`日期不存在：${q[key]}`, `No such date: ${q[key]}`, `query.${key}`);
  if (q.from > q.to) throw invalid('开始日期不能晚于结束日期', 'from must not be after to', 'query.from');
  return { from: q.from, to: q.to, start: startOfShanghaiDay(q.from), end: startOfShanghaiDay(addCalendarDays(q.to, 1)) };
}

export function createLedgerStats(database: Database) {
  return {
    async stats(query: { from: string; to: string }): Promise<LedgerStats> {
      const p = periodOf(query);
      const db = database.readDb;
      const [tasks, issues, events] = await Promise.all([taskCounts(db, p), issueCounts(db, p), eventCounts(db, p)]);
      const kinds = new Map<SourceKind, { issues: number; tasks: number; closed: number }>(SOURCE_KINDS.map((k) => [k, { issues: 0, tasks: 0, closed: 0 }]));
      const batches = new Map<string, { tasks: number; closed: number }>();
      let total = 0;
      let closed = 0;
      for (const r of tasks) {
        const k = kinds.get(r.kind as SourceKind);
        if (k) {
          k.tasks += r.tasks;
          k.closed += r.closed;
        }
        total += r.tasks;
        closed += r.closed;
        if (r.batch) {
          const b = batches.get(r.batch) ?? { tasks: 0, closed: 0 };
          b.tasks += r.tasks;
          b.closed += r.closed;
          batches.set(r.batch, b);
        }
      }
      for (const r of issues) {
        const k = kinds.get(r.kind as SourceKind);
        if (k) k.issues += r.issues;
      }
      return {
        from: p.from,
        to: p.to,
        bySource: [...kinds].map(([kind, c]) => ({ kind, ...c })),
        byBatch: [...batches]
          .sort((a, b) => batchOrder(a[0]) - batchOrder(b[0]) || a[0].localeCompare(b[0]))
          .map(([batch, c]) => ({ batch, ...c })),
        tasks: total,
        closed,
        closureRate: total > 0 ? Math.round((closed / total) * 10000) / 10000 : null,
        ...events,
      };
    },
  };
}

/** "6月" before "10月": a batch named by a month sorts by it; others after, by name. */
function batchOrder(batch: string): number {
  const m = /^(\d{1,2})月/.exec(batch);
  return m ? Number(m[1]) : 100;
}

export type LedgerStatsService = ReturnType<typeof createLedgerStats>;
