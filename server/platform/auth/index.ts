export { actorOf, principalOf, registerAuth, requestMeta, unauthenticated, type AuthDeps } from './hook.ts';
export { hasAnyRole, type DataScope, type Principal, type Role, type RoleGrant } from './principal.ts';
export { SESSION_COOKIE, createSessionStore, type ResolvedSession, type SessionSettings, type SessionStore, type StartedSession } from './sessions.ts';
export { burnVerify, generatePassword, hashPassword, inHistory, passwordPolicyProblem, verifyPassword } from './passwords.ts';
export { OidcError, createOidcClient, type OidcClient, type OidcErrorCode, type OidcIdentity, type OidcLoginStart, type OidcSettings } from './oidc.ts';
export { OIDC_FLOW_COOKIE, registerOidcRoutes, safeReturnTo, type OidcRouteDeps } from './oidc-routes.ts';
