// The office's screens of 好差评: 好差评总览 with its drill-down list, a rating's view for readers without
// the 差评 queue (the administrator), and 申诉审核. Roles come from the menu entries in app/menu.ts.
import type { RouteObject } from 'react-router';

export const officeEvaluationRoutes: RouteObject[] = [
  {
    path: 'office/evaluations',
    lazy: async () => ({ Component: (await import('./OverviewPage.tsx')).OverviewPage }),
  },
  {
    path: 'office/evaluations/ratings',
    lazy: async () => ({ Component: (await import('./RatingsPage.tsx')).RatingsPage }),
  },
  {
    path: 'office/evaluations/ratings/:id',
    lazy: async () => ({ Component: (await import('../staff/RatingPage.tsx')).RatingPage }),
  },
  {
    path: 'office/evaluations/appeals',
    lazy: async () => ({ Component: (await import('./AppealsPage.tsx')).AppealsPage }),
  },
];
