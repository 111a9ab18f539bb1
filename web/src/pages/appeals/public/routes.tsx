// The requester's appeal pages (接诉即办 · 我要反映, 我的诉求, a ticket's page), handed to app/router.tsx under
// RequireSession + RequireRoles: their roles come from the menu entries of /my/appeals and /my/appeals/new.
import type { RouteObject } from 'react-router';

export const appealApplicantRoutes: RouteObject[] = [
  { path: 'my/appeals', lazy: async () => ({ Component: (await import('./MyAppealsPage.tsx')).MyAppealsPage }) },
  { path: 'my/appeals/new', lazy: async () => ({ Component: (await import('./NewAppealPage.tsx')).NewAppealPage }) },
  { path: 'my/appeals/:id', lazy: async () => ({ Component: (await import('./AppealPage.tsx')).AppealPage }) },
];
