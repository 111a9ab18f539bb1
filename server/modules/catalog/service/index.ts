// The catalogue room's services, built together over one database.
import type { Database } from '../../../platform/db/index.ts';
import { createBundleService } from './bundles.ts';
import { createCatalogExcel } from './excel.ts';
import { createFormService } from './forms.ts';
import { createItemService } from './items.ts';
import { createQualityService } from './quality.ts';
import { createSearchService } from './search.ts';
import type { CatalogDeps } from './shared.ts';
import { createStatsService } from './stats.ts';

export function createCatalogService(database: Database, deps: CatalogDeps) {
  const search = createSearchService(database, { departmentName: deps.departmentName });
  const items = createItemService(database, deps, search);
  const bundles = createBundleService(database, deps, search);
  return {
    items,
    bundles,
    forms: createFormService(deps, items),
    quality: createQualityService(database, bundles),
    stats: createStatsService(database, deps),
    search,
    excel: createCatalogExcel(database, deps, items),
  };
}

export type CatalogService = ReturnType<typeof createCatalogService>;
export type { CatalogDeps, PrefillEntity } from './shared.ts';
