// Who reads 接诉即办分析 (the city's hotline figures): the office, leaders, administrators and the hotline's
// seats. The server also lets a handler see their own unit's figures; the menu leaves that to the unit pages.
import type { Role } from '../../../../../common/api/roles.ts';

export const APPEAL_OVERVIEW_ROLES: readonly Role[] = ['office', 'leader', 'admin', 'agent'];
