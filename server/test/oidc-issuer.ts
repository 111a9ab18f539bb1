// A small but real OpenID Connect issuer for tests: discovery, JWKS, an authorization endpoint
// that approves at once as the configured user, and a token endpoint for the authorization code
// grant with PKCE (S256), client_secret_basic or none, and RS256 ID tokens. It follows the specs
// where our client relies on them (single-use codes, PKCE, redirect_uri binding, RFC 9207 `iss`),
// so tests exercise openid-client for real instead of a mock of our own code.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

export interface TestOidcClient {
  clientId: string;
  /** Absent for a public client, which authenticates with `none` (client_id in the body). */
  clientSecret?: string;
  redirectUris: string[];
}

/** Who the issuer signs in as; any extra claim goes into the ID token and /userinfo. */
export interface TestOidcUser {
  sub: string;
  preferred_username?: string;
  name?: string;
  [claim: string]: unknown;
}

export interface TestOidcBehaviour {
  /** Sign ID tokens with a key that is not in the JWKS but carries the published `kid`, as a forger would. */
  signWithForeignKey?: boolean;
  /** Leave the user's profile claims out of ID tokens (only /userinfo has them), as some providers do. */
  profileInIdToken?: boolean;
}

export interface TestOidcIssuer {
  /** The issuer identifier, `http://127.0.0.1:<port>` (no trailing slash). */
  issuer: string;
  port: number;
  setUser(user: TestOidcUser): void;
  setBehaviour(behaviour: TestOidcBehaviour): void;
  stop(): Promise<void>;
}

type Grant = { clientId: string; redirectUri: string; challenge: string; nonce?: string; user: TestOidcUser };

const b64url = (bytes: Buffer) => bytes.toString('base64url');
const token = () => b64url(randomBytes(32));
const PROTOCOL_CLAIMS = new Set(['iss', 'aud', 'exp', 'iat', 'nonce', 'azp', 'auth_time']);

function safeEqual(a: string, b: string) {
  const [x, y] = [Buffer.from(a), Buffer.from(b)];
  return x.length === y.length && timingSafeEqual(x, y);
}

function json(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  res.end(JSON.stringify(body));
}

async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** RFC 6749 §2.3.1: client_secret_basic form-encodes id and secret before base64. */
function basicCredentials(header: string | undefined): { id: string; secret: string } | null {
  if (!header?.startsWith('Basic ')) return null;
  const decoded = Buffer.from(header.slice(6), 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon < 0) return null;
  const formDecode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
  try {
    return { id: formDecode(decoded.slice(0, colon)), secret: formDecode(decoded.slice(colon + 1)) };
  } catch {
    return null;
  }
}

export async function startOidcIssuer(options: {
  clients: TestOidcClient[];
  user: TestOidcUser;
  /** Listen on this port (to bring an issuer back where it was); a free one otherwise. */
  port?: number;
}): Promise<TestOidcIssuer> {
  const kid = token().slice(0, 16);
  const { publicKey, privateKey } = await generateKeyPair('RS256');
  let foreign: CryptoKey | null = null; // made on first use: RSA key generation is slow
  const jwks = { keys: [{ ...(await exportJWK(publicKey)), kid, alg: 'RS256', use: 'sig' }] };
  let user = options.user;
  let behaviour: TestOidcBehaviour = {};
  const grants = new Map<string, Grant & { expiresAt: number }>();
  const accessTokens = new Map<string, { user: TestOidcUser; expiresAt: number }>();
  let issuer = '';

  const profile = (u: TestOidcUser) =>
    Object.fromEntries(Object.entries(u).filter(([k]) => !PROTOCOL_CLAIMS.has(k)));

  async function idToken(grant: Grant): Promise<string> {
    const claims = behaviour.profileInIdToken === false ? { sub: grant.user.sub } : profile(grant.user);
    if (behaviour.signWithForeignKey) foreign ??= (await generateKeyPair('RS256')).privateKey;
    const now = Math.floor(Date.now() / 1000);
    const nonce = grant.nonce === undefined ? {} : { nonce: grant.nonce };
    return new SignJWT({ ...claims, ...nonce, auth_time: now })
      .setProtectedHeader({ alg: 'RS256', kid, typ: 'JWT' })
      .setIssuer(issuer)
      .setAudience(grant.clientId)
      .setIssuedAt(now)
      .setExpirationTime(now + 300)
      .sign(behaviour.signWithForeignKey && foreign ? foreign : privateKey);
  }

  function authorize(url: URL, res: ServerResponse) {
    const q = url.searchParams;
    const client = options.clients.find((c) => c.clientId === q.get('client_id'));
    const redirectUri = q.get('redirect_uri') ?? '';
    // Never redirect to an unregistered URI (RFC 6749 §4.1.2.1): answer the browser directly.
    if (!client || !client.redirectUris.includes(redirectUri)) {
      return json(res, 400, { error: 'invalid_request', error_description: 'unknown redirect_uri' });
    }
    const back = new URL(redirectUri);
    const state = q.get('state');
    if (state !== null) back.searchParams.set('state', state);
    back.searchParams.set('iss', issuer);
    const fail = (error: string, description: string) => {
      back.searchParams.set('error', error);
      back.searchParams.set('error_description', description);
      res.writeHead(302, { location: back.href }).end();
    };
    if (q.get('response_type') !== 'code') return fail('unsupported_response_type', 'response_type=code');
    if (!(q.get('scope') ?? '').split(' ').includes('openid'))
      return fail('invalid_scope', 'scope must include openid');
    const challenge = q.get('code_challenge');
    if (!challenge || q.get('code_challenge_method') !== 'S256') {
      return fail('invalid_request', 'PKCE with code_challenge_method=S256 is required');
    }
    const code = token();
    const grant: Grant = { clientId: client.clientId, redirectUri, challenge, user: { ...user } };
    grants.set(code, { ...grant, nonce: q.get('nonce') ?? undefined, expiresAt: Date.now() + 60_000 });
    back.searchParams.set('code', code);
    res.writeHead(302, { location: back.href }).end();
  }

  async function tokenEndpoint(req: IncomingMessage, res: ServerResponse) {
    const form = await readForm(req);
    const basic = basicCredentials(req.headers.authorization);
    const bodyId = form.get('client_id');
    const invalidClient = () =>
      json(res, 401, { error: 'invalid_client' }, { 'www-authenticate': 'Basic realm="token"' });
    if (basic && bodyId !== null && bodyId !== basic.id) return json(res, 400, { error: 'invalid_request' });
    const client = options.clients.find((c) => c.clientId === (basic?.id ?? bodyId));
    if (!client || form.has('client_secret')) return invalidClient();
    if (client.clientSecret !== undefined ? !basic || !safeEqual(basic.secret, client.clientSecret) : basic) {
      return invalidClient();
    }
    const grantType = form.get('grant_type');
    if (grantType !== 'authorization_code') return json(res, 400, { error: 'unsupported_grant_type' });
    const code = form.get('code') ?? '';
    const grant = grants.get(code);
    grants.delete(code); // a code works once, whatever happens next (RFC 6749 §4.1.2)
    const verifier = form.get('code_verifier') ?? '';
    const hashed = b64url(createHash('sha256').update(verifier).digest());
    if (
      !grant ||
      grant.expiresAt < Date.now() ||
      grant.clientId !== client.clientId ||
      grant.redirectUri !== form.get('redirect_uri') ||
      !/^[A-Za-z0-9._~-]{43,128}$/.test(verifier) ||
      !safeEqual(hashed, grant.challenge)
    ) {
      return json(res, 400, { error: 'invalid_grant' });
    }
    const accessToken = token();
    accessTokens.set(accessToken, { user: grant.user, expiresAt: Date.now() + 300_000 });
    const body = { access_token: accessToken, token_type: 'Bearer', expires_in: 300 };
    json(res, 200, { ...body, id_token: await idToken(grant) }, { pragma: 'no-cache' });
  }

  function userinfo(req: IncomingMessage, res: ServerResponse) {
    const auth = req.headers.authorization ?? '';
    const entry = auth.startsWith('Bearer ') ? accessTokens.get(auth.slice(7)) : undefined;
    if (!entry || entry.expiresAt < Date.now()) {
      return json(
        res,
        401,
        { error: 'invalid_token' },
        { 'www-authenticate': 'Bearer error="invalid_token"' },
      );
    }
    json(res, 200, profile(entry.user));
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', issuer);
    const route = `${req.method} ${url.pathname}`;
    const handle = async () => {
      if (route === 'GET /.well-known/openid-configuration') {
        return json(res, 200, {
          issuer,
          authorization_endpoint: `${issuer}/authorize`,
          token_endpoint: `${issuer}/token`,
          userinfo_endpoint: `${issuer}/userinfo`,
          jwks_uri: `${issuer}/jwks`,
          response_types_supported: ['code'],
          grant_types_supported: ['authorization_code'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: ['RS256'],
          token_endpoint_auth_methods_supported: ['client_secret_basic', 'none'],
          code_challenge_methods_supported: ['S256'],
          scopes_supported: ['openid', 'profile'],
          authorization_response_iss_parameter_supported: true,
        });
      }
      if (route === 'GET /jwks') return json(res, 200, jwks);
      if (route === 'GET /authorize') return authorize(url, res);
      if (route === 'POST /token') return tokenEndpoint(req, res);
      if (route === 'GET /userinfo' || route === 'POST /userinfo') return userinfo(req, res);
      json(res, 404, { error: 'not_found' });
    };
    handle().catch((err: unknown) =>
      json(res, 500, { error: 'server_error', error_description: String(err) }),
    );
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  issuer = `http://127.0.0.1:${port}`;

  return {
    issuer,
    port,
    setUser: (next) => void (user = next),
    setBehaviour: (next) => void (behaviour = next),
    stop() {
      return new Promise<void>((resolve, reject) => {
        server.close((err) => (err ? reject(err) : resolve()));
        server.closeAllConnections(); // the client's keep-alive sockets would hold close() open
      });
    },
  };
}
