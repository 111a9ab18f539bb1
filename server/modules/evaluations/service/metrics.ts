// 好差评指标: rating rate, level distribution, 差评 count and rate, 回访率, 整改率, 实名差评回访整改率 and
// the on-time loop rate, per department, item, hall, channel or month — sums over the tally, so they
// answer the same over a thousand ratings or a million. Removed ratings were taken out of the tally when
// their appeal was upheld.
import type { MetricGroup, MetricsReply, MetricsRow, PublicSatisfactionReply } from '../../../../common/api/evaluations.ts';
import { RATING_CHANNEL_LABELS, type RatingChannel } from '../../../../common/api/evaluations.ts';
import { shanghaiDate } from '../../../../common/calendar/index.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { hallsSince, sumTally, totalOf, type Counts, type TallyFilter } from '../tally-repository.ts';
import { seesAllRatings, type EvaluationsDeps } from './shared.ts';

const share = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 10000) / 10000 : null);

/** The rates of one group's counts. */
export function rowOf(key: string, label: string, c: Counts): MetricsRow {
  return {
    key,
    label,
    invited: c.invited,
    answered: c.answered,
    rated: c.rated,
    ratingRate: share(c.answered, c.invited),
    levels: [c.l1, c.l2, c.l3, c.l4, c.l5],
    satisfaction: share(c.l3 + c.l4 + c.l5, c.rated),
    bad: c.bad,
    badRate: share(c.bad, c.rated),
    calledBack: c.calledBack,
    callbackRate: share(c.calledBack, c.bad),
    rectified: c.rectified,
    rectifyRate: share(c.rectified, c.bad),
    realNameBad: c.realNameBad,
    realNameBadClosed: c.realNameBadClosed,
    realNameBadRate: share(c.realNameBadClosed, c.realNameBad),
    loopsClosed: c.loopsClosed,
    loopsOnTime: c.loopsOnTime,
    onTimeRate: share(c.loopsOnTime, c.loopsClosed),
  };
}

/** The day after a YYYY-MM-DD (the tally's upper bound is exclusive). */
const dayAfter = (d: string) => shanghaiDate(new Date(Date.parse(`${d}T12:00:00+08:00`) + 86_400_000));

export function createMetricsService(database: Database, deps: EvaluationsDeps & { itemNames: (codes: string[]) => Promise<Map<string, string>> }) {
  const db = database.readDb;

  async function labels(groupBy: MetricGroup, keys: string[]): Promise<Map<string, string>> {
    if (groupBy === 'department' || groupBy === 'hall') return new Map((await deps.org.departments()).map((d) => [d.id, d.name]));
    if (groupBy === 'item') return deps.itemNames(keys.filter(Boolean));
    if (groupBy === 'channel') return new Map(Object.entries(RATING_CHANNEL_LABELS).map(([k, v]) => [k, v.zh]));
    return new Map();
  }

  return {
    async metrics(p: Principal, q: { groupBy: MetricGroup; from?: string; to?: string; departmentId?: string; channel?: RatingChannel }): Promise<MetricsReply> {
      const visible = seesAllRatings(p) ? 'all' : await deps.org.visibleDepartments(p);
      const departmentIds = q.departmentId ? (visible === 'all' || visible.includes(q.departmentId) ? [q.departmentId] : []) : visible;
      const filter: TallyFilter = { from: q.from, to: q.to ? dayAfter(q.to) : undefined, channel: q.channel, departmentIds };
      const groups = await sumTally(db, q.groupBy, filter);
      const total = totalOf(groups);
      const names = await labels(q.groupBy, groups.map((g) => g.key));
      const noneLabel = q.groupBy === 'hall' ? '（线上）' : q.groupBy === 'item' ? '（无事项）' : '';
      return {
        groupBy: q.groupBy,
        total: rowOf('total', '合计', total),
        rows: groups.map((g) => rowOf(g.key, g.key === '' ? noneLabel : (names.get(g.key) ?? g.key), g)),
      };
    },

    /** The public page: each department's satisfaction over a period (default: the last 12 months). */
    async publicSatisfaction(q: { from?: string; to?: string }, now = new Date()): Promise<PublicSatisfactionReply> {
      const to = q.to ?? shanghaiDate(now);
      const from = q.from ?? shanghaiDate(new Date(now.getTime() - 365 * 86_400_000));
      const filter: TallyFilter = { from, to: dayAfter(to) };
      const [byDepartment, halls] = await Promise.all([sumTally(db, 'department', filter), hallsSince(db, from).then((h) => new Set(h))]);
      const names = new Map((await deps.org.departments()).map((d) => [d.id, d.name]));
      const departments = byDepartment
        .filter((d) => d.rated > 0)
        .map((d) => {
          const row = rowOf(d.key, names.get(d.key) ?? d.key, d);
          return { id: d.key, name: row.label, hall: halls.has(d.key), rated: d.rated, satisfaction: row.satisfaction, goodRate: share(d.l4 + d.l5, d.rated), bad: d.bad, realNameBadRate: row.realNameBadRate };
        })
        .sort((a, b) => (b.satisfaction ?? 0) - (a.satisfaction ?? 0) || b.rated - a.rated);
      return { from, to, departments };
    },
  };
}
