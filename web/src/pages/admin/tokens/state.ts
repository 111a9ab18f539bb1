import type { ApiToken } from '../../../../../common/api/auth.ts';

export type TokenState = 'active' | 'revoked' | 'expired';

export function tokenState(token: Pick<ApiToken, 'revokedAt' | 'expiresAt'>, now = Date.now()): TokenState {
  if (token.revokedAt) return 'revoked';
  if (token.expiresAt && Date.parse(token.expiresAt) <= now) return 'expired';
  return 'active';
}
