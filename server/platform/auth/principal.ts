// Who is making a request: a signed-in user (session cookie) or an integration (API token).
import type { DataScope, Role } from '../../../common/api/roles.ts';

export interface RoleGrant {
  role: Role;
  /** null for applicants, who hold their role outside any department. */
  departmentId: string | null;
  departmentName?: string | null;
}

export interface Principal {
  via: 'session' | 'token';
  /** The user's id, or the API token's id. */
  id: string;
  userId: string | null;
  /** The user's sign-in name; null for tokens. */
  username: string | null;
  name: string;
  kind: 'staff' | 'applicant' | 'integration';
  departmentId: string | null;
  departmentName: string | null;
  roles: RoleGrant[];
  mustChangePassword: boolean;
  /** Set for sessions: state-changing requests must echo it in `x-csrf-token`. */
  csrfToken: string | null;
  sessionId: string | null;
  /** For sessions: when it ends if idle, and when it ends regardless. */
  sessionExpiry: { idleExpiresAt: Date; expiresAt: Date } | null;
}

export type { DataScope, Role };

export function hasAnyRole(principal: Principal, roles: readonly string[]): boolean {
  return principal.roles.some((g) => roles.includes(g.role));
}
