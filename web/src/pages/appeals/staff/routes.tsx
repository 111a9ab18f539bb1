// The staff screens of 接诉即办, handed to app/router.tsx under RequireSession + RequireRoles (the roles come
// from each path's menu entry in app/menu.ts). Every page loads on first visit.
import type { RouteObject } from 'react-router';

export const staffAppealRoutes: RouteObject[] = [
  { path: 'work/hotline', lazy: async () => ({ Component: (await import('./HotlinePage.tsx')).HotlinePage }) },
  { path: 'work/appeals', lazy: async () => ({ Component: (await import('./QueuePage.tsx')).QueuePage }) },
  { path: 'work/appeals/:id', lazy: async () => ({ Component: (await import('./TicketPage.tsx')).TicketPage }) },
];
