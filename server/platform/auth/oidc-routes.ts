// Sign-in through the OpenID Connect provider (统一身份认证): where the browser starts, and where it
// comes back. The secrets of one sign-in (state, nonce, PKCE verifier) and where to go afterwards
// travel in a short-lived signed cookie scoped to these routes, so no server-side store is needed.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { oidcConfigReply } from '../../../common/api/auth.ts';
import { AppError } from '../errors/index.ts';
import type { App } from '../http/index.ts';
import { OidcError, type OidcClient } from './oidc.ts';

export const OIDC_FLOW_COOKIE = 'yingshang_oidc';
const COOKIE_PATH = '/api/v1/auth/oidc';
const FLOW_SECONDS = 600;

export interface OidcRouteDeps {
  /** null when single sign-on is not configured: config says so, login and callback answer 404. */
  client: OidcClient | null;
  /** The button's text, e.g. 统一身份认证. */
  label: string;
  /** Opens a session for an active local user of that name, or null when there is none. */
  signInByUsername: (
    username: string,
    meta: { ip: string; userAgent: string | null; via: 'oidc'; subject: string; issuer: string },
  ) => Promise<{ setCookie: (reply: FastifyReply) => void } | null>;
  secureCookies: boolean;
}

const flowSchema = z.object({
  state: z.string().min(1),
  nonce: z.string().min(1),
  codeVerifier: z.string().min(1),
  returnTo: z.string(),
  /** Epoch ms; the cookie's Max-Age is not trusted alone (a copied value could be replayed later). */
  issuedAt: z.number(),
});
type Flow = z.infer<typeof flowSchema>;

/** A same-site relative path to go to after sign-in, or '/': never `//host`, `/\host` or a full URL. */
export function safeReturnTo(value: unknown): string {
  if (typeof value !== 'string' || value.length > 2000) return '/';
  // Browsers read a backslash as a slash, so `/\evil.example` would leave the site too.
  if (!value.startsWith('/') || value.startsWith('//') || value.includes('\\')) return '/';
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f\s]/.test(value)) return '/';
  return value;
}

const signInPage = (error: 'oidc_failed' | 'oidc_unknown_user') => `/sign-in?error=${error}`;

const disabled = () =>
  new AppError('NOT_FOUND', { zh: '未启用统一身份认证登录', en: 'Single sign-on is not enabled' });

const redirectSchema = z.null().describe('重定向 · redirect (Location header)');
const tags = ['auth 登录与令牌'];

export function registerOidcRoutes(app: App, deps: OidcRouteDeps) {
  const cookieOptions = {
    httpOnly: true,
    sameSite: 'lax' as const, // sent on the top-level GET back from the provider
    path: COOKIE_PATH,
    secure: deps.secureCookies,
  };

  function redirect(reply: FastifyReply, location: string) {
    return reply.header('cache-control', 'no-store').redirect(location, 302);
  }

  function readFlow(request: FastifyRequest): Flow | null {
    const raw = request.cookies[OIDC_FLOW_COOKIE];
    if (!raw) return null;
    const unsigned = request.unsignCookie(raw);
    if (!unsigned.valid) return null;
    try {
      const flow = flowSchema.parse(JSON.parse(Buffer.from(unsigned.value, 'base64url').toString('utf8')));
      const age = Date.now() - flow.issuedAt;
      return age >= 0 && age <= FLOW_SECONDS * 1000 ? flow : null;
    } catch {
      return null;
    }
  }

  app.get(
    '/api/v1/auth/oidc/config',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: '统一身份认证是否启用 · whether single sign-on is offered',
        response: { 200: oidcConfigReply },
      },
    },
    async () => ({ enabled: deps.client !== null, label: deps.client ? deps.label : null }),
  );

  app.get(
    '/api/v1/auth/oidc/login',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: '跳转到统一身份认证平台登录 · go to the identity provider to sign in',
        querystring: z.object({
          returnTo: z.string().optional().describe('登录后返回的站内路径 · a path on this site'),
        }),
        response: { 302: redirectSchema },
      },
    },
    async (request, reply) => {
      if (!deps.client) throw disabled();
      let start;
      try {
        start = await deps.client.start();
      } catch (err) {
        if (!(err instanceof OidcError)) throw err;
        request.log.warn({ code: err.code, reason: err.messageEn }, 'OIDC sign-in could not start');
        return redirect(reply, signInPage('oidc_failed'));
      }
      const flow: Flow = {
        state: start.state,
        nonce: start.nonce,
        codeVerifier: start.codeVerifier,
        returnTo: safeReturnTo(request.query.returnTo),
        issuedAt: Date.now(),
      };
      reply.setCookie(OIDC_FLOW_COOKIE, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
        ...cookieOptions,
        signed: true,
        maxAge: FLOW_SECONDS,
      });
      return redirect(reply, start.url);
    },
  );

  app.get(
    '/api/v1/auth/oidc/callback',
    {
      config: { policy: 'public' },
      schema: {
        tags,
        summary: '统一身份认证平台登录回调 · where the identity provider sends the browser back',
        querystring: z.object({
          code: z.string().optional(),
          state: z.string().optional(),
          iss: z.string().optional(),
          error: z.string().optional(),
          error_description: z.string().optional(),
        }),
        response: { 302: redirectSchema },
      },
    },
    async (request, reply) => {
      if (!deps.client) throw disabled();
      const flow = readFlow(request);
      reply.clearCookie(OIDC_FLOW_COOKIE, cookieOptions); // one callback per sign-in, whatever happens
      if (!flow) {
        request.log.info(
          'OIDC callback without a valid sign-in cookie (expired, tampered or from another browser)',
        );
        return redirect(reply, signInPage('oidc_failed'));
      }
      let identity;
      try {
        // Only the query is read; finish() posts the configured redirect URI, never one built from Host.
        identity = await deps.client.finish(new URL(request.url, 'http://callback.invalid'), flow);
      } catch (err) {
        if (!(err instanceof OidcError)) throw err;
        request.log.warn({ code: err.code, reason: err.messageEn }, 'OIDC sign-in failed');
        return redirect(reply, signInPage('oidc_failed'));
      }
      const session = await deps.signInByUsername(identity.username, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        via: 'oidc',
        subject: identity.subject,
        issuer: identity.issuer,
      });
      if (!session) {
        request.log.info(
          { subject: identity.subject, issuer: identity.issuer },
          'OIDC user has no active local account',
        );
        return redirect(reply, signInPage('oidc_unknown_user'));
      }
      session.setCookie(reply);
      return redirect(reply, safeReturnTo(flow.returnTo));
    },
  );
}
