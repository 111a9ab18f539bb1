// Single sign-on through the whole app: our routes, a real local OIDC issuer, a real session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoCity } from '../../seed/index.ts';
import { createTestApp, type TestApp } from '../../test/harness.ts';
import { startOidcIssuer, type TestOidcIssuer } from '../../test/oidc-issuer.ts';

const redirectUri = 'http://yingshang.test/api/v1/auth/oidc/callback';
let issuer: TestOidcIssuer;
let t: TestApp;

beforeAll(async () => {
  issuer = await startOidcIssuer({
    clients: [{ clientId: 'yingshang', clientSecret: 'sso-secret', redirectUris: [redirectUri] }],
    user: { sub: 'nm-000123', preferred_username: 'office', name: '刘晓燕' },
  });
  t = await createTestApp({
    OIDC_ISSUER: issuer.issuer,
    OIDC_CLIENT_ID: 'yingshang',
    OIDC_CLIENT_SECRET: 'sso-secret',
    OIDC_REDIRECT_URI: redirectUri,
    OIDC_LABEL: '自治区统一身份认证',
  });
  await seedDemoCity(t.services, { seed: 1, scale: 'small', catalog: false });
});
afterAll(async () => {
  await t.close();
  await issuer.stop();
});

/** Login → issuer → callback, as a browser following redirects would, keeping the flow cookie. */
async function ssoRoundTrip(returnTo: string) {
  const login = await t.app.inject({ url: `/api/v1/auth/oidc/login?returnTo=${encodeURIComponent(returnTo)}` });
  expect(login.statusCode).toBe(302);
  const flow = login.cookies.find((c) => c.name === 'yingshang_oidc')!;
  const atIssuer = await fetch(login.headers.location!, { redirect: 'manual' });
  expect(atIssuer.status).toBe(302);
  const callback = new URL(atIssuer.headers.get('location')!);
  return t.app.inject({ url: `${callback.pathname}${callback.search}`, headers: { cookie: `yingshang_oidc=${flow.value}` } });
}

describe('single sign-on', () => {
  it('tells the web that it is on, with its label', async () => {
    const res = await t.app.inject({ url: '/api/v1/auth/oidc/config' });
    expect(res.json()).toEqual({ enabled: true, label: '自治区统一身份认证' });
  });

  it('signs a known user in and returns them where they were', async () => {
    const done = await ssoRoundTrip('/admin/audit');
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/admin/audit');
    const session = done.cookies.find((c) => c.name === 'ys_session')!;
    const me = await t.app.inject({ url: '/api/v1/auth/me', headers: { cookie: `ys_session=${session.value}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.username).toBe('office');
  });

  it('sends an identity with no local account back to sign-in, and audits the refusal', async () => {
    issuer.setUser({ sub: 'nm-999', preferred_username: 'stranger', name: '陌生人' });
    const done = await ssoRoundTrip('/');
    expect(done.statusCode).toBe(302);
    expect(done.headers.location).toBe('/sign-in?error=oidc_unknown_user');
    expect(done.cookies.find((c) => c.name === 'ys_session')).toBeUndefined();
  });
});
