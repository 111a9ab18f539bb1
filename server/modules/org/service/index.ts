// The org room's services, built together over one database.
import type { SessionStore } from '../../../platform/auth/index.ts';
import type { FieldCrypto } from '../../../platform/crypto/index.ts';
import type { Database } from '../../../platform/db/index.ts';
import { createDepartmentService } from './departments.ts';
import { createSignInService, type SignInSettings } from './sign-in.ts';
import { createTokenService } from './tokens.ts';
import { createUserService } from './users.ts';

export interface OrgDeps {
  crypto: FieldCrypto;
  sessions: SessionStore;
  signIn: SignInSettings;
}

export function createOrgService(database: Database, deps: OrgDeps) {
  return {
    departments: createDepartmentService(database),
    users: createUserService(database, deps.crypto, deps.sessions),
    auth: createSignInService(database, deps.sessions, deps.signIn),
    tokens: createTokenService(database),
  };
}

export type OrgService = ReturnType<typeof createOrgService>;
export type { DepartmentSeed } from './departments.ts';
export { sessionReply as sessionReplyOf, type RequestMeta } from './sign-in.ts';
