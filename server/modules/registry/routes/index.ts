import type { App } from '../../../platform/http/index.ts';
import type { RegistryService } from '../service/index.ts';
import { registerEntityRoutes } from './entities.ts';
import { registerLicenceRoutes } from './licences.ts';
import { registerSharingRoutes } from './sharing.ts';
import { registerImportRoutes } from './import.ts';
import { registerAccountRoutes } from './accounts.ts';

export function registerRegistryRoutes(app: App, registry: RegistryService) {
  registerEntityRoutes(app, registry);
  registerLicenceRoutes(app, registry);
  registerSharingRoutes(app, registry);
  registerImportRoutes(app, registry.imports);
  registerAccountRoutes(app, registry);
}
