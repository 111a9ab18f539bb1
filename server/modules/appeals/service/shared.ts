// What the appeals room needs from the others (wired in server/services-appeals.ts), and what its services
// share: who is the hotline, who sees what, the typed refusals.
import type { AppealRules } from '../../../../common/appeals/vocabulary.ts';
import type { Calendar } from '../../../../common/calendar/index.ts';
import type { Principal, Role } from '../../../platform/auth/index.ts';
import { hasAnyRole } from '../../../platform/auth/index.ts';
import type { FieldCrypto } from '../../../platform/crypto/index.ts';
import type { Db, PendingWrite } from '../../../platform/db/index.ts';
import { AppError } from '../../../platform/errors/index.ts';
import type { NotifyMessage } from '../../../platform/notify/index.ts';
import type { WorkflowActor, WorkflowService } from '../../../platform/workflow/index.ts';

export interface DepartmentInfo {
  id: string;
  code: string;
  name: string;
  /** The English name, where the org service gives it (the English interface's texts). */
  nameEn?: string;
  regionCode: string;
  parentId: string | null;
  /** government (市/旗县区人民政府) | department | office | zone … */
  kind: string;
}

export interface AppealsDeps {
  /** The rules as configured at start-up (limits per kind, 三率 weights …); DOMAIN.md's defaults otherwise. */
  rules: AppealRules;
  /** The demo city (DEMO=1): Open311's discovery says 'test'. */
  demo?: boolean;
  workflow: WorkflowService;
  calendar: (db?: Db) => Promise<Calendar>;
  crypto: FieldCrypto;
  notify: (db: Db, userIds: string[], message: NotifyMessage) => Promise<unknown>;
  prepareNotice: (userIds: string[], message: NotifyMessage) => { write: PendingWrite | null; send: () => Promise<unknown> };
  org: {
    departments: () => Promise<DepartmentInfo[]>;
    userNames: (ids: string[]) => Promise<Map<string, string>>;
    membersOf: (departmentId: string, roles: readonly Role[]) => Promise<string[]>;
    visibleDepartments: (principal: Principal) => Promise<'all' | string[]>;
    /** The 12345 centre: the department whose staff hold the agent role (the first by code when several). */
    hotlineDepartmentId: () => Promise<string | null>;
  };
  registry: {
    entityByUscc: (uscc: string) => Promise<{ uscc: string; name: string; address: string | null } | null>;
  };
  /** The catalogue's search synonyms, so the knowledge base understands what the catalogue does (开饭店 → 餐饮). */
  synonyms?: () => Promise<readonly { term: string; expansions: readonly string[] }[]>;
  files: {
    attach: (tx: Db, fileIds: string[], attachedTo: string, ownerIds: (string | null)[]) => Promise<void>;
    describe: (ids: string[]) => Promise<Map<string, { id: string; name: string }>>;
  };
}

export const what = { zh: '工单', en: 'Ticket' };
export const STAFF_ROLES: Role[] = ['clerk', 'approver', 'agent', 'handler', 'inspector', 'office', 'leader', 'admin'];
export const isStaff = (p: Principal) => p.kind !== 'applicant' && hasAnyRole(p, STAFF_ROLES);
/** The hotline's seats and the office see every ticket (confidential ones included). */
export const isHotline = (p: Principal) => hasAnyRole(p, ['agent', 'office', 'admin']);
export const seesAll = (p: Principal) => hasAnyRole(p, ['agent', 'office', 'leader', 'admin']);
export const workflowActorOf = (p: Principal): WorkflowActor => ({ userId: p.userId ?? p.id, departmentId: p.departmentId, roles: p.roles.map((r) => r.role) });

/** The last moment a unit may return (退单) a ticket: the rules' working days after it was dispatched to it. */
export const returnUntil = (calendar: Calendar, rules: Pick<AppealRules, 'returnDays'>, t: { dispatchedAt: Date | null; createdAt: Date }) =>
  calendar.dueAt(t.dispatchedAt ?? t.createdAt, { unit: 'workingDays', value: rules.returnDays });

export const refuse = (zh: string, en: string, path?: string) => new AppError('UNPROCESSABLE', { zh, en }, path ? [{ path, message: { zh, en } }] : []);
export const forbidden = (zh: string, en: string) => new AppError('FORBIDDEN', { zh, en });
export const staleTicket = (current: number) =>
  new AppError('VERSION_CONFLICT', { zh: `工单已被他人处理（当前版本 ${current}），请刷新后重试`, en: `The ticket was changed meanwhile (now version ${current}); reload and try again` });
