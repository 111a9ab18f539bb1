// The applicant's 好差评 pages (finished applications and closed hotline tickets), handed to app/router.tsx
// under RequireSession + RequireRoles: their roles come from the menu entry of /my/evaluations (app/menu.ts),
// which the rating pages sit beneath.
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
  // A closed hotline ticket (接诉即办): the same pages, named by the ticket.
  {
    path: 'my/evaluations/appeal/:ticketId/rate',
    lazy: async () => ({ Component: (await import('./RatePage.tsx')).RateTicketPage }),
  },
  {
    path: 'my/evaluations/appeal/:ticketId/supplement',
    lazy: async () => ({ Component: (await import('./RatePage.tsx')).SupplementTicketPage }),
  },
];
