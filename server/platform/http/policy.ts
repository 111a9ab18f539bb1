// Every route says who may call it (DESIGN.md §5.5): `public`, or a policy naming roles and the
// data-scope check (the identity issue fills this in). A test walks all routes and fails on any
// route that declares neither.
import type { FastifyInstance } from 'fastify';

export type RoutePolicy =
  | 'public'
  | {
      /** Roles any one of which may call the route; empty means any signed-in user or token. */
      roles: readonly string[];
      /** The data scope the service applies (documentation; the service filters by it). */
      scope?: 'own' | 'department' | 'subtree' | 'all';
      /** Reachable before a forced password change is done (me, change password, sign-out). */
      duringPasswordChange?: boolean;
      /** Refused to API tokens (e.g. changing one's own password). */
      sessionOnly?: boolean;
    };

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: RoutePolicy;
  }
}

export interface RouteRecord {
  method: string;
  url: string;
  readonly policy: RoutePolicy | undefined;
}

/** Collects every route as it is registered, for the policy walk and the docs. */
export function trackRoutes(app: FastifyInstance): RouteRecord[] {
  const table: RouteRecord[] = [];
  app.addHook('onRoute', (route) => {
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      if (method === 'HEAD') continue;
      // Read the policy when asked: a scope's own onRoute hook (publicScope) may set it after this one ran.
      table.push({ method, url: route.url, get policy() { return route.config?.policy; } });
    }
  });
  return table;
}

/**
 * Registers third-party plugins whose routes are public by nature (static files of the web app,
 * the API docs UI) and marks each of their routes so.
 */
export async function publicScope(app: FastifyInstance, register: (scope: FastifyInstance) => Promise<void>) {
  await app.register(async (scope) => {
    scope.addHook('onRoute', (route) => {
      route.config = { ...(route.config ?? {}), policy: 'public' };
    });
    await register(scope);
  });
}
