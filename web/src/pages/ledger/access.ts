// Who sees which screen of 督办台账, as the server's route policies say; the interface only hides what would be
// refused anyway. The menu (app/menu.ts) and the route guard read these.
import type { Role } from '../../../../common/api/roles.ts';

/** 总览, 任务, 调度会, 台账结构: the office and administrators run the ledger, leaders read all of it. */
export const LEDGER_READERS: readonly Role[] = ['office', 'leader', 'admin'];
/** 销号审核, 导入 and every write of the office (tasks, structure, meetings, escalations). */
export const LEDGER_WRITERS: readonly Role[] = ['office', 'admin'];
/**
 * 我的台账任务 and a task's page: the staff of a lead or support unit (any staff role, by data scope), and the office,
 * leaders and administrators, who open a task's page from the board and the lists.
 */
export const LEDGER_UNIT_ROLES: readonly Role[] = ['handler', 'approver', 'clerk', 'inspector', 'agent', 'office', 'leader', 'admin'];

export const holdsAny = (held: ReadonlySet<Role>, roles: readonly Role[]) => roles.some((role) => held.has(role));
