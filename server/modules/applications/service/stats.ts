// 办件统计 for the metrics room and the office: counts by channel, item, department and state; the
// fully-online share; average and longest working days taken; the on-time rate; materials exempted;
// cross-region, bundle and commitment-based cases. Every figure is a query over the application rows.
import type { z } from 'zod';
import { APPLICATION_STATE_LABELS, CHANNEL_LABELS, type statsQuery, type StatsReply } from '../../../../common/api/applications.ts';
import type { Database } from '../../../platform/db/index.ts';
import * as stats from '../stats-repository.ts';
import type { ApplicationsDeps } from './shared.ts';

const round = (n: number, digits = 4) => Math.round(n * 10 ** digits) / 10 ** digits;

export function createStatsService(database: Database, deps: ApplicationsDeps & { fullyOnlineCodes: () => Promise<string[]> }) {
  const db = database.readDb;
  return {
    async summary(q: z.infer<typeof statsQuery>): Promise<StatsReply> {
      const f: stats.StatsFilter = {
        ...(q.from ? { from: new Date(`${q.from}T00:00:00+08:00`) } : {}),
        ...(q.to ? { to: new Date(Date.parse(`${q.to}T00:00:00+08:00`) + 86_400_000) } : {}),
        ...(q.departmentId ? { departmentId: q.departmentId } : {}),
      };
      const [t, byChannel, byState, byDepartment, byItem, bundles, postChecksFailed] = await Promise.all([
        stats.totals(db, f, await deps.fullyOnlineCodes()),
        stats.countsBy(db, f, 'channel'),
        stats.countsBy(db, f, 'state'),
        stats.countsBy(db, f, 'department_id'),
        stats.countsBy(db, f, 'item_code', 20),
        stats.bundleCount(db, f),
        stats.failedPostChecks(db, f),
      ]);
      return {
        total: t.total,
        byChannel: byChannel.map((r) => ({ ...r, label: CHANNEL_LABELS[r.key as keyof typeof CHANNEL_LABELS]?.zh ?? r.key })),
        byState: byState.map((r) => ({ ...r, label: APPLICATION_STATE_LABELS[r.key as keyof typeof APPLICATION_STATE_LABELS]?.zh ?? r.key })),
        byDepartment: await Promise.all(byDepartment.map(async (r) => ({ ...r, label: (await deps.org.departmentName(r.key)) ?? r.key }))),
        byItem: byItem.map((r) => ({ ...r, label: r.key })),
        fullyOnlineShare: t.total ? round(t.fullyOnline / t.total) : 0,
        finished: t.finished,
        averageWorkingDays: t.avgDays === null ? null : round(t.avgDays, 2),
        maxWorkingDays: t.maxDays,
        onTimeRate: t.judged ? round(t.onTime / t.judged) : null,
        materialsExempted: t.exempted,
        crossRegion: t.crossRegion,
        bundles,
        commitment: t.commitment,
        postChecksFailed,
      };
    },
  };
}
