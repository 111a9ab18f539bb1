// Who may do what in the registry, as the server's route policies say (server/modules/registry/routes);
// the interface only hides what would be refused anyway.
import type { Role } from '../../../../common/api/roles.ts';

/** Staff who read the registry, the licences and the share log. */
export const REGISTRY_READERS: readonly Role[] = [
  'admin',
  'office',
  'leader',
  'clerk',
  'approver',
  'agent',
  'handler',
  'inspector',
];
/** Register and edit entities, import them. */
export const ENTITY_EDITORS: readonly Role[] = ['admin', 'approver'];
/** Ask for shared data for a case (not admins or leaders: they handle no cases). */
export const SHARE_CONSUMERS: readonly Role[] = [
  'clerk',
  'approver',
  'agent',
  'handler',
  'inspector',
  'office',
];
/** Write sharing rules. */
export const RULE_EDITORS: readonly Role[] = ['admin'];
/** Create and edit licence types (证照类型). */
export const LICENCE_TYPE_EDITORS: readonly Role[] = ['admin'];
/** Link applicant accounts to an entity (关联账号). */
export const ACCOUNT_MANAGERS: readonly Role[] = ['admin', 'office', 'approver'];
/** Applicants: the entities they represent (我的企业) and who read their data. */
export const APPLICANTS: readonly Role[] = ['applicant'];

export const holdsAny = (held: ReadonlySet<Role>, roles: readonly Role[]) =>
  roles.some((role) => held.has(role));
