// The staff screens of 办件, handed to app/router.tsx under RequireSession + RequireRoles (the roles come
// from each path's menu entry in app/menu.ts). Every page loads on first visit.
import type { RouteObject } from 'react-router';

export const staffApplicationRoutes: RouteObject[] = [
  { path: 'work/queue', lazy: async () => ({ Component: (await import('./QueuePage.tsx')).QueuePage }) },
  { path: 'work/intake', lazy: async () => ({ Component: (await import('./IntakePage.tsx')).IntakePage }) },
  { path: 'work/applications', lazy: async () => ({ Component: (await import('./ApplicationsPage.tsx')).ApplicationsPage }) },
  { path: 'work/applications/:id', lazy: async () => ({ Component: (await import('./CasePage.tsx')).CasePage }) },
  { path: 'work/post-checks', lazy: async () => ({ Component: (await import('./PostChecksPage.tsx')).PostChecksPage }) },
  { path: 'work/commitment-blocks', lazy: async () => ({ Component: (await import('./CommitmentBlocksPage.tsx')).CommitmentBlocksPage }) },
];
