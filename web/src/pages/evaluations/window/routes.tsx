// 一次一评's routes, handed to app/router.tsx: the clerk's page (under RequireSession + RequireRoles; its
// roles come from its menu entry in app/menu.ts) and the public tablet page, which sits outside every
// layout (no shell, no sign-in: the tablet at the window may be signed in as nobody, or as the clerk).
import type { RouteObject } from 'react-router';

export const windowRatingRoutes: RouteObject[] = [
  {
    path: 'work/window-rating',
    lazy: async () => ({ Component: (await import('./WindowRatingPage.tsx')).WindowRatingPage }),
  },
];

/** Full screen, anyone: the rating page a window session's token opens. */
export const windowTabletRoutes: RouteObject[] = [
  {
    path: '/rate/window/:token',
    lazy: async () => ({ Component: (await import('./WindowTabletPage.tsx')).WindowTabletPage }),
  },
];
