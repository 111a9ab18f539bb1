export { createCatalogService, type CatalogDeps, type CatalogService, type PrefillEntity } from './service/index.ts';
export { registerCatalogRoutes } from './routes/index.ts';
