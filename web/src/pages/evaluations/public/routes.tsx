// The public 好差评 page, handed to app/router.tsx beside the other public routes: anyone, signed in or
// not, reads each department's satisfaction and writes a review. Loads on first visit.
import type { RouteObject } from 'react-router';

export const publicEvaluationRoutes: RouteObject[] = [
  {
    path: 'satisfaction',
    lazy: async () => ({ Component: (await import('./SatisfactionPage.tsx')).SatisfactionPage }),
  },
];
