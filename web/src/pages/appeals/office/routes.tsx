// The office's 接诉即办分析, handed to app/router.tsx under RequireSession + RequireRoles: its roles come from
// its menu entry in app/menu.ts (APPEAL_OVERVIEW_ROLES in access.ts).
import type { RouteObject } from 'react-router';

export const officeAppealRoutes: RouteObject[] = [
  { path: 'office/appeals', lazy: async () => ({ Component: (await import('./OverviewPage.tsx')).OverviewPage }) },
];
