// Who opens a 一次一评 rating page at the window: the staff who serve visitors face to face.
import type { Role } from '../../../../../common/api/roles.ts';

export const WINDOW_RATING_ROLES: readonly Role[] = ['clerk', 'approver'];
