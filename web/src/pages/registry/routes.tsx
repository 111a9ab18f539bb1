// The registry's routes, handed to app/router.tsx: work pages (behind sign-in and the menu's roles)
// and the public verification page. Every page loads on first visit.
import type { RouteObject } from 'react-router';

/** Under RequireSession + RequireRoles: the roles come from each path's menu entry (app/menu.ts). */
export const registryRoutes: RouteObject[] = [
  {
    path: 'registry/entities',
    lazy: async () => ({ Component: (await import('./entities/EntitiesPage.tsx')).EntitiesPage }),
  },
  {
    path: 'registry/entities/:uscc',
    lazy: async () => ({ Component: (await import('./entities/EntityPage.tsx')).EntityPage }),
  },
  {
    path: 'registry/licences',
    lazy: async () => ({ Component: (await import('./licences/LicencesPage.tsx')).LicencesPage }),
  },
  {
    path: 'registry/licences/:id',
    lazy: async () => ({ Component: (await import('./licences/LicencePage.tsx')).LicencePage }),
  },
  {
    path: 'registry/licences/:id/print',
    lazy: async () => ({ Component: (await import('./licences/LicencePrintPage.tsx')).LicencePrintPage }),
  },
  {
    path: 'registry/sharing',
    lazy: async () => ({ Component: (await import('./sharing/SharingPage.tsx')).SharingPage }),
  },
  {
    path: 'registry/licence-types',
    lazy: async () => ({
      Component: (await import('./licence-types/LicenceTypesPage.tsx')).LicenceTypesPage,
    }),
  },
  {
    path: 'me/entities',
    lazy: async () => ({ Component: (await import('./mine/MyEntitiesPage.tsx')).MyEntitiesPage }),
  },
  {
    path: 'me/entities/:uscc',
    lazy: async () => ({ Component: (await import('./mine/MyEntityPage.tsx')).MyEntityPage }),
  },
  {
    path: 'me/data-access',
    lazy: async () => ({ Component: (await import('./DataAccessPage.tsx')).DataAccessPage }),
  },
];

/** Anyone, signed in or not: checking a licence by its code or QR (亮证核验). */
export const publicRegistryRoutes: RouteObject[] = [
  { path: 'verify', lazy: async () => ({ Component: (await import('./verify/VerifyPage.tsx')).VerifyPage }) },
  {
    path: 'verify/:code',
    lazy: async () => ({ Component: (await import('./verify/VerifyPage.tsx')).VerifyPage }),
  },
];
