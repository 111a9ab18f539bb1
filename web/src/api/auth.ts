// Sign-in, session and API-token calls (contracts: common/api/auth.ts).
import type { z } from 'zod';
import type {
  apiTokensReply,
  changePasswordBody,
  createApiTokenBody,
  createApiTokenReply,
  oidcConfigReply,
  SessionReply,
  signInBody,
} from '../../../common/api/auth.ts';
import { api } from './client.ts';

export type SignInBody = z.infer<typeof signInBody>;
export type ChangePasswordBody = z.infer<typeof changePasswordBody>;
export type OidcConfig = z.infer<typeof oidcConfigReply>;
export type CreateApiTokenBody = z.input<typeof createApiTokenBody>;
export type CreateApiTokenReply = z.infer<typeof createApiTokenReply>;
export type ApiTokensReply = z.infer<typeof apiTokensReply>;

export const authPaths = {
  me: '/api/v1/auth/me',
  signIn: '/api/v1/auth/sign-in',
  signOut: '/api/v1/auth/sign-out',
  signOutEverywhere: '/api/v1/auth/sign-out-everywhere',
  password: '/api/v1/auth/password',
  oidcConfig: '/api/v1/auth/oidc/config',
  oidcLogin: '/api/v1/auth/oidc/login',
  tokens: '/api/v1/auth/tokens',
} as const;

/** The current session, or null when there is none (401). */
export async function getSession(signal?: AbortSignal): Promise<SessionReply | null> {
  try {
    return await api.get<SessionReply>(authPaths.me, { signal, expectUnauthenticated: true });
  } catch (error) {
    if (error instanceof Error && 'status' in error && error.status === 401) return null;
    throw error;
  }
}

export const signIn = (body: SignInBody) =>
  api.post<SessionReply>(authPaths.signIn, body, { expectUnauthenticated: true });

export const signOut = () => api.post<void>(authPaths.signOut, undefined, { expectUnauthenticated: true });

export const signOutEverywhere = () =>
  api.post<void>(authPaths.signOutEverywhere, undefined, { expectUnauthenticated: true });

export const changePassword = (body: ChangePasswordBody) => api.post<void>(authPaths.password, body);

export const getOidcConfig = (signal?: AbortSignal) =>
  api.get<OidcConfig>(authPaths.oidcConfig, { signal, expectUnauthenticated: true });

/** Where the single-sign-on button sends the browser (a full page load, not a fetch). */
export const oidcLoginUrl = (returnTo: string) =>
  `${authPaths.oidcLogin}?${new URLSearchParams({ returnTo }).toString()}`;

export const listTokens = (signal?: AbortSignal) => api.get<ApiTokensReply>(authPaths.tokens, { signal });
export const createToken = (body: CreateApiTokenBody) => api.post<CreateApiTokenReply>(authPaths.tokens, body);
export const revokeToken = (id: string) => api.delete<void>(`${authPaths.tokens}/${encodeURIComponent(id)}`);
