export { createRegistryService, type RegistryDeps, type RegistryService } from './service/index.ts';
export type { ProfileAudience, ProfileContributor } from './service/profile.ts';
export type { AccountInfo } from './service/accounts.ts';
export { registerRegistryRoutes } from './routes/index.ts';
// Bulk writes for the demo seed and the benchmark (added with the import/seed work).
export * as registryBulk from './bulk.ts';
