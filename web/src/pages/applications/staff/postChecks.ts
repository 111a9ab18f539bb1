// 事后核查: who a check may be handed over to (转办) — the approvers and inspectors of the check's own
// department, as the server allows — and the actions a row offers, in the order they are shown.
// Pure; tested in postChecks.test.ts.
import type { Role } from '../../../../../common/api/roles.ts';
import type { PostCheckAction } from '../../../api/applications.ts';
import type { UserSummary } from '../../../api/org.ts';

/** The roles a check's holder has (its department's queue: DECIDERS). */
export const HANDOVER_ROLES = ['approver', 'inspector'] as const satisfies readonly Role[];

export interface HandoverCandidate {
  id: string;
  name: string;
  roles: Role[];
}

/** Enabled staff holding an approver or inspector role in the department, oneself left out. */
export function handoverCandidates(users: readonly Pick<UserSummary, 'id' | 'name' | 'kind' | 'disabled' | 'roles'>[], departmentId: string, selfId: string | undefined): HandoverCandidate[] {
  return users.flatMap((u) => {
    if (u.kind !== 'staff' || u.disabled || u.id === selfId) return [];
    const roles = [...new Set(u.roles.filter((r) => r.departmentId === departmentId && (HANDOVER_ROLES as readonly string[]).includes(r.role)).map((r) => r.role))];
    return roles.length ? [{ id: u.id, name: u.name, roles }] : [];
  });
}

const ORDER: readonly PostCheckAction[] = ['pass', 'fail', 'handover', 'urge'];

/** The actions the server offers the user on a pending check, in the page's order. */
export const rowActions = (check: { result: string; actions?: readonly string[] }): PostCheckAction[] =>
  check.result === 'pending' ? ORDER.filter((a) => check.actions?.includes(a)) : [];
