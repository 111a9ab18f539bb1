// Addresses of the public catalogue, and whether a page exists (the 在线办理 button is live once the
// applications pages answer).
import { matchRoutes, type RouteObject } from 'react-router';

const seg = (value: string) => encodeURIComponent(value);

export const servicesPath = '/services';
export const itemGuidePath = (code: string) => `/services/items/${seg(code)}`;
export const bundleGuidePath = (code: string) => `/services/bundles/${seg(code)}`;
/** 在线办理: the applicant's wizard for an item (`/apply/:code`) or a 一件事 bundle (`/apply/bundles/:code`). */
export const applyPath = (code: string, kind: 'item' | 'bundle' = 'item') =>
  kind === 'bundle' ? `/apply/bundles/${seg(code)}` : `/apply/${seg(code)}`;
export const guidePath = (kind: 'item' | 'bundle', code: string) => (kind === 'item' ? itemGuidePath(code) : bundleGuidePath(code));

/** True when some route other than the catch-all (`*`, the 404 page) answers `path`. */
export function routeExists(routes: readonly RouteObject[] | undefined, path: string): boolean {
  if (!routes) return false;
  const matches = matchRoutes([...routes], path);
  const last = matches?.[matches.length - 1];
  return Boolean(last && last.route.path !== '*');
}
