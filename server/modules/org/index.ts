export { createOrgService, sessionReplyOf, type DepartmentSeed, type OrgDeps, type OrgService, type RequestMeta } from './service/index.ts';
export { registerOrgRoutes, type OrgRouteOptions } from './routes/index.ts';
