import type { App } from '../../../platform/http/index.ts';
import type { CatalogService } from '../service/index.ts';
import { registerAdminBundleRoutes, registerAdminItemRoutes } from './admin.ts';
import { registerExcelRoutes } from './excel.ts';
import { registerPublicCatalogRoutes } from './public.ts';
import { registerSearchRoutes } from './search.ts';

export function registerCatalogRoutes(app: App, catalog: CatalogService) {
  registerPublicCatalogRoutes(app, catalog);
  registerSearchRoutes(app, catalog);
  registerAdminItemRoutes(app, catalog);
  registerAdminBundleRoutes(app, catalog);
  registerExcelRoutes(app, catalog.excel);
}
