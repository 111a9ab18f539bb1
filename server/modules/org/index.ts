export { createOrgService, type DepartmentSeed, type OrgService } from './service.ts';
export { registerOrgRoutes } from './routes.ts';
