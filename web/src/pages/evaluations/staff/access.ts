// Who sees which 好差评 screen, as the server's route policies say; the interface only hides what would be
// refused anyway. The menu (app/menu.ts) and the route guard read these.
import type { Role } from '../../../../../common/api/roles.ts';

/**
 * 差评处置: the department's 差评 and their loops (the office sees every department's); a hotline unit's handlers
 * (承办人) pick up the 差评 of its closed tickets (the server's LOOP_QUEUE_ROLES).
 */
export const EVAL_QUEUE_ROLES: readonly Role[] = ['clerk', 'approver', 'leader', 'handler', 'office'];
/** 好差评总览 and its drill-down list of ratings. */
export const EVAL_OVERVIEW_ROLES: readonly Role[] = ['office', 'admin', 'leader'];
/** 申诉审核: the office decides a department's appeal. */
export const EVAL_APPEAL_DECIDERS: readonly Role[] = ['office', 'admin'];
