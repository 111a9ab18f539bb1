// Who may read a ticket and what of it they see. The hotline and the office see every ticket; a unit sees the
// tickets it leads or supports (a confidential one only when it leads); a requester sees their own. Lists
// mask personal data for everyone; the detail shows the requester's name and phone to the hotline, to the
// lead unit (unless the requester hid their name) and to the requester.
import type { TicketSummary } from '../../../../common/api/appeals.ts';
import { maskName, type Outcome } from '../../../../common/appeals/vocabulary.ts';
import type { Principal } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { WorkflowDefinition } from '../../../platform/workflow/index.ts';
import type * as repo from '../repository.ts';
import { isStaff, type AppealsDeps } from './shared.ts';


export interface Viewer {
  principal: Principal;
  /** The hotline and the office: every ticket, confidential ones too. */
  hotline: boolean;
  /** Leaders: every ticket that is not confidential. */
  all: boolean;
  /** The departments whose tickets this viewer sees (their role's scope: their department, or its subtree). */
  departments: string[];
  /** The departments this viewer holds a role in: a confidential ticket shows to its lead unit's own people only. */
  own: string[];
}

export async function viewerOf(deps: AppealsDeps, p: Principal): Promise<Viewer> {
  const hotline = hasAnyRole(p, ['agent', 'office', 'admin']);
  const all = hotline || hasAnyRole(p, ['leader']);
  const visible = isStaff(p) ? await deps.org.visibleDepartments(p) : [];
  const own = isStaff(p) ? [...new Set([p.departmentId, ...p.roles.map((r) => r.departmentId)].filter((d): d is string => Boolean(d)))] : [];
  return { principal: p, hotline, all: all || visible === 'all', departments: visible === 'all' ? own : visible, own };
}

export const isRequester = (v: Viewer, t: repo.TicketRow) => t.requesterUserId !== null && t.requesterUserId === v.principal.userId;
const leads = (v: Viewer, t: repo.TicketRow) => t.leadDepartmentId !== null && v.departments.includes(t.leadDepartmentId);
const leadsItself = (v: Viewer, t: repo.TicketRow) => t.leadDepartmentId !== null && v.own.includes(t.leadDepartmentId);
const supports = (v: Viewer, t: repo.TicketRow) => t.supportDepartmentIds.some((d) => v.departments.includes(d)) || (t.accusedDepartmentId !== null && v.departments.includes(t.accusedDepartmentId));

export function mayRead(v: Viewer, t: repo.TicketRow): boolean {
  if (v.hotline || isRequester(v, t)) return true;
  if (t.confidential) return leadsItself(v, t) || (t.channel === 'dishonesty' && t.accusedDepartmentId !== null && v.own.includes(t.accusedDepartmentId));
  return v.all || leads(v, t) || supports(v, t);
}

/** Whether this viewer sees the requester as they are (name and phone) on the detail. */
export function seesRequester(v: Viewer, t: repo.TicketRow): boolean {
  if (isRequester(v, t)) return true;
  if (v.hotline) return true;
  return leadsItself(v, t) && !t.nameHidden && t.channel !== 'dishonesty';
}

export function summaryOf(
  def: (workflow: string) => WorkflowDefinition,
  t: repo.TicketRow,
  names: { department: (id: string | null) => string | null; category: (code: string) => { zh: string; en: string } },
  now: Date,
): TicketSummary {
  const stateLabel = labelOf(def, t.state);
  return {
    id: t.id,
    number: t.number,
    channel: t.channel as TicketSummary['channel'],
    kind: t.kind as TicketSummary['kind'],
    urgency: t.urgency as TicketSummary['urgency'],
    categoryCode: t.categoryCode,
    categoryName: names.category(t.categoryCode).zh,
    categoryNameEn: names.category(t.categoryCode).en,
    areaCode: t.areaCode,
    title: t.title,
    requesterName: t.requesterName && !t.nameHidden ? maskName(t.requesterName) : null,
    requesterNameHidden: Boolean(t.requesterName && t.nameHidden),
    requesterPhone: t.requesterPhoneMasked,
    enterpriseName: t.enterpriseName,
    confidential: t.confidential,
    state: t.state,
    stateLabel,
    outcome: (t.outcome as Outcome | null) ?? null,
    leadDepartmentId: t.leadDepartmentId,
    leadDepartmentName: names.department(t.leadDepartmentId),
    dueAt: t.dueAt?.toISOString() ?? null,
    stateDueAt: t.state === 'signing' ? (t.signDueAt?.toISOString() ?? null) : null,
    deadline: lightOf(t, now),
    createdAt: t.createdAt.toISOString(),
    closedAt: t.closedAt?.toISOString() ?? null,
    version: t.version,
  };
}

export function labelOf(def: (workflow: string) => WorkflowDefinition, state: string) {
  for (const key of ['appeal.ticket', 'appeal.dishonesty']) {
    const label = def(key).states[state]?.label;
    if (label) return label;
  }
  return { zh: state, en: state };
}

/** The share of the unit's time left under which the light turns amber. */
const WARN_SHARE = 0.25;

/**
 * The deadline light from the row alone (lists read no case): red once the sign-for or the unit's limit has passed,
 * amber in the last quarter of the unit's time; a ticket the hotline holds (returned, to call back) shows no light.
 */
export function lightOf(t: repo.TicketRow, now: Date): TicketSummary['deadline'] {
  if (['closed', 'merged', 'invalid'].includes(t.state)) return 'none';
  if (t.state === 'signing' && t.signDueAt && t.signDueAt.getTime() < now.getTime()) return 'overdue';
  if (!t.dueAt || ['returned', 'callback', 'dispatching', 'feedback'].includes(t.state)) return 'normal';
  const left = t.dueAt.getTime() - now.getTime();
  if (left < 0) return 'overdue';
  const start = t.dispatchedAt?.getTime() ?? t.createdAt.getTime();
  const span = Math.max(1, t.dueAt.getTime() - start);
  return left / span < WARN_SHARE ? 'warning' : 'normal';
}
