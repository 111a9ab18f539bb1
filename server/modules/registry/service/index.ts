// The registry room's services, built together, with its own sections of the enterprise file.
import type { Principal } from '../../../platform/auth/index.ts';
import type { FieldCrypto } from '../../../platform/crypto/index.ts';
import { createSigner } from '../../../platform/crypto/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { createAccountService, type AccountInfo } from './accounts.ts';
import { createEntityService } from './entities.ts';
import { createImportService } from './import.ts';
import { createLicenceTypeService } from './licence-types.ts';
import { createLicenceService } from './licences.ts';
import { createProfileService } from './profile.ts';
import { licencesSection, sharingSection } from './profile-sections.ts';
import { createSharingService } from './sharing.ts';

export interface RegistryDeps {
  crypto: FieldCrypto;
  secretKey: string;
  /** A department's name, or null when there is no such department. */
  departmentName: (id: string) => Promise<string | null>;
  visibleDepartments: (principal: Principal) => Promise<'all' | string[]>;
  idNumberIndexOfUser: (userId: string) => Promise<string | null>;
  /** The account with this sign-in name (to link it to an entity), or null. */
  findAccount: (username: string) => Promise<AccountInfo | null>;
  /** Display names of accounts by id. */
  accountNames: (ids: string[]) => Promise<Map<string, string>>;
}

export function createRegistryService(database: Database, deps: RegistryDeps) {
  const entities = createEntityService(database);
  const licenceTypes = createLicenceTypeService(database, { departmentName: deps.departmentName });
  const licences = createLicenceService(database, { crypto: deps.crypto, signer: createSigner(deps.secretKey, 'licence'), departmentName: deps.departmentName });
  const sharing = createSharingService(database, { ...deps, licences });
  const profile = createProfileService(entities);
  profile.contribute(licencesSection(licences));
  profile.contribute(sharingSection(sharing));
  const accounts = createAccountService(database, { findAccount: deps.findAccount, accountNames: deps.accountNames, profile });

  const imports = createImportService(database);
  return {
    entities,
    licenceTypes,
    licences,
    sharing,
    profile,
    accounts,
    imports,
    /** Whether the user acts for the entity with this USCC (its legal representative or an agent). */
    represents: (userId: string, uscc: string) => accounts.represents(userId, uscc),
  };
}

export type RegistryService = ReturnType<typeof createRegistryService>;
