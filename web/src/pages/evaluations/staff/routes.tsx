// The staff screens of 好差评 (差评处置 and a rating's view), handed to app/router.tsx under RequireSession +
// RequireRoles (the roles come from each path's menu entry in app/menu.ts). Every page loads on first visit.
import type { RouteObject } from 'react-router';

export const staffEvaluationRoutes: RouteObject[] = [
  {
    path: 'work/evaluations',
    lazy: async () => ({ Component: (await import('./QueuePage.tsx')).QueuePage }),
  },
  {
    path: 'work/evaluations/:id',
    lazy: async () => ({ Component: (await import('./RatingPage.tsx')).RatingPage }),
  },
];
