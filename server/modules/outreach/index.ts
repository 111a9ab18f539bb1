export { createOutreachService, type DepartmentInfo, type LedgerOriginInput, type OutreachDeps, type OutreachService } from './service/index.ts';
export { registerOutreachRoutes } from './routes.ts';
export { outreachProfileSections, type OutreachProfileSection } from './service/profile-section.ts';
