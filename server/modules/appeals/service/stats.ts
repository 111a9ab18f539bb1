// 接诉即办 statistics (DOMAIN.md "接诉即办"; issue 8 item 6). Each figure is a count of tickets CREATED in the
// period (Asia/Shanghai days, both ends included), grouped by the lead unit (主办单位) the ticket has now:
//
//   响应率 responseRate      = signedOnTime ÷ signDue
//       signedOnTime: signed for no later than its sign-for due time (signed_on_time);
//       signDue: dispatched tickets whose sign-for is settled — signed (in time or late; signed_on_time set), or
//       still waiting in 待签收 past its due time. A ticket still inside its sign-for time does not count yet (no
//       unit is marked down for time it still has); `dispatched` (every ticket dispatched) is reported beside it.
//   解决率 resolutionRate    = solved ÷ calledBack      (calledBack: 回访 reached the requester, callback_contacted;
//                                                       solved: the requester said it was solved, callback_solved)
//   满意率 satisfactionRate  = (satisfied + basic) ÷ calledBack   (满意 + 基本满意)
//   按时办结率 onTimeRate     = onTime ÷ completed        (completed: answered, on time or late — on_time set)
//   退单率 returnRate         = returned ÷ dispatched     (returned: return_count > 0)
//   重复率 repeatRate         = merged ÷ tickets          (merged: merged into another ticket, 并单; merged_into set)
//   直接答复率 directAnswerRate = answered ÷ tickets       (answered on the call, outcome 'answered')
//   综合得分 score = 100 × (w.response × 响应率 + w.resolution × 解决率 + w.satisfaction × 满意率) ÷ Σw
//       with the configured weights (rules.weights); null when one of the three has no base.
//
// A unit with fewer than rules.minSample called-back tickets is listed but not ranked (rank null, 样本不足).
// Ranks are over every unit of the period (ties share a rank), so a unit sees its place among the others.
// A rate with an empty base is null, never 0. Rates are rounded to 4 decimals; the score is computed from the
// exact rates and rounded to 2.
// Who sees what: the hotline (agent), the office, leaders and admins every unit and the city; a handler only
// their own unit (its rank included); asking for another unit is refused.
import type { AppealRules } from '../../../../common/appeals/vocabulary.ts';
import type { HotspotItem, HotspotsQuery, HotspotsReply, RateFigures, RatesQuery, RatesReply, UnitRates } from '../../../../common/api/appeals-stats.ts';
import { addCalendarDays, calendarDaysBetween, isIsoDate, shanghaiDate, startOfShanghaiDay, weekday } from '../../../../common/calendar/index.ts';
import { findRegion } from '../../../../common/ids/index.ts';
import { hasAnyRole, type Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import { categoryNames, hotspotCounts, rateCounts, RATE_COUNTS, zeroCounts, type RateCounts } from '../stats-repository.ts';
import { settleDays } from '../stats-tally.ts';
import { forbidden, seesAll, type AppealsDeps } from './shared.ts';

export interface StatsDeps {
  rules: Pick<AppealRules, 'weights' | 'minSample'>;
  org: Pick<AppealsDeps['org'], 'departments'>;
}

const INSUFFICIENT = '样本不足';
/** The longest period asked about (two years and a day): beyond it the answer is a report, not a screen. */
const MAX_DAYS = 732;

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null);

/** The rates and score of a group's counts (the formulas above). */
export function figuresOf(c: RateCounts, weights: AppealRules['weights']): RateFigures {
  const exact = (part: number, whole: number) => (whole > 0 ? part / whole : null);
  const response = exact(c.signedOnTime, c.signDue);
  const resolution = exact(c.solved, c.calledBack);
  const satisfaction = exact(c.satisfied + c.basic, c.calledBack);
  const sum = weights.response + weights.resolution + weights.satisfaction;
  // The score from the exact rates (not the rounded ones shown), then rounded.
  const score =
    response === null || resolution === null || satisfaction === null || sum <= 0
      ? null
      : Math.round(((100 * (weights.response * response + weights.resolution * resolution + weights.satisfaction * satisfaction)) / sum) * 100) / 100;
  return {
    ...c,
    responseRate: share(c.signedOnTime, c.signDue),
    resolutionRate: share(c.solved, c.calledBack),
    satisfactionRate: share(c.satisfied + c.basic, c.calledBack),
    onTimeRate: share(c.onTime, c.completed),
    returnRate: share(c.returned, c.dispatched),
    repeatRate: share(c.merged, c.tickets),
    directAnswerRate: share(c.answered, c.tickets),
    score,
  };
}

export const addCounts = (into: RateCounts, c: RateCounts) => {
  for (const k of RATE_COUNTS) into[k] += c[k];
  return into;
};

/** Competition ranking (1, 2, 2, 4) by score among units with at least `minSample` called-back tickets. */
export function rankUnits<T extends { calledBack: number; score: number | null }>(rows: T[], minSample: number): Map<T, number> {
  const ranked = rows.filter((r) => r.calledBack >= minSample && r.score !== null).sort((a, b) => b.score! - a.score!);
  const ranks = new Map<T, number>();
  ranked.forEach((r, i) => ranks.set(r, i > 0 && ranked[i - 1]!.score === r.score ? ranks.get(ranked[i - 1]!)! : i + 1));
  return ranks;
}

const invalid = (zh: string, en: string, path: string) => new AppError('VALIDATION_FAILED', { zh, en }, [{ path, message: { zh, en } }]);

/** The period [from, to] (days) with its defaults, checked; and its instants [start, end). */
export function periodOf(q: { from?: string; to?: string }, now: Date, defaultDays: number) {
  for (const key of ['from', 'to'] as const) {
    if (q[key] !== undefined && !isIsoDate(q[key])) throw invalid(`日期不存在：${q[key]}`, `No such date: ${q[key]}`, `query.${key}`);
  }
  const to = q.to ?? shanghaiDate(now);
  const from = q.from ?? addCalendarDays(to, -(defaultDays - 1));
  if (from > to) throw invalid('开始日期不能晚于结束日期', 'from must not be after to', 'query.from');
  const days = calendarDaysBetween(from, to) + 1;
  if (days > MAX_DAYS) throw invalid(`统计期间最长 ${MAX_DAYS} 天`, `A period is at most ${MAX_DAYS} days`, 'query.from');
  return { from, to, days, start: startOfShanghaiDay(from), end: startOfShanghaiDay(addCalendarDays(to, 1)) };
}

/** The units a viewer may see: 'all', or a handler's own. */
function scopeOf(p: Principal): 'all' | string[] {
  if (seesAll(p)) return 'all';
  if (hasAnyRole(p, ['handler'])) {
    const own = new Set([p.departmentId, ...p.roles.filter((r) => r.role === 'handler').map((r) => r.departmentId)].filter((d): d is string => Boolean(d)));
    return [...own];
  }
  throw forbidden('无权查看接诉即办统计', 'You may not see the hotline statistics');
}

function checkUnit(scope: 'all' | string[], departmentId: string | undefined) {
  if (departmentId && scope !== 'all' && !scope.includes(departmentId)) throw forbidden('只能查看本单位的统计', 'You may see your own unit’s figures only');
}

/** A bucket's first day: the Monday of its week, or the 1st of its month. */
export function bucketOf(day: string, bucket: 'week' | 'month'): string {
  return bucket === 'month' ? `${day.slice(0, 8)}01` : addCalendarDays(day, -((weekday(day) + 6) % 7));
}

function bucketsOf(from: string, to: string, bucket: 'week' | 'month'): string[] {
  const out: string[] = [];
  for (let b = bucketOf(from, bucket); b <= to; b = bucket === 'week' ? addCalendarDays(b, 7) : bucketOf(addCalendarDays(b, 32), 'month')) out.push(b);
  return out;
}

export function createStatsService(database: Database, deps: StatsDeps) {
  const db = database.readDb;
  const names = async () => new Map((await deps.org.departments()).map((d) => [d.id, d.name]));

  async function rates(p: Principal | null, q: RatesQuery, now = new Date()): Promise<RatesReply> {
    const scope = p ? scopeOf(p) : 'all';
    checkUnit(scope, q.departmentId);
    const period = periodOf(q, now, 30);
    const { weights, minSample } = deps.rules;
    const [groups, labels] = await Promise.all([rateCounts(db, { from: period.start, to: period.end, now }), names()]);
    const city = zeroCounts();
    for (const g of groups) addCounts(city, g.counts);
    const units = groups
      .filter((g): g is typeof g & { departmentId: string } => g.departmentId !== null)
      .map((g) => ({ ...figuresOf(g.counts, weights), departmentId: g.departmentId, departmentName: labels.get(g.departmentId) ?? g.departmentId }));
    const ranks = rankUnits(units, minSample);
    const rows: UnitRates[] = units.map((u) => {
      const insufficientSample = u.calledBack < minSample;
      return { ...u, rank: ranks.get(u) ?? null, insufficientSample, note: insufficientSample ? INSUFFICIENT : null };
    });
    const shown = rows
      .filter((r) => (q.departmentId ? r.departmentId === q.departmentId : scope === 'all' || scope.includes(r.departmentId)))
      .sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity) || a.departmentName.localeCompare(b.departmentName, 'zh-CN'));
    // A handler's total is their own unit's; everyone else's is the city's.
    const total = scope === 'all' ? city : groups.filter((g) => g.departmentId && scope.includes(g.departmentId)).reduce((acc, g) => addCounts(acc, g.counts), zeroCounts());
    return { from: period.from, to: period.to, weights, minSample, scope: scope === 'all' ? 'all' : 'department', total: figuresOf(total, weights), units: shown };
  }

  return {
    rates,

    /**
     * Settles (结转) up to `max` more days whose tickets have all ended, two days after each day ends, into the
     * tallies the figures add up instead of reading those tickets again (stats-tally.ts). Returns the days settled.
     */
    settle: (now = new Date(), max = 62) => settleDays(database.db, { untilDay: addCalendarDays(shanghaiDate(now), -2), max, now }),

    /** The city's figures for a period, for the work report (no viewer: nothing is filtered). */
    async cityRates(period: { from: string; to: string }, now = new Date()): Promise<RateFigures> {
      return (await rates(null, period, now)).total;
    },

    /** 热点: tickets by category × area (or either) per week or month, the top N, against the period before. */
    async hotspots(p: Principal, q: HotspotsQuery, now = new Date()): Promise<HotspotsReply> {
      const scope = scopeOf(p);
      checkUnit(scope, q.departmentId);
      const period = periodOf(q, now, 91);
      const previousTo = addCalendarDays(period.from, -1);
      const previousFrom = addCalendarDays(period.from, -period.days);
      const departmentIds = q.departmentId ? [q.departmentId] : scope === 'all' ? undefined : scope;
      const [rows, categories] = await Promise.all([
        hotspotCounts(db, { previousFrom: startOfShanghaiDay(previousFrom), from: period.start, to: period.end, bucket: q.bucket, departmentIds, categoryCode: q.categoryCode, areaCode: q.areaCode }),
        categoryNames(db),
      ]);
      const buckets = bucketsOf(period.from, period.to, q.bucket);
      const index = new Map(buckets.map((b, i) => [b, i]));
      const groups = new Map<string, { categoryCode: string | null; areaCode: string | null; count: number; previous: number; series: number[] }>();
      const total = { count: 0, previous: 0, series: buckets.map(() => 0) };
      for (const r of rows) {
        const categoryCode = q.groupBy === 'area' ? null : r.categoryCode;
        const areaCode = q.groupBy === 'category' ? null : r.areaCode;
        const key = `${categoryCode ?? ''}|${areaCode ?? ''}`;
        let g = groups.get(key);
        if (!g) groups.set(key, (g = { categoryCode, areaCode, count: 0, previous: 0, series: buckets.map(() => 0) }));
        if (r.bucket === null) {
          g.previous += r.count;
          total.previous += r.count;
          continue;
        }
        const i = index.get(r.bucket);
        if (i === undefined) throw new Error(`hot spot bucket ${r.bucket} outside ${buckets[0]}…${buckets[buckets.length - 1]}`);
        g.count += r.count;
        g.series[i]! += r.count;
        total.count += r.count;
        total.series[i]! += r.count;
      }
      const changeOf = (count: number, previous: number) => ({ change: count - previous, changeRate: previous > 0 ? Math.round(((count - previous) / previous) * 10000) / 10000 : null });
      const items: HotspotItem[] = [...groups.values()]
        .filter((g) => g.count > 0)
        .sort((a, b) => b.count - a.count || b.count - b.previous - (a.count - a.previous) || `${a.categoryCode}|${a.areaCode}`.localeCompare(`${b.categoryCode}|${b.areaCode}`))
        .slice(0, q.top)
        .map((g) => ({
          categoryCode: g.categoryCode,
          categoryName: g.categoryCode === null ? null : (categories.get(g.categoryCode)?.zh ?? g.categoryCode),
          categoryNameEn: g.categoryCode === null ? null : (categories.get(g.categoryCode)?.en ?? g.categoryCode),
          areaCode: g.areaCode,
          areaName: g.areaCode === null ? null : (findRegion(g.areaCode)?.name ?? g.areaCode),
          areaNameEn: g.areaCode === null ? null : (findRegion(g.areaCode)?.nameEn || findRegion(g.areaCode)?.name || g.areaCode),
          count: g.count,
          previous: g.previous,
          ...changeOf(g.count, g.previous),
          series: g.series,
        }));
      return {
        from: period.from,
        to: period.to,
        previousFrom,
        previousTo,
        bucket: q.bucket,
        groupBy: q.groupBy,
        scope: scope === 'all' ? 'all' : 'department',
        buckets,
        total: { count: total.count, previous: total.previous, ...changeOf(total.count, total.previous), series: total.series },
        items,
      };
    },
  };
}

export type StatsService = ReturnType<typeof createStatsService>;
