import type { UserSummary } from '../../../api/org.ts';

export type UserStatus = 'disabled' | 'locked' | 'mustChangePassword' | 'active';

/** The one status that matters most: disabled beats locked beats a pending password change. */
export function userStatus(user: Pick<UserSummary, 'disabled' | 'lockedUntil' | 'mustChangePassword'>, now = Date.now()): UserStatus {
  if (user.disabled) return 'disabled';
  if (user.lockedUntil && Date.parse(user.lockedUntil) > now) return 'locked';
  if (user.mustChangePassword) return 'mustChangePassword';
  return 'active';
}
