// Who sees which staff screen of 接诉即办, as the server's route policies say; the interface only hides what
// would be refused anyway. The menu (app/menu.ts) and the route guard read these.
import type { Role } from '../../../../../common/api/roles.ts';

/** 坐席受理台: the hotline's seats take calls (the office and administrators may stand in). */
export const SEAT_ROLES: readonly Role[] = ['agent', 'office', 'admin'];
/** 工单办理 and a ticket's page: the units, the hotline, the office, leaders. */
export const TICKET_READERS: readonly Role[] = ['handler', 'leader', 'agent', 'office', 'admin'];

export const holdsAny = (held: ReadonlySet<Role>, roles: readonly Role[]) => roles.some((role) => held.has(role));
