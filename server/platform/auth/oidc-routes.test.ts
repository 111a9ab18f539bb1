// The OIDC routes on a bare Fastify app, against a real local issuer. Only signInByUsername (the
// session code's seam) is a stand-in that records its calls.
import cookie from '@fastify/cookie';
import Fastify, { type FastifyReply } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { registerErrorHandling } from '../errors/index.ts';
import type { App } from '../http/index.ts';
import { startOidcIssuer, type TestOidcIssuer } from '../../test/oidc-issuer.ts';
import { createOidcClient } from './oidc.ts';
import { OIDC_FLOW_COOKIE, registerOidcRoutes, safeReturnTo, type OidcRouteDeps } from './oidc-routes.ts';

const REDIRECT = 'https://yingshang.example/api/v1/auth/oidc/callback';
const USER = { sub: 'u-1001', preferred_username: 'zhangsan', name: '张三' };

type SignInCall = Parameters<OidcRouteDeps['signInByUsername']>;

let issuer: TestOidcIssuer;

beforeAll(async () => {
  issuer = await startOidcIssuer({
    clients: [{ clientId: 'yingshang', clientSecret: 'secret', redirectUris: [REDIRECT] }],
    user: USER,
  });
});
afterAll(() => issuer.stop());

async function buildTestApp(
  options: { enabled?: boolean; secure?: boolean; issuerUrl?: string; knownUsers?: string[] } = {},
) {
  const calls: SignInCall[] = [];
  const app = Fastify({ logger: false }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  await app.register(cookie, { secret: 'a-test-cookie-secret-of-at-least-32-chars' });
  registerErrorHandling(app);
  const client =
    options.enabled === false
      ? null
      : createOidcClient(
          {
            issuer: options.issuerUrl ?? issuer.issuer,
            clientId: 'yingshang',
            clientSecret: 'secret',
            redirectUri: REDIRECT,
            usernameClaim: 'preferred_username',
          },
          { allowInsecureHttp: true },
        );
  const known = options.knownUsers ?? ['zhangsan'];
  registerOidcRoutes(app as unknown as App, {
    client,
    label: '统一身份认证',
    secureCookies: options.secure ?? false,
    async signInByUsername(...args) {
      calls.push(args);
      if (!known.includes(args[0])) return null;
      return {
        setCookie: (reply: FastifyReply) =>
          void reply.setCookie('yingshang_session', 'session-of-' + args[0], { path: '/', httpOnly: true }),
      };
    },
  });
  await app.ready();
  return { app, calls };
}

type TestApp = Awaited<ReturnType<typeof buildTestApp>>['app'];

/** Login → the issuer (as a browser would follow it) → the callback path and query, plus the flow cookie. */
async function toCallback(app: TestApp, returnTo?: string) {
  const login = await app.inject({
    method: 'GET',
    url: '/api/v1/auth/oidc/login',
    query: returnTo === undefined ? {} : { returnTo },
  });
  expect(login.statusCode).toBe(302);
  const flowCookie = login.cookies.find((c) => c.name === OIDC_FLOW_COOKIE)!;
  expect(flowCookie).toBeDefined();
  const atIssuer = await fetch(login.headers.location as string, { redirect: 'manual' });
  expect(atIssuer.status).toBe(302);
  const back = new URL(atIssuer.headers.get('location')!);
  return { url: back.pathname + back.search, flowCookie, login };
}

function callback(app: TestApp, url: string, flowValue?: string) {
  return app.inject({
    method: 'GET',
    url,
    cookies: flowValue === undefined ? {} : { [OIDC_FLOW_COOKIE]: flowValue },
  });
}

describe('OIDC routes', () => {
  it('say whether single sign-on is offered', async () => {
    const { app } = await buildTestApp();
    expect((await app.inject('/api/v1/auth/oidc/config')).json()).toEqual({
      enabled: true,
      label: '统一身份认证',
    });
    const off = await buildTestApp({ enabled: false });
    expect((await off.app.inject('/api/v1/auth/oidc/config')).json()).toEqual({
      enabled: false,
      label: null,
    });
  });

  it('answer 404 problem JSON for login and callback when single sign-on is off', async () => {
    const { app } = await buildTestApp({ enabled: false });
    for (const url of ['/api/v1/auth/oidc/login', '/api/v1/auth/oidc/callback?code=x&state=y']) {
      const res = await app.inject({ url, headers: { 'accept-language': 'en' } });
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
      expect(res.json()).toMatchObject({ code: 'NOT_FOUND', title: 'Single sign-on is not enabled' });
    }
  });

  it('sign in end to end: cookie, issuer, callback, session, back to returnTo', async () => {
    const { app, calls } = await buildTestApp();
    const { url, flowCookie, login } = await toCallback(app, '/appeals/42?tab=history');

    const location = new URL(login.headers.location as string);
    expect(location.origin).toBe(issuer.issuer);
    expect(location.searchParams.get('redirect_uri')).toBe(REDIRECT);
    expect(login.headers['cache-control']).toBe('no-store');
    expect(flowCookie).toMatchObject({
      path: '/api/v1/auth/oidc',
      maxAge: 600,
      httpOnly: true,
      sameSite: 'Lax',
    });
    expect(flowCookie.secure).toBeFalsy();
    expect(flowCookie.value).toMatch(/\./); // signed

    const res = await app.inject({
      url,
      cookies: { [OIDC_FLOW_COOKIE]: flowCookie.value },
      headers: { 'user-agent': 'test-browser/1.0' },
    });
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/appeals/42?tab=history');
    expect(res.cookies.find((c) => c.name === 'yingshang_session')?.value).toBe('session-of-zhangsan');
    const cleared = res.cookies.find((c) => c.name === OIDC_FLOW_COOKIE)!;
    expect(cleared.value).toBe('');
    expect(cleared.path).toBe('/api/v1/auth/oidc');
    expect(calls).toEqual([
      [
        'zhangsan',
        {
          ip: '127.0.0.1',
          userAgent: 'test-browser/1.0',
          via: 'oidc',
          subject: 'u-1001',
          issuer: issuer.issuer,
        },
      ],
    ]);
  });

  it('mark the flow cookie Secure when asked', async () => {
    const { app } = await buildTestApp({ secure: true });
    const login = await app.inject('/api/v1/auth/oidc/login');
    expect(login.cookies.find((c) => c.name === OIDC_FLOW_COOKIE)?.secure).toBe(true);
  });

  it('send an unknown local user back to the sign-in page', async () => {
    const { app, calls } = await buildTestApp({ knownUsers: [] });
    const { url, flowCookie } = await toCallback(app, '/x');
    const res = await callback(app, url, flowCookie.value);
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?error=oidc_unknown_user');
    expect(res.cookies.some((c) => c.name === 'yingshang_session')).toBe(false);
    expect(calls).toHaveLength(1);
  });

  it('go to / instead of a returnTo that leaves the site', async () => {
    const { app } = await buildTestApp();
    const { url, flowCookie } = await toCallback(app, '//evil.example/phish');
    const res = await callback(app, url, flowCookie.value);
    expect(res.headers.location).toBe('/');
  });

  it('fail without the flow cookie, with a tampered one, or with one from another sign-in', async () => {
    const { app, calls } = await buildTestApp();
    const first = await toCallback(app);
    const second = await toCallback(app);
    for (const value of [
      undefined,
      first.flowCookie.value.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
      second.flowCookie.value,
    ]) {
      const res = await callback(app, first.url, value);
      expect(res.statusCode).toBe(302);
      expect(res.headers.location).toBe('/sign-in?error=oidc_failed');
    }
    expect(calls).toHaveLength(0);
  });

  it('fail when the flow cookie is older than ten minutes', async () => {
    const { app, calls } = await buildTestApp();
    // Only the login happens eleven minutes ago; the issuer's code is fresh, so the cookie's age alone refuses it.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(Date.now() - 11 * 60_000);
    const login = await app.inject('/api/v1/auth/oidc/login').finally(() => vi.useRealTimers());
    const atIssuer = await fetch(login.headers.location as string, { redirect: 'manual' });
    const back = new URL(atIssuer.headers.get('location')!);
    const flowCookie = login.cookies.find((c) => c.name === OIDC_FLOW_COOKIE)!;
    const res = await callback(app, back.pathname + back.search, flowCookie.value);
    expect(res.headers.location).toBe('/sign-in?error=oidc_failed');
    expect(calls).toHaveLength(0);
  });

  it('fail when the callback is replayed (the code works once)', async () => {
    const { app, calls } = await buildTestApp();
    const { url, flowCookie } = await toCallback(app);
    expect((await callback(app, url, flowCookie.value)).headers.location).toBe('/');
    expect((await callback(app, url, flowCookie.value)).headers.location).toBe('/sign-in?error=oidc_failed');
    expect(calls).toHaveLength(1);
  });

  it('fail when the provider returns an error', async () => {
    const { app, calls } = await buildTestApp();
    const { url, flowCookie } = await toCallback(app);
    const state = new URL(url, 'http://x').searchParams.get('state')!;
    const res = await callback(
      app,
      `/api/v1/auth/oidc/callback?state=${state}&error=access_denied`,
      flowCookie.value,
    );
    expect(res.headers.location).toBe('/sign-in?error=oidc_failed');
    expect(calls).toHaveLength(0);
  });

  it('send the browser back to sign-in when the provider cannot be reached', async () => {
    const gone = await startOidcIssuer({ clients: [], user: USER });
    await gone.stop();
    const { app } = await buildTestApp({ issuerUrl: gone.issuer });
    const res = await app.inject('/api/v1/auth/oidc/login');
    expect(res.statusCode).toBe(302);
    expect(res.headers.location).toBe('/sign-in?error=oidc_failed');
    expect(res.cookies.some((c) => c.name === OIDC_FLOW_COOKIE)).toBe(false);
  });
});

describe('safeReturnTo', () => {
  it('keeps same-site relative paths and refuses everything else', () => {
    for (const ok of ['/', '/appeals', '/appeals/42?tab=a&b=c#top', '/搜索?q=营商'])
      expect(safeReturnTo(ok)).toBe(ok);
    for (const bad of [
      undefined,
      '',
      'appeals',
      '//evil.example',
      '/\\evil.example',
      '\\\\evil.example',
      'https://evil.example/',
      'javascript:alert(1)',
      '/a\nb',
      '/a b',
      '/' + 'x'.repeat(2000),
    ]) {
      expect(safeReturnTo(bad)).toBe('/');
    }
  });
});
