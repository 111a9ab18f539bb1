// Single sign-on through OpenID Connect (e.g. a province's unified identity platform, 统一身份认证平台):
// the authorization code flow with PKCE (S256), state and nonce, through openid-client. The issuer
// is discovered on first use and the result kept; a failed discovery is tried again next time, so
// the server starts (and password sign-in works) while the identity platform is down.
import * as oidc from 'openid-client';

export interface OidcSettings {
  /** The issuer identifier (https in production); its discovery document must name the same issuer. */
  issuer: string;
  clientId: string;
  /** Given: client_secret_basic. Absent: a public client (`none`), protected by PKCE alone. */
  clientSecret?: string;
  /** This server's callback, registered at the issuer exactly as written here (no query). */
  redirectUri: string;
  /** Which claim names the local user; usually 'preferred_username'. */
  usernameClaim: string;
  /** Default 'openid profile'. */
  scope?: string;
}

export interface OidcLoginStart {
  /** Where to send the browser. */
  url: string;
  /** Keep these three until the callback (they are secrets of this one sign-in). */
  state: string;
  nonce: string;
  codeVerifier: string;
}

export interface OidcIdentity {
  subject: string;
  username: string;
  name: string | null;
  issuer: string;
  /** The ID token's claims (with /userinfo's added when the username had to be looked up there). */
  claims: Record<string, unknown>;
}

export interface OidcClient {
  start(): Promise<OidcLoginStart>;
  /**
   * Completes the sign-in from the callback. Only the query of `callbackUrl` is read; the
   * redirect_uri sent to the token endpoint is always `settings.redirectUri`.
   */
  finish(
    callbackUrl: URL,
    expected: { state: string; nonce: string; codeVerifier: string },
  ): Promise<OidcIdentity>;
}

export type OidcErrorCode =
  | 'OIDC_DISCOVERY_FAILED'
  | 'OIDC_STATE_MISMATCH'
  | 'OIDC_CALLBACK_ERROR'
  | 'OIDC_NO_USERNAME'
  | 'OIDC_TOKEN_INVALID';

const texts: Record<OidcErrorCode, { zh: string; en: string }> = {
  OIDC_DISCOVERY_FAILED: { zh: '无法连接统一身份认证平台', en: 'Could not reach the identity provider' },
  OIDC_STATE_MISMATCH: {
    zh: '登录请求已失效或不匹配，请重新登录',
    en: 'The sign-in request expired or does not match; sign in again',
  },
  OIDC_CALLBACK_ERROR: { zh: '统一身份认证平台拒绝了登录', en: 'The identity provider refused the sign-in' },
  OIDC_NO_USERNAME: {
    zh: '统一身份认证平台未提供用户名',
    en: 'The identity provider did not supply a username',
  },
  OIDC_TOKEN_INVALID: { zh: '身份令牌无效', en: 'The ID token is not valid' },
};

/** A failed sign-in step; the message is "中文 / English", with the provider's detail appended. */
export class OidcError extends Error {
  readonly messageZh: string;
  readonly messageEn: string;
  constructor(
    readonly code: OidcErrorCode,
    detail?: string,
    options?: { cause?: unknown },
  ) {
    const text = texts[code];
    const zh = detail ? `${text.zh}（${detail}）` : text.zh;
    const en = detail ? `${text.en} (${detail})` : text.en;
    super(`${zh} / ${en}`, options);
    this.name = 'OidcError';
    this.messageZh = zh;
    this.messageEn = en;
  }
}

// Failures of the exchange itself (the issuer said no, or could not be reached) as opposed to a
// response that arrived but does not validate (signature, issuer, audience, nonce, expiry…).
const transportCodes = new Set([
  'OAUTH_RESPONSE_IS_NOT_CONFORM',
  'OAUTH_RESPONSE_IS_NOT_JSON',
  'OAUTH_TIMEOUT',
  'OAUTH_ABORT',
]);

function describe(err: unknown): string {
  if (err instanceof oidc.ResponseBodyError || err instanceof oidc.AuthorizationResponseError) {
    return err.error_description ? `${err.error}: ${err.error_description}` : err.error;
  }
  if (err instanceof oidc.WWWAuthenticateChallengeError) {
    const challenges = err.cause.map((c) =>
      c.parameters.error ? `${c.scheme} error=${c.parameters.error}` : c.scheme,
    );
    return `HTTP ${err.status} ${challenges.join(', ')}`;
  }
  if (err instanceof Error) {
    const cause = err.cause instanceof Error ? `: ${err.cause.message}` : '';
    return `${err.message}${cause}`;
  }
  return String(err);
}

function exchangeError(err: unknown): OidcError {
  if (err instanceof OidcError) return err;
  const code = (err as { code?: unknown } | null)?.code;
  const transport =
    err instanceof oidc.ResponseBodyError ||
    err instanceof oidc.AuthorizationResponseError ||
    err instanceof oidc.WWWAuthenticateChallengeError ||
    err instanceof TypeError || // fetch failed: connection refused, DNS…
    (typeof code === 'string' && transportCodes.has(code));
  return new OidcError(transport ? 'OIDC_CALLBACK_ERROR' : 'OIDC_TOKEN_INVALID', describe(err), {
    cause: err,
  });
}

/** The claim as given (not trimmed: " admin" at the provider must not become the local "admin"), or null. */
function claimText(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value : null;
}

export function createOidcClient(
  settings: OidcSettings,
  options: { allowInsecureHttp?: boolean } = {},
): OidcClient {
  const redirectUri = new URL(settings.redirectUri);
  if (redirectUri.search || redirectUri.hash) {
    // openid-client derives redirect_uri from the callback URL without its query, so one here could never match.
    throw new TypeError('OIDC redirectUri must not carry a query or fragment');
  }
  const usernameClaim = settings.usernameClaim || 'preferred_username';
  const scope = settings.scope ?? 'openid profile';
  let configuration: Promise<oidc.Configuration> | null = null;

  function discover(): Promise<oidc.Configuration> {
    configuration ??= oidc
      .discovery(
        new URL(settings.issuer),
        settings.clientId,
        settings.clientSecret === undefined ? undefined : { client_secret: settings.clientSecret },
        settings.clientSecret === undefined ? oidc.None() : oidc.ClientSecretBasic(settings.clientSecret),
        {
          // openid-client trusts an ID token from the token endpoint on the strength of TLS alone unless
          // told otherwise (OIDC Core §3.1.3.7 allows it); we verify its signature against the JWKS too.
          execute: [
            oidc.enableNonRepudiationChecks,
            ...(options.allowInsecureHttp ? [oidc.allowInsecureRequests] : []),
          ],
          timeout: 15,
        },
      )
      .catch((err: unknown) => {
        configuration = null; // not cached: the next sign-in tries again
        throw new OidcError('OIDC_DISCOVERY_FAILED', describe(err), { cause: err });
      });
    return configuration;
  }

  return {
    async start() {
      const config = await discover();
      const state = oidc.randomState();
      const nonce = oidc.randomNonce();
      const codeVerifier = oidc.randomPKCECodeVerifier();
      const url = oidc.buildAuthorizationUrl(config, {
        redirect_uri: redirectUri.href,
        response_type: 'code',
        scope,
        state,
        nonce,
        code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
        code_challenge_method: 'S256',
      });
      return { url: url.href, state, nonce, codeVerifier };
    },

    async finish(callbackUrl, expected) {
      const params = callbackUrl.searchParams;
      const returned = params.get('state');
      // Checked here first so that a forged or stale callback gets its own code; openid-client checks again.
      if (!expected.state || returned !== expected.state) throw new OidcError('OIDC_STATE_MISMATCH');
      const error = params.get('error');
      if (error) {
        const description = params.get('error_description');
        throw new OidcError('OIDC_CALLBACK_ERROR', description ? `${error}: ${description}` : error);
      }
      const config = await discover();
      const current = new URL(redirectUri);
      current.search = callbackUrl.search;

      let tokens: Awaited<ReturnType<typeof oidc.authorizationCodeGrant>>;
      let claims: Record<string, unknown>;
      try {
        tokens = await oidc.authorizationCodeGrant(config, current, {
          expectedState: expected.state,
          expectedNonce: expected.nonce,
          pkceCodeVerifier: expected.codeVerifier,
          idTokenExpected: true,
        });
        const idClaims = tokens.claims();
        if (!idClaims) throw new OidcError('OIDC_TOKEN_INVALID', 'no id_token');
        claims = { ...idClaims };
      } catch (err) {
        throw exchangeError(err);
      }
      const subject = String(claims.sub);

      // Some providers keep profile claims out of the ID token; ask /userinfo before giving up.
      if (claimText(claims[usernameClaim]) === null && config.serverMetadata().userinfo_endpoint) {
        try {
          const info = await oidc.fetchUserInfo(config, tokens.access_token, subject);
          claims = { ...info, ...claims };
        } catch (err) {
          throw exchangeError(err);
        }
      }

      const username = claimText(claims[usernameClaim]);
      if (username === null) throw new OidcError('OIDC_NO_USERNAME', `claim "${usernameClaim}"`);
      return { subject, username, name: claimText(claims.name), issuer: String(claims.iss), claims };
    },
  };
}
