// Who works on the catalogue (事项管理), as the server's route policies for /api/v1/catalog/admin say;
// the interface only hides what would be refused anyway.
import type { Role } from '../../../../../common/api/roles.ts';

export const CATALOG_EDITORS: readonly Role[] = ['admin', 'office'];
