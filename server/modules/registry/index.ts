export { createRegistryService, type RegistryDeps, type RegistryService } from './service/index.ts';
export type { ProfileContributor } from './service/profile.ts';
export { registerRegistryRoutes } from './routes/index.ts';
