// 企业服务's screens, handed to app/router.tsx under RequireSession + RequireRoles: their roles come from their
// menu entries in app/menu.ts (access.ts). Every page loads on first visit.
import type { RouteObject } from 'react-router';

export const officeOutreachRoutes: RouteObject[] = [
  { path: 'office/outreach', lazy: async () => ({ Component: (await import('./overview/OverviewPage.tsx')).OverviewPage }) },
  { path: 'office/outreach/contacts', lazy: async () => ({ Component: (await import('./contacts/ContactsPage.tsx')).ContactsPage }) },
  { path: 'office/outreach/problems', lazy: async () => ({ Component: (await import('./problems/ProblemsPage.tsx')).ProblemsPage }) },
  { path: 'office/outreach/enterprises/:uscc', lazy: async () => ({ Component: (await import('./enterprise/EnterprisePage.tsx')).EnterprisePage }) },
  { path: 'office/projects', lazy: async () => ({ Component: (await import('./projects/ProjectsPage.tsx')).ProjectsPage }) },
  { path: 'office/projects/meetings', lazy: async () => ({ Component: (await import('./projects/MeetingsPage.tsx')).MeetingsPage }) },
  { path: 'office/projects/:id', lazy: async () => ({ Component: (await import('./projects/ProjectPage.tsx')).ProjectPage }) },
  { path: 'office/inspections', lazy: async () => ({ Component: (await import('./inspections/InspectionsPage.tsx')).InspectionsPage }) },
  { path: 'office/inspections/:id', lazy: async () => ({ Component: (await import('./inspections/InspectionPage.tsx')).InspectionPage }) },
];

/** 企业问题办理: a unit's own problems, phone-friendly. */
export const unitOutreachRoutes: RouteObject[] = [
  { path: 'work/outreach/problems', lazy: async () => ({ Component: (await import('./problems/UnitProblemsPage.tsx')).UnitProblemsPage }) },
];
