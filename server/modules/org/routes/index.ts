// Every route of the org room: sign-in and tokens, single sign-on, departments and users.
import { createOidcClient, registerOidcRoutes, type OidcSettings } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import type { OrgService } from '../service/index.ts';
import { registerAuthRoutes, sessionCookieSetter, type CookieSettings } from './auth.ts';
import { registerDirectoryRoutes } from './directory.ts';

export interface OrgRouteOptions {
  cookies: CookieSettings;
  /** Single sign-on through OpenID Connect; null when not configured. */
  oidc: (OidcSettings & { label: string }) | null;
}

const loopback = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function registerOrgRoutes(app: App, org: OrgService, options: OrgRouteOptions) {
  registerAuthRoutes(app, org, options.cookies);
  registerDirectoryRoutes(app, org);
  const setSessionCookie = sessionCookieSetter(options.cookies);
  const { oidc } = options;
  // Plain http is accepted only from an issuer on this machine (development, tests).
  const client = oidc ? createOidcClient(oidc, { allowInsecureHttp: loopback.has(new URL(oidc.issuer).hostname) }) : null;
  registerOidcRoutes(app, {
    client,
    label: oidc?.label ?? '',
    secureCookies: options.cookies.secure,
    async signInByUsername(username, meta) {
      const started = await org.auth.signInByUsername(username, { ip: meta.ip, userAgent: meta.userAgent, requestId: null, subject: meta.subject, issuer: meta.issuer });
      return started ? { setCookie: (reply) => setSessionCookie(reply, started) } : null;
    },
  });
}
