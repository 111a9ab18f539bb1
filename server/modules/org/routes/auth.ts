// /api/v1/auth: sign-in, sign-out, who am I, password change, and API tokens.
import type { FastifyReply } from 'fastify';
import { z } from 'zod';
import { apiTokensReply, changePasswordBody, createApiTokenBody, createApiTokenReply, sessionReply, signInBody } from '../../../../common/api/auth.ts';
import { actorOf, principalOf, requestMeta, SESSION_COOKIE, type StartedSession } from '../../../platform/auth/index.ts';
import type { App } from '../../../platform/http/index.ts';
import { sessionReplyOf, type OrgService } from '../service/index.ts';

const tags = ['auth 登录与令牌'];

export interface CookieSettings {
  secure: boolean;
  maxAgeSeconds: number;
}

export function sessionCookieSetter(cookies: CookieSettings) {
  return (reply: FastifyReply, started: StartedSession) =>
    reply.setCookie(SESSION_COOKIE, started.token, { httpOnly: true, sameSite: 'lax', path: '/', secure: cookies.secure, maxAge: cookies.maxAgeSeconds });
}

export function registerAuthRoutes(app: App, org: OrgService, cookies: CookieSettings) {
  const setSessionCookie = sessionCookieSetter(cookies);
  const clearCookie = (reply: FastifyReply) => reply.clearCookie(SESSION_COOKIE, { path: '/' });

  app.post(
    '/api/v1/auth/sign-in',
    { config: { policy: 'public' }, schema: { tags, summary: '登录 · sign in', body: signInBody, response: { 200: sessionReply } } },
    async (request, reply) => {
      const { started, reply: body } = await org.auth.signIn(request.body.username, request.body.password, requestMeta(request));
      setSessionCookie(reply, started);
      return body;
    },
  );

  app.get(
    '/api/v1/auth/me',
    { config: { policy: { roles: [], duringPasswordChange: true, sessionOnly: true } }, schema: { tags, summary: '当前用户 · who am I', response: { 200: sessionReply } } },
    async (request) => {
      const principal = principalOf(request);
      const expiry = principal.sessionExpiry!;
      return sessionReplyOf(org.auth.me(principal), { csrfToken: principal.csrfToken ?? '', ...expiry });
    },
  );

  app.post(
    '/api/v1/auth/sign-out',
    { config: { policy: { roles: [], duringPasswordChange: true, sessionOnly: true } }, schema: { tags, summary: '退出登录 · sign out' } },
    async (request, reply) => {
      await org.auth.signOut(principalOf(request), requestMeta(request), false);
      clearCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/sign-out-everywhere',
    { config: { policy: { roles: [], duringPasswordChange: true, sessionOnly: true } }, schema: { tags, summary: '在所有设备上退出 · sign out everywhere' } },
    async (request, reply) => {
      await org.auth.signOut(principalOf(request), requestMeta(request), true);
      clearCookie(reply);
      return reply.code(204).send();
    },
  );

  app.post(
    '/api/v1/auth/password',
    { config: { policy: { roles: [], duringPasswordChange: true, sessionOnly: true } }, schema: { tags, summary: '修改密码 · change password', body: changePasswordBody } },
    async (request, reply) => {
      await org.auth.changePassword(principalOf(request), request.body.currentPassword, request.body.newPassword, requestMeta(request));
      return reply.code(204).send();
    },
  );

  const admin = { roles: ['admin'], scope: 'all' } as const;
  app.get('/api/v1/auth/tokens', { config: { policy: admin }, schema: { tags, summary: '接口令牌 · API tokens', response: { 200: apiTokensReply } } }, async () => ({
    tokens: await org.tokens.list(),
  }));
  app.post(
    '/api/v1/auth/tokens',
    { config: { policy: { ...admin, sessionOnly: true } }, schema: { tags, summary: '创建接口令牌 · create an API token', body: createApiTokenBody, response: { 201: createApiTokenReply } } },
    async (request, reply) => reply.code(201).send(await org.tokens.create(actorOf(request), request.body)),
  );
  app.delete(
    '/api/v1/auth/tokens/:id',
    { config: { policy: { ...admin, sessionOnly: true } }, schema: { tags, summary: '吊销接口令牌 · revoke an API token', params: z.object({ id: z.string().uuid() }) } },
    async (request, reply) => {
      await org.tokens.revoke(actorOf(request), request.params.id);
      return reply.code(204).send();
    },
  );
}
