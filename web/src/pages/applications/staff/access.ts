// Who sees which staff screen of 办件 (applications), as the server's route policies say; the interface
// only hides what would be refused anyway. The menu (app/menu.ts) and the route guard read these.
import type { Role } from '../../../../../common/api/roles.ts';

/** 待办: what the user or their department's queue holds. */
export const QUEUE_ROLES: readonly Role[] = ['clerk', 'approver', 'leader'];
/** 一窗受理: filing an application at the window, assisted or cross-region. */
export const INTAKE_ROLES: readonly Role[] = ['clerk'];
/** 办件管理 and the case view (office, leader and admin see all; other staff their departments). */
export const CASE_READERS: readonly Role[] = ['office', 'leader', 'admin', 'clerk', 'approver'];
/** 事后核查 of commitment-based approvals. */
export const POST_CHECK_ROLES: readonly Role[] = ['approver', 'inspector', 'office'];
/** 承诺限制: applicants barred from commitment-based approval, and lifting a bar (信用修复). */
export const BLOCK_READERS: readonly Role[] = ['office', 'leader', 'admin'];
export const BLOCK_LIFTERS: readonly Role[] = ['office'];
/** The office's figures above the list (the whole city's, by date and department). */
export const STATS_READERS: readonly Role[] = ['office', 'leader', 'admin'];
/** 导出 of the list. */
export const EXPORTERS: readonly Role[] = CASE_READERS;
/** Staff who update the postal status of a result sent by post. */
export const POST_CLERKS: readonly Role[] = ['clerk', 'approver'];

export const holdsAny = (held: ReadonlySet<Role>, roles: readonly Role[]) => roles.some((role) => held.has(role));
