// The office's 督办台账, handed to app/router.tsx under RequireSession + RequireRoles: the roles come from each
// path's menu entry in app/menu.ts (access.ts). Every page loads on first visit.
import type { RouteObject } from 'react-router';

export const officeLedgerRoutes: RouteObject[] = [
  { path: 'office/ledger', lazy: async () => ({ Component: (await import('./BoardPage.tsx')).BoardPage }) },
  { path: 'office/ledger/tasks', lazy: async () => ({ Component: (await import('./TasksPage.tsx')).TasksPage }) },
  { path: 'office/ledger/review', lazy: async () => ({ Component: (await import('./ReviewPage.tsx')).ReviewPage }) },
  { path: 'office/ledger/meetings', lazy: async () => ({ Component: (await import('./MeetingsPage.tsx')).MeetingsPage }) },
  { path: 'office/ledger/meetings/:id', lazy: async () => ({ Component: (await import('./MeetingPage.tsx')).MeetingPage }) },
  { path: 'office/ledger/import', lazy: async () => ({ Component: (await import('./ImportPage.tsx')).ImportPage }) },
  { path: 'office/ledger/structure', lazy: async () => ({ Component: (await import('./StructurePage.tsx')).StructurePage }) },
];
