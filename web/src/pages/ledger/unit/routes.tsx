// 督办台账 for the units: 我的台账任务 and a task's page (which the office opens too), handed to app/router.tsx under
// RequireSession + RequireRoles (the roles come from the /work/ledger menu entry in app/menu.ts).
import type { RouteObject } from 'react-router';

export const unitLedgerRoutes: RouteObject[] = [
  { path: 'work/ledger', lazy: async () => ({ Component: (await import('./MyTasksPage.tsx')).MyTasksPage }) },
  { path: 'work/ledger/:id', lazy: async () => ({ Component: (await import('../task/TaskPage.tsx')).TaskPage }) },
];
