// The catalogue's staff routes (事项管理), handed to app/router.tsx under RequireSession + RequireRoles:
// the roles come from each path's menu entry (app/menu.ts). Every page loads on first visit.
import type { RouteObject } from 'react-router';

export const catalogAdminRoutes: RouteObject[] = [
  {
    path: 'catalog/admin/items',
    lazy: async () => ({ Component: (await import('./items/ItemsPage.tsx')).ItemsPage }),
  },
  {
    path: 'catalog/admin/items/new',
    lazy: async () => ({ Component: (await import('./items/ItemEditorPage.tsx')).ItemEditorPage }),
  },
  {
    path: 'catalog/admin/items/:id',
    lazy: async () => ({ Component: (await import('./items/ItemEditorPage.tsx')).ItemEditorPage }),
  },
  {
    path: 'catalog/admin/bundles',
    lazy: async () => ({ Component: (await import('./bundles/BundlesPage.tsx')).BundlesPage }),
  },
  {
    path: 'catalog/admin/bundles/new',
    lazy: async () => ({ Component: (await import('./bundles/BundleEditorPage.tsx')).BundleEditorPage }),
  },
  {
    path: 'catalog/admin/bundles/:id',
    lazy: async () => ({ Component: (await import('./bundles/BundleEditorPage.tsx')).BundleEditorPage }),
  },
  {
    path: 'catalog/admin/synonyms',
    lazy: async () => ({ Component: (await import('./synonyms/SynonymsPage.tsx')).SynonymsPage }),
  },
  {
    path: 'catalog/admin/quality',
    lazy: async () => ({ Component: (await import('./quality/QualityPage.tsx')).QualityPage }),
  },
];
