// The OIDC client against a real (small, local) issuer: discovery, authorization code + PKCE,
// ID-token validation by openid-client, and each way a sign-in can fail.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startOidcIssuer, type TestOidcIssuer } from '../../test/oidc-issuer.ts';
import {
  createOidcClient,
  OidcError,
  type OidcClient,
  type OidcLoginStart,
  type OidcSettings,
} from './oidc.ts';

const REDIRECT = 'http://127.0.0.1:9/api/v1/auth/oidc/callback';
const USER = { sub: 'u-1001', preferred_username: 'zhangsan', name: '张三' };

let issuer: TestOidcIssuer;

beforeAll(async () => {
  issuer = await startOidcIssuer({
    clients: [
      { clientId: 'yingshang', clientSecret: 's3cret:with+odd chars', redirectUris: [REDIRECT] },
      { clientId: 'yingshang-public', redirectUris: [REDIRECT] },
    ],
    user: USER,
  });
});
afterAll(() => issuer.stop());

function settings(overrides: Partial<OidcSettings> = {}): OidcSettings {
  return {
    issuer: issuer.issuer,
    clientId: 'yingshang',
    clientSecret: 's3cret:with+odd chars',
    redirectUri: REDIRECT,
    usernameClaim: 'preferred_username',
    ...overrides,
  };
}

/** Plays the browser: follows the authorization URL to the issuer and returns where it sends us back. */
async function authorize(start: OidcLoginStart): Promise<URL> {
  const res = await fetch(start.url, { redirect: 'manual' });
  expect(res.status).toBe(302);
  return new URL(res.headers.get('location')!);
}

async function signIn(client: OidcClient) {
  const start = await client.start();
  return client.finish(await authorize(start), start);
}

async function failure(promise: Promise<unknown>): Promise<OidcError> {
  const err = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(OidcError);
  return err as OidcError;
}

describe('OIDC sign-in against a local issuer', () => {
  it('runs the authorization code flow with PKCE and returns the identity', async () => {
    issuer.setUser(USER);
    const client = createOidcClient(settings(), { allowInsecureHttp: true });
    const start = await client.start();
    const url = new URL(start.url);
    expect(url.origin + url.pathname).toBe(`${issuer.issuer}/authorize`);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      client_id: 'yingshang',
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: 'openid profile',
      state: start.state,
      nonce: start.nonce,
      code_challenge_method: 'S256',
    });
    expect(url.searchParams.get('code_challenge')).not.toBe(start.codeVerifier);

    const callback = await authorize(start);
    expect(callback.origin + callback.pathname).toBe(REDIRECT);
    expect(callback.searchParams.get('state')).toBe(start.state);
    const identity = await client.finish(callback, start);
    expect(identity).toMatchObject({
      subject: 'u-1001',
      username: 'zhangsan',
      name: '张三',
      issuer: issuer.issuer,
    });
    expect(identity.claims).toMatchObject({ aud: 'yingshang', nonce: start.nonce });
  });

  it('works as a public client (no secret, PKCE only)', async () => {
    issuer.setUser(USER);
    const client = createOidcClient(settings({ clientId: 'yingshang-public', clientSecret: undefined }), {
      allowInsecureHttp: true,
    });
    expect((await signIn(client)).username).toBe('zhangsan');
  });

  it('reads another username claim when configured, and a missing name as null', async () => {
    issuer.setUser({ sub: 'u-2', employee_no: 'E-0042' });
    const client = createOidcClient(settings({ usernameClaim: 'employee_no' }), { allowInsecureHttp: true });
    expect(await signIn(client)).toMatchObject({ subject: 'u-2', username: 'E-0042', name: null });
  });

  it('asks /userinfo when the ID token leaves the username out', async () => {
    issuer.setUser(USER);
    issuer.setBehaviour({ profileInIdToken: false });
    try {
      const client = createOidcClient(settings(), { allowInsecureHttp: true });
      expect(await signIn(client)).toMatchObject({ subject: 'u-1001', username: 'zhangsan', name: '张三' });
    } finally {
      issuer.setBehaviour({});
    }
  });

  it('refuses a callback whose state is not the one issued (OIDC_STATE_MISMATCH)', async () => {
    issuer.setUser(USER);
    const client = createOidcClient(settings(), { allowInsecureHttp: true });
    const start = await client.start();
    const callback = await authorize(start);
    const err = await failure(client.finish(callback, { ...start, state: 'another-state' }));
    expect(err.code).toBe('OIDC_STATE_MISMATCH');
    expect(err.message).toMatch(/^.+ \/ .+$/);
    expect(err.messageZh).toMatch(/重新登录/);
    expect(err.messageEn).toMatch(/sign in again/);
  });

  it('refuses an ID token carrying another nonce (OIDC_TOKEN_INVALID)', async () => {
    issuer.setUser(USER);
    const client = createOidcClient(settings(), { allowInsecureHttp: true });
    const start = await client.start();
    const callback = await authorize(start);
    const err = await failure(client.finish(callback, { ...start, nonce: 'a-nonce-from-another-sign-in' }));
    expect(err.code).toBe('OIDC_TOKEN_INVALID');
    expect(err.message).toMatch(/nonce/);
  });

  it('refuses an ID token signed by a key the issuer does not publish', async () => {
    issuer.setUser(USER);
    issuer.setBehaviour({ signWithForeignKey: true });
    try {
      const client = createOidcClient(settings(), { allowInsecureHttp: true });
      const err = await failure(signIn(client));
      expect(err.code).toBe('OIDC_TOKEN_INVALID');
      expect(err.message).toMatch(/signature/);
    } finally {
      issuer.setBehaviour({});
    }
  });

  it('cannot use a code twice (invalid_grant)', async () => {
    issuer.setUser(USER);
    const client = createOidcClient(settings(), { allowInsecureHttp: true });
    const start = await client.start();
    const callback = await authorize(start);
    await client.finish(callback, start);
    const err = await failure(client.finish(callback, start));
    expect(err.code).toBe('OIDC_CALLBACK_ERROR');
    expect(err.message).toMatch(/invalid_grant/);
  });

  it('is refused by the issuer with a wrong PKCE verifier', async () => {
    issuer.setUser(USER);
    const client = createOidcClient(settings(), { allowInsecureHttp: true });
    const start = await client.start();
    const other = await client.start();
    const err = await failure(
      client.finish(await authorize(start), { ...start, codeVerifier: other.codeVerifier }),
    );
    expect(err.code).toBe('OIDC_CALLBACK_ERROR');
    expect(err.message).toMatch(/invalid_grant/);
  });

  it('is refused by the issuer with a wrong client secret', async () => {
    issuer.setUser(USER);
    const client = createOidcClient(settings({ clientSecret: 'not-the-secret' }), {
      allowInsecureHttp: true,
    });
    const err = await failure(signIn(client));
    expect(err.code).toBe('OIDC_CALLBACK_ERROR');
    expect(err.message).toMatch(/HTTP 401 basic/i);
  });

  it('reports an error the issuer sent back to the callback (OIDC_CALLBACK_ERROR)', async () => {
    const client = createOidcClient(settings(), { allowInsecureHttp: true });
    const start = await client.start();
    const callback = new URL(REDIRECT);
    callback.search = new URLSearchParams({
      state: start.state,
      error: 'access_denied',
      error_description: 'user cancelled',
    }).toString();
    const err = await failure(client.finish(callback, start));
    expect(err.code).toBe('OIDC_CALLBACK_ERROR');
    expect(err.messageEn).toMatch(/access_denied: user cancelled/);
  });

  it('fails with OIDC_NO_USERNAME when neither the ID token nor /userinfo names the user', async () => {
    issuer.setUser({ sub: 'u-3', name: '无用户名' });
    const client = createOidcClient(settings(), { allowInsecureHttp: true });
    const err = await failure(signIn(client));
    expect(err.code).toBe('OIDC_NO_USERNAME');
    expect(err.message).toMatch(/preferred_username/);
  });

  it('fails discovery when the issuer is down, and succeeds on a later call once it is back', async () => {
    const down = await startOidcIssuer({
      clients: [{ clientId: 'c', redirectUris: [REDIRECT] }],
      user: USER,
    });
    const { port } = down;
    await down.stop();
    const client = createOidcClient(
      settings({ issuer: down.issuer, clientId: 'c', clientSecret: undefined }),
      {
        allowInsecureHttp: true,
      },
    );
    const err = await failure(client.start());
    expect(err.code).toBe('OIDC_DISCOVERY_FAILED');
    expect((await failure(client.start())).code).toBe('OIDC_DISCOVERY_FAILED');

    const back = await startOidcIssuer({
      clients: [{ clientId: 'c', redirectUris: [REDIRECT] }],
      user: USER,
      port,
    });
    try {
      expect(back.issuer).toBe(down.issuer);
      expect((await signIn(client)).username).toBe('zhangsan');
    } finally {
      await back.stop();
    }
  });

  it('fails discovery when the document names another issuer, or http is not allowed', async () => {
    const renamed = createOidcClient(settings({ issuer: issuer.issuer.replace('127.0.0.1', 'localhost') }), {
      allowInsecureHttp: true,
    });
    expect((await failure(renamed.start())).code).toBe('OIDC_DISCOVERY_FAILED');
    const strict = createOidcClient(settings());
    const err = await failure(strict.start());
    expect(err.code).toBe('OIDC_DISCOVERY_FAILED');
    expect(err.message).toMatch(/HTTPS/);
  });

  it('rejects a redirect URI with a query at construction', () => {
    expect(() => createOidcClient(settings({ redirectUri: `${REDIRECT}?x=1` }))).toThrow(TypeError);
  });
});

describe('the test issuer itself', () => {
  it('does not redirect to an unregistered redirect_uri', async () => {
    const url = new URL(`${issuer.issuer}/authorize`);
    url.search = new URLSearchParams({
      client_id: 'yingshang',
      redirect_uri: 'http://evil.example/cb',
      response_type: 'code',
      scope: 'openid',
      code_challenge: 'x'.repeat(43),
      code_challenge_method: 'S256',
    }).toString();
    const res = await fetch(url, { redirect: 'manual' });
    expect(res.status).toBe(400);
    expect(res.headers.get('location')).toBeNull();
  });

  it('requires PKCE with S256', async () => {
    const url = new URL(`${issuer.issuer}/authorize`);
    url.search = new URLSearchParams({
      client_id: 'yingshang',
      redirect_uri: REDIRECT,
      response_type: 'code',
      scope: 'openid',
      state: 'st',
      code_challenge: 'plain-challenge',
      code_challenge_method: 'plain',
    }).toString();
    const res = await fetch(url, { redirect: 'manual' });
    const back = new URL(res.headers.get('location')!);
    expect(back.searchParams.get('error')).toBe('invalid_request');
    expect(back.searchParams.get('state')).toBe('st');
    expect(back.searchParams.get('code')).toBeNull();
  });
});
