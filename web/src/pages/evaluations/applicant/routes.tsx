// The applicant's 好差评 pages, handed to app/router.tsx under RequireSession + RequireRoles: their roles
// come from the menu entry of /my/evaluations (app/menu.ts), which the rating pages sit beneath.
import type { RouteObject } from 'react-router';

export const evaluationApplicantRoutes: RouteObject[] = [
  {
    path: 'my/evaluations',
    lazy: async () => ({ Component: (await import('./MyEvaluationsPage.tsx')).MyEvaluationsPage }),
  },
  {
    path: 'my/evaluations/:applicationId/rate',
    lazy: async () => ({ Component: (await import('./RatePage.tsx')).RateApplicationPage }),
  },
  {
    path: 'my/evaluations/:applicationId/supplement',
    lazy: async () => ({ Component: (await import('./RatePage.tsx')).SupplementPage }),
  },
];
