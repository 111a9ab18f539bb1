// Who sees which 好差评 screen, as the server's route policies say; the interface only hides what would be
// refused anyway. The menu (app/menu.ts) and the route guard read these.
import type { Role } from '../../../../../common/api/roles.ts';

/** 差评处置: the department's 差评 and their loops (the office sees every department's). */
export const EVAL_QUEUE_ROLES: readonly Role[] = ['clerk', 'approver', 'leader', 'office'];
/** 好差评总览 and its drill-down list of ratings. */
export const EVAL_OVERVIEW_ROLES: readonly Role[] = ['office', 'admin', 'leader'];
/** 申诉审核: the office decides a department's appeal. */
export const EVAL_APPEAL_DECIDERS: readonly Role[] = ['office', 'admin'];
