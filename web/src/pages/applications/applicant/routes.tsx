// The applicant's application pages (一网通办 / 掌上办), handed to app/router.tsx under RequireSession +
// RequireRoles: 我的办件 takes its roles from its menu entry (app/menu.ts); the wizard is not in the
// menu, so it names its role here. A visitor who is not signed in is sent to sign in and back.
import type { RouteObject } from 'react-router';
import { RequireRoles } from '../../../app/guards.tsx';

export const APPLICANT_ROLES = ['applicant'] as const;

export const applicantRoutes: RouteObject[] = [
  {
    element: <RequireRoles roles={APPLICANT_ROLES} />,
    children: [
      { path: 'apply/:code', lazy: async () => ({ Component: (await import('./ApplyPage.tsx')).ApplyItemPage }) },
      { path: 'apply/bundles/:code', lazy: async () => ({ Component: (await import('./ApplyPage.tsx')).ApplyBundlePage }) },
    ],
  },
  { path: 'my/applications', lazy: async () => ({ Component: (await import('./MyApplicationsPage.tsx')).MyApplicationsPage }) },
  { path: 'my/applications/:id', lazy: async () => ({ Component: (await import('./ApplicationPage.tsx')).ApplicationPage }) },
];
