// 事项统计: the figures the work report quotes (一网通办 / 全程网办 / 掌上办 …) and the public
// catalogue's facets, counted by the database over published editions.
import type { CatalogStats } from '../../../../common/api/catalog-bundles.ts';
import { EVENTS, THEMES, type EventKey, type Theme } from '../../../../common/catalog/vocabulary.ts';
import type { Database } from '../../../platform/db/index.ts';
import * as repo from '../stats-repository.ts';
import type { CatalogDeps } from './shared.ts';

export function createStatsService(database: Database, deps: CatalogDeps) {
  const db = database.readDb;
  return {
    /** Codes of the published, fully-online items. */
    fullyOnlineCodes: () => repo.fullyOnlineCodes(db),

    async stats(now = new Date()): Promise<CatalogStats> {
      const [totals, departments, byType, byOnlineDepth, byReformMode, byCrossRegion, bundles] = await Promise.all([
        repo.itemTotals(db),
        repo.byDepartment(db),
        repo.countBy(db, 'type'),
        repo.countBy(db, 'onlineDepth'),
        repo.countBy(db, 'reformMode'),
        repo.countBy(db, 'crossRegion'),
        repo.bundleTotals(db),
      ]);
      const byDepartment = await Promise.all(departments.map(async (d) => ({ ...d, name: await deps.departmentName(d.departmentId) })));
      byDepartment.sort((a, b) => b.count - a.count || a.departmentId.localeCompare(b.departmentId));
      return {
        ...totals,
        byDepartment,
        byType: byType as CatalogStats['byType'],
        byOnlineDepth: byOnlineDepth as CatalogStats['byOnlineDepth'],
        byReformMode: byReformMode as CatalogStats['byReformMode'],
        byCrossRegion: byCrossRegion as CatalogStats['byCrossRegion'],
        bundles,
        asOf: now.toISOString(),
      };
    },

    /** How many published items each department, event and theme has (and bundles per event). */
    async facets() {
      const [departments, events, bundleEvents, themes] = await Promise.all([repo.byDepartment(db), repo.itemsByEvent(db), repo.bundlesByEvent(db), repo.itemsByTheme(db)]);
      const named = await Promise.all(departments.map(async (d) => ({ id: d.departmentId, name: (await deps.departmentName(d.departmentId)) ?? '', count: d.count })));
      const itemCount = new Map(events.map((e) => [e.key, e.count]));
      const bundleCount = new Map(bundleEvents.map((e) => [e.key, e.count]));
      const themeCount = new Map(themes.map((t) => [t.key, t.count]));
      return {
        departments: named.sort((a, b) => b.count - a.count || a.id.localeCompare(b.id)),
        events: EVENTS.filter((e) => itemCount.has(e) || bundleCount.has(e)).map((event: EventKey) => ({ event, count: itemCount.get(event) ?? 0, bundles: bundleCount.get(event) ?? 0 })),
        themes: THEMES.filter((t) => themeCount.has(t)).map((theme: Theme) => ({ theme, count: themeCount.get(theme)! })),
      };
    },
  };
}
