// Authentication and authorization on every request, driven by each route's declared policy:
// public routes pass; others need a session cookie or an API token, the right role, and — for a
// session making a change — the CSRF token. Data scope is applied by the services.
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../audit/index.ts';
import { AppError } from '../errors/index.ts';
import type { RoutePolicy } from '../http/index.ts';
import { hasAnyRole, type Principal } from './principal.ts';
import { SESSION_COOKIE, type ResolvedSession, type SessionStore } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    principal: Principal | null;
  }
}

export interface AuthDeps {
  sessions: SessionStore;
  /** The principal of an active (not disabled) user for a live session, or null. */
  loadSessionPrincipal(session: ResolvedSession): Promise<Principal | null>;
  /** The principal of a valid, unrevoked, unexpired API token, or null. */
  resolveApiToken(secret: string): Promise<Principal | null>;
}

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export const unauthenticated = () =>
  new AppError('UNAUTHENTICATED', { zh: '请先登录（或登录已过期）', en: 'Sign in first (or your session has expired)' });

const forbidden = () => new AppError('FORBIDDEN', { zh: '没有权限执行此操作', en: 'You are not allowed to do this' });

async function authenticate(request: FastifyRequest, deps: AuthDeps): Promise<Principal | null> {
  const header = request.headers.authorization;
  if (header?.startsWith('Bearer ')) return deps.resolveApiToken(header.slice(7).trim());
  const token = request.cookies[SESSION_COOKIE];
  if (!token) return null;
  return deps.sessions.principalFor(token, (session) => deps.loadSessionPrincipal(session));
}

export function registerAuth(app: FastifyInstance, deps: AuthDeps) {
  app.decorateRequest('principal', null);
  app.addHook('onRequest', async (request) => {
    if (request.is404) return;
    const policy: RoutePolicy | undefined = request.routeOptions.config?.policy;
    if (policy === 'public') return;
    // Deny by default: a route without a policy is a bug the route walk test catches.
    if (!policy) throw forbidden();
    const principal = await authenticate(request, deps);
    if (!principal) throw unauthenticated();
    request.principal = principal;
    if (principal.via === 'session' && !safeMethods.has(request.method) && request.headers['x-csrf-token'] !== principal.csrfToken) {
      throw new AppError('CSRF_FAILED', {
        zh: '请求缺少有效的防伪令牌，请刷新页面后重试',
        en: 'Missing or wrong CSRF token; reload the page and try again',
      });
    }
    if (policy.sessionOnly && principal.via !== 'session') throw forbidden();
    if (principal.mustChangePassword && !policy.duringPasswordChange) {
      throw new AppError('PASSWORD_CHANGE_REQUIRED', {
        zh: '首次登录须先修改密码',
        en: 'Change your password before continuing',
      });
    }
    if (policy.roles.length > 0 && !hasAnyRole(principal, policy.roles)) throw forbidden();
  });
}

/** The principal of a route whose policy requires one (the hook has guaranteed it). */
export function principalOf(request: FastifyRequest): Principal {
  if (!request.principal) throw unauthenticated();
  return request.principal;
}

/** The audit actor for a request: who (user or token) and from where. */
export function actorOf(request: FastifyRequest): Actor {
  const p = request.principal;
  return { type: p ? (p.via === 'token' ? 'token' : 'user') : 'system', id: p?.id ?? null, ip: request.ip, requestId: String(request.id) };
}

export function requestMeta(request: FastifyRequest) {
  return { ip: request.ip, userAgent: request.headers['user-agent'] ?? null, requestId: String(request.id) };
}
