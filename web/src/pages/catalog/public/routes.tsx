// The public catalogue's routes, handed to app/router.tsx beside the registry's public ones: anyone,
// signed in or not, browses the services and reads their guides. Pages load on first visit.
import type { RouteObject } from 'react-router';

export const publicCatalogRoutes: RouteObject[] = [
  { path: 'services', lazy: async () => ({ Component: (await import('./ServicesPage.tsx')).ServicesPage }) },
  { path: 'services/items/:code', lazy: async () => ({ Component: (await import('./ItemGuidePage.tsx')).ItemGuidePage }) },
  { path: 'services/bundles/:code', lazy: async () => ({ Component: (await import('./BundleGuidePage.tsx')).BundleGuidePage }) },
];
