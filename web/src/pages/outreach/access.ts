// Who sees which screen of 企业服务, as the server's route policies say; the interface only hides what would be
// refused anyway. The menu (app/menu.ts) and the route guard read these.
import type { Role } from '../../../../common/api/roles.ts';

/** 企业服务's office screens: the office and administrators record; leaders read. */
export const OUTREACH_READERS: readonly Role[] = ['office', 'leader', 'admin'];
/** Who records contacts, routes problems, assigns stewards, records projects, meetings and inspections. */
export const OUTREACH_WRITERS: readonly Role[] = ['office', 'admin'];
/** 企业问题办理: a unit's staff answer the problems routed to their unit. */
export const OUTREACH_UNIT_ROLES: readonly Role[] = ['handler', 'approver', 'clerk', 'inspector', 'agent'];

export const holdsAny = (held: ReadonlySet<Role>, roles: readonly Role[]) => roles.some((role) => held.has(role));
